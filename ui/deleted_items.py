"""Deleted items: units, contacts and notices removed by mistake can be brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import tr
from core.members import contacts, units
from core.notices import service as notices
from core.safety import trash
from core.safety.settings import backup_folder
from ui.common.messages import confirm, show_error, show_info
from ui.context import AppContext


class DeletedItemsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.resize(720, 420)
        self.tabs = QTabWidget()
        self.units_table = self._table(3)
        self.contacts_table = self._table(4)
        self.notices_table = self._table(3)
        self.tabs.addTab(self.units_table, "")
        self.tabs.addTab(self.contacts_table, "")
        self.tabs.addTab(self.notices_table, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.clicked.connect(self.empty_trash)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Deleted items"))
        self.tabs.setTabText(0, tr("Member units"))
        self.tabs.setTabText(1, tr("Contacts"))
        self.tabs.setTabText(2, tr("Notices"))
        self.restore_button.setText(tr("Restore"))
        self.empty_button.setText(tr("Empty…"))
        self.units_table.setHorizontalHeaderLabels([tr("Unit name"), tr("Deleted at"), ""])
        self.contacts_table.setHorizontalHeaderLabels([tr("Name"), tr("Unit"), tr("Deleted at"), ""])
        self.notices_table.setHorizontalHeaderLabels([tr("Title"), tr("Deleted at"), ""])

    def reload(self) -> None:
        self._fill(self.units_table, [(i, (name, when)) for i, name, when in units.deleted_units(self.ctx.db)])
        self._fill(self.contacts_table,
                   [(i, (name, unit, when)) for i, name, unit, when in contacts.deleted_contacts(self.ctx.db)])
        self._fill(self.notices_table, [(i, (name, when)) for i, name, when in notices.deleted_notices(self.ctx.db)])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("T", " ") if c == len(cells) - 1 else text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                table.setItem(r, c, item)

    def restore_selected(self) -> None:
        table = self.tabs.currentWidget()
        ids = sorted({table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                      for i in table.selectionModel().selectedRows()})
        if not ids:
            return
        try:
            if table is self.units_table:
                units.restore_units(self.ctx.db, ids)
            elif table is self.notices_table:
                notices.restore_notices(self.ctx.db, ids)
            else:
                contacts.restore_contacts(self.ctx.db, ids)
        except UserError as exc:
            show_error(self, str(exc))
        self.ctx.data_changed.emit("all")
        self.reload()

    def empty_trash(self) -> None:
        if not confirm(self, tr("Delete every item in this list for good? A backup is made first; after that the "
                                "items cannot be restored from here, and they leave the change history."),
                       tr("Empty")):
            return
        try:
            counts = trash.empty_trash(self.ctx.db, backup_folder(self.ctx.settings))
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        self.reload()
        show_info(self, tr("Permanently deleted: {units} member units, {contacts} contacts, {notices} notices.",
                           units=counts.get("units", 0), contacts=counts.get("contacts", 0),
                           notices=counts.get("notices", 0)))
