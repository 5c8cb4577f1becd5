"""TrueType subsets for the values of a filled form, made fast enough to make one per form.

reportlab makes a subset by re-reading the face's ``loca``/``hmtx`` tables glyph by glyph
in Python (10-15 ms for a CJK face), and at most 256 glyphs per subset. Here the face's
tables are taken once per process from the face reportlab already parsed (glyph offsets,
metrics, cmap); a subset is then the used glyphs sliced out of the font file (plus the
components of composite glyphs, renumbered), new ``loca``/``hmtx``/``maxp``/``hhea`` and
the face's ``head``, ``OS/2``, ``post`` and hinting tables copied: the tables reportlab
embeds, with a short ``name`` table (the face's names only: a CJK face's own carries its
licence in several languages, 20 KB a form). Glyphs are numbered in the order given, from 1 (0 is .notdef),
for a CIDFontType2 with ``/CIDToGIDMap /Identity``: CID = glyph id, any number of glyphs.
"""

from __future__ import annotations

import mmap
import os
import struct
import threading
from array import array
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import Msg

MORE_COMPONENTS, ARGS_ARE_WORDS = 0x20, 0x01
HAVE_SCALE, HAVE_XY_SCALE, HAVE_2X2 = 0x08, 0x40, 0x80
_COPIED = ("OS/2", "cvt ", "fpgm", "prep")
_lock = threading.Lock()
_sources: dict[tuple[str, int], "GlyphSource"] = {}


@dataclass(frozen=True)
class Subset:
    data: bytes                 # the TrueType font program
    gids: dict[int, int]        # code point -> glyph id in ``data`` (= CID)
    widths: dict[int, float]    # glyph id -> advance in 1/1000 em (as the face measures text)


def _name_table(ps_name: str) -> bytes:
    """A ``name`` table with family, style, unique, full and PostScript names (Windows, UTF-16BE)."""
    ids = ((1, ps_name), (2, "Regular"), (3, ps_name), (4, ps_name), (6, ps_name))
    strings = [text.encode("utf-16-be") for _id, text in ids]
    records, offset = [], 0
    for (name_id, _text), data in zip(ids, strings):
        records.append(struct.pack(">HHHHHH", 3, 1, 0x409, name_id, len(data), offset))
        offset += len(data)
    return struct.pack(">HHH", 0, len(ids), 6 + 12 * len(ids)) + b"".join(records) + b"".join(strings)


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    words = array("I", padded)
    if struct.pack("=I", 1) != struct.pack(">I", 1):
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


