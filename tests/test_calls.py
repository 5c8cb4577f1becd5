"""Calls for nominations: the review's rules, duplicates, approval writing the pool, the roster or a
member unit in one undoable action, the new kinds in undo/trash/history/check/backups, lists with
masked personal data, the published list, and an older database upgraded with its data."""

from __future__ import annotations

import subprocess

import pytest

from core import i18n
from core.calls import pool, published, queries, service
from core.calls import nominations
from core.calls.people import check_id_number, id_check_char
from core.errors import UserError
from core.members import contacts, units
from core.safety import backups, check, history, trash, undo
from core.storage import migrations
from core.storage.database import open_database
from core.validation import FieldProblem, ValidationError, uscc_check_char

ID_1 = "11010819750312" + "123"
ID_1 += id_check_char(ID_1)


def credit_code(body17: str = "91320115MA1X0Y0A1") -> str:
    return body17 + uscc_check_char(body17)


@pytest.fixture
def setup(db):
    unit = units.create_unit(db, {"name": "南京智能交通研究院", "short_name": "南京交研"})
    other = units.create_unit(db, {"name": "长春城市大数据有限公司"})
    call = service.create_call(db, {"kind": "专家组", "title": "2013年专家组征集", "deadline": "2013年11月30日"})
    return db, unit, other, call


def expert(**extra):
    return {"name": "张伟", "side": "学", "mobile": "13800001234", "work_unit": "东南大学",
            "nominating_unit": "南京交研", "committees": "智能交通、智慧医疗", **extra}


def to_review(db, nomination_id):
    nominations.move_nomination(db, nomination_id, "形式审查", on_date="2013-12-01")
    return nominations.move_nomination(db, nomination_id, "评审", on_date="2013-12-05")


# ---- the review's rules ----------------------------------------------------------------------------

def test_review_moves_in_order_with_dates_and_history(setup):
    db, unit, _other, call = setup
    n = nominations.record_nomination(db, call.id, expert(received_on="2013/11/20"))
    assert (n.state, n.received_on, n.nominating_unit_id) == ("received", "2013-11-20", unit.id)
    n = to_review(db, n.id)
    n = nominations.approve(db, n.id, on_date="2013年12月20日", decision_ref="理事会第二次工作会议")
    assert (n.state, n.decided_on, n.decision_ref) == ("approved", "2013-12-20", "理事会第二次工作会议")
    assert [(r.on_date, r.from_state, r.to_state) for r in n.reviews] == [
        ("2013-11-20", "", "received"), ("2013-12-01", "received", "formal_check"),
        ("2013-12-05", "formal_check", "review"), ("2013-12-20", "review", "approved")]


def test_what_was_not_reviewed_cannot_be_approved(setup):
    db, _unit, _other, call = setup
    n = nominations.record_nomination(db, call.id, expert())
    i18n.set_language("en")
    with pytest.raises(UserError, match="has not been reviewed"):
        nominations.approve(db, n.id)
    nominations.move_nomination(db, n.id, "formal_check")
    with pytest.raises(UserError, match="has not been reviewed"):
        nominations.approve(db, n.id)
    assert nominations.get_nomination(db, n.id).state == "formal_check"
    assert queries.pool_ids(db, "experts") == []


def test_returning_or_rejecting_needs_a_reason_and_decided_ones_stay(setup):
    db, _unit, _other, call = setup
    n = nominations.record_nomination(db, call.id, expert())
    i18n.set_language("zh-Hans")
    with pytest.raises(ValidationError) as info:
        nominations.move_nomination(db, n.id, "退回补充")
    assert list(info.value.by_field()) == ["reason"]
    n = nominations.move_nomination(db, n.id, "退回补充", reason="推荐表未盖章")
    assert (n.state, n.state_reason) == ("returned", "推荐表未盖章")
    n = nominations.move_nomination(db, n.id, "已收到")  # the completed form came back
    with pytest.raises(ValidationError):
        nominations.move_nomination(db, n.id, "不通过", reason="   ")
    n = nominations.move_nomination(db, n.id, "不通过", reason="方向不符")
    assert n.state == "rejected"
    with pytest.raises(UserError):  # decided: no further move, no edit
        nominations.move_nomination(db, n.id, "评审")
    with pytest.raises(UserError):
        nominations.update_nomination(db, n.id, expert(name="张伟改"))


