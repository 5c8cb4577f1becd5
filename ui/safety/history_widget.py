"""A record's change history, with Revert for one change."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import format_datetime, tr
from core.safety import history
from ui.common.messages import confirm, show_error
from ui.context import AppContext


class ChangeHistory(QWidget):
    reverted = Signal()

    def __init__(self, ctx: AppContext, table: str, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table_name = table
        self.record_id = record_id
        self.entries: list[history.FieldChange] = []
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)  # values share the width; nothing runs off the right
        header.resizeSection(4, 170)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(5, 110)
        self.table.itemSelectionChanged.connect(self._update_revert)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Field"), tr("Before"), tr("After"), tr("Action"),
                                              tr("Computer / account")])
        self.revert_button.setText(tr("Revert this change"))
        header = self.table.horizontalHeader()
        for column, least in ((4, 170), (5, 110)):  # never narrower than the column's own name
            title = self.table.horizontalHeaderItem(column).text()
            header.resizeSection(column, max(least, header.fontMetrics().horizontalAdvance(title) + 24))
        self.reload()

    def reload(self) -> None:
        self.entries = history.record_history(self.ctx.db, self.table_name, self.record_id) \
            if self.record_id is not None else []
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(reversed(self.entries)):  # newest first
            for c, text in enumerate((format_datetime(e.at), tr(e.label), e.old_text(), e.new_text(), str(e.action),
                                      f"{e.machine} / {e.account}")):
                item = QTableWidgetItem(text)
                item.setToolTip(f"<qt>{html.escape(text)}</qt>")  # the whole value, shown as typed
                self.table.setItem(r, c, item)
        self.table.clearSelection()
        self._update_revert()

    def _update_revert(self) -> None:
        """Revert reverts the chosen change: nothing chosen (or a record that cannot change), nothing to do."""
        chosen = bool(self.table.selectionModel().selectedRows())
        self.revert_button.setEnabled(chosen and self.can_revert())

    def can_revert(self) -> bool:
        return True

    def revert_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = list(reversed(self.entries))[rows[0].row()]
        if entry.field in ("created", "purged"):
            show_error(self, tr("Creating a record cannot be reverted here; delete the record instead."))
            return
        if not confirm(self, tr("Put {field} back to “{value}”?", field=tr(entry.label), value=entry.old_text()),
                       tr("Revert")):
            return
        try:
            history.revert_change(self.ctx.db, entry)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        self.reload()
        self.reverted.emit()
