"""The icons of resources/icons/ and the program's own icon, as QIcons.

The SVGs draw in ``currentColor``; each icon is rendered in the text colour for the
normal state and in white for the selected state (the sidebar's blue highlight), at
the sizes menus, toolbars and the sidebar use, from the same file from source and
when frozen (core.resources).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from core import resources

NORMAL_COLOUR = "#374151"
SELECTED_COLOUR = "#ffffff"
SIZES = (16, 20, 24, 32, 40, 48)


def _render(svg: bytes, size: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``name`` of resources/icons/ (an empty icon if the file is missing: never a crash)."""
    try:
        text = resources.icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    result = QIcon()
    for colour, mode in ((NORMAL_COLOUR, QIcon.Mode.Normal), (SELECTED_COLOUR, QIcon.Mode.Selected)):
        svg = text.replace("currentColor", colour).encode()
        for size in SIZES:
            result.addPixmap(_render(svg, size), mode)
    return result


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The program's icon in every size shipped (window title bar, task bar, Alt+Tab)."""
    result = QIcon()
    folder = resources.app_icon_dir()
    for path in sorted(folder.glob("app-*.png")):
        result.addFile(str(path))
    return result
