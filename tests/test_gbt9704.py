"""The GB/T 9704-2012 layout engine, checked on the PDFs it writes (read back with pdfplumber)."""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict

import pytest

pdfplumber = pytest.importorskip("pdfplumber")

from core.documents import Attachment, Block, OfficialDocument, blocks_from_text, render_pdf  # noqa: E402
from core.documents.geometry import MM, PageGeometry  # noqa: E402
from core.documents.linebreak import CLOSING, OPENING  # noqa: E402
from core.documents.samples import make_seal_png, sample_minutes, sample_notice  # noqa: E402

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


@pytest.fixture(scope="module")
def long_pdf():
    """A 5+ page notice of plain paragraphs, with attachments listed and a closing block."""
    body = [Block("paragraph", pure_text(300 + 7 * k, k)) for k in range(6)]
    doc = notice(body=body, attachments=[Attachment("专家推荐表"), Attachment("标准组推荐表")],
                 copies=["国家标准化管理委员会", "工业和信息化部"])
    pdf, info = render(doc)
    yield pdf, info
    pdf.close()


@pytest.fixture(scope="module")
def seal_png(tmp_path_factory):
    return make_seal_png(tmp_path_factory.mktemp("seal") / "seal.png")


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


# ---- pages, numbers, closing block --------------------------------------------------------------

def page_number(page):
    chars = [c for c in page.chars if abs(c["size"] - 14) < 0.01 and c["top"] > BOTTOM]
    return chars


def test_pagination_and_page_numbers(long_pdf):
    """A 5+ page notice: '— n —' 7 mm under the block, odd pages right (one char in), even pages left."""
    pdf, info = long_pdf
    assert info.pages >= 5
    for k, page in enumerate(pdf.pages, start=1):
        chars = page_number(page)
        if info.page_numbers[k - 1] is None:
            assert not chars
            continue
        assert "".join(c["text"] for c in chars).replace(" ", "") == f"—{k}—"
        assert min(c["top"] for c in chars) == pytest.approx(BOTTOM + 7 * MM, abs=0.5 * MM)
        if k % 2:
            assert max(c["x1"] for c in chars) == pytest.approx(RIGHT - 14, abs=1)
        else:
            assert min(c["x0"] for c in chars) == pytest.approx(LEFT + 14, abs=1)


def test_closing_block_on_last_page_with_last_rule_on_bottom_edge(long_pdf):
    """The 版记 is on the last page: thick/thin/thick rules 156 mm wide, the last on the block's bottom edge."""
    pdf, info = long_pdf
    assert info.closing_page == info.pages
    last = pdf.pages[-1]
    rules = sorted((r for r in last.rects if not is_red(r["non_stroking_color"])), key=lambda r: r["top"])
    assert len(rules) == 3
    for rule in rules:
        assert rule["x1"] - rule["x0"] == pytest.approx(156 * MM, abs=0.5)
    heights = [r["bottom"] - r["top"] for r in rules]
    assert heights[0] == pytest.approx(0.35 * MM, abs=0.05) and heights[2] == pytest.approx(0.35 * MM, abs=0.05)
    assert heights[1] == pytest.approx(0.25 * MM, abs=0.05)
    assert rules[-1]["bottom"] == pytest.approx(BOTTOM, abs=0.3)
    copies = next(line for line in lines_of(last, 14.0) if text_of(line).startswith("抄送："))
    assert text_of(copies) == "抄送：国家标准化管理委员会，工业和信息化部。"
    assert copies[0]["x0"] == pytest.approx(LEFT + 14, abs=0.5)
    printed = next(line for line in lines_of(last, 14.0) if text_of(line).endswith("印发"))
    assert text_of(printed).startswith(f"{ALLIANCE}秘书处")
    assert printed[0]["x0"] == pytest.approx(LEFT + 14, abs=0.5)
    assert printed[-1]["x1"] == pytest.approx(RIGHT - 14, abs=0.5)
    assert "2013年11月7日印发" in text_of(printed)
    assert rules[1]["top"] < printed[0]["top"] < rules[2]["top"]


