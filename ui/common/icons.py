"""The icons of resources/icons/ and the program's own icon, as QIcons.

The SVGs draw in ``currentColor``. Each icon is drawn when Qt first asks for it, at
the size and state asked (text colour; white when selected on the sidebar's blue;
grey when disabled), and kept: nothing is rendered at start-up that is not shown.
The files are found the same way from source and when frozen (core.resources).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from core import resources

NORMAL_COLOUR = "#374151"
SELECTED_COLOUR = "#ffffff"
DISABLED_COLOUR = "#9ca3af"


def _colour(mode: QIcon.Mode) -> str:
    if mode == QIcon.Mode.Selected:
        return SELECTED_COLOUR
    if mode == QIcon.Mode.Disabled:
        return DISABLED_COLOUR
    return NORMAL_COLOUR


class SvgIconEngine(QIconEngine):
    """Draws one currentColor SVG in the colour of the icon's mode, at any size, on demand."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg
        self._pixmaps: dict[tuple[int, int, str], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour(mode)
        key = (size.width(), size.height(), colour)
        cached = self._pixmaps.get(key)
        if cached is None:
            from PySide6.QtSvg import QSvgRenderer

            cached = self._pixmaps[key] = QPixmap(size)
            # transparent (QColor: QImage.fill's overloads would build the Qt namespace before
            # the first paint, see ui/common/first_paint.py)
            cached.fill(QColor(0, 0, 0, 0))
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(self.svg.replace("currentColor", colour).encode())).render(
                painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
        return cached

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.pixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)),
                                             mode, state))

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.svg)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``name`` of resources/icons/ (an empty icon if the file is missing: never a crash)."""
    try:
        svg = resources.icon_path(name).read_text(encoding="utf-8")
    except OSError:
        return QIcon()
    return QIcon(SvgIconEngine(svg))


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The program's icon in every size shipped (window title bar, task bar, Alt+Tab)."""
    result = QIcon()
    for path in sorted(resources.app_icon_dir().glob("app-*.png")):
        result.addFile(str(path))
    return result
