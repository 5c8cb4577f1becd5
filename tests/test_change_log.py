"""The change log without holes: record kinds registered once, replay that takes no names from
stored data, triggers that follow the columns, purges that really forget, undo barriers, and the
database check's duplicate rules."""

from __future__ import annotations

import json

import pytest

from core import i18n
from core.errors import UserError
from core.i18n import N_
from core.members import contacts, queries, units
from core.safety import backups, check, history, trash, undo
from core.storage import migrations
from core.storage.database import open_database


def unit(db, name, **extra):
    return units.create_unit(db, {"name": name, **extra})


# ---- 1. a new record kind gets history, trash, purge, backup counts and check from one registration ----

@pytest.fixture
def toy(db):
    """A table of this test's own, registered as a record kind (with a dependant table)."""
    from core.storage import registry
    from core.storage.registry import Link, RecordKind, Unique

    gadgets = RecordKind(table="gadgets", label=N_("member unit {name}"), plural=N_("Member units"),
                         in_trash=True, counted=True, unique=(Unique("serial", N_("credit code")),))
    parts = RecordKind(table="gadget_parts", parents=(Link("gadgets", "gadget_id"),))
    with db.transaction() as conn:
        conn.execute("CREATE TABLE gadgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL, serial TEXT, "
                     "colour TEXT NOT NULL DEFAULT '', deleted_at TEXT)")
        conn.execute("CREATE TABLE gadget_parts (id INTEGER PRIMARY KEY, gadget_id INTEGER NOT NULL "
                     "REFERENCES gadgets(id) ON DELETE CASCADE, owner_mobile TEXT NOT NULL)")
    with registry.registered(gadgets), registry.registered(parts):
        report = check.check_database(db)  # the check notices the new kinds have no triggers yet
        assert len(report.findings) == 2 and all(f.repair for f in report.findings)
        assert check.repair(db, report).ok
        yield db


def test_a_registered_toy_kind_gets_history_trash_purge_counts_and_check(toy, tmp_path):
    db = toy
    with db.action("Make gadget {name}", name="扳手") as conn:
        gid = conn.execute("INSERT INTO gadgets (name, serial) VALUES ('扳手', 'S1')").lastrowid
        conn.execute("INSERT INTO gadget_parts (gadget_id, owner_mobile) VALUES (?, '13911112222')", (gid,))
    with db.action("Paint gadget {name}", name="扳手") as conn:
        conn.execute("UPDATE gadgets SET colour = '红' WHERE id = ?", (gid,))
    # history
    fields = [(c.field, c.old, c.new) for c in history.record_history(db, "gadgets", gid)]
    assert fields == [("created", None, "扳手"), ("colour", "", "红")]
    # undo and redo work on it
    undo.undo(db)
    assert db.query_one("SELECT colour FROM gadgets WHERE id = ?", (gid,))[0] == ""
    undo.redo(db)
    # the trash: delete, list, restore, delete again, empty
    trash.delete(db, "gadgets", [gid])
    assert [i.name for i in trash.list_deleted(db, "gadgets")] == ["扳手"]
    trash.restore(db, "gadgets", [gid])
    assert trash.list_deleted(db, "gadgets") == []
    # the check's unique rule
    with db.action("Make gadget {name}", name="钳子") as conn:
        conn.execute("INSERT INTO gadgets (name, serial) VALUES ('钳子', 'S1')")
    i18n.set_language("en")
    report = check.check_database(db)
    assert [str(f.message) for f in report.findings] == [
        "The credit code S1 is used by several records: 扳手、钳子."]
    # backup counts
    made = backups.backup_now(db, tmp_path / "bk")
    assert backups.backup_counts(made.path)["gadgets"] == 2
    # purge: the row, its dependants and their change log go
    trash.delete(db, "gadgets", [gid])
    counts = trash.empty_trash(db, tmp_path / "bk")
    assert counts["gadgets"] == 1
    assert db.query_one("SELECT count(*) FROM gadget_parts")[0] == 0
    assert db.query_one("SELECT count(*) FROM changes WHERE old LIKE '%13911112222%' "
                        "OR new LIKE '%13911112222%' OR old LIKE '%扳手%' OR new LIKE '%扳手%'")[0] == 0