# ---- values and duplicates ------------------------------------------------------------------------------

def test_bad_values_are_named_per_field_and_nothing_is_saved(setup):
    db, _unit, _other, call = setup
    bad = expert(mobile="1380000", email="not-mail", id_number=ID_1[:-1] + ("0" if ID_1[-1] != "0" else "1"),
                 side="外星", committees="智能交通、火星基地", birth_date="1980-01-01")
    with pytest.raises(ValidationError) as info:
        nominations.record_nomination(db, call.id, bad)
    assert set(info.value.by_field()) == {"mobile", "email", "id_number", "side", "committees"}
    with pytest.raises(ValidationError) as info:
        nominations.record_nomination(db, call.id, expert(id_number=ID_1, birth_date="1980-01"))
    assert set(info.value.by_field()) == {"birth_date"}
    assert queries.nomination_ids(db) == []


def test_id_number_rules():
    assert check_id_number(ID_1.lower()) == ID_1
    with pytest.raises(FieldProblem):
        check_id_number("110108197502301234")  # 30 February
    with pytest.raises(FieldProblem):
        check_id_number("11010819750312123")


@pytest.mark.parametrize("same", [{"mobile": "138 0000 1234"}, {"mobile": "", "email": "ZW@example.com"},
                                  {"mobile": "", "id_number": ID_1}])
def test_the_same_person_is_caught_by_name_plus_mobile_email_or_id(setup, same):
    db, _unit, _other, call = setup
    nominations.record_nomination(db, call.id, expert(email="zw@example.com", id_number=ID_1))
    with pytest.raises(nominations.DuplicateFound) as info:
        nominations.record_nomination(db, call.id, expert(**same))
    assert [d.where for d in info.value.duplicates] == ["nominations"]
    assert len(queries.nomination_ids(db)) == 1
    # the same name with other contact data is another person
    nominations.record_nomination(db, call.id, expert(mobile="13900009999", email="", id_number=""))
    # and a clerk may record a known duplicate on purpose
    nominations.record_nomination(db, call.id, expert(**same), allow_duplicate=True)
    assert len(queries.nomination_ids(db)) == 3


def test_a_nominee_already_in_the_pool_is_caught(setup):
    db, _unit, _other, call = setup
    pool.create_person(db, "experts", {"name": "张伟", "side": "产", "mobile": "13800001234"})
    with pytest.raises(nominations.DuplicateFound) as info:
        nominations.record_nomination(db, call.id, expert())
    assert [d.where for d in info.value.duplicates] == ["experts"]


def test_the_same_unit_is_caught_by_credit_code(setup):
    db, unit, _other, _call = setup
    code = credit_code()
    units.update_unit(db, unit.id, {**units.get_unit(db, unit.id).__dict__, "credit_code": code})
    call = service.create_call(db, {"kind": "membership", "title": "入会申请"})
    with pytest.raises(nominations.DuplicateFound) as info:
        nominations.record_nomination(db, call.id, {"name": "另一个名字的公司", "credit_code": code.lower(),
                                                "contact_name": "李静"})
    assert [(d.where, d.id) for d in info.value.duplicates] == [("units", unit.id)]
    other = credit_code("91110108MA01ABCD1")
    nominations.record_nomination(db, call.id, {"name": "北京新公司", "credit_code": other, "contact_name": "李静"})
    with pytest.raises(nominations.DuplicateFound):
        nominations.record_nomination(db, call.id, {"name": "北京新公司二", "credit_code": other, "contact_name": "王敏"})


# ---- approval writes the result, in one undoable action ---------------------------------------------------

