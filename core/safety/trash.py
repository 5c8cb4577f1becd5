"""The trash: deleted units, contacts and notices wait there, restorable, until it is emptied
(after a set number of days, or on demand, always after a backup)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.safety.backups import backup_now
from core.storage import checks
from core.storage.database import Database

DEFAULT_KEEP_DAYS = 30


def empty_trash(db: Database, backup_folder: Path, older_than_days: int = 0) -> dict[str, int]:
    """Delete for good what was deleted more than ``older_than_days`` ago (0: all).

    A backup is made first; what is purged also leaves the change history, so
    personal data really goes. Returns counts per table. Not undoable.
    """
    cutoff = (dt.datetime.now() - dt.timedelta(days=older_than_days)).isoformat(timespec="seconds")
    if older_than_days == 0:
        cutoff = "9999"
    with db.lock:
        candidates = checks.count_deleted(db.conn, cutoff)
    if not candidates:
        return {"units": 0, "contacts": 0, "notices": 0}
    backup_now(db, backup_folder, "purge")
    with db.transaction() as conn:
        contacts = checks.purge_deleted(conn, "contacts", cutoff)
        units = checks.purge_deleted(conn, "units", cutoff)
        notices = checks.purge_deleted(conn, "notices", cutoff)
    return {"units": len(units), "contacts": len(contacts), "notices": len(notices)}
