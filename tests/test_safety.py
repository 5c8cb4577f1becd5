"""Data safety: undo/redo, history, backups, restore, check, trash, session lock."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading

import pytest

from core import i18n
from core.errors import UserError
from core.members import contacts, queries, units
from core.safety import backups, check, history, trash, undo
from core.safety.session import AlreadyOpen, SessionLock
from core.storage.database import open_database


def unit(db, name, **extra):
    return units.create_unit(db, {"name": name, **extra})


def test_undo_and_redo_name_the_action_and_restore_everything(db):
    """Undo says what it undoes, puts a deleted unit and its contacts back; redo deletes again."""
    i18n.set_language("zh-Hans")
    u = unit(db, "无锡智能交通有限公司", committee_ids=[1])
    contacts.create_contact(db, {"unit_id": u.id, "name": "周喆"})
    units.delete_units(db, [u.id])
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Undo: Delete member unit 无锡智能交通有限公司"
    undo.undo(db)
    assert queries.unit_ids(db) == [u.id] and len(queries.contact_ids(db)) == 1
    assert str(undo.redo_text(db)) == "Redo: Delete member unit 无锡智能交通有限公司"
    undo.redo(db)
    assert queries.unit_ids(db) == []


def test_undo_an_edit_restores_every_field_and_search(db):
    """Undoing an edit brings back the old name, level, committees, and finds it by the old name."""
    u = unit(db, "旧名公司", level="会员单位", committee_ids=[1, 2])
    units.update_unit(db, u.id, {**u.__dict__, "name": "新名公司", "level": "council", "committee_ids": [3]})
    undo.undo(db)
    back = units.get_unit(db, u.id)
    assert (back.name, back.level, back.committee_ids) == ("旧名公司", "member", [1, 2])
    assert queries.unit_ids(db, queries.UnitFilter(text="旧名")) == [u.id]
    assert [h.new_value for h in units.unit_history(db, u.id)] == ["member", "active"]


def test_undo_everything_back_to_empty_and_a_new_action_clears_redo(db):
    """Undo walks back action by action; a new action after undo cannot be mixed with the old redo list."""
    unit(db, "甲单位")
    unit(db, "乙单位")
    undo.undo(db)
    undo.undo(db)
    assert queries.unit_ids(db) == [] and undo.undo(db) is None
    unit(db, "丙单位")
    assert undo.redo_text(db) is None
    assert [r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()] == ["丙单位"]


def test_bulk_delete_is_one_undoable_action(db):
    """Deleting 50 units at once is undone by one undo."""
    ids = [unit(db, f"批量单位{i}").id for i in range(50)]
    units.delete_units(db, ids)
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Undo: Delete 50 member units"
    undo.undo(db)
    assert sorted(queries.unit_ids(db)) == sorted(ids)


def test_history_records_field_old_new_machine_account_and_revert(db):
    """A unit's history lists each field change with old and new value and where it was made; a change
    can be reverted, and the revert is itself in the history."""
    u = unit(db, "长春智慧城市研究院", level="会员单位")
    units.update_unit(db, u.id, {**u.__dict__, "level": "council", "website": "www.cc-demo.cn"})
    changes_ = history.record_history(db, "units", u.id)
    level = next(c for c in changes_ if c.field == "level")
    i18n.set_language("en")
    assert (level.old_text(), level.new_text()) == ("Member unit", "Council unit")
    assert level.machine and level.at[:4] == str(dt.date.today().year)
    history.revert_change(db, level)
    assert units.get_unit(db, u.id).level == "member"
    assert units.get_unit(db, u.id).website == "www.cc-demo.cn"
    last = history.record_history(db, "units", u.id)[-1]
    assert last.field == "level" and str(last.action).startswith("Revert")


def test_backup_is_consistent_while_another_connection_writes(tmp_path):
    """A backup taken while another connection keeps writing opens and passes the integrity check."""
    path = tmp_path / "live.sqlite3"
    db = open_database(path)
    writer = open_database(path)
    stop = threading.Event()

    def write():
        i = 0
        while not stop.is_set():
            units.create_unit(writer, {"name": f"写入中单位{i}"})
            i += 1

    t = threading.Thread(target=write)
    t.start()
    try:
        made = [backups.backup_now(db, tmp_path / "bk") for _ in range(3)]
    finally:
        stop.set()
        t.join()
    for b in made:
        conn = sqlite3.connect(b.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert backups.backup_counts(b.path)["units"] >= 0
    assert not list((tmp_path / "bk").rglob("*.partial"))


# the kinds of calls for nominations are counted too (none in these tests)
NO_CALLS = {"calls": 0, "nominations": 0, "experts": 0, "standards_members": 0}


def test_list_backups_with_counts_and_restore_keeps_current_state(tmp_path):
    """Restoring a backup first backs up the current state, then brings back the backup's data."""
    db = open_database(tmp_path / "main.sqlite3")
    unit(db, "备份前单位")
    first = backups.backup_now(db, tmp_path / "bk")
    unit(db, "备份后单位")
    assert backups.backup_counts(first.path) == {"units": 1, "contacts": 0, "notices": 0, "meetings": 0,
                                                 "meeting_attendees": 0, "action_items": 0, **NO_CALLS}
    db = backups.restore_backup(db, first.path, tmp_path / "bk")
    assert [r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()] == ["备份前单位"]
    kept = [b for b in backups.database_backups(db, tmp_path / "bk") if b.reason == "restore"]
    assert len(kept) == 1 and backups.backup_counts(kept[0].path)["units"] == 2


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    """A damaged backup is refused with a message; the current data stays."""
    db = open_database(tmp_path / "main.sqlite3")
    unit(db, "现有单位")
    bad = tmp_path / "bk" / "main-20260101-000000-manual.sqlite3"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    with pytest.raises(UserError):
        backups.restore_backup(db, bad, tmp_path / "bk")
    assert len(queries.unit_ids(db)) == 1


