"""Where the files shipped with the program live, from source and when frozen.

From source, the bundle root is the folder of main.py; in a PyInstaller build it is
``sys._MEIPASS`` (the ``_internal`` folder next to the executable). Everything the
program reads at run time sits under that root in the same layout: ``resources/``
(icons, licences, fonts), ``i18n/`` (catalogs) and ``pyproject.toml`` (the version).
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_root() -> Path:
    """The folder holding resources/, i18n/ and pyproject.toml."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    return bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    """A file under resources/ (it may not exist: the caller decides what that means)."""
    return resource_dir().joinpath(*parts)


def icon_path(name: str) -> Path:
    """The SVG of one icon of resources/icons/ (``name`` without extension)."""
    return resource_path("icons", f"{name}.svg")


def app_icon_dir() -> Path:
    """The program's own icon: app.svg, app-NN.png at each size, app.ico."""
    return resource_path("app")


def licences_path() -> Path:
    return resource_path("LICENCES.txt")
