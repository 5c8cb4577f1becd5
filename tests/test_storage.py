"""Opening, guarding and upgrading the SQLite file."""

from __future__ import annotations

import sqlite3

import pytest

from core import i18n
from core.members import units
from core.storage import migrations
from core.storage.database import DatabaseLocked, DatabaseOpenError, DatabaseReadOnly, DatabaseTooNew, open_database
from core.storage.recovery import restore_copy


def test_new_file_gets_latest_schema_wal_and_foreign_keys(tmp_path):
    """A new database is created at the latest version, in WAL mode, with foreign keys enforced."""
    db = open_database(tmp_path / "new.sqlite3")
    assert db.schema_version() == migrations.LATEST_VERSION
    assert db.query_one("PRAGMA journal_mode")[0] == "wal"
    assert db.query_one("PRAGMA foreign_keys")[0] == 1
    assert int(db.query_one("PRAGMA busy_timeout")[0]) >= 1000
    with pytest.raises(sqlite3.IntegrityError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO contacts (unit_id, name, created_at, updated_at) VALUES (999, 'x', '', '')")


def test_ten_committees_are_there(db):
    """The ten professional committees exist from the start."""
    names = [r["name"] for r in db.query("SELECT name FROM committees ORDER BY position")]
    assert names[:2] == ["智能交通", "智能电网"] and len(names) == 10


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path):
    """Data written survives closing and reopening; no copy is made when nothing is upgraded."""
    path = tmp_path / "a.sqlite3"
    db = open_database(path)
    units.create_unit(db, {"name": "华东智慧城市研究院"})
    db.close()
    db = open_database(path)
    assert [r["name"] for r in db.query("SELECT name FROM units")] == ["华东智慧城市研究院"]
    assert not list(tmp_path.glob("*.before-*"))


def test_newer_file_is_refused_and_untouched(tmp_path):
    """A file from a newer version is refused with a clear message and not modified at all."""
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    i18n.set_language("en")
    with pytest.raises(DatabaseTooNew) as info:
        open_database(path)
    assert "newer version" in str(info.value)
    assert path.read_bytes() == before


def test_not_a_database_is_refused_untouched(tmp_path):
    """A text file (or garbage) given as database is refused and left as it was."""
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_other_programs_sqlite_file_is_refused(tmp_path):
    """A SQLite file of another program is not taken over (no tables added)."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseOpenError):
        open_database(path)
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("t",)]


def test_missing_folder_and_missing_file(tmp_path):
    """A file in a folder that does not exist, or a missing file when one must exist, gets a message."""
    with pytest.raises(DatabaseOpenError):
        open_database(tmp_path / "nope" / "x.sqlite3")
    with pytest.raises(DatabaseOpenError):
        open_database(tmp_path / "absent.sqlite3", create=False)


def test_read_only_file_is_refused_even_as_root(tmp_path):
    """A file marked read-only (chmod 444: root could still write it, os.access says yes) is refused for
    writing, byte for byte unchanged, and opens read-only instead."""
    import hashlib
    import stat

    path = tmp_path / "ro.sqlite3"
    db = open_database(path)
    units.create_unit(db, {"name": "只读单位"})
    db.close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    i18n.set_language("en")
    with pytest.raises(DatabaseReadOnly) as info:
        open_database(path)
    assert "read-only" in str(info.value)
    viewer = open_database(path, read_only=True)
    assert [r[0] for r in viewer.query("SELECT name FROM units")] == ["只读单位"]
    with pytest.raises(DatabaseLocked) as refused:
        units.create_unit(viewer, {"name": "不该写入"})
    assert "read-only" in str(refused.value)
    viewer.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.sqlite3"]


def test_older_file_is_copied_before_upgrade(tmp_path, monkeypatch):
    """Upgrading a file first leaves a consistent copy of the old version beside it."""
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    units.create_unit(db, {"name": "包头智慧城市投资基金"})
    db.close()

    def v2(database):
        database.conn.execute("ALTER TABLE units ADD COLUMN extra TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, v2])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    new = migrations.LATEST_VERSION
    assert db.schema_version() == new
    copies = list(tmp_path.glob(f"old.before-v{new}-*.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == new - 1
    assert old.execute("SELECT name FROM units").fetchall() == [("包头智慧城市投资基金",)]


def test_failed_migration_leaves_old_version(tmp_path, monkeypatch):
    """A migration that fails half-way leaves the file at the old version with its data."""
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    units.create_unit(db, {"name": "樟树市智慧水务有限公司"})
    db.close()

    def broken(database):
        database.conn.execute("ALTER TABLE units ADD COLUMN extra TEXT")
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION - 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(units)")]
    assert "extra" not in columns


def test_transaction_is_all_or_nothing(db):
    """An error inside one action rolls back everything that action wrote."""
    with pytest.raises(ValueError):
        with db.transaction():
            units.insert_unit(db, units.validate_unit({"name": "长春智能电网有限公司"}))
            raise ValueError("boom")
    assert db.query_one("SELECT count(*) FROM units")[0] == 0


def test_second_connection_waits_instead_of_failing(tmp_path):
    """Two programs on the same file: a writer waits for the other's transaction rather than erroring."""
    import threading
    import time

    path = tmp_path / "shared.sqlite3"
    first = open_database(path)
    second = open_database(path)
    done = []

    def hold():
        with first.transaction():
            units.insert_unit(first, units.validate_unit({"name": "延吉智慧社区服务中心"}))
            time.sleep(0.5)

    t = threading.Thread(target=hold)
    t.start()
    time.sleep(0.1)
    units.create_unit(second, {"name": "无锡物联网产业研究院"})
    done.append(True)
    t.join()
    assert second.query_one("SELECT count(*) FROM units")[0] == 2


