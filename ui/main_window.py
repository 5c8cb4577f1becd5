"""The main window: a sidebar of modules, the module pages, menus, language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout,
    QWidget,
)

from core import APP_VERSION, i18n
from core.demo import fill_demo, is_empty
from core.errors import UserError
from core.safety import check, undo
from core.i18n import N_, tr
from core.storage.database import DatabaseOpenError, open_database
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error, show_info
from ui.contacts.view import ContactsView
from ui.context import AppContext
from ui.deleted_items import DeletedItemsDialog
from ui.exchange.import_dialog import start_export, start_import
from ui.members.view import MembersView
from ui.notices.view import NoticesView
from ui.safety.auto_backup import AutoBackup
from ui.safety.backups_dialog import BackupsDialog
from ui.safety.settings_dialog import SettingsDialog
from ui.startup import choose_database_to_open, choose_new_database

MODULES = [("members", N_("Member units"), MembersView), ("contacts", N_("Contacts"), ContactsView),
           ("notices", N_("Notices"), NoticesView)]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.resize(1280, 780)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(150)
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 15px; border: none; background: #f3f4f6; }"
                                   "QListWidget#sidebar::item { padding: 10px 12px; }"
                                   "QListWidget#sidebar::item:selected { background: #2563eb; color: white; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, ListPage] = {}
        for key, _label, cls in MODULES:
            page = cls(ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        outer = QVBoxLayout(central)
        self.banner = QWidget()
        self.banner.setStyleSheet("background: #fff4ce; border-radius: 4px;")
        banner_row = QHBoxLayout(self.banner)
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
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
        self.auto_backup.failed.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self.db_label = QLabel()
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.sidebar.setCurrentRow(0)
        ctx.language.changed.connect(lambda _l: self.retranslate())
        ctx.database_replaced.connect(self.retranslate)
        ctx.data_changed.connect(lambda _kind: self._update_undo_actions())
        self.retranslate()

    # -- menus ----------------------------------------------------------------
    def _action(self, menu, handler, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
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
        self.act_import = self._action(self.file_menu, lambda: start_import(self.ctx, self))
        self.act_export = self._action(self.file_menu, lambda: start_export(self.ctx, self))
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

    def page(self) -> ListPage:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow([m[0] for m in MODULES].index(key))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Alliance Secretariat — {file}", file=self.ctx.db.path.name))
        for i, (_key, label, _cls) in enumerate(MODULES):
            self.sidebar.item(i).setText(tr(label))
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
        self.language_menu.setTitle(tr("&Language"))
        self.language_actions[i18n.current_language()].setChecked(True)
        self.help_menu.setTitle(tr("&Help"))
        self.act_demo.setText(tr("Fill this empty database with demo data"))
        self.act_about.setText(tr("About"))
        self._update_undo_actions()
        source = self.ctx.db.read_only_source
        self.db_label.setText(tr("Database: {path}", path=str(self.ctx.db.path)) if source is None else
                              tr("Read-only view of the backup {path}", path=str(source)))
        self.banner.setVisible(source is not None)
        self.banner_label.setText(tr("You are looking at a backup, read-only. Copy what you need, then go back "
                                     "to your database."))
        self.banner_button.setText(tr("Back to my database"))

    # -- file actions -----------------------------------------------------------------
    def _switch_to(self, path, create: bool) -> None:  # type: ignore[no-untyped-def]
        try:
            db = open_database(path, create=create)
        except DatabaseOpenError as exc:
            show_error(self, str(exc))
            return
        self.ctx.replace_database(db)

    def open_database(self) -> None:
        path = choose_database_to_open(self)
        if path:
            self._switch_to(path, create=False)

    def new_database(self) -> None:
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
        DeletedItemsDialog(self.ctx, self).exec()

    # -- undo, safety ----------------------------------------------------------------
    def _update_undo_actions(self) -> None:
        undo_text, redo_text = undo.undo_text(self.ctx.db), undo.redo_text(self.ctx.db)
        self.act_undo.setText(str(undo_text) if undo_text else tr("Undo"))
        self.act_undo.setEnabled(undo_text is not None)
        self.act_redo.setText(str(redo_text) if redo_text else tr("Redo"))
        self.act_redo.setEnabled(redo_text is not None)

    def _replay(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            done = step(self.ctx.db)
        except UserError as exc:
            show_error(self, str(exc))
            return
        if done is not None:
            self.ctx.changed("all")
            self.statusBar().showMessage(str(done), 5000)
        self._update_undo_actions()

    def undo(self) -> None:
        self._replay(undo.undo)

    def redo(self) -> None:
        self._replay(undo.redo)

    def show_backups(self) -> None:
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
        report = check.check_database(self.ctx.db)
        if not report.ok and any(f.repair for f in report.findings):
            if confirm(self, report.text() + "\n\n" + tr("Repair what can be repaired safely?"), tr("Repair")):
                report = check.repair(self.ctx.db, report)
                self.ctx.data_changed.emit("all")
        (show_info if report.ok else show_error)(self, report.text(), tr("Check database"))

    def show_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def show_alliance_settings(self) -> None:
        from ui.notices.alliance_dialog import AllianceDialog

        AllianceDialog(self.ctx, self).exec()

    def _update_demo_action(self) -> None:
        self.act_demo.setEnabled(is_empty(self.ctx.db))

    def fill_demo(self) -> None:
        try:
            summary = fill_demo(self.ctx.db)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.data_changed.emit("all")
        show_info(self, tr("Demo data added: {units} member units, {contacts} contacts.",
                           units=summary.units, contacts=summary.contacts))

    def show_about(self) -> None:
        show_info(self, tr("Alliance Secretariat {version}\nMember units, contacts and the work of the "
                           "secretariat, on one local file.\n\nDatabase: {path}",
                           version=APP_VERSION, path=str(self.ctx.db.path)), tr("About"))

    def report(self, exc: BaseException) -> None:
        show_error(self, str(exc) if isinstance(exc, UserError) else tr("Unexpected error: {reason}",
                                                                          reason=str(exc)))

    def closeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        from ui.common.jobs import wait_for_jobs

        wait_for_jobs(60000)
        self.auto_backup.backup("close")
        self.ctx.db.close()
        if self.session_lock is not None:
            self.session_lock.release()
        super().closeEvent(event)