def test_closing_block_alone_carries_no_page_number():
    """When the 版记 cannot share the last page, it gets a page of its own without a page number."""
    for extra in range(0, 60, 4):
        doc = notice(body=[Block("paragraph", pure_text(500 + 28 * extra))])
        pdf, info = render(doc)
        if info.page_numbers[-1] is None:
            assert not page_number(pdf.pages[-1])
            assert lines_of(pdf.pages[-1]) == []
            return
    pytest.fail("no length put the closing block on a page of its own")


def test_attachment_note_layout():
    """附件： one blank line under the text, two characters in; 2. aligned under 1.; no trailing punctuation."""
    doc = notice(attachments=[Attachment("中国智慧城市产业联盟专家推荐表。"), Attachment("标准组推荐表")])
    pdf, _info = render(doc)
    _n, first = find_line(pdf, "附件：")
    _n, second = find_line(pdf, "2.")
    assert text_of(first) == "附件：1.中国智慧城市产业联盟专家推荐表"
    assert first[0]["x0"] == pytest.approx(LEFT + 2 * CHAR, abs=0.5)
    one = next(c for c in first if c["text"] == "1")
    assert second[0]["x0"] == pytest.approx(one["x0"], abs=0.5)
    assert second[2]["x0"] == pytest.approx(first[5]["x0"], abs=0.5)  # names aligned
    assert second[0]["top"] - first[0]["top"] == pytest.approx(PITCH, abs=0.1)


def test_signature_with_seal(seal_png):
    """With a seal: date 4 characters from the right, name centred over it, seal centred just above them."""
    pdf, _info = render(notice(seal_image=seal_png))
    number, date = find_line(pdf, "2013年11月6日")
    _n, name = find_line(pdf, ALLIANCE)  # the signature (the title is 22 pt, the mark larger)
    assert text_of(date) == "2013年11月6日"
    assert date[-1]["x1"] == pytest.approx(RIGHT - 4 * CHAR, abs=1 * MM)
    assert (name[0]["x0"] + name[-1]["x1"]) / 2 == pytest.approx((date[0]["x0"] + date[-1]["x1"]) / 2, abs=1 * MM)
    assert date[0]["top"] - name[0]["top"] == pytest.approx(PITCH, abs=0.1)
    images = pdf.pages[number - 1].images
    assert len(images) == 1
    seal = images[0]
    assert seal["x1"] - seal["x0"] == pytest.approx(42 * MM, abs=0.5)
    centre_x, centre_y = (seal["x0"] + seal["x1"]) / 2, (seal["top"] + seal["bottom"]) / 2
    assert centre_x == pytest.approx((date[0]["x0"] + date[-1]["x1"]) / 2, abs=1 * MM)
    assert centre_y <= name[0]["top"] + 1 and date[-1]["bottom"] < seal["bottom"]
    text_bottom = max(c["bottom"] for line in lines_of(pdf.pages[number - 1]) for c in line
                      if c["top"] < name[0]["top"] - PITCH)
    assert 0 < seal["top"] - text_bottom <= PITCH  # the seal's top within one line of the text


def test_signature_without_seal():
    """Without a seal: name 2 characters from the right, date starting 2 characters right of the name."""
    pdf, _info = render(notice())
    _n, name = find_line(pdf, ALLIANCE)
    _n, date = find_line(pdf, "2013年11月6日")
    assert name[-1]["x1"] == pytest.approx(RIGHT - 2 * CHAR, abs=1 * MM)
    assert date[0]["x0"] == pytest.approx(name[0]["x0"] + 2 * CHAR, abs=1 * MM)
    assert date[0]["top"] - name[0]["top"] == pytest.approx(PITCH, abs=0.1)
    assert not any(page.images for page in pdf.pages)


def test_signature_without_seal_longer_date():
    """A date longer than the name: date 2 characters from the right, name moved left to start 2 before it."""
    pdf, _info = render(notice(signatory="学会", date=dt.date(2013, 12, 16)))
    _n, name = find_line(pdf, "学会")
    assert text_of(name) == "学会"
    _n, date = find_line(pdf, "2013年12月16日")
    assert date[-1]["x1"] == pytest.approx(RIGHT - 2 * CHAR, abs=1 * MM)
    assert name[0]["x0"] == pytest.approx(date[0]["x0"] - 2 * CHAR, abs=1 * MM)


