"""Backups: consistent copies made with SQLite's online backup API, kept per database,
listed with what they hold, thinned by age, restored after a backup of the current state.

* Each database has its own folder under the backup folder, named by the id kept in
  the database (``core.storage.identity``): the list, "open read-only", thinning and
  restoring only ever see that database's backups. Backups made before there were
  folders are moved into the folder of the database whose name they carry (or id).
* A backup is written to ``<name>.partial`` (created exclusively, so two backups
  started in the same millisecond never share a file), checked with SQLite's quick
  check, flushed to the disk and renamed: an interrupted backup never looks like a
  good one, and a damaged database is never copied as if it were sound. Partial files
  left by a killed backup are removed by the next backup or start, once they are
  older than any running backup could be.
* Automatic backups (periodic, on close) are skipped when the data did not change
  since the newest backup (the data version kept in the file, see ``identity``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage import errors, files, identity
from core.storage.database import (
    Database, DatabaseDamaged, DatabaseOpenError, damaged_message, open_database,
)
from core.storage.recovery import Candidate, open_copy_read_only, prepare_candidate, replace_file

NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<ms>\d{3}))?-(?P<reason>[a-z]+)(?:-\d+)?\.sqlite3$")
REASONS = ("manual", "auto", "close", "import", "restore", "delete", "purge", "migration")
PARTIAL = ".partial"
STALE_PARTIAL_SECONDS = 30 * 60  # a running backup writes every few seconds
AUTOMATIC = ("auto", "close")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Thinning:
    """How many backups to keep: the most recent, then one a day, a week, a month."""
    recent: int = 10
    days: int = 14
    weeks: int = 8
    months: int = 12


# -- the folder of one database -------------------------------------------------------
def database_folder(db: Database, root: Path) -> Path:
    """The folder of ``db``'s backups inside the backup folder ``root`` (not created)."""
    return root / (db.identity() or "unnamed")


def prepare_folder(db: Database, root: Path) -> Path:
    """Create ``db``'s backup folder, move its old flat backups in, clean stale partials."""
    folder = database_folder(db, root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Msg("The backup folder {folder} cannot be created: {reason}", folder=str(folder),
                            reason=_os_reason(exc, folder))) from exc
    adopt_flat_backups(db, root, folder)
    clean_partials(folder)
    clean_partials(root)
    return folder


def adopt_flat_backups(db: Database, root: Path, folder: Path | None = None) -> list[Path]:
    """Move the backups lying directly in ``root`` (made before there was one folder per
    database) that belong to ``db`` into its folder: same id inside, or, for backups
    from before ids, the same file name. Others are left alone."""
    folder = folder or database_folder(db, root)
    my_id = db.identity()
    moved: list[Path] = []
    if not root.is_dir() or my_id is None:
        return moved
    for path in sorted(root.iterdir()):
        m = NAME_RE.match(path.name)
        if not m or not path.is_file():
            continue
        their_id = identity.peek(path).get("id")
        if their_id == my_id or (their_id is None and m["stem"] == db.path.stem):
            target = folder / path.name
            if target.exists():
                continue
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
                moved.append(target)
    return moved


def clean_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Remove this program's partial backups (and their journals) that no running backup
    can still be writing: untouched for :data:`STALE_PARTIAL_SECONDS`."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time() if now is None else now
    for path in folder.iterdir():
        name = path.name
        base = name[:-len(PARTIAL)] if name.endswith(PARTIAL) else \
            name[:-len(PARTIAL + "-journal")] if name.endswith(PARTIAL + "-journal") else None
        if base is None or not NAME_RE.match(base):
            continue
        try:
            if now - path.stat().st_mtime >= STALE_PARTIAL_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def _os_reason(exc: OSError, where: Path) -> Msg:
    if errors.disk_full(where):
        return Msg("the disk is full")
    return Msg("access denied or the drive is not available")


# -- making a backup ----------------------------------------------------------------
def _reserve(folder: Path, stem: str, now: dt.datetime, reason: str) -> tuple[Path, Path]:
    """A final name no other backup has or is writing, and its partial file (created)."""
    base = f"{stem}-{now:%Y%m%d-%H%M%S}-{now.microsecond // 1000:03d}-{reason}"
    for counter in range(1, 10_000):
        final = folder / (f"{base}.sqlite3" if counter == 1 else f"{base}-{counter}.sqlite3")
        partial = folder / (final.name + PARTIAL)
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            continue  # another backup is writing this name
        if final.exists():  # another backup finished this name already
            partial.unlink(missing_ok=True)
            continue
        return final, partial
    raise UserError(Msg("The backup folder {folder} holds too many backups of the same moment.", folder=str(folder)))


