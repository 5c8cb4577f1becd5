"""A table model that holds only ids and fetches the rows on screen, a page at a time.

The view supplies ``query(sort, descending) -> list[int]`` (every matching id, in
order) and ``fetch(ids) -> {id: row}``; both are core functions. With 20,000 units
a refresh costs one id query plus one page of rows.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from core.i18n import tr

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    key: str  # the core's sort key for this column, or "" when it cannot sort
    label: str  # English source, translated when shown
    text: Callable[[Any], str]


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], query: Callable[[str, bool], list[int]],
                 fetch: Callable[[list[int]], dict[int, Any]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.columns = columns
        self._query = query
        self._fetch = fetch
        self.ids: list[int] = []
        self._cache: dict[int, Any] = {}
        self.sort_key = columns[0].key
        self.descending = False

    # -- loading ------------------------------------------------------------
    def refresh(self) -> None:
        """Run the query again (filters or data changed) and drop cached rows."""
        self.beginResetModel()
        self.ids = self._query(self.sort_key, self.descending)
        self._cache.clear()
        self.endResetModel()

    def row_for(self, row: int) -> Any:
        row_id = self.ids[row]
        if row_id not in self._cache:
            start = max(0, row - PAGE // 4)
            page = [i for i in self.ids[start:start + PAGE] if i not in self._cache]
            self._cache.update(self._fetch(page))
        return self._cache.get(row_id)

    def id_at(self, row: int) -> int:
        return self.ids[row]

    def row_of_id(self, row_id: int) -> int:
        try:
            return self.ids.index(row_id)
        except ValueError:
            return -1

    def retranslate(self) -> None:
        self._cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.columns) - 1))

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row_for(index.row())
            text = "" if row is None else self.columns[index.column()].text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                # Qt would render a tooltip that looks like HTML: make data always show as typed
                return f"<qt>{html.escape(text)}</qt>" if text else None
            return text
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key
        if not key:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()
