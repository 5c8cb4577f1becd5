"""A notice from a document written elsewhere: .docx as WPS/Word users write them,
Markdown, GB18030 text, pasted text; bad input refused with a message, nothing created."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from core.documents import number_headings
from core.errors import UserError
from core.i18n import format_date, set_language
from core.notices import queries, service
from core.notices.from_file import (
    create_notice_from_file, create_notice_from_text, draft_from_file, draft_from_text,
)
from core.notices.from_file.recognise import parse_date_text
from core.storage.database import open_database

ROOT = Path(__file__).resolve().parent.parent

TITLE = "关于开展2026年度优秀成员单位评选工作的通知"
PARAGRAPHS = [
    "为表彰先进，经联盟理事会研究，决定开展2026年度优秀成员单位评选工作。现将有关事项通知如下：",
    "一、评选范围",
    "联盟全体成员单位，含王堃、李喆牵头的课题组及吉林𠮷祥科技有限公司。",
    "二、评选程序",
    "（一）单位申报。各成员单位对照条件自愿申报。",
    "（二）专家评审",
    "1.材料初审",
    "（1）秘书处审核申报材料。",
    "（2）公示5个工作日，网址https://www.example.org/notice?id=5&x=1。",
    "2.会议评审",
    "三、有关要求",
    "请于2026年4月30日前将材料报送秘书处。联系人：张三，电话：010-12345678，邮箱：office@example.org。",
]
ATTACHMENT_LINES = ["附件：1.优秀成员单位申报表", "2.中国智慧城市产业联盟优秀成员单位评选办法"]
SIGNATURE = "中国智慧城市产业联盟"
DATE_TEXT = "2026年3月5日"
LEVELS = ["paragraph", "h1", "paragraph", "h1", "h2", "h2", "h3", "h4", "h4", "h3", "h1", "paragraph"]


def count(db) -> int:
    return len(queries.notice_ids(db, queries.NoticeFilter()))


def printed(notice: service.Notice) -> str:
    """The notice as it is printed: generated numbers, attachment note, signature, date."""
    labels = number_headings(notice.body)
    parts = [notice.title, notice.addressees + "："]
    parts += [label + b.text + b.tail for label, b in zip(labels, notice.body)]
    if notice.attachments:
        parts.append("附件：" + "".join(f"{i}.{a.name}" for i, a in enumerate(notice.attachments, 1)))
        for i, a in enumerate(notice.attachments, 1):  # an attachment with text gets its own pages
            if a.body:
                parts += [f"附件{i}", a.name]
                parts += [label + b.text + b.tail for label, b in zip(number_headings(a.body), a.body)]
    parts += [notice.signatory, format_date(notice.doc_date, "zh-Hans") if notice.doc_date else ""]
    if notice.note:
        parts.append(f"（{notice.note}）")
    if notice.copies:
        parts.append("抄送：" + "，".join(notice.copies) + "。")
    if notice.print_date:
        parts.append(notice.issuing_office + format_date(notice.print_date, "zh-Hans") + "印发")
    return "".join(parts)


def assert_nothing_lost(source: str, notice: service.Notice, ignore: str = "") -> None:
    """Every character typed in the source appears in the notice (as often as typed)."""
    def chars(text: str) -> Counter:
        return Counter(c for c in text if not c.isspace() and c not in ignore)

    missing = chars(source) - chars(printed(notice))
    assert not missing, f"lost: {''.join(missing.elements())!r}"


def assert_the_example(notice: service.Notice) -> None:
    assert notice.title == TITLE
    assert notice.addressees == "各成员单位"
    assert [b.kind for b in notice.body] == LEVELS
    assert notice.body[1].text == "评选范围" and notice.body[4].text == "单位申报。"
    assert notice.body[4].tail == "各成员单位对照条件自愿申报。"  # a run-in heading keeps its sentence
    assert [a.name for a in notice.attachments] == ["优秀成员单位申报表", "中国智慧城市产业联盟优秀成员单位评选办法"]
    assert all(a.kind == "text" and not a.body for a in notice.attachments)
    assert notice.signatory == SIGNATURE
    assert notice.doc_date == "2026-03-05"
    assert notice.status == "draft"


def write_docx(path: Path, *, auto_numbering: bool = False) -> str:
    """A notice as a clerk types it in WPS or Word; returns its text."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(22)
    run.font.name = "方正小标宋简体"
    document.add_paragraph("")
    document.add_paragraph("各成员单位：")
    for text in PARAGRAPHS:
        p = document.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.add_run(text).bold = text.startswith("一、")
    document.add_paragraph("")
    for text in ATTACHMENT_LINES:
        p = document.add_paragraph(text)
        p.paragraph_format.left_indent = Pt(32)
    document.add_paragraph("")
    for text in (SIGNATURE, DATE_TEXT):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.save(path)
    return "".join([TITLE, "各成员单位：", *PARAGRAPHS, *ATTACHMENT_LINES, SIGNATURE, DATE_TEXT])


