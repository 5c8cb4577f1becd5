"""GB/T 9704 layout, checked on the PDFs it writes: page, grid, line breaking, fonts and scripts."""

from __future__ import annotations

import pytest

from core.documents import Block
from core.documents.geometry import MM
from core.documents.linebreak import CLOSING, OPENING
from core.documents.samples import sample_notice
from tests.pdf_layout import (
    LEFT, RIGHT, TOP, BOTTOM, PITCH, CHAR, CJK, ALLIANCE, pure_text, notice, render, lines_of, text_of, find_line, is_red,
)


# ---- page and grid -------------------------------------------------------------------------

def test_page_is_a4(long_pdf):
    """Every page is A4, 210 x 297 mm."""
    pdf, _info = long_pdf
    for page in pdf.pages:
        assert page.width == pytest.approx(210 * MM, abs=0.5)
        assert page.height == pytest.approx(297 * MM, abs=0.5)


def test_left_margin_and_top_of_block(long_pdf):
    """On a continuation page the first line's top is 37 mm from the top and lines start 28 mm from the left."""
    pdf, _info = long_pdf
    lines = lines_of(pdf.pages[1])
    assert lines[0][0]["top"] == pytest.approx(TOP, abs=1 * MM)
    assert min(line[0]["x0"] for line in lines) == pytest.approx(LEFT, abs=1 * MM)


def test_full_line_holds_28_characters_across_156mm(long_pdf):
    """A full body line holds exactly 28 characters, from the left edge to the right edge of the block."""
    pdf, _info = long_pdf
    lines = lines_of(pdf.pages[1])
    # not a paragraph's first line (indented) nor its last (followed by an indented line)
    full = [a for a, b in zip(lines, lines[1:]) if a[0]["x0"] < LEFT + 1 and b[0]["x0"] < LEFT + 1]
    assert len(full) >= 10
    for line in full:
        assert len(line) == 28
        assert line[-1]["x1"] - line[0]["x0"] == pytest.approx(156 * MM, abs=1 * MM)
        assert line[0]["x0"] == pytest.approx(LEFT, abs=1 * MM)


def test_full_page_holds_22_lines(long_pdf):
    """A full page holds exactly 22 body lines, 225 mm / 22 apart."""
    pdf, _info = long_pdf
    lines = lines_of(pdf.pages[1])
    assert len(lines) == 22
    tops = [line[0]["top"] for line in lines]
    for a, b in zip(tops, tops[1:]):
        assert b - a == pytest.approx(PITCH, abs=0.05)
    assert tops[-1] + 16 <= BOTTOM


def test_sizes_of_body_title_and_mark(long_pdf):
    """Body text is 16 pt (3号), the title 22 pt (2号), the mark between 36 and 48 pt."""
    pdf, _info = long_pdf
    first = pdf.pages[0]
    sizes = {round(c["size"], 2) for c in first.chars}
    _n, title = find_line(pdf, "联盟关于", 22.0)
    assert text_of(title).startswith(ALLIANCE)
    body = [c for c in first.chars if c["text"] == CJK[0] and abs(c["size"] - 16) < 0.01]
    assert body
    mark_sizes = {s for s in sizes if s > 30}
    assert len(mark_sizes) == 1 and 36 <= mark_sizes.pop() <= 48


def test_mark_is_red_centred_35mm_below_block_top(long_pdf):
    """The issuer mark is red, centred on the block, its top 35 mm below the top of the block."""
    pdf, _info = long_pdf
    mark = [c for c in pdf.pages[0].chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == f"{ALLIANCE}文件"
    assert all(is_red(c["non_stroking_color"]) for c in mark)
    centre = (min(c["x0"] for c in mark) + max(c["x1"] for c in mark)) / 2
    assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1 * MM)
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * MM, abs=1 * MM)
    assert max(c["x1"] for c in mark) <= RIGHT + 0.5


