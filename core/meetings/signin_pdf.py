"""The printable sign-in sheet (签到表) of a meeting, for meetings that sign on paper.

A4 portrait: the meeting's title, date, time and place on top; a ruled table of the
invitees grouped by unit (the unit written once over its people on each page) with
their name, title or position, an empty signature column and an empty phone column;
the header row repeated on every page; 第N页 共M页 at the foot. Units come in the
order the clerk chose (membership level, then strokes of the unit's name; or pinyin),
people within a unit likewise. Names of people and units are never converted.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Any

from core.documents.geometry import MM, PageGeometry
from core.documents.model import format_date
from core.errors import UserError
from core.i18n import Msg
from core.meetings.attendee_order import ORDERS, level_rank
from core.meetings.minutes_model import Attendee

BODY, HEI, XBS = "fangsong", "hei", "xiaobiaosong"
HEADER = ["序号", "单位", "姓名", "职务", "签名", "电话"]
# column widths in mm (0: the unit column takes what is left)
WIDTHS_MM = [13.0, 0.0, 22.0, 26.0, 28.0, 28.0]
CELL_PT = 12.0          # 小四
TITLE_PT = 22.0         # 二号
INFO_PT = 14.0          # 四号
ROW_MIN_MM = 11.0       # room for a handwritten signature
PAD_PT = 4.0
RULE_PT = 0.6


@dataclass
class SigninSheet:
    title: str                      # 理事会第一次工作会议
    alliance: str = ""
    date: dt.date | None = None
    start: str = ""                 # 09:00
    end: str = ""
    place: str = ""
    people: list[Attendee] = field(default_factory=list)

    @property
    def heading(self) -> str:
        name = self.title.strip()
        if self.alliance.strip() and not name.startswith(self.alliance.strip()):
            name = self.alliance.strip() + name
        return name + "签到表"


def ordered_groups(people: list[Attendee], order: str) -> list[tuple[str, list[Attendee]]]:
    """(unit, its people) in the chosen order; people of no unit (guests) last."""
    if order not in ORDERS:
        raise UserError(Msg("Unknown order {order}: choose level-strokes or pinyin.", order=order))
    if order == "pinyin":
        from core.text.pinyin import sort_key as key
    else:
        from core.text.strokes import stroke_key as key
    groups: dict[str, list[Attendee]] = {}
    for p in people:
        groups.setdefault(p.unit.strip(), []).append(p)

    def unit_key(item: tuple[str, list[Attendee]]):
        unit, members = item
        rank = min(level_rank(p.level) for p in members)
        return (not unit, rank if order == "level-strokes" else 0, key(unit))

    return [(unit, sorted(members, key=lambda p: key(p.name.strip())))
            for unit, members in sorted(groups.items(), key=unit_key)]


def render_signin_pdf(sheet: SigninSheet, out: str | os.PathLike | Any, script: str = "hans",
                      order: str = "level-strokes", fonts: Any = None) -> int:
    """Write the sheet to ``out`` (a path or a binary file); returns the number of pages."""
    from reportlab import rl_config
    from reportlab.pdfgen import canvas as rl_canvas

    from core.documents.fonts import FontSet, load_fonts
    from core.documents.script import TARGETS, Converter
    from core.documents.typeset import TextLine, Typesetter

    if script not in TARGETS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    conv = Converter(script)  # for the title, place, labels and positions: names are never passed through it
    g = PageGeometry(top_margin_mm=18.0, left_margin_mm=18.0, block_width_mm=174.0, block_height_mm=252.0)
    fontset = fonts if isinstance(fonts, FontSet) else load_fonts(fonts or None, script)
    ts = Typesetter(g, fontset)
    W = g.block_width
    cols = [w * MM for w in WIDTHS_MM]
    cols[1] = W - sum(cols)
    xs = [sum(cols[:k]) for k in range(len(cols))]
    pad = PAD_PT
    lead = CELL_PT * 1.35

    def cell_lines(text: str, k: int, role: str = BODY, centre: bool = False) -> list[TextLine]:
        text = " ".join(text.split())
        if not text:
            return []
        inner = cols[k] - 2 * pad
        if centre and ts.width(text, role, CELL_PT) <= inner:
            line = ts.single(text, role, CELL_PT, 0.0, track=0.0)
            line.x = xs[k] + (cols[k] - ts.width(text, role, CELL_PT)) / 2
            return [line]
        lines = ts.paragraph([(text, role)], CELL_PT, width=inner, track=0.0, justify=False)
        for line in lines:
            line.x += xs[k] + pad
        return lines

    # ---- rows: (unit index, cells' lines, height) ------------------------------------------
    header = [cell_lines(conv(h), k, HEI, centre=True) for k, h in enumerate(HEADER)]
    header_h = max(len(c) for c in header) * lead + 2 * pad
    rows: list[tuple[int, list[list[TextLine]], float]] = []
    units: list[list[TextLine]] = []
    number = 0
    for gi, (unit, people) in enumerate(ordered_groups(sheet.people, order)):
        units.append(cell_lines(unit, 1))
        group: list[tuple[int, list[list[TextLine]], float]] = []
        for p in people:
            number += 1
            cells = [cell_lines(str(number), 0, centre=True), [], cell_lines(p.name, 2, centre=True),
                     cell_lines(conv(p.title), 3), [], []]
            h = max(ROW_MIN_MM * MM, max(len(c) for c in cells) * lead + 2 * pad)
            group.append((gi, cells, h))
        short = len(units[-1]) * lead + 2 * pad - sum(h for _g, _c, h in group)
        if short > 0:  # the unit's name is taller than its people's rows: they grow to hold it
            group = [(g_, c_, h + short / len(group)) for g_, c_, h in group]
        rows += group

    # ---- pages ---------------------------------------------------------------------------------
    heading = conv(sheet.heading)
    size = TITLE_PT
    while ts.width(heading, XBS, size) > W and size > INFO_PT:
        size -= 1
    title_line = ts.centred(heading, XBS, size, track=0.0)
    info = []
    if sheet.date:
        when = format_date(sheet.date)
        if sheet.start:
            when += f" {sheet.start}" + (f"—{sheet.end}" if sheet.end else "")
        info.append(conv("时间：") + when)
    if sheet.place.strip():
        info.append(conv("地点：") + conv(sheet.place.strip()))
    info_line = ts.centred("　　".join(info), BODY, INFO_PT, track=0.0) if info else None
    first_top = size * 1.6 + (INFO_PT * 2.2 if info_line else 0.0)
    footer = 10 * MM
    pages: list[list[tuple[int, list[list[TextLine]], float]]] = [[]]
    y = first_top + header_h
    for row in rows:
        if y + row[2] > g.block_height - footer and pages[-1]:
            pages.append([])
            y = header_h
        pages[-1].append(row)
        y += row[2]

    rl_config.useA85 = 0
    c = rl_canvas.Canvas(os.fspath(out) if isinstance(out, os.PathLike) else out, pagesize=(g.page_width, g.page_height),
                         pageCompression=1, initialFontName=fontset.face(BODY).name, initialFontSize=CELL_PT)
    c.setTitle(heading)
    c.setCreator("alliance-secretariat (sign-in sheet)")
    top0 = g.block_top_y
    for k, page in enumerate(pages, start=1):
        top = top0
        if k == 1:
            ts.draw_line(c, title_line, top)
            if info_line:
                ts.draw_line(c, info_line, top - size * 1.6)
            top -= first_top
        c.setLineWidth(RULE_PT)
        c.setStrokeColorRGB(0, 0, 0)
        table_top = top

        def draw_cells(cells: list[list[TextLine]], row_top: float, h: float, skip_unit: bool = False) -> None:
            for col, lines in enumerate(cells):
                if skip_unit and col == 1:
                    continue
                block = len(lines) * lead
                y0 = row_top - (h - block) / 2
                for j, line in enumerate(lines):
                    ts.draw_line(c, line, y0 - j * lead - (lead - CELL_PT) / 2)

        draw_cells(header, top, header_h)
        c.line(g.left, top, g.left + W, top)
        top -= header_h
        c.line(g.left, top, g.left + W, top)
        # merge each unit's rows on this page: its name once, centred over them
        spans: list[tuple[int, float, float]] = []  # (unit, top, bottom)
        for gi, cells, h in page:
            draw_cells(cells, top, h)
            if spans and spans[-1][0] == gi:
                spans[-1] = (gi, spans[-1][1], top - h)
                c.line(g.left, top, g.left + xs[1], top)        # between rows: not across the unit
                c.line(g.left + xs[2], top, g.left + W, top)
            else:
                spans.append((gi, top, top - h))
                c.line(g.left, top, g.left + W, top)
            top -= h
        c.line(g.left, top, g.left + W, top)
        for gi, s_top, s_bottom in spans:
            draw_cells([[], units[gi]], s_top, s_top - s_bottom)
        for x in xs + [W]:
            c.line(g.left + x, table_top, g.left + x, top)
        number_line = ts.centred(conv(f"第{k}页 共{len(pages)}页"), BODY, INFO_PT * 0.86, track=0.0)
        ts.draw_line(c, number_line, g.block_bottom_y - 2 * MM)
        c.showPage()
    c.save()
    return len(pages)
