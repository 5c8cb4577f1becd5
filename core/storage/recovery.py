"""Putting a copy in place of the database file: the copy is checked first, then the
file is replaced in one step.

* :func:`prepare_candidate` checks the file the clerk chose (not empty, SQLite, this
  program's, not of a newer version, SQLite's full integrity check) on a temporary
  copy, so the chosen file itself is never written; every message names the chosen
  file.
* :func:`replace_file` writes the checked copy beside the database, flushes it to
  the disk and renames it over the database (``os.replace``: the old or the new file,
  never a mix). No connection may be open on the file: a connection of another
  program makes it refuse (busy). Stale ``-wal``/``-shm`` files are folded in before
  and removed after, so they can never be applied to the new file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage import errors, files
from core.storage.database import APPLICATION_ID, Database, DatabaseOpenError, open_database

SIDE_FILES = ("-wal", "-shm", "-journal")


class Candidate:
    """A checked temporary copy of a backup; remove it with :meth:`discard`."""

    def __init__(self, source: Path, copy: Path, version: int) -> None:
        self.source = source
        self.copy = copy
        self.version = version

    def discard(self) -> None:
        shutil.rmtree(self.copy.parent, ignore_errors=True)


def _refuse(message: Msg, folder: Path | None = None) -> UserError:
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    return UserError(message)


def prepare_candidate(source: str | Path) -> Candidate:
    """Check the file ``source`` as a replacement for the database; raises UserError
    naming ``source`` when it cannot serve, and never writes to it."""
    from core.storage.migrations import LATEST_VERSION

    source = Path(source).expanduser().absolute()
    p = str(source)
    if not source.is_file():
        raise UserError(Msg("{path} does not exist.", path=p))
    try:
        size = source.stat().st_size
        with open(source, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read.", path=p)) from exc
    if size == 0:
        raise UserError(Msg("{path} is an empty file (0 bytes), not a backup; nothing was restored.", path=p))
    if head != files.SQLITE_HEADER:
        raise UserError(Msg("{path} is not a database file of this program; nothing was restored.", path=p))
    folder = Path(tempfile.mkdtemp(prefix="secretariat-restore-"))
    copy = folder / "candidate.sqlite3"
    try:
        shutil.copyfile(source, copy)
        wal = Path(p + "-wal")
        if wal.is_file():  # a copy taken with its journal: what it holds belongs to it
            shutil.copyfile(wal, Path(str(copy) + "-wal"))
    except OSError as exc:
        raise _refuse(errors.file_message(errors.FULL if errors.disk_full(folder) else errors.IO, source),
                      folder) from exc
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if not tables or app_id != APPLICATION_ID:
            raise _refuse(Msg("{path} is not a database of this program (another program's file, or empty); "
                              "nothing was restored.", path=p), folder)
        if version > LATEST_VERSION:
            raise _refuse(Msg("{path} was written by a newer version of this program (data version {found}; this "
                              "version knows up to {known}); nothing was restored.", path=p, found=version,
                              known=LATEST_VERSION), folder)
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise _refuse(Msg("{path} is damaged (SQLite's check finds broken pages); nothing was restored. Choose "
                              "another backup.", path=p), folder)
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except sqlite3.DatabaseError as exc:
        conn.close()
        kind = errors.kind_of(exc, folder)
        if kind in (errors.DAMAGED, errors.NOT_A_DATABASE):
            raise _refuse(Msg("{path} is damaged (SQLite's check finds broken pages); nothing was restored. "
                              "Choose another backup.", path=p), folder) from exc
        raise _refuse(errors.file_message(kind, source, exc), folder) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
    return Candidate(source, copy, version)


def check_copy(path: str | Path) -> None:
    """Raise UserError unless ``path`` could replace the database (``path`` is never written)."""
    prepare_candidate(path).discard()


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for flushing; NTFS journals the rename
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def quiesce(target: Path) -> None:
    """Fold the WAL of ``target`` into the file and leave it as one file, with no
    connection open. Another program's connection makes this fail (busy): then
    nothing may replace the file."""
    conn = sqlite3.connect(str(target), timeout=2, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")  # needs every other connection closed
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() == "wal":
            raise UserError(errors.message(errors.BUSY, target))
    except sqlite3.DatabaseError as exc:
        raise UserError(errors.message(errors.kind_of(exc, target), target, exc)) from exc
    finally:
        conn.close()


def set_aside(target: Path, why: str = "damaged") -> Path:
    """Rename ``target`` (and its side files) to ``<name>.<why>-<time><suffix>``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = target.with_name(f"{target.stem}.{why}-{stamp}{target.suffix}")
    os.replace(target, moved)
    for suffix in SIDE_FILES:
        side = Path(str(target) + suffix)
        if side.exists():
            os.replace(side, Path(str(moved) + suffix))
    return moved


def replace_file(candidate: Candidate, target: Path, keep_old: bool) -> Path | None:
    """Put the checked copy in place of ``target`` atomically.

    ``keep_old``: the file replaced is renamed beside itself (``.damaged-<time>``) and
    that path is returned; otherwise it must be closed everywhere (checked) and is
    simply replaced (the caller has backed it up).
    """
    restoring = target.with_name(target.name + ".restoring")
    try:
        shutil.copyfile(candidate.copy, restoring)
        _fsync_file(restoring)
    except OSError as exc:
        restoring.unlink(missing_ok=True)
        kind = errors.FULL if errors.disk_full(target.parent) else errors.IO
        raise UserError(errors.file_message(kind, target)) from exc
    moved = None
    try:
        if target.exists():
            if keep_old:
                moved = set_aside(target)
            else:
                quiesce(target)
        os.replace(restoring, target)
    except BaseException:
        restoring.unlink(missing_ok=True)
        raise
    for suffix in SIDE_FILES:  # never let an old journal meet the new file
        Path(str(target) + suffix).unlink(missing_ok=True)
    _fsync_folder(target.parent)
    return moved


def restore_copy(copy_path: str | Path, target: str | Path) -> Path | None:
    """Replace ``target`` (which cannot be opened) with the copy at ``copy_path``.

    The file being replaced is never deleted: it is renamed to
    ``<name>.damaged-<time><suffix>`` next to itself and that path is returned
    (None when there was no file to replace).
    """
    copy_path, target = Path(copy_path), Path(target).absolute()
    if copy_path.exists() and target.exists() and os.path.samefile(copy_path, target):
        raise UserError(Msg("Choose a copy other than the file itself."))
    candidate = prepare_candidate(copy_path)
    try:
        return replace_file(candidate, target, keep_old=True)
    finally:
        candidate.discard()


def open_copy_read_only(path: Path) -> Database:
    """A temporary copy of ``path`` (checked, upgraded if old), with every write refused;
    messages name ``path``, never the temporary copy."""
    from core.storage.migrations import LATEST_VERSION

    candidate = prepare_candidate(path)
    try:
        if candidate.version < LATEST_VERSION:
            open_database(candidate.copy, create=False).close()  # the copy is upgraded, never the backup
        db = open_database(candidate.copy, create=False, read_only=True)
    except DatabaseOpenError as exc:
        candidate.discard()
        raise UserError(Msg("{path} cannot be opened.", path=str(path))) from exc
    db.read_only_source = path
    db.temporary_folder = candidate.copy.parent
    return db
