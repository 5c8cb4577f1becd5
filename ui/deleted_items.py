"""Deleted items: records removed by mistake can be brought back. One tab per kind that
has a trash (core.storage.registry): units, contacts, notices, and whatever registers next.

In a list, Enter (or a double click) restores the selected items and Del deletes them for good,
after the same confirmation as Empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import format_datetime, tr
from core.safety import trash
from core.safety.settings import backup_folder
from ui.common.messages import confirm, show_error, show_info
from ui.common.mnemonics import on_show
from ui.context import AppContext


class DeletedItemsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.resize(720, 420)
        self.tabs = QTabWidget()
        self.kinds = trash.kinds()
        self.tables: dict[str, QTableWidget] = {}
        for kind in self.kinds:
            table = self._table(3 if kind.parents else 2)
            table.itemSelectionChanged.connect(self._update_buttons)
            table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
            table.installEventFilter(self)  # Enter and Del in a list act on its selection
            self.tables[kind.table] = table
            self.tabs.addTab(table, "")
        self.units_table = self.tables.get("units")
        self.contacts_table = self.tables.get("contacts")
        self.notices_table = self.tables.get("notices")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.empty_button.clicked.connect(self.empty_trash)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """In a list, Enter restores the selection (rather than pressing the dialog's default button)
        and Del deletes it for good, after a confirmation."""
        if event.type() == QEvent.Type.KeyPress and watched in self.tables.values():
            key = event.key() if isinstance(event, QKeyEvent) else None
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                self.restore_selected()
                return True
            if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Delete):
                self.purge_selected()
                return True
        return super().eventFilter(watched, event)

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
        for i, kind in enumerate(self.kinds):
            self.tabs.setTabText(i, tr(kind.plural) if kind.plural else kind.table)
            labels = kind.field_labels()
            headers = [tr(labels.get(kind.name_column, "Name"))]
            if kind.parents:
                headers.append(tr(labels.get(kind.parents[0].column, kind.parents[0].table)))
            self.tables[kind.table].setHorizontalHeaderLabels([*headers, tr("Deleted at")])
        self.restore_button.setText(tr("Restore"))
        self.purge_button.setText(tr("Delete for good…"))
        self.empty_button.setText(tr("Empty…"))
        self._update_buttons()

    def reload(self) -> None:
        for kind in self.kinds:
            items = trash.list_deleted(self.ctx.db, kind.table)
            rows = [(i.id, ((i.name, i.parent_name) if kind.parents else (i.name,)) + (i.deleted_at,)) for i in items]
            self._fill(self.tables[kind.table], rows)
        self._update_buttons()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        table.setRowCount(len(rows))
        for r, (row_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(format_datetime(text) if c == len(cells) - 1 else text)
                item.setData(Qt.ItemDataRole.UserRole, row_id)
                table.setItem(r, c, item)

    def _update_buttons(self) -> None:
        """Restore needs a selection (it says so in its tooltip); Empty needs something to empty."""
        index = self.tabs.currentIndex()
        table = self.tables[self.kinds[index].table] if index >= 0 else None
        chosen = table is not None and bool(table.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.restore_button.setToolTip(tr("Restore the selected items (Enter)") if chosen
                                       else tr("Select the items to restore first."))
        self.purge_button.setEnabled(chosen)
        self.purge_button.setToolTip(tr("Delete the selected items for good (Del)") if chosen
                                     else tr("Select the items to delete for good first."))
        self.empty_button.setEnabled(any(t.rowCount() for t in self.tables.values()))

    def _selected(self):  # type: ignore[no-untyped-def]
        """The current tab's kind and the ids of its selected rows (no kind: no tab)."""
        index = self.tabs.currentIndex()
        if index < 0:
            return None, []
        kind = self.kinds[index]
        table = self.tables[kind.table]
        return kind, sorted({table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                             for i in table.selectionModel().selectedRows()})

    def restore_selected(self) -> None:
        kind, ids = self._selected()
        if not ids:
            return
        try:
            trash.restore(self.ctx.db, kind.table, ids)
        except UserError as exc:
            show_error(self, str(exc))
        self.ctx.data_changed.emit("all")
        self.reload()

    def purge_selected(self) -> None:
        """Del: the selected items leave for good, after a confirmation (a backup is made first)."""
        kind, ids = self._selected()
        if not ids:
            return
        if len(ids) == 1:
            table = self.tables[kind.table]
            name = table.item(table.selectionModel().selectedRows()[0].row(), 0).text()
            question = tr("Delete “{name}” for good? A backup is made first; after that it cannot be restored from "
                          "here, and it leaves the change history. Nothing done before can be undone afterwards.",
                          name=name)
        else:
            question = tr("Delete these {count} items for good? A backup is made first; after that they cannot be "
                          "restored from here, and they leave the change history. Nothing done before can be "
                          "undone afterwards.", count=len(ids))
        if not confirm(self, question, tr("Delete for good")):
            return
        try:
            trash.purge_items(self.ctx.db, backup_folder(self.ctx.settings), kind.table, ids)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        self.reload()

    def empty_trash(self) -> None:
        if not confirm(self, tr("Delete every item in this list for good? A backup is made first; after that the "
                                "items cannot be restored from here, and they leave the change history. Nothing "
                                "done before can be undone afterwards."),
                       tr("Empty")):
            return
        try:
            counts = trash.empty_trash(self.ctx.db, backup_folder(self.ctx.settings))
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        self.reload()
        lines = [tr("{kind}: {count}", kind=tr(k.plural) if k.plural else k.table, count=counts.get(k.table, 0))
                 for k in self.kinds]
        show_info(self, tr("Permanently deleted:") + "\n" + "\n".join(lines))
