"""``render_pdf``: an official document laid out to GB/T 9704-2012, as a PDF.

Headless: reportlab's canvas only. The pieces: ``script`` converts the text,
``compose`` turns the document into a header and grid rows, ``paginate`` puts rows on
pages and finds the page of the closing block, this module draws it all: header,
rows, seal, closing block (版记), page numbers. Every font is embedded as a TrueType
subset with a ToUnicode map, so copying from the PDF gives the original characters.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from core.documents.lazy_pil import defer_pil_image

defer_pil_image()  # before reportlab: Pillow loaded only to draw an image
from reportlab import rl_config
from reportlab.pdfgen import canvas as rl_canvas

from core.documents.compose import BODY, SONG, Composer, Header
from core.documents.fonts import FontSet, FontSpec, load_fonts
from core.documents.geometry import MM, PageGeometry
from core.documents.model import Attachment, Block, OfficialDocument, Table, format_date
from core.documents.paginate import Page, paginate, place_closing
from core.documents.script import Converter, convert
from core.documents.typeset import TextLine, Typesetter
from core.errors import UserError
from core.i18n import Msg

LABELS = {"attachment": "附件", "copies": "抄送", "distribution": "分送", "printed": "印发",
          "present": "出席", "absent": "请假", "observers": "列席"}


@dataclass
class RenderInfo:
    pages: int
    page_numbers: list[int | None]   # the number printed on each page (None: no number)
    closing_page: int | None          # 1-based page carrying the closing block
    fonts: list[str]                  # face files of the roles (file#subfont)
    missing_chars: str                # characters no installed face has (drawn as .notdef)
    faux_bold: bool                   # 小标宋 stood in by a stroked Song face


def normalize_doc_number(number: str) -> str:
    """智慧城市联盟[2013]第05号 -> 智慧城市联盟〔2013〕5号 (hexagonal brackets, no 第, no leading zeros)."""
    number = re.sub(r"[\[【(（〔﹝［]\s*(\d{4})\s*[\]】)）〕﹞］]", r"〔\1〕", number.strip())
    return re.sub(r"〕\s*第?\s*0*(\d+)\s*号", r"〕\1号", number)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _clean(text: str) -> str:
    """One paragraph's text: pasted line breaks and tabs removed, outer (full-width) spaces stripped."""
    return _CONTROL.sub("", text.replace("\t", " ")).strip()


def _convert_doc(doc: OfficialDocument, conv: Converter) -> OfficialDocument:
    def blocks(items: list[Block | Table] | None) -> list[Block | Table] | None:
        if items is None:
            return None
        def cell(text: str, literal: bool = False) -> str:  # line breaks in a cell are kept (one line per part)
            return "\n".join(_clean(part) if literal else conv(_clean(part)) for part in text.split("\n"))

        def table(t: Table) -> Table:
            literal = t.literal or [False] * len(t.header)
            return dataclasses.replace(t, header=[cell(c) for c in t.header],
                                       rows=[[cell(c, lit) for c, lit in zip(row, literal)] for row in t.rows])

        return [table(b)
                if isinstance(b, Table) else Block(b.kind, conv(_clean(b.text)), conv(_clean(b.tail)))
                for b in items if isinstance(b, Table) or _clean(b.text) or _clean(b.tail)]

    def names(items: list[str]) -> list[str]:
        return [" ".join(p.split()) for p in items] if doc.names_as_typed else [conv.name(p) for p in items]

    return dataclasses.replace(
        doc, issuer_mark="\n".join(conv(part.strip()) for part in doc.issuer_mark.strip().split("\n")),
        doc_number=normalize_doc_number(conv(doc.doc_number)) if doc.doc_number else None,
        title=conv(doc.title.strip()), addressees=conv(doc.addressees), body=blocks(doc.body),
        attachments=[Attachment(conv(a.name), blocks(a.body), a.drawn) for a in doc.attachments],
        signatory=conv.name(doc.signatory.strip()), note=conv(doc.note) if doc.note else None,
        copies=[conv(c.strip()) for c in doc.copies if c and c.strip()], issuing_office=conv(doc.issuing_office.strip()),
        minutes_number=conv(doc.minutes_number) if doc.minutes_number else None,
        present=names(doc.present), absent=names(doc.absent), observers=names(doc.observers))


def convert_document(doc: OfficialDocument, script: str, protected: Iterable[str] = (),
                     corrections: Mapping[str, str] | None = None) -> tuple[OfficialDocument, dict[str, str]]:
    """The document and its fixed labels (附件, 抄送...) in ``script``; protected terms kept as
    typed, names of people converted only where a character's form differs, never its choice."""
    protected = tuple(p for p in protected if p)
    conv = Converter(script, protected, corrections, names=[doc.signatory, *doc.present, *doc.absent, *doc.observers])
    labels = {k: conv(v) for k, v in {**LABELS, "draft": doc.draft_text or "草稿"}.items()}
    return _convert_doc(doc, conv), labels


