"""The contacts of one unit, inside its editor: see them, add one, edit one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from core.i18n import tr
from core.members import contacts
from core.members.contacts import mask_mobile
from ui.context import AppContext


class UnitContacts(QWidget):
    def __init__(self, ctx: AppContext, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_id = unit_id
        self.ids: list[int] = []
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Position"), tr("Mobile"), tr("E-mail"),
                                              tr("Primary contact")])
        self.add_button.setText(tr("Add contact…"))
        self.edit_button.setText(tr("Edit…"))
        self.reload()

    def reload(self) -> None:
        people = contacts.unit_contacts(self.ctx.db, self.unit_id)
        self.ids = [p.id for p in people]
        self.table.setRowCount(len(people))
        for r, p in enumerate(people):
            for c, text in enumerate((p.name, p.position, mask_mobile(p.mobile), p.email,
                                      tr("Yes") if p.is_primary else "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)

    def add_contact(self) -> None:
        from ui.contacts.editor import ContactEditor

        if ContactEditor(self.ctx, None, self.unit_id, self).exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("contacts")
            self.reload()

    def edit_contact(self) -> None:
        from ui.contacts.editor import ContactEditor

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        person = contacts.get_contact(self.ctx.db, self.ids[rows[0].row()])
        if ContactEditor(self.ctx, person, None, self).exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("contacts")
            self.reload()
