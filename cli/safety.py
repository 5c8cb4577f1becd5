"""``backup``, ``restore`` and ``check``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.database import db_path, open_db
from core.errors import UserError
from core.i18n import Msg, tr
from core.safety import backups, check
from core.safety.settings import backup_folder
from core.storage.database import DatabaseReadOnly, DatabaseTooOld


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    b = commands.add_parser("backup", help=tr("make a backup of the database now"))
    common(b)
    b.add_argument("--out", metavar="FILE", help=tr("write the backup to FILE instead of the backup folder"))
    b.add_argument("--force", action="store_true", help=tr("overwrite FILE if it exists"))
    b.set_defaults(handler=cmd_backup)
    r = commands.add_parser("restore", help=tr("replace the database by a backup (the current state is backed "
                                               "up first)"))
    common(r)
    r.add_argument("file", metavar="FILE")
    r.set_defaults(handler=cmd_restore)
    c = commands.add_parser("check", help=tr("check the database and repair what is safe to repair"))
    common(c)
    c.add_argument("--no-repair", action="store_true", help=tr("only report, change nothing"))
    c.set_defaults(handler=cmd_check)


def cmd_backup(args: argparse.Namespace) -> int:
    try:
        db = open_db(args, write=True)  # a damaged file is refused before anything is copied
    except DatabaseReadOnly:  # a file that cannot be written can still be copied
        db = open_db(args, warn=False)
        db.ensure_sound()
    if args.out:
        out = backups.backup_to(db, Path(args.out), overwrite=args.force)
        print(tr("Backup written to {path}", path=str(out)))
    else:
        made = backups.backup_now(db, backup_folder(), "manual")
        print(tr("Backup written to {path}", path=str(made.path)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """The chosen file is checked first; another program holding the database, or a bad
    file, is refused with the database untouched."""
    source = Path(args.file)
    target = db_path(args).absolute()
    if getattr(args, "db", None) and not target.exists():
        raise UserError(Msg("The database file {path} does not exist. Check the name and the folder.",
                            path=str(target)))
    restored = backups.restore(source, target, backup_folder())
    restored.db.close()
    counts = restored.counts
    print(tr("Restored {path}: {units} member units, {contacts} contacts. The state before was backed up "
             "first.", path=str(source), units=counts.get("units", 0), contacts=counts.get("contacts", 0))
          if restored.set_aside is None else
          tr("Restored {path}: {units} member units, {contacts} contacts. The file it replaced could not be backed "
             "up (damaged); it was kept as {kept}.", path=str(source), units=counts.get("units", 0),
             contacts=counts.get("contacts", 0), kept=str(restored.set_aside)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Checks on a read-only connection; repairs (unless --no-repair) reopen the file for writing."""
    try:
        db = open_db(args, warn=False)  # the report tells the damage
    except DatabaseTooOld:
        if args.no_repair:
            raise
        db = open_db(args, write=True)
    report = check.check_database(db)
    if not report.ok and not args.no_repair and not report.damaged and any(f.repair for f in report.findings):
        db.close()
        db = open_db(args, write=True)
        report = check.repair(db, check.check_database(db))
    print(report.text())
    return 0 if report.ok else 1
