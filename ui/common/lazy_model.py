"""A table model that holds a count and the ids of the pages seen, and fetches the
rows on screen only.

The view supplies ``query(sort, descending) -> Listing`` (a count, exact or "more
than", and ``ids(offset, limit)``, answered through indexes) and ``fetch(ids) ->
{id: row}``; all are core functions. Opening a list of 200,000 units costs a count
and one page of ids and rows. When the count is only a lower bound (a filter
matching very many rows), rows are added as the clerk scrolls (Qt's fetchMore).

:meth:`reload` (the data changed, filters did not) keeps the scroll position and
re-reads only the pages on screen; when what changed cannot alter the count (told by
:meth:`changed_by`: no row added or removed, none of the columns the count reads changed,
see core.storage.touched), it keeps the count too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from core.i18n import tr
from core.storage.touched import alters

PAGE = 100  # ids read at a time
ROWS = 40  # rows read at a time (about one screen)
ALL_IDS_LIMIT = 20000  # row_of_id/ids read every id only for lists up to this size
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# the roles as the numbers Qt passes: data() is called for every role of every cell painted
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value


class Listing(Protocol):
    count: int
    exact: bool

    def ids(self, offset: int, limit: int) -> list[int]: ...

    # optional: total() -> (count, exact), for a listing whose count comes after its first page


class IdListing:
    """A listing over ids already in hand (short lists such as notices)."""

    def __init__(self, ids: list[int]) -> None:
        self._ids = ids
        self.count = len(ids)
        self.exact = True

    def ids(self, offset: int, limit: int) -> list[int]:
        return self._ids[offset:offset + limit]


@dataclass(frozen=True)
class Column:
    key: str  # the core's sort key for this column, or "" when it cannot sort
    label: str  # English source, translated when shown
    text: Callable[[Any], str]


class LazyTableModel(QAbstractTableModel):
    counted = Signal()  # a count that came after the first page is in (count, count_exact)

    def __init__(self, columns: list[Column], query: Callable[[str, bool], Listing],
                 fetch: Callable[[list[int]], dict[int, Any]], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.columns = columns
        self._query = query
        self._fetch = fetch
        self._listing: Listing | None = None
        self._pages: dict[int, list[int]] = {}
        self._rows = 0  # rows the view knows about
        self._more = False  # the count is a lower bound: more rows come with fetchMore
        self._cache: dict[int, Any] = {}
        self._changes: object = None  # what the next reload() is for (changed_by)
        self.sort_key = columns[0].key
        self.descending = False

    # -- loading ------------------------------------------------------------
    def refresh(self) -> None:
        """Run the query again (filters or sort changed) and drop every cached row."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def changed_by(self, payload: object) -> None:
        """What the next :meth:`reload` is for: a ``data_changed`` payload."""
        self._changes = payload

    def reload(self) -> None:
        """The data changed: count again (unless what changed cannot alter the count, see
        :meth:`changed_by`), keep the scroll position; the ids and rows on screen are read
        again when painted."""
        changes, self._changes = self._changes, None
        old = self._rows
        if self._listing is not None and not alters(changes, getattr(self._listing, "count_reads", None)):
            self._pages.clear()
            self._cache.clear()
        else:
            self._load()
        new = self._rows
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self.endInsertRows()
        if new:
            self.dataChanged.emit(self.index(0, 0), self.index(new - 1, len(self.columns) - 1))

    def _load(self) -> None:
        self._listing = self._query(self.sort_key, self.descending)
        self._pages.clear()
        self._cache.clear()
        if self._listing.exact:
            self._rows, self._more = self._listing.count, False
        else:
            first = self._page(0)
            self._rows, self._more = len(first), len(first) == PAGE
            if self._more and hasattr(self._listing, "total"):
                # counted once the first screen is shown (a filter's first page comes first)
                listing = self._listing
                QTimer.singleShot(0, self, lambda: self._count_later(listing))

    def _count_later(self, listing: Listing) -> None:
        if listing is not self._listing or not self._more:
            return  # filtered again meanwhile, or scrolled to the end
        count, exact = listing.total()  # type: ignore[attr-defined]
        if not exact:
            return  # very many: the rows come as the clerk scrolls
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self._more = False
            self.endInsertRows()
        self._more = False
        self.counted.emit()

    @property
    def count(self) -> int:
        return self._rows

    @property
    def count_exact(self) -> bool:
        return not self._more

    def _page(self, number: int) -> list[int]:
        page = self._pages.get(number)
        if page is None:
            assert self._listing is not None
            page = self._pages[number] = self._listing.ids(number * PAGE, PAGE)
        return page

    def id_at(self, row: int) -> int:
        page = self._page(row // PAGE)
        return page[row % PAGE] if row % PAGE < len(page) else -1

    def row_for(self, row: int) -> Any:
        row_id = self.id_at(row)
        if row_id not in self._cache:
            start = max(0, row - ROWS // 4)
            wanted = [self.id_at(r) for r in range(start, min(self._rows, start + ROWS))]
            self._cache.update(self._fetch([i for i in wanted if i not in self._cache and i != -1]))
        return self._cache.get(row_id)

    @property
    def ids(self) -> list[int]:
        """The ids of the list in order: all of them up to ALL_IDS_LIMIT, else those read so far."""
        if not self._more and self._rows <= ALL_IDS_LIMIT:
            for number in range((self._rows + PAGE - 1) // PAGE):
                self._page(number)
        return [i for n in sorted(self._pages) for i in self._pages[n]][:self._rows]

    def row_of_id(self, row_id: int) -> int:
        for number, page in self._pages.items():
            if row_id in page:
                return number * PAGE + page.index(row_id)
        try:
            return self.ids.index(row_id)
        except ValueError:
            return -1

    def retranslate(self) -> None:
        self._cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(self.columns) - 1))

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        number = self._rows // PAGE
        page = self._page(number)
        if len(page) < PAGE:
            self._more = False
        if page:
            self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(page) - 1)
            self._rows += len(page)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if role != DISPLAY_ROLE and role != TOOLTIP_ROLE:  # font, colours, alignment...: Qt's defaults
            return self.id_at(index.row()) if role == ID_ROLE and index.isValid() else None
        if not index.isValid():
            return None
        number = index.row()
        page = self._pages.get(number // PAGE)  # the row read already (the usual case when painting)
        row = self._cache.get(page[number % PAGE]) if page and number % PAGE < len(page) else None
        if row is None:
            row = self.row_for(number)
        text = "" if row is None else self.columns[index.column()].text(row)
        if role == TOOLTIP_ROLE:
            import html  # at the first tooltip, not at start-up

            # Qt would render a tooltip that looks like HTML: make data always show as typed
            return f"<qt>{html.escape(text)}</qt>" if text else None
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.columns[section].label)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].key
        if not key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._listing is not None and (key, descending) == (self.sort_key, self.descending):
            return  # the order shown already (Qt asks again when the header's sort indicator is set)
        self.sort_key = key
        self.descending = descending
        if self._listing is None:
            return  # not loaded yet: the first refresh() uses this order (its page is still being built)
        self.refresh()

    @property
    def loaded(self) -> bool:
        return self._listing is not None
