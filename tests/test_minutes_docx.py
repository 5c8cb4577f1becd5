"""Minutes (纪要) as Word documents (.docx) for WPS and Word: the 2013 council working meeting
recorded through core calls, exported as .docx, converted by LibreOffice to PDF and measured like
our own PDFs: margins within 1 mm, 28 characters a full line, 22 lines a full page, the red mark
35 mm under the top of the text block with the number and date lines and the red rule, the
action-item table with every row (its header again on the next page), the 出席 / 请假 / 列席
lists, 草稿 / 征求意见稿, Traditional text with names kept as typed, and 𠮷 intact."""

from __future__ import annotations

import shutil
import zipfile
from collections import defaultdict

import pdfplumber
import pytest
from lxml import etree

from core.documents.geometry import MM
from core.documents.model import format_date
from core.meetings import agenda, service
from core.meetings.minutes_sample import sample_minutes
from core.meetings.minutes_source import export_minutes_pdf
from tests.minutes_helpers import record_meeting
from tests.test_docx_export import soffice_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, (28 + 156) * MM, 37 * MM, (37 + 225) * MM
PURE = "联盟秘书处组织成员单位开展智慧城市标准研究和技术交流推动产业协同发展共建共享服务平台" * 3
MARK = "中国智慧城市产业联盟理事会第一次工作会议纪要"


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    """The meeting (60 present, 3 excused, 2 observers, 8 action items, one agenda item of pure
    text) as .docx: Simplified draft, Traditional (Taiwan), circulated and approved; each converted
    to PDF by LibreOffice."""
    assert shutil.which("soffice"), "LibreOffice (soffice) is needed: bootstrap.py installs libreoffice-writer-nogui"
    from core.storage.database import open_database

    folder = tmp_path_factory.mktemp("minutes-docx")
    db = open_database(folder / "m.sqlite3", create=True)
    sample = sample_minutes(60)
    meeting_id = record_meeting(db, sample)
    agenda.add_agenda_item(db, meeting_id, "其他事项", PURE)
    docs = {"draft": folder / "draft.docx", "hant": folder / "hant.docx"}
    export_minutes_pdf(db, meeting_id, docs["draft"])
    export_minutes_pdf(db, meeting_id, docs["hant"], script="hant-tw")
    service.circulate_minutes(db, meeting_id)
    docs["circulated"] = export_minutes_pdf(db, meeting_id, folder / "circulated.docx")
    service.approve_minutes(db, meeting_id, "2013-11-08")
    docs["approved"] = export_minutes_pdf(db, meeting_id, folder / "approved.docx")
    pdfs = {key: pdfplumber.open(path) for key, path in soffice_pdf(docs, folder).items()}
    yield sample, docs, pdfs
    for pdf in pdfs.values():
        pdf.close()
    db.conn.close()


def lines(page, size: float = 16.0) -> list[list[dict]]:
    rows = defaultdict(list)
    for ch in page.chars:
        if abs(ch["size"] - size) < 0.6 and ch["text"].strip():
            rows[round(ch["top"])].append(ch)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def text(pdf) -> str:
    return "".join((p.extract_text() or "") for p in pdf.pages).replace(" ", "").replace("\n", "")


def line_texts(pdf, size: float = 16.0) -> list[str]:
    return ["".join(c["text"] for c in row) for page in pdf.pages for row in lines(page, size)]


def test_a_full_line_has_28_characters_inside_the_margins(minutes):
    _sample, _docs, pdfs = minutes
    pdf = pdfs["approved"]
    assert abs(pdf.pages[0].width - 210 * MM) < 1 and abs(pdf.pages[0].height - 297 * MM) < 1  # A4
    pure = [row for page in pdf.pages for row in lines(page)
            if "".join(c["text"] for c in row) in PURE and len(row) > 20]
    assert len(pure) >= 3  # the agenda item of pure text: every line but its last is full
    first, *full = pure[:-1]
    assert len(first) == 26 and abs(first[0]["x0"] - (LEFT + 2 * 156 * MM / 28)) <= 1 * MM  # indented two
    for row in full:
        assert len(row) == 28, "".join(c["text"] for c in row)
        assert abs(row[0]["x0"] - LEFT) <= 1 * MM
    for row in pure[:-1]:
        assert abs(row[-1]["x1"] - RIGHT) <= 1 * MM
    for page in pdf.pages:
        for row in lines(page):
            assert row[0]["x0"] >= LEFT - 1 * MM and row[-1]["x1"] <= RIGHT + 1 * MM


