"""Base of a module's list page: a filter bar, a lazy table, and the actions that
every list offers (new, edit, delete, focus the filter).

Subclasses supply the columns, the query and fetch functions, their extra filter
widgets, and the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from core.i18n import format_number, tr
from ui.common.lazy_model import Column, LazyTableModel, Listing
from ui.context import AppContext, touches

FILTER_DELAY_MS = 80


class ListPage(QWidget):
    columns: list[Column] = []
    tables: frozenset[str] = frozenset()  # the tables whose changes this list shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.model = LazyTableModel(self.columns, self.listing, self.fetch_rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())

        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.filter_edit, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for b in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        self.empty_hint = QLabel()
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #555; padding: 24px; font-size: 14px;")
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_items)
        ctx.language.changed.connect(lambda _lang: self.retranslate())
        ctx.data_changed.connect(self.on_data_changed)
        ctx.database_replaced.connect(self.on_database_replaced)

    # -- to implement ------------------------------------------------------------
    def listing(self, sort: str, descending: bool) -> Listing:
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> dict:  # type: ignore[type-arg]
        raise NotImplementedError

    def new_item(self) -> None:
        raise NotImplementedError

    def edit_item(self) -> None:
        raise NotImplementedError

    def delete_items(self) -> None:
        raise NotImplementedError

    def count_text(self, shown: str) -> str:
        """The count line, given the number as shown ("1,234", or "2,000+" for more than that)."""
        raise NotImplementedError

    # -- shared behaviour ---------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.new_button.setText(tr("New…"))
        self.edit_button.setText(tr("Edit…"))
        self.delete_button.setText(tr("Delete"))
        self.model.retranslate()
        self._update_count()

    def filter_placeholder(self) -> str:
        return tr("Filter (Ctrl+F)")

    def on_database_replaced(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query, keeping the selection on the same record when it is still listed."""
        selected = self.selected_ids()
        self.model.refresh()
        self._update_count()
        if selected:
            row = self.model.row_of_id(selected[0])
            if row >= 0:
                self.table.selectRow(row)

    def on_data_changed(self, payload: object) -> None:
        """Data changed: only a list showing a touched table counts again, and it re-reads
        only the rows on screen (the scroll position stays)."""
        if touches(payload, self.tables):
            self.reload()

    def reload(self) -> None:
        self.model.reload()
        self._update_count()

    def _update_count(self) -> None:
        shown = self.number(self.model.count) + ("" if self.model.count_exact else "+")
        self.count_label.setText(self.count_text(shown))
        hint = self.empty_text() if not self.model.count else ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    def empty_text(self) -> str:
        """What to say when the list is empty (nothing at all, or nothing matching)."""
        return tr("Nothing matches the filter.")

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if r < self.model.count]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.count:
            return self.model.id_at(index.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of_id(row_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @staticmethod
    def number(n: int) -> str:
        return format_number(n)
