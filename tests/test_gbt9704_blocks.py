"""GB/T 9704 layout, checked on the PDFs it writes: pagination, signature, seal, attachments, closing
block, minutes, and the document model."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from core.documents import Attachment, Block, blocks_from_text, render_pdf
from core.documents.geometry import MM, PageGeometry
from core.documents.linebreak import CLOSING, OPENING
from core.documents.samples import sample_minutes
from tests.pdf_layout import (
    LEFT, RIGHT, TOP, BOTTOM, PITCH, CHAR, CJK, ALLIANCE, pure_text, notice, render, lines_of, text_of, find_line, is_red,
)


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
        assert line.width(0.0) <= 150.0 - line.indent + 0.01  # squeezed punctuation included
    assert "\n".join(line.text for line in lines).count("GB/T 9704") == 12
    assert lines[0].indent == 32.0 and all(line.indent == 0.0 for line in lines[1:])
    assert lines[-1].last and not lines[0].last
