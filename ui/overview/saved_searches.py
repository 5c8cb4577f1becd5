"""Saved searches in the window: saving a list's filter under a name, and the sidebar's
section that reopens them (right click: rename, delete)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from core.errors import UserError
from core.i18n import tr
from core.overview import saved_searches as service
from ui.common.first_paint import USER_ROLE, set_enum
from ui.common.icons import icon
from ui.common.messages import confirm, show_error
from ui.context import touches

ROLE = USER_ROLE + 7  # the saved search's id on its sidebar item
HEADER = "saved-searches-header"


def ask_name(parent: QWidget, title: str, text: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    name, ok = QInputDialog.getText(parent, title, tr("Name of the saved search:"), QLineEdit.EchoMode.Normal,
                                    text)
    return name if ok else None


def save_current_search(page) -> None:  # type: ignore[no-untyped-def]
    """Ask a name and keep the list's current filter under it; a refused name (empty, taken)
    is said and asked again with what was typed."""
    name = page.filter_edit.text().strip()
    while True:
        name = ask_name(page, tr("Save search"), name)
        if name is None:
            return
        try:
            service.save_search(page.ctx.db, name, page.saved_view, page.filter_fields())
        except UserError as exc:
            show_error(page, str(exc))
            continue
        page.ctx.changed("saved_searches")
        return


class SavedSearchesSection:
    """The saved searches listed under the modules in the window's sidebar."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        self.ctx = window.ctx
        self.sidebar: QListWidget = window.sidebar
        self.first_row = self.sidebar.count()  # the modules' rows come first
        self.sidebar.itemClicked.connect(self._clicked)
        set_enum(self.sidebar, "contextMenuPolicy", "CustomContextMenu")
        self.sidebar.customContextMenuRequested.connect(self._menu)
        self.ctx.data_changed.connect(lambda payload: touches(payload, {"saved_searches"}) and self.refill())
        self.ctx.database_replaced.connect(self.refill)
        self.ctx.language.changed.connect(lambda _lang: self.refill())
        self.refill()

    def refill(self) -> None:
        while self.sidebar.count() > self.first_row:
            self.sidebar.takeItem(self.first_row)
        searches = service.list_saved(self.ctx.db)
        if not searches:
            return
        header = QListWidgetItem(tr("Saved searches"))
        from PySide6.QtCore import Qt  # only with saved searches to list

        header.setData(USER_ROLE, HEADER)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        header.setForeground(QBrush(QColor("#6b7280")))
        self.sidebar.addItem(header)
        for saved in searches:
            item = QListWidgetItem(icon("search"), saved.name)
            item.setData(ROLE, saved.id)
            item.setToolTip(tr("{list}: {name}", list=tr(service.VIEWS.get(saved.view, saved.view)), name=saved.name))
            self.sidebar.addItem(item)

    def items(self) -> list[QListWidgetItem]:
        return [self.sidebar.item(r) for r in range(self.first_row, self.sidebar.count())
                if self.sidebar.item(r).data(ROLE) is not None]

    def _clicked(self, item: QListWidgetItem) -> None:
        search_id = item.data(ROLE)
        if search_id is not None:
            self.open(search_id)

    def open(self, search_id: int) -> None:
        from ui.overview.navigate import open_list

        try:
            saved = service.get_saved(self.ctx.db, search_id)
        except UserError as exc:
            show_error(self.window, str(exc))
            self.refill()
            return
        open_list(self.window.stack, saved.view, saved.filter)

    def _menu(self, pos: QPoint) -> None:
        from PySide6.QtWidgets import QMenu

        item = self.sidebar.itemAt(pos)
        if item is None or item.data(ROLE) is None:
            return
        search_id = item.data(ROLE)
        menu = QMenu(self.sidebar)
        writable = self.ctx.db.read_only_source is None and not self.ctx.db.read_only
        for text, handler in ((tr("Open"), lambda: self.open(search_id)),
                              (tr("Rename…"), lambda: self.rename(search_id)),
                              (tr("Delete"), lambda: self.delete(search_id))):
            action = menu.addAction(text, handler)
            action.setEnabled(writable or text == tr("Open"))
        self.menu = menu  # kept for tests
        menu.popup(self.sidebar.viewport().mapToGlobal(pos))

    def rename(self, search_id: int) -> None:
        saved = service.get_saved(self.ctx.db, search_id)
        name = saved.name
        while True:
            name = ask_name(self.window, tr("Rename saved search"), name)
            if name is None:
                return
            try:
                service.rename_search(self.ctx.db, search_id, name)
            except UserError as exc:
                show_error(self.window, str(exc))
                continue
            self.ctx.changed("saved_searches")
            return

    def delete(self, search_id: int) -> None:
        saved = service.get_saved(self.ctx.db, search_id)
        if confirm(self.window, tr("Delete the saved search {name}? It can be restored from Deleted items.",
                                   name=saved.name), tr("Delete")):
            service.delete_searches(self.ctx.db, [search_id])
            self.ctx.changed("saved_searches")
