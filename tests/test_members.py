"""Member units and contacts through the core services, on a real database."""

from __future__ import annotations

import pytest

from core import i18n
from core.members import committees, contacts, queries, units
from core.members.queries import ContactFilter, UnitFilter
from core.validation import ValidationError, uscc_check_char


def code(body: str) -> str:
    return body + uscc_check_char(body)


def make_unit(db, name, **extra):
    return units.create_unit(db, {"name": name, **extra})


def test_create_unit_stores_values_as_typed_and_normalised(db):
    """A unit keeps its Traditional name as typed; the date and choices are normalised."""
    unit = make_unit(db, "臺北智慧交通股份有限公司", credit_code=code("91110108ma01abcd1").lower(),
                     level="理事單位", unit_type="企業", join_date="2013年11月6日")
    again = units.get_unit(db, unit.id)
    assert again.name == "臺北智慧交通股份有限公司"
    assert again.level == "council" and again.unit_type == "enterprise"
    assert again.join_date == "2013-11-06"
    assert again.credit_code == code("91110108MA01ABCD1")


def test_every_wrong_field_is_reported_at_once_with_its_rule(db):
    """Saving a unit with several wrong fields names each field and its rule, and writes nothing."""
    i18n.set_language("en")
    with pytest.raises(ValidationError) as info:
        units.create_unit(db, {"name": "", "credit_code": "91350100M000100Y44", "join_date": "2013-02-30",
                               "postcode": "1000", "level": "超级单位"})
    errors = info.value.by_field()
    assert set(errors) == {"name", "credit_code", "join_date", "postcode", "level"}
    assert "Unified social credit code" in errors["credit_code"].text()
    assert "3" in errors["credit_code"].text()  # names the right check character (Y43)
    i18n.set_language("zh-Hans")
    assert "统一社会信用代码" in errors["credit_code"].text()
    assert db.query_one("SELECT count(*) FROM units")[0] == 0


def test_duplicate_name_credit_code_or_member_number_refused(db):
    """Two active units cannot share a name, a credit code or a member number."""
    make_unit(db, "南京江宁智能交通有限公司", credit_code=code("91320115MA1XYW001"), member_no="ZC-2013-001")
    for clash in ({"name": "南京江宁智能交通有限公司"},
                  {"name": "别的公司", "credit_code": code("91320115MA1XYW001")},
                  {"name": "第三家公司", "member_no": "ZC-2013-001"}):
        with pytest.raises(ValidationError):
            units.create_unit(db, clash)


def test_level_and_status_changes_are_dated_in_history(db):
    """Raising the level and suspending a unit are recorded with date, old and new value, and reason."""
    unit = make_unit(db, "无锡智慧水务有限公司", level="会员单位", join_date="2014-03-01")
    data = {**unit.__dict__, "level": "council"}
    units.update_unit(db, unit.id, data, change_date="2016/5/20", change_note="理事会审批")
    data["status"] = "暂停"
    units.update_unit(db, unit.id, data, change_date="2019.1.2", change_note="未缴会费")
    history = [(h.changed_on, h.field, h.old_value, h.new_value, h.note) for h in units.unit_history(db, unit.id)]
    assert history == [
        ("2014-03-01", "level", None, "member", ""),
        ("2014-03-01", "status", None, "active", ""),
        ("2016-05-20", "level", "member", "council", "理事会审批"),
        ("2019-01-02", "status", "active", "suspended", "未缴会费"),
    ]


def test_bad_change_date_is_a_field_error(db):
    """A wrong date for a level change is reported on that field; the unit is unchanged."""
    unit = make_unit(db, "长春智能电网研究院")
    with pytest.raises(ValidationError) as info:
        units.update_unit(db, unit.id, {**unit.__dict__, "level": "council"}, change_date="2019-13-01")
    assert set(info.value.by_field()) == {"change_date"}
    assert units.get_unit(db, unit.id).level == "member"


