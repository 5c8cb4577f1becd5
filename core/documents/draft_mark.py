"""The 草稿 (draft) mark across the pages of a document that is not issued yet.

Drawn as the outlines of the glyphs, not as text: a clerk who copies text out of a
draft PDF gets the notice's text only, never a stray 草 or 稿 in the middle of it.
"""

from __future__ import annotations

import functools
import struct

MARK = "草稿"
GREY = 0.86
SIZE_PT = 150
ANGLE = 35


class _Glyphs:
    """The glyphs of a face read straight from its file, by glyph id, through the face parsed for
    the PDF (cached on disk: cmap, loca offsets, advances): a fresh process reads the mark's few
    glyphs, not the whole glyph table. A name of this set is the glyph id (fontTools' pens ask for
    a composite glyph's components by name)."""

    extended = False  # as fontTools' glyf table: 24-bit component ids off

    def __init__(self, path: str, index: int) -> None:
        from core.documents.pdffonts import load_face

        self.depth = 0  # components are drawn inside their glyph
        self.face = load_face(path, index)
        self.start = self.face.table["glyf"]["offset"]
        self.file = open(self.face.filename, "rb")  # noqa: SIM115 - closed by close()

    def close(self) -> None:
        self.file.close()

    def getGlyphName(self, gid: int) -> str:  # noqa: N802 (fontTools' name)
        return str(gid)

    def __getitem__(self, name: str) -> "_Glyph":
        return _Glyph(self, int(name))


class _Glyph:
    def __init__(self, glyphs: _Glyphs, gid: int) -> None:
        self.glyphs, self.gid = glyphs, gid
        self.width, lsb = glyphs.face.hmetrics[min(gid, len(glyphs.face.hmetrics) - 1)]
        self.lsb = lsb - 0x10000 if lsb >= 0x8000 else lsb  # kept as read: an unsigned 16-bit number

    def draw(self, pen) -> None:  # type: ignore[no-untyped-def]
        """As fontTools' glyph set draws it: a glyph placed by its left side bearing (hmtx), not its xMin."""
        from fontTools.ttLib.tables._g_l_y_f import Glyph

        g = self.glyphs
        start, end = g.face.glyphPos[self.gid], g.face.glyphPos[self.gid + 1]
        g.file.seek(g.start + start)
        glyph = Glyph(g.file.read(end - start))
        glyph.expand(g)
        offset = self.lsb - glyph.xMin if hasattr(glyph, "xMin") and not g.depth else 0
        g.depth += 1
        try:
            glyph.draw(pen, g, offset)
        finally:
            g.depth -= 1


def _direct(path: str, index: int) -> tuple[int, object, callable]:  # type: ignore[valid-type]
    glyphs = _Glyphs(path, index)
    cmap = glyphs.face.charToGlyph
    return glyphs.face.unitsPerEm, glyphs, lambda ch: (str(cmap[ord(ch)]) if ord(ch) in cmap else None)


def _parsed(path: str, index: int) -> tuple[int, object, callable]:  # type: ignore[valid-type]
    """The same through fontTools' whole parse of the face (slower: cmap and glyph names of every glyph)."""
    from fontTools.ttLib import TTFont

    font = TTFont(path, fontNumber=index, lazy=True)
    cmap = font.getBestCmap()
    return font["head"].unitsPerEm, font.getGlyphSet(), lambda ch: cmap.get(ord(ch))


class _NotSimple(Exception):
    """A glyph this module does not draw itself (composite, cubic, no on-curve point)."""


def _points(data: bytes) -> tuple[list[int], list[int], list[int], list[int], int]:
    """(contour ends, flags, x, y, xMin) of a simple TrueType glyph's record."""
    (count,) = struct.unpack_from(">h", data)
    if count < 0:
        raise _NotSimple("composite")
    if count == 0:
        return [], [], [], [], 0
    x_min = struct.unpack_from(">h", data, 2)[0]
    ends = list(struct.unpack_from(f">{count}H", data, 10))
    pos = 10 + 2 * count
    pos += 2 + struct.unpack_from(">H", data, pos)[0]  # instructions skipped
    total = ends[-1] + 1
    flags: list[int] = []
    while len(flags) < total:
        flag = data[pos]
        pos += 1
        flags.append(flag)
        if flag & 0x08:  # repeated
            flags += [flag] * data[pos]
            pos += 1
    flags = flags[:total]
    if any(flag & 0x80 for flag in flags):
        raise _NotSimple("cubic")
    coordinates = []
    for short, same in ((0x02, 0x10), (0x04, 0x20)):
        value, values = 0, []
        for flag in flags:
            if flag & short:
                value += data[pos] if flag & same else -data[pos]
                pos += 1
            elif not flag & same:
                value += struct.unpack_from(">h", data, pos)[0]
                pos += 2
            values.append(value)
        coordinates.append(values)
    return ends, flags, coordinates[0], coordinates[1], x_min


