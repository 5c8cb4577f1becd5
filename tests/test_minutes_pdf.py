"""The minutes (纪要) PDF of the 2013 council working meeting, recorded through core calls and read
back: the red mark, the number and date line, sections by agenda item, numbered decisions, the
action-item table, the 出席 / 请假 / 列席 lists in the chosen order (names never split), fonts
embedded, the 28-character grid, 标点禁则, a Traditional export, the 草稿 mark; and the sign-in sheet."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from pypdf import PdfReader

from core.documents.linebreak import CLOSING
from core.meetings import service
from core.meetings.attendee_order import level_rank
from core.meetings.minutes_sample import sample_minutes
from core.meetings.minutes_source import export_minutes_pdf, export_signin_sheet, load_minutes
from core.text.pinyin import sort_key
from core.text.strokes import stroke_key
from tests.minutes_helpers import record_meeting
from tests.pdf_layout import BOTTOM, CHAR, LEFT, PITCH, RIGHT, TOP, is_red, lines_of, text_of

PURE = "联盟秘书处组织成员单位开展智慧城市标准研究和技术交流推动产业协同发展共建共享服务平台" * 3


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """The meeting recorded in a database (60 present, 3 excused, 2 observers, 8 action items),
    with one agenda item of pure text (every full line of it must hold 28 characters)."""
    from core.meetings import agenda
    from core.storage.database import open_database

    folder = tmp_path_factory.mktemp("minutes")
    db = open_database(folder / "m.sqlite3", create=True)
    meeting_id = record_meeting(db, sample_minutes(60))
    agenda.add_agenda_item(db, meeting_id, "其他事项", PURE)
    yield db, meeting_id, folder
    db.conn.close()


def export(recorded, name: str, **options) -> tuple[bytes, object]:
    db, meeting_id, folder = recorded
    path = export_minutes_pdf(db, meeting_id, folder / name, overwrite=True, **options)
    data = path.read_bytes()
    return data, pdfplumber.open(io.BytesIO(data))


@pytest.fixture(scope="module")
def strokes_pdf(recorded):
    return export(recorded, "strokes.pdf", order="level-strokes")


def all_lines(pdf, size: float = 16.0) -> list[str]:
    return [text_of(line) for page in pdf.pages for line in lines_of(page, size)]


def listed(pdf, label: str) -> list[str]:
    """The entries of one list (出席 / 请假 / 列席), its wrapped lines joined."""
    text = "\n".join(all_lines(pdf))
    start = text.index(label + "：") + len(label) + 1
    stop = min([text.find(other + "：", start) for other in ("出席", "请假", "列席", "請假") if text.find(other + "：", start) > 0]
               + [len(text)])
    return [e for e in text[start:stop].replace("\n", "").replace(" ", "").split("、") if e]


def label(person) -> str:
    return person.label().replace(" ", "")


def test_mark_number_line_and_sections(strokes_pdf, recorded):
    _data, pdf = strokes_pdf
    page = pdf.pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == "中国智慧城市产业联盟理事会第一次工作会议纪要"
    assert all(is_red(c["non_stroking_color"]) for c in mark)
    assert min(c["top"] for c in mark) == pytest.approx(TOP + 35 * 72 / 25.4, abs=3)
    rows = sorted({round(c["top"]) for c in mark})  # too long for one line: it wraps after the alliance's name
    assert ["".join(c["text"] for c in mark if round(c["top"]) == r) for r in rows] == \
        ["中国智慧城市产业联盟", "理事会第一次工作会议纪要"]
    lines = all_lines(pdf)
    assert "第1期" in lines[0] and "中国智慧城市产业联盟秘书处" in lines[1] and "2013年11月6日" in lines[1]
    headings = [t for t in lines if re.match(r"^[一二三四五六七八九十]+、", t)]
    assert headings == ["一、会员管理中心工作情况", "二、项目服务中心工作情况", "三、秘书长总结讲话", "四、其他事项",
                        "五、会议议定事项", "六、督办事项"]
    assert "".join(lines[2:5]).startswith("2013年11月6日，中国智慧城市产业联盟理事会第一次工作会议在北京中兴大厦召开。")
    text = "".join(lines)
    assert "41家成员单位的60名代表出席会议" in text and "国家标准化管理委员会有关同志列席会议" in text


def test_decisions_are_numbered_through_the_meeting(strokes_pdf):
    _data, pdf = strokes_pdf
    starts = [t for t in all_lines(pdf) if re.match(r"^\d\.", t)]
    assert [s[:2] for s in starts] == ["1.", "2.", "3."]
    assert starts[0].startswith("1.同意组建专家组和标准组") and starts[2].startswith("3.11月至12月")


def test_action_items_table(strokes_pdf):
    """Eight rows numbered 1-8 in the first column, with their responsible unit and person, due
    date and status; the header row in 黑体."""
    _data, pdf = strokes_pdf
    numbers = []
    for page in pdf.pages:
        for line in lines_of(page, 14.0):
            digits = "".join(c["text"] for c in line if c["x1"] < LEFT + 2.5 * 14 and c["top"] < BOTTOM)
            if digits.isdigit():
                numbers.append(int(digits))
    assert numbers == list(range(1, 9))
    cells = all_lines(pdf, 14.0)
    text = "".join(cells)
    assert "序号事项完成时限状态" in cells and "责任单位" in cells and "责任人" in cells  # one-line cells centred
    statuses = [a.status for a in sample_minutes(60).actions]
    assert text.count("已完成") == statuses.count("done") and text.count("已撤销") == statuses.count("dropped")
    assert text.count("未完成") == statuses.count("open")
    assert text.count("2013年12月20日") == 6 and text.count("2013年11月15日") == 1
    assert "熊垓智" in text and "张堃" in text
    header = [c for page in pdf.pages for c in page.chars if abs(c["size"] - 14) < 0.01 and c["text"] == "序"]
    body = [c for page in pdf.pages for c in page.chars if abs(c["size"] - 14) < 0.01 and c["text"] == "跟"]
    assert header and body and header[0]["fontname"] != body[0]["fontname"]


def test_attendee_lists_by_level_then_strokes(strokes_pdf, recorded):
    db, meeting_id, _folder = recorded
    _data, pdf = strokes_pdf
    present = listed(pdf, "出席")
    assert len(present) == 60
    by_label = {label(p): p for p in load_minutes(db, meeting_id).present}
    people = [by_label[e] for e in present]
    keys = [(level_rank(p.level), stroke_key(p.name)) for p in people]
    assert keys == sorted(keys)
    assert people[0].level == "chair" and people[-1].level == "member"
    # equal stroke counts within a level: 王 (横) before 毛 (撇) before 方 (点) before 孔 (折)
    council = [p.name[0] for p in people if p.level == "council"]
    firsts = [c for c in council if c in "王毛方孔"]
    assert firsts == sorted(firsts, key="王毛方孔".index)
    assert any("（代孙立新）" in e for e in present)
    absent = listed(pdf, "请假")
    assert len(absent) == 3 and {e[-3:] for e in absent} == {"孙立新", "欧阳明"} | {e[-3:] for e in absent if "陈犇" in e}
    assert any(e.endswith("陈犇") for e in absent)
    observers = listed(pdf, "列席")
    assert observers == ["国家标准化管理委员会吴某", "国家标准化管理委员会周某"]  # 吴 7 strokes, 周 8


def test_attendee_lists_by_pinyin(recorded):
    db, meeting_id, _folder = recorded
    _data, pdf = export(recorded, "pinyin.pdf", order="pinyin")
    present = listed(pdf, "出席")
    by_label = {label(p): p for p in load_minutes(db, meeting_id).present}
    keys = [sort_key(by_label[e].name) for e in present]
    assert len(present) == 60 and keys == sorted(keys)
    assert present != listed(export(recorded, "strokes-again.pdf")[1], "出席")


def test_names_are_never_split_across_lines(strokes_pdf, recorded):
    """A person's name in the lists stands whole on one line (a unit's name may wrap)."""
    db, meeting_id, _folder = recorded
    _data, pdf = strokes_pdf
    minutes = load_minutes(db, meeting_id)
    lines = all_lines(pdf)
    start = next(k for k, t in enumerate(lines) if t.startswith("出席："))
    block = [t.replace(" ", "") for t in lines[start:]]
    joined = "".join(block)
    for person in [*minutes.present, *minutes.absent, *minutes.observers]:
        name = person.name + (f"（代{person.substitute_for}）" if person.substitute_for else "")
        assert joined.count(name) >= 1
        assert joined.count(name) == sum(t.count(name) for t in block), name


def test_fonts_embedded_and_text_on_the_grid(strokes_pdf):
    data, pdf = strokes_pdf
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptors = [d.get_object()["/FontDescriptor"] for d in font.get("/DescendantFonts", [])] or \
                [font.get("/FontDescriptor")]
            assert all(d is not None and "/FontFile2" in d.get_object() for d in descriptors), font["/BaseFont"]
    full = 0
    for page in pdf.pages:
        for line in lines_of(page, 16.0):
            text = text_of(line)
            assert text[0] not in CLOSING, text  # 标点禁则: no line starts with closing punctuation
            if text and all(c in PURE for c in text) and abs(line[0]["x0"] - LEFT) < 0.5:
                if line[-1]["x1"] > RIGHT - CHAR:  # a full line of the pure paragraph
                    assert len(text) == 28
                    full += 1
        tops = sorted({round(line[0]["top"], 1) for line in lines_of(page, 16.0)})
        if page.page_number == 1:
            tops = tops[2:]  # the number line and the office / date line sit in the header, off the grid
        for a, b in zip(tops, tops[1:]):
            assert (b - a) / PITCH == pytest.approx(round((b - a) / PITCH), abs=0.02)
    assert full >= 3
    for page in pdf.pages:
        for line in lines_of(page, 14.0):
            if line[0]["top"] < BOTTOM:  # (not the page number — 2 — under the block)
                assert text_of(line)[0] not in CLOSING


def test_traditional_export_keeps_names(recorded):
    _data, pdf = export(recorded, "hant.pdf", script="hant-tw")
    mark = "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 30)
    assert mark.endswith("理事會第一次工作會議紀要")
    text = "".join(all_lines(pdf))
    assert "會議議定事項" in text and "督辦事項" in text
    present = listed(pdf, "出席")
    assert len(present) == 60 and any(e.endswith("陈犇") for e in listed(pdf, "請假"))
    assert any(e.startswith("北京智慧城市研究院") for e in present)  # units as typed, not converted
    assert any(e == "中国智慧城市产业联盟秘书处熊垓智" for e in present)
    lines = all_lines(pdf)
    # the secretariat as the document's issuer is text: converted whole (never half, although a unit
    # of that name is on the lists); so is a unit named in the running text
    assert "中國智慧城市產業聯盟秘書處" in lines[1]
    assert "項目服務中心報告了" in text
    cells = "".join(all_lines(pdf, 14.0))
    assert "跟進長春市合作協" in cells and "项目服务中心" in cells  # item converted, unit as typed


def test_draft_minutes_carry_the_draft_mark_circulated_ones_theirs_approved_none(recorded):
    db, meeting_id, _folder = recorded

    def grey(pdf) -> int:
        return sum(1 for page in pdf.pages for o in page.curves + page.rects
                   if o.get("fill") and o.get("non_stroking_color") in (0.86, (0.86,), [0.86]))

    def mark_width(pdf) -> float:  # the grey outlines' extent across page 1
        shapes = [o for o in pdf.pages[0].curves if o.get("non_stroking_color") in (0.86, (0.86,), [0.86])]
        return max(o["x1"] for o in shapes) - min(o["x0"] for o in shapes)

    _data, draft = export(recorded, "draft.pdf")
    assert grey(draft) > 0 and "草" not in "".join(all_lines(draft))
    service.circulate_minutes(db, meeting_id)  # circulated for comments: 征求意见稿, five characters
    _data, circulated = export(recorded, "circulated.pdf")
    assert grey(circulated) > 0 and mark_width(circulated) > mark_width(draft) + 50
    assert "征求意见稿" not in "".join(all_lines(circulated))
    service.approve_minutes(db, meeting_id, "2013-11-08")
    try:
        _data, approved = export(recorded, "approved.pdf")
        assert grey(approved) == 0
    finally:
        service.correct_minutes(db, meeting_id)  # a new draft version for the tests after this one


def test_preview_bytes_are_the_exported_pdf(recorded):
    from core.meetings.minutes_source import render_minutes_bytes

    db, meeting_id, _folder = recorded
    data = render_minutes_bytes(db, meeting_id, order="pinyin")
    pdf = pdfplumber.open(io.BytesIO(data))
    assert data.startswith(b"%PDF") and len(listed(pdf, "出席")) == 60


def test_export_never_overwrites_without_permission(recorded, tmp_path):
    from core.errors import UserError

    db, meeting_id, _folder = recorded
    out = tmp_path / "m.pdf"
    out.write_bytes(b"kept")
    with pytest.raises(UserError):
        export_minutes_pdf(db, meeting_id, out)
    assert out.read_bytes() == b"kept"


def test_signin_sheet_rows(recorded):
    """Every invitee once (substitutes who came on the day are not invitees), grouped by unit, the
    header row on every page, 第N页 共M页, signature and phone columns empty."""
    from core.meetings.attendance import list_attendees

    db, meeting_id, folder = recorded
    path = export_signin_sheet(db, meeting_id, folder / "signin.pdf", overwrite=True)
    pdf = pdfplumber.open(path)
    invitees = [a for a in list_attendees(db, meeting_id) if not a.walk_in]
    words = [w["text"] for page in pdf.pages for w in page.extract_words(keep_blank_chars=False)]
    text = "".join(page.extract_text() or "" for page in pdf.pages)
    for a in invitees:
        assert a.name in text
    numbers = [int(w) for w in words if w.isdigit()]
    assert set(range(1, len(invitees) + 1)) <= set(numbers)
    assert len(pdf.pages) >= 2
    for k, page in enumerate(pdf.pages, start=1):
        page_text = page.extract_text() or ""
        assert "签名" in page_text and "电话" in page_text
        assert f"第{k}页" in page_text.replace(" ", "") and f"共{len(pdf.pages)}页" in page_text.replace(" ", "")
    first = pdf.pages[0].extract_text()
    assert "理事会第一次工作会议签到表" in first and "北京中兴大厦" in first and "2013年11月6日" in first
    # units by membership level, each written once over its people on a page: the first is a 理事长单位
    mm = 72 / 25.4
    column = [c for c in pdf.pages[0].chars if 31 * mm < c["x0"] < 80 * mm and abs(c["size"] - 12) < 0.01]
    tops = sorted({round(c["top"]) for c in column})
    units_on_page = ["".join(c["text"] for c in column if round(c["top"]) == t) for t in tops][1:]  # after 单位
    levels = {a.unit_name: a.unit_level for a in invitees}
    first_unit = next(u for u in levels if units_on_page[0] and u.startswith(units_on_page[0]))
    assert levels[first_unit] == "chair"
    for unit in levels:
        assert sum(1 for line in units_on_page if line == unit) <= 1


def test_signin_sheet_row_holds_a_long_unit_name(tmp_path):
    """A unit with one invitee and a name on three lines: the row grows, the name stays inside its rules."""
    import datetime as dt

    from core.meetings.minutes_model import Attendee
    from core.meetings.signin_pdf import SigninSheet, render_signin_pdf

    long_unit = "无锡新吴传感网络与智慧城市物联网技术研究院有限责任公司联合实验室"
    sheet = SigninSheet("理事会第一次工作会议", "中国智慧城市产业联盟", dt.date(2013, 11, 6), "09:00", "12:00", "北京中兴大厦",
                        [Attendee("曹颖", long_unit, "member", "主任")])
    out = tmp_path / "sheet.pdf"
    render_signin_pdf(sheet, out)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        rules = sorted(e["top"] for e in page.edges if e["orientation"] == "h")
        unit_chars = [c for c in page.chars if c["text"] in long_unit and abs(c["size"] - 12) < 0.01
                      and c["top"] > rules[1]]
        assert len({round(c["top"]) for c in unit_chars}) >= 2  # wrapped
        assert max(c["bottom"] for c in unit_chars) < rules[-1] and min(c["top"] for c in unit_chars) > rules[1]