def test_registering_a_kind_twice_or_with_odd_names_is_refused():
    from core.storage import registry
    from core.storage.registry import RecordKind

    with pytest.raises(ValueError):
        registry.register(RecordKind(table="units"))
    with pytest.raises(ValueError):
        RecordKind(table="x; DROP TABLE units")


def test_safety_code_names_no_feature_table():
    """History, trash, undo and the check read the registry: no table of a feature is named there."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "core"
    for name in ("safety/history.py", "safety/trash.py", "safety/undo.py", "safety/check.py",
                 "storage/changes.py"):
        text = (root / name).read_text(encoding="utf-8")
        for table in ('"units"', '"contacts"', '"notices"', "'units'", "'contacts'", "'notices'",
                      "'unit_committees'", '"unit_committees"'):
            assert table not in text, f"{name} names {table}"


# ---- 2. replay takes no names from stored data -------------------------------------------------------

def test_crafted_change_log_cannot_make_undo_copy_mobiles_into_notes(db):
    """A changes row whose stored 'column names' are SQL (the attack of the issue) makes undo refuse,
    and nothing is written: the mobiles stay out of the unit's notes."""
    u = unit(db, "被攻击的单位")
    contacts.create_contact(db, {"unit_id": u.id, "name": "张三", "mobile": "13800001111"})
    attack = {"notes = (SELECT group_concat(mobile) FROM contacts), name": "被攻击的单位"}
    with db.transaction() as conn:  # what a crafted database file could hold
        action = conn.execute("INSERT INTO actions (label, params, at) VALUES ('Edit member unit {name}', "
                              "'{\"name\": \"x\"}', '2026-01-01T00:00:00')").lastrowid
        conn.execute("INSERT INTO changes (action_id, tbl, row_key, op, old, new) VALUES (?, 'units', ?, 'update', "
                     "?, ?)", (action, f"[{u.id}]", json.dumps(attack), json.dumps(attack)))
    i18n.set_language("en")
    with pytest.raises(UserError) as refused:
        undo.undo(db)
    assert "nothing was changed" in str(refused.value)
    assert units.get_unit(db, u.id).notes == ""
    assert "13800001111" not in " ".join(r[0] for r in db.query("SELECT notes FROM units"))


def test_crafted_table_name_in_the_change_log_is_refused(db):
    u = unit(db, "单位甲")
    with db.transaction() as conn:
        action = conn.execute("INSERT INTO actions (label, params, at) VALUES ('x', '{}', 'now')").lastrowid
        conn.execute("INSERT INTO changes (action_id, tbl, row_key, op, old, new) VALUES (?, ?, '[1]', 'delete', "
                     "NULL, NULL)", (action, "units WHERE 1; --"))
    with pytest.raises(UserError):
        undo.undo(db)
    assert queries.unit_ids(db) == [u.id]


# ---- 3. triggers follow the columns --------------------------------------------------------------------

