"""``members list|import|export`` and ``demo``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from core.errors import UserError
from core.i18n import Msg, N_, tr
from core.members import queries
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.storage.database import open_database
from cli.output import render

LIST_COLUMNS = [
    ("id", N_("ID")), ("name", N_("Unit name")), ("short_name", N_("Short name")),
    ("level", N_("Membership level")), ("unit_type", N_("Unit type")), ("status", N_("Status")),
    ("province", N_("Province")), ("city", N_("City")), ("credit_code", N_("Unified social credit code")),
    ("member_no", N_("Member number")), ("join_date", N_("Join date")),
    ("primary_contact", N_("Primary contact")), ("contact_count", N_("Contacts")),
    ("committees", N_("Professional committees")),
]


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    members = commands.add_parser("members", help=tr("member units and their contacts"))
    sub = members.add_subparsers(dest="members_command", metavar="ACTION", required=True,
                                 parser_class=type(members))
    lst = sub.add_parser("list", help=tr("list member units"))
    common(lst)
    lst.add_argument("--format", choices=("table", "json", "csv"), default="table")
    lst.add_argument("--search", default="", help=tr("only units whose name, code or contacts match"))
    lst.add_argument("--level", help=tr("only this membership level (e.g. 理事单位 or council)"))
    lst.add_argument("--status", help=tr("only this status (e.g. 在册 or active)"))
    lst.set_defaults(handler=cmd_list)

    imp = sub.add_parser("import", help=tr("import member units and contacts from .xlsx or .csv"))
    common(imp)
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help=tr("check the file and report, write nothing"))
    imp.add_argument("--on-duplicate", choices=("skip", "merge"), default="skip",
                     help=tr("what to do with units already in the database (default: skip)"))
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help=tr("import the good rows even when some rows have errors"))
    imp.add_argument("--create", action="store_true",
                     help=tr("create the database file of --db if it does not exist yet"))
    imp.add_argument("--strict", action="store_true",
                     help=tr("refuse a row when a contact cell is wrong (by default the cell is left empty "
                             "and listed)"))
    imp.set_defaults(handler=cmd_import)

    exp = sub.add_parser("export", help=tr("export member units and contacts to .xlsx or .csv"))
    common(exp)
    exp.add_argument("out", metavar="OUT")
    exp.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    exp.add_argument("--include-personal", action="store_true",
                     help=tr("include personal data (mobile numbers), left out by default"))
    exp.set_defaults(handler=cmd_export)


def _vocab_arg(vocabulary, value: str | None, name: str) -> str | None:  # type: ignore[no-untyped-def]
    if not value:
        return None
    code = vocabulary.parse(value)
    if code is None:
        from cli.main import UsageError

        raise UsageError(tr("{value} is not a known {name}", value=value, name=name))
    return code


def cmd_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    flt = queries.UnitFilter(text=args.search, level=_vocab_arg(LEVELS, args.level, "--level"),
                             status=_vocab_arg(STATUSES, args.status, "--status"))
    rows = queries.unit_rows(db, ids := queries.unit_ids(db, flt))
    out = []
    for unit_id in ids:
        r = rows[unit_id]
        item = dict(r.__dict__)
        if args.format == "table":
            item.update(level=LEVELS.label(r.level), unit_type=UNIT_TYPES.label(r.unit_type),
                        status=STATUSES.label(r.status))
        out.append(item)
    columns = [(k, tr(label)) for k, label in LIST_COLUMNS]
    if args.format == "table":
        columns = [c for c in columns if c[0] in ("id", "name", "level", "status", "province", "primary_contact",
                                                  "contact_count")]
    print(render(out, columns, args.format))
    if args.format == "table":
        print(tr("Member units: {count}", count=len(out)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from core.demo import fill_demo

    if not getattr(args, "db", None):
        from cli.main import UsageError

        raise UsageError(tr("demo needs --db FILE (a new file)"))
    db = open_database(Path(args.db), create=True, verify=True)
    summary = fill_demo(db)
    print(tr("Demo data written to {path}: {units} member units, {contacts} contacts.", path=str(db.path),
             units=summary.units, contacts=summary.contacts))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from core.exchange.columns import propose_mapping
    from core.exchange.member_import import apply_import, plan_import
    from core.exchange.readers import read_table
    from core.safety.backups import backup_now
    from core.safety.settings import backup_folder

    table = read_table(Path(args.file))  # before opening the database: a bad file changes nothing
    db = open_db(args, write=not args.dry_run, create=args.create)  # a dry run writes nothing
    plan = plan_import(db, table, propose_mapping(table.header), args.on_duplicate, strict=args.strict)
    for problem in plan.problems:
        print(str(problem))
    for note in plan.notes:
        print(str(note))
    if args.dry_run:
        print(tr("Dry run, nothing written. {summary}", summary=plan.counts.message()))
        return 0
    if plan.duplicate_columns:
        header, first, second = plan.duplicate_columns[0]
        raise UserError(Msg("Columns {first} and {second} are both named {header}; nothing was imported. Rename one "
                            "of them in the file, or import the file in the program's window, where each column's "
                            "field can be chosen.", first=first, second=second, header=header))
    if plan.error_rows and not args.skip_bad_rows:
        raise UserError(Msg("{count} rows have errors (listed above); nothing was imported. Correct the file, or "
                            "use --skip-bad-rows to import the other rows.", count=len(plan.error_rows)))
    backup_now(db, backup_folder(), "import")
    counts = apply_import(db, plan)
    for problem in plan.late_problems:  # found again when writing: the database changed meanwhile
        print(str(problem))
    print(str(counts.message()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from core.exchange.member_export import export_members

    db = open_db(args)
    result = export_members(db, Path(args.out), include_personal=args.include_personal, overwrite=args.force)
    print(tr("{rows} rows ({units} member units, {contacts} contacts) written to {path}", rows=result.rows,
             units=result.units, contacts=result.contacts, path=str(result.path)))
    return 0
