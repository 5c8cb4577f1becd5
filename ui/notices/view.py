"""The notice list: filter as you type, by status and year, newest first; draft (also
from a .docx/.md/.txt, opened, dropped on the list or pasted), edit, duplicate, issue,
correct, delete, preview and export (one or a batch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

from core.errors import UserError
from core.i18n import N_, format_date, format_number, tr
from core.notices import queries, service
from core.notices.queries import NoticeFilter, NoticeRow
from core.validation import ValidationError
from ui.common.icons import icon
from ui.common.lazy_model import Column, IdListing
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error
from ui.common.widgets import fill_items
from ui.context import AppContext

if TYPE_CHECKING:  # the editor and its helpers load when first opened, not at start-up
    from core.notices.from_file import NoticeDraft
    from ui.notices.editor import NoticeEditor
from ui.notices.common import STATUS_LABELS, issue_with_confirmation, notify, report_failure, status_label

COLUMNS = [
    Column("number", N_("Document number"), lambda r: r.doc_number),
    Column("title", N_("Title"), lambda r: r.title),
    Column("status", N_("Status"), lambda r: status_label(r.status)),
    Column("", N_("Version"), lambda r: format_number(r.version)),
    Column("date", N_("Date"), lambda r: format_date(r.doc_date)),
    Column("", N_("Addressees"), lambda r: r.addressees),
    Column("", N_("Attachments"), lambda r: format_number(r.attachment_count) if r.attachment_count else ""),
]
DATE_COLUMN = 4
DROP_SUFFIXES = (".docx", ".md", ".markdown", ".txt")


class NoticesView(ListPage):
    columns = COLUMNS
    saved_view = "notices"
    tables = frozenset({"notices", "notice_attachments"})
    stretch_column = 1  # the title takes the spare width; the number keeps its own

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.status_combo = QComboBox()
        self.year_combo = QComboBox()
        super().__init__(ctx, parent)
        for name, combo in (("status", self.status_combo), ("year", self.year_combo)):
            combo.setObjectName(f"filter_{name}")
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_button = QPushButton()
        self.from_button.setObjectName("new_from")
        self.from_menu = QMenu(self.from_button)
        self.act_from_file = self.from_menu.addAction("")
        self.act_from_file.setObjectName("new_from_file")
        self.act_from_file.triggered.connect(lambda: self.new_from_file())
        self.act_from_text = self.from_menu.addAction("")
        self.act_from_text.setObjectName("new_from_text")
        self.act_from_text.triggered.connect(lambda: self.new_from_text())
        self.from_button.setMenu(self.from_menu)
        self.setAcceptDrops(True)  # a .docx/.md/.txt dropped on the list: a new notice from it
        self.duplicate_button = QPushButton()
        self.issue_button = QPushButton()
        self.correct_button = QPushButton()
        self.preview_button = QPushButton(icon("preview"), "")
        self.export_button = QPushButton(icon("pdf"), "")
        self.batch_button = QPushButton()
        self.mail_button = QPushButton(icon("mail"), "")
        handlers = {"duplicate": (self.duplicate_button, self.duplicate_item),
                    "issue": (self.issue_button, self.issue_item),
                    "correct": (self.correct_button, self.correct_item),
                    "preview": (self.preview_button, self.preview_item),
                    "export": (self.export_button, self.export_item),
                    "batch_export": (self.batch_button, self.batch_export),
                    "mail": (self.mail_button, self.mail_item)}
        self.add_buttons([self.from_button], before=self.edit_button)
        for name, (button, handler) in handlers.items():
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.add_buttons([button for button, _handler in handlers.values()])
        self.new_button.setObjectName("new")
        self.edit_button.setObjectName("edit")
        self.delete_button.setObjectName("delete")
        for width, column in ((165, 0), (300, 1), (90, 2), (50, 3), (110, 4), (110, 5), (60, 6)):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        self.retranslate()
        self.refresh()

    # -- list --------------------------------------------------------------------------
    def current_filter(self) -> NoticeFilter:
        return NoticeFilter(text=self.filter_edit.text(), status=self.status_combo.currentData(),
                            year=self.year_combo.currentData())

    def filter_combos(self) -> dict:  # type: ignore[type-arg]
        return {"status": self.status_combo, "year": self.year_combo}

    def listing(self, sort: str, descending: bool) -> IdListing:
        return IdListing(queries.notice_ids(self.ctx.db, self.current_filter(), sort, descending))

    def fetch_rows(self, ids: list[int]) -> dict[int, NoticeRow]:
        return queries.notice_rows(self.ctx.db, ids)

    def _fill_filter_combos(self) -> None:
        fill_items(self.status_combo, [(tr(label), code) for code, label in STATUS_LABELS.items()],
                   N_("All statuses"))
        fill_items(self.year_combo, [(str(y), y) for y in queries.notice_years(self.ctx.db)], N_("All years"))

    def _sync_years(self) -> None:
        if hasattr(self, "year_combo") and self.year_combo.count():
            years = queries.notice_years(self.ctx.db)
            if self.year_combo.count() - 1 != len(years):
                year = self.year_combo.currentData()
                fill_items(self.year_combo, [(str(y), y) for y in years], N_("All years"))
                if year not in years:
                    self.year_combo.setCurrentIndex(0)

    def refresh(self) -> None:
        self._sync_years()
        super().refresh()
        if hasattr(self, "batch_button"):
            self._update_buttons()

    def reload(self) -> None:
        self._sync_years()
        super().reload()
        self._update_buttons()

    def retranslate(self) -> None:
        self._fill_filter_combos()
        super().retranslate()
        if not hasattr(self, "batch_button"):
            return
        self.from_button.setText(tr("From a document"))
        self.from_button.setToolTip(tr("A new notice from a document written in WPS or Word (or drop the file on "
                                       "the list), checked in the editor before it is saved"))
        self.act_from_file.setText(tr("New from file…"))
        self.act_from_text.setText(tr("New from pasted text…"))
        self.duplicate_button.setText(tr("Duplicate"))
        self.issue_button.setText(tr("Issue…"))
        self.correct_button.setText(tr("Correct…"))
        self.preview_button.setText(tr("Preview"))
        self.export_button.setText(tr("Export…"))
        self.export_button.setToolTip(tr("Export the notice as a PDF, or as a Word document to edit in WPS or Word"))
        self.batch_button.setText(tr("Batch export…"))
        self.batch_button.setToolTip(tr("Export every selected notice as PDF into a folder"))
        self.mail_button.setText(tr("E-mail…"))
        self.mail_button.setToolTip(tr("Send the notice to member units by e-mail, or save .eml drafts"))
        self.correct_button.setToolTip(tr("Make a new draft version of an issued notice; it takes over the "
                                          "number when it is issued"))

    def on_database_replaced(self) -> None:
        self._fill_filter_combos()
        super().on_database_replaced()

    def filter_placeholder(self) -> str:
        return tr("Filter by title, addressees or text (Ctrl+F)")

    def empty_text(self) -> str:
        if self.current_filter() != NoticeFilter():
            return super().empty_text()
        return tr("No notices yet. Press New (Ctrl+N) to draft one. Before the first one is issued, set the "
                  "alliance's names, document-number prefix and seal in File → Alliance settings.")

    def count_text(self, shown: str) -> str:
        return tr("Notices shown: {count}", count=shown)

    def _current_row(self) -> NoticeRow | None:
        notice_id = self.current_id()
        if notice_id is None:
            return None
        row = self.model.row_of_id(notice_id)
        return self.model.row_for(row) if row >= 0 else None

    def update_actions(self) -> None:
        if hasattr(self, "batch_button"):
            self._update_buttons()
        else:
            super().update_actions()

    def _update_buttons(self) -> None:
        selected = self.selected_ids() if not self.read_only() else []
        current = self._current_row() if selected else None
        one = current is not None
        self.new_button.setEnabled(not self.read_only())
        self.edit_button.setEnabled(one)
        self.duplicate_button.setEnabled(one)
        self.issue_button.setEnabled(one and current.status == "draft")  # type: ignore[union-attr]
        self.correct_button.setEnabled(one and current.status == "issued")  # type: ignore[union-attr]
        self.preview_button.setEnabled(one)
        self.export_button.setEnabled(one)
        self.batch_button.setEnabled(len(selected) > 0)
        self.mail_button.setEnabled(one)
        self.delete_button.setEnabled(len(selected) > 0)
        self.actions_changed.emit()

    def _context_menu(self, pos: QPoint) -> None:
        """The row's actions, with their shortcuts; a right-click on an unselected row selects it first."""
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = QMenu(self)
        keys = {self.edit_button: "Enter", self.preview_button: QKeySequence(QKeySequence.StandardKey.Print),
                self.delete_button: QKeySequence(QKeySequence.StandardKey.Delete)}
        for button in (self.edit_button, self.duplicate_button, self.issue_button, self.correct_button,
                       self.preview_button, self.export_button, self.batch_button, self.mail_button,
                       self.delete_button):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            if button in keys:
                action.setShortcut(QKeySequence(keys[button]))
            action.triggered.connect(button.click)
        self.context_menu = menu  # kept for tests
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- actions -------------------------------------------------------------------------
    def _show(self, notice_id: int) -> None:
        """Select (and scroll to) a notice unless it is the one selected already (selecting
        again would toggle it off while Ctrl is held)."""
        if self.selected_ids() != [notice_id]:
            self.select_id(notice_id)
    def _get(self, notice_id: int) -> service.Notice | None:
        try:
            return service.get_notice(self.ctx.db, notice_id)
        except UserError as exc:  # deleted meanwhile, or the file went away
            show_error(self, str(exc))
            return None

    def new_item(self) -> None:
        self.open_editor(None)

    def edit_item(self) -> None:
        notice_id = self.current_id()
        if notice_id is not None:
            notice = self._get(notice_id)
            if notice is not None:
                self.open_editor(notice)

    def new_from_file(self, path: str | None = None) -> NoticeEditor | None:
        """Open a .docx/.md/.txt (chosen in a file dialog unless ``path`` is given) in the editor."""
        from ui.notices.from_file import choose_document, read_document

        path = path or choose_document(self)
        draft = read_document(self, self.ctx, path) if path else None
        return self.open_editor(None, draft) if draft is not None else None

    @staticmethod
    def dropped_document(mime: QMimeData) -> str | None:
        urls = mime.urls() if mime.hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = urls[0].toLocalFile()
            if path.lower().endswith(DROP_SUFFIXES):
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.dropped_document(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self.dropped_document(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.new_from_file(path))  # after the drop has finished

    def new_from_text(self) -> NoticeEditor | None:
        from ui.notices.from_file import PasteNoticeDialog

        dialog = PasteNoticeDialog(self.ctx, self)
        if dialog.exec() != PasteNoticeDialog.DialogCode.Accepted or dialog.draft is None:
            return None
        return self.open_editor(None, dialog.draft)

    def open_editor(self, notice: service.Notice | None, draft: NoticeDraft | None = None) -> NoticeEditor:
        from ui.notices.editor import NoticeEditor

        dialog = NoticeEditor(self.ctx, notice, self, draft=draft)
        dialog.exec()
        if dialog.result_value is not None or dialog.corrected:
            self.ctx.changed("notices")
            if dialog.notice is not None:
                self._show(dialog.notice.id)
            if dialog.issued:
                notify(self, tr("Issued as {number}.", number=dialog.notice.doc_number))  # type: ignore[union-attr]
        return dialog

    def duplicate_item(self) -> None:
        notice_id = self.current_id()
        if notice_id is None:
            return
        try:
            copy = service.duplicate_notice(self.ctx.db, notice_id)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.changed("notices")
        self._show(copy.id)
        self.open_editor(copy)

    def issue_item(self) -> None:
        notice_id = self.current_id()
        notice = self._get(notice_id) if notice_id is not None else None
        if notice is None or notice.frozen:
            return
        try:
            issued = issue_with_confirmation(self, self.ctx, notice)
        except ValidationError as exc:
            show_error(self, str(exc))
            return
        except UserError as exc:
            show_error(self, str(exc))
            return
        if issued is not None:
            self.ctx.changed("notices")
            self._show(issued.id)
            notify(self, tr("Issued as {number}.", number=issued.doc_number))

    def correct_item(self) -> None:
        """A new draft version of the issued notice, opened in the editor."""
        notice_id = self.current_id()
        if notice_id is None:
            return
        try:
            draft = service.correct_notice(self.ctx.db, notice_id)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.changed("notices")
        self._show(draft.id)
        self.open_editor(draft)

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            row = queries.notice_rows(self.ctx.db, ids)[ids[0]]
            text = tr("Delete the notice “{title}”? It can be restored from Deleted items; its number is never "
                      "given again.", title=row.doc_number or row.title)
        else:
            text = tr("Delete {count} notices? They can be restored from Deleted items; their numbers are never "
                      "given again.", count=self.number(len(ids)))
        if confirm(self, text, tr("Delete")):
            try:
                service.delete_notices(self.ctx.db, ids)
            except UserError as exc:
                show_error(self, str(exc))
            self.ctx.changed("notices")

    def preview_item(self) -> None:
        from ui.notices.preview import PreviewDialog

        notice_id = self.current_id()
        if notice_id is not None:
            try:
                dialog = PreviewDialog(self.ctx, notice_id, self)
            except UserError as exc:
                show_error(self, str(exc))
                return
            dialog.exec()

    def export_item(self) -> None:
        notice_id = self.current_id()
        if notice_id is not None:
            try:
                from ui.notices.batch_export import export_one

                export_one(self, self.ctx, notice_id)
            except UserError as exc:
                report_failure(self, exc)

    def batch_export(self) -> None:
        from ui.notices.batch_export import export_many

        export_many(self, self.ctx, self.selected_ids())

    def mail_item(self) -> None:
        from ui.mail.compose import ComposeDialog

        row = self._current_row()
        if row is None:
            return
        addressees = service.get_notice(self.ctx.db, row.id).addressee_unit_ids
        selector = ",".join(f"unit:{u}" for u in addressees) if addressees else "all"
        ComposeDialog(self.ctx, "notice", row.id, selector, self).exec()
