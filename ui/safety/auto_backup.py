"""Automatic backups: every N minutes of work (checked each minute), on close, and
before risky operations; each followed by thinning. Runs off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from core.errors import UserError
from core.safety import backups
from core.safety.settings import backup_folder, interval_minutes, thinning
from ui.context import AppContext


class AutoBackup(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        folder = backup_folder(self.ctx.settings)
        if self.ctx.db.read_only_source is None and backups.due(folder, interval_minutes(self.ctx.settings)):
            from ui.common.jobs import run_job

            run_job(None, "", lambda progress, cancelled: self.backup("auto"), lambda _r: None, self._failed)

    def backup(self, reason: str) -> backups.BackupInfo | None:
        """Back up now (any thread); a failure is remembered and shown in the status bar, never raised."""
        if self.ctx.db.read_only_source is not None:
            return None
        folder = backup_folder(self.ctx.settings)
        try:
            made = backups.backup_now(self.ctx.db, folder, reason)
            backups.thin(folder, thinning(self.ctx.settings))
            self.last_error = None
            return made
        except UserError as exc:
            self.last_error = str(exc)
            return None

    def _failed(self, exc: BaseException) -> None:
        self.last_error = str(exc)
