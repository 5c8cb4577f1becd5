"""Measuring and drawing lines of styled Chinese text on a reportlab canvas.

A ``TextLine`` is a list of (character, font role) pairs with an x position, a size
and a character spacing, or (for justified paragraph lines, whose punctuation may
be squeezed and whose Latin words are not letter-spaced) the x of every character.
Drawing resolves each character to a face (the role's face or a fallback that has
the glyph), groups consecutive characters of one face and one spacing into a run and
writes the runs, in reading order, with one text object per line, so the text stays
real, extractable text.
Coordinates here are PDF points; y grows upwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.documents.fonts import FontSet
from core.documents.geometry import PageGeometry
from core.documents.glyphs import side_bearings
from core.documents.linebreak import Char, Line, break_lines


@dataclass
class TextLine:
    chars: list[Char]
    x: float                    # offset of the first character from the left of the block
    size: float
    char_space: float = 0.0
    color: str = "black"        # "black" or "red"
    h_scale: float = 100.0      # horizontal scaling in percent (long issuer marks only)
    offsets: list[float] | None = None  # x of each character from ``x`` (None: spaced by char_space)
    dy: float = 0.0             # drawn this far below the top of its row (table cells centred on half lines)

    @property
    def text(self) -> str:
        return "".join(c for c, _ in self.chars)


@dataclass
class Typesetter:
    geometry: PageGeometry
    fonts: FontSet
    _widths: dict = field(default_factory=dict)
    missing: set = field(default_factory=set)  # characters of this document no face has

    # ---- measuring -------------------------------------------------------------------
    def advance(self, ch: str, role: str, size: float) -> float:
        key = (ch, role)
        w = self._widths.get(key)
        if w is None:
            w = self._widths[key] = self.fonts.face_for(role, ch).width(ord(ch), 1000.0) / 1000.0
        return w * size

    def width(self, text: str, role: str, size: float, track: float = 0.0) -> float:
        """Visible width (no tracking after the last character)."""
        if not text:
            return 0.0
        return sum(self.advance(c, role, size) for c in text) + track * (len(text) - 1)

    def ink(self, ch: str, role: str, size: float) -> tuple[float, float] | None:
        """Left and right side bearings of ``ch``'s ink in points (None when unknown)."""
        face = self.fonts.face_for(role, ch)
        glyph = face.font.face.charToGlyph.get(ord(ch))
        bearings = None if glyph is None else side_bearings(face.path, face.index, glyph)
        if bearings is None:
            return None
        advance = self.advance(ch, role, size)
        return bearings[0] * advance, bearings[1] * advance

    def descent(self, role: str) -> float:
        return self.fonts.face(role).descent

    # ---- making lines ----------------------------------------------------------------
    def paragraph(self, spans: list[tuple[str, str]], size: float, first_indent: float = 0.0,
                  indent: float = 0.0, width: float | None = None, track: float | None = None,
                  justify: bool = True, nobreak: frozenset[int] | set[int] = frozenset()) -> list[TextLine]:
        """Break and justify a paragraph; x offsets are relative to the block's left edge.
        ``nobreak``: character indices before which no line ends (see ``break_lines``)."""
        g = self.geometry
        width = g.block_width if width is None else width
        if track is None:
            track = g.grid_char_space if size == g.body_size_pt else 0.0
        pitch = g.char_pitch if size == g.body_size_pt else None
        lines: list[Line] = break_lines(spans, lambda c, r: self.advance(c, r, size), width,
                                        first_indent, indent, track, ink=lambda c, r: self.ink(c, r, size),
                                        pitch=pitch, nobreak=nobreak)
        return [TextLine(line.chars, line.indent, size, track,
                         offsets=line.offsets(width - line.indent, track, justify)) for line in lines]

    def single(self, text: str, role: str, size: float, x: float = 0.0, track: float | None = None,
               color: str = "black") -> TextLine:
        g = self.geometry
        if track is None:
            track = g.grid_char_space if size == g.body_size_pt else 0.0
        return TextLine([(c, role) for c in text], x, size, track, color)

    def centred(self, text: str, role: str, size: float, track: float | None = None,
                color: str = "black", width: float | None = None) -> TextLine:
        line = self.single(text, role, size, 0.0, track, color)
        width = self.geometry.block_width if width is None else width
        line.x = (width - self.width(text, role, size, line.char_space)) / 2
        return line

    def right_aligned(self, text: str, role: str, size: float, right_indent: float,
                      track: float | None = None) -> TextLine:
        line = self.single(text, role, size, 0.0, track)
        line.x = self.geometry.block_width - right_indent - self.width(text, role, size, line.char_space)
        return line

    # ---- drawing --------------------------------------------------------------------------
    def set_red(self, canvas, stroke: bool = False) -> None:
        space, values = self.geometry.red_components()
        if space == "cmyk":
            canvas.setFillColorCMYK(*values)
            if stroke:
                canvas.setStrokeColorCMYK(*values)
        else:
            canvas.setFillColorRGB(*values)
            if stroke:
                canvas.setStrokeColorRGB(*values)

    def _segments(self, line: TextLine, runs):
        """(face, bold, char spacing, chars): the runs, split where the spacing changes.

        Each character is drawn with the spacing that follows it (``Tc``), so the text
        flows without repositioning and a PDF reader sees every character's box end
        where the next one starts: no false word spaces, squeezed marks narrower. The
        last character keeps the plain tracking, so a justified line ends on the edge.
        """
        if line.offsets is None:
            for face, bold, chars in runs:
                yield face, bold, line.char_space, chars
            return
        xs, n = line.offsets, len(line.chars)

        def gap(k: int) -> float:  # space after character k
            if k + 1 >= n:
                return line.char_space
            ch, role = line.chars[k]
            return xs[k + 1] - xs[k] - self.advance(ch, role, line.size)

        k = 0
        for face, bold, chars in runs:
            start, stop = k, k + len(chars)
            while start < stop:
                spacing = gap(start)
                end = start + 1
                while end < stop and abs(gap(end) - spacing) < 1e-6:
                    end += 1
                yield face, bold, spacing, chars[start - k:end - k]
                start = end
            k = stop

    def draw_line(self, canvas, line: TextLine, top_y: float) -> None:
        """Draw ``line`` with the top of its em box at PDF y ``top_y``."""
        if not line.chars:
            return
        g = self.geometry
        first_role = line.chars[0][1]
        baseline = top_y - line.size * (1.0 + self.descent(first_role))
        runs: list[tuple[object, bool, list[str]]] = []
        for ch, role in line.chars:
            face = self.fonts.face_for(role, ch)
            if not face.has(ord(ch)) and not ch.isspace():
                self.missing.add(ch)
            bold = role in self.fonts.faux_bold
            if runs and runs[-1][0] is face and runs[-1][1] == bold:
                runs[-1][2].append(ch)
            else:
                runs.append((face, bold, [ch]))
        canvas.saveState()
        if line.color == "red":
            self.set_red(canvas, stroke=True)
        else:
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setStrokeColorRGB(0, 0, 0)
        if any(bold for _f, bold, _c in runs):
            canvas.setLineWidth(line.size * g.faux_bold_ratio)
            canvas.setLineJoin(1)
        text = canvas.beginText(g.left + line.x, baseline)
        text.setCharSpace(line.char_space)
        if line.h_scale != 100.0:
            text.setHorizScale(line.h_scale)
        mode = 0
        spacing_now = line.char_space
        x_start = line.offsets[0] if line.offsets else 0.0
        if x_start:
            text.setTextOrigin(g.left + line.x + x_start, baseline)
        for face, bold, spacing, chars in self._segments(line, runs):
            want = 2 if bold else 0
            if want != mode:
                text.setTextRenderMode(want)
                mode = want
            if spacing != spacing_now:
                text.setCharSpace(spacing)
                spacing_now = spacing
            text.setFont(face.name, line.size)
            text.textOut("".join(chars))
        canvas.drawText(text)
        canvas.restoreState()
