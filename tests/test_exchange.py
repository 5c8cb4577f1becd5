"""Import and export of member units and contacts (core.exchange)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from pathlib import Path

import openpyxl
import pytest

from core import i18n
from core.errors import UserError
from core.exchange import readers
from core.exchange.columns import check_mapping, find_header_row, propose_mapping
from core.exchange.import_plan import ImportCancelled
from core.exchange.member_export import export_members
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import read_table
from core.members.committees import list_committees
from core.members.contacts import create_contact, unit_contacts
from core.members.units import create_unit, get_unit
from core.storage.database import open_database
from core.validation import uscc_check_char

HEADER = ["单位名称", "统一社会信用代码", "会员类别", "城市", "联系人", "手机", "电子邮箱"]


def code(n: int) -> str:
    first = f"9111000{n:010d}"
    return first + uscc_check_char(first)


def new_db(tmp_path: Path, name: str = "t.sqlite3"):
    return open_database(tmp_path / name)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def import_file(db, path: Path, policy: str = "merge", **kwargs):
    table = read_table(path)
    plan = plan_import(db, table, propose_mapping(table.header), policy)
    return plan, apply_import(db, plan, **kwargs)


def units(db) -> list[str]:
    return [r[0] for r in db.query("SELECT name FROM units WHERE deleted_at IS NULL ORDER BY id")]


def contacts(db) -> list[tuple[str, str, str, str]]:
    return [tuple(r) for r in db.query(
        "SELECT u.name, c.name, c.mobile, c.email FROM contacts c JOIN units u ON u.id = c.unit_id "
        "WHERE c.deleted_at IS NULL ORDER BY c.id")]


def row_count(db) -> int:
    return db.query_one("SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM contacts) "
                        "+ (SELECT count(*) FROM unit_history) + (SELECT count(*) FROM unit_committees)")[0]


RARE_ROWS = [HEADER,
             ["𠮷祥科技有限公司", code(1), "理事单位", "南京", "王堃", "13812345678", "kun@example.com"],
             ["喆远研究院", "", "会员单位", "长春", "陈喆", "13900001111", ""]]


@pytest.mark.parametrize("encoding, expected", [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"),
                                                ("gb18030", "gb18030")])
def test_csv_encodings_detected_and_rare_characters_survive(tmp_path, encoding, expected):
    """UTF-8 with/without BOM and GB18030 CSVs with Chinese headers import, 𠮷 堃 喆 intact."""
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "members.csv", RARE_ROWS, encoding)
    assert read_table(path).encoding == expected
    plan, counts = import_file(db, path)
    assert counts.units_created == 2 and counts.contacts_added == 2 and counts.error_rows == 0
    assert units(db) == ["𠮷祥科技有限公司", "喆远研究院"]
    assert contacts(db)[0] == ("𠮷祥科技有限公司", "王堃", "13812345678", "kun@example.com")
    assert get_unit(db, 1).level == "council" and get_unit(db, 1).credit_code == code(1)


def test_gb18030_encodes_the_rare_character_in_four_bytes():
    """The GB18030 test above really exercises the 4-byte range (𠮷 U+20BB7)."""
    assert len("𠮷".encode("gb18030")) == 4


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_delimiters_are_sniffed(tmp_path, delimiter):
    """A tab- or semicolon-separated file is split into the right columns."""
    path = write_csv(tmp_path / "members.csv", RARE_ROWS, "utf-8", delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.header == HEADER and table.rows[0][0] == "𠮷祥科技有限公司"


def test_big5_csv_with_traditional_headers(tmp_path):
    """A Big5 CSV from a Taiwan member is read as Big5, not as garbled GB18030."""
    db = new_db(tmp_path)
    rows = [["單位名稱", "會員類別", "聯絡人", "電子郵箱"],
            ["臺灣智慧城市協會", "理事單位", "林志明", "lin@example.tw"]]
    path = write_csv(tmp_path / "tw.csv", rows, "big5")
    plan, counts = import_file(db, path)
    assert counts.units_created == 1
    assert units(db) == ["臺灣智慧城市協會"]
    assert contacts(db) == [("臺灣智慧城市協會", "林志明", "", "lin@example.tw")]


def test_xlsx_import_with_title_row_dates_and_numbers(tmp_path):
    """An .xlsx with a title row, a real date cell and numeric phone/postcode cells imports as typed."""
    db = new_db(tmp_path)
    path = write_xlsx(tmp_path / "members.xlsx", [
        ["中国智慧城市产业联盟成员单位名单"],
        [],
        ["序号", "单位名称", "邮政编码", "入会时间", "联系人", "手机", "拟参加专业委员会"],
        [1, "北京中兴大厦管理有限公司", 100083, dt.datetime(2013, 11, 6), "熊垓智", 13812345678, "智能交通、智慧医疗"],
    ])
    table = read_table(path)
    assert table.header_row == 3 and table.row_numbers == [4]
    plan, counts = import_file(db, path)
    assert counts.units_created == 1 and counts.error_rows == 0
    unit = get_unit(db, 1)
    assert (unit.postcode, unit.join_date) == ("100083", "2013-11-06")
    names = {c.id: c.name for c in list_committees(db)}
    assert sorted(names[i] for i in unit.committee_ids) == ["智慧医疗", "智能交通"]
    assert contacts(db) == [("北京中兴大厦管理有限公司", "熊垓智", "13812345678", "")]


def test_traditional_and_english_headers_recognised():
    """單位名稱, 聯繫人, 手機 and English headers map to the same fields as Simplified ones."""
    mapping = propose_mapping(["序號", "單位名稱", "聯繫人", "手機（必填）", "統一社會信用代碼", "E-mail",
                               "法定代表人職務"])
    assert list(mapping.values()) == [None, "name", "contact_name", "contact_mobile", "credit_code",
                                      "contact_email", None]
    english = propose_mapping(["Unit name", "Membership level", "Contact", "Mobile", "Office phone"])
    assert list(english.values()) == ["name", "level", "contact_name", "contact_mobile", "contact_office_phone"]
    assert find_header_row([["名单"], ["单位名称", "联系人"]]) == 1


def test_traditional_values_imported(tmp_path):
    """Level and type written in Traditional (理事單位, 科研院所) are understood."""
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "t.csv", [["單位名稱", "會員類別", "單位性質", "聯繫人"],
                                          ["香港智慧城市聯盟", "理事單位", "科研院所", "陳大文"]])
    import_file(db, path)
    unit = get_unit(db, 1)
    assert (unit.level, unit.unit_type) == ("council", "research")


BAD_ROWS = [
    HEADER,
    ["甲公司", code(2), "会员单位", "", "张三", "13800000001", ""],
    ["乙公司", "BAD", "会员单位", "", "李四", "13800000002", ""],
    ["丙公司", "", "会员单位", "", "王五", "12345", "wang@example.com"],
    ["丁公司", "", "不存在的级别", "", "赵六", "", ""],
    ["戊公司", "", "", "", "钱七", "", "qian@example.com"],
]


def _bad_rows(tmp_path):
    bad_code = code(3)[:-1] + ("0" if code(3)[-1] != "0" else "1")
    return write_csv(tmp_path / "m.csv", [[bad_code if c == "BAD" else c for c in row] for row in BAD_ROWS])


def test_bad_rows_reported_good_rows_imported(tmp_path):
    """Each bad row is reported with its Excel row number, column and reason; good rows still go in.
    A wrong contact cell does not cost the unit: the cell is left empty and listed."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    plan, counts = import_file(db, _bad_rows(tmp_path))
    assert plan.error_rows == [3, 5]
    by_row = {p.row: p for p in plan.problems}
    assert (by_row[3].column, by_row[3].header) == ("B", "统一社会信用代码")
    assert "check character is wrong" in str(by_row[3]) and str(by_row[3]).startswith("Row 3, column B")
    assert by_row[5].column == "C" and "不存在的级别 is not one of the choices" in str(by_row[5])
    [note] = plan.notes
    assert (note.row, note.column, note.header) == (4, "F", "手机")
    assert "Contact mobile: must be 11 digits" in str(note) and "left empty" in str(note)
    assert units(db) == ["甲公司", "丙公司", "戊公司"]
    assert ("丙公司", "王五", "", "wang@example.com") in contacts(db)
    assert counts.error_rows == 2 and counts.units_created == 3