def test_approving_an_expert_fills_the_pool_and_one_undo_takes_it_back(setup):
    db, _unit, _other, call = setup
    n = to_review(db, nominations.record_nomination(db, call.id, expert(fields="城市计算", title="教授")).id)
    n = nominations.approve(db, n.id, on_date="2013-12-20")
    person = pool.get_person(db, "experts", n.result_id)
    assert (person.values["side"], person.values["fields"], person.values["term_start"],
            person.values["term_end"], person.values["nomination_id"], person.values["title"]) == (
        "academia", "城市计算", "2013-12-20", "2016-12-19", n.id, "教授")
    assert person.committees == ["智能交通", "智慧医疗"]
    assert "张伟" in str(undo.undo_text(db))
    undo.undo(db)
    assert queries.pool_ids(db, "experts") == []
    assert nominations.get_nomination(db, n.id).state == "review"
    undo.redo(db)
    assert queries.pool_ids(db, "experts") == [n.result_id]


def test_approving_a_standards_nominee_fills_the_roster_with_the_term_asked(setup):
    db, _unit, _other, _call = setup
    call = service.create_call(db, {"kind": "standards", "title": "标准组推荐"})
    n = nominations.record_nomination(db, call.id, {"name": "李静", "mobile": "13800005678", "work_unit": "南京智能交通研究院",
                                                "specialty": "物联网标准", "committees": ["智能交通"]})
    to_review(db, n.id)
    n = nominations.approve(db, n.id, on_date="2014-01-10", term_start="2014-01-01", term_end="2015-12-31")
    person = pool.get_person(db, "standards_members", n.result_id)
    assert (person.values["specialty"], person.values["term_start"], person.values["term_end"],
            person.values["unit_id"]) == ("物联网标准", "2014-01-01", "2015-12-31",
                                          units.get_unit(db, 1).id)
    assert queries.pool_ids(db, "experts") == []


def test_approving_an_application_makes_a_member_unit_with_its_contact_in_one_action(setup):
    db, _unit, _other, _call = setup
    call = service.create_call(db, {"kind": "membership", "title": "入会申请"})
    code = credit_code("91110108MA01ABCD1")
    n = nominations.record_nomination(db, call.id, {
        "name": "北京新智慧科技有限公司", "credit_code": code, "level": "理事单位", "unit_type": "企业",
        "contact_name": "王敏", "contact_position": "办公室主任", "contact_mobile": "13900001111",
        "contact_email": "wm@example.com", "committees": "智能家居", "nominating_unit": "南京交研"})
    to_review(db, n.id)
    n = nominations.approve(db, n.id, on_date="2026-05-01", decision_ref="理事会审批")
    unit = units.get_unit(db, n.result_id)
    assert (unit.name, unit.credit_code, unit.level, unit.join_date, unit.province) == (
        "北京新智慧科技有限公司", code, "council", "2026-05-01", "北京市")
    [contact] = contacts.unit_contacts(db, unit.id)
    assert (contact.name, contact.mobile, contact.email, contact.is_primary) == ("王敏", "13900001111",
                                                                                "wm@example.com", True)
    undo.undo(db)  # one action: unit, contact and the nomination's state together
    assert units.deleted_units(db) == [] and db.query_one("SELECT count(*) FROM units WHERE id = ?",
                                                          (n.result_id,))[0] == 0
    assert nominations.get_nomination(db, n.id).state == "review"


def test_an_approval_that_cannot_be_written_changes_nothing(setup):
    db, _unit, _other, call = setup
    n = to_review(db, nominations.record_nomination(db, call.id, expert()).id)
    pool.create_person(db, "experts", {"name": "张伟", "side": "学", "mobile": "13800001234"}, allow_duplicate=True)
    with pytest.raises(nominations.DuplicateFound):
        nominations.approve(db, n.id)
    assert nominations.get_nomination(db, n.id).state == "review"
    assert len(queries.pool_ids(db, "experts")) == 1