def test_docx_written_like_wps_is_recognised_and_nothing_is_lost(db, tmp_path):
    path = tmp_path / "评选通知.docx"
    source = write_docx(path)
    notice_id = create_notice_from_file(db, path)
    notice = service.get_notice(db, notice_id)
    assert_the_example(notice)
    assert_nothing_lost(source, notice)
    assert "𠮷" in notice.body[2].text and "王堃、李喆" in notice.body[2].text


def test_docx_with_automatic_numbering_gives_levels(db, tmp_path):
    """Headings numbered by Word itself (一、 as a list; the number not in the text) get their level."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(TITLE).alignment = 1
    document.add_paragraph("各成员单位：")
    numbering = document.part.numbering_part.element
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
        '</w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{w}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for text, level in (("总体要求", 0), ("坚持问题导向。", None), ("加强组织领导", 1), ("明确分工", 2)):
        p = document.add_paragraph(text)
        if level is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{w}"><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path / "auto.docx"
    document.save(path)
    values = draft_from_file(db, path).values
    assert values["title"] == TITLE
    assert [(b.kind, b.text) for b in values["body"]] == [("h1", "总体要求"), ("paragraph", "坚持问题导向。"),
                                                          ("h2", "加强组织领导"), ("h3", "明确分工")]


def test_markdown_file(db, tmp_path):
    """# title, headings with or without typed numbers, lists and emphasis marks dropped, links kept."""
    text = "\n".join([
        f"# {TITLE}", "", "各成员单位：", "", PARAGRAPHS[0], "",
        "## 一、评选范围", "", PARAGRAPHS[2], "", "## 二、评选程序", "",
        "### （一）单位申报。各成员单位对照条件自愿申报。", "", "### （二）专家评审", "",
        "1. 材料初审", "   - （1）秘书处审核申报材料。", f"   - {PARAGRAPHS[8]}", "2. 会议评审", "",
        "## 三、有关要求", "", "**请于2026年4月30日前**将材料报送秘书处。联系人：张三，电话：010-12345678，"
        "邮箱：[office@example.org](mailto:office@example.org)。", "",
        *ATTACHMENT_LINES, "", SIGNATURE, "", DATE_TEXT, ""])
    path = tmp_path / "notice.md"
    path.write_text(text, encoding="utf-8")
    notice = service.get_notice(db, create_notice_from_file(db, path))
    assert_the_example(notice)
    assert "mailto:office@example.org" in notice.body[-1].text  # the link's address kept
    assert_nothing_lost(text, notice, ignore="#*-[]()")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8", "utf-16"])
def test_text_file_in_the_encodings_windows_writes(db, tmp_path, encoding):
    """GB18030 (Chinese Windows), UTF-8 with and without BOM, UTF-16 (Notepad's Unicode); 𠮷 survives."""
    text = "\r\n".join([TITLE, "", "各成员单位：", *["　　" + p for p in PARAGRAPHS], "",
                        "附件：1.优秀成员单位申报表", "　　　2.中国智慧城市产业联盟优秀成员", "　　　　单位评选办法", "",
                        "　" * 20 + SIGNATURE, "　" * 20 + "二〇二六年三月五日"])
    path = tmp_path / "notice.txt"
    path.write_bytes(text.encode(encoding))
    notice = service.get_notice(db, create_notice_from_file(db, path))
    assert_the_example(notice)  # the second name, typed over two lines, is joined
    assert_nothing_lost(text.replace("二〇二六年三月五日", DATE_TEXT), notice)


def test_big5_text_file_from_taiwan(db, tmp_path):
    """A Traditional notice saved as Big5 is not read as GB18030 nonsense."""
    text = "\r\n".join(["關於召開年度會員大會的通知", "各會員單位：", "一、會議時間", "請準時出席。",
                         "附件：1.參會回執", "中國智慧城市產業聯盟", "2026年3月5日"])
    path = tmp_path / "通知.txt"
    path.write_bytes(text.encode("big5"))
    notice = service.get_notice(db, create_notice_from_file(db, path))
    assert notice.title == "關於召開年度會員大會的通知" and notice.addressees == "各會員單位"
    assert [a.name for a in notice.attachments] == ["參會回執"] and notice.signatory == "中國智慧城市產業聯盟"
    assert_nothing_lost(text, notice)


