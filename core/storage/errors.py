"""SQLite errors, classified by SQLite's own error codes and told in the UI language.

Python 3.11 gives every ``sqlite3.Error`` a ``sqlite_errorname`` (``SQLITE_BUSY``,
``SQLITE_IOERR_WRITE``...). The message text differs between a WAL busy, a
rollback-journal lock and a read-only file, and is English: it is never matched and
never shown. A clerk reads what happened and what to do, and which file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from core.i18n import Msg

BUSY, DAMAGED, NOT_A_DATABASE, FULL, IO, READ_ONLY, CANT_OPEN = (
    "busy", "damaged", "not_a_database", "full", "io", "read_only", "cant_open")
ENVIRONMENTAL = (BUSY, DAMAGED, NOT_A_DATABASE, FULL, IO, READ_ONLY, CANT_OPEN)
FREE_SPACE_MINIMUM = 256 * 1024  # below this, an I/O error on write is a full disk


def error_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def kind_of(exc: BaseException, path: Path | None = None) -> str | None:
    """The kind of a SQLite error that comes from the file, the disk or another program;
    None for errors of the program's own SQL (constraints, syntax), which stay as they are."""
    name = error_name(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return BUSY
    if name.startswith("SQLITE_CORRUPT"):
        return DAMAGED
    if name == "SQLITE_NOTADB":
        return NOT_A_DATABASE
    if name == "SQLITE_FULL":
        return FULL
    if name.startswith("SQLITE_IOERR"):
        return FULL if path is not None and disk_full(path) else IO
    if name.startswith("SQLITE_READONLY") or name == "SQLITE_PERM":
        return READ_ONLY
    if name.startswith("SQLITE_CANTOPEN"):
        return CANT_OPEN
    return None


def disk_full(path: Path) -> bool:
    """True when the drive holding ``path`` has (almost) no free space left."""
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < FREE_SPACE_MINIMUM
    except OSError:
        return False


def message(kind: str | None, path: Path, exc: BaseException | None = None) -> Msg:
    """What the clerk reads for an error of ``kind`` on the database file ``path``."""
    p = str(path)
    if kind == BUSY:
        return Msg("The database file {path} is busy: another program is writing to it. "
                   "Wait a moment and try again.", path=p)
    if kind == READ_ONLY:
        return Msg("The database file {path} is read-only: nothing can be saved. "
                   "Copy it to a writable folder and open the copy.", path=p)
    if kind == FULL:
        return Msg("The disk holding {path} is full: nothing was saved and the file is unchanged. "
                   "Free some space and try again.", path=p)
    if kind == DAMAGED:
        return Msg("The database file {path} is damaged, so nothing was written to it. "
                   "Restore a backup (File → Backups, or the restore command).", path=p)
    if kind == NOT_A_DATABASE:
        return Msg("{path} is not a database file of this program (it may be damaged). "
                   "Open another file or restore a copy.", path=p)
    if kind == IO:
        return Msg("The database file {path} could not be read or written (an error of the disk, the USB stick "
                   "or the network). Check the drive and try again.", path=p)
    if kind == CANT_OPEN:
        return Msg("The database file {path} cannot be opened: the file or its folder cannot be reached.", path=p)
    return Msg("The database file {path} could not be used (SQLite error {code}).", path=p,
               code=error_name(exc) if exc is not None else "?")


def file_message(kind: str | None, path: Path, exc: BaseException | None = None) -> Msg:
    """The same for a file that is not the open database (a backup, a copy being restored)."""
    p = str(path)
    if kind == FULL:
        return Msg("The disk holding {path} is full. Free some space and try again.", path=p)
    if kind in (DAMAGED, NOT_A_DATABASE):
        return Msg("{path} is damaged or not a database file of this program.", path=p)
    if kind == READ_ONLY:
        return Msg("{path} cannot be written: it or its folder is read-only.", path=p)
    if kind == BUSY:
        return Msg("{path} is in use by another program. Wait a moment and try again.", path=p)
    if kind in (IO, CANT_OPEN):
        return Msg("{path} could not be read or written (an error of the disk, the USB stick or the network).",
                   path=p)
    return Msg("{path} could not be used (SQLite error {code}).", path=p,
               code=error_name(exc) if exc is not None else "?")