def test_note_under_the_date_in_brackets():
    """附注 sits on the line under the date, two characters in, in full-width brackets."""
    pdf, _info = render(notice(note="此件公开发布"))
    _n, date = find_line(pdf, "2013年11月6日")
    _n, note = find_line(pdf, "此件公开发布")
    assert text_of(note) == "（此件公开发布）"
    assert note[0]["x0"] == pytest.approx(LEFT + 2 * CHAR, abs=0.5)
    assert note[0]["top"] - date[0]["top"] == pytest.approx(PITCH, abs=0.1)


def test_no_page_holds_only_the_signature(seal_png):
    """Whatever the text length, the signature's page also carries body text (the last lines move with it)."""
    for seal in (None, seal_png):
        for n in range(400, 1000, 28):
            doc = notice(body=[Block("paragraph", pure_text(n))], seal_image=seal,
                         attachments=[Attachment("专家推荐表")])
            pdf, _info = render(doc)
            number, _name = find_line(pdf, "2013年11月6日")
            body_lines = [line for line in lines_of(pdf.pages[number - 1]) if text_of(line)[0] in CJK]
            assert len(body_lines) >= 2, (seal, n)


def test_attachments_start_on_new_pages():
    """Each attachment starts a new page: 附件N in 黑体 top-left, its title centred on the third line."""
    attachments = [Attachment("专家推荐表填写说明", blocks_from_text("一、填写要求\n" + pure_text(100))),
                   Attachment("标准组推荐表填写说明", [Block("paragraph", pure_text(50))])]
    pdf, info = render(notice(attachments=attachments))
    found = []
    for k, page in enumerate(pdf.pages, start=1):
        lines = lines_of(page)
        if lines and text_of(lines[0]) in ("附件1", "附件2"):
            label = lines[0]
            found.append(k)
            assert label[0]["x0"] == pytest.approx(LEFT, abs=0.5)
            assert label[0]["top"] == pytest.approx(TOP, abs=1 * MM)
            assert "Hei" in label[0]["fontname"] or "hei" in label[0]["fontname"].lower()
            title = lines_of(page, 22.0)[0]
            assert title[0]["top"] == pytest.approx(TOP + 2 * PITCH, abs=1 * MM)
            centre = (title[0]["x0"] + title[-1]["x1"]) / 2
            assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1 * MM)
    assert len(found) == 2 and found[0] > 1 and found[1] > found[0]
    assert info.closing_page == info.pages
    _n, note = find_line(pdf, "附件：")
    assert "专家推荐表填写说明" in text_of(note)


def test_headings_are_numbered_and_set_in_their_faces():
    """一、 in 黑体, （一） in 楷体, 1. and （1） in the body face; numbering restarts under higher levels."""
    blocks = [Block("h1", "总体要求"), Block("h2", "明确职责。", tail="各单位要落实。"), Block("h3", "分工"),
              Block("h4", "细则"), Block("h2", "加强协调"), Block("h1", "工作安排"), Block("h2", "时间")]
    pdf, _info = render(notice(body=blocks))
    texts = [text_of(line) for page in pdf.pages for line in lines_of(page)]
    for expected in ("一、总体要求", "（一）明确职责。各单位要落实。", "1.分工", "（1）细则", "（二）加强协调",
                     "二、工作安排", "（一）时间"):
        assert expected in texts
    chars = {c["text"]: c["fontname"] for page in pdf.pages for c in page.chars if abs(c["size"] - 16) < 0.01}
    _n, h1 = find_line(pdf, "总体要求")
    _n, h2 = find_line(pdf, "明确职责")
    body_font = chars["各"]
    assert h1[0]["fontname"] != body_font and h2[1]["fontname"] != body_font
    assert h1[0]["fontname"] != h2[1]["fontname"]
    落 = next(c for c in h2 if c["text"] == "落")
    assert 落["fontname"] == body_font  # the run-in tail is body text