def test_a_full_page_of_attendees_has_22_lines_on_the_grid(minutes):
    """The 出席 list fills whole pages: 22 lines of 3号 text, one grid line apart, inside the block."""
    _sample, _docs, pdfs = minutes
    pdf = pdfs["approved"]
    full = [page for page in pdf.pages[1:] if len(lines(page)) >= 22]
    assert full, [len(lines(p)) for p in pdf.pages]
    for page in full:
        rows = lines(page)
        assert len(rows) == 22
        pitches = [b[0]["top"] - a[0]["top"] for a, b in zip(rows, rows[1:])]
        assert all(abs(p - 225 * MM / 22) < 0.5 for p in pitches)
        assert abs(rows[0][0]["top"] - TOP) <= 3 * MM and rows[-1][0]["bottom"] <= BOTTOM + 1 * MM


def test_mark_number_and_date_lines_and_red_rule(minutes):
    _sample, _docs, pdfs = minutes
    page = pdfs["approved"].pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == MARK
    assert all(c["non_stroking_color"][0] > 0.8 and c["non_stroking_color"][1] < 0.2 for c in mark)  # red
    rows = sorted({round(c["top"]) for c in mark})  # too long for one line: it wraps after the alliance's name
    assert ["".join(c["text"] for c in mark if round(c["top"]) == r) for r in rows] == \
        ["中国智慧城市产业联盟", "理事会第一次工作会议纪要"]
    assert abs(min(c["top"] for c in mark) - (TOP + 35 * MM)) <= 3 * MM
    for r in rows:  # each line centred on the block, not squeezed
        line = [c for c in mark if round(c["top"]) == r]
        assert abs((line[0]["x0"] + line[-1]["x1"]) / 2 - (LEFT + RIGHT) / 2) < 2 * MM
        assert line[0]["x0"] > LEFT - 1 * MM and line[-1]["x1"] < RIGHT + 1 * MM
        assert all(abs(c["size"] - mark[0]["size"]) < 0.5 for c in line)
    body = lines(page)
    texts = ["".join(c["text"] for c in row) for row in body]
    assert texts[0] == "第1期"
    assert texts[1] == "中国智慧城市产业联盟秘书处2013年11月6日"
    number, office = body[0], body[1]
    assert abs((number[0]["x0"] + number[-1]["x1"]) / 2 - (LEFT + RIGHT) / 2) < 2 * MM  # centred
    assert abs(office[0]["x0"] - (LEFT + 156 * MM / 28)) < 1.5 * MM  # one character in from each side
    assert abs(office[-1]["x1"] - (RIGHT - 156 * MM / 28)) < 1.5 * MM
    assert office[0]["top"] > number[0]["top"] + 5 * MM
    reds = [r for r in page.rects + page.lines if abs(r["x1"] - r["x0"]) > 150 * MM
            and any((r.get(k) or (0,))[0] > 0.8 for k in ("non_stroking_color", "stroking_color"))]
    assert reds, "no red rule"
    assert office[0]["bottom"] < reds[0]["top"] < office[0]["bottom"] + 8 * MM  # about 4 mm under the date line
    assert texts[2].startswith("2013年11月6日，中国智慧城市产业联盟理事会")  # then the text


def test_sections_decisions_and_the_action_item_table(minutes):
    sample, _docs, pdfs = minutes
    pdf = pdfs["approved"]
    body = text(pdf)
    for n, item in enumerate(sample.items, start=1):
        assert "一二三四五"[n - 1] + "、" + item.title in body
    assert "会议议定事项" in body and all(f"{d.number}.{d.text}" in body for d in sample.decisions)
    assert "督办事项" in body
    cells = [c for page in pdf.pages for c in page.chars if abs(c["size"] - 14) < 0.6]
    cell_text = "".join(c["text"] for c in cells)
    for k, action in enumerate(sample.actions, start=1):
        assert action.text in cell_text.replace(" ", "") or all(
            part in cell_text for part in (action.text[:4], action.text[-4:]))
        assert action.unit in cell_text and action.person in cell_text
    # one row per action item: the numbers 1..8 in the first column, each inside a ruled box
    table_pages = [page for page in pdf.pages if any(c["text"] == "序" and abs(c["size"] - 14) < 0.6
                                                     for c in page.chars)]
    numbers = []
    for page in table_pages:
        first = [c for c in page.chars if abs(c["size"] - 14) < 0.6 and c["x0"] < LEFT + 12 * MM
                 and c["text"].isdigit() and c["bottom"] < BOTTOM]  # not the page number
        numbers += [c["text"] for c in sorted(first, key=lambda c: c["top"])]
        ruling = [r for r in page.lines + page.rects + page.edges if r.get("x0") is not None]
        verticals = {round(r["x0"]) for r in ruling if abs(r["x1"] - r["x0"]) < 1 and r["bottom"] - r["top"] > 5}
        assert len(verticals) >= 6, verticals  # five columns: six vertical rules
        assert min(verticals) >= LEFT - 1.5 * MM and max(verticals) <= RIGHT + 1.5 * MM
    assert numbers == [str(k) for k in range(1, len(sample.actions) + 1)]
    assert len(table_pages) >= 2  # the table goes on to the next page, with its header again
    for page in table_pages:
        header = "".join(c["text"] for c in page.chars if abs(c["size"] - 14) < 0.6)
        assert "序号" in header and "完成时限" in header and "状态" in header
    rows = ["".join(c["text"] for c in row) for page in table_pages for row in lines(page, 14.0)]
    for action in sample.actions:  # a date is never wrapped in its column
        assert any(format_date(action.due) in row for row in rows), format_date(action.due)
    status = "".join(c["text"] for c in cells)
    assert "已完成" in status and "未完成" in status and "已撤销" in status


