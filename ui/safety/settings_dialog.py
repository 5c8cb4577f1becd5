"""Settings of data safety: where backups go, how often, how many are kept, and how
long deleted items wait in the trash."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from core.i18n import N_, tr
from core.safety.settings import backup_folder, interval_minutes, thinning, trash_days
from ui.common.form import FormDialog
from ui.context import AppContext

SPINS = [
    ("backup_interval_minutes", N_("Automatic backup every (minutes)"), 5, 24 * 60),
    ("keep_recent", N_("Keep the most recent backups"), 1, 1000),
    ("keep_days", N_("Then one a day, for days"), 0, 3650),
    ("keep_weeks", N_("Then one a week, for weeks"), 0, 520),
    ("keep_months", N_("Then one a month, for months"), 0, 240),
    ("trash_days", N_("Empty deleted items older than (days)"), 1, 3650),
]


class SettingsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(600)  # the backup folder's whole path stays readable
        self.ctx = ctx
        s = ctx.settings
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(backup_folder(s)))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.add_field("backup_folder", N_("Backup folder"), holder)
        t = thinning(s)
        current = {"backup_interval_minutes": interval_minutes(s), "keep_recent": t.recent, "keep_days": t.days,
                   "keep_weeks": t.weeks, "keep_months": t.months, "trash_days": trash_days(s)}
        self.spins: dict[str, QSpinBox] = {}
        for key, label, low, high in SPINS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(current[key])
            self.spins[key] = self.add_field(key, label, spin)
        self.finish_layout()
        from ui.mail.account_section import MailAccountSection

        self.mail_section = MailAccountSection(s, self)
        self.layout_.insertWidget(self.layout_.count() - 1, self.mail_section)
        self.setWindowTitle(tr("Settings"))
        self.retranslate_fields()
        self.browse.setText(tr("Choose…"))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def values(self) -> dict:  # type: ignore[type-arg]
        return {"backup_folder": self.folder.text().strip(), **{k: s.value() for k, s in self.spins.items()}}

    def submit(self, values: dict) -> None:  # type: ignore[type-arg]
        from pathlib import Path

        from core.errors import UserError
        from core.i18n import Msg

        if self.mail_section.used():
            self.mail_section.account().check()  # an incomplete mail account: nothing is saved yet
        folder = Path(values["backup_folder"]).expanduser() if values["backup_folder"] else None
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(Msg("The backup folder {folder} cannot be created: {reason}", folder=str(folder),
                                    reason=exc.strerror or str(exc))) from exc
        for key, value in values.items():
            self.ctx.settings.set(key, str(folder) if key == "backup_folder" and folder else value)
        self.mail_section.save()