def test_pasted_text_with_closing_lines_and_attachment_pages(db):
    """Note in brackets, 抄送, the 印发 line, and attachment texts laid out after the date."""
    text = "\n".join([
        "中国智慧城市产业联盟文件", "智慧城市联盟〔2026〕3号", TITLE, "各成员单位：", *PARAGRAPHS,
        *ATTACHMENT_LINES, f"{SIGNATURE}　2026-03-05", "（联系人：王堃，电话：010-87654321）",
        "附件1", "优秀成员单位申报表", "一、单位基本情况", "单位名称、统一社会信用代码。",
        "抄送：工业和信息化部，国家发展改革委。", "中国智慧城市产业联盟秘书处　2026年3月6日印发"])
    draft = draft_from_text(db, text)
    notice = service.get_notice(db, create_notice_from_text(db, text))
    assert notice.title == TITLE and notice.addressees == "各成员单位"
    assert [b.text for b in notice.body[:2]] == ["中国智慧城市产业联盟文件", "智慧城市联盟〔2026〕3号"]
    assert any("above the title" in w.source for w in draft.warnings)  # the mark and number kept, reported
    assert notice.signatory == SIGNATURE and notice.doc_date == "2026-03-05"
    assert notice.note == "联系人：王堃，电话：010-87654321"
    first = notice.attachments[0]
    assert first.name == "优秀成员单位申报表"
    assert [(b.kind, b.text) for b in first.body] == [("h1", "单位基本情况"), ("paragraph", "单位名称、统一社会信用代码。")]
    assert notice.copies == ["工业和信息化部", "国家发展改革委"]  # the closing block after the attachments
    assert notice.issuing_office == "中国智慧城市产业联盟秘书处" and notice.print_date == "2026-03-06"
    assert_nothing_lost(text.replace("2026-03-05", DATE_TEXT), notice)


def test_closing_lines_after_the_date(db):
    text = "\n".join([TITLE, "各成员单位：", PARAGRAPHS[0], SIGNATURE, DATE_TEXT, "（联系人：王堃）",
                      "抄送：工业和信息化部，国家发展改革委。", "中国智慧城市产业联盟秘书处　2026年3月6日印发"])
    notice = service.get_notice(db, create_notice_from_text(db, text))
    assert notice.copies == ["工业和信息化部", "国家发展改革委"]
    assert notice.issuing_office == "中国智慧城市产业联盟秘书处" and notice.print_date == "2026-03-06"
    assert notice.note == "联系人：王堃" and notice.body[-1].text == PARAGRAPHS[0]
    assert_nothing_lost(text, notice)


def test_title_option_overrides_and_misnumbering_is_reported(db):
    text = "\n".join([TITLE, "各成员单位：", "一、总体要求", "三、工作安排", "正文。"])
    draft = draft_from_text(db, text, title="新的标题")
    assert draft.values["title"] == "新的标题"
    assert [b.kind for b in draft.values["body"]] == ["h1", "h1", "paragraph"]
    assert any(w.params.get("typed") == "三、" and w.params.get("label") == "二、" for w in draft.warnings)


def test_title_spread_with_spaces_is_closed_up(db):
    draft = draft_from_text(db, "通　　知\n各成员单位：\n定于3月5日召开会议。\nAnnual meeting 2026")
    assert draft.values["title"] == "通知"
    assert [b.text for b in draft.values["body"]] == ["定于3月5日召开会议。", "Annual meeting 2026"]


def test_unrecognised_text_stays_in_the_body(db):
    """No title line, no addressees, no date: every line is kept as text; the file name is the title."""
    text = "请各单位认真学习。\n会议定于下周召开，具体时间另行通知。\n谢谢！"
    draft = draft_from_text(db, text)
    assert draft.values["title"] == ""
    assert [b.text for b in draft.values["body"]] == text.split("\n")
    with pytest.raises(UserError):  # a notice needs a title: nothing created without one
        create_notice_from_text(db, text)
    assert count(db) == 0


@pytest.mark.parametrize("text, iso", [("2013年11月6日", "2013-11-06"), ("2013-11-06", "2013-11-06"),
                                       ("2013/11/6", "2013-11-06"), ("二〇一三年十一月六日", "2013-11-06"),
                                       ("二○二六年三月三十一日", "2026-03-31"), ("２０１３年１月５日", "2013-01-05"),
                                       ("二〇一三年十月十十日", None), ("二〇一三年一二月六日", None),
                                       ("2013年2月30日", None), ("十一月六日", None)])
def test_dates_as_clerks_write_them(text, iso):
    assert parse_date_text(text) == iso