def test_open_backup_read_only_refuses_writes_and_leaves_backup_untouched(tmp_path):
    """A backup opened to look at can be read, refuses edits, and its file is not modified."""
    db = open_database(tmp_path / "main.sqlite3")
    unit(db, "只读查看单位")
    b = backups.backup_now(db, tmp_path / "bk")
    before = b.path.read_bytes()
    view = backups.open_backup(b.path)
    assert len(queries.unit_ids(view)) == 1
    with pytest.raises(UserError):
        unit(view, "不该写入")
    assert b.path.read_bytes() == before


def test_thinning_keeps_recent_then_daily_weekly_monthly(tmp_path):
    """Thinning keeps the newest backups, then one a day, a week and a month, and deletes the rest."""
    folder = tmp_path / "bk"
    folder.mkdir()
    now = dt.datetime(2026, 11, 22, 12, 0, 0)
    for hours in range(0, 24 * 400, 6):  # a backup every 6 hours for 400 days
        stamp = now - dt.timedelta(hours=hours)
        (folder / f"main-{stamp:%Y%m%d-%H%M%S}-auto.sqlite3").write_bytes(b"x")
    removed = backups.thin(folder, backups.Thinning(recent=5, days=7, weeks=4, months=6), today=now)
    left = backups.list_backups(folder)
    assert removed and len(left) < 30
    assert left[0].created == now
    days = {b.created.date() for b in left if (now.date() - b.created.date()).days < 7}
    assert len(days) == 7
    assert min(b.created for b in left) > now - dt.timedelta(days=6 * 31 + 1)


def test_backup_due_after_interval(tmp_path):
    """An automatic backup is due when the newest is older than the interval."""
    db = open_database(tmp_path / "main.sqlite3")
    folder = backups.database_folder(db, tmp_path / "bk")
    assert backups.due(folder, 30)
    b = backups.backup_now(db, tmp_path / "bk", "auto")
    assert not backups.due(folder, 30, now=b.created + dt.timedelta(minutes=10))
    assert backups.due(folder, 30, now=b.created + dt.timedelta(minutes=31))


def test_backup_to_unwritable_folder_gives_message(tmp_path):
    """A backup folder that cannot be created (a file is in the way) gives a message, not a crash."""
    db = open_database(tmp_path / "main.sqlite3")
    blocker = tmp_path / "bk"
    blocker.write_text("a file, not a folder")
    with pytest.raises(UserError):
        backups.backup_now(db, blocker / "inner")


def test_check_reports_and_repairs_broken_rules(db):
    """The check finds a unit with two primary contacts and a stale crash marker, and repairs both."""
    u = unit(db, "两个主联系人单位")
    a = contacts.create_contact(db, {"unit_id": u.id, "name": "甲"})
    b = contacts.create_contact(db, {"unit_id": u.id, "name": "乙"})
    with db.transaction() as conn:  # what an old bug or another tool could leave behind
        conn.execute("DROP INDEX contacts_one_primary")
        conn.execute("UPDATE contacts SET is_primary = 1 WHERE id IN (?, ?)", (a.id, b.id))
        conn.execute("UPDATE change_control SET action_id = 999")
    report = check.check_database(db)
    assert not report.ok and len(report.findings) == 2
    i18n.set_language("en")
    assert "2 primary contacts" in report.text()
    after = check.repair(db, report)
    assert after.ok and len(after.repaired) == 2
    assert [c.is_primary for c in contacts.unit_contacts(db, u.id)] == [True, False]