def test_strict_import_refuses_a_row_with_a_wrong_contact_cell(tmp_path):
    """strict=True: the row with the wrong mobile is refused as a whole, as before."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    table = read_table(_bad_rows(tmp_path))
    plan = plan_import(db, table, propose_mapping(table.header), "merge", strict=True)
    assert plan.error_rows == [3, 4, 5] and plan.notes == []
    assert "Contact mobile: must be 11 digits" in str({p.row: p for p in plan.problems}[4])
    apply_import(db, plan)
    assert units(db) == ["甲公司", "戊公司"]


def test_contact_without_a_valid_name_is_left_out_but_the_unit_imported(tmp_path):
    """A contact cell holding only a mobile (no name) costs the contact, not the unit."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    plan, counts = import_file(db, write_csv(tmp_path / "m.csv", [HEADER, ["甲公司", "", "", "", "", "13800000001", ""]]))
    assert plan.error_rows == [] and units(db) == ["甲公司"] and contacts(db) == []
    [note] = plan.notes
    assert note.row == 2 and "the contact is left out" in str(note)


def test_plan_import_writes_nothing(tmp_path):
    """A preview (plan_import) leaves the database exactly as it was."""
    db = new_db(tmp_path)
    create_unit(db, {"name": "已有单位", "credit_code": code(99)})
    before, changes = row_count(db), db.conn.total_changes
    table = read_table(write_csv(tmp_path / "m.csv", RARE_ROWS))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    assert plan.counts.units_created == 2
    assert row_count(db) == before and db.conn.total_changes == changes


@pytest.mark.parametrize("stop_after", [1, 2])
def test_cancel_rolls_back_everything(tmp_path, stop_after):
    """Cancelling at the start or midway writes nothing at all."""
    db = new_db(tmp_path)
    create_unit(db, {"name": "已有单位"})
    before = row_count(db)
    table = read_table(write_csv(tmp_path / "m.csv", RARE_ROWS))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= stop_after

    with pytest.raises(ImportCancelled) as info:
        apply_import(db, plan, cancel=cancel)
    assert "cancelled" in info.value.message.source
    assert row_count(db) == before and units(db) == ["已有单位"]


