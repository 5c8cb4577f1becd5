"""The demo alliance: realistic, valid, in both scripts, and always the same for a seed."""

from __future__ import annotations

from collections import Counter

import pytest

from core.demo import fill_demo
from core.errors import UserError
from core.members.choices import LEVELS, UNIT_TYPES
from core.members.committees import list_committees
from core.members.queries import UnitFilter, unit_ids, unit_rows
from core.members.units import unit_history
from core.storage.database import open_database
from core.validation import check_credit_code, check_email, check_mobile, check_phone, check_postcode


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "d.sqlite3"
    db = open_database(path)
    summary = fill_demo(db)
    yield db, summary
    db.conn.close()


def _units(db):
    return db.query("SELECT * FROM units WHERE deleted_at IS NULL ORDER BY id")


def _contacts(db):
    return db.query("SELECT * FROM contacts WHERE deleted_at IS NULL ORDER BY id")


def test_about_eighty_units_across_levels_and_types(demo):
    """About 80 units, every membership level and unit type, one chair unit."""
    db, summary = demo
    units = _units(db)
    assert 70 <= len(units) <= 90 and summary.units == len(units)
    levels = Counter(u["level"] for u in units)
    assert set(levels) == set(LEVELS.codes())
    assert levels["chair"] == 1
    assert 4 <= levels["vice_chair"] <= 6 and 8 <= levels["standing"] <= 12 and 15 <= levels["council"] <= 25
    assert levels["member"] == max(levels.values())
    assert {u["unit_type"] for u in units} == set(UNIT_TYPES.codes())


def test_units_have_regions_numbers_and_dates(demo):
    """Units cover the alliance's regions and have member numbers, join dates 2013–2026, valid postcodes."""
    db, _ = demo
    units = _units(db)
    cities = {u["city"] for u in units}
    for city in ("北京市", "上海市", "南京市", "无锡市", "长春市", "延吉市", "樟树市", "包头市", "深圳市", "杭州市",
                 "成都市", "重庆市", "香港特别行政区", "澳门特别行政区", "台北市"):
        assert city in cities
    numbers = [u["member_no"] for u in units]
    assert len(set(numbers)) == len(numbers) and "ZC-2013-001" in numbers
    assert all(n.startswith("ZC-" + u["join_date"][:4] + "-") for n, u in zip(numbers, units))
    years = {int(u["join_date"][:4]) for u in units}
    assert min(years) == 2013 and max(years) >= 2025 and max(years) <= 2026
    for u in units:
        if u["postcode"]:
            assert check_postcode(u["postcode"]) == u["postcode"]
        assert u["address"] and u["website"].startswith("www.")


def test_every_committee_led_by_one_of_its_large_members(demo):
    """Each of the ten committees has a lead unit of level chair/vice-chair/standing that is one of its members."""
    db, summary = demo
    committees = list_committees(db)
    assert len(committees) == 10 and summary.committees_with_lead == 10
    for c in committees:
        assert c.lead_unit_id is not None
        members = unit_ids(db, UnitFilter(committee_id=c.id))
        assert c.lead_unit_id in members and len(members) >= 4
        level = db.query_one("SELECT level FROM units WHERE id = ?", (c.lead_unit_id,))["level"]
        assert level in ("chair", "vice_chair", "standing")


def test_two_to_four_contacts_and_one_primary_per_unit(demo):
    """Every unit has 2–4 contacts, exactly one of them primary."""
    db, summary = demo
    contacts = _contacts(db)
    assert summary.contacts == len(contacts)
    per_unit = Counter(c["unit_id"] for c in contacts)
    primaries = Counter(c["unit_id"] for c in contacts if c["is_primary"])
    for u in _units(db):
        assert 2 <= per_unit[u["id"]] <= 4
        assert primaries[u["id"]] == 1
    rows = unit_rows(db, [u["id"] for u in _units(db)])
    assert all(r.primary_contact for r in rows.values())


def test_credit_codes_are_valid_and_unique(demo):
    """Every stored credit code passes the GB 32100 check; only a few units have none."""
    db, _ = demo
    units = _units(db)
    codes = [u["credit_code"] for u in units if u["credit_code"]]
    assert all(check_credit_code(code) == code for code in codes)
    assert len(set(codes)) == len(codes)
    assert len(units) - len(codes) <= 10
    assert all(u["credit_code"] for u in units if u["province"] not in ("香港特别行政区", "澳门特别行政区", "台湾省")
               and "待补充" not in u["notes"])


