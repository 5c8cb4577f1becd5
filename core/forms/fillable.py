"""Turning the drawn blank form into a fillable one (AcroForm fields added with pypdf).

* Text fields (/Tx; multi-line with the Multiline flag) use ``/DA (/CJK 11 Tf 0 g)``:
  /CJK is a Type0 font (Identity-H, CIDFontType2, CID = glyph id) in the form's /DR whose
  embedded TrueType program is the typing subset of :mod:`core.forms.typing_font`, with
  its cmap table (readers and pypdf map typed characters to glyphs through it) and a
  ToUnicode CMap (text copied or extracted from a filled form is the typed text).
* Each field has an appearance stream (/AP): empty for a blank field; readers write
  their own when the recipient types. ``/NeedAppearances true`` asks readers that did
  not (or that draw with another font) to regenerate them from the values.
* Tick boxes: check boxes (/Btn) for multiple choice, radio groups (one field, kids per
  option, states ``/c1``, ``/c2``...) for single choice, each with an "on" appearance
  drawn as a vector tick (no font needed) and /MK /CA for readers that draw their own.
* The hidden marker field and document information of :mod:`core.forms.marker`.
"""

from __future__ import annotations

import io
import threading
import zlib

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject,
                           EncodedStreamObject, FloatObject, NameObject, NumberObject, TextStringObject)

from core.forms import layout as L
from core.forms.marker import MARKER_FIELD, marker_value
from core.forms.spec import FormSpec
from core.forms.typing_font import TypingFont

FONT_KEY = "/CJK"
FLAG_READ_ONLY, FLAG_MULTILINE, FLAG_NO_SPELL = 1, 1 << 12, 1 << 22
FLAG_NO_TOGGLE_OFF, FLAG_RADIO = 1 << 14, 1 << 15
ANNOT_HIDDEN, ANNOT_PRINT = 2, 4
_lock = threading.Lock()
_streams: dict[int, tuple[bytes, bytes]] = {}   # id(font) -> (compressed font, compressed ToUnicode)


def _to_unicode(font: TypingFont) -> bytes:
    by_gid: dict[int, int] = {}
    for code, gid in sorted(font.cmap.items()):
        by_gid.setdefault(gid, code)
    items = sorted(by_gid.items())
    out = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
           "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
           "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    for start in range(0, len(items), 100):
        chunk = items[start:start + 100]
        out.append(f"{len(chunk)} beginbfchar")
        for gid, code in chunk:
            out.append(f"<{gid:04X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
        out.append("endbfchar")
    out += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(out).encode("ascii")


def _compressed(font: TypingFont) -> tuple[bytes, bytes]:
    with _lock:
        found = _streams.get(id(font))
        if found is None:
            found = _streams[id(font)] = (zlib.compress(font.data, 9), zlib.compress(_to_unicode(font), 9))
        return found


def _encoded(data: bytes, **entries) -> EncodedStreamObject:
    s = EncodedStreamObject()
    s._data = data
    s[NameObject("/Filter")] = NameObject("/FlateDecode")
    for k, v in entries.items():
        s[NameObject("/" + k)] = v
    return s


def _widths(font: TypingFont) -> ArrayObject:
    w = ArrayObject()
    run_start, run = None, []
    for gid in sorted(font.widths):
        if run_start is not None and gid == run_start + len(run):
            run.append(font.widths[gid])
            continue
        if run:
            w += [NumberObject(run_start), ArrayObject(NumberObject(x) for x in run)]
        run_start, run = gid, [font.widths[gid]]
    if run:
        w += [NumberObject(run_start), ArrayObject(NumberObject(x) for x in run)]
    return w


def add_font(writer: PdfWriter, font: TypingFont):
    """The Type0 font of ``font`` added to ``writer``; returns its indirect reference."""
    data, to_unicode = _compressed(font)
    base = NameObject("/AFTYPE+" + font.name)
    file2 = writer._add_object(_encoded(data, Length1=NumberObject(len(font.data))))
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): base,
        NameObject("/Flags"): NumberObject(4), NameObject("/FontBBox"): ArrayObject(NumberObject(v) for v in font.bbox),
        NameObject("/ItalicAngle"): NumberObject(0), NameObject("/Ascent"): NumberObject(font.ascent),
        NameObject("/Descent"): NumberObject(font.descent), NameObject("/CapHeight"): NumberObject(font.ascent),
        NameObject("/StemV"): NumberObject(80), NameObject("/FontFile2"): file2})
    cid = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): base,
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"), NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0)}),
        NameObject("/FontDescriptor"): writer._add_object(descriptor), NameObject("/DW"): NumberObject(1000),
        NameObject("/W"): _widths(font), NameObject("/CIDToGIDMap"): NameObject("/Identity")})
    type0 = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): base, NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(cid)]),
        NameObject("/ToUnicode"): writer._add_object(_encoded(to_unicode))})
    return writer._add_object(type0)


def _stream(writer: PdfWriter, content: bytes, width: float, height: float, resources=None):
    s = DecodedStreamObject()
    s.set_data(content)
    s[NameObject("/Type")] = NameObject("/XObject")
    s[NameObject("/Subtype")] = NameObject("/Form")
    s[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(round(width, 3)),
                                         FloatObject(round(height, 3))])
    if resources is not None:
        s[NameObject("/Resources")] = resources
    return writer._add_object(s)


