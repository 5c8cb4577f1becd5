"""Where a glyph's ink lies inside its advance, read straight from the TrueType file.

The line breaker needs it for punctuation only: which half of a full-width mark is
empty and may be squeezed out (Simplified faces put 。，、 in the left half, Taiwan
faces centre them), and how far the ink of an em dash stops short of its box, so
that —— is drawn as one unbroken dash. Only the few bytes of one glyph are read
(table directory, ``head``, ``hhea``, ``hmtx``, ``loca``, the glyph's header): a
CJK face's cmap is never parsed twice (the glyph id comes from reportlab's parse).
Results are cached per face and glyph; a damaged face only loses the squeezing.
"""

from __future__ import annotations

import struct
import threading
from functools import lru_cache

_lock = threading.Lock()


@lru_cache(maxsize=16)
def _tables(path: str, index: int) -> dict[str, tuple[int, int]] | None:
    """{tag: (offset, length)} of subfont ``index`` of ``path``."""
    with open(path, "rb") as fh:
        head = fh.read(12)
        base = 0
        if head[:4] == b"ttcf":
            fh.seek(12 + 4 * index)
            (base,) = struct.unpack(">I", fh.read(4))
            fh.seek(base)
            head = fh.read(12)
        (count,) = struct.unpack(">H", head[4:6])
        fh.seek(base + 12)
        raw = fh.read(16 * count)
    tables = {}
    for k in range(count):
        tag, _sum, offset, length = struct.unpack(">4sIII", raw[16 * k:16 * k + 16])
        tables[tag.decode("latin-1")] = (offset, length)
    return tables if {"head", "hhea", "hmtx", "loca", "glyf"} <= tables.keys() else None


def _read(fh, offset: int, size: int) -> bytes:
    fh.seek(offset)
    data = fh.read(size)
    if len(data) != size:
        raise ValueError("truncated font")
    return data


@lru_cache(maxsize=4096)
def side_bearings(path: str, index: int, glyph: int) -> tuple[float, float] | None:
    """(left, right) side bearings of glyph ``glyph``'s ink as shares of its advance; None if unknown."""
    try:
        with _lock:
            tables = _tables(path, index)
            if tables is None:
                return None
            with open(path, "rb") as fh:
                (long_loca,) = struct.unpack(">h", _read(fh, tables["head"][0] + 50, 2))
                (metrics,) = struct.unpack(">H", _read(fh, tables["hhea"][0] + 34, 2))
                entry = min(glyph, metrics - 1)
                (advance,) = struct.unpack(">H", _read(fh, tables["hmtx"][0] + 4 * entry, 2))
                if long_loca:
                    start, end = struct.unpack(">II", _read(fh, tables["loca"][0] + 4 * glyph, 8))
                else:
                    start, end = (2 * v for v in struct.unpack(">HH", _read(fh, tables["loca"][0] + 2 * glyph, 4)))
                if end <= start or advance <= 0:
                    return None  # a blank glyph
                _contours, x_min, _y_min, x_max, _y_max = struct.unpack(
                    ">hhhhh", _read(fh, tables["glyf"][0] + start, 10))
        return x_min / advance, (advance - x_max) / advance
    except (OSError, ValueError, struct.error):
        return None
