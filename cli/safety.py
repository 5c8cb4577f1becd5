"""``backup``, ``restore`` and ``check``."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Callable
from pathlib import Path

from cli.members import open_db
from core.errors import UserError
from core.i18n import Msg, tr
from core.safety import backups, check
from core.safety.settings import backup_folder
from core.storage.recovery import check_copy


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
    db = open_db(args)
    if args.out:
        out = Path(args.out)
        if out.exists() and not args.force:
            raise UserError(Msg("{path} already exists; use --force to overwrite it.", path=str(out)))
        made = backups.backup_now(db, out.parent.absolute() if str(out.parent) else Path.cwd(), "manual")
        shutil.move(made.path, out)
        print(tr("Backup written to {path}", path=str(out)))
    else:
        made = backups.backup_now(db, backup_folder(), "manual")
        print(tr("Backup written to {path}", path=str(made.path)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise UserError(Msg("{path} does not exist.", path=str(source)))
    check_copy(source)
    db = open_db(args)
    db = backups.restore_backup(db, source, backup_folder())
    counts = backups.backup_counts(db.path)
    print(tr("Restored {path}: {units} member units, {contacts} contacts. The state before was backed up "
             "first.", path=str(source), units=counts.get("units", 0), contacts=counts.get("contacts", 0)))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_db(args)
    report = check.check_database(db)
    if not report.ok and not args.no_repair and any(f.repair for f in report.findings):
        report = check.repair(db, report)
    print(report.text())
    return 0 if report.ok else 1
