"""Notices as Word documents (.docx) for WPS and Word: converted by LibreOffice to PDF and
measured like our own PDFs (margins within 1 mm, 28 characters a full line, 22 lines a
full page), plus what a clerk opens the file for: title, mark, numbers, closing block,
Traditional characters, and a file Word accepts (elements in the schema's order)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree

from core.documents import Block
from core.documents.docx_writer import write_docx
from core.documents.docx_xml import PPR_ORDER as _PPR_ORDER, RPR_ORDER as _RPR_ORDER
from core.documents.geometry import MM
from tests.pdf_layout import ALLIANCE, notice, pure_text


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, (28 + 156) * MM, 37 * MM, (37 + 225) * MM
PAGE_H = 297 * MM


def long_notice(**changes):
    """A notice whose pages 2 and 3 are full of plain characters (every line a full grid line)."""
    body = [Block("paragraph", pure_text(900, k)) for k in range(3)]
    return notice(body=body, copies=["国家标准化管理委员会", "各专业委员会"], **changes)


def soffice_pdf(docs: dict[str, Path], folder: Path) -> dict[str, Path]:
    """Convert .docx files with LibreOffice headless (own profile, so parallel runs do not clash)."""
    profile = folder / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, docs.values())],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(folder)})
    return {key: folder / (path.stem + ".pdf") for key, path in docs.items()}


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    assert shutil.which("soffice"), "LibreOffice (soffice) is needed: bootstrap.py installs libreoffice-writer-nogui"
    folder = tmp_path_factory.mktemp("docx")
    docs = {"long": folder / "long.docx", "hant": folder / "hant.docx", "draft": folder / "draft.docx"}
    write_docx(long_notice(), docs["long"])
    write_docx(notice(signatory="余姓联盟", title="关于重庆市智慧城市试点的通知", addressees="各成员单位"),
               docs["hant"], script="hant-tw", protected=["余姓联盟"])
    write_docx(notice(draft=True), docs["draft"])
    pdfs = soffice_pdf(docs, folder)
    return docs, {key: pdfplumber.open(path) for key, path in pdfs.items()}


def lines(page, size: float = 16.0) -> list[list[dict]]:
    rows = defaultdict(list)
    for ch in page.chars:
        if abs(ch["size"] - size) < 0.6 and ch["text"].strip():
            rows[round(ch["top"])].append(ch)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def test_a_full_page_has_22_lines_of_28_characters_inside_the_margins(converted):
    _docs, pdfs = converted
    pdf = pdfs["long"]
    assert abs(pdf.pages[0].width - 210 * MM) < 1 and abs(pdf.pages[0].height - PAGE_H) < 1  # A4
    page = pdf.pages[1]  # page 2: body text only
    rows = lines(page)
    assert len(rows) == 22
    for row in rows[:-1]:
        assert len(row) == 28, "".join(c["text"] for c in row)
        assert abs(row[0]["x0"] - LEFT) <= 1 * MM
        assert abs(row[-1]["x1"] - RIGHT) <= 1 * MM
    pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(rows, rows[1:])]
    assert all(abs(p - 225 * MM / 22) < 0.5 for p in pitches)
    # the block's top and bottom: the first line starts at the top margin, the 22nd ends at the bottom one
    assert abs(rows[0][0]["top"] - TOP) <= 3 * MM
    assert rows[-1][0]["bottom"] <= BOTTOM + 1 * MM


def test_header_mark_number_rule_and_title(converted):
    _docs, pdfs = converted
    page = pdfs["long"].pages[0]
    text = page.extract_text()
    assert f"{ALLIANCE}文件" in text.replace(" ", "")
    assert "智慧城市联盟〔2013〕5号" in text.replace(" ", "")
    mark = [c for c in page.chars if c["text"] == "联" and c["size"] > 30]
    assert mark and mark[0]["non_stroking_color"] is not None
    red = mark[0]["non_stroking_color"]
    assert red[0] > 0.8 and red[1] < 0.2 and red[2] < 0.2  # the red issuer mark
    centre = (min(c["x0"] for c in page.chars if c["size"] > 30) + max(c["x1"] for c in page.chars if c["size"] > 30)) / 2
    assert abs(centre - (LEFT + RIGHT) / 2) < 2 * MM
    rules = [r for r in page.rects + page.lines if abs(r["x1"] - r["x0"]) > 150 * MM]
    assert any(r.get("non_stroking_color") and r["non_stroking_color"][0] > 0.8 for r in rules) or any(
        r.get("stroking_color") and r["stroking_color"][0] > 0.8 for r in rules), "no red rule"
    title = "".join(c["text"] for c in page.chars if abs(c["size"] - 22) < 0.6)
    assert title == f"{ALLIANCE}关于征集专家组和标准组成员的通知"


def test_page_numbers_and_closing_block_at_the_bottom_of_the_last_page(converted):
    _docs, pdfs = converted
    pdf = pdfs["long"]
    for number, page in enumerate(pdf.pages, start=1):
        digits = [c for c in page.chars if c["text"] == str(number) and c["top"] > BOTTOM]
        assert digits, f"no page number on page {number}"
        x = digits[0]["x0"]
        assert (x > (LEFT + RIGHT) / 2) == (number % 2 == 1)  # odd pages right, even pages left
        assert digits[0]["top"] - BOTTOM < 12 * MM
    last = pdf.pages[-1]
    text = last.extract_text().replace(" ", "")
    assert "抄送：国家标准化管理委员会，各专业委员会。" in text and "2013年11月7日印发" in text
    printed = [c for c in last.chars if c["text"] == "发" and abs(c["size"] - 14) < 0.6]
    assert printed and BOTTOM - 12 * MM < printed[-1]["bottom"] <= BOTTOM + 1 * MM


def test_traditional_export_converts_text_but_not_protected_names(converted):
    _docs, pdfs = converted
    text = "".join(p.extract_text() for p in pdfs["hant"].pages).replace(" ", "")
    assert "關於重慶市智慧城市試點的通知" in text and "中國智慧城市產業聯盟" in text
    assert "余姓联盟" in text  # a protected name stays as typed


def test_no_line_starts_with_closing_punctuation(converted):
    _docs, pdfs = converted
    for page in pdfs["long"].pages + pdfs["hant"].pages:
        for row in lines(page):
            assert row[0]["text"] not in "，。、；：？！）》」』”’", "".join(c["text"] for c in row)


def test_a_draft_says_so_and_the_file_is_in_schema_order(converted):
    docs, pdfs = converted
    assert "草稿" in pdfs["draft"].pages[0].extract_text()
    assert "草稿" not in pdfs["long"].pages[0].extract_text()
    with zipfile.ZipFile(docs["long"]) as z:
        for name in ("word/document.xml", "word/styles.xml", "word/footer1.xml"):
            if name not in z.namelist():
                continue
            root = etree.fromstring(z.read(name))
            for parent, order in ((f"{W}pPr", _PPR_ORDER), (f"{W}rPr", _RPR_ORDER)):
                for element in root.iter(parent):
                    ranks = [order.index(c.tag[len(W):]) for c in element if c.tag.startswith(W)]
                    assert ranks == sorted(ranks), (name, [c.tag[len(W):] for c in element])