def _tick(width: float, height: float) -> bytes:
    return (f"q 1.1 w 0 G {0.18 * width:.2f} {0.52 * height:.2f} m {0.42 * width:.2f} {0.2 * height:.2f} l "
            f"{0.86 * width:.2f} {0.86 * height:.2f} l S Q").encode()


def _rect(box: L.Box) -> ArrayObject:
    return ArrayObject(FloatObject(round(v, 2)) for v in box.rect)


def make_fillable(pdf: bytes, layout: L.Layout, font: TypingFont) -> bytes:
    spec: FormSpec = layout.spec
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    font_ref = add_font(writer, font)
    zadb = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/ZapfDingbats")}))
    dr = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject(FONT_KEY): font_ref,
                                                                  NameObject("/ZaDb"): zadb})})
    fields = ArrayObject()
    pages = writer.pages
    annots: dict[int, ArrayObject] = {}

    def page_annots(n: int) -> ArrayObject:
        if n not in annots:
            annots[n] = ArrayObject()
            pages[n][NameObject("/Annots")] = annots[n]
        return annots[n]

    blank_res = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject(FONT_KEY): font_ref})})
    radios: dict[str, DictionaryObject] = {}
    radio_refs: dict[str, object] = {}
    for box in layout.boxes:
        if not box.spec.fillable:
            continue
        x0, y0, x1, y1 = box.rect
        w, h = x1 - x0, y1 - y0
        label = L.convert_label(box.column.form_label if box.column else box.spec.form_label, layout.script)
        common = {NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                  NameObject("/Rect"): _rect(box), NameObject("/F"): NumberObject(ANNOT_PRINT),
                  NameObject("/P"): pages[box.page].indirect_reference}
        if box.kind in ("text", "multiline"):
            size = 10.5 if box.kind == "multiline" else box.size
            flags = FLAG_NO_SPELL | (FLAG_MULTILINE if box.kind == "multiline" else 0)
            d = DictionaryObject({**common, NameObject("/FT"): NameObject("/Tx"),
                                  NameObject("/T"): TextStringObject(box.flat_id),
                                  NameObject("/TU"): TextStringObject(label),
                                  NameObject("/Ff"): NumberObject(flags),
                                  NameObject("/DA"): TextStringObject(f"{FONT_KEY} {size:g} Tf 0 g"),
                                  NameObject("/V"): TextStringObject(""),
                                  NameObject("/MK"): DictionaryObject(),
                                  NameObject("/AP"): DictionaryObject({NameObject("/N"): _stream(
                                      writer, b"/Tx BMC EMC", w, h, blank_res)})})
            ref = writer._add_object(d)
            fields.append(ref)
            page_annots(box.page).append(ref)
            continue
        state = NameObject("/Yes" if box.kind == "check" else f"/c{box.option}")
        ap = DictionaryObject({NameObject("/N"): DictionaryObject({
            state: _stream(writer, _tick(w, h), w, h), NameObject("/Off"): _stream(writer, b"", w, h)})})
        widget = DictionaryObject({**common, NameObject("/AS"): NameObject("/Off"), NameObject("/AP"): ap,
                                   NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("4")}),
                                   NameObject("/DA"): TextStringObject("/ZaDb 0 Tf 0 g")})
        option = L.convert_label(box.spec.options[box.option - 1], layout.script)
        if box.kind == "check":
            widget.update({NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): TextStringObject(box.flat_id),
                           NameObject("/TU"): TextStringObject(f"{label}：{option}"),
                           NameObject("/V"): NameObject("/Off")})
            ref = writer._add_object(widget)
            fields.append(ref)
            page_annots(box.page).append(ref)
            continue
        parent = radios.get(box.flat_id)
        if parent is None:
            parent = radios[box.flat_id] = DictionaryObject({
                NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): TextStringObject(box.flat_id),
                NameObject("/TU"): TextStringObject(label),
                NameObject("/Ff"): NumberObject(FLAG_RADIO | FLAG_NO_TOGGLE_OFF),
                NameObject("/V"): NameObject("/Off"), NameObject("/Kids"): ArrayObject()})
            radio_refs[box.flat_id] = writer._add_object(parent)
            fields.append(radio_refs[box.flat_id])
        widget[NameObject("/Parent")] = radio_refs[box.flat_id]
        widget[NameObject("/TU")] = TextStringObject(option)
        ref = writer._add_object(widget)
        parent["/Kids"].append(ref)
        page_annots(box.page).append(ref)
    marker = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(MARKER_FIELD),
        NameObject("/V"): TextStringObject(marker_value(spec, layout.script)),
        NameObject("/Ff"): NumberObject(FLAG_READ_ONLY), NameObject("/F"): NumberObject(ANNOT_HIDDEN),
        NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4), NameObject("/P"): pages[0].indirect_reference,
        NameObject("/DA"): TextStringObject(f"{FONT_KEY} 1 Tf 0 g")})
    marker_ref = writer._add_object(marker)
    fields.append(marker_ref)
    page_annots(0).append(marker_ref)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(DictionaryObject({
        NameObject("/Fields"): fields, NameObject("/DR"): dr,
        NameObject("/DA"): TextStringObject(f"{FONT_KEY} 11 Tf 0 g"),
        NameObject("/NeedAppearances"): BooleanObject(True)}))
    writer.add_metadata({"/AllianceForm": spec.kind, "/AllianceFormVersion": str(spec.version)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