class GlyphSource:
    """One face's tables, read once: what a subset needs besides the glyphs themselves."""

    def __init__(self, face) -> None:
        self.face = face  # reportlab's parsed face (TTFontFace or the disk cache's)
        self.path = face.filename
        table = face.table
        self.glyf_offset = table["glyf"]["offset"]
        self.positions = face.glyphPos
        self.size = os.path.getsize(self.path)
        with open(self.path, "rb") as fh:
            def read(tag: str) -> bytes:
                fh.seek(table[tag]["offset"])
                return fh.read(table[tag]["length"])

            self.copied = {tag: read(tag) for tag in _COPIED if tag in table}
            name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
            self.ps_name = "".join(c for c in name if c.isascii() and (c.isalnum() or c == "-")) or "Font"
            self.copied["name"] = _name_table(self.ps_name)
            post = read("post")
            self.post = b"\x00\x03\x00\x00" + post[4:16] + b"\x00" * 16
            self.hhea, self.maxp, self.head = read("hhea"), read("maxp"), read("head")
        self.copied["post"] = self.post
        head = bytearray(self.head)
        head[8:12] = b"\0\0\0\0"          # checkSumAdjustment, set for each subset
        struct.pack_into(">h", head, 50, 1)  # long loca offsets
        self.copied["head"] = bytes(head)
        self.sums = {tag: _checksum(data) for tag, data in self.copied.items()}

    def subset(self, codes) -> Subset:
        """The subset drawing ``codes`` (code points, in the order their glyph ids are wanted)."""
        face = self.face
        char_to_glyph, char_widths, default = face.charToGlyph, face.charWidths, face.defaultWidth or 0
        old_of = [0]                 # new glyph id -> old
        new_of = {0: 0}              # old glyph id -> new
        gids: dict[int, int] = {}
        widths: dict[int, float] = {}
        for code in codes:
            old = char_to_glyph.get(code)
            if old is None:  # no face has it: .notdef, under a glyph id of its own (copied text keeps it)
                gids[code] = len(old_of)
                widths[len(old_of)] = char_widths.get(code, default)
                old_of.append(0)
                continue
            new = new_of.get(old)
            if new is None:
                new = new_of[old] = len(old_of)
                old_of.append(old)
                widths[new] = char_widths.get(code, default)
            gids[code] = new
        pos = self.positions
        glyphs: list[bytes] = []
        with open(self.path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size != self.size:
                raise UserError(Msg("The font file {path} changed while the PDF was being written. Export "
                                    "again.", path=self.path))
            with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
                base = self.glyf_offset
                n = 0
                while n < len(old_of):  # components of composite glyphs are appended as they are met
                    old = old_of[n]
                    n += 1
                    glyph = data[base + pos[old]:base + pos[old + 1]]
                    if len(glyph) > 10 and struct.unpack_from(">h", glyph)[0] < 0:
                        glyph = self._renumber(bytearray(glyph), old_of, new_of)
                    glyphs.append(glyph)
        return Subset(self._assemble(old_of, glyphs), gids, widths)

    @staticmethod
    def _renumber(glyph: bytearray, old_of: list[int], new_of: dict[int, int]) -> bytes:
        at, flags = 10, MORE_COMPONENTS
        while flags & MORE_COMPONENTS:
            flags, old = struct.unpack_from(">HH", glyph, at)
            new = new_of.get(old)
            if new is None:
                new = new_of[old] = len(old_of)
                old_of.append(old)
            struct.pack_into(">H", glyph, at + 2, new)
            at += 4 + (4 if flags & ARGS_ARE_WORDS else 2)
            at += 2 if flags & HAVE_SCALE else 4 if flags & HAVE_XY_SCALE else 8 if flags & HAVE_2X2 else 0
        return bytes(glyph)

    def _assemble(self, old_of: list[int], glyphs: list[bytes]) -> bytes:
        count = len(old_of)
        offsets, parts, at = array("I"), [], 0
        for glyph in glyphs:
            offsets.append(at)
            pad = -len(glyph) % 4
            parts.append(glyph + b"\0" * pad if pad else glyph)
            at += len(glyph) + pad
        offsets.append(at)
        metrics = self.face.hmetrics
        hmtx = array("H")
        for old in old_of:
            advance, lsb = metrics[old]
            hmtx.append(int(advance) & 0xFFFF)
            hmtx.append(int(lsb) & 0xFFFF)
        if struct.pack("=H", 1) != struct.pack(">H", 1):
            offsets.byteswap()
            hmtx.byteswap()
        tables = dict(self.copied)
        tables["glyf"] = b"".join(parts)
        tables["loca"] = offsets.tobytes()
        tables["hmtx"] = hmtx.tobytes()
        tables["hhea"] = self.hhea[:34] + struct.pack(">H", count) + self.hhea[36:]
        tables["maxp"] = self.maxp[:4] + struct.pack(">H", count) + self.maxp[6:]
        entries = min(count, 256)  # a small (1, 0) cmap, as reportlab writes: readers go by glyph id
        tables["cmap"] = struct.pack(f">HHHHIHHHHH{entries}H", 0, 1, 1, 0, 12, 6, 10 + 2 * entries, 0, 0,
                                     entries, *range(entries))
        tags = sorted(tables)
        search = 1 << (len(tags).bit_length() - 1)
        header = struct.pack(">IHHHH", 0x00010000, len(tags), search * 16, search.bit_length() - 1,
                             (len(tags) - search) * 16)
        directory, body, offset, total = [header], [], 12 + 16 * len(tags), 0
        for tag in tags:
            table = tables[tag]
            checksum = self.sums.get(tag)
            if checksum is None:
                checksum = _checksum(table)
            total += checksum
            directory.append(struct.pack(">4sIII", tag.encode("latin-1"), checksum, offset, len(table)))
            pad = -len(table) % 4
            body.append(table + b"\0" * pad if pad else table)
            offset += len(table) + pad
        top = b"".join(directory)
        # the whole font's checksum: that of the directory plus those of the (zero-padded) tables
        adjustment = (0xB1B0AFBA - (_checksum(top) + total)) & 0xFFFFFFFF
        head = body[tags.index("head")]
        body[tags.index("head")] = head[:8] + struct.pack(">I", adjustment) + head[12:]
        return top + b"".join(body)


def glyph_source(face) -> GlyphSource:
    """The glyph source of a font set's face (``core.documents.fonts.Face``), made once per process."""
    key = (face.path, face.index)
    with _lock:
        found = _sources.get(key)
        if found is None:
            found = _sources[key] = GlyphSource(face.font.face)
        return found
