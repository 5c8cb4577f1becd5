"""What meets the database file is used correctly or refused untouched: empty and missing
files, typos in --db, read-only files, damaged pages, another program's lock, a full disk;
reading commands never write; errors are told by SQLite's codes, in the UI language."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from core import i18n
from core.storage import errors
from core.storage.database import (
    DatabaseDamaged, DatabaseLocked, DatabaseOpenError, DatabaseTooOld, open_database,
)
from tests.file_helpers import damage, fingerprint, make_db, run_cli

READING = [("members", "list"), ("notices", "list"), ("check", "--no-repair")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    return make_db(folder / "sample.sqlite3")


def test_zero_byte_file_is_refused_by_every_command_and_stays_empty(tmp_path):
    """An empty (0 bytes) file given as --db is never turned into a database: each command says so."""
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    source = tmp_path / "list.csv"
    source.write_text("单位名称\n某单位\n", encoding="utf-8")
    commands = [*READING, ("check",), ("members", "import", str(source)), ("members", "export",
                str(tmp_path / "out.csv")), ("backup",), ("notices", "export", "1", "--out", str(tmp_path / "n.pdf"))]
    for command in commands:
        result = run_cli(*command, "--db", str(empty), "--lang", "en", home=tmp_path)
        assert result.returncode == 1, (command, result.stdout)
        assert "empty file (0 bytes)" in result.stderr and "Traceback" not in result.stderr, command
        assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("empty")) == ["empty.sqlite3"]


def test_typo_in_db_for_import_creates_nothing(tmp_path):
    """members import into a --db that does not exist is refused; no database appears (unless --create)."""
    source = tmp_path / "list.csv"
    source.write_text("单位名称\n某单位\n", encoding="utf-8")
    typo = tmp_path / "secretraiat.sqlite3"
    result = run_cli("members", "import", str(source), "--db", str(typo), "--lang", "en", home=tmp_path)
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not typo.exists() and not list(tmp_path.glob("secretraiat*"))
    created = run_cli("members", "import", str(source), "--db", str(typo), "--create", home=tmp_path)
    assert created.returncode == 0, created.stderr


def test_core_refuses_missing_and_empty_files_unless_creating(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    i18n.set_language("en")
    for read_only in (False, True):
        with pytest.raises(DatabaseOpenError, match="empty file"):
            open_database(empty, create=False, read_only=read_only)
        with pytest.raises(DatabaseOpenError, match="does not exist"):
            open_database(tmp_path / "absent.sqlite3", create=False, read_only=read_only)
    assert empty.stat().st_size == 0 and not (tmp_path / "absent.sqlite3").exists()


@pytest.mark.parametrize("journal", ["wal", "delete"])
@pytest.mark.parametrize("command", READING + [("members", "export", "OUT")])
def test_reading_commands_leave_the_file_byte_identical(command, journal, sample, tmp_path):
    """Listing, checking without repair and exporting open the file read-only: same bytes (also for a file in
    rollback-journal mode, as every backup is: no switch to WAL), no -wal/-shm, no lock file, no backup."""
    import shutil

    path = tmp_path / "copy.sqlite3"
    shutil.copy(sample, path)
    if journal == "delete":
        sqlite3.connect(path).execute("PRAGMA journal_mode = DELETE").fetchone()
    before = fingerprint(path)
    args = [tmp_path / "out.xlsx" if a == "OUT" else a for a in command]
    result = run_cli(*map(str, args), "--db", str(path), "--lang", "en", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_reading_an_older_file_changes_nothing_and_says_to_open_it_in_the_program(tmp_path):
    """A file of an older data version is not upgraded by a command that only reads."""
    import shutil
    from pathlib import Path

    old = tmp_path / "v1.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-v1.sqlite3", old)
    before = fingerprint(old)
    result = run_cli("members", "list", "--db", str(old), "--lang", "zh-Hans", home=tmp_path)
    assert result.returncode == 1 and "较旧" in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(old) == before
    with pytest.raises(DatabaseTooOld):
        open_database(old, read_only=True)
    assert fingerprint(old) == before


def test_chmod_444_file_is_read_but_refused_for_writing_commands(sample, tmp_path):
    """A file marked read-only: reading commands (and a backup, which only copies it) work, writing ones are
    refused, even as root."""
    import shutil

    path = tmp_path / "ro.sqlite3"
    shutil.copy(sample, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = fingerprint(path)
    source = tmp_path / "list.csv"
    source.write_text("单位名称\n只读时导入\n", encoding="utf-8")
    listed = run_cli("members", "list", "--db", str(path), "--format", "json", home=tmp_path)
    assert listed.returncode == 0 and "测试单位0000" in listed.stdout
    for command in (("members", "import", str(source)), ("demo",)):
        result = run_cli(*command, "--db", str(path), "--lang", "en", home=tmp_path)
        assert result.returncode == 1 and "read-only" in result.stderr, (command, result.stderr)
    backup = run_cli("backup", "--out", str(tmp_path / "copy.sqlite3"), "--db", str(path), home=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert fingerprint(path) == before


# -- damaged pages -------------------------------------------------------------------------
@pytest.fixture
def damaged(sample, tmp_path):
    import shutil

    path = tmp_path / "damaged.sqlite3"
    shutil.copy(sample, path)
    damage(path)
    return path


def test_check_no_repair_reports_damage_in_the_ui_language(damaged, tmp_path):
    before = fingerprint(damaged)
    result = run_cli("check", "--no-repair", "--db", str(damaged), "--lang", "zh-Hans", home=tmp_path)
    assert result.returncode == 1
    assert "已损坏" in result.stdout and "Traceback" not in result.stderr and "Unexpected" not in result.stderr
    assert "malformed" not in result.stdout + result.stderr and "btree" not in result.stdout.lower()
    assert fingerprint(damaged) == before
    repair = run_cli("check", "--db", str(damaged), "--lang", "zh-Hans", home=tmp_path)
    assert repair.returncode == 1 and "已损坏" in repair.stdout
    assert fingerprint(damaged) == before


def test_writing_commands_refuse_a_damaged_file_untouched(damaged, tmp_path):
    """Import, backup (to the folder or to a file) and repair never write into, or copy, a damaged file."""
    before = fingerprint(damaged)
    source = tmp_path / "list.csv"
    source.write_text("单位名称\n损坏时导入\n", encoding="utf-8")
    out = tmp_path / "copy.sqlite3"
    for command in (("members", "import", str(source)), ("backup",), ("backup", "--out", str(out))):
        result = run_cli(*command, "--db", str(damaged), "--lang", "en", home=tmp_path)
        assert result.returncode == 1 and "damaged" in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert fingerprint(damaged) == before
    assert not out.exists()
    assert not [p for p in (tmp_path / "backups").rglob("*") if p.is_file()] if (tmp_path / "backups").exists() \
        else True


def test_members_list_warns_about_a_damaged_file(damaged, tmp_path):
    result = run_cli("members", "list", "--db", str(damaged), "--lang", "en", home=tmp_path)
    assert result.returncode == 0 and "测试单位0000" in result.stdout
    assert "damaged" in result.stderr


def test_core_verify_refuses_damage_before_writing(damaged):
    before = fingerprint(damaged)
    with pytest.raises(DatabaseDamaged):
        open_database(damaged, create=False, verify=True)
    assert fingerprint(damaged) == before


# -- another program, the disk --------------------------------------------------------------
def test_rollback_journal_lock_of_another_program_gets_the_busy_message(sample, tmp_path, monkeypatch):
    """Another program holding BEGIN EXCLUSIVE on a journal_mode=DELETE file: "busy", not "not a database"."""
    import shutil

    from core.storage import database

    path = tmp_path / "journal.sqlite3"
    shutil.copy(sample, path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    i18n.set_language("zh-Hans")
    try:
        for read_only in (False, True):
            with pytest.raises(DatabaseOpenError) as info:
                open_database(path, create=False, read_only=read_only)
            assert info.value.kind == errors.BUSY
            assert "正被另一个程序" in str(info.value) or "忙" in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()


def _sqlite_error(name: str, cls=sqlite3.OperationalError) -> sqlite3.Error:
    exc = cls("English text that must not matter")
    exc.sqlite_errorname = name
    return exc


def test_errors_are_classified_by_sqlite_code_not_text(tmp_path):
    cases = {"SQLITE_BUSY": errors.BUSY, "SQLITE_BUSY_SNAPSHOT": errors.BUSY, "SQLITE_LOCKED": errors.BUSY,
             "SQLITE_CORRUPT": errors.DAMAGED, "SQLITE_CORRUPT_INDEX": errors.DAMAGED,
             "SQLITE_NOTADB": errors.NOT_A_DATABASE, "SQLITE_FULL": errors.FULL, "SQLITE_IOERR_WRITE": errors.IO,
             "SQLITE_READONLY": errors.READ_ONLY, "SQLITE_READONLY_DBMOVED": errors.READ_ONLY,
             "SQLITE_CANTOPEN": errors.CANT_OPEN, "SQLITE_CONSTRAINT_UNIQUE": None, "SQLITE_ERROR": None}
    for name, kind in cases.items():
        assert errors.kind_of(_sqlite_error(name), tmp_path / "x.sqlite3") == kind, name
    # the text says "locked" but the code says the disk is full: the code wins
    assert errors.kind_of(_sqlite_error("SQLITE_FULL"), tmp_path) == errors.FULL
    i18n.set_language("zh-Hans")
    for kind in errors.ENVIRONMENTAL:
        text = str(errors.message(kind, tmp_path / "x.sqlite3"))
        assert "SQLITE" not in text and "English" not in text and any("\u4e00" <= c <= "\u9fff" for c in text)


def test_io_error_on_a_full_disk_is_told_as_a_full_disk(tmp_path, monkeypatch):
    """SQLite reports a full disk while creating its side files as an I/O error: the free space decides."""
    monkeypatch.setattr(errors, "disk_full", lambda path: True)
    assert errors.kind_of(_sqlite_error("SQLITE_IOERR_SHMSIZE"), tmp_path / "x.sqlite3") == errors.FULL


def test_full_disk_during_an_import_says_full_and_leaves_the_file_unchanged(sample, tmp_path):
    """SQLITE_FULL in the middle of an import: one message, "full", "unchanged"; the file is as before."""
    import shutil

    from core.exchange.columns import propose_mapping
    from core.exchange.member_import import apply_import, plan_import
    from core.exchange.readers import read_table

    path = tmp_path / "full.sqlite3"
    shutil.copy(sample, path)
    source = tmp_path / "many.csv"
    source.write_text("单位名称,备注\n" + "".join(f"导入单位{i},{'长' * 3000}\n" for i in range(300)),
                      encoding="utf-8")
    db = open_database(path, create=False)
    count = db.query_one("SELECT count(*) FROM units")[0]
    pages = db.query_one("PRAGMA page_count")[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # what a full disk looks like to SQLite
    table = read_table(source)
    plan = plan_import(db, table, propose_mapping(table.header), "skip")
    i18n.set_language("en")
    with pytest.raises(DatabaseLocked) as info:
        apply_import(db, plan)
    assert info.value.kind == errors.FULL
    assert "full" in str(info.value) and "unchanged" in str(info.value) and "restore" not in str(info.value)
    assert db.query_one("SELECT count(*) FROM units")[0] == count
    db.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_when_opening_says_full(sample, tmp_path, monkeypatch):
    """The full disk met while switching to WAL (no room for the side files) is not "open another file"."""
    import shutil

    from core.storage import database

    path = tmp_path / "d.sqlite3"
    shutil.copy(sample, path)
    before = fingerprint(path)
    real_connect = database._connect

    class Conn:
        def __init__(self, conn):
            self._conn = conn

        def execute(self, sql, *args):
            if "journal_mode = WAL" in sql:
                raise _sqlite_error("SQLITE_IOERR_SHMSIZE")
            return self._conn.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._conn, name)

    monkeypatch.setattr(database, "_connect", lambda p, read_only=False: Conn(real_connect(p, read_only)))
    monkeypatch.setattr(errors, "disk_full", lambda p: True)
    i18n.set_language("en")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, create=False)
    assert "full" in str(info.value) and "Open another file" not in str(info.value)
    assert fingerprint(path) == before


def test_export_failing_on_a_full_disk_prints_one_message_and_no_traceback(sample, tmp_path, monkeypatch, capsys):
    """The half-written export file, collected later, must not print a second error as a traceback."""
    import errno
    import gc

    from cli import main
    from core.exchange import member_export

    class HalfWritten:  # what openpyxl leaves: a zip whose close() fails again on a full disk
        def __del__(self):
            raise OSError(errno.ENOSPC, "No space left on device")

    def write_fails(tmp, *args, **kwargs):
        leftover = HalfWritten()  # noqa: F841
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(member_export, "_write_xlsx", write_fails)
    import sys

    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)  # restored after the test
    code = main.run(["members", "export", str(tmp_path / "out.xlsx"), "--db", str(sample), "--lang", "en"])
    gc.collect()
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.count("\n") == 1 and "the disk is full" in captured.err  # translated, not the OS's text
    assert "Traceback" not in captured.err and "Exception ignored" not in captured.err


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB tmpfs (needs root and the right to mount, as on the build machine; skipped elsewhere)."""
    import subprocess

    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root, or no right to mount)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_real_full_disk_import_and_export(small_disk, sample, tmp_path):
    """On a really full disk: the import says the disk is full and leaves the file as it was; an export prints
    one message and no traceback."""
    import shutil

    path = small_disk / "d.sqlite3"
    shutil.copy(sample, path)
    assert run_cli("members", "list", "--db", str(path), home=tmp_path).returncode == 0
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    before = fingerprint(path)
    source = tmp_path / "list.csv"
    source.write_text("单位名称\n满盘时导入\n", encoding="utf-8")
    result = run_cli("members", "import", str(source), "--db", str(path), "--lang", "en", home=tmp_path)
    assert result.returncode == 1 and "full" in result.stderr and "unchanged" in result.stderr, result.stderr
    assert "Open another file" not in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(path) == before
    export = run_cli("members", "export", str(small_disk / "out.xlsx"), "--db", str(sample), "--lang", "en",
                     home=tmp_path)
    assert export.returncode == 1 and "the disk is full" in export.stderr
    assert export.stderr.strip().count("\n") == 0 and "Traceback" not in export.stderr