def validate(doc: OfficialDocument) -> None:
    if doc.kind not in ("notice", "minutes"):
        raise ValueError(f"unknown document kind {doc.kind!r}")
    if not doc.issuer_mark.strip():
        raise UserError(Msg("The document has no issuer mark (the red name at the top)."))
    if doc.kind == "notice" and not doc.title.strip():
        raise UserError(Msg("The notice has no title."))
    if doc.seal_image and not os.path.isfile(doc.seal_image):
        raise UserError(Msg("The seal image {path} does not exist.", path=str(doc.seal_image)))


class _Renderer:
    def __init__(self, doc: OfficialDocument, ts: Typesetter, labels: dict[str, str]) -> None:
        self.doc, self.ts, self.g, self.labels = doc, ts, ts.geometry, labels

    # ---- closing block ----------------------------------------------------------------------
    def closing_lines(self) -> tuple[list[TextLine], list[TextLine]]:
        """(抄送 lines, [印发 office, 印发 date]) as TextLines, x relative to the block."""
        doc, ts, g = self.doc, self.ts, self.g
        size = g.closing_size_pt
        one = g.indent(g.closing_indent_chars, size)
        copies: list[TextLine] = []
        if doc.copies:
            label = self.labels["distribution" if doc.kind == "minutes" else "copies"] + "："
            names = "，".join(c.rstrip("。，,.") for c in doc.copies) + "。"
            hang = one + ts.width(label, BODY, size)
            copies = ts.paragraph([(label, BODY), (names, BODY)], size, first_indent=one, indent=hang,
                                  width=g.block_width - one, track=0.0)
        printed: list[TextLine] = []
        if doc.issuing_office:
            printed.append(ts.single(doc.issuing_office, BODY, size, one, track=0.0))
        day = doc.print_date or doc.date
        if day:
            printed.append(ts.right_aligned(format_date(day) + self.labels["printed"], BODY, size, one, track=0.0))
        return copies, printed

    def draw_closing(self, c, copies: list[TextLine], printed: list[TextLine]) -> None:
        g, ts = self.g, self.ts
        h = g.closing_row_mm * MM
        bottom = g.block_bottom_y
        thick, thin = g.closing_thick_mm * MM, g.closing_thin_mm * MM
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        c.rect(g.left, bottom, g.block_width, thick, stroke=0, fill=1)  # last rule on the block's bottom edge
        rows = [printed] + [[line] for line in reversed(copies)]
        for k, lines in enumerate(rows):
            row_bottom = bottom + k * h
            for line in lines:
                ts.draw_line(c, line, row_bottom + (h + line.size) / 2)
            top = row_bottom + h
            weight = thick if k == len(rows) - 1 else (thin if k == 0 else 0.0)
            if weight:
                c.rect(g.left, top - weight / 2, g.block_width, weight, stroke=0, fill=1)
        c.restoreState()

    # ---- pages --------------------------------------------------------------------------------
    def draw_header(self, c, header: Header) -> None:
        g = self.g
        for line, distance in header.items:
            self.ts.draw_line(c, line, g.block_top_y - distance)
        if header.rule_top is not None:
            c.saveState()
            self.ts.set_red(c)
            thickness = g.rule_thickness_mm * MM
            c.rect(g.left, g.block_top_y - header.rule_top - thickness, g.block_width, thickness, stroke=0, fill=1)
            c.restoreState()

    def draw_rows(self, c, page: Page) -> None:
        g = self.g
        seals = []
        ruled = [(index, row) for index, row in page.rows if row.rules]
        if ruled:
            c.saveState()
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(g.table_rule_pt)
            c.setLineCap(2)  # square ends: corners close
            for index, row in ruled:
                top = g.row_top_y(index)
                for x0, y0, x1, y1 in row.rules:
                    c.line(g.left + x0, top - y0, g.left + x1, top - y1)
            c.restoreState()
        for index, row in page.rows:
            top = g.row_top_y(index)
            for line in sorted(row.lines, key=lambda item: item.x):  # content order = reading order
                self.ts.draw_line(c, line, top - line.dy)
            if row.seal:
                seals.append((row.seal, top))
            if row.drawn is not None:  # a page of a drawn attachment (a form), in page coordinates
                c.saveState()
                row.drawn.paint(c)
                c.restoreState()
        for seal, top in seals:  # the seal lies over the name and the date
            cy = top - seal.dy
            c.drawImage(seal.path, g.left + seal.cx - seal.width / 2, cy - seal.height / 2,
                        seal.width, seal.height, mask="auto")

    def draw_page_number(self, c, number: int) -> None:
        g, ts = self.g, self.ts
        size = g.page_number_size_pt
        text = f"— {number} —"
        indent = g.indent(g.page_number_indent_chars, size)
        if number % 2:
            line = ts.right_aligned(text, SONG, size, indent, track=0.0)
        else:
            line = ts.single(text, SONG, size, indent, track=0.0)
        ts.draw_line(c, line, g.block_bottom_y - g.page_number_gap_mm * MM)


