"""The contacts of one unit, inside its editor: see them, add one, edit one.

Columns are sized to what they hold (the e-mail takes the width left over); no cell is
wrapped, and a cell too narrow for its value shows the whole value as its tooltip."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(60)
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a contact opens it, as in the lists
            QShortcut(QKeySequence(key), self.table, self.edit_contact, context=Qt.ShortcutContext.WidgetShortcut)
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.table.itemSelectionChanged.connect(
            lambda: self.edit_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        self.edit_button.setEnabled(False)
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
        self.edit_button.setToolTip(tr("Open the selected contact (Enter)"))
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
                if text:  # the whole value, shown as typed (never as HTML)
                    item.setToolTip(f"<qt>{html.escape(text)}</qt>")
                self.table.setItem(r, c, item)
        self._size_columns()

    def _size_columns(self) -> None:
        """Name and position as wide as their longest value (within reason); the rest is the e-mail's."""
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        header = self.table.horizontalHeader()
        for column, most in ((0, 160), (1, 200)):
            header.resizeSection(column, min(header.sectionSize(column), most))

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