def test_minutes_layout():
    """Minutes: red 纪要 mark, 出席：/请假：/列席： in 黑体 each on a new line, wrapped names aligned after the colon."""
    pdf, info = render(sample_minutes())
    mark = [c for c in pdf.pages[0].chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark).endswith("纪要")
    assert all(is_red(c["non_stroking_color"]) for c in mark)
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * MM, abs=1 * MM)
    number, present = find_line(pdf, "出席：")
    page_lines = lines_of(pdf.pages[number - 1])
    k = next(i for i, line in enumerate(page_lines) if line is present or text_of(line) == text_of(present))
    label = present[:3]
    assert label[0]["x0"] == pytest.approx(LEFT + 2 * CHAR, abs=0.5)
    assert label[0]["fontname"] != present[4]["fontname"]
    after_colon = present[3]["x0"]
    follow = page_lines[k + 1]
    assert not text_of(follow).startswith(("请假", "列席"))
    assert follow[0]["x0"] == pytest.approx(after_colon, abs=0.5)
    texts = [text_of(line) for line in page_lines]
    assert any(t.startswith("请假：") for t in texts) and any(t.startswith("列席：") for t in texts)
    assert not any(page.images for page in pdf.pages)
    assert "吉𠮷" in "".join(texts)
    assert info.closing_page == info.pages


def test_first_page_always_carries_body_text(seal_png):
    """Even a notice too long for page 1 in one piece keeps body text on page 1."""
    doc = notice(body=[Block("paragraph", pure_text(20))], seal_image=seal_png, note="联系人：熊垓智",
                 attachments=[Attachment("专家推荐表"), Attachment("标准组推荐表"), Attachment("汇总表")])
    pdf, _info = render(doc)
    assert any(text_of(line).startswith(CJK[:5]) for line in lines_of(pdf.pages[0]))


# ---- model, validation, fonts ---------------------------------------------------------------------

def test_blocks_from_text_recognises_typed_numbering():
    """Typed 一、/（一）/1./（1） lines become headings without their numbers; a run-in tail is kept."""
    blocks = blocks_from_text("一、总体要求\n（一）加强领导。各单位要高度重视。\n1. 分工\n(2)细则\n2013年起施行。\n\n正文")
    assert [(b.kind, b.text, b.tail) for b in blocks] == [
        ("h1", "总体要求", ""), ("h2", "加强领导。", "各单位要高度重视。"), ("h3", "分工", ""), ("h4", "细则", ""),
        ("paragraph", "2013年起施行。", ""), ("paragraph", "正文", "")]


def test_document_number_normalised():
    """Typed [2013]第05号 becomes 〔2013〕5号 (hexagonal brackets, no 第, no leading zero)."""
    from core.documents.gbt9704 import normalize_doc_number

    assert normalize_doc_number("智慧城市联盟[2013]第05号") == "智慧城市联盟〔2013〕5号"
    assert normalize_doc_number("智慧城市联盟（2013）12号") == "智慧城市联盟〔2013〕12号"


def test_long_title_wraps_at_word_boundaries_into_a_trapezoid():
    """A long title breaks after 关于 into balanced lines, never splitting a word or an hourglass shape."""
    from core.documents.titles import wrap_title

    width = lambda ch: 22.0  # noqa: E731
    assert wrap_title(f"{ALLIANCE}关于征集专家组和标准组成员的通知", width, 156 * MM) == \
        [f"{ALLIANCE}关于", "征集专家组和标准组成员的通知"]
    lines = wrap_title(f"{ALLIANCE}关于印发《{ALLIANCE}会员管理办法（试行）》和《专家委员会工作规则》的通知",
                       width, 156 * MM)
    sizes = [len(line) for line in lines]
    assert max(sizes) <= 20 and not (len(sizes) == 3 and sizes[1] < min(sizes[0], sizes[2]))


def test_user_errors():
    """A notice without title or mark, a missing seal file and a CFF font setting raise UserError."""
    from core.errors import UserError

    with pytest.raises(UserError):
        render(notice(title=""))
    with pytest.raises(UserError):
        render(notice(issuer_mark=" "))
    with pytest.raises(UserError):
        render(notice(seal_image="/nonexistent/seal.png"))
    import glob

    cff = glob.glob("/usr/share/fonts/opentype/noto/*.ttc") + glob.glob("/usr/share/fonts/opentype/**/*.otf")
    if cff:
        with pytest.raises(UserError):
            render(notice(), fonts={"fangsong": cff[0]})


