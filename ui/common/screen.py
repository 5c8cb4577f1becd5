"""Window sizes that fit the clerk's screen (a 1,024 × 640 laptop at a conference included)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 40  # the task bar and the window frame


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to the screen's free area when smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - MARGIN), min(height, free.height() - MARGIN)
    widget.resize(max(width, 320), max(height, 240))
