"""``calls list``, ``nominations list``, ``experts list|publish``, ``standards-group list|publish``.

Lists mask mobiles and ID numbers unless ``--show-personal``; JSON keys are the English field
names, ids included."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from cli.output import render
from core.calls import queries
from core.calls.choices import CALL_KINDS, SIDES, STATES
from core.i18n import N_, tr

CALL_COLUMNS = [("id", N_("ID")), ("title", N_("Title")), ("kind", N_("Call for")), ("deadline", N_("Deadline")),
                ("notice", N_("Notice")), ("committees", N_("Professional committees")),
                ("received", N_("Received")), ("approved", N_("Approved"))]
NOMINATION_COLUMNS = [("id", N_("ID")), ("name", N_("Name")), ("kind", N_("Category")), ("call_id", N_("Call")),
                      ("state", N_("Status")), ("side", N_("Expert side")), ("work_unit", N_("Employer")),
                      ("nominating_unit", N_("Nominating unit")), ("credit_code", N_("Unified social credit code")),
                      ("mobile", N_("Mobile")), ("email", N_("E-mail")), ("id_number", N_("ID number")),
                      ("received_on", N_("Received on")), ("decided_on", N_("Decided on")),
                      ("state_reason", N_("Reason"))]
EXPERT_COLUMNS = [("id", N_("ID")), ("name", N_("Name")), ("side", N_("Expert side")), ("work_unit", N_("Employer")),
                  ("title", N_("Professional title")), ("fields", N_("Fields")),
                  ("committees", N_("Professional committees")), ("term_start", N_("Term start")),
                  ("term_end", N_("Term end")), ("mobile", N_("Mobile")), ("email", N_("E-mail")),
                  ("id_number", N_("ID number"))]
STANDARDS_COLUMNS = [("id", N_("ID")), ("name", N_("Name")), ("work_unit", N_("Employer")),
                     ("position", N_("Position")), ("title", N_("Professional title")), ("specialty", N_("Specialty")),
                     ("committees", N_("Professional committees")), ("term_start", N_("Term start")),
                     ("term_end", N_("Term end")), ("mobile", N_("Mobile")), ("email", N_("E-mail")),
                     ("id_number", N_("ID number"))]
TABLE_COLUMNS = {"calls": ("id", "title", "kind", "deadline", "received", "approved"),
                 "nominations": ("id", "name", "kind", "state", "work_unit", "nominating_unit", "mobile",
                                 "received_on"),
                 "experts": ("id", "name", "side", "work_unit", "title", "committees", "term_end", "mobile"),
                 "standards_members": ("id", "name", "work_unit", "position", "specialty", "term_end", "mobile")}


def _vocab(vocabulary, value: str | None, name: str) -> str | None:  # type: ignore[no-untyped-def]
    if not value:
        return None
    code = vocabulary.parse(value)
    if code is None:
        from cli.main import UsageError

        raise UsageError(tr("{value} is not a known {name}", value=value, name=name))
    return code


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    from cli import form_returns

    form_returns.add_commands(commands, common)  # forms import / forms export

    def listing(parent: argparse.ArgumentParser, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        sub = parent.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parent))
        lst = sub.add_parser("list", help=help_text)
        common(lst)
        lst.add_argument("--format", choices=("table", "json", "csv"), default="table")
        lst.add_argument("--search", default="", help=tr("only records whose name, unit or field match"))
        lst.set_defaults(handler=handler)
        return sub

    calls = commands.add_parser("calls", help=tr("calls for nominations (征集)"))
    sub = listing(calls, cmd_calls, tr("list calls for nominations"))
    sub.choices["list"].add_argument("--kind", help=tr("only calls for this (expert, standards, membership)"))

    nominations = commands.add_parser("nominations", help=tr("nominations and applications"))
    sub = listing(nominations, cmd_nominations, tr("list nominations and applications"))
    lst = sub.choices["list"]
    lst.add_argument("--call", type=int, metavar="CALL_ID", help=tr("only those of this call"))
    lst.add_argument("--state", help=tr("only this state (e.g. 评审 or review)"))
    lst.add_argument("--show-personal", action="store_true", help=tr("show mobiles and ID numbers unmasked"))

    for name, table, help_text, list_help in (
            ("experts", "experts", tr("Expert pool"), tr("list the expert pool")),
            ("standards-group", "standards_members", tr("Standards group roster"),
             tr("list the standards group roster"))):
        parser = commands.add_parser(name, help=help_text)
        sub = listing(parser, cmd_pool, list_help)
        lst = sub.choices["list"]
        lst.set_defaults(table=table)
        if table == "experts":
            lst.add_argument("--side", help=tr("only this side (政, 产, 学, 研, 用, 资本)"))
        lst.add_argument("--committee", help=tr("only those of this professional committee"))
        lst.add_argument("--field", default="", help=tr("only those whose field or specialty contains this"))
        lst.add_argument("--unit", default="", help=tr("only those whose work unit contains this"))
        lst.add_argument("--expiring-by", metavar="DATE", help=tr("only terms ending on or before this date"))
        lst.add_argument("--show-personal", action="store_true", help=tr("show mobiles and ID numbers unmasked"))
        pub = sub.add_parser("publish", help=tr("the published list (名单) as .pdf or .xlsx"))
        common(pub)
        pub.add_argument("out", metavar="OUT")
        pub.add_argument("--script", choices=("hans", "hant-tw", "hant-hk"), default="hans",
                         help=tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)"))
        pub.add_argument("--include-personal", action="store_true",
                         help=tr("include mobiles, e-mail addresses and ID numbers, left out by default"))
        pub.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
        pub.set_defaults(handler=cmd_publish, table=table)


def _print(rows: list[dict], columns: list[tuple[str, str]], table: str, fmt: str, total_label: str) -> None:
    shown = [(k, tr(label)) for k, label in columns]
    if fmt == "table":
        shown = [c for c in shown if c[0] in TABLE_COLUMNS[table]]
    print(render(rows, shown, fmt))
    if fmt == "table":
        print(tr(total_label, count=len(rows)))


def cmd_calls(args: argparse.Namespace) -> int:
    db = open_db(args)
    ids = queries.call_ids(db, args.search, _vocab(CALL_KINDS, args.kind, "--kind"))
    rows = queries.call_rows(db, ids)
    out = [rows[i] for i in ids]
    if args.format == "table":
        out = [{**r, "kind": CALL_KINDS.label(r["kind"])} for r in out]
    _print(out, CALL_COLUMNS, "calls", args.format, N_("Calls: {count}"))
    return 0


def cmd_nominations(args: argparse.Namespace) -> int:
    db = open_db(args)
    flt = queries.NominationFilter(text=args.search, call_id=args.call, state=_vocab(STATES, args.state, "--state"))
    ids = queries.nomination_ids(db, flt)
    rows = queries.nomination_rows(db, ids, personal=args.show_personal)
    out = [rows[i] for i in ids]
    if args.format == "table":
        out = [{**r, "kind": CALL_KINDS.label(r["kind"]), "state": STATES.label(r["state"]),
                "side": SIDES.label(r["side"]) if r["side"] else ""} for r in out]
    _print(out, NOMINATION_COLUMNS, "nominations", args.format, N_("Nominations and applications: {count}"))
    return 0


def _committee_id(db, name: str | None) -> int | None:  # type: ignore[no-untyped-def]
    if not name:
        return None
    from core.members.queries import committee_choices
    from core.text.search import fold

    for label, committee_id in committee_choices(db):
        if fold(name) in (fold(label), fold(label)[2:]):
            return committee_id
    from cli.main import UsageError

    raise UsageError(tr("{value} is not a known {name}", value=name, name="--committee"))


def cmd_pool(args: argparse.Namespace) -> int:
    from core.validation import Collector, parse_date

    db = open_db(args)
    expiring = None
    if args.expiring_by:
        c = Collector()
        expiring = c.run("expiring_by", N_("Term end"), parse_date, args.expiring_by)
        c.raise_if_any()
    flt = queries.PoolFilter(text=args.search, side=_vocab(SIDES, getattr(args, "side", None), "--side"),
                             committee_id=_committee_id(db, args.committee), field=args.field, unit=args.unit,
                             expiring_by=expiring)
    ids = queries.pool_ids(db, args.table, flt, sort="side" if args.table == "experts" else "name")
    rows = queries.pool_rows(db, args.table, ids, personal=args.show_personal)
    out = [rows[i] for i in ids]
    if args.format == "table" and args.table == "experts":
        out = [{**r, "side": SIDES.label(r["side"])} for r in out]
    columns = EXPERT_COLUMNS if args.table == "experts" else STANDARDS_COLUMNS
    label = N_("Experts: {count}") if args.table == "experts" else N_("Standards group members: {count}")
    _print(out, columns, args.table, args.format, label)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from core.calls.published import export_list

    db = open_db(args)
    path = export_list(db, args.table, Path(args.out), personal=args.include_personal, script=args.script,
                       overwrite=args.force)
    print(tr("Written to {path}", path=str(path)))
    return 0
