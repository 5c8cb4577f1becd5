"""``notices list``, ``notices new --from FILE [--title T]`` and ``notices export ID --out F --script S
[--no-forms]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from cli.output import render
from core.i18n import N_, format_date, tr
from core.notices import queries
from core.notices.export import SCRIPTS, export_notice_pdf
from core.settings import Settings

STATUS_LABELS = {"draft": N_("Draft"), "issued": N_("Issued"), "superseded": N_("Superseded")}
LIST_COLUMNS = [("id", N_("ID")), ("doc_number", N_("Document number")), ("title", N_("Title")),
                ("status", N_("Status")), ("version", N_("Version")), ("doc_date", N_("Date")),
                ("addressees", N_("Addressees")), ("attachment_count", N_("Attachments"))]


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    notices = commands.add_parser("notices", help=tr("official notices (通知)"))
    sub = notices.add_subparsers(dest="notices_command", metavar="ACTION", required=True,
                                 parser_class=type(notices))
    lst = sub.add_parser("list", help=tr("list notices"))
    common(lst)
    lst.add_argument("--format", choices=("table", "json", "csv"), default="table")
    lst.add_argument("--search", default="", help=tr("only notices whose title or text match"))
    lst.add_argument("--year", type=int, help=tr("only notices of this year"))
    lst.set_defaults(handler=cmd_list)
    new = sub.add_parser("new", help=tr("a draft notice from a document written elsewhere (.docx, .md, .txt); "
                                        "prints its id"))
    common(new)
    new.add_argument("--from", dest="source", required=True, metavar="FILE",
                     help=tr("the .docx, Markdown or text file to read"))
    new.add_argument("--title", help=tr("the title of the notice (instead of the one found in the file)"))
    new.set_defaults(handler=cmd_new)
    exp = sub.add_parser("export", help=tr("write a notice as PDF in the GB/T 9704 layout, or as .docx for WPS and Word"))
    common(exp)
    exp.add_argument("id", type=int, metavar="ID")
    exp.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx")
    exp.add_argument("--script", choices=SCRIPTS, default="hans",
                     help=tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)"))
    exp.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    exp.add_argument("--no-forms", dest="forms", action="store_false",
                     help=tr("leave out the blank forms of the calls that use this notice (by default the PDF "
                             "ends with them as its attachments)"))
    exp.set_defaults(handler=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    ids = queries.notice_ids(db, queries.NoticeFilter(text=args.search, year=args.year))
    rows = queries.notice_rows(db, ids)
    out = []
    for notice_id in ids:
        item = dict(rows[notice_id].__dict__)
        if args.format == "table":
            item["status"] = tr(STATUS_LABELS[item["status"]])
            item["doc_date"] = format_date(item["doc_date"])
        out.append(item)
    columns = [(k, tr(label)) for k, label in LIST_COLUMNS]
    if args.format == "table":
        columns = [c for c in columns if c[0] in ("id", "doc_number", "title", "status", "doc_date")]
    print(render(out, columns, args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    db = open_db(args)
    fonts = Settings().get("fonts") or None
    path = export_notice_pdf(db, args.id, Path(args.out), args.script, overwrite=args.force, fonts=fonts,
                             forms=args.forms)
    print(tr("Notice {id} written to {path}", id=args.id, path=str(path)))
    if args.forms and path.suffix.lower() == ".pdf":
        from core.notices.export import form_names, notice_forms

        kinds = notice_forms(db, args.id).kinds
        if kinds:
            print(tr("It ends with the blank forms of its calls: {forms}", forms=form_names(kinds)))
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """Prints only the new id on stdout (for scripts); what to check goes to stderr."""
    from core.notices.from_file import draft_from_file
    from core.notices.service import create_notice

    db = open_db(args, write=True)
    draft = draft_from_file(db, Path(args.source), args.title)
    notice = create_notice(db, draft.values)
    for warning in draft.warnings:
        print(tr("Check: {warning}", warning=str(warning)), file=sys.stderr)
    print(notice.id)
    return 0
