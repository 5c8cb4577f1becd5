"""Crash tests: processes killed with SIGKILL in the middle of real work lose nothing
that was committed and never leave half a transaction behind."""

from __future__ import annotations

import csv
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.members import units
from core.storage.database import open_database
from core.validation import uscc_check_char

WORKER = Path(__file__).with_name("crash_worker.py")
ROWS = 20000
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def start(*args: str) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


def kill(proc: subprocess.Popen) -> str:
    os.kill(proc.pid, signal.SIGKILL)
    out, _err = proc.communicate(timeout=30)
    return out


def assert_sound(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT action_id FROM change_control").fetchone()[0] is None
    return conn


def write_member_list(path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["单位名称", "统一社会信用代码", "会员类别", "联系人", "手机"])
        for i in range(ROWS):
            body = f"9111010{i:07d}MA0"[:17]
            w.writerow([f"崩溃测试单位{i}号有限公司", body + uscc_check_char(body), "会员单位", f"联系人{i}",
                        f"138{i:08d}"])


def test_import_killed_at_random_moments_is_all_or_nothing(tmp_path):
    """An import of 20,000 rows killed at random moments leaves 0 units, never a part; run to the end it
    leaves all 20,000 with their contacts; the file passes the integrity check every time."""
    member_list = tmp_path / "members.csv"
    write_member_list(member_list)
    db_path = tmp_path / "crash.sqlite3"
    open_database(db_path).close()
    rng = random.Random(7)
    for _ in range(6):
        proc = start("import", str(db_path), str(member_list))
        time.sleep(rng.uniform(0.2, 4.0))
        out = kill(proc)
        conn = assert_sound(db_path)
        count = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        assert count in (0, ROWS)
        conn.close()
        if "imported" in out or count == ROWS:
            break
    proc = start("import", str(db_path), str(member_list))
    # the guard is for a hung worker, not a speed test: 20,000 rows take about a minute of CPU,
    # several minutes of wall time on a loaded machine
    assert proc.wait(timeout=900) == 0, proc.stderr.read()
    conn = assert_sound(db_path)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == ROWS
    assert conn.execute("SELECT count(*) FROM contacts WHERE is_primary = 1").fetchone()[0] == ROWS


def test_edits_killed_at_random_moments_keep_each_edit_whole(tmp_path):
    """A process editing units in a loop, killed 12 times: each unit's name, notes and status still come from
    one and the same edit, and the level/status history matches the unit."""
    db_path = tmp_path / "edits.sqlite3"
    db = open_database(db_path)
    for i in range(20):
        units.create_unit(db, {"name": f"编辑单位{i}", "notes": "start"})
    db.close()
    rng = random.Random(11)
    for _ in range(12):
        proc = start("edits", str(db_path))
        time.sleep(rng.uniform(0.05, 0.6))
        kill(proc)
        conn = assert_sound(db_path)
        for uid, name, notes, status in conn.execute("SELECT id, name, notes, status FROM units"):
            if notes == "start":
                continue
            assert name == f"编辑单位{uid}-{notes}"
            assert status == ("suspended" if int(notes) % 2 else "active")
            last = conn.execute("SELECT new_value FROM unit_history WHERE unit_id = ? AND field = 'status' "
                                "ORDER BY id DESC LIMIT 1", (uid,)).fetchone()[0]
            assert last == status
        conn.close()


def test_backup_killed_mid_copy_never_leaves_a_bad_backup(tmp_path):
    """Backups killed mid-copy leave only a .partial file, never listed; every listed backup is sound."""
    from core.safety.backups import list_backups

    db_path = tmp_path / "main.sqlite3"
    db = open_database(db_path)
    with db.action("bulk"):
        for i in range(3000):
            units.insert_unit(db, units.validate_unit({"name": f"备份单位{i}", "notes": "备注" * 200}))
    db.close()
    folder = tmp_path / "bk"
    rng = random.Random(3)
    for _ in range(8):
        proc = start("backup", str(db_path), str(folder))
        time.sleep(rng.uniform(0.05, 0.8))
        kill(proc)

    def listed_backups() -> list:
        subs = folder.iterdir() if folder.is_dir() else ()
        return [b for sub in subs if sub.is_dir() for b in list_backups(sub)]  # one folder per database

    if not listed_backups():  # a loaded machine finished no copy in time: let one finish, kill the next
        proc = start("backup", str(db_path), str(folder))
        deadline = time.monotonic() + 600
        while not listed_backups() and time.monotonic() < deadline:
            time.sleep(0.05)
        kill(proc)
    listed = listed_backups()
    assert listed
    for b in listed:
        conn = sqlite3.connect(b.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 3000
        conn.close()
    assert_sound(db_path)