# ---- the live count ---------------------------------------------------------------------------------------

def test_a_calls_count_says_what_came_back_and_who_has_not_answered(setup):
    db, unit, other, call = setup
    nominations.record_nomination(db, call.id, expert())
    nominations.record_nomination(db, call.id, expert(name="王芳", mobile="13800004321"))
    nominations.record_nomination(db, call.id, expert(name="赵强", mobile="13800004322", nominating_unit="某外部协会"))
    count = service.call_count(db, call.id)
    assert count.total == 3 and count.by_state == {"received": 3}
    assert (unit.id, "南京智能交通研究院", 2) in count.answered and (None, "某外部协会", 1) in count.answered
    assert count.not_answered == [(other.id, "长春城市大数据有限公司")]
    # a call for one committee targets that committee's units only
    traffic = next(cid for name, cid in __import__("core.members.queries", fromlist=["x"]).committee_choices(db)
                   if name == "智能交通")
    narrow = service.create_call(db, {"kind": "expert", "title": "交通专家", "committee_ids": [traffic]})
    units.update_unit(db, other.id, {**units.get_unit(db, other.id).__dict__, "committee_ids": [traffic]})
    assert service.call_count(db, narrow.id).not_answered == [(other.id, "长春城市大数据有限公司")]


# ---- lists: filters, pinyin search, masking ----------------------------------------------------------------

def test_pool_lists_filter_and_mask(setup):
    db, unit, _other, _call = setup
    traffic = 1
    pool.create_person(db, "experts", {"name": "张伟", "side": "学", "mobile": "13800001234", "id_number": ID_1,
                                       "fields": "城市计算", "work_unit": "東南大學", "committee_ids": [traffic],
                                       "term_start": "2013-12-20", "term_end": "2016-12-19", "unit_id": unit.id})
    pool.create_person(db, "experts", {"name": "王芳", "side": "资本", "fields": "产业投资", "work_unit": "国开金融",
                                       "term_start": "2020-01-01", "term_end": "2030-12-31"})
    Q = queries.PoolFilter
    assert queries.pool_ids(db, "experts", Q(text="zw")) == [1]
    assert queries.pool_ids(db, "experts", Q(text="东南大学")) == [1]  # Traditional stored, Simplified typed
    assert queries.pool_ids(db, "experts", Q(side="capital")) == [2]
    assert queries.pool_ids(db, "experts", Q(committee_id=traffic)) == [1]
    assert queries.pool_ids(db, "experts", Q(field="投资")) == [2]
    assert queries.pool_ids(db, "experts", Q(unit_id=unit.id)) == [1]
    assert queries.pool_ids(db, "experts", Q(expiring_by="2017-01-01")) == [1]
    row = queries.pool_rows(db, "experts", [1])[1]
    assert (row["mobile"], row["id_number"]) == ("138****1234", ID_1[:6] + "********" + ID_1[-4:])
    assert queries.pool_rows(db, "experts", [1], personal=True)[1]["id_number"] == ID_1


# ---- the new kinds in the safety nets -------------------------------------------------------------------------

