"""Message boxes that show text as plain text (never as HTML) in the current language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from core.i18n import tr


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title or tr("Problem"), text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title or tr("Done"), text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, text: str, action: str, title: str | None = None) -> bool:
    """Ask before a destructive step; ``action`` names the button (e.g. "Delete")."""
    box = _box(parent, QMessageBox.Icon.Question, title or tr("Please confirm"), text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes
