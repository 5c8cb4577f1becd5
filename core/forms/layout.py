"""Where everything of a form goes on A4: the bordered table, labels, value boxes.

The layout is computed once per (form, script, fonts) and used three ways: drawn
(blank printable), given form fields (fillable), given values (filled). Units are
PDF points, origin bottom-left. Each row of ``FormSpec.rows`` becomes one table row:
every field takes a label cell (黑体) and a value cell; the first rows leave room for
the photo box (35 × 49 mm) on the right; choices are tick boxes that wrap inside their
cell; multi-line fields, tables and opinion blocks (signature, seal and date lines)
are taller rows. A row that does not fit goes to the next page.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from core.forms.spec import CHOICE, MULTI, MULTILINE, TABLE, FieldSpec, FormSpec

PAGE_W, PAGE_H = A4
LEFT = 20 * mm
RIGHT = PAGE_W - 20 * mm
TOP = PAGE_H - 18 * mm
BOTTOM = 16 * mm
TITLE_SIZE = 22.0          # 二号
LABEL_SIZE = 11.0
VALUE_SIZE = 11.0
ROW_H = 10 * mm
CHOICE_LINE = 7 * mm
TABLE_ROW = 8 * mm
PHOTO_W, PHOTO_H = 35 * mm, 49 * mm
PHOTO_COL = 41 * mm
BOX = 3.4 * mm             # tick box side
LABEL_W = 24 * mm
PAD = 1.6 * mm


@dataclass
class Text:
    role: str               # font role: hei, song, xiaobiaosong
    text: str
    x: float
    y: float                # baseline
    size: float
    align: str = "left"     # left, centre, right


@dataclass
class Box:
    """A place a value goes: a text field, a tick box, or one option of a radio group."""
    flat_id: str
    spec: FieldSpec
    kind: str               # text, multiline, check, radio
    rect: tuple[float, float, float, float]   # x0, y0, x1, y1
    page: int
    option: int = 0         # check/radio: the option's index (1-based)
    column: FieldSpec | None = None           # table cells: the column
    size: float = VALUE_SIZE


@dataclass
class Page:
    lines: list[tuple[float, float, float, float, float]] = field(default_factory=list)  # x0 y0 x1 y1 width
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)         # photo box, tick boxes
    texts: list[Text] = field(default_factory=list)


@dataclass(frozen=True)
class Frame:
    """Where the table goes (PDF points, origin bottom-left). The form's own pages: A4 with its
    margins and the title on top. Inside another document (a notice's attachment, GB/T 9704):
    its text block, the first page starting under what the document put there (``first_top``),
    the title left to the document (``title`` False), and the note kept above the bottom."""

    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = BOTTOM
    first_top: float | None = None     # the first page's top (default: ``top``)
    title: bool = True
    note_inside: bool = False          # the line under the table stays above ``bottom``


PAGE = Frame()


@dataclass
class Layout:
    spec: FormSpec
    script: str
    pages: list[Page]
    boxes: list[Box]


class _Measure:
    def __init__(self, fonts) -> None:
        self.fonts = fonts

    def width(self, role: str, text: str, size: float) -> float:
        total = 0.0
        for ch in text:
            total += self.fonts.face_for(role, ch).width(ord(ch), size)
        return total

    def wrap(self, role: str, text: str, size: float, width: float) -> list[str]:
        lines, line, used = [], "", 0.0
        for ch in text:
            w = self.fonts.face_for(role, ch).width(ord(ch), size)
            if line and used + w > width and ch not in "，。、；：？！）》」』":
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        if line:
            lines.append(line)
        return lines or [""]


def label_lines(m: _Measure, text: str, width: float) -> list[str]:
    """A label broken at word boundaries (主要工作 / 经历, 拟参加 / 专业委员会, not 主要工作经 / 历);
    punctuation stays at the end of its line."""
    if m.width("hei", text, LABEL_SIZE) <= width:
        return [text]
    import rjieba  # the segmenter the titles use; imported where used

    words: list[str] = []
    for word in rjieba.cut(text):  # a word wider than the cell is split into characters
        words += [word] if m.width("hei", word, LABEL_SIZE) <= width else list(word)
    lines = [""]
    for word in words:
        if lines[-1] and m.width("hei", lines[-1] + word, LABEL_SIZE) > width and word not in "、/，）":
            lines.append("")
        lines[-1] += word
    return lines


@functools.lru_cache(maxsize=4096)
def convert_label(text: str, script: str) -> str:
    if script == "hans" or not text:
        return text
    from core.documents.script import convert

    return convert(text, script)


def build_layout(spec: FormSpec, script: str, fonts, frame: Frame = PAGE) -> Layout:
    m = _Measure(fonts)
    pages: list[Page] = [Page()]
    boxes: list[Box] = []
    t = functools.partial(convert_label, script=script)
    page = pages[0]
    LEFT, RIGHT, TOP, BOTTOM = frame.left, frame.right, frame.top, frame.bottom
    y = TOP if frame.first_top is None else frame.first_top
    if frame.title:
        y -= TITLE_SIZE
        page.texts.append(Text("xiaobiaosong", t(spec.title), (LEFT + RIGHT) / 2, y, TITLE_SIZE, "centre"))
        y -= 9 * mm
    note_room = 8 * mm if spec.note and frame.note_inside else 0.0
    top_of_table = y
    photo_bottom = None

    def new_page() -> None:
        nonlocal page, y, top_of_table
        page = Page()
        pages.append(page)
        y = TOP - LABEL_SIZE
        page.texts.append(Text("hei", t(spec.title) + t("（续）"), LEFT, y, LABEL_SIZE))
        y -= 4 * mm
        top_of_table = y

    def hline(y0: float, x0: float | None = None, x1: float | None = None, w: float = 0.6) -> None:
        page.lines.append((LEFT if x0 is None else x0, y0, RIGHT if x1 is None else x1, y0, w))

    def vline(x: float, y0: float, y1: float, w: float = 0.6) -> None:
        page.lines.append((x, y0, x, y1, w))

    def label_cell(label: str, x: float, width: float, top: float, height: float) -> None:
        lines = label_lines(m, t(label), width - 2 * PAD)
        pitch = LABEL_SIZE * 1.3
        first = top - height / 2 + (len(lines) - 1) * pitch / 2 - LABEL_SIZE * 0.35
        for k, line in enumerate(lines):
            page.texts.append(Text("hei", line, x + width / 2, first - k * pitch, LABEL_SIZE, "centre"))

    def choice_height(f: FieldSpec, width: float) -> tuple[float, list[list[tuple[int, str, float]]]]:
        rows: list[list[tuple[int, str, float]]] = [[]]
        used = 0.0
        for k, option in enumerate(f.options, 1):
            w = BOX + 1.2 * mm + m.width("song", t(option), VALUE_SIZE) + 4 * mm
            if rows[-1] and used + w > width - 2 * PAD:
                rows.append([])
                used = 0.0
            rows[-1].append((k, option, used))
            used += w
        return max(ROW_H, len(rows) * CHOICE_LINE + 3 * mm), rows

    for row in spec.rows:
        fields = [spec.field(i) for i in row]
        with_photo = spec.photo and photo_bottom is None and len(pages) == 1 and row in spec.rows[:spec.photo_rows]
        right = RIGHT - PHOTO_COL if with_photo else RIGHT
        first = fields[0]
        spare = right - LEFT - LABEL_W * len(fields)
        value_ws = [spare * f.width / sum(g.width for g in fields) for f in fields]
        n_lines = max(len(label_lines(m, t(f.form_label), LABEL_W - 2 * PAD)) for f in fields)
        height = max(ROW_H, n_lines * LABEL_SIZE * 1.3 + 3 * mm)
        if first.type == MULTILINE:
            height = max(height, first.height * mm + (8 * mm if first.signature else 0))
        elif first.type == TABLE:
            height = TABLE_ROW * (first.rows + 1) + 6 * mm
        for f, vw in zip(fields, value_ws):
            if f.type in (CHOICE, MULTI):
                height = max(height, choice_height(f, vw)[0])
        if y - height - (note_room if row == spec.rows[-1] else 0.0) < BOTTOM:
            if photo_bottom is None and spec.photo and len(pages) == 1:
                photo_bottom = y
            hline(y)
            new_page()
        top = y
        bottom = y - height
        x = LEFT
        for f, vw in zip(fields, value_ws):
            lw = LABEL_W
            label_cell(f.form_label, x, lw, top, height)
            vline(x + lw, bottom, top)
            vx0, vx1 = x + lw, x + lw + vw
            _value_cell(spec, f, vx0, vx1, top, bottom, page, boxes, len(pages) - 1, m, t, choice_height)
            x = vx1
            if x < right - 0.1:
                vline(x, bottom, top)
        hline(top, LEFT, right if with_photo else RIGHT)
        if with_photo and row == spec.rows[spec.photo_rows - 1]:
            photo_bottom = bottom
        y = bottom
    hline(y)
    # outer frame of each page's table
    for k, p in enumerate(pages):
        ys = [ln[1] for ln in p.lines if ln[1] == ln[3]]
        if ys:
            t_top, t_bottom = max(ys), min(ys)
            p.lines.append((LEFT, t_bottom, LEFT, t_top, 1.0))
            p.lines.append((RIGHT, t_bottom, RIGHT, t_top if not (k == 0 and spec.photo) else t_top, 1.0))
    if spec.photo:
        first = pages[0]
        table_top = max(ln[1] for ln in first.lines if ln[1] == ln[3])
        bottom = photo_bottom if photo_bottom is not None else y
        x0 = RIGHT - PHOTO_COL
        first.lines.append((x0, bottom, x0, table_top, 0.6))
        first.lines.append((x0, table_top, RIGHT, table_top, 0.6))
        cx, cy = (x0 + RIGHT) / 2, (table_top + bottom) / 2
        first.rects.append((cx - PHOTO_W / 2, cy - PHOTO_H / 2, cx + PHOTO_W / 2, cy + PHOTO_H / 2))
        first.texts.append(Text("song", t("照片"), cx, cy + 2 * mm, LABEL_SIZE, "centre"))
        first.texts.append(Text("song", t("（二寸免冠）"), cx, cy - 4 * mm, 9.0, "centre"))
    last = pages[-1]
    note_y = y - 6 * mm
    if spec.note:
        last.texts.append(Text("song", t(spec.note), LEFT, note_y, 10.5))
        note_y -= 5.5 * mm
    del top_of_table
    return Layout(spec, script, pages, boxes)


def _value_cell(spec: FormSpec, f: FieldSpec, x0: float, x1: float, top: float, bottom: float, page: Page, boxes: list[Box],
                page_no: int, m: _Measure, t, choice_height) -> None:
    if f.type in (CHOICE, MULTI):
        _height, rows = choice_height(f, x1 - x0)
        line_top = top - (top - bottom - len(rows) * CHOICE_LINE) / 2
        for r, options in enumerate(rows):
            cy = line_top - (r + 0.5) * CHOICE_LINE
            for k, option, offset in options:
                bx = x0 + PAD + offset
                rect = (bx, cy - BOX / 2, bx + BOX, cy + BOX / 2)
                page.rects.append(rect)
                page.texts.append(Text("song", t(option), bx + BOX + 1.2 * mm, cy - VALUE_SIZE * 0.35, VALUE_SIZE))
                if f.type == MULTI:
                    boxes.append(Box(f"{f.id}__{k}", f, "check", rect, page_no, option=k))
                else:
                    boxes.append(Box(f.id, f, "radio", rect, page_no, option=k))
        return
    if f.type == TABLE:
        header_top = top
        widths = [c.width for c in f.columns]
        total = sum(widths)
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + (x1 - x0) * w / total)
        table_bottom = bottom + 6 * mm
        for k in range(f.rows + 2):
            yy = header_top - k * TABLE_ROW
            if k:
                page.lines.append((x0, yy, x1, yy, 0.4))
        for xx in xs[1:-1]:
            page.lines.append((xx, table_bottom, xx, header_top, 0.4))
        for c, (cx0, cx1) in zip(f.columns, zip(xs, xs[1:])):
            page.texts.append(Text("hei", t(c.form_label), (cx0 + cx1) / 2, header_top - TABLE_ROW / 2 - 3.6, 10.0,
                                   "centre"))
            for r in range(1, f.rows + 1):
                ry_top = header_top - r * TABLE_ROW
                boxes.append(Box(f"{f.id}__{r}__{c.id}", f, "text", (cx0 + 0.8, ry_top - TABLE_ROW + 0.8,
                                                                     cx1 - 0.8, ry_top - 0.8), page_no,
                                 column=c, size=9.5))
        hints = "；".join(f"{c.form_label}填：{'/'.join(c.options)}" for c in f.columns if c.options)
        if hints:
            page.texts.append(Text("song", t(f"（{hints}）"), x0 + PAD, bottom + 2 * mm, 9.0))
        return
    if f.type == MULTILINE:
        sig_h = 8 * mm if f.signature else 0
        rect = (x0 + PAD / 2, bottom + sig_h + PAD / 2, x1 - PAD / 2, top - PAD / 2)
        if f.static_text:
            for k, line in enumerate(m.wrap("song", t(f.static_text), 10.5, x1 - x0 - 4 * PAD)):
                page.texts.append(Text("song", line, x0 + PAD * 2, top - 6 * mm - k * 14, 10.5))
        else:
            boxes.append(Box(f.id, f, "multiline", rect, page_no))
        if f.signature:
            base = bottom + 3 * mm
            page.texts.append(Text("song", t(f.signature), x0 + PAD * 2, base, 10.5))
            date_x = x1 - 45 * mm
            page.texts.append(Text("song", t("日期："), date_x, base, 10.5))
            dx0 = date_x + m.width("song", t("日期："), 10.5)
            boxes.append(Box(f.date_field, spec.field(f.date_field), "text", (dx0, bottom + 1.2 * mm, x1 - PAD, bottom + 7 * mm),
                             page_no, size=10.5))
        return
    boxes.append(Box(f.id, f, "text", (x0 + PAD / 2, bottom + 1.2 * mm, x1 - PAD / 2, top - 1.2 * mm), page_no))
