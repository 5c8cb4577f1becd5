"""Shared helpers and fixtures of the GB/T 9704 layout tests: render, read back, measure."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

import pdfplumber

from core.documents import Block, OfficialDocument, render_pdf
from core.documents.geometry import MM, PageGeometry


G = PageGeometry()
LEFT = 28 * MM
RIGHT = (28 + 156) * MM
TOP = 37 * MM                        # pdfplumber's "top" grows downwards from the top of the page
BOTTOM = (37 + 225) * MM
PITCH = 225 * MM / 22
CHAR = 156 * MM / 28
CJK = "联盟秘书处组织成员单位开展智慧城市标准研究和技术交流推动产业协同发展共建共享服务平台"
ALLIANCE = "中国智慧城市产业联盟"


def pure_text(n: int, offset: int = 0) -> str:
    """``n`` CJK characters without punctuation (every line of it is a full grid line)."""
    return "".join(CJK[(offset + k) % len(CJK)] for k in range(n))


def notice(**changes) -> OfficialDocument:
    base = dict(kind="notice", issuer_mark=f"{ALLIANCE}文件", doc_number="智慧城市联盟〔2013〕5号",
                title=f"{ALLIANCE}关于征集专家组和标准组成员的通知", addressees="各成员单位",
                body=[Block("paragraph", pure_text(200))], signatory=ALLIANCE, date=dt.date(2013, 11, 6),
                copies=["国家标准化管理委员会"], issuing_office=f"{ALLIANCE}秘书处", print_date=dt.date(2013, 11, 7))
    base.update(changes)
    return OfficialDocument(**base)


def render(doc: OfficialDocument, **options):
    buffer = io.BytesIO()
    info = render_pdf(doc, buffer, **options)
    buffer.seek(0)
    return pdfplumber.open(buffer), info


def lines_of(page, size: float = 16.0) -> list[list[dict]]:
    """Characters of one size grouped into lines by baseline (top to bottom, left to right)."""
    rows = defaultdict(list)
    for ch in page.chars:
        if abs(ch["size"] - size) < 0.01:
            rows[round(ch["matrix"][5], 1)].append(ch)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows, reverse=True)]


def text_of(line: list[dict]) -> str:
    return "".join(c["text"] for c in line)


def find_line(pdf, needle: str, size: float = 16.0):
    for number, page in enumerate(pdf.pages, start=1):
        for line in lines_of(page, size):
            if needle in text_of(line):
                return number, line
    raise AssertionError(f"{needle!r} not found")


def is_red(color) -> bool:
    return color is not None and len(color) == 3 and color[0] > 0.8 and color[1] < 0.2 and color[2] < 0.2


def render_bytes(doc: OfficialDocument, **options) -> bytes:
    buffer = io.BytesIO()
    render_pdf(doc, buffer, **options)
    return buffer.getvalue()


def poppler_words(data: bytes, page: int | None = None) -> list[tuple[float, float, float, float, str]]:
    """(xMin, yMin, xMax, yMax, text) of every word poppler (``pdftotext -bbox``) finds; y from the top.

    Poppler, not pdfminer, for right edges: pdfminer drops the spacing after a string's last glyph."""
    import re
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        pages = ["-f", str(page), "-l", str(page)] if page else []
        out = subprocess.run(["pdftotext", *pages, "-bbox", fh.name, "-"], capture_output=True, text=True,
                             check=True).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(pattern, out)]


def pdftotext(data: bytes, page: int | None = None, raw: bool = False) -> str:
    """The text poppler copies out of ``data``: in reading order, or (``raw``) in the order it is
    drawn, which is how many viewers copy a selection."""
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        pages = ["-f", str(page), "-l", str(page)] if page else []
        mode = ["-raw"] if raw else []
        return subprocess.run(["pdftotext", *mode, *pages, fh.name, "-"], capture_output=True, text=True,
                              check=True).stdout


def char_origins(data: bytes) -> list[list[list[tuple[str, float]]]]:
    """Per page, per line (top to bottom): (character, x of its origin) as PDFium places them.

    PDFium (the preview's engine) applies the character spacing after every glyph, where
    pdfminer drops it after the last glyph of each string."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pages = []
    doc = pdfium.PdfDocument(data)
    try:
        for page in doc:
            text = page.get_textpage()
            rows: dict[float, list[tuple[str, float]]] = defaultdict(list)
            x, y = ctypes.c_double(), ctypes.c_double()
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if ch in "\r\n" or raw.FPDFText_IsGenerated(text.raw, i):
                    continue
                raw.FPDFText_GetCharOrigin(text.raw, i, ctypes.byref(x), ctypes.byref(y))
                if abs(raw.FPDFText_GetFontSize(text.raw, i) - 16) < 0.01:
                    rows[round(y.value, 1)].append((ch, x.value))
            pages.append([sorted(rows[k], key=lambda c: c[1]) for k in sorted(rows, reverse=True)])
    finally:
        doc.close()
    return pages


def max_cjk_pitch_of(data: bytes) -> tuple[float, str]:
    """Widest distance between two neighbouring CJK characters on any 16 pt line, in grid pitches."""
    worst, where = 0.0, ""
    for page in char_origins(data):
        for line in page:
            for (a, xa), (b, xb) in zip(line, line[1:]):  # neighbours only: not across a space
                if ord(a[0]) >= 0x2E80 and ord(b[0]) >= 0x2E80 and (xb - xa) / CHAR > worst:
                    worst, where = (xb - xa) / CHAR, "".join(c for c, _x in line)
    return worst, where
