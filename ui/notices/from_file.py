"""A new notice from a document written elsewhere: open a .docx/.md/.txt, or paste its
text; the core recognises title, addressees, levels, attachments, signature and date,
and the notice editor opens on the result for checking (nothing is saved before)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import tr
from core.notices.from_file import FILE_PATTERNS, NoticeDraft, draft_from_file, draft_from_text
from ui.common.messages import show_error
from ui.common.mnemonics import on_show
from ui.context import AppContext


class PasteNoticeDialog(QDialog):
    """A plain-text box: paste the whole notice as written in WPS or Word."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.draft: NoticeDraft | None = None
        self.setSizeGripEnabled(True)
        self.resize(760, 520)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("pasted_text")
        self.text_edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New notice from pasted text"))
        self.hint.setText(tr("Paste the whole notice as written in WPS or Word: title, addressees, text with its "
                             "numbered headings (一、 （一） 1. （1）), attachment note, signature and date. The "
                             "notice editor then opens with what was recognised, for you to check before saving."))
        self.text_edit.setPlaceholderText(tr("关于召开年度成员大会的通知\n各成员单位：\n一、会议时间\n……\n附件：1.参会回执\n"
                                             "中国智慧城市产业联盟\n2026年3月5日"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Read the text"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text_edit.toPlainText().strip()))

    def accept(self) -> None:
        try:
            self.draft = draft_from_text(self.ctx.db, self.text_edit.toPlainText())
        except UserError as exc:
            show_error(self, str(exc))
            return
        super().accept()


def choose_document(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, tr("New notice from a file"), "",
                                          tr("Documents ({patterns})", patterns=FILE_PATTERNS) + ";;"
                                          + tr("All files (*)"))
    return path


def read_document(parent: QWidget, ctx: AppContext, path: str) -> NoticeDraft | None:
    """The draft read from ``path``, or None after telling the clerk why it cannot be read."""
    try:
        return draft_from_file(ctx.db, path)
    except UserError as exc:
        show_error(parent, str(exc))
        return None
