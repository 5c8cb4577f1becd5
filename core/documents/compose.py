"""From an ``OfficialDocument`` (already in the target script) to a flow of grid rows.

The header (版头: mark, number, red rule) is placed at fixed distances from the top
of the text block; everything after it is a list of ``Row``s, one grid line each
(22 a page), that ``paginate`` distributes over pages. Rows carry keep-with-next
flags: headings stay with the text after them, and the signature block takes the
last two lines of text with it, so no page ever holds only a signature.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from core.documents.geometry import MM
from core.documents.model import (
    HEADING_ROLE, DrawnPage, OfficialDocument, PageFrame, Table, format_date, number_headings,
)
from core.documents.titles import wrap_title
from core.documents.typeset import TextLine, Typesetter

BODY, HEI, KAI, SONG, XBS = "fangsong", "hei", "kai", "song", "xiaobiaosong"


@dataclass
class Seal:
    path: str
    cx: float       # centre, from the left of the block
    dy: float       # centre, below the top of the row that carries it
    width: float
    height: float


@dataclass
class Row:
    lines: list[TextLine] = field(default_factory=list)
    keep_next: bool = False
    page_break: bool = False    # start a new page before this row
    reserve: float = 0.0        # rows that must stay free below it (the seal's lower half)
    seal: Seal | None = None
    role: str = "text"          # text | heading | title | addressee | blank | signature | label
    optional: bool = False      # a blank row that may go when the page is tight
    breakable: bool = False     # a page may end after it inside a keep chain (long attachment lists)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # table ruling:
    #                             (x0, y0, x1, y1), x from the block's left, y downwards from the row's top
    repeat: list["Row"] | None = None  # a table's header rows, set again above this row on a new page
    drawn: DrawnPage | None = None     # a page of a drawn attachment (a form), painted where it says
    drawn_depth: float = 0.0           # how far below the block top it reaches (points)

    @property
    def blank(self) -> bool:
        return (not self.lines and self.seal is None and not self.page_break and not self.rules
                and self.drawn is None)


@dataclass
class Header:
    items: list[tuple[TextLine, float]]  # line, distance of its top below the top of the block
    rule_top: float | None                # distance of the red rule's top edge below the block top
    first_row: int                        # grid row where the flow starts on page 1


class Composer:
    def __init__(self, doc: OfficialDocument, ts: Typesetter, labels: dict[str, str], words: list[str],
                 title_source: str = "") -> None:
        self.doc = doc
        self.ts = ts
        self.g = ts.geometry
        self.labels = labels
        self.words = words
        self.title_source = title_source

    # ---- header ---------------------------------------------------------------------------
    def _snap(self, distance: float) -> int:
        """First grid row whose top is at or (a little) above ``distance`` below the block top."""
        return max(0, math.ceil(distance / self.g.line_pitch - 0.3))

    def mark_lines(self, text: str) -> list[TextLine]:
        """The red mark, fitted to the block. A line break in it (中国智慧城市产业联盟\n理事会…纪要)
        is where it wraps when it does not fit on one line and each part does; otherwise the
        words of the title decide."""
        ts, g, W = self.ts, self.g, self.g.block_width
        given = [p.strip() for p in text.split("\n") if p.strip()]
        text = "".join(given)
        unit = ts.width(text, XBS, 1.0)
        if unit * g.mark_size_min_pt <= W:
            parts = [text]
        elif len(given) > 1 and all(ts.width(p, XBS, g.mark_size_min_pt) <= W for p in given):
            parts = given
        else:
            parts = wrap_title(text, lambda c: ts.advance(c, XBS, g.mark_size_min_pt), W, words=self.words)
        widest = max(ts.width(p, XBS, 1.0) for p in parts)
        size = max(g.mark_size_min_pt, min(g.mark_size_max_pt, W / widest))
        lines = []
        for part in parts:
            line = ts.centred(part, XBS, size, track=0.0, color="red")
            natural = ts.width(part, XBS, size)
            if natural > W:  # one unbreakable run too wide even at the smallest size: compress it
                line.h_scale = 100.0 * W / natural
                line.x = 0.0
            lines.append(line)
        return lines

    def header(self) -> Header:
        doc, g, ts = self.doc, self.g, self.ts
        pitch = g.line_pitch
        items: list[tuple[TextLine, float]] = []
        top = g.mark_offset_mm * MM
        marks = self.mark_lines(doc.issuer_mark)
        for k, line in enumerate(marks):
            items.append((line, top + k * line.size * 1.2))
        mark_bottom = top + (len(marks) - 1) * marks[0].size * 1.2 + marks[0].size
        top = mark_bottom + g.mark_blank_lines * pitch  # two blank lines under the mark, exactly
        if doc.kind == "minutes":
            if doc.minutes_number:
                items.append((ts.centred(doc.minutes_number, BODY, g.body_size_pt), top))
                top += pitch
            office = doc.issuing_office or doc.signatory
            if office:
                items.append((ts.single(office, BODY, g.body_size_pt, g.indent(1)), top))
            if doc.date:
                items.append((ts.right_aligned(format_date(doc.date), BODY, g.body_size_pt, g.indent(1)), top))
        elif doc.doc_number:
            items.append((ts.centred(doc.doc_number, BODY, g.body_size_pt), top))
        number_bottom = top + g.body_size_pt
        rule_top = number_bottom + g.rule_gap_mm * MM
        rule_bottom = rule_top + g.rule_thickness_mm * MM
        blank = g.title_blank_lines if doc.title else 1
        return Header(items, rule_top, self._snap(rule_bottom + blank * pitch))

    # ---- flow -----------------------------------------------------------------------------
    def title_rows(self, title: str, segment_text: str | None = None) -> list[Row]:
        ts, g = self.ts, self.g
        size = g.title_size_pt
        parts = wrap_title(title, lambda c: ts.advance(c, XBS, size), g.block_width, words=self.words,
                           segment_text=segment_text)
        return [Row([ts.centred(p, XBS, size, track=0.0)], keep_next=True, role="title") for p in parts]

    def body_rows(self, blocks) -> list[Row]:
        ts, g = self.ts, self.g
        rows: list[Row] = []
        for block, label in zip(blocks, number_headings(blocks)):
            if isinstance(block, Table):
                rows += self.table_rows(block)
                continue
            spans = [(label + block.text, HEADING_ROLE[block.kind])]
            if block.tail:
                spans.append((block.tail, BODY))
            lines = ts.paragraph(spans, g.body_size_pt, first_indent=g.indent(g.paragraph_indent_chars))
            heading = block.kind != "paragraph"
            for k, line in enumerate(lines):
                rows.append(Row([line], keep_next=heading and not block.tail, role="heading" if heading else "text"))
        return rows

    # ---- tables -----------------------------------------------------------------------------
    def table_columns(self, table: Table) -> list[float]:
        """Width of each column (points): sized columns fit their widest cell, the others share the rest."""
        ts, g = self.ts, self.g
        size = g.table_size_pt
        return table.column_widths(lambda text, header: ts.width(text, HEI if header else BODY, size),
                                   g.block_width, size, g.table_padding_em * size)

    def _table_row(self, cells: list[str], role: str, xs: list[float], cols: list[float],
                   centred: list[bool]) -> list[Row]:
        """One table row as grid rows: each cell wrapped in its column, ruled around."""
        ts, g = self.ts, self.g
        size, pad = g.table_size_pt, g.table_padding_em * g.table_size_pt
        cell_lines: list[list[TextLine]] = []
        for k, cell in enumerate(cells):
            inner = cols[k] - 2 * pad
            lines = []
            for text in cell.split("\n"):  # a line break in a cell starts a new line (unit / person)
                text = " ".join(text.split())
                natural = ts.width(text, role, size)
                if not text:
                    continue
                if centred[k] and natural <= inner + 0.01:
                    line = ts.single(text, role, size, 0.0, track=0.0)
                    line.x = xs[k] + (cols[k] - natural) / 2
                    lines.append(line)
                    continue
                for line in ts.paragraph([(text, role)], size, width=inner, track=0.0, justify=False):
                    line.x += xs[k] + pad
                    lines.append(line)
            cell_lines.append(lines)
        height = max([1] + [len(lines) for lines in cell_lines])
        rows = [Row(role="text") for _ in range(height)]
        for lines in cell_lines:  # each cell centred in the row's height
            offset, half = divmod(height - len(lines), 2)
            for j, line in enumerate(lines):
                line.dy = half * g.line_pitch / 2
                rows[offset + j].lines.append(line)
        top = -(g.line_pitch - size) / 2  # the cell box centres the text on its grid line
        bottom = top + g.line_pitch
        edges = xs + [g.block_width]
        for j, row in enumerate(rows):
            row.rules = [(x, top, x, bottom) for x in edges]
            if j == 0:
                row.rules.append((0.0, top, g.block_width, top))
            if j == height - 1:
                row.rules.append((0.0, bottom, g.block_width, bottom))
            row.keep_next = j < height - 1  # a row is not split over two pages
        return rows

    def table_rows(self, table: Table) -> list[Row]:
        cols = self.table_columns(table)
        xs = [sum(cols[:k]) for k in range(len(cols))]
        centred = table.centred or [False] * len(cols)
        header = self._table_row(table.header, HEI, xs, cols, [True] * len(cols))
        for row in header:
            row.keep_next = True  # the header stays with the first row
            row.role = "heading"
        rows = list(header)
        for cells in table.rows:
            body = self._table_row(cells, BODY, xs, cols, centred)
            for row in body:
                row.repeat = header
            rows += body
        return rows

    def attachment_note(self) -> list[Row]:
        ts, g, doc = self.ts, self.g, self.doc
        if not doc.attachments:
            return []
        size, pitch_x = g.body_size_pt, g.grid_char_space
        label = self.labels["attachment"] + "："
        x0 = g.indent(g.note_indent_chars)
        x_num = x0 + ts.width(label, BODY, size, pitch_x) + pitch_x
        rows = [Row(role="blank", optional=True)]
        many = len(doc.attachments) > 1
        numbers = [f"{k}." if many else "" for k in range(1, len(doc.attachments) + 1)]
        num_w = max(ts.width(n, BODY, size) for n in numbers) + (size * 0.25 if many else 0.0)
        for k, (att, number) in enumerate(zip(doc.attachments, numbers)):
            name = att.name.strip().rstrip("。；;，,.、：:")
            x_name = x_num + num_w
            lines = ts.paragraph([(name, BODY)], size, width=g.block_width - x_name, justify=True)
            for j, line in enumerate(lines):
                line.x += x_name
                row = Row([line], role="text")
                if j == 0:
                    if number:
                        row.lines.append(ts.single(number, BODY, size, x_num, track=0.0))
                    if k == 0:
                        row.lines.append(ts.single(label, BODY, size, x0))
                rows.append(row)
        for row in rows[1:-2]:  # the last two names always go with the signature
            row.breakable = True
        return rows

    def signature_rows(self) -> list[Row]:
        ts, g, doc = self.ts, self.g, self.doc
        size, track = g.body_size_pt, g.grid_char_space
        if doc.kind == "minutes" and not doc.signatory:
            return []
        date = format_date(doc.date) if doc.date else ""
        name = doc.signatory
        w_name, w_date = ts.width(name, BODY, size, track), ts.width(date, BODY, size, track)
        W = g.block_width
        if doc.is_sealed:
            x_date = W - g.indent(g.seal_date_indent_chars) - w_date
            centre = x_date + w_date / 2
            x_name = min(centre - w_name / 2, W - w_name)
            name_row = Row([ts.single(name, BODY, size, x_name)], keep_next=True, role="signature")
            if doc.seal_image:
                from reportlab.lib.utils import ImageReader

                iw, ih = ImageReader(str(doc.seal_image)).getSize()
                sw = g.seal_diameter_mm * MM
                sh = sw * ih / iw
                name_row.seal = Seal(str(doc.seal_image), centre, -0.05 * g.line_pitch, sw, sh)
            rows = [Row(keep_next=True, role="blank", optional=True), Row(keep_next=True, role="blank"), name_row]
            reserve = 1.0
        else:
            x_name = W - g.indent(g.plain_name_indent_chars) - w_name
            x_date = x_name + g.indent(g.plain_date_shift_chars)
            if x_date + w_date > W - g.indent(g.plain_name_indent_chars):
                x_date = W - g.indent(g.plain_name_indent_chars) - w_date
                x_name = x_date - g.indent(g.plain_date_shift_chars)
            rows = [Row(keep_next=True, role="blank", optional=True)]
            if name:
                rows.append(Row([ts.single(name, BODY, size, x_name)], keep_next=True, role="signature"))
            reserve = 0.0
        date_row = Row([ts.single(date, BODY, size, x_date)] if date else [], role="signature", reserve=reserve)
        rows.append(date_row)
        if doc.note:
            note = doc.note.strip()
            if not note.startswith(("（", "(")):
                note = f"（{note}）"
            date_row.keep_next = True
            for line in ts.paragraph([(note, BODY)], size, first_indent=g.indent(g.note_indent_chars)):
                rows.append(Row([line], role="signature"))
        return rows

    def attendee_rows(self) -> list[Row]:
        ts, g, doc = self.ts, self.g, self.doc
        rows: list[Row] = []
        for key, names in (("present", doc.present), ("absent", doc.absent), ("observers", doc.observers)):
            names = [n.strip() for n in names if n and n.strip()]
            if not names:
                continue
            label = self.labels[key] + "："
            x0 = g.indent(g.paragraph_indent_chars)
            hang = x0 + ts.width(label, HEI, g.body_size_pt, g.grid_char_space) + g.grid_char_space
            spans = [(label, HEI), ("、".join(names), BODY)]
            # a person's name (what follows the unit and a space: 张堃, 李喆（代王某）) is never split
            nobreak: set[int] = set()
            start = len(label)
            for name in names:
                person = name.rfind(" ") + 1
                nobreak.update(range(start + person + 1, start + len(name)))
                start += len(name) + 1
            for line in ts.paragraph(spans, g.body_size_pt, first_indent=x0, indent=hang, nobreak=nobreak):
                rows.append(Row([line], role="text"))
        if rows:
            rows.insert(0, Row(role="blank", optional=True))
        return rows

    def attachment_pages(self) -> list[Row]:
        ts, g, doc = self.ts, self.g, self.doc
        rows: list[Row] = []
        many = len(doc.attachments) > 1
        for k, att in enumerate(doc.attachments, start=1):
            if not att.body and att.drawn is None:
                continue
            label = self.labels["attachment"] + (str(k) if many else "")
            rows.append(Row([ts.single(label, HEI, g.body_size_pt, 0.0)], page_break=True, role="label"))
            rows.append(Row(role="blank"))
            rows += self.title_rows(att.name.strip())
            rows.append(Row(role="blank"))
            if att.body:
                rows += self.body_rows(att.body)
            if att.drawn is not None:
                rows += self.drawn_rows(att.drawn, first_row=None if att.body else len(rows) - self._last_label(rows))
        return rows

    @staticmethod
    def _last_label(rows: list[Row]) -> int:
        return max(k for k, r in enumerate(rows) if r.role == "label")

    def drawn_rows(self, drawn, first_row: int | None) -> list[Row]:
        """The pages of a drawn attachment: the first under the title (grid row ``first_row`` of the
        attachment's first page), or on a page of its own after typed text (``first_row`` None)."""
        g = self.g
        start = 0 if first_row is None else first_row
        frame = PageFrame(left=g.left, right=g.left + g.block_width, first_top=g.row_top_y(start),
                          top=g.block_top_y, bottom=g.block_bottom_y, fonts=self.ts.fonts,
                          title=first_row is None)
        rows = []
        for k, page in enumerate(drawn(frame)):
            rows.append(Row(page_break=k > 0 or first_row is None, role="drawn", drawn=page,
                            drawn_depth=g.block_top_y - page.bottom))
        return rows

    def flow(self) -> list[Row]:
        doc, ts, g = self.doc, self.ts, self.g
        rows: list[Row] = []
        if doc.title:
            rows += self.title_rows(doc.title, self.title_source)
            if doc.addressees:
                rows += [Row(keep_next=True, role="blank") for _ in range(g.addressee_blank_lines)]
        if doc.addressees:
            text = doc.addressees.strip().rstrip(":：") + "："
            rows += [Row([line], role="addressee") for line in ts.paragraph([(text, BODY)], g.body_size_pt)]
        rows += self.body_rows(doc.body)
        filled = [k for k, r in enumerate(rows) if r.lines and r.role in ("text", "heading")]
        rows += self.attachment_note() + self.attendee_rows()
        signature = self.signature_rows()
        if signature:
            # the last two lines of text go to the signature's page with it (and the
            # attachment note or attendee list between them)
            for r in rows[filled[-2] if len(filled) > 1 else (filled or [len(rows)])[0]:]:
                r.keep_next = True
            for r in signature[:-1]:
                r.keep_next = True
        rows += signature
        rows += self.attachment_pages()
        return rows
