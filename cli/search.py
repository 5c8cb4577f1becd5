"""``search TEXT [--kind K] [--limit N] [--format table|json|csv]``: one search across every kind."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.database import open_db
from cli.output import render
from core.i18n import N_, tr
from core.overview.search import all_kinds, search

COLUMNS = [("kind", N_("Category")), ("id", N_("ID")), ("title", N_("Name or title")), ("detail", N_("Details"))]


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    cmd = commands.add_parser("search", help=tr("one search across member units, contacts, notices, meetings, "
                                                "action items, nominations and experts "
                                                "(names also by pinyin and initials: cq finds 重庆)"))
    common(cmd)
    cmd.add_argument("text", metavar="TEXT")
    cmd.add_argument("--kind", action="append", choices=[k.key for k in all_kinds()],
                     help=tr("only this kind (may be given more than once)"))
    cmd.add_argument("--limit", type=int, default=20, help=tr("at most this many results of each kind"))
    cmd.add_argument("--format", choices=("table", "json", "csv"), default="table")
    cmd.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    """Prints the hits, grouped by kind; exit status 0 also when nothing matches (an empty list)."""
    if args.limit < 1:
        from cli.main import UsageError

        raise UsageError(tr("--limit must be 1 or more"))
    db = open_db(args)
    rows = []
    for group in search(db, args.text, args.kind, limit=args.limit):
        for hit in group.hits:
            kind = group.label if args.format == "table" else hit.kind
            rows.append({"kind": kind, "id": hit.id, "title": hit.title, "detail": hit.detail})
    if args.format == "table" and not rows:
        print(tr("Nothing found for {text}.", text=args.text))
        return 0
    columns = [(k, tr(label)) for k, label in COLUMNS]
    print(render(rows, columns, args.format))
    return 0