def test_no_font_at_all_raises_user_error_naming_packages(monkeypatch):
    """Without any Chinese TrueType font, export fails with a message naming what to install."""
    from core.documents import fonts
    from core.errors import UserError

    monkeypatch.setattr(fonts, "_index_files", lambda: {})
    monkeypatch.setattr(fonts, "_fc_list", lambda: [])
    monkeypatch.setattr(fonts, "_fontsets", {})
    with pytest.raises(UserError) as caught:
        fonts.load_fonts(script="hans")
    assert "fonts-arphic-uming" in str(caught.value)


def test_font_override_is_used():
    """A role's font setting wins over the system faces."""
    import os

    path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    if not os.path.exists(path):
        pytest.skip("WenQuanYi Zen Hei not installed")
    pdf, info = render(notice(), fonts={"fangsong": (path, 0)})
    _n, addressee = find_line(pdf, "各成员单位")
    assert "WenQuanYi" in addressee[0]["fontname"]


def test_render_to_path_and_geometry_setting(tmp_path):
    """render_pdf writes to a path too, and geometry settings (rule thickness, CMYK red) apply."""
    out = tmp_path / "n.pdf"
    info = render_pdf(notice(), out, geometry=PageGeometry(rule_thickness_mm=0.35, red_cmyk=(0, 0.8, 0.8, 0)))
    assert out.stat().st_size > 1000 and info.pages >= 1
    with pdfplumber.open(out) as pdf:
        rule = [r for r in pdf.pages[0].rects if r["non_stroking_color"] == (0, 0.8, 0.8, 0)][0]
        assert rule["bottom"] - rule["top"] == pytest.approx(0.35 * MM, abs=0.05)


def test_closing_on_even_page_for_duplex_printing():
    """With closing_on_even_page the 版记 lands on an even page; blank and closing-only pages carry no number."""
    geometry = PageGeometry(closing_on_even_page=True)
    seen_blank = False
    for n in (100, 400, 700, 1000):
        pdf, info = render(notice(body=[Block("paragraph", pure_text(n))]), geometry=geometry)
        assert info.closing_page == info.pages and info.pages % 2 == 0
        for k, page in enumerate(pdf.pages, start=1):
            if not lines_of(page) and not lines_of(page, 14.0):  # a blank page
                seen_blank = True
                assert info.page_numbers[k - 1] is None and not page_number(page)
        if not lines_of(pdf.pages[-1]):
            assert info.page_numbers[-1] is None
    assert seen_blank


def test_pasted_text_is_cleaned():
    """Line breaks, tabs and leading full-width spaces typed into a paragraph do not reach the page."""
    pdf, _info = render(notice(body=[Block("paragraph", "\u3000\u3000第一行\n第二行\t结束。"), Block("paragraph", " \n")]))
    texts = [text_of(line) for line in lines_of(pdf.pages[0])]
    assert "第一行第二行 结束。" in texts
    line = next(line for line in lines_of(pdf.pages[0]) if text_of(line).startswith("第一行"))
    assert line[0]["x0"] == pytest.approx(LEFT + 2 * CHAR, abs=0.5)


def test_warm_export_is_fast():
    """A warm 3-page export takes well under the 0.3 s budget (generous bound for slow CI machines)."""
    import time

    from core.documents.samples import sample_notice as sample

    render_pdf(sample(3), io.BytesIO())
    start = time.perf_counter()
    info = render_pdf(sample(3), io.BytesIO())
    assert time.perf_counter() - start < 0.6
    assert info.pages == 3


def test_line_breaker_unit_rules():
    """break_lines keeps every character, hangs spaces, glues 禁则 marks and never splits short Latin runs."""
    from core.documents.linebreak import break_lines

    def measure(ch, _role):
        return 16.0 if ord(ch) > 0x2000 else 8.0

    text = "中文 ，再来“引号”（括号）GB/T 9704，完。" * 12
    lines = break_lines([(text, "fangsong")], measure, 150.0, first_indent=32.0)
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        assert line.text[0] not in CLOSING and line.text[-1] not in OPENING and not line.text[0].isspace()
        assert line.natural <= 150.0 - line.indent + 0.01
    assert "\n".join(line.text for line in lines).count("GB/T 9704") == 12
    assert lines[0].indent == 32.0 and all(line.indent == 0.0 for line in lines[1:])
    assert lines[-1].last and not lines[0].last
