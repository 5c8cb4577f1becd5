"""Filled forms made by stamping values on the blank form drawn once.

Drawing a whole filled form with reportlab (table, labels, title, values) and embedding
three font subsets costs 30-40 ms of CPU a form, most of it for what every form of a
batch shares. A :class:`Stamp` draws the blank printable form once with reportlab
(:func:`core.forms.render.render`) and keeps its objects as bytes: page streams, the
label and title fonts, catalog. A filled form is then those bytes unchanged, each page
given a second content stream with the values (placed by
:func:`core.forms.render.value_items`, as the reportlab drawing places them), and, for
each face the values are drawn from (song, then the per-character fallback: 𠮷 from
HanaMinB), one Type0/CIDFontType2 font embedding the subset of the glyphs this form
uses (:mod:`core.forms.subset`) with a ToUnicode CMap (text extracted or copied from
the PDF is the typed text, rare characters included). The result is a flat PDF like
the reportlab one (same keywords and title, no fields).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zlib
from collections.abc import Mapping

from core.forms import layout as L
from core.forms.marker import marker_keywords
from core.forms.render import VALUE_ROLE, render, value_items
from core.forms.spec import FormSpec
from core.forms.subset import glyph_source

_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


def _pdf_text(text: str) -> bytes:
    """A PDF text string: ASCII as a literal, anything else UTF-16BE (with BOM) in hex."""
    if text.isascii():
        return b"(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _num(v: float) -> str:
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _stream(number: int, data: bytes, extra: str = "") -> bytes:
    return (f"{number} 0 obj\n<< /Filter /FlateDecode /Length {len(data)}{extra} >>\nstream\n".encode("ascii")
            + data + b"\nendstream\nendobj\n")


def _obj(number: int, body: str) -> bytes:
    return f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")


def _to_unicode(chars: Mapping[int, int]) -> bytes:
    """CID -> Unicode (UTF-16, surrogate pairs beyond the BMP) for the glyph ids of a subset."""
    items = sorted((gid, code) for code, gid in chars.items() if gid)
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    seen = set()
    unique = [(g, c) for g, c in items if not (g in seen or seen.add(g))]
    for start in range(0, len(unique), 100):
        chunk = unique[start:start + 100]
        out.append(f"{len(chunk)} beginbfchar")
        out += [f"<{gid:04X}> <{chr(code).encode('utf-16-be').hex().upper()}>" for gid, code in chunk]
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode("ascii")


def _widths(widths: Mapping[int, float]) -> str:
    """The /W array: runs of consecutive glyph ids (every glyph is listed: a subset is small)."""
    parts, run_start, run = [], None, []
    for gid in sorted(widths):
        if run_start is not None and gid == run_start + len(run):
            run.append(widths[gid])
            continue
        if run:
            parts.append(f"{run_start} [{' '.join(_num(w) for w in run)}]")
        run_start, run = gid, [widths[gid]]
    if run:
        parts.append(f"{run_start} [{' '.join(_num(w) for w in run)}]")
    return "[" + " ".join(parts) + "]"


class _Template:
    """The blank printable form's objects, as reportlab wrote them, ready to be copied."""

    def __init__(self, pdf: bytes) -> None:
        from pypdf import PdfReader

        start = int(pdf[pdf.rindex(b"startxref") + 9:].split()[0])
        head = pdf[start:start + 40].split()
        if head[0] != b"xref" or head[1] != b"0":
            raise ValueError("unexpected cross-reference table")
        count = int(head[2])
        entries = _XREF_ENTRY.findall(pdf, start, pdf.index(b"trailer", start))
        offsets = [int(off) for off, _gen, kind in entries]
        if len(entries) != count or any(kind != b"n" for _o, _g, kind in entries[1:]):
            raise ValueError("unexpected cross-reference table")
        self.count = count - 1                       # objects 1..count-1, written in order
        ends = offsets[2:] + [start]
        self.objects = [pdf[offsets[n]:ends[n - 1]] for n in range(1, count)]
        for n, data in enumerate(self.objects, 1):
            if not data.startswith(f"{n} 0 obj".encode("ascii")):
                raise ValueError("objects out of order")
        self.header = pdf[:offsets[1]]
        reader = PdfReader(io.BytesIO(pdf))
        trailer = reader.trailer
        self.root, self.info = trailer.raw_get("/Root").idnum, trailer.raw_get("/Info").idnum
        self.pages_ref = trailer["/Root"].raw_get("/Pages").idnum
        self.pages = []
        fonts_ref = None
        fonts = {}
        for page in reader.pages:
            contents = page.raw_get("/Contents")
            box = [float(v) for v in page.mediabox]
            resources = page.raw_get("/Resources").get_object()
            ref = resources.raw_get("/Font")
            fonts_ref = ref.idnum
            for name, value in ref.get_object().items():
                fonts[str(name)] = value.idnum
            self.pages.append((page.indirect_reference.idnum, contents.idnum, box))
        self.fonts_ref, self.fonts = fonts_ref, fonts