def test_check_on_good_database(db):
    """A database in good order says so."""
    unit(db, "正常单位")
    i18n.set_language("en")
    assert check.check_database(db).text() == "The database is in good order."


def test_empty_trash_purges_for_good_after_a_backup(tmp_path):
    """Emptying the trash backs up first, deletes the units and their contacts for good, also from
    the change history."""
    db = open_database(tmp_path / "main.sqlite3")
    u = unit(db, "要清除的单位")
    contacts.create_contact(db, {"unit_id": u.id, "name": "张𠮷祥", "mobile": "13800001111"})
    keep = unit(db, "保留单位")
    units.delete_units(db, [u.id])
    counts = trash.empty_trash(db, tmp_path / "bk")
    assert counts == {"units": 1, "contacts": 0, "notices": 0, "meetings": 0, "saved_searches": 0, **NO_CALLS}
    assert units.deleted_units(db) == [] and queries.unit_ids(db) == [keep.id]
    assert db.query_one("SELECT count(*) FROM contacts")[0] == 0
    assert db.query_one("SELECT count(*) FROM changes WHERE new LIKE '%13800001111%' OR old LIKE "
                        "'%13800001111%'")[0] == 0
    assert [b.reason for b in backups.database_backups(db, tmp_path / "bk")] == ["purge"]


def test_trash_keeps_recent_deletions_when_emptying_old_ones(tmp_path):
    """Emptying items older than 30 days leaves what was deleted today."""
    db = open_database(tmp_path / "main.sqlite3")
    u = unit(db, "今天删除")
    units.delete_units(db, [u.id])
    assert trash.empty_trash(db, tmp_path / "bk", older_than_days=30) == {"units": 0, "contacts": 0, "notices": 0,
                                                                          "meetings": 0, "saved_searches": 0, **NO_CALLS}
    assert len(units.deleted_units(db)) == 1


def test_session_lock_detects_second_instance_and_unclean_end(tmp_path):
    """A second instance on the same file is refused; a lock left by a dead process means an
    unclean end; a clean close leaves no lock."""
    path = tmp_path / "main.sqlite3"
    lock = SessionLock(path).acquire()
    assert not lock.unclean
    other = SessionLock(path)
    other.path.write_text('{"host": "%s", "pid": 1}' % __import__("socket").gethostname())
    with pytest.raises(AlreadyOpen):
        SessionLock(path).acquire()  # pid 1 is alive: another instance
    other.path.write_text('{"host": "%s", "pid": 999999999}' % __import__("socket").gethostname())
    assert SessionLock(path).acquire().unclean
    lock.release()
    assert not lock.path.exists()


def test_deleted_notice_is_purged_with_its_attachments(tmp_path):
    """Emptying the trash removes a deleted notice and its attachments for good; its number stays used."""
    from core.documents.model import Block
    from core.notices import alliance, service
    from core.notices.service import AttachmentItem

    db = open_database(tmp_path / "main.sqlite3")
    alliance.save_alliance(db, {"number_prefix": "联盟"})
    n = service.create_notice(db, {"title": "要删除的通知", "body": [Block("paragraph", "正文")], "doc_date": "2020-01-01",
                                   "attachments": [AttachmentItem("text", "附件一", [])]})
    service.issue_notice(db, n.id)
    service.delete_notices(db, [n.id])
    counts = trash.empty_trash(db, tmp_path / "bk")
    assert counts["notices"] == 1
    assert db.query_one("SELECT count(*) FROM notice_attachments")[0] == 0
    m = service.create_notice(db, {"title": "下一个", "body": [Block("paragraph", "正文")], "doc_date": "2020-02-01"})
    assert service.issue_notice(db, m.id).doc_number == "联盟〔2020〕2号"


def test_check_removes_files_attached_in_a_cancelled_editor(db, tmp_path):
    """A file stored for an attachment that was never saved is found by the check and removed by the repair;
    a file still attached stays."""
    from core.documents.model import Block
    from core.notices import service

    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"%PDF-1.4 kept")
    lost = tmp_path / "lost.pdf"
    lost.write_bytes(b"%PDF-1.4 lost")
    item = service.store_file(db, kept)
    service.create_notice(db, {"title": "有附件的通知", "body": [Block("paragraph", "正文")], "attachments": [item]})
    service.store_file(db, lost)  # the editor was cancelled after adding this one
    report = check.check_database(db)
    assert len(report.findings) == 1 and "lost" in report.text()
    assert check.repair(db, report).ok
    assert [r[0] for r in db.query("SELECT name FROM blobs")] == ["kept.pdf"]