def test_new_kinds_go_to_the_trash_show_history_count_in_backups_and_pass_the_check(setup, tmp_path):
    db, _unit, _other, call = setup
    n = nominations.record_nomination(db, call.id, expert())
    person = pool.create_person(db, "experts", {"name": "李静", "side": "用", "committee_ids": [2]})
    pool.update_person(db, "experts", person.id, {**pool.person_as_raw(person), "fields": "城市运营"})
    changes = [(c.field, c.old, c.new) for c in history.record_history(db, "experts", person.id)]
    assert ("fields", "", "城市运营") in changes
    history.revert_change(db, next(c for c in history.record_history(db, "experts", person.id) if c.field == "fields"))
    assert pool.get_person(db, "experts", person.id).values["fields"] == ""
    counts = backups.backup_counts(backups.backup_now(db, tmp_path / "bk").path)
    assert (counts["calls"], counts["nominations"], counts["experts"]) == (1, 1, 1)
    trash.delete(db, "calls", [call.id])
    assert [i.name for i in trash.list_deleted(db, "calls")] == ["2013年专家组征集"]
    assert queries.call_ids(db) == []
    trash.restore(db, "calls", [call.id])
    trash.delete(db, "nominations", [n.id])
    trash.delete(db, "experts", [person.id])
    assert check.check_database(db).findings == []
    emptied = trash.empty_trash(db, tmp_path / "bk")
    assert emptied["nominations"] == 1 and emptied["experts"] == 1
    assert db.query_one("SELECT count(*) FROM changes WHERE old LIKE '%13800001234%' OR new LIKE '%13800001234%'"
                        )[0] == 0
    assert db.query_one("SELECT count(*) FROM nomination_reviews")[0] == 0


def test_a_scanned_copy_is_kept_in_the_database_and_the_check_keeps_it(setup, tmp_path):
    db, _unit, _other, call = setup
    n = nominations.record_nomination(db, call.id, expert())
    scan = tmp_path / "张伟推荐表（盖章）.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    nominations.attach_scan(db, n.id, scan)
    assert nominations.scan_file(db, n.id) == (scan.name, b"%PDF-1.4 scanned")
    assert check.check_database(db).findings == []  # not an orphan file
    assert queries.nomination_rows(db, [n.id])[n.id]["scan"] == scan.name
    undo.undo(db)
    assert nominations.scan_file(db, n.id) is None
    assert check.check_database(db).findings == []  # still in the undo history: kept for redo


# ---- the published list ----------------------------------------------------------------------------------------

def test_published_list_as_pdf_and_xlsx_leaves_personal_data_out_unless_asked(setup, tmp_path):
    import openpyxl

    db, _unit, _other, _call = setup
    pool.create_person(db, "experts", {"name": "张𠮷祥", "side": "政", "mobile": "13800001234", "id_number": ID_1,
                                       "work_unit": "国家信息中心", "term_start": "2013-12-20", "term_end": "2016-12-19"})
    pdf = published.export_list(db, "experts", tmp_path / "名单.pdf", on_date="2013-12-25")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "专家组名单" in text and "张𠮷祥" in text and "国家信息中心" in text and "2013年12月25日" in text
    assert "13800001234" not in text and ID_1 not in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])  # every font embedded
    xlsx = published.export_list(db, "experts", tmp_path / "名单.xlsx", personal=True)
    cells = [c for row in openpyxl.load_workbook(xlsx).active.iter_rows(values_only=True) for c in row if c]
    assert "张𠮷祥" in cells and "13800001234" in cells and ID_1 in cells
    with pytest.raises(UserError):  # never overwritten unasked
        published.export_list(db, "experts", xlsx)
    hant = published.export_list(db, "experts", tmp_path / "名單.pdf", script="hant-tw")
    assert "專家組名單" in subprocess.run(["pdftotext", str(hant), "-"], capture_output=True, text=True).stdout


# ---- an older database upgrades and keeps its data --------------------------------------------------------------

def test_a_database_of_the_previous_version_upgrades_and_keeps_its_data(tmp_path, monkeypatch):
    index = migrations.MIGRATIONS.index(migrations._v11_calls)
    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(migrations, "LATEST_VERSION", index)
    old = open_database(path)
    assert old.schema_version() == index
    units.create_unit(old, {"name": "升级前的单位"})
    old.close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    assert db.schema_version() == len(migrations.MIGRATIONS) > index
    assert [r[0] for r in db.query("SELECT name FROM units")] == ["升级前的单位"]
    call = service.create_call(db, {"kind": "expert", "title": "升级后的征集"})
    nominations.record_nomination(db, call.id, expert(nominating_unit="升级前的单位"))
    assert service.call_count(db, call.id).answered[0][1] == "升级前的单位"
    assert check.check_database(db).findings == []