def test_progress_reported(tmp_path):
    """progress(done, total) ends at total == done."""
    db = new_db(tmp_path)
    seen = []
    import_file(db, write_csv(tmp_path / "m.csv", RARE_ROWS), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (2, 2)


def _registered_with_contact(db):
    unit = create_unit(db, {"name": "华为技术有限公司", "credit_code": code(9), "level": "member"})
    create_contact(db, {"unit_id": unit.id, "name": "张三", "mobile": "13800000009"})
    return unit


DUPLICATE_ROWS = [["单位名称", "统一社会信用代码", "城市", "会员类别", "联系人", "电子邮箱"],
                  ["华为技术有限公司（深圳）", code(9), "深圳", "理事单位", "张三", "zhang@example.com"],
                  ["华为技术有限公司（深圳）", code(9), "深圳", "理事单位", "李四", "li@example.com"]]


def test_duplicate_by_credit_code_merged(tmp_path):
    """With merge, a registered unit (same credit code) is filled in, its contact updated, a new one added."""
    db = new_db(tmp_path)
    unit = _registered_with_contact(db)
    plan, counts = import_file(db, write_csv(tmp_path / "d.csv", DUPLICATE_ROWS), "merge")
    assert (counts.units_created, counts.units_updated, counts.contacts_added, counts.contacts_updated) == (0, 1, 1, 1)
    after = get_unit(db, unit.id)
    assert units(db) == ["华为技术有限公司（深圳）"]
    assert (after.city, after.level) == ("深圳市", "council")  # the national list's spelling
    assert sorted((c.name, c.mobile, c.email) for c in unit_contacts(db, unit.id)) == [
        ("张三", "13800000009", "zhang@example.com"), ("李四", "", "li@example.com")]


def test_duplicate_by_credit_code_skipped(tmp_path):
    """With skip, a registered unit and its contacts are left untouched."""
    db = new_db(tmp_path)
    unit = _registered_with_contact(db)
    before = row_count(db)
    city = get_unit(db, unit.id).city  # read from the credit code (110000: 北京市), not 深圳 as the file says
    plan, counts = import_file(db, write_csv(tmp_path / "d.csv", DUPLICATE_ROWS), "skip")
    assert counts.units_skipped == 1 and counts.contacts_added == 0
    assert row_count(db) == before
    assert get_unit(db, unit.id).city == city == "北京市" and [c.email for c in unit_contacts(db, unit.id)] == [""]


def test_duplicate_by_name_when_no_code(tmp_path):
    """A row without a credit code matches a registered unit by name, across scripts and bracket widths."""
    db = new_db(tmp_path)
    create_unit(db, {"name": "智慧城市研究院(北京)"})
    path = write_csv(tmp_path / "n.csv", [["單位名稱", "城市"], ["智慧城市研究院（北京）", "北京"]])
    plan, counts = import_file(db, path)
    assert counts.units_updated == 1 and counts.units_created == 0
    assert units(db) == ["智慧城市研究院（北京）"] and get_unit(db, 1).city == "北京市"


def test_rows_of_one_unit_become_one_unit_with_contacts(tmp_path):
    """Two rows of the same unit (and a merged-cell row below) give one unit with three contacts."""
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "g.csv", [
        ["单位名称", "统一社会信用代码", "联系人", "手机"],
        ["长春智慧城市公司", code(5), "甲", "13800000011"],
        ["长春智慧城市公司", code(5), "乙", "13800000012"],
        ["", "", "丙", "13800000013"],
    ])
    plan, counts = import_file(db, path)
    assert counts.units_created == 1 and counts.contacts_added == 3
    assert units(db) == ["长春智慧城市公司"]
    people = unit_contacts(db, 1)
    assert sorted(c.name for c in people) == ["丙", "乙", "甲"]
    assert [c.name for c in people if c.is_primary] == ["甲"]


def test_contradicting_rows_of_one_unit_reported(tmp_path):
    """A later row giving the same unit another level is reported, not silently applied."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "c.csv", [["单位名称", "会员类别", "联系人"], ["甲单位", "理事单位", "A"],
                                          ["甲单位", "会员单位", "B"]])
    plan, counts = import_file(db, path)
    assert plan.error_rows == [3]
    assert "differs from row 2 of the same unit" in str(plan.problems[0])
    assert get_unit(db, 1).level == "council" and [c.name for c in unit_contacts(db, 1)] == ["A"]


@pytest.mark.parametrize("policy", ["merge", "skip"])
def test_values_spread_over_rows_are_written_together(tmp_path, policy):
    """A unit named on several rows gets every row's values (committees add up), a contact named
    twice gets both rows' cells, and a contradiction is found among many contacts too."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    header = ["单位名称", "统一社会信用代码", "城市", "专业委员会", "联系人", "手机", "电子邮箱"]
    rows = [header, ["甲单位", code(21), "", "智能交通", "张三", "13800000001", ""],
            ["甲单位", "", "南京", "智能电网", "张三", "", "zhang@example.com"]]
    rows += [["", "", "", "", f"联系人{n}", f"138000001{n:02d}", ""] for n in range(12)]
    rows += [["甲单位", "", "", "", "联系人10", "13900000000", ""]]  # the 13th contact again, another mobile
    plan, counts = import_file(db, write_csv(tmp_path / "s.csv", rows), policy)
    assert plan.error_rows == [16] and "differs from row 14 of the same unit" in str(plan.problems[0])
    assert (counts.units_created, counts.contacts_added) == (1, 13)
    unit = get_unit(db, 1)
    names = {c.id: c.name for c in list_committees(db)}
    assert (unit.credit_code, unit.city) == (code(21), "南京市")
    assert sorted(names[i] for i in unit.committee_ids) == sorted(["智能交通", "智能电网"])
    people = {c.name: c for c in unit_contacts(db, 1)}
    assert (people["张三"].mobile, people["张三"].email, people["张三"].is_primary) == (
        "13800000001", "zhang@example.com", 1)
    assert people["联系人10"].mobile == "13800000110"


@pytest.mark.parametrize("policy", ["merge", "skip"])
def test_importing_twice_does_not_double(tmp_path, policy):
    """The same file imported twice leaves the same units and contacts as importing it once."""
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "m.csv", RARE_ROWS + DUPLICATE_ROWS[1:])
    import_file(db, path, policy)
    first = (units(db), contacts(db), row_count(db))
    plan, counts = import_file(db, path, policy)
    assert (counts.units_created, counts.units_updated, counts.contacts_added, counts.contacts_updated) == (0, 0, 0, 0)
    assert (units(db), contacts(db), row_count(db)) == first


