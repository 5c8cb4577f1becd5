"""Entry point of ``python main.py``: the GUI when no command is given, otherwise
one of the commands of docs/cli.md.

Exit status: 0 success, 2 usage error, 1 failure with one message on stderr in the
chosen language (a traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from core import APP_VERSION, i18n
from core.errors import UserError
from cli import argparse_text
from core.i18n import tr

VIEWS = ("members", "contacts", "meetings", "notices", "nominations", "experts", "mail", "dashboard")
AVAILABLE_VIEWS = ("dashboard", "members", "contacts", "notices", "nominations", "experts", "mail", "meetings")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def _common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="FILE", default=default,
                        help=tr("database file (default: the per-user or portable data folder)"))
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), default=default,
                        help=tr("language of messages and of the UI"))
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help=tr("show a traceback on failure"))


COMMANDS = ("demo", "members", "notices", "meetings", "search", "forms", "calls", "nominations", "experts",
            "standards-group", "mail", "backup", "restore", "check")
# The command modules in the order they add their commands, and the ones each command needs:
# a command line loads only those (a fresh `meetings export` does not import the notices',
# calls' or forms' modules), help without a command all of them.
MODULES = ("members", "notices", "meetings", "search", "minutes", "safety", "forms", "calls", "mail")
COMMAND_MODULES = {"demo": ("members",), "meetings": ("meetings", "minutes"), "forms": ("forms", "calls"),
                   "backup": ("safety",),
                   "restore": ("safety",), "check": ("safety",), "nominations": ("calls",), "experts": ("calls",),
                   "standards-group": ("calls",)}
_VALUE_OPTIONS = ("--db", "--lang", "--screenshot", "--view")


def build_parser(with_commands: bool = True, command: str | None = None) -> Parser:
    """The whole parser; without ``with_commands`` only the window's options (starting the
    window then loads none of the command modules); with ``command`` only the modules that
    add that command."""
    parser = Parser(prog="main.py", description=tr("Alliance Secretariat {version}: member units, contacts and "
                                                   "the work of the secretariat.", version=APP_VERSION))
    _common(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"Alliance Secretariat {APP_VERSION}",
                        help=tr("show the program's version and exit"))
    parser.add_argument("--screenshot", metavar="OUT.png", help=tr("render the main window to a PNG and exit"))
    parser.add_argument("--view", choices=VIEWS, metavar="VIEW",
                        help=tr("the view shown (with --screenshot): {views}", views=", ".join(AVAILABLE_VIEWS)))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    wanted = COMMAND_MODULES.get(command, (command,)) if command else MODULES
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = lambda p: _common(p, suppress=True)  # noqa: E731
    for name in MODULES:
        if name not in wanted:
            continue
        module = _command_module(name)
        if name == "members":
            demo = commands.add_parser("demo", help=tr("create a new database filled with realistic demo data"))
            _common(demo, suppress=True)
            demo.set_defaults(handler=module.cmd_demo)
        module.add_commands(commands, common)  # minutes: meetings export, signin-sheet
    return parser


def _command_module(name: str):  # type: ignore[no-untyped-def]
    """One command module, each imported by its own statement: PyInstaller follows imports written
    in the code (not names built at run time) when it bundles the program."""
    if name == "members":
        from cli import members as module
    elif name == "notices":
        from cli import notices as module
    elif name == "meetings":
        from cli import meetings as module
    elif name == "search":
        from cli import search as module
    elif name == "minutes":
        from cli import minutes as module
    elif name == "safety":
        from cli import safety as module
    elif name == "forms":
        from cli import forms as module
    elif name == "calls":
        from cli import calls as module
    elif name == "mail":
        from cli import mail as module
    else:
        raise KeyError(name)
    return module


def _command_of(argv: list[str]) -> str | None:
    """The command named on the command line (None: none, or help asked before it)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return None
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _parse(argv: list[str]) -> argparse.Namespace:
    wants_commands = any(a in COMMANDS or a in ("-h", "--help") for a in argv)
    command = _command_of(argv) if wants_commands else None
    if command is not None:
        try:
            return build_parser(command=command).parse_args(argv)
        except UsageError:
            pass  # told by the whole parser, in its words
    return build_parser(with_commands=wants_commands).parse_args(argv)


def _language_from(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return i18n.normalize_language(argv[i + 1]) or i18n.DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            return i18n.normalize_language(arg.split("=", 1)[1]) or i18n.DEFAULT_LANGUAGE
    from core.settings import Settings

    try:
        saved = Settings().get("language")
    except OSError:
        saved = None
    env = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return i18n.normalize_language(saved) or i18n.normalize_language(env.split(".")[0]) or "en"


def run(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from(argv))
    argparse_text.install()
    debug = "--debug" in argv
    try:
        args = _parse(argv)
    except UsageError as exc:
        print(tr("Usage error: {detail} (see --help)", detail=str(exc)), file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if not debug:
        sys.unraisablehook = _quiet_unraisable
    try:
        if args.command is None:
            return _gui(args)
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(tr("Usage error: {detail} (see --help)", detail=str(exc)), file=sys.stderr)
        return 2
    except UserError as exc:
        if debug:
            raise
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1
    except sqlite3.DatabaseError as exc:  # met while reading: a damaged page, a pulled drive
        if debug:
            raise
        from cli.database import db_path
        from core.storage import errors

        print(str(errors.message(errors.kind_of(exc, db_path(args)), db_path(args), exc)), file=sys.stderr)
        return 1
    except Exception as exc:  # the last resort: one line, not a traceback
        if debug:
            raise
        print(tr("Unexpected error: {reason}", reason=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1


def _quiet_unraisable(unraisable) -> None:  # type: ignore[no-untyped-def]
    """After a failure has been told in one line (e.g. a full disk during an export), the
    objects left half-written (an open zip file) fail again when collected: Python would
    print those as tracebacks. Without --debug they are not shown."""


def _gui(args: argparse.Namespace) -> int:
    if args.view and args.view not in AVAILABLE_VIEWS:
        raise UsageError(tr("the view {view} is not available yet; available: {views}", view=args.view,
                            views=", ".join(AVAILABLE_VIEWS)))
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import run_gui

    view = "overview" if args.view == "dashboard" else args.view  # the sidebar's module key
    return run_gui(Path(args.db) if args.db else None, args.lang,
                   Path(args.screenshot) if args.screenshot else None, view)
