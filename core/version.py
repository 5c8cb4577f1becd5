"""The program's version, written in one place: ``version`` in pyproject.toml.

pyproject.toml is shipped inside the frozen build (at the bundle root), so the
same file is read from source and from a build; build_spec/build.py and the
Windows installer take their version from it too. Read with a regular expression
over the [project] table (tomllib costs about 9 ms at start-up for one line).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from core.resources import bundle_root

_TABLE = re.compile(r"^\s*\[([^\]]+)\]\s*$", re.MULTILINE)
_VERSION = re.compile(r'^\s*version\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
UNKNOWN = "unknown"


def read_version(pyproject: Path) -> str:
    """``version`` of the [project] table of ``pyproject``, or "unknown"."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return UNKNOWN
    tables = list(_TABLE.finditer(text))
    for i, table in enumerate(tables):
        if table.group(1).strip() == "project":
            end = tables[i + 1].start() if i + 1 < len(tables) else len(text)
            match = _VERSION.search(text, table.end(), end)
            return match.group(1) if match else UNKNOWN
    return UNKNOWN


@lru_cache(maxsize=1)
def version() -> str:
    return read_version(bundle_root() / "pyproject.toml")
