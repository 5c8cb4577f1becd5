"""The 草稿 (draft) mark across the pages of a document that is not issued yet.

Drawn as the outlines of the glyphs, not as text: a clerk who copies text out of a
draft PDF gets the notice's text only, never a stray 草 or 稿 in the middle of it.
"""

from __future__ import annotations

import functools

MARK = "草稿"
GREY = 0.86
SIZE_PT = 150
ANGLE = 35


@functools.lru_cache(maxsize=8)
def _outlines(path: str, index: int, text: str) -> tuple[int, list[tuple[str, tuple]]]:
    """(units per em, drawing operations) of ``text`` in one face, glyphs side by side."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=index, lazy=True)
    cmap = font.getBestCmap()
    glyphs = font.getGlyphSet()
    ops: list[tuple[str, tuple]] = []

    class Pen(BasePen):
        def __init__(self, shift: float) -> None:
            super().__init__(glyphs)
            self.shift = shift

        def _moveTo(self, p):  # noqa: N802 (fontTools' names)
            ops.append(("moveTo", (p[0] + self.shift, p[1])))

        def _lineTo(self, p):  # noqa: N802
            ops.append(("lineTo", (p[0] + self.shift, p[1])))

        def _curveToOne(self, p1, p2, p3):  # noqa: N802
            ops.append(("curveTo", (p1[0] + self.shift, p1[1], p2[0] + self.shift, p2[1], p3[0] + self.shift,
                                    p3[1])))

        def _closePath(self):  # noqa: N802
            ops.append(("close", ()))

    x = 0.0
    for ch in text:
        name = cmap.get(ord(ch))
        if name is None:
            continue
        glyphs[name].draw(Pen(x))
        x += glyphs[name].width
    ops.append(("width", (x,)))
    return font["head"].unitsPerEm, ops


FORM = "DraftMark"


def draw_draft_mark(c, page_width: float, page_height: float, path: str, index: int,  # type: ignore[no-untyped-def]
                    text: str = MARK) -> None:
    """A large light-grey 草稿 (or ``text``: 征求意见稿) across the middle of the page, under
    nothing important.

    The outlines are written once per PDF, as a form that every page draws (a long draft
    neither grows nor slows down by a page's worth of curves per page)."""
    name = f"{FORM}{sum(map(ord, text))}"
    if getattr(c, "_draft_mark_form", None) != (path, index, text):
        upm, ops = _outlines(path, index, text)
        width = ops[-1][1][0] if ops and ops[-1][0] == "width" else 0
        if not width:
            return
        c.beginForm(name)
        _draw(c, page_width, page_height, upm, ops, width, len(text))
        c.endForm()
        c._draft_mark_form = (path, index, text)
    c.doForm(name)


def _draw(c, page_width: float, page_height: float, upm: int, ops: list, width: float,  # type: ignore[no-untyped-def]
          count: int = 2) -> None:
    scale = SIZE_PT * min(1.0, 3.2 / count) / upm  # longer marks smaller: 征求意见稿 fits the page
    c.saveState()
    c.setFillGray(GREY)
    c.translate(page_width / 2, page_height / 2)
    c.rotate(ANGLE)
    c.scale(scale, scale)
    c.translate(-width / 2, -upm * 0.38)
    p = c.beginPath()
    for op, args in ops:
        if op == "moveTo":
            p.moveTo(*args)
        elif op == "lineTo":
            p.lineTo(*args)
        elif op == "curveTo":
            p.curveTo(*args)
        elif op == "close":
            p.close()
    c.drawPath(p, stroke=0, fill=1, fillMode=1)
    c.restoreState()
