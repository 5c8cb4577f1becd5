"""Automatic safety work: a backup every N minutes of work (checked each minute), on
close and before risky operations, each followed by thinning; and, once after start,
emptying the trash of what was deleted longer ago than the setting. Background work
runs on a plain thread (no progress window for something the clerk did not ask for);
a failure is reported through ``failed`` and shown in the status bar."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import UserError
from core.i18n import tr
from core.safety import backups, trash
from core.safety.settings import backup_folder, interval_minutes, thinning, trash_days
from ui.context import AppContext

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
        self.timer.start()
        self.trash_timer = QTimer(self)
        self.trash_timer.setSingleShot(True)
        self.trash_timer.timeout.connect(self.empty_old_trash)
        self.trash_timer.start(TRASH_DELAY_MS)

    def stop(self) -> None:
        """No more automatic work (the window closes: its database is about to be closed)."""
        self._stopped = True
        self.timer.stop()
        self.trash_timer.stop()

    def _writable(self) -> bool:
        return not getattr(self, "_stopped", False) and self.ctx.db.read_only_source is None

    def tick(self) -> None:
        if self._writable() and backups.due(backup_folder(self.ctx.settings), interval_minutes(self.ctx.settings)):
            threading.Thread(target=self.backup, args=("auto",), name="auto-backup", daemon=True).start()

    def backup(self, reason: str) -> backups.BackupInfo | None:
        """Back up now (any thread); never raises: a failure is reported through ``failed``."""
        if not self._writable() or not self._busy.acquire(timeout=60):
            return None
        try:
            folder = backup_folder(self.ctx.settings)
            made = backups.backup_now(self.ctx.db, folder, reason)
            backups.thin(folder, thinning(self.ctx.settings))
            self.last_error = None
            return made
        except UserError as exc:
            self.last_error = str(exc)
            self.failed.emit(tr("Automatic backup failed: {reason}", reason=str(exc)))
            return None
        finally:
            self._busy.release()

    def empty_old_trash(self) -> None:
        """Delete for good what has waited in the trash longer than the setting (a backup is made first)."""
        if not self._writable():
            return
        try:
            counts = trash.empty_trash(self.ctx.db, backup_folder(self.ctx.settings), trash_days(self.ctx.settings))
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        if any(counts.values()):
            self.ctx.data_changed.emit("all")
