"""What every view shares: the open database, the settings, the language, and the
signal that tells views the data changed (so each refreshes what it shows)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.settings import Settings
from core.storage.database import Database
from ui.common.language import LanguageManager


class AppContext(QObject):
    data_changed = Signal(str)  # "units", "contacts", "all"
    database_replaced = Signal()

    def __init__(self, db: Database, settings: Settings, language: LanguageManager) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.language = language

    def replace_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        self.database_replaced.emit()
        old.close()
