"""What every view shares: the open database, the settings, the language, and the
signal that tells views the data changed (so each refreshes what it shows)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.settings import Settings
from core.storage.database import Database
from ui.common.language import LanguageManager


def touches(payload: object, tables: frozenset[str] | set[str]) -> bool:
    """Whether a ``data_changed`` payload concerns a view showing ``tables``: a set of
    table names is precise; anything else ("all", a module name) concerns every view."""
    if isinstance(payload, (set, frozenset)):
        return bool(payload & tables)
    return True


class AppContext(QObject):
    # the tables that the last actions changed (a frozenset of names, see Database.take_touched),
    # or a word ("all", "units"...) from code that does not know: every view refreshes then
    data_changed = Signal(object)
    database_replaced = Signal()

    def __init__(self, db: Database, settings: Settings, language: LanguageManager) -> None:
        super().__init__()
        self.db = db
        # --screenshot: the file is opened read-only only so that the picture writes nothing;
        # the window is drawn as the clerk sees it (no read-only banner, actions enabled)
        self.picture_only = False
        self.settings = settings
        self.language = language
        self.auto_backup = None  # set by the main window: ui.safety.auto_backup.AutoBackup

    def changed(self, kind: str = "all") -> None:
        """Tell the views that data changed: the tables the committed actions touched."""
        tables = self.db.take_touched()
        self.data_changed.emit(tables if tables else kind)

    def backup_before(self, reason: str) -> str | None:
        """A backup before a risky operation (import, bulk delete...); never raises.
        Returns why the operation must not go on (the database is damaged), or None."""
        if self.auto_backup is not None:
            self.auto_backup.backup(reason)
            if self.auto_backup.last_damaged:
                return self.auto_backup.last_error
        return None

    def replace_database(self, db: Database, close_old: bool = True) -> None:
        """Switch every view to ``db`` (``close_old=False`` when the old one is closed already)."""
        old = self.db
        self.db = db
        self.database_replaced.emit()
        if close_old:
            old.close()
