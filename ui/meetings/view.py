"""The meeting list: filter as you type, by kind, year and committee, newest first; a
detail pane; new, edit, delete; sign-in at the door; the follow-up of action items; and
meeting packages for a sign-in laptop (export, open, results back, merge)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QPushButton, QWidget

from core.i18n import N_, format_date, format_number, tr
from core.meetings import package, queries, service
from core.meetings.choices import KINDS
from core.meetings.queries import MeetingFilter, MeetingListRow
from core.members import committees
from ui.common.icons import icon
from ui.common.lazy_model import Column, IdListing
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_info
from ui.common.widgets import fill_choices, fill_items
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, attempt, kind_label, minutes_label
from ui.meetings.detail_pane import MeetingDetailPane


def _attendance(row: MeetingListRow) -> str:
    if not row.invitees:
        return ""
    return tr("{present} of {invited}", present=format_number(row.present), invited=format_number(row.invitees))


COLUMNS = [
    Column("", N_("Title"), lambda r: r.title),
    Column("date", N_("Date"), lambda r: format_date(r.meeting_date)),
    Column("", N_("Kind of meeting"), lambda r: kind_label(r.kind)),
    Column("", N_("Place"), lambda r: r.place),
    Column("", N_("Professional committee"), lambda r: r.committee or ""),
    Column("", N_("Present"), _attendance),
    Column("", N_("Open action items"), lambda r: format_number(r.open_actions) if r.open_actions else ""),
    Column("", N_("Minutes"), lambda r: minutes_label(r.minutes_status)),
]
DATE_COLUMN = 1


class MeetingsView(ListPage):
    columns = COLUMNS
    tables = MEETING_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.kind_combo = QComboBox()
        self.year_combo = QComboBox()
        self.committee_combo = QComboBox()
        super().__init__(ctx, parent)
        for name, combo in (("kind", self.kind_combo), ("year", self.year_combo),
                            ("committee", self.committee_combo)):
            combo.setObjectName(f"filter_{name}")
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.signin_button = QPushButton(icon("signin"), "")
        self.signin_button.setObjectName("signin")
        self.signin_button.clicked.connect(self.sign_in)
        self.followup_button = QPushButton(icon("followup"), "")
        self.followup_button.setObjectName("followup")
        self.followup_button.clicked.connect(self.show_followup)
        self.laptop_button = QPushButton()
        self.laptop_button.setObjectName("laptop")
        self.laptop_menu = QMenu(self.laptop_button)
        self.act_export_package = self._menu_action("export_package", self.export_package)
        self.act_open_package = self._menu_action("open_package", self.open_package)
        self.laptop_menu.addSeparator()
        self.act_export_results = self._menu_action("export_results", self.export_results)
        self.act_merge_results = self._menu_action("merge_results", self.merge_results)
        self.laptop_button.setMenu(self.laptop_menu)
        from ui.mail.entry import SourceMailButton

        self.mail_button = SourceMailButton(self, "meeting", self.current_id)
        self.add_buttons([self.signin_button, self.followup_button, self.laptop_button, self.mail_button])
        self.new_button.setObjectName("new")
        self.edit_button.setObjectName("edit")
        self.delete_button.setObjectName("delete")
        for width, column in ((120, 1), (100, 2), (150, 3), (90, 4), (80, 5), (70, 6), (70, 7)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        self.detail = MeetingDetailPane(ctx)
        self.set_detail(self.detail)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.detail.show_meeting(self.current_id()))
        ctx.data_changed.connect(lambda payload: touches(payload, self.tables)
                                 and self.detail.show_meeting(self.detail.meeting_id))
        ctx.data_changed.connect(lambda payload: touches(payload, {"committees"}) and self._fill_committees())
        self.retranslate()
        self.refresh()

    def _menu_action(self, name: str, handler) -> QAction:  # type: ignore[no-untyped-def]
        action = self.laptop_menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    # -- list --------------------------------------------------------------------------
    def current_filter(self) -> MeetingFilter:
        return MeetingFilter(text=self.filter_edit.text(), kind=self.kind_combo.currentData(),
                             committee_id=self.committee_combo.currentData(), year=self.year_combo.currentData())

    def listing(self, sort: str, descending: bool) -> IdListing:
        where = self.current_filter()
        where.descending = descending if sort == "date" else True
        return IdListing(queries.meeting_ids(self.ctx.db, where))

    def fetch_rows(self, ids: list[int]) -> dict[int, MeetingListRow]:
        return queries.meeting_rows(self.ctx.db, ids)

    def _fill_committees(self) -> None:
        fill_items(self.committee_combo, [(c.name, c.id) for c in committees.list_committees(self.ctx.db)],
                   N_("All committees"))

    def _fill_years(self) -> None:
        years = sorted({int(r.meeting_date[:4]) for r in queries.meeting_list(self.ctx.db) if r.meeting_date},
                       reverse=True)
        fill_items(self.year_combo, [(str(y), y) for y in years], N_("All years"))

    def retranslate(self) -> None:
        fill_choices(self.kind_combo, KINDS, N_("All kinds"))
        self._fill_years()
        self._fill_committees()
        super().retranslate()
        if not hasattr(self, "laptop_button"):
            return
        self.signin_button.setText(tr("Sign-in"))
        self.signin_button.setToolTip(tr("Sign people in at the door: find them by name, pinyin, initials or unit"))
        self.followup_button.setText(tr("Follow-up"))
        self.followup_button.setToolTip(tr("Open action items of every meeting, overdue first"))
        self.laptop_button.setText(tr("Sign-in laptop"))
        self.act_export_package.setText(tr("Export meeting package…"))
        self.act_open_package.setText(tr("Open a meeting package…"))
        self.act_export_results.setText(tr("Export sign-in results…"))
        self.act_merge_results.setText(tr("Merge sign-in results…"))
        self.mail_button.retranslate()
        self.detail.show_meeting(self.detail.meeting_id)

    def update_actions(self) -> None:
        super().update_actions()
        if hasattr(self, "signin_button"):
            one = self.current_id() is not None
            writable = not self.read_only()
            self.signin_button.setEnabled(one and writable)
            self.mail_button.set_available(one and writable)
            self.act_export_package.setEnabled(one)
            self.act_export_results.setEnabled(one)
            for action in (self.act_open_package, self.act_merge_results):
                action.setEnabled(writable)

    def filter_placeholder(self) -> str:
        return tr("Filter meetings: title, place, chair… (Ctrl+F)")

    def empty_text(self) -> str:
        if self.filter_edit.text() or self.kind_combo.currentData() or self.year_combo.currentData():
            return tr("Nothing matches the filter.")
        return tr("No meetings yet: New… records one, from its invitation to approved minutes.")

    def count_text(self, shown: str) -> str:
        return tr("{count} meetings", count=shown)

    def context_actions(self) -> list[QAction]:
        return [self._context(tr("Sign-in"), self.sign_in), self._context(tr("Follow-up"), self.show_followup),
                *self.mail_button.actions_for_menu()]

    def _context(self, text: str, handler) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    # -- actions -------------------------------------------------------------------------
    def new_item(self) -> None:
        from ui.meetings.editor import MeetingEditor

        editor = MeetingEditor(self.ctx, None, self)
        if editor.exec() and editor.result_value is not None:
            self.ctx.changed()
            self.refresh()
            self.select_id(editor.result_value.id)
            self.open_editor(editor.result_value.id, tab="attendance")

    def edit_item(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is not None:
            self.open_editor(meeting_id)

    def open_editor(self, meeting_id: int, tab: str | None = None) -> None:
        from ui.meetings.editor import MeetingEditor

        editor = MeetingEditor(self.ctx, meeting_id, self)
        if tab:
            editor.show_tab(tab)
        editor.exec()
        self.ctx.changed()

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = queries.meeting_rows(self.ctx.db, ids)
        text = (tr("Move the meeting {title} and everything recorded about it to Deleted items?",
                   title=rows[ids[0]].title) if len(ids) == 1 else
                tr("Move {count} meetings and everything recorded about them to Deleted items?",
                   count=format_number(len(ids))))
        if confirm(self, text, tr("Delete")) and attempt(self, lambda: service.delete_meetings(self.ctx.db, ids)):
            self.ctx.changed()

    def sign_in(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        from ui.meetings.signin import SignInDialog

        SignInDialog(self.ctx, meeting_id, self).exec()
        self.ctx.changed()

    def show_followup(self) -> None:
        from ui.meetings.followup import FollowUpDialog

        FollowUpDialog(self.ctx, self).exec()
        self.ctx.changed()

    # -- the sign-in laptop --------------------------------------------------------------
    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = Path(self.ctx.settings.get("meetings.folder") or Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), pattern)
        if not path:
            return None
        self.ctx.settings.set("meetings.folder", str(Path(path).parent))
        return Path(path)

    def _open_path(self, title: str, pattern: str) -> Path | None:
        folder = Path(self.ctx.settings.get("meetings.folder") or Path.home())
        path, _ = QFileDialog.getOpenFileName(self, title, str(folder), pattern)
        return Path(path) if path else None

    def export_package(self, path: Path | None = None) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        title = service.get_meeting(self.ctx.db, meeting_id).title
        path = path or self._save_path(tr("Export meeting package"), f"{title}{package.PACKAGE_SUFFIX}",
                                       tr("Meeting packages (*{suffix})", suffix=package.PACKAGE_SUFFIX))
        if path is None:
            return
        summary = attempt(self, lambda: package.export_package(self.ctx.db, meeting_id, path, overwrite=True))
        if summary is not None:
            show_info(self, tr("The package for {title} holds {count} invitees (names, units and positions only). "
                               "Open it with this program on the sign-in laptop: Sign-in laptop → Open a meeting "
                               "package.", title=title, count=format_number(summary.invitees)))

    def open_package(self, path: Path | None = None) -> None:
        path = path or self._open_path(tr("Open a meeting package"),
                                           tr("Meeting packages (*{suffix})", suffix=package.PACKAGE_SUFFIX))
        if path is None:
            return
        meeting_id = attempt(self, lambda: package.import_package(self.ctx.db, path))
        if meeting_id is not None:
            self.ctx.changed()
            self.refresh()
            self.select_id(meeting_id)

    def export_results(self, path: Path | None = None) -> None:
        meeting_id = self.current_id()
        if meeting_id is None:
            return
        title = service.get_meeting(self.ctx.db, meeting_id).title
        path = path or self._save_path(tr("Export sign-in results"), f"{title}{package.RESULTS_SUFFIX}",
                                       tr("Sign-in results (*{suffix})", suffix=package.RESULTS_SUFFIX))
        if path is None:
            return
        summary = attempt(self, lambda: package.export_results(self.ctx.db, meeting_id, path, overwrite=True))
        if summary is not None:
            show_info(self, tr("{signins} sign-ins and {walk_ins} walk-ins written. Merge the file into the office "
                               "database: Sign-in laptop → Merge sign-in results.",
                               signins=format_number(summary.signins), walk_ins=format_number(summary.walk_ins)))

    def merge_results(self, path: Path | None = None) -> None:
        path = path or self._open_path(tr("Merge sign-in results"),
                                           tr("Sign-in results (*{suffix})", suffix=package.RESULTS_SUFFIX))
        if path is None:
            return
        report = attempt(self, lambda: package.merge_results(self.ctx.db, path))
        if report is None:
            return
        self.ctx.changed()
        from ui.meetings.merge_report import MergeReportDialog

        MergeReportDialog(self.ctx, report, self).exec()
        self.ctx.changed()