def test_mapping_can_be_overridden(tmp_path):
    """A column the clerk sets to 'not imported' is ignored; a missing name column is refused."""
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", RARE_ROWS))
    mapping = propose_mapping(table.header)
    mapping[3] = None  # 城市
    apply_import(db, plan_import(db, table, mapping, "merge"))
    assert get_unit(db, 1).city == "北京市"  # not the file's 南京: read from the credit code (9111000...)
    assert get_unit(db, 2).city == ""  # no credit code, no city column: left empty
    with pytest.raises(UserError):
        check_mapping({0: None, 1: "credit_code"})
    with pytest.raises(UserError):
        plan_import(db, table, {0: "name", 1: "name"}, "merge")


def test_unknown_committee_reported(tmp_path):
    """A committee name that does not exist is reported on its row."""
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", [["单位名称", "专业委员会"], ["甲", "智能交通、火星移民"]]))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    assert plan.error_rows == [2] and plan.problems[0].column == "B" and "火星移民" in str(plan.problems[0])


def _truncated_xlsx(tmp_path: Path) -> Path:
    good = write_xlsx(tmp_path / "good.xlsx", RARE_ROWS)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return bad


@pytest.mark.parametrize("make", [
    lambda p: _truncated_xlsx(p),
    lambda p: (p / "fake.xlsx").write_text("单位名称,联系人\n甲,乙\n", encoding="utf-8") and p / "fake.xlsx",
    lambda p: (p / "garbage.csv").write_bytes(bytes(range(256)) * 40) and p / "garbage.csv",
    lambda p: (p / "empty.csv").write_bytes(b"") or p / "empty.csv",
    lambda p: (p / "blank.csv").write_bytes(b"\xef\xbb\xbf\r\n\r\n") and p / "blank.csv",
    lambda p: write_csv(p / "header.csv", [HEADER]),
    lambda p: write_xlsx(p / "header.xlsx", [HEADER]),
    lambda p: (p / "members.docx").write_bytes(b"PK\x03\x04") and p / "members.docx",
    lambda p: (p / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0") and p / "old.xls",
    lambda p: p / "missing.csv",
], ids=["truncated-xlsx", "text-named-xlsx", "binary-csv", "empty", "blank", "header-only-csv",
        "header-only-xlsx", "unsupported", "old-xls", "missing"])
def test_broken_files_raise_user_error(tmp_path, make):
    """Broken, empty, binary and unsupported files give a clear UserError, never a traceback."""
    path = make(tmp_path)
    with pytest.raises(UserError) as info:
        read_table(path)
    assert str(info.value) and path.name in str(info.value)


def test_huge_files_refused(tmp_path, monkeypatch):
    """Files over the size limit, or with too many rows, are refused with a message."""
    i18n.set_language("en")
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "big.csv", RARE_ROWS * 5)
    with pytest.raises(UserError) as info:
        read_table(path)
    assert "too big" in info.value.message.source
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(readers, "MAX_ROWS", 3)
    rows = [HEADER] + [[f"单位{i}", "", "", "", "", "", ""] for i in range(10)]
    for path in (write_csv(tmp_path / "long.csv", rows), write_xlsx(tmp_path / "long.xlsx", rows)):
        with pytest.raises(UserError) as info:
            read_table(path)
        assert "more than 3 rows" in str(info.value)


def _sample_members(db):
    traffic, health = [c.id for c in list_committees(db)][:1] + [list_committees(db)[4].id]
    a = create_unit(db, {"name": "中国𠮷祥科技有限公司", "short_name": "𠮷祥", "credit_code": code(7),
                         "unit_type": "research", "level": "vice_chair", "province": "江苏", "city": "南京",
                         "address": "南京市江宁区1号", "postcode": "211100", "website": "www.example.com",
                         "join_date": "2013-11-06", "member_no": "M-001", "status": "active",
                         "notes": "第一行\n第二行", "committee_ids": [traffic, health]})
    create_contact(db, {"unit_id": a.id, "name": "王堃", "gender": "M", "position": "主任", "title": "正高级",
                        "mobile": "13812345678", "office_phone": "025-12345678", "email": "kun@example.com"})
    create_contact(db, {"unit_id": a.id, "name": "陈喆", "gender": "F", "mobile": "13900001111"})
    create_unit(db, {"name": "无联系人的单位", "status": "suspended", "level": "council"})


def _snapshot(db):
    unit_rows = [tuple(r) for r in db.query(
        "SELECT name, short_name, credit_code, unit_type, level, province, city, address, postcode, website, "
        "join_date, member_no, status, notes FROM units ORDER BY name")]
    committee_rows = [tuple(r) for r in db.query(
        "SELECT u.name, uc.committee_id FROM unit_committees uc JOIN units u ON u.id = uc.unit_id ORDER BY 1, 2")]
    contact_rows = [tuple(r) for r in db.query(
        "SELECT u.name, c.name, c.gender, c.position, c.title, c.mobile, c.office_phone, c.email, c.is_primary "
        "FROM contacts c JOIN units u ON u.id = c.unit_id ORDER BY 1, 2")]
    return unit_rows, committee_rows, contact_rows


@pytest.mark.parametrize("suffix, language", [(".xlsx", "zh-Hans"), (".csv", "zh-Hans"), (".xlsx", "en"),
                                              (".csv", "zh-Hant")])
def test_export_round_trip(tmp_path, suffix, language):
    """Exporting then importing into a fresh database gives back the same units and contacts."""
    i18n.set_language(language)
    db = new_db(tmp_path, "a.sqlite3")
    _sample_members(db)
    result = export_members(db, tmp_path / f"members{suffix}", include_personal=True)
    assert (result.units, result.contacts, result.rows) == (2, 2, 3)
    fresh = new_db(tmp_path, "b.sqlite3")
    plan, counts = import_file(fresh, result.path)
    assert counts.error_rows == 0 and counts.units_created == 2
    assert _snapshot(fresh) == _snapshot(db)


