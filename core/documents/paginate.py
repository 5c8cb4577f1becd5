"""Distribute grid rows over pages and find the page of the closing block (版记).

Rules: a page holds ``lines_per_page`` rows (page 1 starts under the header); blank
rows are dropped at the top of a page; a chain of rows linked by ``keep_next`` moves
to the next page as a whole when it does not fit (unless it is longer than a page);
a row's ``reserve`` (the lower half of a seal) must fit below it too; a table row that
starts a page gets its table's header rows above it (``Row.repeat``). Before a
chain moves, it is tightened (its optional blank lines dropped) if that makes it
fit; page 1 always keeps at least one line of body text; and a chain that would
leave more than a third of a page empty (a long attachment note kept with the
signature) is split instead: its rows fill this page until what is left of the
chain moves with the page at least half full. The closing
block sits at the bottom of the last page when the content leaves room for it,
otherwise on a page of its own; with ``closing_on_even_page`` (duplex printing) a
blank page is added so that it lands on an even page. Blank and closing-only pages
carry no page number.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.documents.compose import Row


@dataclass
class Page:
    rows: list[tuple[int, Row]] = field(default_factory=list)  # (grid row index, row)
    first: bool = False        # carries the header
    tightened: bool = False    # optional blank lines were dropped to keep a chain here
    closing: bool = False      # carries the closing block
    numbered: bool = True

    @property
    def has_content(self) -> bool:
        return self.first or any(r.lines or r.seal or r.drawn for _i, r in self.rows)


_TEXT = ("text", "heading")


def _has_text(page: Page) -> bool:
    return any(r.role in _TEXT and r.lines for _i, r in page.rows)


def _chain_end(rows: list[Row], i: int) -> int:
    j = i
    while j + 1 < len(rows) and rows[j].keep_next and not rows[j + 1].page_break:
        j += 1
    return j


def paginate(rows: list[Row], first_row: int, lines_per_page: int, tighten: bool = True) -> list[Page]:
    pages = [Page(first=True)]
    pos = first_row
    top = first_row  # the row where content starts on the current page
    i = 0
    while i < len(rows):
        row = rows[i]
        fresh = not pages[-1].rows and not pages[-1].first
        if (row.page_break and not fresh) or pos >= lines_per_page:
            pages.append(Page())
            pos = top = 0
            continue
        if row.blank and pos == top:
            i += 1
            continue
        if row.repeat and not pages[-1].rows and not pages[-1].first:  # a table goes on: its header again
            for header in row.repeat:
                pages[-1].rows.append((pos, header))
                pos += 1
            top = pos
        end = _chain_end(rows, i)
        chain = rows[i:end + 1]
        need = len(chain) + max(r.reserve for r in chain)
        if pos + need > lines_per_page and pos > top and need <= lines_per_page:
            optional = [k for k, r in enumerate(chain) if r.optional]
            over = pos + len(chain) - lines_per_page  # rows too many (the reserve may go too)
            if tighten and len(optional) >= over:  # drop optional blank lines, the last ones first
                drop = set(optional[len(optional) - over:])
                for k, r in enumerate(chain):
                    if k not in drop:
                        pages[-1].rows.append((pos, r))
                        pos += 1
                pages[-1].tightened = True
                i = end + 1
                continue
            costly = row.breakable and lines_per_page - pos > (lines_per_page - top) / 3
            if not costly and not (pages[-1].first and not _has_text(pages[-1])):
                pages.append(Page())
                pos = top = 0
                continue
            # page 1 must carry body text, and a long chain (an attachment note with its
            # signature) may not leave half a page empty: this row stays, the rest moves on
        pages[-1].rows.append((pos, row))
        pos += 1
        i += 1
    return pages


def content_bottom(page: Page, pitch: float) -> float:
    """Distance (pt) below the block top of the lowest thing drawn on ``page``'s flow rows."""
    bottom = 0.0
    for index, row in page.rows:
        for line in row.lines:
            bottom = max(bottom, index * pitch + line.dy + line.size)
        for _x0, y0, _x1, y1 in row.rules:
            bottom = max(bottom, index * pitch + y0, index * pitch + y1)
        if row.seal:
            bottom = max(bottom, index * pitch + row.seal.dy + row.seal.height / 2)
        if row.drawn is not None:
            bottom = max(bottom, row.drawn_depth)
    return bottom


def place_closing(pages: list[Page], closing_height: float, block_height: float, pitch: float,
                  even_page: bool = False, header_bottom: float = 0.0) -> None:
    """Mark the page carrying the closing block, adding pages when it does not fit."""
    last = pages[-1]
    room = block_height - closing_height - 0.3 * pitch
    bottom = max(content_bottom(last, pitch), header_bottom if last.first else 0.0)
    if bottom > room or (even_page and len(pages) % 2 == 1):
        pages.append(Page(numbered=False))
        if even_page and len(pages) % 2 == 1:
            pages.append(Page(numbered=False))  # the blank page stays before the closing page
    pages[-1].closing = True
    for k, page in enumerate(pages):
        if not page.has_content and k > 0:
            page.numbered = False