def test_restore_copy_replaces_damaged_file_and_keeps_it(tmp_path):
    """Restoring a copy puts it in place and keeps the damaged file under another name."""
    good = tmp_path / "good.sqlite3"
    db = open_database(good)
    units.create_unit(db, {"name": "重庆智慧城市研究院"})
    db.close()
    damaged = tmp_path / "main.sqlite3"
    damaged.write_bytes(b"\x00garbage" * 50)
    moved = restore_copy(good, damaged)
    assert moved is not None and moved.read_bytes().startswith(b"\x00garbage")
    reopened = open_database(damaged, create=False)
    assert reopened.query_one("SELECT name FROM units")[0] == "重庆智慧城市研究院"


def test_restore_refuses_a_bad_copy(tmp_path):
    """A copy that is itself not a database is refused and the target is left alone."""
    from core.errors import UserError

    target = tmp_path / "main.sqlite3"
    open_database(target).close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("nope")
    with pytest.raises(UserError):
        restore_copy(bad, target)
    open_database(target, create=False)


def test_released_v1_file_upgrades_with_its_data(tmp_path):
    """A database written by the first release (schema 1) opens, is upgraded, keeps every record."""
    import shutil
    from pathlib import Path

    from core.members import contacts, queries

    path = tmp_path / "v1.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-v1.sqlite3", path)
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION
    assert len(list(tmp_path.glob("v1.before-*.sqlite3"))) == 1
    names = {r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()}
    assert names == {"南京江宁智能交通有限公司", "香港智慧城市聯盟有限公司"}
    unit_id = queries.unit_ids(db, queries.UnitFilter(text="江宁"))[0]
    assert [c.name for c in contacts.unit_contacts(db, unit_id)] == ["张𠮷祥"]
    assert [h.new_value for h in units.unit_history(db, unit_id)][-1] == "suspended"
    units.create_unit(db, {"name": "升级后新增单位"})  # the upgraded file takes new records


def test_full_disk_gives_a_message_and_keeps_data(tmp_path):
    """When the disk is full (SQLite reports SQLITE_FULL) the action fails with a message; earlier data stays."""
    from core.storage.database import DatabaseLocked

    db = open_database(tmp_path / "full.sqlite3")
    units.create_unit(db, {"name": "已保存的单位"})
    pages = db.query_one("PRAGMA page_count")[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    i18n.set_language("en")
    with pytest.raises(DatabaseLocked) as info:
        for i in range(200):
            units.create_unit(db, {"name": f"填满磁盘的单位{i}" + "长" * 150, "notes": "备注" * 5000})
    assert "full" in str(info.value)
    db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert "已保存的单位" in [r[0] for r in db.query("SELECT name FROM units")]
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"


def test_vanished_file_is_noticed_and_everything_can_be_rescued(tmp_path):
    """If the file disappears (USB stick pulled), the next save says so, and all data can be saved elsewhere."""
    import sys

    from core.storage.database import DatabaseVanished, rescue_copy

    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(stick / "conference.sqlite3")
    units.create_unit(db, {"name": "会场签到单位"})
    if sys.platform == "win32":  # pragma: no cover - Windows cannot delete an open file
        return
    (stick / "conference.sqlite3").rename(tmp_path / "elsewhere.sqlite3")
    with pytest.raises(DatabaseVanished):
        units.create_unit(db, {"name": "拔出后新增"})
    saved = rescue_copy(db, tmp_path / "rescued.sqlite3")
    rescued = open_database(saved, create=False)
    assert [r[0] for r in rescued.query("SELECT name FROM units")] == ["会场签到单位"]


def test_portable_mode_keeps_data_next_to_the_program(tmp_path, monkeypatch):
    """With a `portable` file next to main.py, the database, settings and backups live in its data folder."""
    from core import paths

    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    monkeypatch.setattr(paths, "program_dir", lambda: tmp_path)
    assert not paths.is_portable()
    (tmp_path / "portable").write_text("")
    assert paths.is_portable()
    assert paths.default_db_path() == tmp_path / "data" / paths.DEFAULT_DB_NAME
    assert paths.settings_path().parent == tmp_path / "data"
    assert paths.backups_dir() == tmp_path / "data" / "backups"


def test_released_v3_file_upgrades_to_an_identity_of_its_own(tmp_path):
    """A database of the third release (schema 3) is upgraded to 4: it gets a stable id and its path, keeps every
    record; reopening keeps the id; a copy opened elsewhere while the original exists gets another id."""
    import shutil
    from pathlib import Path

    from core.members import queries

    path = tmp_path / "v3.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-v3.sqlite3", path)
    db = open_database(path, create=False)
    assert db.schema_version() == migrations.LATEST_VERSION >= 4
    assert len(list(tmp_path.glob("v3.before-v*.sqlite3"))) == 1
    names = {r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()}
    assert names == {"合肥智慧城市研究院"} and len(units.deleted_units(db)) == 1
    first_id = db.identity()
    assert first_id and len(first_id) == 32
    assert db.query_one("SELECT value FROM database_info WHERE key = 'path'")[0] == str(path)
    db.close()
    again = open_database(path, create=False)
    assert again.identity() == first_id
    again.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    copied = open_database(copy, create=False)
    assert copied.identity() != first_id
    assert copied.query_one("SELECT value FROM database_info WHERE key = 'copy_of'")[0] == first_id
    copied.close()
    moved = tmp_path / "moved.sqlite3"
    path.rename(moved)
    assert open_database(moved, create=False).identity() == first_id  # moved, not copied: the same database
