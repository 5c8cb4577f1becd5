"""Import of member units and contacts (core.exchange): encodings, headers, the plan, duplicates, concurrency."""

from __future__ import annotations

import datetime as dt

import pytest

from core import i18n
from core.errors import UserError
from core.exchange.columns import check_mapping, find_header_row, propose_mapping
from core.exchange.import_plan import ImportCancelled
from core.exchange.member_export import export_members
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import read_table
from core.members.committees import list_committees
from core.members.contacts import create_contact, unit_contacts
from core.members.units import create_unit, get_unit

from tests.exchange_helpers import code, contacts, HEADER, import_file, new_db, RARE_ROWS, row_count, units, write_csv, write_xlsx


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