def _source_connection(db: Database) -> sqlite3.Connection:
    # A connection of its own: the program keeps working while the pages are copied
    # (WAL readers do not block writers); SQLite restarts the copy if a write lands in
    # between, so the result is always one consistent state.
    if db.read_only:
        return sqlite3.connect(files.read_only_uri(db.path), uri=True, timeout=30)
    return sqlite3.connect(str(db.path), timeout=30)


def _write_copy(db: Database, dest: Path) -> None:
    """Copy ``db`` into ``dest`` (an empty file), check the copy, flush it to the disk."""
    source = _source_connection(db)
    target = sqlite3.connect(str(dest), isolation_level=None)
    try:
        source.backup(target, pages=4096)
        target.execute("PRAGMA journal_mode = DELETE")
        problems = [r[0] for r in target.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        if errors.kind_of(exc) in (errors.DAMAGED, errors.NOT_A_DATABASE):
            problems = [errors.error_name(exc)]
        else:
            raise
    finally:
        target.close()
        source.close()
    if problems != ["ok"]:
        raise DatabaseDamaged(Msg("{damaged} No backup was made: a copy of a damaged file would look like a good "
                                  "backup.", damaged=damaged_message(db.path)), db.path, errors.DAMAGED)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def _failed(exc: BaseException, folder: Path) -> UserError:
    if isinstance(exc, OSError):
        reason = _os_reason(exc, folder)
    else:
        kind = errors.kind_of(exc, folder)
        reason = Msg("the disk is full") if kind == errors.FULL else \
            Msg("the database is busy or read-only") if kind in (errors.BUSY, errors.READ_ONLY) else \
            Msg("a read or write error (SQLite error {code})", code=errors.error_name(exc))
    return UserError(Msg("The backup could not be written to {folder}: {reason}", folder=str(folder), reason=reason))


def backup_now(db: Database, root: Path, reason: str = "manual") -> BackupInfo:
    """Write a consistent, checked copy of ``db`` into its folder inside ``root``.

    Raises DatabaseDamaged (no backup) when the database has damaged pages, UserError
    when the folder cannot take it; a partial file never stays behind.
    """
    assert reason in REASONS
    folder = prepare_folder(db, root)
    now = dt.datetime.now()
    try:
        final, partial = _reserve(folder, db.path.stem, now, reason)
    except OSError as exc:
        raise _failed(exc, folder) from exc
    _copy_into_place(db, partial, final, folder)
    return BackupInfo(final, now.replace(microsecond=0), reason, final.stat().st_size)


def _copy_into_place(db: Database, partial: Path, final: Path, folder: Path) -> None:
    """Write the checked copy into ``partial``, then rename it to ``final``; nothing is left
    behind when that fails (a damaged database, a full disk...)."""
    try:
        _write_copy(db, partial)
        os.replace(partial, final)
    except DatabaseDamaged:
        _remove_partial(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        raise _failed(exc, folder) from exc


def _remove_partial(partial: Path) -> None:
    for p in (partial, Path(str(partial) + "-journal")):
        with contextlib.suppress(OSError):
            p.unlink()


def backup_to(db: Database, dest: Path, overwrite: bool = False) -> Path:
    """A checked backup written to the file ``dest`` (``backup --out FILE``)."""
    dest = Path(dest).absolute()
    if dest.exists() and not overwrite:
        raise UserError(Msg("{path} already exists; use --force to overwrite it.", path=str(dest)))
    _name, partial = _reserve(dest.parent, dest.stem, dt.datetime.now(), "manual")
    _copy_into_place(db, partial, dest, dest.parent)
    return dest


def changed_since_last_backup(db: Database, folder: Path) -> bool:
    """False only when the newest backup in ``folder`` holds the same data as ``db``."""
    newest = list_backups(folder)[:1]
    stamp = db.data_stamp()
    return not newest or stamp is None or files.data_stamp(newest[0].path) != stamp


def automatic_backup(db: Database, root: Path, reason: str) -> BackupInfo | None:
    """A backup made without the clerk asking (periodic, on close): none for a
    read-only database, none when nothing changed since the newest backup."""
    if db.read_only or db.read_only_source is not None:
        return None
    folder = prepare_folder(db, root)
    if not changed_since_last_backup(db, folder):
        return None
    return backup_now(db, root, reason)


# -- the list ------------------------------------------------------------------------
def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder`` (one database's), newest first (partial or foreign files ignored)."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        m = NAME_RE.match(path.name)
        if not m:
            continue
        try:
            created = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
            found.append(BackupInfo(path, created, m["reason"], path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def database_backups(db: Database, root: Path) -> list[BackupInfo]:
    """The backups of ``db`` (its old flat backups moved into its folder first)."""
    adopt_flat_backups(db, root)
    return list_backups(database_folder(db, root))


def record_counts(path: Path) -> dict[str, tuple[int, int]]:
    """(live, deleted) records of each counted kind in a backup, by table (see the two below)."""
    from core.storage import registry

    return files.count_records(path, tuple((k.table, tuple((p.table, p.column) for p in k.parents))
                                           for k in registry.counted_kinds()))


def backup_counts(path: Path) -> dict[str, int]:
    """How many records of each counted kind (core.storage.registry: units, contacts, notices...)
    a backup holds, by table name, as a clerk counts them: records in the trash, and the contacts
    of a unit in the trash, are left out (see :func:`backup_deleted_counts`). Kinds the backup's
    file does not have are left out."""
    return {table: live for table, (live, _deleted) in record_counts(path).items()}


def backup_deleted_counts(path: Path) -> dict[str, int]:
    """How many records of each counted kind wait in the backup's trash (with their deleted parent
    included), by table name."""
    return {table: deleted for table, (_live, deleted) in record_counts(path).items()}


def thin(folder: Path, policy: Thinning = Thinning(), today: dt.datetime | None = None) -> list[Path]:
    """Delete the backups of one database's ``folder`` the policy does not keep; returns
    what was deleted.

    Kept: the ``recent`` newest; then the newest of each of the last ``days`` days,
    ``weeks`` weeks and ``months`` months.
    """
    backups = list_backups(folder)
    today = today or dt.datetime.now()
    keep: set[Path] = {b.path for b in backups[:policy.recent]}
    seen: set[tuple[str, object]] = set()
    for b in backups:  # newest first: the first seen in each bucket is kept
        age = (today.date() - b.created.date()).days
        buckets = []
        if age < policy.days:
            buckets.append(("day", b.created.date()))
        if age < policy.weeks * 7:
            buckets.append(("week", b.created.isocalendar()[:2]))
        if age < policy.months * 31:
            buckets.append(("month", (b.created.year, b.created.month)))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(b.path)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


def due(folder: Path, minutes: int, now: dt.datetime | None = None) -> bool:
    """True when the newest backup in ``folder`` is older than ``minutes`` (or there is none)."""
    backups = list_backups(folder)
    now = now or dt.datetime.now()
    return not backups or (now - backups[0].created).total_seconds() >= minutes * 60


# -- restoring --------------------------------------------------------------------------
@dataclass
class Restored:
    db: Database  # the database reopened on the restored file
    set_aside: Path | None  # where the replaced file was kept (when it could not be backed up)
    counts: dict[str, int]


def restore(source: Path, target: Path, root: Path, db: Database | None = None) -> Restored:
    """Replace the database file ``target`` by the backup ``source``.

    ``source`` is checked first (not empty, this program's, not newer, SQLite's full
    integrity check): a bad one is refused and nothing changes. Another running
    program holding the session lock of ``target`` makes it refuse too. The current
    state is backed up first (into ``target``'s backup folder); when it cannot be (a
    damaged file), the file is kept beside itself instead. ``db``, the program's own
    open connection to ``target`` (the GUI), is closed; the result holds the reopened
    database. When the replacement fails after ``db`` was closed, the exception
    carries the database reopened as ``exc.reopened``.
    """
    from core.safety.session import SessionLock

    source, target = Path(source).absolute(), Path(target).absolute()
    if source.exists() and target.exists() and os.path.samefile(source, target):
        raise UserError(Msg("Choose a copy other than the file itself."))
    candidate: Candidate = prepare_candidate(source)
    try:
        refusal = SessionLock(target).held_elsewhere()
        if refusal is not None:
            raise refusal
        keep_old = _back_up_current(db, target, root)
        if db is not None:
            db.close()
        try:
            moved = replace_file(candidate, target, keep_old)
        except BaseException as exc:
            if db is not None:
                with contextlib.suppress(UserError):
                    exc.reopened = open_database(target, create=False)  # type: ignore[attr-defined]
            raise
    finally:
        candidate.discard()
    reopened = open_database(target, create=False)
    return Restored(reopened, moved, backup_counts(target))


def _back_up_current(db: Database | None, target: Path, root: Path) -> bool:
    """Back up what ``target`` holds now; True when it cannot be (damaged, not a
    database): then the file itself is to be kept aside."""
    if not target.exists():
        return False
    current = db
    try:
        if current is None:
            current = open_database(target, create=False)
        backup_now(current, root, "restore")
        return False
    except DatabaseDamaged:
        return True
    except DatabaseOpenError as exc:
        if exc.kind in (errors.BUSY, errors.READ_ONLY, errors.FULL, errors.IO, errors.CANT_OPEN):
            raise
        return True
    finally:
        if db is None and current is not None:
            current.close()


def restore_backup(db: Database, backup: Path, folder: Path) -> Database:
    """Replace the open database by ``backup`` (see :func:`restore`); returns the reopened database."""
    return restore(backup, db.path, folder, db).db


def open_backup(backup: Path) -> Database:
    """Open a backup to look at and copy from: a temporary copy, read-only, so the
    backup itself is never changed (not even upgraded)."""
    return open_copy_read_only(backup)