def test_delete_and_restore_unit(db):
    """A deleted unit leaves the list with its contacts and comes back on restore."""
    unit = make_unit(db, "樟树智慧国土有限公司")
    contacts.create_contact(db, {"unit_id": unit.id, "name": "刘镕"})
    units.delete_units(db, [unit.id])
    assert queries.unit_ids(db) == []
    assert queries.contact_ids(db) == []
    assert [d[1] for d in units.deleted_units(db)] == ["樟树智慧国土有限公司"]
    units.restore_units(db, [unit.id])
    assert queries.unit_ids(db) == [unit.id]
    assert len(queries.contact_ids(db)) == 1


def test_restore_refused_when_name_taken_meanwhile(db):
    """A deleted unit whose name was reused meanwhile is not restored twice over."""
    unit = make_unit(db, "包头智慧环保有限公司")
    units.delete_units(db, [unit.id])
    make_unit(db, "包头智慧环保有限公司")
    with pytest.raises(ValidationError):
        units.restore_units(db, [unit.id])


def test_search_finds_either_script(db):
    """重庆 finds 重慶 and 重慶 finds 重庆, in unit names and in contact names."""
    trad = make_unit(db, "重慶智慧醫療科技有限公司")
    simp = make_unit(db, "重庆智能养老服务中心")
    contacts.create_contact(db, {"unit_id": simp.id, "name": "張國慶"})
    assert set(queries.unit_ids(db, UnitFilter(text="重庆"))) == {trad.id, simp.id}
    assert set(queries.unit_ids(db, UnitFilter(text="重慶"))) == {trad.id, simp.id}
    assert queries.unit_ids(db, UnitFilter(text="张国庆")) == [simp.id]
    assert queries.unit_ids(db, UnitFilter(text="医疗")) == [trad.id]
    assert [r.name for r in queries.contact_rows(db, queries.contact_ids(db, ContactFilter(text="张国庆"))).values()
            ] == ["張國慶"]


def test_search_by_credit_code_short_name_and_wildcards_literal(db):
    """Credit code prefixes and short names match; % and _ typed by the clerk are literal."""
    unit = make_unit(db, "深圳智慧家居有限公司", short_name="深智居", credit_code=code("91440300MA5ABCDE1"))
    make_unit(db, "100%智能公司")
    assert queries.unit_ids(db, UnitFilter(text="91440300ma5")) == [unit.id]
    assert queries.unit_ids(db, UnitFilter(text="深智居")) == [unit.id]
    assert len(queries.unit_ids(db, UnitFilter(text="100%"))) == 1
    assert queries.unit_ids(db, UnitFilter(text="_")) == []


def test_rare_characters_survive_storage_and_search(db):
    """Names with 堃, 喆 and 𠮷 (outside the BMP) are stored and found exactly."""
    unit = make_unit(db, "𠮷祥智能科技有限公司")
    person = contacts.create_contact(db, {"unit_id": unit.id, "name": "王志堃"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "李喆"})
    assert units.get_unit(db, unit.id).name == "𠮷祥智能科技有限公司"
    assert contacts.get_contact(db, person.id).name == "王志堃"
    assert queries.unit_ids(db, UnitFilter(text="𠮷")) == [unit.id]
    assert queries.unit_ids(db, UnitFilter(text="喆")) == [unit.id]


def test_names_sort_by_pinyin(db):
    """The list sorts Chinese names by pinyin (阿 before 北 before 重 before 张), not by code point."""
    for name in ("张家口智慧社区", "北京智城科技", "重庆智慧医疗", "阿里智能", "Alpha Smart Ltd"):
        make_unit(db, name)
    rows = queries.unit_rows(db, ids := queries.unit_ids(db, sort="name"))
    names = [rows[i].name for i in ids]
    assert names.index("阿里智能") < names.index("北京智城科技") < names.index("重庆智慧医疗") \
        < names.index("张家口智慧社区")
    desc = queries.unit_ids(db, sort="name", descending=True)
    assert desc == list(reversed(ids))


def test_filters_by_level_type_committee_status_region(db):
    """Each filter narrows the list to the matching units."""
    a = make_unit(db, "甲公司", level="理事单位", unit_type="企业", province="江苏", committee_ids=[1])
    b = make_unit(db, "乙大学", level="会员单位", unit_type="高等院校", province="吉林", status="暂停")
    assert queries.unit_ids(db, UnitFilter(level="council")) == [a.id]
    assert queries.unit_ids(db, UnitFilter(unit_type="university")) == [b.id]
    assert queries.unit_ids(db, UnitFilter(committee_id=1)) == [a.id]
    assert queries.unit_ids(db, UnitFilter(status="suspended")) == [b.id]
    assert queries.unit_ids(db, UnitFilter(province="江苏")) == [a.id]
    assert queries.provinces(db) == ["吉林省", "江苏省"]  # one spelling each, by pinyin (ji < jiang)


