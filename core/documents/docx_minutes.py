"""The parts of minutes (纪要) in a .docx: the action items' ruled table and the 出席 / 请假 /
列席 lists, written with the document writer ``w`` of core.documents.docx_writer."""

from __future__ import annotations

from typing import Any

from core.documents.docx_xml import el, text_width, twips, w_name
from core.documents.model import Table


def minutes_table(w: Any, t: Table) -> None:
    """A ruled table (the minutes' action items) as the PDF draws it: columns sized by the same
    rule (``Table.column_widths``), 4号 仿宋 cells and a 黑体 header repeated on every page, a
    line break in a cell a new line, rows never split over two pages, each line on the grid."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: F401 - python-docx loaded for the cells

    g = w.g
    size = g.table_size_pt
    pad = g.table_padding_em * size
    # sized columns (dates, numbers, statuses) never wrap: measured with digits 0.7 em wide and an em
    # to spare (WPS, Word and LibreOffice set digits in the faces they have, often wider than half an
    # em, and LibreOffice puts space between them and Chinese characters)
    widths = t.column_widths(lambda text, _header: (text_width(text, 0.7) + 1.0) * size, g.block_width,
                             size, pad)
    centred = t.centred or [False] * len(widths)
    table = w.word.add_table(rows=1 + len(t.rows), cols=len(widths))
    tblpr = table._tbl.tblPr
    for child in list(tblpr):
        tblpr.remove(child)
    # children in the schema's order: tblW, tblInd, tblBorders, tblLayout, tblCellMar
    tblpr.append(el("w:tblW", w=twips(g.block_width), type="dxa"))
    # Word 2010's tables (the file's compatibility mode) start their cells' text, not their left
    # rule, at the indent: indented by the cell padding, the rule lies on the block's left edge
    tblpr.append(el("w:tblInd", w=twips(pad), type="dxa"))
    borders = el("w:tblBorders")
    rule = max(2, round(g.table_rule_pt * 8))
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(el("w:" + edge, val="single", sz=rule, space=0, color="000000"))
    tblpr.append(borders)
    tblpr.append(el("w:tblLayout", type="fixed"))
    margins = el("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        margins.append(el("w:" + edge, w=twips(pad) if edge in ("left", "right") else 0, type="dxa"))
    tblpr.append(margins)
    for col, width in zip(table._tbl.tblGrid.findall(w_name("gridCol")), widths):
        col.set(w_name("w"), str(twips(width)))
    for k, (row, cells) in enumerate(zip(table.rows, [t.header, *t.rows])):
        trpr = row._tr.get_or_add_trPr()
        trpr.append(el("w:cantSplit"))  # a row is not split over two pages
        if k == 0:
            trpr.append(el("w:tblHeader"))  # the header again on each page
        for j, (cell, text) in enumerate(zip(row.cells, cells)):
            tcpr = cell._tc.get_or_add_tcPr()
            for old in list(tcpr):
                tcpr.remove(old)
            tcpr.append(el("w:tcW", w=twips(widths[j]), type="dxa"))
            tcpr.append(el("w:vAlign", val="center"))
            first = cell.paragraphs[0]
            parts = [" ".join(part.split()) for part in text.split("\n")]
            for part in [p for p in parts if p] or [""]:
                p = w.paragraph("centre" if k == 0 or centred[j] else "plain", keep_next=k == 0,
                                   container=cell)
                if part:
                    w.run(p, part, "hei" if k == 0 else "fangsong", size)
            first._p.getparent().remove(first._p)

def attendance_lists(w: Any) -> None:
    """出席 / 请假 / 列席 after one blank line: the label in 黑体 two characters in, the names in
    仿宋 separated by 、, wrapped lines aligned with the first character after the colon."""
    lists = [(key, [n.strip() for n in names if n and n.strip()])
             for key, names in (("present", w.doc.present), ("absent", w.doc.absent),
                                ("observers", w.doc.observers))]
    if not any(names for _key, names in lists):
        return
    w.paragraph()
    indent = w.g.paragraph_indent_chars
    for key, names in lists:
        if not names:
            continue
        label = w.labels[key] + "："
        hang = text_width(label)
        p = w.paragraph(left_chars=indent + hang, first_chars=-hang)
        w.run(p, label, "hei")
        w.run(p, "、".join(names))
