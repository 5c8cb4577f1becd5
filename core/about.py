"""What the About dialog shows: version, where the data lives, and the licences of
what the program carries (resources/LICENCES.txt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core import paths, resources
from core.version import version


@dataclass(frozen=True)
class AboutInfo:
    version: str
    data_folder: Path
    database: Path
    portable: bool
    licences: str | None  # None: the licence list is missing from this installation
    licences_path: Path


def licences_text() -> str | None:
    try:
        return resources.licences_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def about_info(database: Path) -> AboutInfo:
    return AboutInfo(version=version(), data_folder=paths.data_dir(), database=Path(database),
                     portable=paths.is_portable(), licences=licences_text(), licences_path=resources.licences_path())