def test_one_primary_contact_per_unit(db):
    """The first contact becomes primary; marking another primary demotes the first; deleting
    the primary promotes the next one."""
    unit = make_unit(db, "智慧教育研究院")
    first = contacts.create_contact(db, {"unit_id": unit.id, "name": "陈一"})
    assert first.is_primary
    second = contacts.create_contact(db, {"unit_id": unit.id, "name": "陈二", "is_primary": True})
    assert second.is_primary and not contacts.get_contact(db, first.id).is_primary
    contacts.delete_contacts(db, [second.id])
    assert contacts.get_contact(db, first.id).is_primary
    contacts.restore_contacts(db, [second.id])
    primaries = [c for c in contacts.unit_contacts(db, unit.id) if c.is_primary]
    assert [c.id for c in primaries] == [first.id]


def test_contact_validation_messages(db):
    """A contact with a bad mobile, phone and e-mail gets one message per field; nothing is saved."""
    unit = make_unit(db, "智慧社区服务公司")
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(db, {"unit_id": unit.id, "name": "周喆", "mobile": "2381234567",
                                     "office_phone": "12345", "email": "zhou@", "gender": "未知"})
    assert set(info.value.by_field()) == {"mobile", "office_phone", "email", "gender"}
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(db, {"name": "无单位"})
    assert set(info.value.by_field()) == {"unit_id"}
    assert db.query_one("SELECT count(*) FROM contacts")[0] == 0


def test_mobiles_are_masked_in_lists(db):
    """Contact lists show 138****5678, never the whole mobile."""
    unit = make_unit(db, "智能家居协会")
    contacts.create_contact(db, {"unit_id": unit.id, "name": "吴犇", "mobile": "13812345678"})
    row = next(iter(queries.contact_rows(db, queries.contact_ids(db)).values()))
    assert row.mobile_masked == "138****5678"
    assert "13812345678" not in repr(row)


def test_renaming_a_unit_updates_contact_search(db):
    """After a unit is renamed, its contacts are found by the new unit name."""
    unit = make_unit(db, "旧名称公司")
    contacts.create_contact(db, {"unit_id": unit.id, "name": "郑一"})
    units.update_unit(db, unit.id, {**unit.__dict__, "name": "延吉智慧城市公司"})
    assert len(queries.contact_ids(db, ContactFilter(text="延吉"))) == 1
    assert queries.contact_ids(db, ContactFilter(text="旧名称")) == []


def test_committee_lead_unit(db):
    """A committee has one lead unit, which becomes a member of it; deleting the unit hides the lead."""
    unit = make_unit(db, "中兴智慧交通集团")
    committee = committees.set_committee_lead(db, 1, unit.id)
    assert committee.lead_unit_name == "中兴智慧交通集团"
    assert 1 in units.get_unit(db, unit.id).committee_ids
    other = make_unit(db, "另一家交通公司")
    assert committees.set_committee_lead(db, 1, other.id).lead_unit_id == other.id
    units.delete_units(db, [other.id])
    assert committees.list_committees(db)[0].lead_unit_name is None


def test_overlong_and_control_characters_refused(db):
    """A 10,000-character name or one with control characters is refused with a message, not stored."""
    for name in ("公" * 10000, "公司\x07"):
        with pytest.raises(ValidationError):
            units.create_unit(db, {"name": name})
    assert db.query_one("SELECT count(*) FROM units")[0] == 0


