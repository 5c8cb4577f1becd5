"""``meetings export ID --out F.pdf|F.docx`` (the minutes, 纪要) and ``meetings signin-sheet ID --out F.pdf``
(the printable sign-in sheet, 签到表). They join the ``meetings`` command whichever module
makes it first."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from core.errors import UserError
from core.i18n import Msg, tr
from core.meetings.attendee_order import ORDERS
from core.settings import Settings

SCRIPTS = ("hans", "hant-tw", "hant-hk")


def _meetings_actions(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    parser = commands.choices.get("meetings")
    if parser is None:
        parser = commands.add_parser("meetings", help=tr("meetings (会议): minutes and sign-in sheets"))
        return parser.add_subparsers(dest="meetings_command", metavar="ACTION", required=True,
                                     parser_class=type(parser))
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    sub = _meetings_actions(commands)
    order_help = tr("order of the attendee lists: level-strokes = by the unit's membership level, then by the "
                    "strokes of the surname; pinyin = by pinyin")
    script_help = tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)")
    exp = sub.add_parser("export", help=tr("write a meeting's minutes (纪要) as PDF in the GB/T 9704 layout, or as "
                                           ".docx for WPS and Word"))
    common(exp)
    exp.add_argument("id", type=int, metavar="ID")
    exp.add_argument("--out", required=True, metavar="OUT.pdf|OUT.docx")
    exp.add_argument("--script", choices=SCRIPTS, default="hans", help=script_help)
    exp.add_argument("--order", choices=ORDERS, default="level-strokes", help=order_help)
    exp.add_argument("--version", type=int, metavar="N", help=tr("this version of the minutes (default: the latest)"))
    exp.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    exp.set_defaults(handler=cmd_export)
    sheet = sub.add_parser("signin-sheet", help=tr("write the printable sign-in sheet (签到表) of a meeting as PDF"))
    common(sheet)
    sheet.add_argument("id", type=int, metavar="ID")
    sheet.add_argument("--out", required=True, metavar="OUT.pdf")
    sheet.add_argument("--script", choices=SCRIPTS, default="hans", help=script_help)
    sheet.add_argument("--order", choices=ORDERS, default="level-strokes", help=order_help)
    sheet.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    sheet.set_defaults(handler=cmd_signin_sheet)


def _pdf_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise UserError(Msg("{path}: minutes and sign-in sheets are written as PDF; name the file .pdf.",
                            path=text))
    return path


def _minutes_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".pdf", ".docx"):
        raise UserError(Msg("{path}: minutes are exported as .pdf or .docx.", path=text))
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from core.meetings.minutes_source import export_minutes_pdf

    out = _minutes_path(args.out)
    db = open_db(args)
    fonts = Settings().get("fonts") or None
    path = export_minutes_pdf(db, args.id, out, args.script, args.order, overwrite=args.force, fonts=fonts,
                              version=args.version)
    print(tr("Minutes of meeting {id} written to {path}", id=args.id, path=str(path)))
    return 0


def cmd_signin_sheet(args: argparse.Namespace) -> int:
    from core.meetings.minutes_source import export_signin_sheet

    out = _pdf_path(args.out)
    db = open_db(args)
    fonts = Settings().get("fonts") or None
    path = export_signin_sheet(db, args.id, out, args.script, args.order, overwrite=args.force, fonts=fonts)
    print(tr("Sign-in sheet of meeting {id} written to {path}", id=args.id, path=str(path)))
    return 0
