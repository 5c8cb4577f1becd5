"""``write_docx``: an official document as a Word file for WPS and Word, laid out to
GB/T 9704-2012 as far as a flowing word-processor document can be.

The PDF (``gbt9704.render_pdf``) is the document of record; the .docx is for the
leader who edits in WPS or Word. Both come from the same ``OfficialDocument`` and the
same script conversion, and share every number of ``geometry.PageGeometry``:

* page: A4, margins 37 / 35 / 28 / 26 mm, a line grid of 22 lines (``w:docGrid``) and body
  text tracked to 28 characters a line (LibreOffice lays Word's character grid out wider);
* styles: body 3号 仿宋, title 2号 小标宋, 一、 headings 黑体, （一） headings 楷体,
  page numbers 4号 宋体 "— 1 —" right on odd pages, left on even pages;
* header: the red issuer mark fitted to the block width, the document number, the red
  rule under it; then title, addressees, body, 附件 note, signature and date, 附注;
* closing block (版记: 抄送, 印发机关 and 印发日期 between black rules) anchored to the
  bottom of the last page;
* attachments with a body start on a new page with 附件N in 黑体.

The seal is not put into an editable file: it belongs on the issued PDF. A draft
carries 草稿 in its page header. Font names are the ones Chinese offices have
(仿宋, 黑体, 楷体, 宋体, 方正小标宋简体); WPS and Word substitute what a machine lacks.
python-docx writes the file; the few settings it has no API for (document grid,
paragraph borders, floating table, East Asian font names, page fields) are set as
their WordprocessingML elements here.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Mapping
from typing import BinaryIO

from core.documents.docx_minutes import attendance_lists, minutes_table
from core.documents.docx_xml import TWIPS_PER_PT, el, put, text_width, twips, w_name
from core.documents.geometry import MM, PageGeometry
from core.documents.model import HEADING_ROLE, OfficialDocument, Table, format_date, number_headings

FONT_NAMES = {"fangsong": "仿宋", "song": "宋体", "hei": "黑体", "kai": "楷体", "xiaobiaosong": "方正小标宋简体"}

class _Writer:
    def __init__(self, doc: OfficialDocument, labels: Mapping[str, str], g: PageGeometry,
                 fonts: Mapping[str, str], words: Iterable[str] = (), title_source: str = "") -> None:
        from docx import Document

        self.doc, self.labels, self.g, self.fonts = doc, labels, g, fonts
        self.words, self.title_source = list(words), title_source
        # 156 mm / 28 = 15.79 pt a character: 16 pt body text tracked by the next whole twip below
        self.body_tracking = math.floor((g.char_pitch - g.body_size_pt) * TWIPS_PER_PT)
        self.word = Document()
        self.body_style()
        self.page_setup()

    # ---- low-level helpers ---------------------------------------------------------------
    def _fonts_of(self, rpr, role: str) -> None:  # type: ignore[no-untyped-def]
        from docx.oxml.ns import qn

        name = self.fonts[role]
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = el("w:rFonts")
            put(rpr, fonts)
        for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(qn("w:" + attr), name)
        fonts.set(qn("w:hint"), "eastAsia")

    def run(self, paragraph, text: str, role: str = "fangsong", size: float | None = None,  # type: ignore[no-untyped-def]
            red: bool = False, bold: bool = False, scale: int | None = None):
        from docx.shared import Pt, RGBColor

        run = paragraph.add_run(text)
        run.font.size = Pt(size or self.g.body_size_pt)
        if red:
            run.font.color.rgb = RGBColor(*self.g.red_rgb)
        if bold:
            run.font.bold = True
        rpr = run._r.get_or_add_rPr()
        self._fonts_of(rpr, role)
        if scale is not None and scale != 100:
            put(rpr, el("w:w", val=scale))
        if (size or self.g.body_size_pt) == self.g.body_size_pt:
            put(rpr, el("w:spacing", val=self.body_tracking))
        return run

    def paragraph(self, align: str = "left", first_chars: float = 0.0, left_chars: float = 0.0,  # type: ignore[no-untyped-def]
                  right_chars: float = 0.0, grid: bool = True, exact: float | None = None,
                  before: float = 0.0, keep_next: bool = False, page_break: bool = False, container=None):
        """A paragraph (of the body, or of ``container``: a table cell); indents in body characters
        (grid cells); ``exact``: line height in points for lines that are off the grid (header);
        ``before``: space above in points."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
        from docx.shared import Pt

        p = (container or self.word).add_paragraph()
        fmt = p.paragraph_format
        fmt.alignment = {"left": WD_ALIGN_PARAGRAPH.JUSTIFY, "centre": WD_ALIGN_PARAGRAPH.CENTER,
                         "right": WD_ALIGN_PARAGRAPH.RIGHT, "plain": WD_ALIGN_PARAGRAPH.LEFT}[align]
        pitch = self.g.char_pitch
        ppr = p._p.get_or_add_pPr()
        ind = el("w:ind")
        if left_chars:
            ind.set(w_name("leftChars"), str(int(round(left_chars * 100))))
            ind.set(w_name("left"), str(twips(left_chars * pitch)))
        if right_chars:
            ind.set(w_name("rightChars"), str(int(round(right_chars * 100))))
            ind.set(w_name("right"), str(twips(right_chars * pitch)))
        if first_chars > 0:
            ind.set(w_name("firstLineChars"), str(int(round(first_chars * 100))))
            ind.set(w_name("firstLine"), str(twips(first_chars * pitch)))
        elif first_chars < 0:
            ind.set(w_name("hangingChars"), str(int(round(-first_chars * 100))))
            ind.set(w_name("hanging"), str(twips(-first_chars * pitch)))
        if len(ind.attrib):
            put(ppr, ind)
        if not grid:
            put(ppr, el("w:snapToGrid", val=0))
        if exact is not None:
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(exact)
        if before:
            fmt.space_before = Pt(before)
        fmt.keep_with_next = keep_next or None
        fmt.page_break_before = page_break or None
        fmt.widow_control = False
        return p

    # ---- document set-up ---------------------------------------------------------------------
    def body_style(self) -> None:
        from docx.enum.text import WD_LINE_SPACING
        from docx.shared import Pt

        normal = self.word.styles["Normal"]
        normal.font.size = Pt(self.g.body_size_pt)
        self._fonts_of(normal.element.get_or_add_rPr(), "fangsong")
        # The character grid's pitch is reckoned from the default size (LibreOffice reads docDefaults)
        defaults = self.word.styles.element.find(w_name("docDefaults"))
        rpr = defaults.find(w_name("rPrDefault")).find(w_name("rPr"))
        for tag in ("sz", "szCs"):
            put(rpr, el("w:" + tag, val=int(self.g.body_size_pt * 2)))
        self._fonts_of(rpr, "fangsong")
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(self.grid_pitchtwips() / TWIPS_PER_PT)
        # Chinese line breaking: no line starts with closing punctuation (WPS/Word 禁则). No extra space
        # between Chinese and Latin letters or digits (2013年11月6日 as the PDF sets it).
        ppr = normal.element.get_or_add_pPr()
        for tag in ("w:kinsoku", "w:overflowPunct"):
            put(ppr, el(tag, val=1))
        for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
            put(ppr, el(tag, val=0))
        self.word.core_properties.author = self.doc.signatory or self.doc.issuing_office or self.doc.issuer_mark
        self.word.core_properties.title = self.doc.title or self.doc.issuer_mark
        if self.doc.doc_number:
            self.word.core_properties.subject = self.doc.doc_number

    def grid_pitchtwips(self) -> int:
        """Line pitch of the document grid, rounded down so 22 lines fit the block."""
        return int(self.g.line_pitch * TWIPS_PER_PT)

    def page_setup(self) -> None:
        from docx.shared import Mm

        g = self.g
        section = self.word.sections[0]
        section.page_width, section.page_height = Mm(g.page_width_mm), Mm(g.page_height_mm)
        section.top_margin = Mm(g.top_margin_mm)
        section.bottom_margin = Mm(g.page_height_mm - g.top_margin_mm - g.block_height_mm)
        section.left_margin = Mm(g.left_margin_mm)
        section.right_margin = Mm(g.page_width_mm - g.left_margin_mm - g.block_width_mm)
        # the page number's top edge 7 mm under the block; the footer is measured from the page's bottom
        number_height_mm = g.page_number_size_pt / MM
        section.footer_distance = Mm(g.page_height_mm - g.top_margin_mm - g.block_height_mm
                                     - g.page_number_gap_mm - number_height_mm)
        section.header_distance = Mm(15)
        sect = section._sectPr
        for old in sect.findall(w_name("docGrid")):
            sect.remove(old)
        # A line grid of 22 lines; 28 characters a line come from the body runs' tracking (see run()).
        # Word's character grid (linesAndChars) is not used: LibreOffice gives a 16 pt character two
        # of its 15.79 pt cells, and Word adds run tracking to the grid's own.
        sect.append(el("w:docGrid", type="lines", linePitch=self.grid_pitchtwips()))

    # ---- parts ---------------------------------------------------------------------------
    def mark_parts(self, text: str) -> tuple[list[str], float, int | None]:
        """The red mark's lines, size and horizontal scale (%), chosen as the PDF chooses them: one
        line fitted to the block; too long even at the smallest size, it wraps where the text has a
        line break (中国智慧城市产业联盟 / 理事会第一次工作会议纪要) when each part fits, else at words."""
        g, width = self.g, self.g.block_width
        given = [part.strip() for part in text.split("\n") if part.strip()]
        whole = "".join(given)
        if text_width(whole) * g.mark_size_min_pt <= width:
            parts = [whole]
        elif len(given) > 1 and all(text_width(part) * g.mark_size_min_pt <= width for part in given):
            parts = given
        else:
            from core.documents.titles import wrap_title

            words = [w for w in (self.doc.issuing_office, self.doc.signatory, *self.words) if w]
            parts = wrap_title(whole, lambda ch: g.mark_size_min_pt * text_width(ch), width, words=words)
        widest = max(text_width(part) for part in parts)
        size = max(g.mark_size_min_pt, min(g.mark_size_max_pt, width / widest))
        scale = int(100 * width / (widest * size)) if widest * size > width else None
        return parts, size, scale

    def header(self) -> None:
        doc, g = self.doc, self.g
        parts, size, scale = self.mark_parts(doc.issuer_mark)
        for k, part in enumerate(parts):
            p = self.paragraph("centre", grid=False, exact=size * (1.1 if k == 0 else 1.2),
                               before=g.mark_offset_mm * MM - size * 0.1 if k == 0 else 0.0)
            self.run(p, part, "xiaobiaosong", size, red=True, scale=scale)
        height = g.body_size_pt * 1.2  # the number and date lines, off the grid
        before = g.mark_blank_lines * g.line_pitch - g.body_size_pt * 0.2
        number = doc.minutes_number if doc.kind == "minutes" else doc.doc_number
        office = (doc.issuing_office or doc.signatory) if doc.kind == "minutes" else ""
        day = format_date(doc.date) if doc.kind == "minutes" and doc.date else ""
        line = None
        if number or not (office or day):
            line = self.paragraph("centre", grid=False, exact=height, before=before)
            if number:
                self.run(line, number)
            before = g.line_pitch - height  # the next line one grid line lower
        if office or day:  # minutes: the office and the date one character in from each side (no side
            # indents: the red rule under this line is as wide as the block)
            line = self.paragraph("plain", grid=False, exact=height, first_chars=1, before=before)
            self.run(line, office)
            self._right_tab(line)
            self.run(line, "\t" + day)
        # the red rule: a bottom border under the number line, 4 mm below it
        ppr = line._p.get_or_add_pPr()
        borders = el("w:pBdr")
        r, gr, b = self.g.red_rgb
        borders.append(el("w:bottom", val="single", sz=max(2, round(g.rule_thickness_mm * MM * 8)),
                                space=round(g.rule_gap_mm * MM), color=f"{r:02X}{gr:02X}{b:02X}"))
        put(ppr, borders)
        for _ in range(g.title_blank_lines if doc.title else 1):
            self.paragraph()

    def _right_tab(self, paragraph) -> None:  # type: ignore[no-untyped-def]
        """A right tab one character in from the right edge (tab stops count from the margin)."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Pt

        width = self.g.block_width - self.g.char_pitch
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(width), WD_TAB_ALIGNMENT.RIGHT)

    def title(self, text: str) -> None:
        """Centred 2号 小标宋, cut into balanced lines at word boundaries (as in the PDF), one
        paragraph a line so that WPS and Word keep the cuts."""
        from core.documents.titles import wrap_title

        size = self.g.title_size_pt
        words = [w for w in (self.doc.issuing_office, self.doc.signatory, *self.words) if w]
        if text_width(text) * size <= self.g.block_width:
            parts = [text]
        else:
            parts = wrap_title(text, lambda ch: size * text_width(ch), self.g.block_width, words=words,
                               segment_text=self.title_source if len(self.title_source) == len(text) else None)
        for part in parts:
            p = self.paragraph("centre", keep_next=True)
            self.run(p, part, "xiaobiaosong", size)

    def blocks(self, blocks) -> None:  # type: ignore[no-untyped-def]
        for block, label in zip(blocks, number_headings(blocks)):
            if isinstance(block, Table):
                minutes_table(self, block)
                continue
            p = self.paragraph(first_chars=self.g.paragraph_indent_chars, keep_next=block.kind != "paragraph")
            role = HEADING_ROLE[block.kind]
            self.run(p, label + block.text, role)
            if block.tail:
                self.run(p, block.tail, "fangsong")

    def attachment_note(self) -> None:
        names = [a.name for a in self.doc.attachments if a.name.strip()]
        if not names:
            return
        self.paragraph()
        label = self.labels["attachment"] + "："
        indent = self.g.note_indent_chars
        for k, name in enumerate(names, start=1):
            numbered = f"{k}．{name}" if len(names) > 1 else name
            hang = text_width(label)
            p = self.paragraph(left_chars=indent + hang, first_chars=-hang if k == 1 else 0, keep_next=True)
            self.run(p, (label if k == 1 else "") + numbered)

    def signature(self) -> None:
        doc, g = self.doc, self.g
        if not (doc.signatory or doc.date):
            return
        self.paragraph(keep_next=True)
        name_w = text_width(doc.signatory)
        day = format_date(doc.date) if doc.date else ""
        date_w = text_width(day)
        name_right = float(g.plain_name_indent_chars)
        date_right = name_right + name_w - g.plain_date_shift_chars - date_w
        if date_right < g.plain_name_indent_chars:  # a date longer than the name: the name moves left
            name_right += g.plain_name_indent_chars - date_right
            date_right = g.plain_name_indent_chars
        if doc.signatory:
            p = self.paragraph("right", right_chars=name_right, keep_next=True)
            self.run(p, doc.signatory)
        if day:
            p = self.paragraph("right", right_chars=max(0.0, date_right))
            self.run(p, day)
        if doc.note:
            p = self.paragraph(first_chars=g.note_indent_chars)
            self.run(p, "（" + doc.note.strip("（）()") + "）")

    def attachments(self) -> None:
        numbered = [a for a in self.doc.attachments if a.name.strip()]
        for k, attachment in enumerate(numbered, start=1):
            if not attachment.body:
                continue
            p = self.paragraph(page_break=True)
            self.run(p, self.labels["attachment"] + (str(k) if len(numbered) > 1 else ""), "hei")
            self.paragraph()
            self.title(attachment.name)
            self.paragraph()
            self.blocks(attachment.body)

    def closing(self) -> None:
        """版记: 抄送, then 印发机关 and 印发日期, between black rules: a table floated so that its last
        rule lies on the bottom edge of the last page's text block."""
        doc, g = self.doc, self.g
        if not (doc.copies or doc.issuing_office):
            return
        from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
        from docx.shared import Pt

        size, row = g.closing_size_pt, g.closing_row_mm * MM
        one = g.indent(g.closing_indent_chars, size)
        rows: list[tuple[str, str]] = []
        if doc.copies:
            label = self.labels["distribution" if doc.kind == "minutes" else "copies"] + "："
            rows.append((label + "，".join(c.rstrip("。，,.") for c in doc.copies) + "。", ""))
        day = doc.print_date or doc.date
        rows.append((doc.issuing_office, (format_date(day) + self.labels["printed"]) if day else ""))
        per_line = int((g.block_width - 2 * one) // size)
        height = sum(max(1, math.ceil(text_width(left) / per_line)) for left, _ in rows) * row
        table = self.word.add_table(rows=len(rows), cols=1)
        tblpr = table._tbl.tblPr
        for child in list(tblpr):
            tblpr.remove(child)
        # children in the schema's order: tblpPr, tblW, tblBorders, tblCellMar
        # placed from the page's left edge: LibreOffice floats a table as wide as the block only then
        tblpr.append(el("w:tblpPr", vertAnchor="margin", horzAnchor="page", tblpX=twips(g.left),
                              tblpY=twips(g.block_height - height)))
        tblpr.append(el("w:tblW", w=twips(g.block_width), type="dxa"))
        borders = el("w:tblBorders")
        thick, thin = round(g.closing_thick_mm * MM * 8), round(g.closing_thin_mm * MM * 8)
        borders.append(el("w:top", val="single", sz=thick, space=0, color="000000"))
        borders.append(el("w:bottom", val="single", sz=thick, space=0, color="000000"))
        borders.append(el("w:insideH", val="single", sz=thin, space=0, color="000000"))
        tblpr.append(borders)
        margins = el("w:tblCellMar")
        margins.append(el("w:left", w=0, type="dxa"))
        margins.append(el("w:right", w=0, type="dxa"))
        tblpr.append(margins)
        for cells, (left, right) in zip(table.rows, rows):
            cells.cells[0].width = Pt(g.block_width)
            p = cells.cells[0].paragraphs[0]
            fmt = p.paragraph_format
            fmt.left_indent = fmt.right_indent = Pt(one)
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Pt(row)
            put(p._p.get_or_add_pPr(), el("w:snapToGrid", val=0))
            self.run(p, left, size=size)
            if right:
                fmt.tab_stops.add_tab_stop(Pt(g.block_width - one), WD_TAB_ALIGNMENT.RIGHT)
                self.run(p, "\t" + right, size=size)
        self.word.add_paragraph()  # a document ends with a paragraph; the table floats over it

    def page_numbers(self) -> None:
        """— 1 —: 4号 宋体, one character in from the right on odd pages, from the left on even ones."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        self.word.settings.odd_and_even_pages_header_footer = True
        section = self.word.sections[0]
        size = self.g.page_number_size_pt
        for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            p = footer.paragraphs[0]
            p.alignment = align
            indent = Pt(self.g.indent(self.g.page_number_indent_chars, size))
            if align == WD_ALIGN_PARAGRAPH.RIGHT:
                p.paragraph_format.right_indent = indent
            else:
                p.paragraph_format.left_indent = indent
            put(p._p.get_or_add_pPr(), el("w:snapToGrid", val=0))
            self.run(p, "— ", "song", size)
            self._page_field(p, size)
            self.run(p, " —", "song", size)
        if self.doc.draft:
            for header in (section.header, section.even_page_header):
                p = header.paragraphs[0]
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run = self.run(p, self.labels.get("draft", "草稿"), "hei", self.g.closing_size_pt)
                from docx.shared import RGBColor

                run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)

    def _page_field(self, paragraph, size: float) -> None:  # type: ignore[no-untyped-def]
        """A PAGE field: begin, instruction, separator, shown value, end - each run in the number's font."""
        for part in ("begin", " PAGE ", "separate", "1", "end"):
            run = self.run(paragraph, "", "song", size)
            if part in ("begin", "separate", "end"):
                run._r.append(el("w:fldChar", fldCharType=part))
            else:
                element = el("w:instrText" if part == " PAGE " else "w:t")
                element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                element.text = part
                run._r.append(element)

    # ---- the whole document -------------------------------------------------------------------
    def write(self, out: str | os.PathLike | BinaryIO) -> None:
        doc = self.doc
        self.header()
        if doc.title:
            self.title(doc.title)
            self.paragraph()
        if doc.addressees.strip():
            p = self.paragraph("plain", keep_next=True)
            self.run(p, doc.addressees.strip().rstrip("：:") + "：")
        self.blocks(doc.body)
        if doc.kind == "minutes":
            attendance_lists(self)
        self.attachment_note()
        if doc.kind != "minutes":
            self.signature()
        self.attachments()
        self.closing()
        if self.word.element.body[-2].tag == w_name("tbl"):  # the last element before sectPr: a paragraph
            self.word.add_paragraph()
        self.page_numbers()
        self.word.save(out)


def font_names_of(fonts: Mapping[str, object] | None) -> dict[str, str]:
    """role -> family name of the font files chosen in the settings (role -> path or (path, index)),
    read from each file's name table (the Chinese name first); roles without a setting are left out."""
    names: dict[str, str] = {}
    for role, spec in (fonts or {}).items():
        path, index = (spec[0], int(spec[1])) if isinstance(spec, (tuple, list)) else (spec, 0)
        try:
            from fontTools.ttLib import TTCollection, TTFont

            face = TTCollection(os.fspath(path)).fonts[index] if str(path).lower().endswith(".ttc") \
                else TTFont(os.fspath(path), lazy=True)
            table = face["name"]
            chinese = [r for r in table.names if r.nameID == 1 and r.platformID == 3 and r.langID in (0x804, 0x404)]
            record = chinese[0] if chinese else table.getName(1, 3, 1, 0x409)
            if record is not None:
                names[role] = record.toUnicode()
        except Exception:  # noqa: BLE001 - an unreadable font file keeps the usual name
            continue
    return names


def write_docx(doc: OfficialDocument, out: str | os.PathLike | BinaryIO, script: str = "hans",
               geometry: PageGeometry | None = None, protected: Iterable[str] = (),
               corrections: Mapping[str, str] | None = None, font_names: Mapping[str, str] | None = None) -> None:
    """Write ``doc`` as a .docx in the GB/T 9704 layout, converted to ``script`` exactly as the
    PDF is (protected terms, corrections, names untouched). ``font_names``: role -> the font
    family name Word should use (defaults: the usual office faces)."""
    from core.documents.gbt9704 import convert_document, validate
    from core.documents.script import convert

    validate(doc)
    protected = tuple(p for p in protected if p)
    text, labels = convert_document(doc, script, protected, corrections)
    # titles are cut at words of a Simplified lexicon, as in the PDF
    title_source = text.title if script == "hans" else convert(text.title, "hans", protected)
    _Writer(text, labels, geometry or PageGeometry(), {**FONT_NAMES, **(font_names or {})},
            words=protected, title_source=title_source).write(out)
