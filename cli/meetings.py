"""``meetings list``, ``meetings package ID --out F`` and ``meetings merge F``.

Each subcommand is one ``_add_<name>`` function below, called by :func:`add_commands`;
further meeting commands (the minutes PDF, the sign-in sheet) add theirs the same way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from cli.output import render
from core.i18n import N_, format_date, tr

LIST_COLUMNS = [("id", N_("ID")), ("meeting_date", N_("Date")), ("start_time", N_("Starts at")),
                ("kind", N_("Category")), ("title", N_("Title")), ("place", N_("Place")),
                ("committee", N_("Professional committee")), ("invitees", N_("Invitees")), ("present", N_("Present")),
                ("open_actions", N_("Open action items")), ("minutes_status", N_("Minutes"))]
TABLE_KEYS = ("id", "meeting_date", "kind", "title", "place", "invitees", "present", "open_actions",
              "minutes_status")

Common = Callable[[argparse.ArgumentParser], None]


def add_commands(commands: argparse._SubParsersAction, common: Common) -> None:
    meetings = commands.add_parser("meetings", help=tr("meetings (会议): list, sign-in packages"))
    sub = meetings.add_subparsers(dest="meetings_command", metavar="ACTION", required=True,
                                  parser_class=type(meetings))
    _add_list(sub, common)
    _add_package(sub, common)
    _add_merge(sub, common)


def _add_list(sub: argparse._SubParsersAction, common: Common) -> None:
    lst = sub.add_parser("list", help=tr("list meetings"))
    common(lst)
    lst.add_argument("--format", choices=("table", "json", "csv"), default="table")
    lst.add_argument("--search", default="", help=tr("only meetings whose title, place or chair match"))
    lst.add_argument("--year", type=int, help=tr("only meetings of this year"))
    lst.set_defaults(handler=cmd_list)


def _add_package(sub: argparse._SubParsersAction, common: Common) -> None:
    pkg = sub.add_parser("package", help=tr("write a meeting package for a sign-in laptop"))
    common(pkg)
    pkg.add_argument("id", type=int, metavar="ID")
    pkg.add_argument("--out", required=True, metavar="FILE")
    pkg.add_argument("--force", action="store_true", help=tr("overwrite FILE if it exists"))
    pkg.set_defaults(handler=cmd_package)


def _add_merge(sub: argparse._SubParsersAction, common: Common) -> None:
    merge = sub.add_parser("merge", help=tr("merge the sign-in results of a laptop into this database"))
    common(merge)
    merge.add_argument("file", metavar="FILE")
    merge.set_defaults(handler=cmd_merge)


def cmd_list(args: argparse.Namespace) -> int:
    from core.meetings import queries
    from core.meetings.choices import KINDS, MINUTES_STATUSES

    db = open_db(args)
    out = []
    for row in queries.meeting_list(db, text=args.search, year=args.year):
        item = dict(row.__dict__)
        if args.format == "table":
            item["kind"] = KINDS.label(item["kind"])
            item["minutes_status"] = MINUTES_STATUSES.label(item["minutes_status"])
            item["meeting_date"] = format_date(item["meeting_date"])
        out.append(item)
    columns = [(k, tr(label)) for k, label in LIST_COLUMNS]
    if args.format == "table":
        columns = [c for c in columns if c[0] in TABLE_KEYS]
    print(render(out, columns, args.format))
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    from core.meetings.package import export_package

    db = open_db(args, write=True)
    summary = export_package(db, args.id, Path(args.out), overwrite=args.force)
    print(tr("Meeting {id} packaged for sign-in: {count} invitees, written to {path}", id=args.id,
             count=summary.invitees, path=str(summary.path)))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    import sys

    from core.meetings.package import merge_results

    db = open_db(args, write=True)
    report = merge_results(db, Path(args.file))
    print(report.text())
    for line in report.conflict_lines():
        print(line, file=sys.stderr)
    return 0