def _simple_ops(data: bytes, offset: float, shift: float, ops: list) -> None:
    """The drawing operations of a simple glyph, as fontTools' glyph set and BasePen give them:
    each contour from its last on-curve point, quadratic segments split at implied points and
    raised to cubic ones."""
    ends, flags, xs, ys, x_min = _points(data)
    offset -= x_min
    start = 0
    for end in ends:
        points = [(x + offset, y) for x, y in zip(xs[start:end + 1], ys[start:end + 1])]
        on = [flag & 1 for flag in flags[start:end + 1]]
        start = end + 1
        if 1 not in on:
            raise _NotSimple("no on-curve point")
        first = on.index(1) + 1
        points, on = points[first:] + points[:first], on[first:] + on[:first]
        current = points[-1]
        ops.append(("moveTo", (current[0] + shift, current[1])))
        while points:
            step = on.index(1) + 1
            if step == 1:
                if len(points) > 1:
                    current = points[0]
                    ops.append(("lineTo", (current[0] + shift, current[1])))
            else:
                segment = points[:step]
                for k, control in enumerate(segment[:-1]):
                    after = segment[k + 1]
                    target = after if k == step - 2 else ((control[0] + after[0]) * 0.5,
                                                          (control[1] + after[1]) * 0.5)
                    c1 = (current[0] + 0.66666666666666667 * (control[0] - current[0]),
                          current[1] + 0.66666666666666667 * (control[1] - current[1]))
                    c2 = (target[0] + 0.66666666666666667 * (control[0] - target[0]),
                          target[1] + 0.66666666666666667 * (control[1] - target[1]))
                    ops.append(("curveTo", (c1[0] + shift, c1[1], c2[0] + shift, c2[1], target[0] + shift,
                                            target[1])))
                    current = target
            points, on = points[step:], on[step:]
        ops.append(("close", ()))


def _read_ops(path: str, index: int, text: str) -> tuple[int, list[tuple[str, tuple]]]:
    """The outlines of ``text`` read with no font library: the face parsed for the PDF (cached on
    disk) gives the glyph ids, advances and the glyphs' places in the file; each glyph is decoded
    here. Raises _NotSimple for a glyph to leave to fontTools."""
    from core.documents.pdffonts import load_face

    face = load_face(path, index)
    start = face.table["glyf"]["offset"]
    ops: list[tuple[str, tuple]] = []
    x = 0.0
    with open(face.filename, "rb") as fh:
        for ch in text:
            gid = face.charToGlyph.get(ord(ch))
            if gid is None:
                continue
            width, lsb = face.hmetrics[min(gid, len(face.hmetrics) - 1)]
            lsb = lsb - 0x10000 if lsb >= 0x8000 else lsb
            fh.seek(start + face.glyphPos[gid])
            data = fh.read(face.glyphPos[gid + 1] - face.glyphPos[gid])
            if data:
                _simple_ops(data, lsb, x, ops)
            x += width
    ops.append(("width", (x,)))
    return face.unitsPerEm, ops


@functools.lru_cache(maxsize=8)
def _outlines(path: str, index: int, text: str) -> tuple[int, list[tuple[str, tuple]]]:
    """(units per em, drawing operations) of ``text`` in one face, glyphs side by side."""
    try:
        return _read_ops(path, index, text)
    except Exception:  # noqa: BLE001 - composite glyphs, or a face the reader does not know
        pass
    try:
        return _trace(*_direct(path, index), text)
    except Exception:  # noqa: BLE001 - a face the direct reader does not know: fontTools parses it
        return _trace(*_parsed(path, index), text)


def _trace(upm: int, glyphs, name_of, text: str) -> tuple[int, list[tuple[str, tuple]]]:  # type: ignore[no-untyped-def]
    from fontTools.pens.basePen import BasePen

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

    try:
        x = 0.0
        for ch in text:
            name = name_of(ch)
            if name is None:
                continue
            glyphs[name].draw(Pen(x))
            x += glyphs[name].width
        ops.append(("width", (x,)))
    finally:
        if hasattr(glyphs, "close"):
            glyphs.close()
    return upm, ops


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