def test_export_csv_has_bom_and_primary_headers(tmp_path):
    """The CSV starts with a UTF-8 BOM (Excel reads it right) and the importer's header names."""
    db = new_db(tmp_path)
    _sample_members(db)
    path = export_members(db, tmp_path / "m.csv").path
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].decode("utf-8").splitlines()[0].split(",")
    assert header[:3] == ["单位名称", "单位简称", "统一社会信用代码"] and "联系人" in header
    assert all(f for f in propose_mapping(header).values())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_neutralises_formulas(tmp_path, suffix):
    """Cells starting with = + - @ are written with a leading quote, never as formulas; import undoes it."""
    db = new_db(tmp_path)
    unit = create_unit(db, {"name": "=cmd|' /C calc'!A0", "notes": "@SUM(1+1)"})
    create_contact(db, {"unit_id": unit.id, "name": "+张三", "position": "-1"})
    path = export_members(db, tmp_path / f"x{suffix}").path
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        cells = [c for row in wb.active.iter_rows(min_row=2) for c in row if c.value]
        assert all(c.data_type == "s" for c in cells)
        values = [c.value for c in cells]
    else:
        values = [v for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()[1:]) for v in row if v]
    for text in ("'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+张三", "'-1"):
        assert text in values
    fresh = new_db(tmp_path, "fresh.sqlite3")
    import_file(fresh, path)
    assert units(fresh) == ["=cmd|' /C calc'!A0"] and contacts(fresh)[0][1] == "+张三"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_omits_mobiles_unless_asked(tmp_path, suffix):
    """Mobile numbers are left out of exports (no column) unless include_personal=True."""
    db = new_db(tmp_path)
    _sample_members(db)

    def cells(path: Path) -> list[str]:
        if suffix == ".csv":
            return [v for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()) for v in row]
        return [str(v) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for v in row]

    plain = cells(export_members(db, tmp_path / f"plain{suffix}").path)
    assert "手机" not in plain and not any("13812345678" in v for v in plain)
    full = cells(export_members(db, tmp_path / f"full{suffix}", include_personal=True).path)
    assert "手机" in full and "13812345678" in full


def test_export_refuses_to_overwrite(tmp_path):
    """An existing file is kept unless overwrite=True; no temporary files are left behind."""
    db = new_db(tmp_path)
    _sample_members(db)
    target = tmp_path / "out" / "members.xlsx"
    target.parent.mkdir()
    target.write_text("keep me")
    with pytest.raises(UserError):
        export_members(db, target)
    assert target.read_text() == "keep me"
    export_members(db, target, overwrite=True)
    assert openpyxl.load_workbook(target).active["A1"].value == "单位名称"
    assert os.listdir(target.parent) == ["members.xlsx"]


def test_failed_export_leaves_nothing(tmp_path, monkeypatch):
    """A write failure raises UserError and leaves neither the file nor a temporary file."""
    from core.exchange import member_export

    db = new_db(tmp_path)
    _sample_members(db)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")  # the system's English text is not shown

    monkeypatch.setattr(member_export, "_write_xlsx", fail)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as info:
        export_members(db, folder / "m.xlsx")
    assert "No space left" not in str(info.value) and "磁盘已满" in str(info.value)
    assert os.listdir(folder) == []
    with pytest.raises(UserError):
        export_members(db, folder / "m.pdf")


def test_translated_labels_from_catalogs_are_understood(tmp_path, monkeypatch):
    """A unit type written as the catalog translates it (not a built-in Chinese name) is understood."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "zh_Hans.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context><name>app</name>'
        "<message><source>Government body</source><translation>政府主管机关</translation></message>"
        "</context></TS>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalog_dir", lambda: folder)
    db = new_db(tmp_path)
    import_file(db, write_csv(tmp_path / "m.csv", [["单位名称", "单位性质"], ["某市大数据局", "政府主管机关"]]))
    assert get_unit(db, 1).unit_type == "government"


def test_member_number_of_another_unit_reported(tmp_path):
    """A member number already given to another registered unit is reported, not written."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    create_unit(db, {"name": "老会员", "member_no": "M-1"})
    table = read_table(write_csv(tmp_path / "m.csv", [["单位名称", "会员编号"], ["新会员", "M-1"], ["另一个", "M-2"]]))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    assert plan.error_rows == [2] and "is already used by 老会员" in str(plan.problems[0])
    apply_import(db, plan)
    assert units(db) == ["老会员", "另一个"]


def test_a_plan_is_applied_once(tmp_path):
    """Applying the same preview twice is refused instead of doubling the units."""
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", RARE_ROWS))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    apply_import(db, plan)
    with pytest.raises(UserError):
        apply_import(db, plan)
    assert len(units(db)) == 2


