"""The notice editor: title, addressees (typed, or chosen among the member units), the
structured body, signature and date, seal, note, copies, issuing office, print date,
attachments, and the change history.

A draft is edited and saved; an issued or superseded notice opens read-only with
its number, and **Correct…** turns the dialog into the editor of a new draft
version. **Save and preview** and **Issue…** save first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import N_, format_date, tr
from core.notices import service
from core.notices.alliance import get_alliance
from core.notices.from_file import NoticeDraft
from core.notices.service import NOTICE_LABELS, Notice
from core.validation import ValidationError
from ui.common.date_field import DateEdit
from ui.common.form import FormDialog
from ui.common.messages import confirm, show_error
from ui.context import AppContext
from ui.notices.attachments import AttachmentList
from ui.notices.body_editor import BodyEditor
from ui.notices.common import issue_with_confirmation, report_failure
from ui.notices.unit_picker import UnitPickerDialog
from ui.safety.history_widget import ChangeHistory
from ui.common.screen import fit_to_screen

class NoticeHistory(ChangeHistory):
    """The Changes tab. Until the core's history knows the notices table it stays empty
    instead of failing (core.safety.history.record_history raises KeyError then)."""

    available = True
    frozen = False  # an issued or superseded notice: its changes cannot be reverted

    def can_revert(self) -> bool:
        return not self.frozen

    def reload(self) -> None:
        try:
            super().reload()
        except KeyError:
            self.available = False
            self.entries = []
            self.table.setRowCount(0)
            self.revert_button.setEnabled(False)
        if not self.available:
            if not hasattr(self, "note"):
                self.note = QLabel()
                self.note.setTextFormat(Qt.TextFormat.PlainText)
                self.note.setWordWrap(True)
                self.layout().insertWidget(0, self.note)
            self.note.setText(tr("The changes of notices are recorded (Edit → Undo works), but this version "
                                 "cannot list them here yet."))


LINE_FIELDS = ("title", "signatory", "doc_date", "copies", "issuing_office", "print_date")
DATE_FIELDS = ("doc_date", "print_date")  # shown as the language writes dates, stored as ISO
BANNER_STYLE = {"info": "QFrame#banner { background: #e8f0fe; border-radius: 4px; }",
                "frozen": "QFrame#banner { background: #fff4ce; border-radius: 4px; }"}


class NoticeEditor(FormDialog):
    """Create a notice (``notice`` None) or open one. ``result_value`` is the saved Notice.

    ``corrected`` is True when the clerk made a correction from this dialog (the
    dialog then shows the new draft version)."""

    def __init__(self, ctx: AppContext, notice: Notice | None = None, parent: QWidget | None = None,
                 draft: NoticeDraft | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice = notice
        self.draft = draft if notice is None else None  # read from a document: shown for checking
        self.corrected = False
        self.issued = False
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1180, 800)
        self.setMinimumSize(820, 600)
        self.inputs: dict[str, Any] = {}

        # the banner of issued notices and corrections
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correct")
        self.correct_button.clicked.connect(self.correct)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.correct_button)
        self.layout_.addWidget(self.banner)

        # left: what the notice says
        left = QWidget()
        left_form = QFormLayout(left)
        left_form.setContentsMargins(0, 0, 6, 0)
        title = QLineEdit()
        title.setMaxLength(200)
        self.inputs["title"] = self.add_field("title", NOTICE_LABELS["title"], title, left_form, required=True)
        addressee_box = QWidget()
        row = QHBoxLayout(addressee_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.addressees_edit = QLineEdit()
        self.addressees_edit.setObjectName("addressees_edit")
        self.choose_units_button = QPushButton()
        self.choose_units_button.setObjectName("choose_units")
        self.choose_units_button.clicked.connect(self.choose_units)
        row.addWidget(self.addressees_edit, 1)
        row.addWidget(self.choose_units_button)
        self.add_field("addressees", NOTICE_LABELS["addressees"], addressee_box, left_form)
        self.body = BodyEditor()
        self.add_field("body", NOTICE_LABELS["body"], self.body, left_form)
        self.body.edit.setObjectName("body_text")

        # right: signature, distribution, attachments
        right = QWidget()
        right_form = QFormLayout(right)
        right_form.setContentsMargins(6, 0, 0, 0)
        for key in ("signatory", "doc_date"):
            self.inputs[key] = self.add_field(key, NOTICE_LABELS[key], DateEdit() if key in DATE_FIELDS
                                              else QLineEdit(), right_form)
        seal_box = QWidget()
        seal_row = QVBoxLayout(seal_box)
        seal_row.setContentsMargins(0, 0, 0, 0)
        seal_row.setSpacing(2)
        self.sealed = QCheckBox()
        self.sealed.setObjectName("sealed")
        self.seal_hint = QLabel()
        self.seal_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.seal_hint.setWordWrap(True)
        self.seal_hint.setStyleSheet("color: #666;")
        seal_row.addWidget(self.sealed)
        seal_row.addWidget(self.seal_hint)
        self.add_field("sealed", NOTICE_LABELS["sealed"], seal_box, right_form)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field("note", NOTICE_LABELS["note"], self.note, right_form)
        for key in ("copies", "issuing_office", "print_date"):
            self.inputs[key] = self.add_field(key, NOTICE_LABELS[key], DateEdit() if key in DATE_FIELDS
                                              else QLineEdit(), right_form)
        self.attachments = AttachmentList(ctx)
        self.add_field("attachments", NOTICE_LABELS["attachments"], self.attachments, right_form)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 440])
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.changes = NoticeHistory(ctx, "notices", notice.id if notice else None)
        self.changes.frozen = notice is not None and notice.status != "draft"
        self.changes.reverted.connect(self._reload_after_revert)
        self.tabs.addTab(self.changes, "")
        self.finish_layout(self.tabs)

        self.preview_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, activated=self.preview)
        self.issue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        self.has_seal = get_alliance(ctx.db).seal_png is not None
        self._load(notice)
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)
        self._focus_first()

    def _focus_first(self) -> None:
        """A draft: the cursor in the title. An issued notice: nothing to type; the title is not
        selected (it would look editable), the focus is on Correct… (or Close)."""
        title = self.inputs["title"]
        if not self.frozen:
            title.setFocus()
            return
        title.deselect()
        title.setCursorPosition(0)
        (self.correct_button if self.notice.status == "issued" else self.close_button).setFocus()

    # -- loading -----------------------------------------------------------------------
    def _load(self, notice: Notice | None) -> None:
        if notice is not None:
            raw = dict(notice.__dict__)
        else:
            raw = dict(self.draft.values) if self.draft is not None else service.new_notice_defaults(self.ctx.db)
        if not isinstance(raw.get("copies"), str):
            raw["copies"] = "，".join(raw.get("copies") or [])
        for key in LINE_FIELDS:
            if key in DATE_FIELDS:
                self.inputs[key].set_iso(raw.get(key) or "")
            else:
                self.inputs[key].setText(raw.get(key) or "")
        self.addressees_edit.setText(raw.get("addressees") or "")
        self.unit_ids: list[int] = list(raw.get("addressee_unit_ids") or [])
        self.body.set_blocks(raw.get("body") or [])
        self.sealed.setChecked(bool(raw.get("sealed")) and self.has_seal)
        self.note.setPlainText(raw.get("note") or "")
        self.attachments.set_items(raw.get("attachments") or [])
        self._apply_state()
        # what was read from a document is not saved yet: closing asks first
        self._saved = self.values() if notice is not None or self.draft is None else {}

    @property
    def frozen(self) -> bool:
        return self.notice is not None and self.notice.frozen

    def _apply_state(self) -> None:
        """Issued and superseded notices are read-only; the buttons follow the state."""
        frozen = self.frozen
        for key in LINE_FIELDS:
            self.inputs[key].setReadOnly(frozen)
        self.addressees_edit.setReadOnly(frozen)
        self.note.setReadOnly(frozen)
        self.body.set_read_only(frozen)
        self.attachments.set_read_only(frozen)
        self.set_read_only_look(frozen, [*(self.inputs[k] for k in LINE_FIELDS), self.addressees_edit, self.note,
                                         self.body.edit, self.attachments.list])
        self.choose_units_button.setVisible(not frozen)
        self.choose_units_button.setEnabled(not frozen)
        self.sealed.setEnabled(not frozen and self.has_seal)
        self.save_button.setVisible(not frozen)
        self.cancel_button.setVisible(not frozen)
        self.close_button.setVisible(frozen)
        self.issue_button.setVisible(not frozen)
        self.correct_button.setVisible(self.notice is not None and self.notice.status == "issued")
        self.banner.setVisible(self.notice is not None and (frozen or self.notice.version_of is not None)
                               or self.notice is None and self.draft is not None)
        self.banner.setStyleSheet(BANNER_STYLE["frozen" if frozen else "info"])
        self.changes.record_id = self.notice.id if self.notice else None
        self.changes.reload()

    def _reload_after_revert(self) -> None:
        if self.notice is not None:
            self.notice = service.get_notice(self.ctx.db, self.notice.id)
            self._load(self.notice)

    # -- texts -------------------------------------------------------------------------
    def retranslate(self) -> None:
        n = self.notice
        if n is None:
            self.setWindowTitle(tr("New notice"))
        elif self.frozen:
            self.setWindowTitle(tr("Notice {number}: {title} (read-only)", number=n.doc_number, title=n.title))
        elif n.doc_number:
            self.setWindowTitle(tr("Notice {number}: {title}", number=n.doc_number, title=n.title))
        else:
            self.setWindowTitle(tr("Notice: {title}", title=n.title))
        self.retranslate_fields()
        for i, label in enumerate((N_("Notice"), N_("Changes"))):
            self.tabs.setTabText(i, tr(label))
        self.changes.retranslate()
        self.body.retranslate()
        self.attachments.retranslate()
        self.choose_units_button.setText(tr("Choose units…"))
        if self.frozen:  # hints how to fill in a field invite typing: none on a read-only notice
            for edit in (self.addressees_edit, *(self.inputs[k] for k in LINE_FIELDS)):
                edit.setPlaceholderText("")
        else:
            self._placeholders()
        self.sealed.setText(tr("Print the seal over the signature"))
        for key in DATE_FIELDS:
            self.inputs[key].retranslate()
        self.seal_hint.setText("" if self.has_seal else
                               tr("No seal image yet: add one in File → Alliance settings."))
        self.seal_hint.setVisible(not self.has_seal)
        self.preview_button.setText(tr("Preview") if self.frozen else tr("Save and preview"))
        self.preview_button.setToolTip(tr("{action} ({keys})", action=self.preview_button.text(), keys=QKeySequence(
            QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)))
        self.save_button.setToolTip(tr("{action} ({keys})", action=tr("Save"), keys=QKeySequence(
            QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText)))
        self.issue_button.setText(tr("Save and issue…"))
        self.correct_button.setText(tr("Correct…"))
        self.correct_button.setToolTip(tr("Make a new draft version of this notice; it takes over the number "
                                          "when it is issued"))
        self.close_button.setText(tr("Close"))
        self.banner_label.setText(self._banner_text())

    def _placeholders(self) -> None:
        self.addressees_edit.setPlaceholderText(tr("e.g. 各成员单位"))
        self.inputs["doc_date"].setPlaceholderText(tr("e.g. {date}", date=format_date(dt.date.today())))
        self.inputs["print_date"].setPlaceholderText(tr("Empty: the date of the notice"))
        self.inputs["copies"].setPlaceholderText(tr("Names separated by ， or 、"))

    def _banner_text(self) -> str:
        n = self.notice
        if n is None:
            return self._draft_text()
        if n.status == "issued":
            return tr("Issued as {number} (version {version}) on {date}: read-only. To correct it, press Correct…: "
                      "a new version is made as a draft, and when it is issued it takes over the number.",
                      number=n.doc_number, version=n.version,
                      date=format_date((n.issued_at or n.doc_date or "")[:10]))
        if n.status == "superseded":
            return tr("{number}, version {version}: replaced by a corrected version. Kept on record; it can no "
                      "longer be changed.", number=n.doc_number, version=n.version)
        if n.version_of is not None:
            return tr("Correction of {number} (version {version}). When it is issued it takes over the number, "
                      "and the earlier version is kept as superseded.", number=n.doc_number, version=n.version)
        return ""

    def _draft_text(self) -> str:
        if self.draft is None:
            return ""
        lines = [tr("Read from {file}. Check the title, addressees, heading levels, attachments, signature and date, "
                    "then save.", file=self.draft.source) if self.draft.source else
                 tr("Read from the pasted text. Check the title, addressees, heading levels, attachments, signature "
                    "and date, then save.")]
        lines += ["• " + str(w) for w in self.draft.warnings]
        return "\n".join(lines)

    # -- addressees ----------------------------------------------------------------------
    def choose_units(self) -> None:
        dialog = UnitPickerDialog(self.ctx, self.unit_ids, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.unit_ids = dialog.chosen_ids()
            self.addressees_edit.setText(dialog.addressee_text())

    # -- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: self.inputs[k].iso() if k in DATE_FIELDS else self.inputs[k].text()
                                for k in LINE_FIELDS}
        data.update(addressees=self.addressees_edit.text(), body=self.body.blocks(), sealed=self.sealed.isChecked(),
                    note=self.note.toPlainText(), attachments=self.attachments.items(),
                    addressee_unit_ids=self.unit_ids)
        return data

    def submit(self, values: dict[str, Any]) -> Notice:
        if self.notice is None:
            self.notice = service.create_notice(self.ctx.db, values)
        else:
            self.notice = service.update_notice(self.ctx.db, self.notice.id, values)
        self.ctx.data_changed.emit("notices")
        return self.notice

    def save(self) -> None:
        if self.frozen:
            return
        super().save()

    def save_quietly(self) -> bool:
        """Save without closing (before previewing or issuing); errors shown beside the fields."""
        if self.frozen:
            return True
        try:
            self.result_value = self.submit(self.values())
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except UserError as exc:
            show_error(self, str(exc))
            return False
        self.clear_errors()
        self.attachments.set_items(self.notice.attachments)  # now with their stored ids
        self._apply_state()
        self._saved = self.values()
        self.retranslate()
        return True

    def has_unsaved_changes(self) -> bool:
        return not self.frozen and self.values() != self._saved

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask before throwing away what was typed."""
        if self.has_unsaved_changes() and not confirm(
                self, tr("Close without saving? What you changed in this notice is lost."), tr("Discard")):
            return
        super().reject()

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        self.tabs.setCurrentIndex(0)

    # -- actions -------------------------------------------------------------------------
    def preview(self) -> None:
        from ui.notices.preview import PreviewDialog

        if not self.save_quietly():
            return
        PreviewDialog(self.ctx, self.notice.id, self).exec()  # type: ignore[union-attr]

    def issue(self) -> None:
        if not self.save_quietly():
            return
        try:
            issued = issue_with_confirmation(self, self.ctx, self.notice)  # type: ignore[arg-type]
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except UserError as exc:
            show_error(self, str(exc))
            return
        if issued is None:
            return
        self.notice = self.result_value = issued
        self.issued = True
        self.ctx.data_changed.emit("notices")
        self.accept()

    def correct(self) -> None:
        """A new draft version of this issued notice, shown in this dialog for editing."""
        if self.notice is None or self.notice.status != "issued":
            return
        try:
            self.notice = self.result_value = service.correct_notice(self.ctx.db, self.notice.id)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            report_failure(self, exc)
            return
        self.corrected = True
        self.ctx.data_changed.emit("notices")
        self._load(self.notice)
        self.retranslate()
        self._focus_first()
