"""The published list (名单) of the expert group or the standards group: an .xlsx sheet and a
PDF table in the official style (title in 小标宋, header in 黑体, cells in 仿宋, every font
embedded, rare characters from the fallback faces). Mobiles and ID numbers only when asked.

The list is a document in Chinese, so its headings are Chinese in every UI language; the
``script`` (hans, hant-tw, hant-hk) converts the whole document as notices are converted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.calls import queries
from core.calls.choices import SIDE_CHARACTERS
from core.errors import UserError
from core.i18n import Msg
from core.storage.database import Database

SUFFIXES = (".xlsx", ".pdf")


@dataclass(frozen=True)
class PublishedList:
    title: str
    header: list[str]
    rows: list[list[str]]


def _term(row: dict[str, Any]) -> str:
    start, end = row.get("term_start") or "", row.get("term_end") or ""
    return f"{start[:7].replace('-', '.')}—{end[:7].replace('-', '.')}" if start or end else ""


def _gender(code: str) -> str:
    return {"M": "男", "F": "女"}.get(code, "")


def build_list(db: Database, table: str, personal: bool = False) -> PublishedList:
    """The rows of the list, in the order published: experts by side (政、产、学、研、用、资本) then by
    pinyin; the standards group by pinyin."""
    from core.notices.alliance import get_alliance

    name = get_alliance(db).name_hans or ""
    ids = queries.pool_ids(db, table, sort="side" if table == "experts" else "name")
    rows_by_id = queries.pool_rows(db, table, ids, personal=True)
    if table == "experts":
        header = ["序号", "姓名", "性别", "类别", "工作单位", "职称", "职务", "专业领域", "专业委员会", "任期"]
        title = f"{name}专家组名单"
    else:
        header = ["序号", "姓名", "性别", "工作单位", "职务", "职称", "从事专业", "工作方向", "任期"]
        title = f"{name}标准组名单"
    if personal:
        header += ["手机", "电子邮箱", "身份证号"]
    rows = []
    for i, person_id in enumerate(ids, 1):
        r = rows_by_id[person_id]
        if table == "experts":
            row = [str(i), r["name"], _gender(r["gender"]), SIDE_CHARACTERS.get(r["side"], ""), r["work_unit"],
                   r["title"], r["position"], r["fields"], r["committees"], _term(r)]
        else:
            row = [str(i), r["name"], _gender(r["gender"]), r["work_unit"], r["position"], r["title"],
                   r["specialty"], r["committees"], _term(r)]
        if personal:
            row += [r["mobile"], r["email"], r["id_number"]]
        rows.append(row)
    return PublishedList(title, header, rows)


def _converted(published: PublishedList, script: str) -> PublishedList:
    if script == "hans":
        return published
    from core.documents.script import convert, convert_name

    return PublishedList(convert(published.title, script), [convert(h, script) for h in published.header],
                         [[convert_name(c, script) if i == 1 else convert(c, script) for i, c in enumerate(row)]
                          for row in published.rows])


def _check_target(path: Path, overwrite: bool) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(Msg("{file}: choose a name ending in .xlsx (Excel) or .pdf.", file=path.name))
    if not path.parent.is_dir():
        raise UserError(Msg("The folder {folder} does not exist.", folder=str(path.parent)))
    if path.exists() and not overwrite:
        raise UserError(Msg("{file} already exists. Choose another name, or confirm that it may be replaced.",
                            file=path.name))


@contextlib.contextmanager
def _temporary_next_to(path: Path) -> Iterator[Path]:
    tmp = path.with_name(f".{path.stem}-{secrets.token_hex(4)}{path.suffix}")
    try:
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def export_list(db: Database, table: str, path: str | Path, personal: bool = False, script: str = "hans",
                overwrite: bool = False, on_date: str | None = None) -> Path:
    """Write the published list to ``path`` (.xlsx or .pdf by its suffix); returns the path.
    Nothing is left behind when it fails."""
    path = Path(path).expanduser().absolute()
    _check_target(path, overwrite)
    published = _converted(build_list(db, table, personal), script)
    try:
        with _temporary_next_to(path) as tmp:
            if path.suffix.lower() == ".pdf":
                _write_pdf(tmp, published, on_date or dt.date.today().isoformat(), script)
            else:
                _write_xlsx(tmp, published)
            os.replace(tmp, path)
    except OSError as exc:
        raise UserError(Msg("{file} cannot be written: {reason}. If it is open in Excel or WPS, close it and try "
                            "again.", file=path.name, reason=exc.strerror or str(exc))) from exc
    return path


def _write_xlsx(tmp: Path, published: PublishedList) -> None:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    from core.exchange.cells import neutralise

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append([published.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(published.header))
    ws["A1"].font = Font(bold=True, size=16)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(published.header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in published.rows:
        ws.append([neutralise(ILLEGAL_CHARACTERS_RE.sub("", v)) if v else None for v in row])
    widths = {"序号": 6, "姓名": 10, "性别": 6, "类别": 6, "工作单位": 30, "任期": 18, "身份证号": 22}
    for i, text in enumerate(published.header):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = widths.get(text, 16)
    ws.freeze_panes = "A3"
    wb.save(tmp)


def _runs(text: str, fontset: Any, role: str) -> str:
    """Paragraph markup of ``text`` with each character in a face that has it (rare characters)."""
    from xml.sax.saxutils import escape

    out, current, run = [], None, ""
    for ch in text:
        face = fontset.face_for(role, ch).font.fontName
        if face != current and run:
            out.append(f'<font name="{current}">{escape(run)}</font>')
            run = ""
        current = face
        run += ch
    if run:
        out.append(f'<font name="{current}">{escape(run)}</font>')
    return "".join(out)


def _write_pdf(tmp: Path, published: PublishedList, on_date: str, script: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from core.documents.fonts import load_fonts

    fontset = load_fonts(script="hans" if script == "hans" else "hant")
    wide = len(published.header) > 9
    pagesize = landscape(A4) if wide else A4
    title = ParagraphStyle("title", fontName=fontset.face("xiaobiaosong").font.fontName, fontSize=22, leading=30,
                           alignment=1)
    head = ParagraphStyle("head", fontName=fontset.face("hei").font.fontName, fontSize=11, leading=14, alignment=1)
    cell = ParagraphStyle("cell", fontName=fontset.face("fangsong").font.fontName, fontSize=10.5, leading=13.5)
    date = ParagraphStyle("date", parent=cell, fontSize=14, leading=20, alignment=2)
    year, month, day = (int(x) for x in on_date.split("-"))
    story = [Paragraph(_runs(published.title, fontset, "xiaobiaosong"), title), Spacer(1, 6 * mm)]
    data = [[Paragraph(_runs(h, fontset, "hei"), head) for h in published.header]]
    data += [[Paragraph(_runs(c, fontset, "fangsong"), cell) for c in row] for row in published.rows]
    width = pagesize[0] - 40 * mm
    weights = {"序号": 0.75, "姓名": 1.1, "性别": 0.75, "类别": 0.75, "工作单位": 2.6, "任期": 2.2, "专业领域": 1.8,
               "身份证号": 2.0, "电子邮箱": 1.9}
    raw = [weights.get(h, 1.3) for h in (published.header if script == "hans" else _hans_header(published))]
    total = sum(raw)
    table = LongTable(data, colWidths=[width * w / total for w in raw], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), cell.fontName),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("ALIGN", (0, 1), (0, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [table, Spacer(1, 8 * mm), Paragraph(_runs(f"{year}年{month}月{day}日", fontset, "fangsong"), date)]

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.setFont(fontset.face("fangsong").font.fontName, 12)
        canvas.drawCentredString(pagesize[0] / 2, 12 * mm, f"— {doc.page} —")

    doc = SimpleDocTemplate(str(tmp), pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=25 * mm,
                            bottomMargin=22 * mm, title=published.title, author="", subject="",
                            initialFontName=fontset.face("fangsong").font.fontName)  # no unembedded Helvetica
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)


def _hans_header(published: PublishedList) -> list[str]:
    from core.text.search import fold

    return [fold(h) for h in published.header]
