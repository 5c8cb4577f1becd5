"""Opening the database for a command: ``--db FILE`` (which must exist) or the default one.

Commands that only read open the file read-only: nothing is written to it or beside
it, an older data version is refused with a message, and damaged pages are reported
as a warning before the output. Commands that write refuse a damaged file before
writing anything; only the default database is created when missing (``demo`` makes
its own).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core import paths
from core.i18n import tr
from core.storage.database import Database, open_database


def db_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    return Path(given) if given else paths.default_db_path()


def open_db(args: argparse.Namespace, write: bool = False, create: bool = False, warn: bool = True) -> Database:
    """The database of ``--db`` for reading (default) or for writing (``write``).

    A missing file is created only when ``create`` is asked, or for a writing
    command on the default database (its first use); never for a path typed with --db.
    """
    path = db_path(args)
    if create and not write and not path.exists():
        return scratch_database()
    if write:
        create = create or (not getattr(args, "db", None) and not path.exists())
        return open_database(path, create=create, verify=True)
    db = open_database(path, create=False, read_only=True)
    if warn:
        warn_if_damaged(db)
    return db


def warn_if_damaged(db: Database) -> bool:
    if not db.damage():
        return False
    print(tr("Warning: the database file {path} is damaged (SQLite's check finds broken pages); what is shown "
             "may be incomplete. Restore a backup with the restore command.", path=str(db.path)), file=sys.stderr)
    return True


def scratch_database() -> Database:
    """An empty database in a temporary folder (a dry run against a database not made yet)."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="secretariat-dry-run-"))
    db = open_database(folder / "empty.sqlite3", create=True)

    def remove() -> None:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(remove)
    return db
