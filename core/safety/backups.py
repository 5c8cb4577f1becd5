"""Backups: consistent copies made with SQLite's online backup API, listed with what
they hold, thinned by age, restored after a backup of the current state.

A backup is written to a temporary name and renamed when complete, so a backup
interrupted by a crash or a pulled USB stick never looks like a good one.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage import files
from core.storage.database import Database, open_database
from core.storage.recovery import check_copy, open_copy_read_only

NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+)(?:-\d+)?\.sqlite3$")
REASONS = ("manual", "auto", "close", "import", "restore", "delete", "purge", "migration")


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


def backup_now(db: Database, folder: Path, reason: str = "manual") -> BackupInfo:
    """Write a consistent copy of ``db`` into ``folder`` (created if needed)."""
    assert reason in REASONS
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Msg("The backup folder {folder} cannot be created: {reason}", folder=str(folder),
                            reason=exc.strerror or str(exc))) from exc
    now = dt.datetime.now()
    base = f"{db.path.stem}-{now:%Y%m%d-%H%M%S}-{reason}"
    final = folder / f"{base}.sqlite3"
    counter = 1
    while final.exists():  # two backups in the same second
        counter += 1
        final = folder / f"{base}-{counter}.sqlite3"
    tmp = folder / (final.name + ".partial")
    try:
        # A connection of its own: the program keeps working while the pages are
        # copied (WAL readers do not block writers); SQLite restarts the copy if a
        # write lands in between, so the result is always one consistent state.
        source = sqlite3.connect(str(db.path), timeout=30)
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target, pages=4096)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        os.replace(tmp, final)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(Msg("The backup could not be written to {folder}: {reason}", folder=str(folder),
                            reason=getattr(exc, "strerror", None) or str(exc))) from exc
    return BackupInfo(final, now.replace(microsecond=0), reason, final.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (partial or foreign files are ignored)."""
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


def backup_counts(path: Path) -> dict[str, int]:
    """How many records of each counted kind (core.storage.registry: units, contacts, notices...)
    a backup holds, by table name (kinds the backup's file does not have are left out)."""
    from core.storage import registry

    return files.count_records(path, tuple(k.table for k in registry.counted_kinds()))


def thin(folder: Path, policy: Thinning = Thinning(), today: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy does not keep; returns what was deleted.

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
    """True when the newest backup is older than ``minutes`` (or there is none)."""
    backups = list_backups(folder)
    now = now or dt.datetime.now()
    return not backups or (now - backups[0].created).total_seconds() >= minutes * 60


def restore_backup(db: Database, backup: Path, folder: Path) -> Database:
    """Replace the open database by ``backup``, after backing up the current state.

    Returns the reopened database; ``db`` is closed. The backup is checked first:
    a damaged or foreign file is refused and nothing changes.
    """
    check_copy(backup)
    backup_now(db, folder, "restore")
    path = db.path
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        with db.lock:
            source.backup(db.conn)  # page-by-page copy into the open file, in one step
    finally:
        source.close()
    db.close()
    return open_database(path, create=False)


def open_backup(backup: Path) -> Database:
    """Open a backup to look at and copy from: a temporary copy, read-only, so the
    backup itself is never changed (not even upgraded)."""
    return open_copy_read_only(backup)