def test_rows_below_a_bad_unit_row_are_reported(tmp_path):
    """A contact row under a unit row with errors is reported too, naming that row."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", [["单位名称", "邮政编码", "联系人"], ["甲", "12", "A"],
                                                      ["", "", "B"]]))
    plan = plan_import(db, table, propose_mapping(table.header), "merge")
    assert plan.error_rows == [2, 3]
    assert "belongs to the unit in row 2" in str([p for p in plan.problems if p.row == 3][0])


def test_an_import_is_undone_as_one_action(tmp_path):
    """Undo after an import removes every unit and contact it added, in one step."""
    from core.safety.undo import undo

    db = new_db(tmp_path)
    create_unit(db, {"name": "已有单位"})
    import_file(db, write_csv(tmp_path / "m.csv", RARE_ROWS))
    assert len(units(db)) == 3
    undo(db)
    assert units(db) == ["已有单位"] and contacts(db) == []


# -- concurrent imports: the plan is checked again inside the write transaction ------------------
def _numbered_rows(count: int) -> list[list[str]]:
    return [HEADER] + [[f"并发测试单位{i:03d}", code(500 + i) if i % 2 else "", "会员单位", "", f"联系人{i}",
                        f"138{i:08d}", ""] for i in range(count)]


def test_two_imports_of_one_file_at_once_create_each_unit_once(tmp_path):
    """Two connections (as two windows or programs) preview the same 200-row file, then both import it
    at the same time: every unit and contact exists once."""
    import threading

    path = write_csv(tmp_path / "m.csv", _numbered_rows(200))
    new_db(tmp_path).conn.close()
    planned = threading.Barrier(2)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            db = new_db(tmp_path)
            table = read_table(path)
            plan = plan_import(db, table, propose_mapping(table.header), "skip")
            planned.wait(timeout=60)  # both have previewed before either writes
            apply_import(db, plan)
            db.conn.close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    db = new_db(tmp_path)
    assert len(units(db)) == 200 and len(set(units(db))) == 200
    assert len(contacts(db)) == 200


@pytest.mark.parametrize("policy", ["skip", "merge"])
def test_unit_registered_during_the_preview_is_not_created_twice(tmp_path, policy):
    """A unit created (in another window) after the preview and before Import is found again when writing:
    skipped, or merged with the file's values, never duplicated."""
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", [
        ["单位名称", "城市", "联系人"], ["预览期间新建的单位", "重庆", "张三"], ["另一家单位", "成都", "李四"]]))
    plan = plan_import(db, table, propose_mapping(table.header), policy)
    assert plan.counts.units_created == 2
    other = new_db(tmp_path)
    create_unit(other, {"name": "预览期间新建的单位"})
    counts = apply_import(db, plan)
    assert units(db) == ["预览期间新建的单位", "另一家单位"]
    assert counts.units_created == 1
    city = db.query_one("SELECT city FROM units WHERE name = '预览期间新建的单位'")[0]
    if policy == "skip":
        assert counts.units_skipped == 1 and city == "" and len(contacts(db)) == 1
    else:
        assert counts.units_updated == 1 and city == "重庆市" and len(contacts(db)) == 2  # one spelling per region


# -- personal data and formulas ------------------------------------------------------------------
def test_mobile_number_in_a_phone_column_goes_to_the_mobile_field(tmp_path):
    """A mobile number under 联系电话 or 电话 is stored as the mobile (masked in lists, left out of
    exports), never as the office phone; a landline there stays the office phone."""
    from core.members import queries

    i18n.set_language("en")
    db = new_db(tmp_path)
    path = write_csv(tmp_path / "m.csv", [
        ["单位名称", "联系人", "联系电话"],
        ["甲公司", "张三", "138 1234 5678"],
        ["乙公司", "李四", "023-67891234"],
        ["丙公司", "王五", "+86 139-0000-1111"],
    ])
    import_file(db, path)
    stored = [tuple(r) for r in db.query("SELECT name, mobile, office_phone FROM contacts ORDER BY id")]
    assert stored == [("张三", "13812345678", ""), ("李四", "", "023-67891234"), ("王五", "13900001111", "")]
    shown = {r.name: (r.mobile_masked, r.office_phone) for r in queries.contact_rows(
        db, queries.contact_ids(db)).values()}
    assert shown["张三"] == ("138****5678", "")
    exported = export_members(db, tmp_path / "out.csv").path.read_text(encoding="utf-8-sig")
    assert "13812345678" not in exported and "13900001111" not in exported and "023-67891234" in exported


