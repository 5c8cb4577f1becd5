"""Where a glyph's ink lies inside its advance, read from the font file (fontTools).

The line breaker needs it for punctuation only: which half of a full-width mark is
empty and may be squeezed out (Simplified faces put 。，、 in the left half, Taiwan
faces centre them), and how far the ink of an em dash stops short of its box, so
that —— is drawn as one unbroken dash. Results are cached per face and character.
"""

from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=16)
def _font(path: str, index: int):
    from fontTools.ttLib import TTFont

    return TTFont(path, fontNumber=index, lazy=True)


@lru_cache(maxsize=4096)
def side_bearings(path: str, index: int, ch: str) -> tuple[float, float] | None:
    """(left, right) side bearings of ``ch``'s ink as shares of its advance; None if unknown or blank."""
    try:
        with _lock:
            font = _font(path, index)
            glyph = font.getBestCmap().get(ord(ch))
            if glyph is None:
                return None
            advance, _lsb = font["hmtx"][glyph]
            if "glyf" not in font or advance <= 0:
                return None
            table = font["glyf"]
            g = table[glyph]
            if g.numberOfContours == 0:
                return None
            g.recalcBounds(table)
            return g.xMin / advance, (advance - g.xMax) / advance
    except Exception:  # noqa: BLE001 - a damaged face only loses the squeezing, never the document
        return None
