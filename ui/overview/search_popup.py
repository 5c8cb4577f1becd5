"""The search box across everything (Ctrl+K): results grouped by kind as the clerk types,
arrows move through them, Enter opens the record (a group's heading: its list, filtered)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from core.i18n import format_number, tr
from core.overview.search import COUNT_CAP, search
from ui.context import AppContext
from ui.overview.openers import LIST_FIELDS, LIST_VIEWS

TYPING_DELAY_MS = 40
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchPopup(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search_popup")
        self.edit = QLineEdit()
        self.edit.setObjectName("search_text")
        self.edit.setClearButtonEnabled(True)
        self.edit.setStyleSheet("font-size: 16px; padding: 6px;")
        self.results = QTreeWidget()
        self.results.setObjectName("search_results")
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(12)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #6b7280;")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        ctx.language.changed.connect(lambda _lang: self.retranslate())
        self.retranslate()
        QTimer.singleShot(0, _warm_up)  # the script tables load while the clerk starts typing

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Search everything"))
        self.edit.setPlaceholderText(tr("Name, pinyin or initials (cq → 重庆), text of a notice…"))
        self.run_search()

    def place(self) -> None:
        """Near the top of the window, about half its width (never off the screen)."""
        owner = self.parentWidget()
        if owner is None:
            self.resize(640, 460)
            return
        width = max(480, min(760, owner.width() - 120))
        height = max(320, min(520, owner.height() - 140))
        self.resize(width, height)
        top_left = owner.mapToGlobal(owner.rect().topLeft())
        self.move(top_left.x() + (owner.width() - width) // 2, top_left.y() + 70)

    # -- results ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.edit.text()
        self.results.clear()
        groups = search(self.ctx.db, text) if text.strip() else []
        bold = QFont(self.results.font())
        bold.setBold(True)
        first = None
        for group in groups:
            count = format_number(group.count) if group.count <= COUNT_CAP else f"{format_number(COUNT_CAP)}+"
            heading = QTreeWidgetItem([tr("{kind} ({count})", kind=group.label, count=count), ""])
            heading.setData(0, KIND_ROLE, group.kind)
            heading.setFont(0, bold)
            heading.setForeground(0, QBrush(QColor("#374151")))
            if group.kind in LIST_VIEWS:
                heading.setToolTip(0, tr("Enter: show every match in the list"))
            self.results.addTopLevelItem(heading)
            for hit in group.hits:
                item = QTreeWidgetItem([hit.title, hit.detail])
                item.setData(0, KIND_ROLE, hit.kind)
                item.setData(0, ID_ROLE, hit.id)
                item.setForeground(1, QBrush(QColor("#6b7280")))
                item.setToolTip(0, hit.title)
                item.setToolTip(1, hit.detail)
                heading.addChild(item)
                first = first or item
            heading.setExpanded(True)
        if first is not None:
            self.results.setCurrentItem(first)
        if not text.strip():
            self.hint.setText(tr("Type to search member units, contacts, notices, meetings, action items, "
                                 "nominations and experts. ↑↓ choose, Enter opens, Esc closes."))
        elif not groups:
            self.hint.setText(tr("Nothing found for {text}.", text=text.strip()))
        else:
            self.hint.setText(tr("↑↓ choose, Enter opens, Esc closes."))

    def hits(self) -> list[QTreeWidgetItem]:
        return [self.results.topLevelItem(g).child(i) for g in range(self.results.topLevelItemCount())
                for i in range(self.results.topLevelItem(g).childCount())]

    def groups(self) -> dict[str, list[str]]:
        """Kind -> titles shown (tests read the results through it)."""
        return {self.results.topLevelItem(g).data(0, KIND_ROLE): [
            self.results.topLevelItem(g).child(i).text(0) for i in range(self.results.topLevelItem(g).childCount())]
            for g in range(self.results.topLevelItemCount())}

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        from ui.overview.openers import has_opener, open_record

        if item is None:
            return
        kind, record_id = item.data(0, KIND_ROLE), item.data(0, ID_ROLE)
        if record_id is not None and not has_opener(kind):  # a kind whose module has no page yet
            self.hint.setText(tr("{title}: this kind of record cannot be opened here yet.", title=item.text(0)))
            return
        owner = self.parentWidget() or self
        text = self.edit.text()
        self.hide()
        if record_id is None:  # a group's heading: the whole list, filtered by the text
            view = LIST_VIEWS.get(kind)
            if view and hasattr(owner, "show_view"):
                from ui.overview.navigate import open_list

                open_list(owner, view, {**LIST_FIELDS.get(kind, {}), "text": text.strip()})
            return
        open_record(self.ctx, kind, int(record_id), owner)

    def move_selection(self, step: int) -> None:
        items = [self.results.topLevelItem(g) for g in range(self.results.topLevelItemCount())]
        flat = [x for top in items for x in (top, *(top.child(i) for i in range(top.childCount())))]
        if not flat:
            return
        current = self.results.currentItem()
        at = flat.index(current) if current in flat else -1
        self.results.setCurrentItem(flat[max(0, min(len(flat) - 1, at + step))])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # Enter right after typing: the results of what was typed
                    self.run_search()
                self.open_item(self.results.currentItem())
                return True
        return super().eventFilter(watched, event)


def open_search(ctx: AppContext, window: QWidget) -> SearchPopup:
    """Show the window's search box (one per window), its text selected for a new search."""
    popup = getattr(window, "_search_popup", None)
    if popup is None:
        popup = SearchPopup(ctx, window)
        window._search_popup = popup  # type: ignore[attr-defined]
    popup.place()
    popup.show()
    popup.raise_()
    popup.activateWindow()
    popup.edit.setFocus()
    popup.edit.selectAll()
    return popup


def _warm_up() -> None:
    """Load OpenCC's tables (a few hundred ms, once) before the first keystroke needs them."""
    from core.text.search import fold

    fold("預")