def test_a_migration_adding_a_column_keeps_undo_whole(tmp_path, monkeypatch):
    """A later migration adds a column and forgets the triggers: the runner regenerates them, so undo
    restores the new column too."""
    path = tmp_path / "main.sqlite3"
    open_database(path).close()

    def v_next(db):
        db.conn.execute("ALTER TABLE units ADD COLUMN fax TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v_next])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    u = unit(db, "有传真的单位")
    with db.action("Edit member unit {name}", name=u.name) as conn:
        conn.execute("UPDATE units SET fax = '010-1234', notes = '改' WHERE id = ?", (u.id,))
    undo.undo(db)
    assert tuple(db.query_one("SELECT fax, notes FROM units WHERE id = ?", (u.id,))) == ("", "")
    assert check.check_database(db).ok
    db.conn.close()


def test_check_finds_and_repairs_triggers_that_miss_a_column(db):
    """A column added outside a migration leaves stale triggers: the check says so and repairs them."""
    with db.transaction() as conn:
        conn.execute("ALTER TABLE contacts ADD COLUMN wechat TEXT NOT NULL DEFAULT ''")
    u = unit(db, "单位乙")
    c = contacts.create_contact(db, {"unit_id": u.id, "name": "李四"})
    i18n.set_language("en")
    report = check.check_database(db)
    assert [str(f.message) for f in report.findings] == [
        "The change log of “Contacts” does not cover all its columns (undo would restore only part of a record); "
        "it is brought up to date."]
    assert check.repair(db, report).ok
    with db.action("Edit contact {name}", name="李四") as conn:
        conn.execute("UPDATE contacts SET wechat = 'lisi' WHERE id = ?", (c.id,))
    undo.undo(db)
    assert db.query_one("SELECT wechat FROM contacts WHERE id = ?", (c.id,))[0] == ""


# ---- 4. purging forgets -----------------------------------------------------------------------------------

def test_emptying_the_trash_forgets_a_contacts_name_everywhere_and_undo_cannot_bring_it_back(tmp_path):
    db = open_database(tmp_path / "main.sqlite3")
    u = unit(db, "保留的单位")
    c = contacts.create_contact(db, {"unit_id": u.id, "name": "欧阳娜娜", "mobile": "13700002222"})
    contacts.create_contact(db, {"unit_id": u.id, "name": "留下的人"})
    contacts.delete_contacts(db, [c.id])
    trash.empty_trash(db, tmp_path / "bk")
    for sql in ("SELECT count(*) FROM changes WHERE coalesce(old, '') || coalesce(new, '') LIKE ?",
                "SELECT count(*) FROM actions WHERE params LIKE ?",
                "SELECT count(*) FROM units WHERE search_text LIKE ?",
                "SELECT count(*) FROM contacts WHERE search_text LIKE ? OR name LIKE ?"):
        args = ("%欧阳%",) * sql.count("?")
        assert db.query_one(sql, args)[0] == 0, sql
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Cannot undo: Empty deleted items (1)"
    with pytest.raises(UserError):
        undo.undo(db)
    assert db.query_one("SELECT count(*) FROM units WHERE search_text LIKE '%欧阳%'")[0] == 0
    assert queries.contact_ids(db, queries.ContactFilter(text="欧阳")) == []
    assert [x.name for x in contacts.unit_contacts(db, u.id)] == ["留下的人"]
    # what is left of the history still shows and still reverts
    assert [c.field for c in history.record_history(db, "units", u.id)] == ["created"]
    db.conn.close()


# ---- 5. barriers ------------------------------------------------------------------------------------------

def test_issuing_a_notice_is_a_barrier_named_in_the_menu(db):
    from core.documents.model import Block
    from core.notices import alliance, service

    alliance.save_alliance(db, {"number_prefix": "联盟"})
    n = service.create_notice(db, {"title": "通知", "body": [Block("paragraph", "正文")], "doc_date": "2013-03-01"})
    for serial in range(4):
        m = service.create_notice(db, {"title": f"前{serial}", "body": [Block("paragraph", "正文")],
                                       "doc_date": "2013-02-01"})
        service.issue_notice(db, m.id)
    issued = service.issue_notice(db, n.id)
    assert issued.doc_number == "联盟〔2013〕5号"
    i18n.set_language("en")
    step = undo.undo_step(db)
    assert (str(step.text), step.enabled) == ("Cannot undo: Issue notice 联盟〔2013〕5号", False)
    with pytest.raises(UserError) as refused:
        undo.undo(db)
    assert "联盟〔2013〕5号" in str(refused.value)
    assert service.get_notice(db, n.id).status == "issued"
    i18n.set_language("zh-Hans")
    text = str(undo.undo_text(db))
    assert "联盟〔2013〕5号" in text and "Cannot" not in text and "Issue" not in text
    # what comes after the barrier is undone normally, down to the barrier
    service.create_notice(db, {"title": "之后的草稿"})
    assert undo.undo_step(db).enabled
    undo.undo(db)
    assert not undo.undo_step(db).enabled


def test_undo_never_un_issues_a_notice_issued_before_the_upgrade(tmp_path, monkeypatch):
    """A file of version 3 with an issued notice: after the upgrade, that issue is a barrier too."""
    from core.documents.model import Block
    from core.notices import alliance, service

    path = tmp_path / "old.sqlite3"
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:3])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 3)
    old = open_database(path)
    with old.action("Issue notice {title}", title="旧通知") as conn:  # what version 3 recorded
        conn.execute("INSERT INTO notices (title, status, prefix, year, serial, created_at, updated_at) "
                     "VALUES ('旧通知', 'issued', '联盟', 2013, 1, 'x', 'x')")
    old.conn.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(full))
    db = open_database(path)
    assert db.schema_version() == len(full)
    assert check.check_database(db).ok
    assert not undo.undo_step(db).enabled
    with pytest.raises(UserError):
        undo.undo(db)
    assert db.query_one("SELECT status FROM notices")[0] == "issued"
    del alliance, service, Block
    db.conn.close()