@pytest.mark.parametrize("name, content, words", [
    ("notice.docx", b"this is not a zip file at all", "not a Word document"),
    ("notice.docx", b"PK\x03\x04" + b"\x00" * 200, "not a Word document"),
    ("secret.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "password"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "97"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \r\n\r\n\t\r\n", "empty"),
    ("picture.txt", bytes(range(256)) * 40, "binary"),
    ("scan.txt", b"%PDF-1.7\n" + b"\x00" * 100, "PDF"),
])
def test_bad_files_get_a_message_and_create_nothing(db, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as error:
        create_notice_from_file(db, path)
    assert words in error.value.message.source and name in str(error.value)
    assert count(db) == 0


def test_damaged_docx_and_huge_files_are_refused(db, tmp_path):
    good = tmp_path / "good.docx"
    write_docx(good)
    data = good.read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[:len(data) // 2])  # a download that stopped halfway
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            dst.writestr(item, body[:len(body) // 3] if item.filename == "word/document.xml" else body)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    for path, words in ((cut, "damaged"), (broken, "damaged"), (huge, "too large")):
        with pytest.raises(UserError) as error:
            create_notice_from_file(db, path)
        assert words in error.value.message.source and path.name in str(error.value)
    assert count(db) == 0


@pytest.mark.parametrize("language, words", [("zh-Hans", "是空的"), ("zh-Hant", "沒有任何文字"), ("en", "is empty")])
def test_messages_are_translated(db, tmp_path, language, words):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    set_language(language)
    with pytest.raises(UserError) as error:
        draft_from_file(db, path)
    assert str(error.value).startswith("empty.txt") and words in str(error.value)


# -- the command line ------------------------------------------------------------------------------
def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def new_database(path: Path) -> Path:
    open_database(path).close()
    return path


def test_cli_notices_new_from_docx_prints_the_id(tmp_path):
    path = tmp_path / "notice.docx"
    write_docx(path)
    db_path = new_database(tmp_path / "cli.sqlite3")
    first = run("notices", "new", "--from", str(path), "--db", str(db_path), "--lang", "en", home=tmp_path)
    assert first.returncode == 0, first.stderr
    second = run("notices", "new", "--from", str(path), "--title", "另一个标题", "--db", str(db_path), home=tmp_path)
    assert second.returncode == 0, second.stderr
    first_id, second_id = int(first.stdout.strip()), int(second.stdout.strip())
    db = open_database(db_path)
    try:
        assert_the_example(service.get_notice(db, first_id))
        assert service.get_notice(db, second_id).title == "另一个标题"
    finally:
        db.close()
    listed = run("notices", "list", "--db", str(db_path), "--format", "json", home=tmp_path)
    assert TITLE in listed.stdout and "另一个标题" in listed.stdout


def test_cli_bad_file_exits_1_with_one_message_and_usage_exits_2(tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a document")
    db_path = new_database(tmp_path / "cli.sqlite3")
    result = run("notices", "new", "--from", str(bad), "--db", str(db_path), "--lang", "zh-Hans", home=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "bad.docx" in result.stderr and "Traceback" not in result.stderr and "Word" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    missing = run("notices", "new", "--db", str(db_path), "--lang", "en", home=tmp_path)
    assert missing.returncode == 2 and "--from" in missing.stderr


def test_docx_two_line_title_heading_styles_tables_and_tracked_changes(db, tmp_path):
    """A title centred over two paragraphs is joined; Word heading styles give levels; table rows and
    inserted tracked changes are kept, deleted ones are not."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    for text in ("关于开展2026年度优秀成员单位", "评选工作的通知"):
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("各成员单位、各专业委员会：")
    document.add_heading("工作安排", level=1)
    document.add_heading("时间节点", level=2)
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate((("阶段", "时间"), ("申报", "4月30日前"))):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    p = document.add_paragraph("请按时")
    p._p.append(parse_xml(f'<w:ins xmlns:w="{w}" w:id="1" w:author="王堃" w:date="2026-03-01T00:00:00Z">'
                          '<w:r><w:t>报送材料</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del xmlns:w="{w}" w:id="2" w:author="王堃" w:date="2026-03-01T00:00:00Z">'
                          '<w:r><w:delText>（已删去）</w:delText></w:r></w:del>'))
    p.add_run("。")
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(  # a content control (WPS and Word templates use them)
        f'<w:sdt xmlns:w="{w}"><w:sdtContent><w:p><w:r><w:t>特此通知。</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    png = tmp_path / "seal.png"
    png.write_bytes(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAA"
                                     "AABJRU5ErkJggg=="))
    document.add_picture(str(png))
    document.add_paragraph(SIGNATURE)
    document.add_paragraph("2026年3月5日")
    path = tmp_path / "styles.docx"
    document.save(path)
    draft = draft_from_file(db, path)
    assert {w.source.split()[1] for w in draft.warnings} == {"tables", "pictures"}  # told, not silently dropped
    notice = service.get_notice(db, create_notice_from_file(db, path))
    assert notice.title == TITLE
    assert notice.addressees == "各成员单位、各专业委员会"
    assert [(b.kind, b.text) for b in notice.body] == [
        ("h1", "工作安排"), ("h2", "时间节点"), ("paragraph", "阶段　时间"), ("paragraph", "申报　4月30日前"),
        ("paragraph", "请按时报送材料。"), ("paragraph", "特此通知。")]
    assert notice.signatory == SIGNATURE and notice.doc_date == "2026-03-05"


def test_random_texts_lose_nothing(db):
    """300 generated texts (numbered headings in and out of order, URLs, rare characters, dates,
    closing lines, stray colons, brackets and 附件 lines): every typed character is in the notice,
    except what the program writes its own way and reports (a heading it renumbers, punctuation
    after attachment names) or writes as GB/T 9704 does (1、 as 1., the colon after the addressees,
    the separators of 抄送)."""
    import random
    import re

    alphabet = ("联盟成员单位工作会议通知关于开展评选推荐专家组附件表王堃李喆𠮷镕犇，。、；：？！（）《》“”—…"
                "0123456789abcXYZ./:-_=&?@ \u3000")
    fragments = ["一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "3.", "（1）", "（3）", "附件：", "附件", "附件1",
                 "各成员单位：", "中国智慧城市产业联盟", "2026年3月5日", "（联系人：王堃）", "抄送：工业和信息化部。",
                 "https://example.org/a?b=1&c=2", "特此通知。", "十一、", "中国智慧城市产业联盟秘书处 2026年3月6日印发",
                 "二〇一三年十十月六日"]
    for seed in range(300):
        rng = random.Random(seed)
        lines = []
        for _ in range(rng.randint(1, 20)):
            prefix = rng.choice(fragments) if rng.random() < 0.6 else ""
            body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, rng.choice([0, 5, 30]))))
            lines.append((prefix + body).strip() or "正文")
        text = "\n".join(lines)
        draft = draft_from_text(db, text)
        v = draft.values
        notice = service.Notice(id=0, title=v["title"], addressees=v["addressees"], body=v["body"],
                                signatory=v["signatory"], doc_date=v["doc_date"], note=v["note"], copies=v["copies"],
                                issuing_office=v["issuing_office"], print_date=v.get("print_date"),
                                attachments=v["attachments"])
        if notice.addressees == "各成员单位" and "各成员单位" not in text:
            notice.addressees = ""  # the default of a new notice, not read from the text
        reported = Counter("".join(w.params.get("typed", "") + w.params.get("marks", "") for w in draft.warnings))
        own_way = Counter(c for line in lines if line.startswith("抄送") for c in line if c in "、，,；;。")
        own_way += Counter("、" * sum(bool(re.match(r"\d{1,2}、", line)) for line in lines) + ":")
        missing = Counter(c for c in text if not c.isspace()) - Counter(c for c in printed(notice) if not c.isspace())
        assert not missing - reported - own_way, (seed, text, missing)


def test_more_than_ninety_nine_headings(db):
    """A long text with 120 top-level headings is read (numbering goes on 一百、 一百零一、 … 一百二十、)."""
    from core.documents import chinese_number

    text = "\n".join([TITLE, "各成员单位："] + [f"{chinese_number(n)}、第{n}项" for n in range(1, 121)])
    draft = draft_from_text(db, text)
    labels = number_headings(draft.values["body"])
    assert labels[99] == "一百、" and labels[100] == "一百零一、" and labels[-1] == "一百二十、"
    assert not draft.warnings  # every typed number is the one printed


def test_very_long_paragraph_is_cut_at_sentence_ends_and_kept_whole(db):
    """A paragraph longer than one stored paragraph may be (20,000 characters) is cut after a 。, nothing dropped."""
    sentence = "各成员单位要高度重视评选工作，认真组织申报𠮷。"
    long = sentence * 2000  # 46,000 characters
    notice = service.get_notice(db, create_notice_from_text(db, f"{TITLE}\n各成员单位：\n{long}"))
    assert len(notice.body) == 3 and all(len(b.text) <= 20000 and b.text.endswith("。") for b in notice.body)
    assert "".join(b.text for b in notice.body) == long
