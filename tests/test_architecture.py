"""The core stays headless: nothing under core/ imports Qt, pyqtgraph or ui/."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "pyqtgraph", "ui", "shiboken6")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_core_never_imports_qt_or_ui():
    """No module of core/ imports PySide6, pyqtgraph or ui, even inside a function."""
    offenders = []
    for package in ("core",):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in _imports(path):
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_sql_stays_in_the_storage_layer():
    """Only core/storage/ holds SQL statements: services and UI call it, never write SQL."""
    import re

    pattern = re.compile(r"\b(SELECT\s+\S+.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b")
    offenders = []
    for package in ("core", "ui", "cli"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "storage" in path.relative_to(ROOT).parts:
                continue
            if pattern.search(path.read_text(encoding="utf-8")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_importing_core_loads_no_qt():
    """Running the core in a fresh interpreter does not load PySide6 (the CLI works without a screen)."""
    import subprocess
    import sys

    code = ("import sys, core.members.units, core.members.queries, core.storage.database, cli.main; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_services_reach_storage_through_the_database_not_its_connection():
    """Outside core/storage/ no code takes the raw sqlite3 connection (``.conn``) of a Database:
    services hand the Database to storage functions, so another database can replace SQLite
    as a change of the storage layer alone."""
    offenders = []
    for package in ("core", "ui", "cli"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.is_relative_to(ROOT / "core" / "storage"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr == "conn":
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