# ---- 6. the check finds duplicates and destroys nothing -----------------------------------------------------

def test_check_reports_duplicate_names_and_credit_codes_in_the_ui_language(db):
    a = unit(db, "重名单位")
    b = unit(db, "另一个单位")
    gone = unit(db, "删掉的单位")
    units.delete_units(db, [gone.id])
    with db.transaction() as conn:  # what two imports at once left behind (or an old file without the index)
        conn.execute("DROP INDEX units_credit_code")
        conn.execute("UPDATE units SET name = '重名单位', credit_code = '91350100M000100Y43' WHERE id IN (?, ?)",
                     (a.id, b.id))
        conn.execute("UPDATE units SET name = '重名单位' WHERE id = ?", (gone.id,))
    i18n.set_language("zh-Hans")
    text = check.check_database(db).text()
    assert "重名单位、重名单位" in text and "91350100M000100Y43" in text
    assert "统一社会信用代码" in text or "信用代码" in text
    i18n.set_language("en")
    report = check.check_database(db)
    assert sorted(str(f.message) for f in report.findings) == [
        "The credit code 91350100M000100Y43 is used by several units: 重名单位、重名单位.",
        "The unit name 重名单位 is used by several units: 重名单位、重名单位."]
    assert all(f.repair is None for f in report.findings)
    check.repair(db, report)
    assert len(queries.unit_ids(db)) == 2


def test_unit_history_shows_its_committees_and_reverts_them_and_its_deletion(db):
    """Committee membership (a kind shown in its parent's history) and the deletion revert through the
    registry's hooks."""
    from core.members.committees import list_committees

    names = {c.id: c.name for c in list_committees(db)}
    u = unit(db, "委员会单位", committee_ids=[1])
    units.update_unit(db, u.id, {**units.get_unit(db, u.id).__dict__, "committee_ids": [2]})
    units.delete_units(db, [u.id])
    entries = history.record_history(db, "units", u.id)
    committee = [(e.old, e.new) for e in entries if e.field == "committee_ids"]
    assert committee == [(None, names[1]), (names[1], None), (None, names[2])]
    deleted = next(e for e in entries if e.field == "deleted_at")
    history.revert_change(db, deleted)
    assert queries.unit_ids(db) == [u.id]
    left = next(e for e in entries if e.field == "committee_ids" and e.new is None)
    history.revert_change(db, left)
    assert units.get_unit(db, u.id).committee_ids == [1, 2]
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Undo: Revert Professional committees of 委员会单位"  # in the language shown
