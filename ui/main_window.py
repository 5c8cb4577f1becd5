"""The main window: a sidebar of modules, the module pages, menus, language switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget, QToolBar,
    QVBoxLayout, QWidget,
)

from core import i18n
from core.errors import UserError
from core.safety import undo
from core.i18n import N_, tr
from core.safety.session import AlreadyOpen, move_lock
from core.storage.database import DatabaseOpenError, DatabaseReadOnly, open_database
from ui.common import drops
from ui.common.first_paint import USER_ROLE, after_first_paint, set_enum, set_shortcut
from ui.common.icons import app_icon, icon
from ui.common.messages import confirm, show_error, show_info
from ui.common.pages import LazyPages
from ui.context import AppContext, touches
from ui.overview.window import install as install_overview
from ui.safety.auto_backup import AutoBackup

if TYPE_CHECKING:
    from ui.common.list_view import ListPage

BADGE_DELAY_MS = 500  # the overdue count beside Meetings comes after the window's first screen

# The modules of the sidebar, in order: (key, label, "module:PageClass"). The sidebar shows
# the icon resources/icons/<key>.svg and the translated label; the page's module is imported
# and the page built when it is first shown (ui/common/pages.py).
MODULES = [
    ("overview", N_("Overview"), "ui.overview.dashboard:DashboardView"),
    ("members", N_("Member units"), "ui.members.view:MembersView"),
    ("contacts", N_("Contacts"), "ui.contacts.view:ContactsView"),
    ("notices", N_("Notices"), "ui.notices.view:NoticesView"),
    ("meetings", N_("Meetings"), "ui.meetings.view:MeetingsView"),
    ("nominations", N_("Calls"), "ui.calls.nominations_view:NominationsView"),
    ("experts", N_("Experts"), "ui.calls.pool_view:PoolView"),
    ("mail", N_("E-mail"), "ui.mail.view:MailView"),
]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.resize(1280, 780)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        set_enum(self.sidebar, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # see ui/common/first_paint.py
        self.sidebar.setIconSize(QSize(20, 20))
        self.setWindowIcon(app_icon())
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 15px; border: none; background: #f3f4f6; }"
                                   "QListWidget#sidebar::item { padding: 10px 12px; }"
                                   "QListWidget#sidebar::item:selected { background: #2563eb; color: white; }")
        self.stack = QStackedWidget()
        # the module pages by key, each built when first shown or asked for (window.pages["notices"])
        self.pages: LazyPages = LazyPages(MODULES, self._build_page)
        for key, _label, _source in MODULES:
            item = QListWidgetItem()
            item.setData(USER_ROLE, key)
            item.setIcon(icon(key))  # resources/icons/<module>.svg
            self.sidebar.addItem(item)
        for i in range(len(MODULES)):  # Ctrl+1, Ctrl+2… switch modules (said in the sidebar's tooltips)
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda i=i: self.sidebar.setCurrentRow(i))
        self.sidebar.currentRowChanged.connect(self._show_row)
        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner = QWidget()
        self.banner.setStyleSheet("background: #fff4ce; border-radius: 4px;")
        banner_row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        set_enum(self.banner_label, "textFormat", "PlainText")
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self.leave_backup_view)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.banner_button)
        self.banner.hide()
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.home_path = ctx.db.path
        self.session_lock = None  # set by ui.app: released on a clean close
        self.auto_backup = ctx.auto_backup = AutoBackup(ctx)
        after_first_paint(self, self.auto_backup.clean_partials)  # left by a backup cut short
        self.auto_backup.failed.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.db_label = QLabel()
        set_enum(self.db_label, "textFormat", "PlainText")
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        install_overview(self)  # Ctrl+K search and the saved searches in the sidebar
        self.setAcceptDrops(True)  # files dropped on the window: ui/common/drops.py
        self.sidebar.setCurrentRow(0)
        ctx.language.changed.connect(lambda _l: self.retranslate())
        ctx.database_replaced.connect(self.retranslate)
        ctx.data_changed.connect(lambda _kind: self._update_undo_actions())
        ctx.data_changed.connect(lambda payload: touches(payload, {"action_items", "meetings"}) and self.update_badges())
        self.retranslate()

    def dragEnterEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        drops.drag_enter(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        drops.drag_enter(event)

    def dropEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        drops.drop(self, event)

    # -- menus ----------------------------------------------------------------
    def _action(self, menu, handler, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        if shortcut is not None:
            set_shortcut(action, shortcut)
        action.triggered.connect(handler)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_new_db = self._action(self.file_menu, self.new_database)
        self.act_open_db = self._action(self.file_menu, self.open_database, QKeySequence.StandardKey.Open)
        self.act_save_copy = self._action(self.file_menu, self.save_copy)
        self.file_menu.addSeparator()
        self.act_import = self._action(self.file_menu, self._import)
        self.act_export = self._action(self.file_menu, self._export)
        self.file_menu.addSeparator()
        self.act_deleted = self._action(self.file_menu, self.show_deleted)
        self.act_backups = self._action(self.file_menu, self.show_backups)
        self.act_check = self._action(self.file_menu, self.check_database)
        self.act_settings = self._action(self.file_menu, self.show_settings)
        self.act_alliance = self._action(self.file_menu, self.show_alliance_settings)
        self.file_menu.addSeparator()
        self.act_quit = self._action(self.file_menu, self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu("")
        self.act_undo = self._action(self.edit_menu, self.undo, QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.edit_menu, self.redo, "Ctrl+Shift+Z")
        self.edit_menu.addSeparator()
        self.edit_menu.aboutToShow.connect(self._update_undo_actions)
        self.act_new = self._action(self.edit_menu, lambda: self.page().new_item(), QKeySequence.StandardKey.New)
        self.act_edit = self._action(self.edit_menu, lambda: self.page().edit_item(), "F2")
        self.act_delete = self._action(self.edit_menu, lambda: self.page().delete_items(),
                                       QKeySequence.StandardKey.Delete)
        self.act_filter = self._action(self.edit_menu, lambda: self.page().focus_filter(),
                                       QKeySequence.StandardKey.Find)
        self.act_preview = self._action(self.edit_menu, self._preview, QKeySequence.StandardKey.Print)

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)  # each language named in itself
            action.triggered.connect(lambda _checked, c=code: self.ctx.language.apply(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.act_demo = self._action(self.help_menu, self.fill_demo)
        self.help_menu.addSeparator()
        self.act_about = self._action(self.help_menu, self.show_about)
        self.help_menu.aboutToShow.connect(self._update_demo_action)
        for action, name in ((self.act_import, "import"), (self.act_export, "export"), (self.act_backups, "backup"),
                             (self.act_settings, "settings"), (self.act_undo, "undo"), (self.act_redo, "redo"),
                             (self.act_new, "new"), (self.act_edit, "edit"), (self.act_delete, "delete"),
                             (self.act_filter, "search"), (self.act_preview, "preview")):
            action.setIcon(icon(name))
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        """The everyday actions with icons under the menu; what does not fit goes behind »."""
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        set_enum(self.toolbar, "toolButtonStyle", "ToolButtonTextUnderIcon")
        self.addToolBar(self.toolbar)
        for group in ((self.act_new, self.act_edit, self.act_delete), (self.act_undo, self.act_redo),
                      (self.act_import, self.act_export), (self.act_filter, self.act_backups)):
            if self.toolbar.actions():
                self.toolbar.addSeparator()
            for action in group:
                self.toolbar.addAction(action)

    def _toolbar_texts(self) -> None:
        """Short names under the icons; the tooltip says the whole action and its shortcut."""
        short = {self.act_new: tr("New"), self.act_edit: tr("Edit"), self.act_delete: tr("Delete"),
                 self.act_undo: tr("Undo"), self.act_redo: tr("Redo"), self.act_import: tr("Import"),
                 self.act_export: tr("Export"), self.act_filter: tr("Filter"), self.act_backups: tr("Backups")}
        for action, text in short.items():
            action.setIconText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            whole = action.text().replace("&", "")
            action.setToolTip(tr("{action} ({keys})", action=whole, keys=keys) if keys else whole)

    def _preview(self) -> None:
        page = self.page()
        if hasattr(page, "preview_item") and page.selected_ids():
            page.preview_item()

    def _sync_page_actions(self) -> None:
        """Edit and Delete in the menu and the tool bar follow the current list's selection."""
        page = self.page()
        self.act_preview.setEnabled(hasattr(page, "preview_item") and bool(page.selected_ids()))
        writable = self.ctx.db.read_only_source is None and (not self.ctx.db.read_only or self.ctx.picture_only)
        chosen = bool(page.selected_ids()) and writable
        self.act_new.setEnabled(writable and getattr(page, "can_create", True))
        self.act_edit.setEnabled(chosen)
        self.act_delete.setEnabled(chosen)

    # Dialogs are loaded when first opened: the window appears without paying for them.
    def _import(self) -> None:
        from ui.exchange.import_dialog import start_import

        start_import(self.ctx, self)

    def _export(self) -> None:
        from ui.exchange.import_dialog import start_export

        start_export(self.ctx, self, self.page())

    def page(self) -> ListPage:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _build_page(self, _key: str, cls: type) -> ListPage:
        page = cls(self.ctx)
        self.stack.addWidget(page)
        page.actions_changed.connect(self._sync_page_actions)
        return page

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(MODULES):
            self.stack.setCurrentWidget(self.pages[MODULES[row][0]])
        self._sync_page_actions()

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.module_keys().index(key))

    def module_keys(self) -> list[str]:
        return [m[0] for m in MODULES]

    def update_badges(self) -> None:
        """Counts beside a module's name that need the clerk: overdue action items beside Meetings."""
        from core.meetings.followup import overdue_count

        row = self.module_keys().index("meetings")
        label = tr(MODULES[row][1])
        try:
            overdue = overdue_count(self.ctx.db)
        except Exception:  # noqa: BLE001 - a database without meetings yet (read-only, older)
            overdue = 0
        item = self.sidebar.item(row)
        item.setText(f"{label}  {overdue}" if overdue else label)
        keys = tr("{action} ({keys})", action=label, keys=f"Ctrl+{row + 1}")
        item.setToolTip(keys + "\n" + tr("{count} overdue action items", count=overdue) if overdue else keys)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Alliance Secretariat — {file}", file=self.ctx.db.path.name))
        for i, (_key, label, _source) in enumerate(MODULES):
            self.sidebar.item(i).setText(tr(label))
            self.sidebar.item(i).setToolTip(tr("{action} ({keys})", action=tr(label), keys=f"Ctrl+{i + 1}"))
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(tr(label)) for _k, label, _c in MODULES)
        self.sidebar.setFixedWidth(max(150, min(230, widest + 64)))  # icon and padding: no name is cut
        after_first_paint(self, self.update_badges, BADGE_DELAY_MS)  # start-up never waits for it
        self.file_menu.setTitle(tr("&File"))
        self.act_new_db.setText(tr("New database…"))
        self.act_open_db.setText(tr("Open database…"))
        self.act_save_copy.setText(tr("Save a copy as…"))
        self.act_import.setText(tr("Import member units…"))
        self.act_export.setText(tr("Export member units…"))
        self.act_deleted.setText(tr("Deleted items…"))
        self.act_backups.setText(tr("Backups…"))
        self.act_check.setText(tr("Check database…"))
        self.act_settings.setText(tr("Settings…"))
        self.act_alliance.setText(tr("Alliance settings…"))
        self.act_quit.setText(tr("Quit"))
        self.edit_menu.setTitle(tr("&Edit"))
        self.act_new.setText(tr("New"))
        self.act_edit.setText(tr("Edit"))
        self.act_delete.setText(tr("Delete"))
        self.act_filter.setText(tr("Filter"))
        self.act_preview.setText(tr("Preview and print…"))
        self.language_menu.setTitle(tr("&Language"))
        self.language_actions[i18n.current_language()].setChecked(True)
        self.help_menu.setTitle(tr("&Help"))
        self.act_demo.setText(tr("Fill this empty database with demo data"))
        self.act_about.setText(tr("About"))
        self._update_undo_actions()
        source = self.ctx.db.read_only_source
        self.act_import.setEnabled(source is None)  # a backup shown read-only cannot be changed
        self._sync_page_actions()
        self.db_label.setText(tr("Database: {path}", path=str(self.ctx.db.path)) if source is None else
                              tr("Read-only view of the backup {path}", path=str(source)))
        self.banner.setVisible((source is not None or self.ctx.db.read_only) and not self.ctx.picture_only)
        self.banner_button.setVisible(source is not None)
        if source is not None:
            self.banner_label.setText(tr("You are looking at a backup, read-only. Copy what you need, then go back "
                                         "to your database."))
        else:
            self.banner_label.setText(tr("The database file {path} cannot be written (it is read-only, or its "
                                         "folder or drive is): it is open read-only and nothing can be changed. To "
                                         "work on it, copy it to a writable folder and open the copy.",
                                         path=str(self.ctx.db.path)))
        self.banner_button.setText(tr("Back to my database"))

    # -- file actions -----------------------------------------------------------------
    def _switch_to(self, path, create: bool) -> bool:  # type: ignore[no-untyped-def]
        """Open another database in this window: the session lock moves with it (taken on
        the new file, released on the old one); the old one gets its closing backup."""
        try:
            try:
                db = open_database(path, create=create)
            except DatabaseReadOnly:
                db = open_database(path, create=False, read_only=True)
        except DatabaseOpenError as exc:
            show_error(self, str(exc))
            return False
        lock = None
        if not db.read_only:
            try:
                lock = move_lock(self.session_lock, db.path)
            except AlreadyOpen as exc:
                if not confirm(self, str(exc), tr("Open anyway")):
                    db.close()
                    return False
                lock = move_lock(self.session_lock, db.path, force=True)
        elif self.session_lock is not None:
            self.session_lock.release()
        self.auto_backup.backup("close")  # the database left behind (skipped when unchanged or read-only)
        self.session_lock = lock
        self.home_path = db.path
        self.ctx.replace_database(db)
        return True

    def open_database(self) -> None:
        from ui.startup import choose_database_to_open

        path = choose_database_to_open(self)
        if path:
            self._switch_to(path, create=False)

    def new_database(self) -> None:
        from ui.startup import choose_new_database

        path = choose_new_database(self)
        if path:
            self._switch_to(path, create=True)

    def save_copy(self) -> None:
        """A copy of everything the program holds, also when the file itself has vanished."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from core.storage.database import rescue_copy
        from ui.startup import db_filter

        path, _ = QFileDialog.getSaveFileName(self, tr("Save a copy as"), self.ctx.db.path.stem + "-copy.sqlite3",
                                              db_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            try:
                saved = rescue_copy(self.ctx.db, Path(path))
            except UserError as exc:
                show_error(self, str(exc))
                return
            show_info(self, tr("A copy was saved to {path}.", path=str(saved)))

    def show_deleted(self) -> None:
        from ui.deleted_items import DeletedItemsDialog

        DeletedItemsDialog(self.ctx, self).exec()

    # -- undo, safety ----------------------------------------------------------------
    def _update_undo_actions(self) -> None:
        undo_step, redo_step = undo.undo_step(self.ctx.db), undo.redo_step(self.ctx.db)
        self.act_undo.setText(str(undo_step.text) if undo_step.text else tr("Undo"))
        self.act_undo.setEnabled(undo_step.enabled)  # "Cannot undo: …" at a barrier, greyed out
        self.act_redo.setText(str(redo_step.text) if redo_step.text else tr("Redo"))
        self.act_redo.setEnabled(redo_step.enabled)
        self._toolbar_texts()

    def _replay(self, step, done_message) -> None:  # type: ignore[no-untyped-def]
        try:
            done = step(self.ctx.db)
        except UserError as exc:
            show_error(self, str(exc))
            self._update_undo_actions()
            return
        if done is not None:
            self.ctx.changed("all")
            self.statusBar().showMessage(str(done_message(done)), 5000)
        self._update_undo_actions()

    def undo(self) -> None:
        self._replay(undo.undo, undo.undone_message)

    def redo(self) -> None:
        self._replay(undo.redo, undo.redone_message)

    def show_backups(self) -> None:
        from ui.safety.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.opened_read_only.connect(self.enter_backup_view)
        dialog.exec()

    def enter_backup_view(self, view) -> None:  # type: ignore[no-untyped-def]
        if self.ctx.db.read_only_source is None:
            self.home_path = self.ctx.db.path
        self.ctx.replace_database(view)

    def leave_backup_view(self) -> None:
        self._switch_to(self.home_path, create=False)

    def check_database(self) -> None:
        from core.safety import check

        report = check.check_database(self.ctx.db)
        if not report.ok and any(f.repair for f in report.findings):
            if confirm(self, report.text() + "\n\n" + tr("Repair what can be repaired safely?"), tr("Repair")):
                report = check.repair(self.ctx.db, report)
                self.ctx.data_changed.emit("all")
        (show_info if report.ok else show_error)(self, report.text(), tr("Check database"))

    def show_settings(self) -> None:
        from ui.safety.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_alliance_settings(self) -> None:
        from ui.notices.alliance_dialog import AllianceDialog

        AllianceDialog(self.ctx, self).exec()

    def _update_demo_action(self) -> None:
        from core.demo import is_empty

        self.act_demo.setEnabled(is_empty(self.ctx.db))

    def fill_demo(self) -> None:
        try:
            from core.demo import fill_demo

            summary = fill_demo(self.ctx.db)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        show_info(self, tr("Demo data added: {units} member units, {contacts} contacts.",
                           units=summary.units, contacts=summary.contacts))

    def show_about(self) -> None:
        from ui.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def report(self, exc: BaseException) -> None:
        show_error(self, str(exc) if isinstance(exc, UserError) else tr("Unexpected error: {reason}",
                                                                          reason=str(exc)))

    def closeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        from ui.common.jobs import wait_for_jobs

        if getattr(self, "_closed", False):  # closed twice (e.g. close() and then the application ends)
            super().closeEvent(event)
            return
        self._closed = True
        wait_for_jobs(60000)
        self.auto_backup.trash_timer.stop()
        self.auto_backup.backup("close")
        self.auto_backup.stop()  # no timer may reach the closed database
        self.ctx.db.close()
        if self.session_lock is not None:
            self.session_lock.release()
        super().closeEvent(event)
