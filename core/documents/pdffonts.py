"""Low-level font file handling for reportlab: checks, registration, cmaps, disk cache.

reportlab parses a whole TrueType face when it registers it (cmap, metrics, glyph
offsets: 0.3-0.6 s for a 20 MB CJK face), in every process. The parsed data is kept
on disk in the user cache folder (``core.paths.cache_dir()/fonts``), one file per
face, keyed by the font file's real path, subfont index, size and modification time,
and by the cache format and reportlab versions; those are checked on every load,
with a CRC of the data. A stale, corrupt or unreadable cache file is ignored and
rewritten; a cache folder that cannot be written costs only the parse. A face loaded
from the cache reads its font file only when a subset is embedded, so a PDF embeds
exactly the glyphs it would have without the cache.

reportlab 5.1 writes each subset's ToUnicode CMap with four hex digits per
character, so a character beyond the BMP (𠮷 U+20BB7) would be copied out of the
PDF as U+20BB. ``_TTFont`` writes UTF-16 (surrogate pairs) instead; everything else
is reportlab's own embedding (TrueType subsets of at most 256 glyphs, FontFile2).
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
import sys
import threading
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from pathlib import Path

from core.documents.lazy_pil import defer_pil_image

defer_pil_image()  # before reportlab: Pillow loaded only to draw an image
import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts

from core.errors import UserError
from core.i18n import Msg

_lock = threading.RLock()
_registered: dict[tuple[str, int], ttfonts.TTFont] = {}
_faces: dict[tuple[str, int], ttfonts.TTFontFace] = {}
CACHE_FORMAT = 1
_MAGIC = b"GBTFACE\x00"
# (attribute, array typecode) of the per-character and per-glyph tables, in file order.
_ARRAYS = (("codes", "I"), ("glyphs", "I"), ("widths", "d"), ("advances", "d"), ("bearings", "H"),
           ("glyphPos", "I"))
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
            font = _TTFont.__new__(_TTFont)
            _init_font(font, name, load_face(path, index))
            pdfmetrics.registerFont(font)
            _registered[key] = font
        return font


def _init_font(font: ttfonts.TTFont, name: str, face: ttfonts.TTFontFace) -> None:
    """``TTFont.__init__`` with a face already parsed (or loaded from the cache)."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config

    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = False  # text is drawn character by character, never shaped


def read_cmap(path: str, index: int = 0) -> frozenset[int]:
    """The code points a face maps."""
    return frozenset(load_face(path, index).charToGlyph)


# ---- the disk cache of parsed faces -----------------------------------------------------------

def load_face(path: str, index: int = 0) -> ttfonts.TTFontFace:
    """The parsed face of ``path`` (subfont ``index``): from memory, from the disk cache when it
    matches the font file, else parsed by reportlab (and written to the cache)."""
    key = (os.path.realpath(path), index)
    with _lock:
        face = _faces.get(key)
        if face is None:
            face = _faces[key] = _load_or_parse(key[0], index)
        return face


def _stamp(path: str, index: int) -> dict:
    st = os.stat(path)
    return {"format": CACHE_FORMAT, "reportlab": reportlab.Version, "path": path, "index": index,
            "size": st.st_size, "mtime_ns": st.st_mtime_ns, "byteorder": sys.byteorder}


