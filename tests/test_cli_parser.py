"""The command line builds only the parser of the command it runs (a fresh ``meetings export``
loads no module of the notices, calls, forms or mail commands): each command, its actions and
options are exactly those of the whole parser, and a command line the narrow parser refuses is
told in the whole parser's words."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from cli import main

ROOT = Path(__file__).resolve().parent.parent


def _shape(parser: argparse.ArgumentParser) -> dict:
    """Every option and positional, and each subcommand's shape, of ``parser``."""
    shape: dict = {"options": sorted(tuple(a.option_strings) or (a.dest,) for a in parser._actions
                                     if not isinstance(a, argparse._SubParsersAction))}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            shape["commands"] = {name: _shape(sub) for name, sub in action.choices.items()}
    return shape


@pytest.mark.parametrize("command", main.COMMANDS)
def test_each_command_is_built_as_in_the_whole_parser(command):
    whole = _shape(main.build_parser())["commands"]
    narrow = _shape(main.build_parser(command=command))["commands"]
    assert command in narrow and narrow[command] == whole[command]


def test_the_command_is_found_past_the_options():
    assert main._command_of(["--db", "notices", "--lang", "en", "meetings", "export", "1"]) == "meetings"
    assert main._command_of(["--help", "meetings"]) is None  # the program's help: every command
    assert main._command_of(["--screenshot", "x.png"]) is None


def test_a_minutes_export_loads_only_its_command_modules(tmp_path):
    code = ("import sys; from cli import main; main._parse(['meetings', 'export', '1', '--out', 'x.pdf']); "
            "print(sorted(m for m in sys.modules if m.startswith('cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    loaded = set(eval(out))  # noqa: S307 - our own printed list
    assert {"cli.meetings", "cli.minutes"} <= loaded
    assert not loaded & {"cli.notices", "cli.calls", "cli.forms", "cli.mail", "cli.members", "cli.search",
                         "cli.safety"}


def test_a_mistyped_action_is_told_by_the_whole_parser(capsys):
    assert main.run(["--lang", "en", "meetings", "exprt", "1"]) == 2
    assert "invalid choice: 'exprt'" in capsys.readouterr().err


def test_every_command_module_is_imported_by_a_statement_pyinstaller_follows():
    """The frozen program has every command: each module of MODULES is named in an import statement
    of cli/main.py (PyInstaller bundles what the code imports, not names made at run time)."""
    source = (ROOT / "cli" / "main.py").read_text(encoding="utf-8")
    for name in main.MODULES:
        assert f"from cli import {name} as module" in source
        assert main._command_module(name).__name__ == f"cli.{name}"
