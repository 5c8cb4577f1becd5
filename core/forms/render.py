"""Drawing a form with reportlab: the blank printable table, and a form filled from values.

Labels in 黑体 (the ``hei`` role), the title in 小标宋 (or a Song face drawn faux-bold),
values in 宋体 (``song``); every character is drawn from a face that has it (the
font set's per-character fallback: 𠮷 comes from HanaMinB), fonts embedded as subsets,
text extractable. A filled copy is flat (no fields): it is the archive copy, or the copy
sent back for checking; it still names its form in the metadata.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import threading
from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from core.forms import layout as L
from core.forms.marker import marker_keywords
from core.forms.spec import CHOICE, DATE, MONTH, MULTI, FormSpec

VALUE_ROLE = "song"
_a85_lock = threading.Lock()


@contextlib.contextmanager
def _binary_streams():
    """Page streams written as binary Flate data, not also ASCII85-encoded (reportlab's default): the
    same PDF, a fifth faster to write and a little smaller."""
    from reportlab import rl_config

    with _a85_lock:
        before = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = before


def _runs(fonts, role: str, text: str):
    run, face = "", None
    for ch in text:
        f = fonts.face_for(role, ch)
        if face is not None and f is not face:
            yield face, run
            run = ""
        face = f
        run += ch
    if run:
        yield face, run


def text_width(fonts, role: str, text: str, size: float) -> float:
    return sum(fonts.face_for(role, ch).width(ord(ch), size) for ch in text)


def draw_text(c, fonts, role: str, text: str, x: float, y: float, size: float, align: str = "left") -> None:
    if not text:
        return
    if align != "left":
        w = text_width(fonts, role, text, size)
        x -= w / 2 if align == "centre" else w
    faux = role in fonts.faux_bold
    t = c.beginText(x, y)
    if faux:
        t.setTextRenderMode(2)
        c.setLineWidth(size * 0.035)
    for face, run in _runs(fonts, role, text):
        t.setFont(face.name, size)
        t.textOut(run)
    if faux:
        t.setTextRenderMode(0)  # the render mode outlives the text object: what follows is not stroked
    c.drawText(t)
    if faux:
        c.setLineWidth(0.6)


def draw_layout(c, layout: L.Layout, fonts, page_no: int) -> None:
    """The blank page ``page_no`` of ``layout``: rules, boxes, labels."""
    page = layout.pages[page_no]
    c.setStrokeColorRGB(0, 0, 0)
    for x0, y0, x1, y1, w in page.lines:
        c.setLineWidth(w)
        c.line(x0, y0, x1, y1)
    c.setLineWidth(0.6)
    for x0, y0, x1, y1 in page.rects:
        c.rect(x0, y0, x1 - x0, y1 - y0)
    for item in page.texts:
        draw_text(c, fonts, item.role, item.text, item.x, item.y, item.size, item.align)


def render(spec: FormSpec, script: str, fonts, values: Mapping | None = None, info: dict | None = None,
           layout: L.Layout | None = None) -> tuple[bytes, L.Layout]:
    """The PDF (bytes) of ``spec``: blank when ``values`` is None, else filled (flat)."""
    layout = layout or L.build_layout(spec, script, fonts)
    buf = io.BytesIO()
    with _binary_streams():
        c = rl_canvas.Canvas(buf, pagesize=(L.PAGE_W, L.PAGE_H), pageCompression=1)
        c.setTitle(L.convert_label(spec.title, script))
        c.setCreator("Alliance Secretariat")
        c.setKeywords(marker_keywords(spec))
        for page_no in range(len(layout.pages)):
            draw_layout(c, layout, fonts, page_no)
            if values is not None:
                _draw_values(c, layout, fonts, values, page_no)
            c.showPage()
        c.save()
    return buf.getvalue(), layout


def display_value(box: L.Box, values: Mapping) -> str:
    f = box.spec
    if box.column is not None:
        rows = values.get(f.id) or []
        r, col = box.flat_id.split("__")[1], box.column.id
        idx = int(r) - 1
        return str(rows[idx].get(col) or "") if idx < len(rows) and isinstance(rows[idx], Mapping) else ""
    value = values.get(f.id)
    if value in (None, ""):
        return ""
    if f.type == DATE:
        try:
            d = dt.date.fromisoformat(str(value))
            return f"{d.year}年{d.month}月{d.day}日"
        except ValueError:
            return str(value)
    if f.type == MONTH:
        text = str(value)
        if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
            return f"{int(text[:4])}年{int(text[5:])}月"
        return text
    return str(value)


def is_ticked(box: L.Box, values: Mapping) -> bool:
    f = box.spec
    value = values.get(f.id)
    option = f.options[box.option - 1]
    if f.type == MULTI:
        return isinstance(value, (list, tuple, set)) and option in value
    if f.type == CHOICE:
        return value == option
    return False


def draw_tick(c, rect) -> None:
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, y1 - y0
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x0 + 0.18 * w, y0 + 0.52 * h)
    p.lineTo(x0 + 0.42 * w, y0 + 0.2 * h)
    p.lineTo(x0 + 0.86 * w, y0 + 0.86 * h)
    c.drawPath(p, stroke=1, fill=0)
    c.setLineWidth(0.6)


def value_items(layout: L.Layout, fonts, values: Mapping, page_no: int):
    """What a filled page shows of ``values``: ("tick", rect) and ("text", text, x, baseline, size) items,
    single-line values shrunk to fit their box, multi-line ones wrapped (and shrunk) inside theirs."""
    for box in layout.boxes:
        if box.page != page_no:
            continue
        if box.kind in ("check", "radio"):
            if is_ticked(box, values):
                yield ("tick", box.rect)
            continue
        text = display_value(box, values)
        if not text:
            continue
        x0, y0, x1, y1 = box.rect
        if box.kind == "multiline":
            yield from _paragraphs(fonts, text, box.rect, box.size)
            continue
        size = box.size
        width = text_width(fonts, VALUE_ROLE, text, size)
        while width > (x1 - x0 - 2) and size > 6:
            size -= 0.5
            width = text_width(fonts, VALUE_ROLE, text, size)
        yield ("text", text, x0 + 1, (y0 + y1) / 2 - size * 0.35, size)


def _draw_values(c, layout: L.Layout, fonts, values: Mapping, page_no: int) -> None:
    for item in value_items(layout, fonts, values, page_no):
        if item[0] == "tick":
            draw_tick(c, item[1])
        else:
            _kind, text, x, y, size = item
            draw_text(c, fonts, VALUE_ROLE, text, x, y, size)


def _paragraphs(fonts, text: str, rect, size: float):
    x0, y0, x1, y1 = rect
    width = x1 - x0 - 2
    measure = L._Measure(fonts)
    while True:
        lines = [line for para in text.split("\n") for line in measure.wrap(VALUE_ROLE, para, size, width)]
        pitch = size * 1.35
        if len(lines) * pitch <= (y1 - y0 - 2) or size <= 6:
            break
        size -= 0.5
    y = y1 - size - 1
    for line in lines:
        if y < y0:
            break
        yield ("text", line, x0 + 1, y, size)
        y -= pitch


__all__ = ["render", "draw_layout", "draw_text", "mm"]
