"""``forms blank KIND --out F.pdf [--script S] [--printable]`` and ``forms template KIND --out F.xlsx``.

The committees offered as tick boxes are the database's (``--db``, or the default
database when it exists), else the ten of the alliance's founding list.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from core.forms.spec import ID_MODES, KINDS, SCRIPTS
from core.i18n import tr


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    forms = commands.add_parser("forms", help=tr("the nomination and application forms as PDF and Excel files"))
    sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True, parser_class=type(forms))
    blank = sub.add_parser("blank", help=tr("a blank form as PDF: fillable (default) or for printing"))
    common(blank)
    blank.add_argument("kind", choices=KINDS, metavar="expert|standards|membership")
    blank.add_argument("--out", required=True, metavar="OUT.pdf")
    blank.add_argument("--script", choices=SCRIPTS, default="hans",
                       help=tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)"))
    blank.add_argument("--printable", action="store_true",
                       help=tr("a form for printing and filling by hand (no fields, no typing font: much smaller)"))
    _shared(blank)
    blank.set_defaults(handler=cmd_blank)
    template = sub.add_parser("template", help=tr("the Excel template for returning many forms at once"))
    common(template)
    template.add_argument("kind", choices=KINDS, metavar="expert|standards|membership")
    template.add_argument("--out", required=True, metavar="OUT.xlsx")
    _shared(template)
    template.set_defaults(handler=cmd_template)


def _shared(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--id-number", choices=ID_MODES, default="optional",
                        help=tr("whether the form asks for the ID card number: omit, optional (default) or required"))
    parser.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))


def _committees(args: argparse.Namespace) -> list[str] | None:
    """The committee names of the database, if one is named or the default one exists."""
    from cli.database import db_path, open_db

    if not db_path(args).exists():
        if getattr(args, "db", None):
            from core.errors import UserError
            from core.i18n import Msg

            raise UserError(Msg("The database file {path} does not exist.", path=str(db_path(args))))
        return None
    from core.members.committees import list_committees

    db = open_db(args)
    try:
        names = [c.name for c in list_committees(db)]
    finally:
        db.close()
    return names or None


def cmd_blank(args: argparse.Namespace) -> int:
    from core.forms import blank_pdf, write_file

    data = blank_pdf(args.kind, script=args.script, fillable=not args.printable, committees=_committees(args),
                     id_number=args.id_number)
    path = write_file(data, args.out, overwrite=args.force)
    print(tr("Wrote {path} ({size} KB)", path=str(path), size=max(1, len(data) // 1024)), file=sys.stderr)
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from core.forms import write_file, xlsx_template

    data = xlsx_template(args.kind, committees=_committees(args), id_number=args.id_number)
    path = write_file(data, args.out, overwrite=args.force)
    print(tr("Wrote {path} ({size} KB)", path=str(path), size=max(1, len(data) // 1024)), file=sys.stderr)
    return 0
