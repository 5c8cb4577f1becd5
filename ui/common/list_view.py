"""Base of a module's list page: a filter bar, a lazy table, and the actions that
every list offers (new, edit, delete, focus the filter).

Subclasses supply the columns, the query and fetch functions, their extra filter
widgets, and the dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QSplitter,
    QTableView, QToolBar, QVBoxLayout, QWidget,
)

from core.i18n import format_number, tr
from ui.common.icons import icon
from ui.common.lazy_model import Column, LazyTableModel, Listing
from ui.context import AppContext, touches

FILTER_DELAY_MS = 80


class ListPage(QWidget):
    columns: list[Column] = []
    actions_changed = Signal()  # the selection (or writability) changed: Edit/Delete may follow
    tables: frozenset[str] = frozenset()  # the tables whose changes this list shows
    saved_view = ""  # the list's key when its filters can be saved as a search (members, contacts...)
    stretch_column = 0  # the column that takes the width left over (the name, the title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button = QPushButton(icon("new"), "")
        self.edit_button = QPushButton(icon("edit"), "")
        self.delete_button = QPushButton(icon("delete"), "")
        self.model = LazyTableModel(self.columns, self.listing, self.fetch_rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # the indicator first: enabling sorting then sorts once, by the first column ascending
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the name column (the first, unless the list says otherwise) takes the width left over, not the last one
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter on a row opens it
            QShortcut(QKeySequence(key), self.table, self._open_current,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.filter_edit.installEventFilter(self)  # Down or Enter in the filter: into the list
        for keys in ("Shift+F10", "Menu"):  # the row's menu from the keyboard, at the current row
            QShortcut(QKeySequence(keys), self.table, self._keyboard_menu, context=Qt.ShortcutContext.WidgetShortcut)
        self._sort_section = 0
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._keep_sort_arrow_on_sortable_columns)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._columns_restored = False
        self._save_columns_timer = QTimer(self)
        self._save_columns_timer.setSingleShot(True)
        self._save_columns_timer.setInterval(400)
        self._save_columns_timer.timeout.connect(self.save_columns)
        header.sectionMoved.connect(lambda *_a: self._columns_changed())
        header.sectionResized.connect(lambda *_a: self._columns_changed())

        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.filter_edit, 1)
        self.filter_edit.setMinimumWidth(100)
        self._filter_widgets: list[QComboBox] = []  # the combos of the filter row, in order
        self.save_search_button = QPushButton(icon("search"), "")
        self.save_search_button.setObjectName("save_search")
        self.save_search_button.clicked.connect(self.save_search)
        self.save_search_button.setVisible(bool(self.saved_view))
        self.filter_row.addWidget(self.save_search_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        # The page's actions sit in a tool bar: at 1,024 px what does not fit goes behind its » button.
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("page_actions")
        for b in (self.new_button, self.edit_button, self.delete_button):
            self.toolbar.addWidget(b)
        buttons.addWidget(self.toolbar, 100)
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
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.model.modelReset.connect(self.update_actions)
        self.model.counted.connect(self._update_count)
        ctx.language.changed.connect(lambda _lang: self.retranslate())
        ctx.data_changed.connect(self.on_data_changed)
        ctx.database_replaced.connect(self.on_database_replaced)
        # A page's own __init__ ends with refresh() once its filters are set up (the list is
        # counted once, not also when its header's sort order is set); this covers a page that doesn't.
        QTimer.singleShot(0, self, lambda: self.model.loaded or self.refresh())

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

    def set_detail(self, pane: QWidget) -> None:
        """Show ``pane`` beside the table (a splitter the clerk can drag, remembered per list)."""
        layout = self.layout()
        at = layout.indexOf(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)
        layout.insertWidget(at, self.splitter, 1)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        sizes = self.ctx.settings.get(f"detail.{type(self).__name__}")
        if isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(x, int) for x in sizes):
            self.splitter.setSizes(sizes)
        self.splitter.splitterMoved.connect(
            lambda *_a: self.ctx.settings.set(f"detail.{type(self).__name__}", self.splitter.sizes()))

    def add_buttons(self, buttons: list[QPushButton], before: QPushButton | None = None) -> None:
        """Put a module's own buttons in the page's tool bar, before Delete (or ``before``)."""
        target = before or self.delete_button
        at = next(a for a in self.toolbar.actions() if self.toolbar.widgetForAction(a) is target)
        for button in buttons:
            self.toolbar.insertWidget(at, button)

    def add_filter(self, combo: QComboBox) -> None:
        """A filter combo in the filter row, as wide as its first choice ("All levels") in the UI's
        language, never cut; its list is as wide as its longest choice. The filter box takes the rest."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(1)
        self._filter_widgets.append(combo)
        self.filter_row.addWidget(combo)
        self._fit_filters()

    def _fit_filters(self) -> None:
        for combo in self._filter_widgets:
            text = combo.itemText(0) if combo.count() else ""
            combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(text) + 36)
            combo.view().setMinimumWidth(max(combo.minimumWidth(), combo.view().sizeHintForColumn(0) + 24))

    def filter_combos(self) -> dict[str, QComboBox]:
        """The filter field each filter combo sets (``{"level": self.level_combo}``), for saved searches."""
        return {}

    def set_other_filters(self, fields: dict) -> None:
        """Apply the filter fields that are not the text or a combo (a check box, a year from a chart)."""

    def filter_fields(self) -> dict:
        """The list's filter as plain fields (what a saved search keeps)."""
        return dict(self.current_filter().__dict__)  # type: ignore[attr-defined]

    def apply_filter(self, fields: dict) -> None:
        """Show the list filtered by ``fields`` (a saved search, a chart's bar); every filter
        not named goes back to "all"; fields the list does not know are ignored."""
        from ui.common.widgets import select_data

        widgets = [self.filter_edit, *self.filter_combos().values()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.filter_edit.setText(str(fields.get("text") or ""))
            for key, combo in self.filter_combos().items():
                select_data(combo, fields.get(key))
            self.set_other_filters(fields)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._timer.stop()
        self.refresh()

    def save_search(self) -> None:
        from ui.overview.saved_searches import save_current_search

        save_current_search(self)

    def context_actions(self) -> list[QAction]:
        """Extra actions a module offers on its rows' right-click menu (after Edit and Delete)."""
        return []

    # -- shared behaviour ---------------------------------------------------------
    def read_only(self) -> bool:
        """True while the window shows a backup: nothing can be created, changed or deleted."""
        return self.ctx.db.read_only_source is not None

    def update_actions(self) -> None:
        """Edit and Delete are enabled only when there is something selected to edit or delete,
        and none of New, Edit, Delete while a backup is shown read-only."""
        writable = not self.read_only()
        chosen = bool(self.selected_ids()) and writable
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.actions_changed.emit()

    def _open_current(self) -> None:
        if self.current_id() is not None and not self.read_only():
            self.edit_item()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802  # type: ignore[no-untyped-def]
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)):
            self._enter_list()
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        """Down or Enter in the filter: the list takes the focus, its first row chosen (if none was)."""
        self.table.setFocus()
        if self.model.rowCount() and not self.selected_ids():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.selectRow(0)

    def _keyboard_menu(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        rect = self.table.visualRect(index) if index.isValid() else None
        self.table.customContextMenuRequested.emit(rect.center() if rect is not None else QPoint(8, 8))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        chosen = bool(self.selected_ids())
        writable = not self.read_only()
        for text, handler, shortcut, enabled in (
                (tr("Open…"), self.edit_item, "Enter", chosen and writable),
                (tr("New…"), self.new_item, QKeySequence(QKeySequence.StandardKey.New).toString(), writable),
                (tr("Delete"), self.delete_items, QKeySequence(QKeySequence.StandardKey.Delete).toString(),
                 chosen and writable)):
            action = menu.addAction(text, handler)
            action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(enabled)
        extra = self.context_actions()
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
        self.context_menu = menu  # kept for tests
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- columns chosen, ordered and sized by the clerk, remembered per list ---------------
    @property
    def columns_setting(self) -> str:
        return f"columns.{type(self).__name__}"

    def showEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        if not self._columns_restored:
            self.restore_columns()
        super().showEvent(event)

    def _columns_changed(self) -> None:
        if self._columns_restored:
            self._save_columns_timer.start()

    def column_state(self) -> dict:  # type: ignore[type-arg]
        """Which columns show, in which order and width (by their English labels)."""
        header = self.table.horizontalHeader()
        return {"order": [self.columns[header.logicalIndex(v)].label for v in range(header.count())],
                "hidden": [c.label for i, c in enumerate(self.columns) if header.isSectionHidden(i)],
                "widths": {c.label: header.sectionSize(i) for i, c in enumerate(self.columns)
                           if not header.isSectionHidden(i)}}

    def save_columns(self) -> None:
        self.ctx.settings.set(self.columns_setting, self.column_state())

    def restore_columns(self) -> None:
        """Apply the remembered columns; unknown labels (a column renamed since) are ignored."""
        self._columns_restored = True
        state = self.ctx.settings.get(self.columns_setting)
        if not isinstance(state, dict):
            return
        labels = [c.label for c in self.columns]
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        try:
            order = [label for label in state.get("order", []) if label in labels]
            for visual, label in enumerate(order):
                header.moveSection(header.visualIndex(labels.index(label)), visual)
            hidden = set(state.get("hidden", [])) & set(labels)
            if len(hidden) < len(labels):
                for i, label in enumerate(labels):
                    header.setSectionHidden(i, label in hidden)
            for label, width in (state.get("widths") or {}).items():
                if label in labels and isinstance(width, int) and 20 <= width <= 2000:
                    header.resizeSection(labels.index(label), width)
        finally:
            header.blockSignals(False)

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        shown = [i for i in range(len(self.columns)) if not header.isSectionHidden(i)]
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            action = menu.addAction(tr(self.columns[logical].label))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(not (len(shown) == 1 and logical in shown))  # one column always stays
            action.toggled.connect(lambda on, i=logical: self.show_column(i, on))
        self.header_menu = menu  # kept for tests
        menu.popup(header.mapToGlobal(pos))

    def show_column(self, logical: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(logical, not shown)
        self.save_columns()

    def _keep_sort_arrow_on_sortable_columns(self, section: int, order: Qt.SortOrder) -> None:
        """A click on a column that cannot sort leaves the arrow where the sorting really is."""
        if self.columns[section].key:
            self._sort_section = section
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self._sort_section,
                                Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.filter_placeholder())
        self.save_search_button.setText(tr("Save search…"))
        self.save_search_button.setToolTip(tr("Keep this list's filter under a name, to reopen it from the sidebar"))
        self.filter_edit.setToolTip(self.filter_placeholder())  # the whole hint when the box is narrow
        self._fit_filters()
        self.new_button.setText(tr("New…"))
        self.edit_button.setText(tr("Edit…"))
        self.delete_button.setText(tr("Delete"))
        self.model.retranslate()
        self._fit_headers()
        self._update_count()

    def _fit_headers(self) -> None:
        """No column narrower than its own name in the UI's language (and the sort arrow)."""
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.columns):
            if i != self.stretch_column and not header.isSectionHidden(i):
                arrow = 28 if column.key else 14  # a column that sorts shows the sort arrow too
                needed = header.fontMetrics().horizontalAdvance(tr(column.label)) + arrow
                if header.sectionSize(i) < needed:
                    header.resizeSection(i, needed)

    def filter_placeholder(self) -> str:
        return tr("Filter (Ctrl+F)")

    def on_database_replaced(self) -> None:
        self.refresh()
        self.update_actions()

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
        """Data changed: only a list showing a touched table refreshes; it counts again only
        when the change may alter its count, and re-reads only the rows on screen (the scroll
        position stays)."""
        if touches(payload, self.tables):
            self.model.changed_by(payload)  # the count is kept when the change cannot alter it
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