def render_pdf(doc: OfficialDocument, out: str | os.PathLike | BinaryIO, script: str = "hans",
               geometry: PageGeometry | None = None, fonts: FontSet | Mapping[str, FontSpec] | None = None,
               protected: Iterable[str] = (), corrections: Mapping[str, str] | None = None) -> RenderInfo:
    """Lay ``doc`` out to GB/T 9704-2012 and write the PDF to ``out`` (a path or a binary file).

    ``script``: 'hans', 'hant-tw' or 'hant-hk' - all text is converted (protected terms
    kept as typed, ``corrections`` applied after OpenCC). ``fonts``: a loaded FontSet or the
    font setting (role -> file path or (path, subfont index)). Raises UserError for a
    document that cannot be laid out or when no Chinese TrueType font is installed.
    """
    validate(doc)
    g = geometry or PageGeometry()
    fontset = fonts if isinstance(fonts, FontSet) else load_fonts(fonts, script)
    protected = tuple(p for p in protected if p)
    text, labels = convert_document(doc, script, protected, corrections)
    words = list(protected) + [w for w in (text.issuing_office, text.signatory) if w]
    title_source = text.title
    if script != "hans":  # titles are cut at words of a Simplified lexicon
        title_source = convert(text.title, "hans", protected)
        words += [convert(w, "hans", protected) for w in words]
    ts = Typesetter(g, fontset)
    composer = Composer(text, ts, labels, words, title_source)
    header = composer.header()
    rows = composer.flow()
    renderer = _Renderer(text, ts, labels)
    copies, printed = renderer.closing_lines()
    has_closing = bool(copies or printed) and (bool(text.copies) or bool(text.issuing_office))

    def layout(tighten: bool) -> list[Page]:
        pages = paginate(rows, header.first_row, g.lines_per_page, tighten)
        if has_closing:
            place_closing(pages, (len(copies) + 1) * g.closing_row_mm * MM, g.block_height, g.line_pitch,
                          g.closing_on_even_page, header_bottom=header.first_row * g.line_pitch)
        return pages

    pages = layout(tighten=True)
    if any(p.tightened for p in pages) and not pages[-1].has_content:
        # the closing block needs a page of its own anyway: rather move the signature (with
        # the last lines of text) there at full spacing than squeeze it on the page before
        loose = layout(tighten=False)
        if len(loose) <= len(pages):
            pages = loose

    rl_config.useA85 = 0  # compressed streams stay binary: smaller files, no ASCII85 pass over the fonts
    # A TrueType initial font: reportlab's default would put an unembedded Helvetica in every page.
    c = rl_canvas.Canvas(os.fspath(out) if isinstance(out, os.PathLike) else out,
                         pagesize=(g.page_width, g.page_height), pageCompression=1,
                         initialFontName=fontset.face(BODY).name, initialFontSize=g.body_size_pt)
    mark = text.issuer_mark.replace("\n", "")
    c.setTitle(text.title or mark)
    c.setAuthor(text.signatory or text.issuing_office or mark)
    if text.doc_number:
        c.setSubject(text.doc_number)
    c.setCreator("alliance-secretariat (GB/T 9704-2012 layout)")
    numbers: list[int | None] = []
    for k, page in enumerate(pages, start=1):
        if doc.draft:  # under the text, so it never hides a character
            from core.documents.draft_mark import draw_draft_mark

            body = fontset.face(BODY)
            draw_draft_mark(c, g.page_width, g.page_height, body.path, body.index, labels.get("draft", "草稿"))
        if page.first:
            renderer.draw_header(c, header)
        renderer.draw_rows(c, page)
        if page.closing:
            renderer.draw_closing(c, copies, printed)
        if page.numbered:
            renderer.draw_page_number(c, k)
        numbers.append(k if page.numbered else None)
        c.showPage()
    c.save()
    closing_page = next((k for k, p in enumerate(pages, start=1) if p.closing), None)
    return RenderInfo(len(pages), numbers, closing_page, fontset.files(), "".join(sorted(ts.missing)),
                      "xiaobiaosong" in fontset.faux_bold)
