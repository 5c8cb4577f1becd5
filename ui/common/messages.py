"""Message boxes that show text as plain text (never as HTML) in the current language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, kind: str, title: str, text: str) -> QMessageBox:
    """A message box of ``kind`` (problem, done, question). QMessageBox is loaded with the
    first box shown, not at start-up (making its type and enums costs a few milliseconds)."""
    from PySide6.QtCore import Qt  # (not at start: ui/common/first_paint.py)
    from PySide6.QtWidgets import QMessageBox

    icon = {"problem": QMessageBox.Icon.Warning, "done": QMessageBox.Icon.Information,
            "question": QMessageBox.Icon.Question}[kind]
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, "problem", title or tr("Problem"), text)
    box.addButton(box.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, "done", title or tr("Done"), text)
    box.addButton(box.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, text: str, action: str, title: str | None = None) -> bool:
    """Ask before a destructive step; ``action`` names the button (e.g. "Delete")."""
    box = _box(parent, "question", title or tr("Please confirm"), text)
    yes = box.addButton(action, box.ButtonRole.AcceptRole)
    box.addButton(box.StandardButton.Cancel)
    box.setDefaultButton(box.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