def test_search_text_kept_up_to_date_equals_a_full_rebuild(db):
    """The search text updated step by step (units, contacts added, renamed, deleted) is exactly what a
    full rebuild gives."""
    from core.safety.check import rebuild_search

    a = make_unit(db, "重慶智慧城市研究院", short_name="重智院", credit_code=code("12500000MB1234567"))
    contacts.create_contact(db, {"unit_id": a.id, "name": "王志堃", "email": "wang@example-demo.cn"})
    second = contacts.create_contact(db, {"unit_id": a.id, "name": "李喆", "position": "办公室主任"})
    contacts.delete_contacts(db, [second.id])
    units.update_unit(db, a.id, {**units.get_unit(db, a.id).__dict__, "short_name": "重慶智院"})
    before = db.query("SELECT id, search_text FROM units UNION ALL SELECT id, search_text FROM contacts")
    with db.transaction():
        rebuild_search(db)
    after = db.query("SELECT id, search_text FROM units UNION ALL SELECT id, search_text FROM contacts")
    assert [tuple(r) for r in before] == [tuple(r) for r in after]


def test_regions_have_one_spelling_and_come_from_the_credit_code(db):
    """重慶/重庆/Chongqing are one region; a unit with no region gets it from its credit code (GB/T 2260)."""
    from core import regions

    a = units.create_unit(db, {"name": "甲公司", "province": "重慶", "city": "重慶"})
    b = units.create_unit(db, {"name": "乙公司", "province": "Chongqing"})
    c = units.create_unit(db, {"name": "丙公司", "credit_code": "12150204318357982G"})  # 150204: 包头市青山区
    d = units.create_unit(db, {"name": "丁公司", "province": "吉林", "credit_code": "91222401MA0Y9XB93X"})
    assert (units.get_unit(db, a.id).province, units.get_unit(db, a.id).city) == ("重庆市", "重庆市")
    assert units.get_unit(db, b.id).province == "重庆市"
    assert (units.get_unit(db, c.id).province, units.get_unit(db, c.id).city) == ("内蒙古自治区", "包头市")
    assert units.get_unit(db, d.id).city == "延吉市"  # a county-level city (222401)
    assert queries.provinces(db) == ["重庆市", "吉林省", "内蒙古自治区"]  # chong < ji < nei
    assert regions.display("重庆市", "zh-Hant") == "重慶市" and regions.display("重庆市", "en") == "Chongqing"
    assert regions.display("香港特别行政区", "en") == "Hong Kong"
    assert len(regions.provinces()) == 34


def test_regions_typed_before_the_list_are_brought_to_one_spelling(db):
    """The upgrade that introduced the list rewrites regions already stored (重慶 -> 重庆市), nothing else."""
    from core.storage import migrations

    db.conn.execute("INSERT INTO units (name, province, city, created_at, updated_at) "
                    "VALUES ('甲', '重慶', '重慶', '', ''), ('乙', '新加坡', '', '', ''), ('丙', '江蘇', '無錫', '', '')")
    with db.transaction():
        migrations._v7_regions_one_spelling(db)
    rows = db.query("SELECT name, province, city FROM units ORDER BY id")
    assert [tuple(r) for r in rows] == [("甲", "重庆市", "重庆市"), ("乙", "新加坡", ""), ("丙", "江苏省", "无锡市")]


def test_bulk_change_of_level_status_and_committee_is_one_undoable_action(db):
    """Three selected units become 理事单位 in 智能交通 in one action, each with a dated history line;
    one undo brings all three back; a level that does not exist is refused and changes nothing."""
    from core.safety import undo
    from core.validation import ValidationError

    ids = [units.create_unit(db, {"name": f"单位{i}", "level": "member"}).id for i in range(3)]
    traffic = committees.list_committees(db)[0].id
    changed = units.change_units(db, ids, level="理事单位", add_committee=traffic, change_date="2014-01-10",
                                 change_note="理事会决定")
    assert changed == ids
    for unit_id in ids:
        unit = units.get_unit(db, unit_id)
        assert unit.level == "council" and traffic in unit.committee_ids
        assert ("2014-01-10", "member", "council", "理事会决定") in [
            (e.changed_on, e.old_value, e.new_value, e.note) for e in units.unit_history(db, unit_id)]
    assert units.change_units(db, ids, level="council") == []  # nothing left to change
    undo.undo(db)
    assert {units.get_unit(db, i).level for i in ids} == {"member"}
    assert all(not units.get_unit(db, i).committee_ids for i in ids)
    with pytest.raises(ValidationError):
        units.change_units(db, ids, level="盟主单位")
    assert {units.get_unit(db, i).level for i in ids} == {"member"}