class Stamp:
    """The blank form of (spec, script, fonts) drawn once; :meth:`fill` makes a filled copy from it."""

    def __init__(self, spec: FormSpec, script: str, fonts, layout: L.Layout) -> None:
        self.spec, self.script, self.fonts, self.layout = spec, script, fonts, layout
        pdf, _layout = render(spec, script, fonts, layout=layout)
        self.template = _Template(pdf)
        self.title = L.convert_label(spec.title, script)
        self.keywords = marker_keywords(spec)
        self.faux = VALUE_ROLE in fonts.faux_bold

    # ---- the values' page streams -------------------------------------------------------------

    def _page_ops(self, values: Mapping, page_no: int, used: dict) -> list[str]:
        """Content operators of the values of one page; ``used``: face -> {code point: None} (in order)."""
        fonts, ops = self.fonts, []
        face_for = fonts.face_for
        for item in value_items(self.layout, fonts, values, page_no):
            if item[0] == "tick":
                x0, y0, x1, y1 = item[1]
                w, h = x1 - x0, y1 - y0
                ops.append(f"1.1 w {_num(x0 + 0.18 * w)} {_num(y0 + 0.52 * h)} m {_num(x0 + 0.42 * w)} "
                           f"{_num(y0 + 0.2 * h)} l {_num(x0 + 0.86 * w)} {_num(y0 + 0.86 * h)} l S 0.6 w")
                continue
            _kind, text, x, y, size = item
            if not text:
                continue
            ops.append(f"BT {_num(x)} {_num(y)} Td" + (f" 2 Tr {_num(size * 0.035)} w" if self.faux else ""))
            run, face = [], None
            for ch in text:
                f = face_for(VALUE_ROLE, ch)
                if f is not face and run:
                    ops.append(self._show(face, run, size, used))
                    run = []
                face = f
                run.append(ord(ch))
            if run:
                ops.append(self._show(face, run, size, used))
            ops.append("ET" + (" 0 Tr 0.6 w" if self.faux else ""))
        return ops

    @staticmethod
    def _show(face, codes: list[int], size: float, used: dict) -> str:
        chars = used.setdefault(face, {})
        for code in codes:
            chars.setdefault(code, None)
        # the glyph ids are known once every page is placed: keep the codes, spelled out in fill()
        return f"\0{id(face)} {_num(size)} " + " ".join(map(str, codes)) + "\0"

    # ---- the document -------------------------------------------------------------------------

    def fill(self, values: Mapping) -> bytes:
        """The filled, flat PDF of ``values`` (as :func:`core.forms.pdf.filled_pdf` takes them)."""
        t = self.template
        used: dict = {}
        pages_ops = [self._page_ops(values, n, used) for n in range(len(t.pages))]
        next_number = t.count + 1
        faces = {}
        objects: list[bytes] = []
        font_entries = " ".join(f"{name} {ref} 0 R" for name, ref in t.fonts.items())
        for k, (face, chars) in enumerate(used.items()):
            sub = glyph_source(face).subset(chars)
            name = f"/V{k}"
            faces[id(face)] = (name, sub.gids)
            first = next_number
            next_number += 5
            src = face.font.face
            ps = src.name.decode("latin-1") if isinstance(src.name, bytes) else str(src.name)
            ps = "".join(c for c in ps if c.isascii() and (c.isalnum() or c == "-")) or "Font"
            base = "/" + "".join(chr(65 + (k // 26 ** i) % 26) for i in range(6)) + "+" + ps
            objects.append(_stream(first, zlib.compress(sub.data, 6), f" /Length1 {len(sub.data)}"))
            objects.append(_stream(first + 1, zlib.compress(_to_unicode(sub.gids), 6)))
            bbox = " ".join(_num(v) for v in src.bbox)
            objects.append(_obj(first + 2, (
                f"<< /Type /FontDescriptor /FontName {base} /Flags {src.flags & ~32 | 4} /FontBBox [{bbox}] "
                f"/ItalicAngle {_num(src.italicAngle)} /Ascent {_num(src.ascent)} /Descent {_num(src.descent)} "
                f"/CapHeight {_num(src.capHeight)} /StemV {src.stemV} /FontFile2 {first} 0 R >>")))
            objects.append(_obj(first + 3, (
                f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {base} /CIDSystemInfo << /Registry (Adobe) "
                f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {first + 2} 0 R /DW 1000 "
                f"/W {_widths(sub.widths)} /CIDToGIDMap /Identity >>")))
            objects.append(_obj(first + 4, (
                f"<< /Type /Font /Subtype /Type0 /BaseFont {base} /Encoding /Identity-H "
                f"/DescendantFonts [{first + 3} 0 R] /ToUnicode {first + 1} 0 R >>")))
            font_entries += f" {name} {first + 4} 0 R"

        def spell(match: re.Match) -> str:
            face_id, size, *codes = match.group(1).split(" ")
            name, gids = faces[int(face_id)]
            return f"{name} {size} Tf <{''.join(f'{gids[int(c)]:04X}' for c in codes)}> Tj"

        save = next_number
        objects.append(_stream(save, zlib.compress(b"q", 6)))
        next_number += 1
        page_objects = {}
        for (page_ref, contents_ref, box), ops in zip(t.pages, pages_ops):
            content = re.sub("\0([^\0]*)\0", spell, "Q\n" + "\n".join(ops)).encode("ascii")
            objects.append(_stream(next_number, zlib.compress(content, 6)))
            page_objects[page_ref] = _obj(page_ref, (
                f"<< /Type /Page /Parent {t.pages_ref} 0 R /MediaBox [{' '.join(_num(v) for v in box)}] "
                f"/Resources << /Font {t.fonts_ref} 0 R /ProcSet [/PDF /Text] >> /Rotate 0 "
                f"/Contents [{save} 0 R {contents_ref} 0 R {next_number} 0 R] >>"))
            next_number += 1
        now = dt.datetime.now().astimezone()
        offset = now.strftime("%z") or "+0000"
        stamp = now.strftime("D:%Y%m%d%H%M%S") + f"{offset[0]}{offset[1:3]}'{offset[3:5]}'"
        replaced = dict(page_objects)
        replaced[t.fonts_ref] = _obj(t.fonts_ref, f"<< {font_entries} >>")
        replaced[t.info] = (f"{t.info} 0 obj\n<< /Title ".encode("ascii") + _pdf_text(self.title)
                            + b" /Creator (Alliance Secretariat) /Producer (Alliance Secretariat) /Keywords "
                            + _pdf_text(self.keywords) + f" /CreationDate ({stamp}) /ModDate ({stamp}) >>\n"
                            "endobj\n".encode("ascii"))
        out = [t.header]
        at = len(t.header)
        offsets = []
        for n, data in enumerate(t.objects, 1):
            data = replaced.get(n, data)
            offsets.append(at)
            out.append(data)
            at += len(data)
        for data in objects:
            offsets.append(at)
            out.append(data)
            at += len(data)
        digest = hashlib.md5(b"".join(objects[-len(t.pages):]), usedforsecurity=False).hexdigest()
        xref = [f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n"] + [f"{o:010d} 00000 n \n" for o in offsets]
        out.append("".join(xref).encode("ascii"))
        out.append((f"trailer\n<< /Size {len(offsets) + 1} /Root {t.root} 0 R /Info {t.info} 0 R "
                    f"/ID [<{digest}> <{digest}>] >>\nstartxref\n{at}\n%%EOF\n").encode("ascii"))
        return b"".join(out)
