"""The Chinese font a fillable form carries for what recipients type.

Readers draw a field's value with the font its /DA names, taken from the form's /DR.
A CJK face embedded whole weighs 10-20 MB; embedded as the usual subset of the
characters already on the page it holds none of what a recipient will type. So the
form carries a *typing subset* for its script:

* Simplified: the 8,105 characters of 通用规范汉字表 (2013; resources/forms/tgh2013.txt,
  which has the name characters GB 2312 lacks: 堃 喆 镕...) and all of GB 2312;
* Traditional: the 5,401 常用字 of Big5 level 1 and the 通用规范 list in Traditional forms
  (OpenCC s2t: 鎔, and 喆 unchanged);
* both: ASCII, Latin-1, general and CJK punctuation, circled numbers, full-width forms.

Drawn from a Hei (黑体) face, whose simple strokes keep about 8,500 glyphs near 1.5 MB
compressed (a Song face needs about 2.4 MB, over the 2 MB budget of a form sent by
e-mail). Should a face still exceed the budget, the subset falls back to GB 2312 (or
Big5 level 1) alone.

A character outside the subset (𠮷 and other rare characters) is still stored exactly
in the field's value (/V, Unicode) and read back intact; readers that cannot draw it
with the form's font substitute a system font (PDFium/Chrome, Foxit and Acrobat do),
and the archive copy (:func:`core.forms.pdf.filled_pdf`) draws every character with
the document fonts' per-character fallback.

The subset is made once with fontTools (10-40 s) and kept in the user cache folder,
keyed by the face file's path, size and modification time and the character set's
version; in memory per process.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

CHARSET_VERSION = 2
BUDGET = 1_750_000  # compressed bytes of the font stream, leaving room for the page under 2 MB
_lock = threading.Lock()
_memory: dict[tuple, "TypingFont"] = {}


@dataclass(frozen=True)
class TypingFont:
    data: bytes              # the TrueType subset (cmap kept: Unicode -> glyph id)
    cmap: dict[int, int]     # code point -> glyph id in ``data``
    widths: dict[int, int]   # glyph id -> advance in 1/1000 em (only those not 1000)
    ascent: int
    descent: int
    bbox: tuple[int, int, int, int]
    name: str                # PostScript name of the face, without the subset tag
    charset: str             # "hans", "hant", or the smaller "gb2312", "big5"
    compressed_size: int

    def has(self, ch: str) -> bool:
        return ord(ch) in self.cmap


def _gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def _big5_level1() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xC7):  # symbols (A1-A3) and the 5,401 常用字 (A440-C67E)
        for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return chars


def _basic() -> set[str]:
    ranges = [(0x20, 0x7F), (0xA0, 0x100), (0x2010, 0x2030), (0x2100, 0x2200), (0x2460, 0x2500),
              (0x3000, 0x3040), (0xFF01, 0xFF66), (0xFFE0, 0xFFE7)]
    return {chr(c) for a, b in ranges for c in range(a, b)}


def _tgh() -> set[str]:
    from core.resources import resource_path

    try:
        return set(resource_path("forms", "tgh2013.txt").read_text(encoding="utf-8").strip())
    except OSError:
        return set()


def _big5_all() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xFA):
        for lo in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                chars.add(bytes((hi, lo)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return chars


def _tgh_traditional() -> set[str]:
    """The 通用规范 characters as Traditional text writes them (OpenCC s2t, one character each)."""
    from core.documents.script import _converter

    conv = _converter("s2t")
    chars = sorted(_tgh())
    converted = conv.convert("\n".join(chars)).split("\n")
    return {c for c in converted if len(c) == 1}


def charset(kind: str) -> set[str]:
    if kind == "hans":
        return _tgh() | _gb2312() | _basic()
    if kind == "hant":
        return _big5_level1() | _tgh_traditional() | _basic()
    if kind == "gb2312":
        return _gb2312() | _basic()
    return _big5_level1() | _basic()


def _face_for(fonts) -> tuple[str, int]:
    """The Hei face of the font set (SimHei on Windows, WenQuanYi Zen Hei on Debian), else its Song face."""
    face = fonts.face("hei")
    return face.path, face.index


def _cache_path(path: str, index: int, kind: str) -> Path | None:
    try:
        from core.paths import cache_dir

        st = os.stat(path)
        key = f"{os.path.realpath(path)}#{index}#{st.st_size}#{st.st_mtime_ns}#{kind}#{CHARSET_VERSION}"
        digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
        return cache_dir() / "forms" / f"typing-{Path(path).stem[:30]}-{digest}.ttf"
    except OSError:
        return None


def _subset(path: str, index: int, chars: set[str]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    import logging

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)
    font = TTFont(path, fontNumber=index, lazy=True, recalcBBoxes=False, recalcTimestamp=False)
    opts = subset.Options()
    opts.hinting = True  # glyphs copied as they are (dropping hints would decompile every glyph: 60 s)
    opts.layout_features = []
    opts.name_IDs = [1, 2, 3, 4, 6]
    opts.notdef_outline = True
    opts.glyph_names = False
    opts.drop_tables += ["vhea", "vmtx", "GSUB", "GPOS", "GDEF", "morx", "EBDT", "EBLC", "EBSC", "bdat", "bloc",
                         "BDF ", "FFTM", "gasp", "VDMX", "hdmx", "LTSH", "DSIG", "kern"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _describe(data: bytes, kind: str) -> TypingFont:
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(data))
    scale = 1000.0 / font["head"].unitsPerEm
    order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    cmap = {code: order[name] for code, name in font.getBestCmap().items()}
    widths = {}
    for name, (advance, _lsb) in font["hmtx"].metrics.items():
        w = round(advance * scale)
        if w != 1000:
            widths[order[name]] = w
    head, hhea = font["head"], font["hhea"]
    bbox = tuple(round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax))
    ps = font["name"].getDebugName(6) or "CJKTyping"
    ps = "".join(c for c in ps if c.isascii() and c.isalnum() or c == "-") or "CJKTyping"
    return TypingFont(data, cmap, widths, round(hhea.ascent * scale), round(hhea.descent * scale), bbox, ps, kind,
                      len(zlib.compress(data, 6)))


def typing_font(fonts, script: str = "hans") -> TypingFont:
    """The typing subset for the font set ``fonts`` (core.documents.fonts.FontSet)."""
    path, index = _face_for(fonts)
    for kind in (("hant", "big5") if script.startswith("hant") else ("hans", "gb2312")):
        key = (os.path.realpath(path), index, kind)
        with _lock:
            found = _memory.get(key)
            if found is None:
                target = _cache_path(path, index, kind)
                data = None
                if target is not None and target.is_file():
                    try:
                        data = target.read_bytes()
                        found = _describe(data, kind)
                    except Exception:  # noqa: BLE001 - a damaged cache file is made again
                        data = found = None
                if found is None:
                    data = _subset(path, index, charset(kind))
                    found = _describe(data, kind)
                    if target is not None:
                        try:
                            target.parent.mkdir(parents=True, exist_ok=True)
                            tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
                            tmp.write_bytes(data)
                            os.replace(tmp, target)
                        except OSError:
                            pass
                _memory[key] = found
        if found.compressed_size <= BUDGET or kind in ("big5", "gb2312"):
            return found
    return found  # pragma: no cover
