"""When the database cannot be opened: say why, and offer the ways out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from core.errors import UserError
from core.i18n import tr
from core.storage.database import Database, DatabaseOpenError, DatabaseReadOnly, DatabaseTooNew, open_database
from core.storage.recovery import restore_copy
from ui.common.messages import show_error, show_info

DB_FILTER_SOURCE = "Database files (*.sqlite3 *.sqlite *.db);;All files (*)"


def db_filter() -> str:
    return tr(DB_FILTER_SOURCE)


def choose_database_to_open(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open database"), "", db_filter())
    return Path(path) if path else None


def choose_new_database(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("New database"), "alliance.sqlite3", db_filter(),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    if not path:
        return None
    target = Path(path)
    if target.exists():
        show_error(parent, tr("{path} already exists. Use Open database to open it.", path=str(target)))
        return None
    return target


def recover(error: DatabaseOpenError, parent: QWidget | None = None) -> Database | None:
    """Ask the clerk what to do until a database opens or they quit (returns None)."""
    message = str(error)
    while True:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("The database cannot be opened"), message,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        open_other = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
        create = box.addButton(tr("Create a new database…"), QMessageBox.ButtonRole.ActionRole)
        restore = None
        if error.path.is_file() and not isinstance(error, DatabaseTooNew):
            restore = box.addButton(tr("Restore a copy…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        try:
            if clicked is open_other:
                path = choose_database_to_open(parent)
                if path:
                    try:
                        return open_database(path, create=False)
                    except DatabaseReadOnly:  # looked at read-only; the window's banner says so
                        return open_database(path, create=False, read_only=True)
            elif clicked is create:
                path = choose_new_database(parent)
                if path:
                    return open_database(path, create=True)
            elif restore is not None and clicked is restore:
                path, _ = QFileDialog.getOpenFileName(parent, tr("Choose a copy to restore"), "", db_filter())
                if path:
                    moved = restore_copy(path, error.path)
                    if moved:
                        show_info(parent, tr("The damaged file was kept as {path}.", path=str(moved)))
                    return open_database(error.path, create=False)
            else:
                return None
        except DatabaseOpenError as exc:
            error = exc if clicked is not restore else error
            message = str(exc)
        except UserError as exc:
            message = str(exc)