def cache_file(path: str, index: int) -> Path | None:
    """Where the parsed data of a face is cached (None: no cache folder)."""
    try:
        from core.paths import cache_dir

        folder = cache_dir() / "fonts"
    except OSError:
        return None
    digest = hashlib.sha1(f"{path}#{index}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return folder / f"{Path(path).stem[:40]}-{index}-{digest}.face"


def _load_or_parse(path: str, index: int) -> ttfonts.TTFontFace:
    stamp = _stamp(path, index)
    target = cache_file(path, index)
    if target is not None:
        try:
            return _read_cache(target, stamp)
        except (OSError, ValueError, KeyError, TypeError, struct.error, UnicodeError, OverflowError):
            pass  # missing, stale or damaged: parse the font and write the cache again
    face = ttfonts.TTFontFace(path, subfontIndex=index)
    if target is not None:
        try:
            _write_cache(target, stamp, face)
        except (OSError, ValueError, TypeError, OverflowError):
            pass  # a read-only or full cache folder only costs the parse next time
    return face


def _encode(value):
    if isinstance(value, ttfonts.TTFNameBytes):
        return {"N": value.ustr}
    if isinstance(value, bytes):
        return {"B": value.decode("latin-1")}
    if isinstance(value, tuple):
        return {"T": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise ValueError("dict keys must be strings")
        return {"D": {k: _encode(v) for k, v in value.items()}}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise ValueError(f"cannot cache a {type(value).__name__}")


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        (tag, inner), = value.items()
        if tag == "N":
            return ttfonts.TTFNameBytes(inner.encode("utf-8"))
        if tag == "B":
            return inner.encode("latin-1")
        if tag == "T":
            return tuple(_decode(v) for v in inner)
        if tag == "D":
            return {k: _decode(v) for k, v in inner.items()}
        raise ValueError(f"unknown tag {tag!r}")
    return value


_TABLES = ("charToGlyph", "glyphToChar", "charWidths", "hmetrics", "glyphPos", "_ttf_data", "_pdfScale")


def _write_cache(target: Path, stamp: dict, face: ttfonts.TTFontFace) -> None:
    codes = sorted(face.charToGlyph)
    if set(face.charWidths) != set(codes) or len(face.hmetrics) != face.numGlyphs:
        raise ValueError("unexpected face tables")  # not the layout this cache knows: keep parsing
    tables = {"codes": array("I", codes), "glyphs": array("I", (face.charToGlyph[c] for c in codes)),
              "widths": array("d", (face.charWidths[c] for c in codes)),
              "advances": array("d", (aw for aw, _lsb in face.hmetrics)),
              "bearings": array("H", (lsb for _aw, lsb in face.hmetrics)), "glyphPos": array("I", face.glyphPos)}
    blob = b"".join(tables[name].tobytes() for name, _code in _ARRAYS)
    header = dict(stamp, attributes={k: _encode(v) for k, v in face.__dict__.items() if k not in _TABLES},
                  lengths=[len(tables[name]) for name, _code in _ARRAYS], crc=zlib.crc32(blob))
    head = json.dumps(header, ensure_ascii=True).encode("ascii")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(_MAGIC + struct.pack("<I", len(head)) + head + blob)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _read_cache(target: Path, stamp: dict) -> ttfonts.TTFontFace:
    data = target.read_bytes()
    if data[:len(_MAGIC)] != _MAGIC:
        raise ValueError("not a face cache")
    start = len(_MAGIC) + 4
    (size,) = struct.unpack("<I", data[len(_MAGIC):start])
    header = json.loads(data[start:start + size].decode("ascii"))
    if any(header.get(k) != v for k, v in stamp.items()):
        raise ValueError("stale")
    blob = memoryview(data)[start + size:]
    if zlib.crc32(blob) != header["crc"]:
        raise ValueError("damaged")
    tables: dict[str, array] = {}
    offset = 0
    for (name, code), count in zip(_ARRAYS, header["lengths"], strict=True):
        table = array(code)
        end = offset + count * table.itemsize
        table.frombytes(blob[offset:end])
        if len(table) != count:
            raise ValueError("truncated")
        tables[name] = table
        offset = end
    if offset != len(blob):
        raise ValueError("trailing data")
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update({k: _decode(v) for k, v in header["attributes"].items()})
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
    face._size = header["size"]
    face.charToGlyph = _SortedMap(tables["codes"], tables["glyphs"])
    face.charWidths = _SortedMap(tables["codes"], tables["widths"])
    face.hmetrics = _Pairs(tables["advances"], tables["bearings"])
    face.glyphPos = tables["glyphPos"]
    if len(face.glyphPos) != face.numGlyphs + 1 or len(face.hmetrics) != face.numGlyphs:
        raise ValueError("inconsistent")
    return face


class _SortedMap(Mapping):
    """A read-only dict over a sorted array of keys and a parallel array of values."""

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: array, values: array) -> None:
        self._keys, self._values = keys, values

    def __getitem__(self, key):
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._values[i]
        raise KeyError(key)

    def get(self, key, default=None):
        keys = self._keys
        i = bisect_left(keys, key)
        return self._values[i] if i < len(keys) and keys[i] == key else default

    def __contains__(self, key) -> bool:
        keys = self._keys
        i = bisect_left(keys, key)
        return i < len(keys) and keys[i] == key

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


class _Pairs(Sequence):
    """``hmetrics``: (advance width, left side bearing) of each glyph, over two arrays."""

    __slots__ = ("_a", "_b")

    def __init__(self, a: array, b: array) -> None:
        self._a, self._b = a, b

    def __getitem__(self, i):
        return self._a[i], self._b[i]

    def __len__(self) -> int:
        return len(self._a)


class _CachedFace(ttfonts.TTFontFace):
    """A TTFontFace restored from the cache. The font file is read only to embed a subset: mapped
    for the time of ``makeSubset`` (only the pages of the glyphs used are read, and the glyph table
    is sliced glyph by glyph instead of copied whole), then released."""

    @property
    def _ttf_data(self):  # noqa: D401 (reportlab's attribute)
        data = self.__dict__.get("_data")
        if data is None:
            with open(self.filename, "rb") as fh:
                data = fh.read()
            self._check_size(len(data))
            self.__dict__["_data"] = data
        return data

    def _check_size(self, size: int) -> None:
        if size != self._size:
            raise UserError(Msg("The font file {path} changed while the PDF was being written. Export "
                                "again.", path=self.filename))

    def get_table(self, tag):  # noqa: N802 (reportlab's name)
        if tag == "glyf" and isinstance(self.__dict__.get("_data"), mmap.mmap):
            return _Slice(self.__dict__["_data"], self.table[tag]["offset"], self.table[tag]["length"])
        return super().get_table(tag)

    def makeSubset(self, subset):  # noqa: N802 (reportlab's name)
        if "_data" in self.__dict__:  # already read whole
            return super().makeSubset(subset)
        with open(self.filename, "rb") as fh:
            self._check_size(os.fstat(fh.fileno()).st_size)
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                self.__dict__["_data"] = mapped
                try:
                    return super().makeSubset(subset)
                finally:
                    del self.__dict__["_data"]


class _Slice:
    """A read-only window on a mapped table: slicing it returns bytes."""

    __slots__ = ("_data", "_start", "_length")

    def __init__(self, data, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("only plain slices")
        begin, end, _step = key.indices(self._length)
        return self._data[self._start + begin:self._start + max(begin, end)]

    def __len__(self) -> int:
        return self._length