def test_mobiles_phones_and_emails_pass_the_validators(demo):
    """Mobiles, office phones and e-mails are stored exactly as the validators normalise them."""
    db, _ = demo
    contacts = _contacts(db)
    mobiles = [c["mobile"] for c in contacts if c["mobile"]]
    assert len(mobiles) > len(contacts) * 0.7 and len(set(mobiles)) == len(mobiles)
    assert all(check_mobile(m) == m and m[:7] in ("1380000", "1390000") for m in mobiles)
    phones = [c["office_phone"] for c in contacts if c["office_phone"]]
    assert all(check_phone(p) == p for p in phones)
    assert any(p.count("-") == 2 for p in phones)  # some with extensions
    assert {p.split("-")[0] for p in phones} >= {"010", "021", "025", "0510", "0431"}
    assert all(c["email"] and check_email(c["email"]) == c["email"] for c in contacts)
    assert all("-demo." in c["email"] for c in contacts)


def test_traditional_units_found_by_simplified_search(demo):
    """Hong Kong, Macao and Taiwan units are written in Traditional; a Simplified query finds them."""
    db, _ = demo
    names = {u["name"] for u in _units(db)}
    assert "香港智慧城市聯盟有限公司" in names and "臺北智慧交通股份有限公司" in names
    assert any("澳門" in n for n in names)
    found = unit_rows(db, unit_ids(db, UnitFilter(text="香港智慧城市联盟")))
    assert [r.name for r in found.values()] == ["香港智慧城市聯盟有限公司"]
    found = unit_rows(db, unit_ids(db, UnitFilter(text="台北智慧交通")))
    assert "臺北智慧交通股份有限公司" in [r.name for r in found.values()]
    addresses = [u["address"] for u in _units(db) if u["province"] in ("香港特别行政区", "澳门特别行政区", "台湾省")]
    assert addresses and all(("號" in a) for a in addresses)


def test_rare_characters_survive_in_contacts(demo):
    """Names with 𠮷 (outside the BMP), 堃, 喆 and 镕 are stored and read back intact."""
    db, _ = demo
    names = {c["name"] for c in _contacts(db)}
    for name in ("王志堃", "李喆", "张\U00020BB7祥", "刘镕"):
        assert name in names
    assert any("\U00020BB7" in n for n in names)


def test_history_records_status_and_level_changes(demo):
    """Suspended and departed units, and promoted ones, have dated history entries with notes."""
    db, summary = demo
    units = _units(db)
    statuses = Counter(u["status"] for u in units)
    assert statuses["suspended"] >= 1 and statuses["left"] >= 1
    assert summary.status_changes >= 3 and summary.level_changes >= 1
    for u in units:
        if u["status"] != "active":
            entries = [h for h in unit_history(db, u["id"]) if h.field == "status" and h.new_value == u["status"]]
            assert entries and entries[-1].old_value == "active" and entries[-1].note
            assert entries[-1].changed_on > u["join_date"]
    reinstated = [u for u in units if u["status"] == "active"
                  and any(h.new_value == "suspended" for h in unit_history(db, u["id"]))]
    assert reinstated
    promoted = [h for u in units for h in unit_history(db, u["id"]) if h.field == "level" and h.old_value]
    assert len(promoted) == summary.level_changes
    assert all(LEVELS.rank(h.new_value) < LEVELS.rank(h.old_value) for h in promoted)


def test_refuses_a_database_with_units(tmp_path):
    """Filling a database that already holds units raises a UserError and changes nothing."""
    db = open_database(tmp_path / "d.sqlite3")
    try:
        fill_demo(db, seed=1)
        before = db.query_one("SELECT count(*) FROM units")[0]
        with pytest.raises(UserError):
            fill_demo(db, seed=2)
        assert db.query_one("SELECT count(*) FROM units")[0] == before
    finally:
        db.conn.close()


def test_same_seed_same_data(tmp_path):
    """Two databases filled with the same seed hold the same units and contacts; another seed differs."""

    def snapshot(name, seed):
        db = open_database(tmp_path / name)
        try:
            fill_demo(db, seed=seed)
            units = [tuple(r) for r in db.query(
                "SELECT name, credit_code, level, status, join_date, member_no, address, search_text, sort_key "
                "FROM units ORDER BY id")]
            contacts = [tuple(r) for r in db.query(
                "SELECT unit_id, name, gender, position, title, mobile, office_phone, email, is_primary "
                "FROM contacts ORDER BY id")]
            history = [tuple(r) for r in db.query(
                "SELECT unit_id, changed_on, field, old_value, new_value, note FROM unit_history ORDER BY id")]
            return units, contacts, history
        finally:
            db.conn.close()

    first = snapshot("a.sqlite3", 7)
    assert snapshot("b.sqlite3", 7) == first
    assert snapshot("c.sqlite3", 8) != first
