"""Backups: the list (date, reason, size, what each holds), Backup now, Restore,
and Open read-only to copy something out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from core.errors import UserError
from core.i18n import N_, format_datetime, format_number, tr
from core.safety import backups
from core.safety.settings import backup_folder
from core.storage.database import Database
from ui.common.jobs import run_job
from ui.common.messages import confirm, show_error, show_info
from ui.common.mnemonics import on_show
from ui.context import AppContext

REASONS = {"manual": N_("by hand"), "auto": N_("automatic"), "close": N_("on close"), "import": N_("before import"),
           "restore": N_("before restore"), "delete": N_("before bulk delete"), "purge": N_("before emptying trash"),
           "migration": N_("before upgrade")}


class BackupsDialog(QDialog):
    opened_read_only = Signal(object)  # a Database to look at

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.resize(820, 460)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):  # date, reason and size as wide as they are; what it holds takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.view_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.view_button.clicked.connect(self.view_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.items: list[backups.BackupInfo] = []
        self.retranslate()
        self.reload()

    def root(self) -> Path:
        return backup_folder(self.ctx.settings)

    def folder(self) -> Path:
        """This database's backups: only these are listed, opened and restored."""
        return backups.database_folder(self.ctx.db, self.root())

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Backups"))
        self.folder_label.setText(tr("Backups are kept in {folder}. Change the folder (for example a second drive "
                                     "or a USB stick) in File → Settings.", folder=str(self.folder())))
        self.table.setHorizontalHeaderLabels([tr("Made at"), tr("Reason"), tr("Size"), tr("Holds")])
        self.backup_button.setText(tr("Back up now"))
        self.restore_button.setText(tr("Restore…"))
        self.view_button.setText(tr("Open read-only"))

    def reload(self) -> None:
        self.items = backups.database_backups(self.ctx.db, self.root())
        self.table.setRowCount(len(self.items))
        for r, b in enumerate(self.items):
            counts = backups.record_counts(b.path)
            live = {table: n for table, (n, _d) in counts.items()}
            deleted = sum(d for _n, d in counts.values())
            holds = tr("{units} member units, {contacts} contacts", units=format_number(live.get("units", 0)),
                       contacts=format_number(live.get("contacts", 0)))
            if deleted:
                holds = tr("{counts} (and {deleted} deleted items)", counts=holds, deleted=format_number(deleted))
            cells = (format_datetime(b.created), tr(REASONS.get(b.reason, b.reason)),
                     tr("{size} KB", size=format_number(round(b.size / 1024))), holds)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Restore and Open read-only need a chosen backup."""
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.view_button.setEnabled(chosen)

    def selected(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        root = self.root()
        run_job(self, tr("Backing up…"), lambda db, progress, cancelled: backups.backup_now(db, root),
                lambda made: (self.reload(), show_info(self, tr("Backup written to {path}", path=str(made.path)))),
                lambda exc: show_error(self, str(exc)), db=self.ctx.db)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not confirm(self, tr("Replace the current data by the backup of {when}? The current state is backed up "
                                "first, so this can be reversed.", when=format_datetime(chosen.created)),
                       tr("Restore")):
            return
        from ui.common.jobs import wait_for_jobs

        wait_for_jobs(60000)  # no job may hold the file while it is replaced
        try:
            # this program holds the session lock: restore closes our connection and reopens the restored file
            restored = backups.restore(chosen.path, self.ctx.db.path, self.root(), db=self.ctx.db)
        except UserError as exc:
            reopened = getattr(exc, "reopened", None)
            if reopened is not None:
                self.ctx.replace_database(reopened, close_old=False)
            show_error(self, str(exc))
            return
        self.ctx.replace_database(restored.db, close_old=False)
        self.ctx.data_changed.emit("all")
        self.reload()
        show_info(self, tr("The backup of {when} was restored.", when=format_datetime(chosen.created)))

    def view_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            view: Database = backups.open_backup(chosen.path)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.opened_read_only.emit(view)
        self.accept()