def test_second_mobile_in_the_phone_column_is_left_out_and_reported(tmp_path):
    """With a mobile column already filled, another mobile under 电话 is not stored as the office phone."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    plan, _ = import_file(db, write_csv(tmp_path / "m.csv", [
        ["单位名称", "联系人", "手机", "电话"], ["甲公司", "张三", "13812345678", "13900001111"]]))
    assert [tuple(r) for r in db.query("SELECT mobile, office_phone FROM contacts")] == [("13812345678", "")]
    [note] = plan.notes
    assert note.column == "D" and "139****1111" in str(note) and "13900001111" not in str(note)


def test_export_leaves_out_a_mobile_stored_as_office_phone(tmp_path):
    """Data stored before this check (a mobile in the office phone) is still left out of exports by default."""
    db = new_db(tmp_path)
    unit = create_unit(db, {"name": "甲公司"})
    create_contact(db, {"unit_id": unit.id, "name": "张三", "office_phone": "13812345678"})
    assert "13812345678" not in export_members(db, tmp_path / "a.csv").path.read_text(encoding="utf-8-sig")
    with_personal = export_members(db, tmp_path / "b.csv", include_personal=True).path
    assert "13812345678" in with_personal.read_text(encoding="utf-8-sig")


def test_members_list_csv_neutralises_formulas(tmp_path):
    """`members list --format csv` writes =1+1, +cmd|' /C calc'!A0 and @SUM(...) as text (leading ')."""
    import subprocess
    import sys

    db = new_db(tmp_path)
    for name in ("=1+1", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"):
        create_unit(db, {"name": name})
    db.conn.close()
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, str(root / "main.py"), "members", "list", "--db", str(tmp_path / "t.sqlite3"),
                          "--format", "csv"], capture_output=True, text=True, encoding="utf-8", env=env, cwd=root,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    names = [row["name"] for row in csv.DictReader(out.stdout.splitlines())]
    assert sorted(names) == sorted(["'=1+1", "''+cmd|' /C calc'!A0"[1:], "'@SUM(A1:A9)", "'-2+3"])


# -- rows that are not units, text across line breaks ------------------------------------------
def test_total_and_note_rows_are_left_out_and_listed(tmp_path):
    """合计/总计/小计 rows and notes under the table are not reported as bad units; they are listed."""
    i18n.set_language("en")
    rows = [["序号", "单位名称", "城市", "联系人"],
            ["1", "甲公司", "重庆", "张三"],
            ["2", "乙公司", "成都", "李四"],
            ["小计", "", "", ""],
            ["3", "丙公司", "西安", "王五"],
            ["合计", "3家", "", ""],
            ["总计：3"],
            ["注：本表由秘书处整理，数据截至2026年11月。"],
            ["说明 1. 联系人以最新报名表为准"],
            ["如有疑问，请联系秘书处。"]]
    for path in (write_csv(tmp_path / "m.csv", rows), write_xlsx(tmp_path / "m.xlsx", rows)):
        fresh = new_db(tmp_path, path.suffix + ".sqlite3")
        plan, counts = import_file(fresh, path)
        assert plan.error_rows == [] and counts.units_created == 3
        assert units(fresh) == ["甲公司", "乙公司", "丙公司"]
        assert [n.row for n in plan.notes] == [4, 6, 7, 8, 9, 10]
        assert "total row" in str(plan.notes[0]) and "note under the table" in str(plan.notes[-1])


def test_line_break_inside_a_chinese_name_joins_without_a_space(tmp_path):
    """重庆两江新区测试\\n数据有限公司 -> 重庆两江新区测试数据有限公司; Latin words keep a space; notes keep lines."""
    db = new_db(tmp_path)
    path = tmp_path / "m.csv"
    path.write_text('单位名称,单位地址,备注\n"重庆两江新区测试\n数据有限公司","Smart\nCity Road 1","第一行\n第二行"\n',
                    encoding="utf-8")
    import_file(db, path)
    assert tuple(db.query_one("SELECT name, address, notes FROM units")) == (
        "重庆两江新区测试数据有限公司", "Smart City Road 1", "第一行\n第二行")


# -- repeated headers, line ends -----------------------------------------------------------------
def test_repeated_header_is_reported_and_can_be_mapped(tmp_path):
    """Two columns named 手机: the second is not dropped silently; it is listed (naming both columns) and
    the clerk can give it a field."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", [["单位名称", "联系人", "手机", "手機"],
                                                      ["甲公司", "张三", "13800000001", "023-67891234"]]))
    mapping = propose_mapping(table.header)
    assert mapping[2] == "contact_mobile" and mapping[3] is None
    plan = plan_import(db, table, mapping)
    [note] = plan.notes
    assert str(note).startswith("Column D (手機)") and "same header as column C" in str(note)
    mapping[3] = "contact_office_phone"
    plan = plan_import(db, table, mapping)
    assert plan.notes == []
    apply_import(db, plan)
    assert tuple(db.query_one("SELECT mobile, office_phone FROM contacts")) == ("13800000001", "023-67891234")


def test_cli_refuses_a_repeated_header_naming_both_columns(tmp_path):
    """The command line cannot choose fields: it refuses, names both columns, and writes nothing."""
    import subprocess
    import sys

    source = write_csv(tmp_path / "m.csv", [["单位名称", "联系人", "手机", "手机"], ["甲公司", "张三", "13800000001", "13900000002"]])
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, str(root / "main.py"), "members", "import", str(source), "--db",
                          str(tmp_path / "t.sqlite3"), "--create", "--lang", "zh-Hans"], capture_output=True, text=True,
                         encoding="utf-8", env=env, cwd=root, timeout=120)
    assert out.returncode == 1
    assert "C" in out.stderr and "D" in out.stderr and "手机" in out.stderr and "Traceback" not in out.stderr
    assert units(new_db(tmp_path)) == []


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_cr_only_csv_from_excel_for_mac_imports(tmp_path, encoding):
    """"CSV (Macintosh)" ends lines with CR alone; a quoted cell may hold a CR-only line break too."""
    db = new_db(tmp_path)
    text = '单位名称,城市,联系人\r甲公司,重庆,张三\r"乙公司\r（测试）",成都,李四\r'
    path = tmp_path / "mac.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.header == ["单位名称", "城市", "联系人"] and table.row_numbers == [2, 3]
    import_file(db, path)
    assert units(db) == ["甲公司", "乙公司（测试）"]


# -- limits checked before reading, every message in the clerk's language ---------------------------
def _entries_xlsx(path: Path, rows: int = 50) -> Path:
    return write_xlsx(path, [HEADER] + [[f"单位{i}", "", "会员单位", "北京", f"联系人{i}", "", ""] for i in range(rows)])


@pytest.mark.parametrize("limit, value, words", [
    ("MAX_EXPANDED_BYTES", 2000, "expands to"),
    ("MAX_RATIO", 2, "is compressed"),
    ("MAX_SHARED_STRINGS_BYTES", 100, "MB of text"),
    ("MAX_ENTRIES", 3, "parts"),
])
def test_xlsx_refused_from_its_zip_directory_before_reading(tmp_path, monkeypatch, limit, value, words):
    """What an .xlsx expands to (total, ratio, shared strings, number of parts) is checked from the zip
    directory, and the sheet is never parsed when a limit is passed."""
    from core.exchange import xlsx_reader

    i18n.set_language("en")
    if limit == "MAX_SHARED_STRINGS_BYTES":
        path = _shared_xlsx(tmp_path / "big.xlsx", [HEADER, ["单位一", "", "", "", "联系人"]])
    else:
        path = _entries_xlsx(tmp_path / "big.xlsx", 20000 if limit == "MAX_RATIO" else 50)
    monkeypatch.setattr(xlsx_reader, limit, value)
    parsed = []
    monkeypatch.setattr(xlsx_reader, "read_rows", lambda *a: parsed.append(a))
    with pytest.raises(UserError) as info:
        read_table(path)
    assert words in str(info.value) and "big.xlsx" in str(info.value)
    assert parsed == []


@pytest.mark.parametrize("kind", ["xlsx", "xlsx-shared", "xlsx-inline", "csv", "csv-one-line"])
def test_overlong_cell_refused_with_row_and_column(tmp_path, kind):
    """A cell over the limit (20,000 characters, what a note may hold) is refused, naming its row and column."""
    i18n.set_language("en")
    long = "很长" * 15000  # 30,000 characters
    rows = [["单位名称", "备注"], ["甲公司", "短"], ["乙公司", long]]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "xlsx-shared":
        path = _shared_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "xlsx-inline":
        path = _inline_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "csv":
        path = write_csv(tmp_path / "m.csv", rows)
    else:
        path = write_csv(tmp_path / "m.csv", rows[:2] + [["乙公司", "x" * 3_000_000]])
    with pytest.raises(UserError) as info:
        read_table(path)
    assert "row 3, column B" in str(info.value) and "at most 20000" in str(info.value)


def _shared_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose text is in the shared strings (as Excel writes it)."""
    from xml.sax.saxutils import escape

    from bench.bench_import_memory import _workbook
    from core.exchange.columns import column_letter

    texts = sorted({v for row in rows for v in row if v})
    index = {v: i for i, v in enumerate(texts)}
    xml = "".join(f'<row r="{r}">' + "".join(f'<c r="{column_letter(c)}{r}" t="s"><v>{index[v]}</v></c>'
                                             for c, v in enumerate(row) if v) + "</row>"
                  for r, row in enumerate(rows, start=1))
    _workbook(path, iter([xml]), iter(f"<si><t>{escape(t)}</t></si>" for t in texts))
    return path


def _inline_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose cells are inline strings (as some programs write them), rich text runs included."""
    import zipfile

    from bench.bench_import_memory import _CT, _NS, _RELS, _WB, _WB_RELS
    from core.exchange.columns import column_letter

    xml = "".join(f'<row r="{r}">' + "".join(
        f'<c r="{column_letter(c)}{r}" t="inlineStr"><is><r><t>{v[:1]}</t></r><r><t>{v[1:]}</t></r></is></c>'
        for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows, start=1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.replace("sharedStrings.xml", "missing.xml"))
        zf.writestr("xl/worksheets/sheet1.xml", f"<worksheet {_NS}><sheetData>{xml}</sheetData></worksheet>")
    return path


def test_inline_strings_and_sparse_rows_are_read(tmp_path):
    """Inline rich-text cells read as one text; rows far apart keep their Excel row numbers."""
    path = _inline_xlsx(tmp_path / "m.xlsx", [["单位名称", "城市"], ["甲公司", "重庆"]])
    table = read_table(path)
    assert table.header == ["单位名称", "城市"] and list(table.rows) == [["甲公司", "重庆"]]


def test_a_value_beyond_the_column_limit_is_refused(tmp_path):
    """A sheet with a value in column XFD (a common trick to make a tiny file huge) is refused, not padded."""
    i18n.set_language("en")
    wb = openpyxl.Workbook()
    wb.active.append(["单位名称", "联系人"])
    wb.active.append(["甲公司", "张三"])
    wb.active.cell(row=1048576, column=16384, value="x")
    wb.save(tmp_path / "wide.xlsx")
    with pytest.raises(UserError) as info:
        read_table(tmp_path / "wide.xlsx")
    assert "row 1048576" in str(info.value) and "at most 256 columns" in str(info.value)


_ENGLISH_NAMES = re.compile(r"Excel|WPS|CSV|zip|UTF-8|GB18030|xlsx|xls|csv|[\w.-]+\.(?:xlsx|csv|xls)", re.IGNORECASE)


def _damaged_sheet(p: Path) -> Path:
    import zipfile

    good = _entries_xlsx(p / "good.xlsx")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p / "broken.xlsx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[: len(data) // 2] if info.filename.endswith("sheet1.xml") else data)
    return p / "broken.xlsx"


@pytest.mark.parametrize("make", [
    lambda p: (p / "report.xlsx").write_bytes(_docx_bytes()) and p / "report.xlsx",
    lambda p: (p / "secret.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and p / "secret.xlsx",
    lambda p: _truncated_xlsx(p),
    _damaged_sheet,
    lambda p: (p / "empty.csv").write_bytes(b"") or p / "empty.csv",
    lambda p: (p / "bad.csv").write_bytes(b"\x81\x30\xff\xfe\x00" * 300) and p / "bad.csv",
    lambda p: (p / "quote.csv").write_text('单位名称,联系人\n"甲公司,张三\n' + "x" * 25000, encoding="utf-8") and p / "quote.csv",
], ids=["not-a-spreadsheet", "encrypted", "truncated", "damaged-sheet", "empty", "wrong-encoding", "unclosed-quote"])
def test_bad_file_messages_are_in_the_clerks_language(tmp_path, make):
    """Every refusal is a sentence in the UI language, naming the file, with no English from Python or SQLite."""
    i18n.set_language("zh-Hans")
    path = make(tmp_path)
    with pytest.raises(UserError) as info:
        read_table(path)
    text = str(info.value)
    assert path.name in text
    assert re.search(r"[a-zA-Z]{3,}", _ENGLISH_NAMES.sub("", text)) is None, text


def _docx_bytes() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def test_file_errors_are_translated(tmp_path, monkeypatch):
    """An export that fails on a full disk says so in the UI language (not the system's English text)."""
    import errno

    i18n.set_language("zh-Hans")
    db = new_db(tmp_path)
    create_unit(db, {"name": "甲公司"})

    def full(*_a):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError) as info:
        export_members(db, tmp_path / "out.csv")
    assert "No space" not in str(info.value) and "磁盘已满" in str(info.value)