def test_number_and_red_rule(long_pdf):
    """The number uses 〔〕 and is centred; the red rule is 156 mm wide, 4 mm under the number."""
    pdf, _info = long_pdf
    _n, number = find_line(pdf, "〔2013〕5号")
    centre = (number[0]["x0"] + number[-1]["x1"]) / 2
    assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1 * MM)
    rules = [r for r in pdf.pages[0].rects if is_red(r["non_stroking_color"])]
    assert len(rules) == 1
    rule = rules[0]
    assert rule["x1"] - rule["x0"] == pytest.approx(156 * MM, abs=0.5)
    assert rule["x0"] == pytest.approx(LEFT, abs=0.5)
    assert rule["top"] - number[0]["bottom"] == pytest.approx(4 * MM, abs=0.5 * MM)


def test_title_two_lines_under_rule_and_addressee_flush_left(long_pdf):
    """The title sits two blank lines under the rule; the addressees are flush left and end with ：."""
    pdf, _info = long_pdf
    rule = pdf.pages[0].rects[0]
    _n, title = find_line(pdf, "关于", 22.0)
    assert title[0]["top"] - rule["bottom"] == pytest.approx(2 * PITCH, abs=0.35 * PITCH)
    _n, addressee = find_line(pdf, "各成员单位")
    assert text_of(addressee) == "各成员单位："
    assert addressee[0]["x0"] == pytest.approx(LEFT, abs=0.5)


def test_paragraphs_indented_two_characters(long_pdf):
    """A paragraph's first line starts two grid characters in; its other lines are flush left."""
    pdf, _info = long_pdf
    firsts = [line for page in pdf.pages for line in lines_of(page) if text_of(line).startswith(CJK[:10])]
    assert firsts
    assert firsts[0][0]["x0"] == pytest.approx(LEFT + 2 * CHAR, abs=0.5)


# ---- line breaking ---------------------------------------------------------------------------

def test_no_line_starts_with_closing_or_ends_with_opening_punctuation():
    """Punctuation placed exactly at line boundaries never starts (closing) or ends (opening) a line."""
    body = []
    for k in range(24, 31):  # the first line of a paragraph holds 26 characters, the next 28
        for mark in "，。、；：？！）】》」』”’…—":
            body.append(Block("paragraph", pure_text(k) + mark + pure_text(27) + mark + pure_text(20)))
        for mark in "（【《「『“‘":
            body.append(Block("paragraph", pure_text(k - 1) + mark + pure_text(30) + mark + pure_text(20)))
    pdf, _info = render(notice(body=body))
    count = 0
    for page in pdf.pages:
        for line in lines_of(page):
            text = text_of(line)
            count += 1
            assert text[0] not in CLOSING, text
            assert text[-1] not in OPENING, text
    assert count > 200


def test_latin_runs_are_not_split():
    """'GB/T 9704-2012' and an e-mail address are never cut across lines, wherever they fall."""
    runs = ("GB/T 9704-2012", "secretariat@example.org")
    body = [Block("paragraph", pure_text(k) + runs[k % 2] + pure_text(40)) for k in range(14, 30)]
    pdf, _info = render(notice(body=body))
    text = "\n".join(text_of(line) for page in pdf.pages for line in lines_of(page))
    assert text.count("GB/T 9704-2012") == 8
    assert text.count("secretariat@example.org") == 8


def test_justified_lines_with_latin_still_span_the_block():
    """A line with proportional Latin text is still justified to 156 mm; a paragraph's last line is not."""
    body = [Block("paragraph", pure_text(20) + "ISO 37120 and GB/T 33356 " + pure_text(60))]
    pdf, _info = render(notice(body=body))
    lines = [line for line in lines_of(pdf.pages[0]) if any(c["text"] == "I" for c in line)]
    line = lines[0]
    assert line[-1]["x1"] - LEFT == pytest.approx(156 * MM, abs=1 * MM)


# ---- fonts, text, scripts -----------------------------------------------------------------------

def test_every_font_is_embedded(long_pdf, seal_png):
    """Every font of every page carries an embedded font file (FontFile2 / FontFile / FontFile3)."""
    from pdfminer.pdftypes import resolve1

    pdf, _info = render(sample_notice(3, seal=seal_png))
    checked = 0
    for page in list(pdf.pages) + list(long_pdf[0].pages):
        for name, ref in resolve1(page.page_obj.resources["Font"]).items():
            font = resolve1(ref)
            if "DescendantFonts" in font:
                font = resolve1(resolve1(font["DescendantFonts"])[0])
            descriptor = resolve1(font.get("FontDescriptor"))
            assert descriptor is not None, name
            assert any(k in descriptor for k in ("FontFile2", "FontFile", "FontFile3")), name
            checked += 1
    assert checked > 4