def test_attendee_lists_in_order_after_the_text(minutes):
    sample, _docs, pdfs = minutes
    pdf = pdfs["approved"]
    rows = line_texts(pdf)
    starts = {label: next(k for k, row in enumerate(rows) if row.startswith(label + "："))
              for label in ("出席", "请假", "列席")}
    assert starts["出席"] < starts["请假"] < starts["列席"]
    listed = "".join(rows[starts["出席"]:]).replace(" ", "")
    from core.meetings.attendee_order import order_attendees

    present = [p.label().replace(" ", "") for p in order_attendees(sample.present, "level-strokes")]
    names = listed[len("出席："):listed.index("请假：")].split("、")
    assert names == present
    label_chars = [c for page in pdf.pages for c in page.chars if c["text"] == "出"
                   and abs(c["size"] - 16) < 0.6 and c["x0"] < LEFT + 3 * 156 * MM / 28]
    assert abs(label_chars[-1]["x0"] - (LEFT + 2 * 156 * MM / 28)) <= 1 * MM  # two characters in
    # wrapped lines align with the first character after the colon
    wrapped = next(row for page in pdf.pages for row in lines(page)
                   if row[0]["top"] > label_chars[-1]["top"] + 5 and row[0]["page_number"] == label_chars[-1][
                       "page_number"])
    assert abs(wrapped[0]["x0"] - (LEFT + 5 * 156 * MM / 28)) <= 1 * MM


def test_draft_circulated_and_approved_marks(minutes):
    _sample, _docs, pdfs = minutes
    assert "草稿" in text(pdfs["draft"]) and "征求意见稿" not in text(pdfs["draft"])
    assert "征求意见稿" in text(pdfs["circulated"])
    assert "草稿" not in text(pdfs["approved"]) and "征求意见稿" not in text(pdfs["approved"])


def test_traditional_export_converts_text_but_keeps_names(minutes):
    sample, _docs, pdfs = minutes
    hant = text(pdfs["hant"])
    assert "中國智慧城市產業聯盟理事會第一次工作會議紀要" in hant
    assert "會議議定事項" in hant and "督辦事項" in hant and "出席：" in hant
    assert "草稿" in hant
    person = next(p for p in sample.present if p.name != p.name.translate(str.maketrans("张李刘陈", "張李劉陳")))
    assert person.name in hant  # names of people kept as typed
    unit = next(p.unit for p in sample.present if "广州" in p.unit)
    assert unit in hant  # and of units in the lists


def test_rare_characters_survive(minutes):
    sample, _docs, pdfs = minutes
    rare = [p.label().replace(" ", "") for p in sample.present if "𠮷" in p.name]
    assert rare
    for key in ("approved", "hant"):
        body = text(pdfs[key])
        assert "𠮷" in body and rare[0] in body


def test_the_file_is_in_schema_order(minutes):
    """Word refuses a file whose elements are out of the schema's order: check the table's too."""
    from core.documents.docx_xml import PPR_ORDER as _PPR_ORDER, RPR_ORDER as _RPR_ORDER

    orders = {f"{W}pPr": _PPR_ORDER, f"{W}rPr": _RPR_ORDER,
              f"{W}tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                            "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
                            "tblLayout", "tblCellMar", "tblLook"),
              f"{W}trPr": ("cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
                           "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"),
              f"{W}tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
                           "textDirection", "tcFitText", "vAlign", "hideMark")}
    _sample, docs, _pdfs = minutes
    with zipfile.ZipFile(docs["approved"]) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    assert root.find(f".//{W}tblHeader") is not None
    for tag, order in orders.items():
        for element in root.iter(tag):
            ranks = [order.index(c.tag[len(W):]) for c in element if c.tag.startswith(W)]
            assert ranks == sorted(ranks), (tag, [c.tag[len(W):] for c in element])
