"""Automatic safety work: a backup every N minutes of work (checked each minute) and on
close, made only when the data changed since the newest backup; a backup before risky
operations; each followed by thinning of this database's backups; and, once after
start, emptying the trash of what was deleted longer ago than the setting, and removing
partial files left by a killed backup. Nothing of this for a read-only database (a
file that cannot be written, a backup being looked at, --screenshot). Background work
runs on a plain thread (no progress window for something the clerk did not ask for);
a failure is reported through ``failed`` and shown in the status bar."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import UserError
from core.i18n import tr
from core.storage.database import DatabaseDamaged
from ui.context import AppContext

if TYPE_CHECKING:
    from core.safety.backups import BackupInfo

# core.safety.backups, .settings and .trash are imported where used: a window that cannot write
# (a read-only file, --screenshot) never loads them, and others after the window shows

TRASH_DELAY_MS = 10_000


class AutoBackup(QObject):
    failed = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.last_error: str | None = None
        self._busy = threading.Lock()
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.tick)
        self.last_damaged = False
        self.trash_timer = QTimer(self)
        self.trash_timer.setSingleShot(True)
        self.trash_timer.setInterval(TRASH_DELAY_MS)
        self.trash_timer.timeout.connect(self.empty_old_trash)
        self.timer.start()  # each tick asks whether the database open then can be written
        self.trash_timer.start()
        # clean_partials(): the main window calls it once it has shown (ui/common/first_paint.py)

    def stop(self) -> None:
        """No more automatic work (the window closes: its database is about to be closed)."""
        self._stopped = True
        self.timer.stop()
        self.trash_timer.stop()

    def _writable(self) -> bool:
        db = self.ctx.db
        return not getattr(self, "_stopped", False) and not db.read_only and db.read_only_source is None

    def clean_partials(self) -> None:
        """Remove what backups cut short left behind (a database opened for writing)."""
        if not self._writable():
            return
        from core.safety import backups
        from core.safety.settings import backup_folder

        root = backup_folder(self.ctx.settings)
        for folder in (root, backups.database_folder(self.ctx.db, root)):
            backups.clean_partials(folder)

    def tick(self) -> None:
        if not self._writable():
            return
        from core.safety import backups
        from core.safety.settings import backup_folder, interval_minutes

        folder = backups.database_folder(self.ctx.db, backup_folder(self.ctx.settings))
        if backups.due(folder, interval_minutes(self.ctx.settings)):
            threading.Thread(target=self.backup, args=("auto",), name="auto-backup", daemon=True).start()

    def backup(self, reason: str) -> BackupInfo | None:
        """Back up now (any thread); never raises: a failure is reported through ``failed``.
        Periodic and closing backups (``auto``, ``close``) are skipped when nothing changed."""
        if not self._writable() or not self._busy.acquire(timeout=60):
            return None
        from core.safety import backups
        from core.safety.settings import backup_folder, thinning

        try:
            db, root = self.ctx.db, backup_folder(self.ctx.settings)
            if reason in backups.AUTOMATIC:
                made = backups.automatic_backup(db, root, reason)
            else:
                made = backups.backup_now(db, root, reason)
            backups.thin(backups.database_folder(db, root), thinning(self.ctx.settings))
            self.last_error, self.last_damaged = None, False
            return made
        except UserError as exc:
            self.last_error = str(exc)
            self.last_damaged = isinstance(exc, DatabaseDamaged)
            self.failed.emit(tr("Automatic backup failed: {reason}", reason=str(exc)))
            return None
        finally:
            self._busy.release()

    def empty_old_trash(self) -> None:
        """Delete for good what has waited in the trash longer than the setting (a backup is made first)."""
        if not self._writable():
            return
        from core.safety import trash
        from core.safety.settings import backup_folder, trash_days

        try:
            counts = trash.empty_trash(self.ctx.db, backup_folder(self.ctx.settings), trash_days(self.ctx.settings))
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        if any(counts.values()):
            self.ctx.data_changed.emit("all")
