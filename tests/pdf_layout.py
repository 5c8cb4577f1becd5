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