def test_extracted_text_equals_source():
    """Copying the text out of the PDF gives the source text (line breaks aside)."""
    paragraphs = ["为贯彻落实联盟理事会第一次工作会议精神，进一步发挥成员单位在标准研究中的作用，现将有关事项通知如下。",
                  "请于2013年11月30日前将推荐表（加盖公章）发送至secretariat@example.org，格式符合GB/T 9704-2012。",
                  "“智慧城市”建设要坚持统筹规划、分步实施……不得以任何理由拖延！"]
    pdf, _info = render(notice(body=[Block("paragraph", p) for p in paragraphs]))
    text = "".join(text_of(line) for page in pdf.pages for line in lines_of(page))
    assert "".join(paragraphs) in text


def test_traditional_taiwan_export():
    """hant-tw: 联盟 becomes 聯盟 everywhere and 发布 becomes 發布 (neither 釋出 nor 發佈)."""
    body = [Block("paragraph", "联盟秘书处发布通知，请各成员单位用户登录后台查看。")]
    pdf, _info = render(notice(body=body), script="hant-tw")
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "聯盟" in text and "联盟" not in text
    assert "發布" in text and "釋出" not in text and "發佈" not in text
    assert "秘書處" in text and "祕書處" not in text


def test_traditional_hong_kong_export():
    """hant-hk converts too (Hong Kong forms: 裏 where Taiwan writes 裡)."""
    body = [Block("paragraph", "联盟秘书处发布通知，会议资料在里面。")]
    pdf, _info = render(notice(body=body), script="hant-hk")
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "聯盟" in text and "联盟" not in text
    assert "裏面" in text


def test_traditional_input_exported_as_simplified():
    """Text typed in Traditional comes out Simplified in a hans export."""
    doc = notice(title="中國智慧城市產業聯盟關於徵集專家組成員的通知",
                 body=[Block("paragraph", "聯盟秘書處發布通知，請各成員單位於月底前回覆。")])
    pdf, _info = render(doc, script="hans")
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "联盟秘书处发布通知" in text and "聯盟" not in text
    assert "关于征集专家组成员的通知" in text.replace("\n", "")


def test_protected_name_stays_as_typed():
    """A protected name is kept exactly as typed while the text around it is converted."""
    body = [Block("paragraph", "请钟汉良同志和香港科技園公司代表参加联盟会议。")]
    pdf, _info = render(notice(body=body), script="hant-tw", protected=["钟汉良", "香港科技園公司"])
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "鍾漢良" not in text and "钟汉良" in text
    assert "聯盟會議" in text and "香港科技園公司" in text
    pdf, _info = render(notice(body=body), script="hans", protected=["香港科技園公司"])
    assert "香港科技園公司" in "".join(p.extract_text() for p in pdf.pages)


def test_rare_name_characters_are_drawn_from_a_face_that_has_them():
    """堃 喆 镕 犇 𠮷 come out of the PDF intact, each drawn with a face whose cmap has it (𠮷 from a fallback)."""
    from core.documents.fonts import load_fonts

    pdf, info = render(notice(body=[Block("paragraph", "参会人员：张堃、李喆、赵镕、陈犇、吉𠮷。")]))
    assert info.missing_chars == ""
    chars = {c["text"]: c for page in pdf.pages for c in page.chars}
    body_font = chars["参"]["fontname"]
    for rare in "堃喆镕犇𠮷":
        assert rare in chars
    assert chars["𠮷"]["fontname"] != body_font
    fonts = load_fonts()
    for rare in "堃喆镕犇𠮷":
        face = fonts.face_for("fangsong", rare)
        assert face.has(ord(rare))
        assert face.font.face.name.decode() in chars[rare]["fontname"]
    assert fonts.face_for("fangsong", "𠮷") is not fonts.face("fangsong")
