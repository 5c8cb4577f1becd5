"""``forms import FILE|DIR [--call ID] [--dry-run]`` and ``forms export NOMINATION_ID --out F.pdf``,
added to the ``forms`` command: returned forms into a call, and a nomination's form filled again."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from core.i18n import N_, tr


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    forms = commands.choices.get("forms")
    if forms is None:
        return
    sub = next(a for a in forms._actions if isinstance(a, argparse._SubParsersAction))
    imp = sub.add_parser("import", help=tr("read filled forms (.pdf or .xlsx, or a folder of them) back as "
                                           "nominations or applications"))
    common(imp)
    imp.add_argument("path", metavar="FILE|DIR")
    imp.add_argument("--call", type=int, metavar="CALL_ID",
                     help=tr("the call they answer (default: the newest call of the forms' kind)"))
    imp.add_argument("--dry-run", action="store_true", help=tr("check the files and report, write nothing"))
    imp.set_defaults(handler=cmd_import)
    exp = sub.add_parser("export", help=tr("a form filled from a nomination or application, as PDF"))
    common(exp)
    exp.add_argument("id", type=int, metavar="NOMINATION_ID")
    exp.add_argument("--out", required=True, metavar="OUT.pdf")
    exp.add_argument("--script", choices=("hans", "hant-tw", "hant-hk"), default="hans",
                     help=tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)"))
    exp.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    exp.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    from core.calls.returns import import_returns

    db = open_db(args, write=not args.dry_run)
    report = import_returns(db, Path(args.path), args.call, dry_run=args.dry_run)
    bad = duplicates = 0
    for item in report.items:
        if item.problems:
            bad += 1
            for problem in item.problems:
                print(problem, file=sys.stderr)
        elif item.duplicates:
            duplicates += 1
            print(tr("{file}: {name} is recorded already ({where}); left out. Compare them in the program's "
                     "window to record it anyway.", file=item.where, name=item.name,
                     where="; ".join(str(d.describe()) for d in item.duplicates)), file=sys.stderr)
        elif item.nomination_id is not None:
            print(tr("{file}: {name} recorded as nomination {id}", file=item.where, name=item.name,
                     id=item.nomination_id))
    good = sum(1 for i in report.items if i.ok and not i.duplicates)
    summary = N_("Dry run, nothing written: {good} of {total} forms could be recorded in {call} ({bad} with "
                 "problems, {duplicates} recorded already).") if args.dry_run else \
        N_("{good} of {total} forms recorded in {call} ({bad} with problems, {duplicates} recorded already).")
    print(tr(summary, good=good, total=len(report.items), call=report.call.title, bad=bad, duplicates=duplicates))
    return 1 if bad else 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.calls.returns import export_form

    db = open_db(args)
    path = export_form(db, args.id, Path(args.out), script=args.script, overwrite=args.force)
    print(tr("Written to {path}", path=str(path)))
    return 0
