"""Low-level font file handling for reportlab: checks, registration, cmaps.

reportlab 5.1 writes each subset's ToUnicode CMap with four hex digits per
character, so a character beyond the BMP (𠮷 U+20BB7) would be copied out of the
PDF as U+20BB. ``_TTFont`` writes UTF-16 (surrogate pairs) instead; everything else
is reportlab's own embedding (TrueType subsets of at most 256 glyphs, FontFile2).
"""

from __future__ import annotations

import os
import struct
import threading

from reportlab.pdfbase import pdfmetrics, ttfonts

_lock = threading.RLock()
_registered: dict[tuple[str, int], ttfonts.TTFont] = {}
_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _utf16_hex(code: int) -> str:
    return "%04X" % code if code < 0x10000 else chr(code).encode("utf-16-be").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with characters beyond the BMP written as surrogate pairs."""
    text = _reportlab_cmap(fontname, [0] * len(subset))
    head, _sep, tail = text.partition("%d beginbfchar" % len(subset))
    body = "\n".join("<%02X> <%s>" % (i, _utf16_hex(v)) for i, v in enumerate(subset))
    tail = tail[tail.index("endbfchar"):]
    return f"{head}{len(subset)} beginbfchar\n{body}\n{tail}"


class _TTFont(ttfonts.TTFont):
    def addObjects(self, doc):  # noqa: N802 (reportlab's name)
        with _lock:
            ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
            try:
                super().addObjects(doc)
            finally:
                ttfonts.makeToUnicodeCMap = _reportlab_cmap


def is_truetype(path: str, index: int = 0) -> bool:
    """True for TrueType outlines (.ttf, or subfont ``index`` of a .ttc); False for CFF/OTF or junk."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if head[:4] == b"ttcf":
                count = struct.unpack(">I", head[8:12])[0]
                if index >= count:
                    return False
                fh.seek(12 + 4 * index)
                fh.seek(struct.unpack(">I", fh.read(4))[0])
                head = fh.read(4)
            return head[:4] in (b"\x00\x01\x00\x00", b"true")
    except (OSError, struct.error):
        return False


def register(path: str, index: int = 0) -> ttfonts.TTFont:
    """Register (once per process) and return the reportlab font for a face."""
    key = (path, index)
    with _lock:
        font = _registered.get(key)
        if font is None:
            stem = os.path.splitext(os.path.basename(path))[0]
            name = f"gbt-{stem}-{index}-{len(_registered)}"
            font = _TTFont(name, path, subfontIndex=index)
            pdfmetrics.registerFont(font)
            _registered[key] = font
        return font


def read_cmap(path: str, index: int = 0) -> frozenset[int]:
    """The code points a face maps (read with fontTools, tables loaded lazily)."""
    from fontTools.ttLib import TTFont as FTFont

    font = FTFont(path, fontNumber=index, lazy=True)
    try:
        return frozenset(font.getBestCmap() or {})
    finally:
        font.close()
