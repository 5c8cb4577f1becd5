"""Restoring refuses what cannot serve and replaces the file atomically; backups never
collide, leave no partial files for long, belong to their database and are made
automatically only when something changed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import sqlite3
import threading
import time

import pytest

from core import i18n
from core.errors import UserError
from core.members import units
from core.safety import backups, undo
from core.safety.session import SessionLock
from core.storage import migrations
from core.storage.database import open_database
from tests.file_helpers import damage, fingerprint, make_db, run_cli


@pytest.fixture
def live(tmp_path):
    """A database with 5 units and a good backup of it holding 3."""
    path = make_db(tmp_path / "live.sqlite3", units=3)
    db = open_database(path, create=False)
    good = backups.backup_now(db, tmp_path / "bk").path
    for i in range(2):
        units.create_unit(db, {"name": f"备份后单位{i}"})
    db.close()
    return path, good


def _refused(live_path, chosen, tmp_path, expected: str) -> None:
    before = fingerprint(live_path)
    i18n.set_language("en")
    with pytest.raises(UserError) as info:
        backups.restore(chosen, live_path, tmp_path / "bk")
    text = str(info.value)
    assert expected in text and str(chosen) in text, text
    assert "secretariat-restore-" not in text and "candidate" not in text
    assert fingerprint(live_path) == before
    assert open_database(live_path, create=False).query_one("SELECT count(*) FROM units")[0] == 5


def test_restore_refuses_an_empty_file(live, tmp_path):
    chosen = tmp_path / "empty.sqlite3"
    chosen.write_bytes(b"")
    _refused(live[0], chosen, tmp_path, "empty file (0 bytes)")


def test_restore_refuses_a_file_that_is_not_a_database(live, tmp_path):
    chosen = tmp_path / "notes.sqlite3"
    chosen.write_text("不是数据库" * 300, encoding="utf-8")
    _refused(live[0], chosen, tmp_path, "not a database file of this program")


def test_restore_refuses_a_damaged_backup(live, tmp_path):
    """A backup with broken pages in the middle is found by the integrity check before anything changes."""
    chosen = tmp_path / "damaged-backup.sqlite3"
    shutil.copy(live[1], chosen)
    damage(chosen, "units", pages=2)
    _refused(live[0], chosen, tmp_path, "damaged")


def test_restore_refuses_another_programs_file_and_a_newer_one(live, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(live[0], other, tmp_path, "not a database of this program")
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(live[1], newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    _refused(live[0], newer, tmp_path, "newer version")


def test_restore_refuses_while_another_running_program_holds_the_file(live, tmp_path):
    """The session lock of a live process (pid 1 here) stops a restore from the command line."""
    path, good = live
    SessionLock(path).path.write_text('{"host": "%s", "pid": 1}' % socket.gethostname(), encoding="utf-8")
    before = fingerprint(path)
    result = run_cli("restore", str(good), "--db", str(path), "--lang", "en", home=tmp_path)
    assert result.returncode == 1 and "another window" in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(path) == before


def test_restore_refuses_while_another_connection_has_the_file_open(live, tmp_path):
    """Another program (no lock of ours) has the file open: busy, nothing replaced."""
    path, good = live
    other = sqlite3.connect(path)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("SELECT count(*) FROM units").fetchone()
    i18n.set_language("en")
    try:
        with pytest.raises(UserError) as info:
            backups.restore(good, path, tmp_path / "bk")
        assert "busy" in str(info.value)
        assert other.execute("SELECT count(*) FROM units").fetchone()[0] == 5
    finally:
        other.close()
    assert open_database(path, create=False).query_one("SELECT count(*) FROM units")[0] == 5


def test_restore_replaces_the_file_atomically_and_backs_up_the_current_state(live, tmp_path):
    """A new file takes the old one's place in one rename (new inode); no side files or temporary copies stay;
    the state before is a backup of the same database."""
    path, good = live
    inode = path.stat().st_ino
    writer = open_database(path, create=False)  # leave data in the WAL of a connection closed just now
    units.create_unit(writer, {"name": "恢复前最后一个"})
    writer.close()
    restored = backups.restore(good, path, tmp_path / "bk")
    db = restored.db
    assert db.query_one("SELECT count(*) FROM units")[0] == 3
    assert path.stat().st_ino != inode
    assert restored.set_aside is None
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("live"))
    assert all(not n.endswith((".restoring", "-journal")) for n in left), left
    kept = [b for b in backups.database_backups(db, tmp_path / "bk") if b.reason == "restore"]
    assert len(kept) == 1 and backups.backup_counts(kept[0].path)["units"] == 6
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"


def test_restore_of_a_backup_with_another_page_size(live, tmp_path):
    path, good = live
    other_size = tmp_path / "big-pages.sqlite3"
    shutil.copy(good, other_size)
    conn = sqlite3.connect(other_size, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    db = backups.restore(other_size, path, tmp_path / "bk").db
    assert db.query_one("SELECT count(*) FROM units")[0] == 3
    assert db.query_one("PRAGMA page_size")[0] == 8192


def test_restore_over_a_damaged_database_keeps_it_beside(live, tmp_path):
    """A damaged live file cannot be backed up: it is renamed beside itself, then replaced."""
    path, good = live
    damage(path, "units", pages=1)
    restored = backups.restore(good, path, tmp_path / "bk")
    assert restored.set_aside is not None and restored.set_aside.name.startswith("live.damaged-")
    assert restored.db.query_one("SELECT count(*) FROM units")[0] == 3


def test_cli_restore_names_the_chosen_file(live, tmp_path):
    path, good = live
    empty = tmp_path / "空的备份.sqlite3"
    empty.write_bytes(b"")
    result = run_cli("restore", str(empty), "--db", str(path), "--lang", "zh-Hans", home=tmp_path)
    assert result.returncode == 1 and str(empty) in result.stderr and "Traceback" not in result.stderr
    ok = run_cli("restore", str(good), "--db", str(path), "--lang", "en", home=tmp_path)
    assert ok.returncode == 0 and str(good) in ok.stdout and "3 member units" in ok.stdout


# -- backups --------------------------------------------------------------------------------
def test_backups_started_in_the_same_moment_never_collide(tmp_path, monkeypatch):
    """Eight backups at once, and backups whose clock reads exactly the same: each its own file."""
    db = open_database(make_db(tmp_path / "main.sqlite3", units=2), create=False)
    made: list = []
    threads = [threading.Thread(target=lambda: made.append(backups.backup_now(db, tmp_path / "bk")))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({b.path for b in made}) == 8

    frozen = dt.datetime(2026, 12, 1, 9, 30, 0, 123000)

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen

    monkeypatch.setattr(backups.dt, "datetime", Clock)
    same = [backups.backup_now(db, tmp_path / "bk") for _ in range(3)]
    assert len({b.path for b in same}) == 3
    assert all(sqlite3.connect(b.path).execute("PRAGMA quick_check").fetchone()[0] == "ok" for b in same)
    assert len(backups.database_backups(db, tmp_path / "bk")) == 11


def test_partial_files_of_killed_backups_are_cleaned_but_not_running_ones(tmp_path):
    db = open_database(make_db(tmp_path / "main.sqlite3", units=1), create=False)
    folder = backups.database_folder(db, tmp_path / "bk")
    folder.mkdir(parents=True)
    stale = folder / "main-20261101-100000-000-auto.sqlite3.partial"
    stale_journal = folder / "main-20261101-100000-000-auto.sqlite3.partial-journal"
    running = folder / "main-20261201-100000-000-manual.sqlite3.partial"
    foreign = folder / "notes.txt.partial"
    for p in (stale, stale_journal, running, foreign):
        p.write_bytes(b"x" * 1000)
    old = time.time() - backups.STALE_PARTIAL_SECONDS - 60
    for p in (stale, stale_journal, foreign):
        os.utime(p, (old, old))
    backups.backup_now(db, tmp_path / "bk")
    assert not stale.exists() and not stale_journal.exists()
    assert running.exists() and foreign.exists()


def test_backups_belong_to_their_database(tmp_path):
    """Two databases, one backup folder: each lists, thins and restores only its own backups."""
    root = tmp_path / "bk"
    a = open_database(make_db(tmp_path / "a.sqlite3", units=1), create=False)
    b = open_database(make_db(tmp_path / "b.sqlite3", units=2), create=False)
    mine = [backups.backup_now(a, root) for _ in range(3)]
    theirs = [backups.backup_now(b, root) for _ in range(3)]
    assert {x.path for x in backups.database_backups(a, root)} == {x.path for x in mine}
    assert {x.path for x in backups.database_backups(b, root)} == {x.path for x in theirs}
    backups.thin(backups.database_folder(a, root), backups.Thinning(recent=1, days=0, weeks=0, months=0))
    assert len(backups.database_backups(a, root)) == 1
    assert all(x.path.exists() for x in theirs)


def test_a_copy_of_a_database_gets_its_own_backups(tmp_path):
    root = tmp_path / "bk"
    original = make_db(tmp_path / "a.sqlite3", units=1)
    a = open_database(original, create=False)
    backups.backup_now(a, root)
    copy = tmp_path / "usb" / "a.sqlite3"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    c = open_database(copy, create=False)
    assert c.identity() != a.identity()
    assert backups.database_backups(c, root) == []
    backups.backup_now(c, root)
    assert len(backups.database_backups(a, root)) == 1 and len(backups.database_backups(c, root)) == 1


def test_flat_backups_of_before_are_moved_to_their_database(tmp_path):
    """Backups from before one folder per database: those named after this database move into its folder,
    others stay where they are."""
    root = tmp_path / "bk"
    root.mkdir()
    a = open_database(make_db(tmp_path / "a.sqlite3", units=1), create=False)
    old_mine = root / "a-20261101-100000-manual.sqlite3"
    old_other = root / "other-20261101-100000-manual.sqlite3"
    for p in (old_mine, old_other):
        shutil.copy(tmp_path / "a.sqlite3", p)
        conn = sqlite3.connect(p)
        conn.execute("DROP TABLE database_info")  # as made before ids existed
        conn.commit()
        conn.close()
    listed = backups.database_backups(a, root)
    assert [x.path.name for x in listed] == [old_mine.name]
    assert listed[0].path.parent == backups.database_folder(a, root)
    assert old_other.exists() and not old_mine.exists()


def test_automatic_backup_only_when_the_data_changed(tmp_path):
    """Periodic and closing backups: none when nothing changed since the newest; one after a change, an undo."""
    root = tmp_path / "bk"
    db = open_database(make_db(tmp_path / "main.sqlite3", units=1), create=False)
    assert backups.automatic_backup(db, root, "auto") is not None  # no backup yet
    assert backups.automatic_backup(db, root, "close") is None
    units.create_unit(db, {"name": "新增一个"})
    assert backups.automatic_backup(db, root, "auto") is not None
    assert backups.automatic_backup(db, root, "auto") is None
    undo.undo(db)
    assert backups.automatic_backup(db, root, "close") is not None
    db.close()
    again = open_database(tmp_path / "main.sqlite3", create=False)  # reopening is no change
    assert backups.automatic_backup(again, root, "close") is None
    viewer = open_database(tmp_path / "main.sqlite3", create=False, read_only=True)
    units_before = len(backups.database_backups(again, root))
    assert backups.automatic_backup(viewer, root, "close") is None
    assert len(backups.database_backups(again, root)) == units_before == 3


def test_reading_commands_make_no_backup(tmp_path):
    path = make_db(tmp_path / "main.sqlite3", units=1)
    for command in (("members", "list"), ("notices", "list"), ("check", "--no-repair")):
        assert run_cli(*command, "--db", str(path), home=tmp_path).returncode == 0
    assert not (tmp_path / "backups").exists()
