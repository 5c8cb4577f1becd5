"""Window sizes that fit the clerk's screen (a 1,024 × 640 laptop at a conference included)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 40  # the task bar and the window frame


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width`` × ``height``, or to the free area of its parent's screen when smaller.

    The parent's screen, not ``widget.screen()``: asking a dialog not yet shown for its screen made
    Qt keep data that crashed a later window (seen with pytest-qt, every time)."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - MARGIN), min(height, free.height() - MARGIN)
    widget.resize(max(width, 320), max(height, 240))
