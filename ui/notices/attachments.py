"""The attachments of a notice (附件): typed ones (laid out in the PDF after the
notice) and stored files; add, edit, rename, remove, reorder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGridLayout, QInputDialog, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import format_number, tr
from core.notices import service
from core.notices.service import AttachmentItem
from ui.common.messages import show_error
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.notices.body_editor import BodyEditor


def size_text(size: int | None) -> str:
    if size is None:
        return tr("size unknown")
    if size < 1024 * 1024:
        return tr("{size} KB", size=format_number(max(1, round(size / 1024))))
    return tr("{size} MB", size=format_number(round(size / 1024 / 1024, 1)))


class TextAttachmentDialog(QDialog):
    """A typed attachment: its name and its text, with the same levels as the notice body."""

    def __init__(self, ctx: AppContext, item: AttachmentItem | None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.setSizeGripEnabled(True)
        self.resize(760, 560)
        self.name_edit = QLineEdit(item.name if item else "")
        self.name_edit.setObjectName("attachment_name")
        self.name_edit.setMaxLength(200)
        self.body = BodyEditor()
        self.body.setObjectName("attachment_body")
        if item is not None:
            self.body.set_blocks(item.body)
        self.name_label, self.body_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.body_label, self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        if not read_only else QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)
        self.name_edit.setReadOnly(read_only)
        self.body.set_read_only(read_only)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Attachment"))
        self.name_label.setText(tr("{label}:", label=tr("Name")))
        self.body_label.setText(tr("{label}:", label=tr("Text")))
        self.name_edit.setPlaceholderText(tr("e.g. 参会回执"))
        for standard, text in ((QDialogButtonBox.StandardButton.Ok, tr("OK")),
                               (QDialogButtonBox.StandardButton.Cancel, tr("Cancel")),
                               (QDialogButtonBox.StandardButton.Close, tr("Close"))):
            if self.buttons.button(standard) is not None:
                self.buttons.button(standard).setText(text)
        self.body.retranslate()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.name_edit.text().strip()))

    def item(self, old: AttachmentItem | None) -> AttachmentItem:
        name = self.name_edit.text().strip()
        if old is None:
            return AttachmentItem("text", name, self.body.blocks())
        return replace(old, name=name, body=self.body.blocks())


class AttachmentList(QWidget):
    """``items()`` / ``set_items()``; ``changed`` when the list changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._items: list[AttachmentItem] = []
        self.read_only = False
        self.list = QListWidget()
        self.list.setObjectName("attachment_list")
        self.list.setMinimumHeight(90)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_item())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.add_text_button = QPushButton()
        self.add_file_button = QPushButton()
        self.open_button = QPushButton()
        self.rename_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        for name, button, handler in (("add_text", self.add_text_button, self.add_text),
                                      ("add_file", self.add_file_button, self.add_file),
                                      ("open", self.open_button, self.open_item),
                                      ("rename", self.rename_button, self.rename_item),
                                      ("remove", self.remove_button, self.remove_item),
                                      ("up", self.up_button, lambda: self.move_item(-1)),
                                      ("down", self.down_button, lambda: self.move_item(1))):
            button.setObjectName(f"attachment_{name}")
            button.clicked.connect(handler)
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for i, b in enumerate((self.add_text_button, self.add_file_button, self.open_button, self.rename_button,
                               self.remove_button, self.up_button, self.down_button)):
            buttons.addWidget(b, i // 4, i % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_text_button.setText(tr("Add text…"))
        self.add_text_button.setToolTip(tr("An attachment typed here, laid out after the notice"))
        self.add_file_button.setText(tr("Add file…"))
        self.add_file_button.setToolTip(tr("A file kept with the notice (listed as 附件; the file is not printed)"))
        self.open_button.setText(tr("Open…"))
        self.rename_button.setText(tr("Rename…"))
        self.remove_button.setText(tr("Remove"))
        self.up_button.setText(tr("Move up"))
        self.down_button.setText(tr("Move down"))
        self._fill()

    # -- content -----------------------------------------------------------------------
    def items(self) -> list[AttachmentItem]:
        return list(self._items)

    def set_items(self, items: list[AttachmentItem]) -> None:
        self._items = list(items)
        self._fill()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def _describe(self, n: int, item: AttachmentItem) -> str:
        if item.kind == "file":
            return tr("{number}. {name} (file, {size})", number=n, name=item.name, size=size_text(item.file_size))
        return tr("{number}. {name} (typed text)", number=n, name=item.name)

    def _fill(self, current: int | None = None) -> None:
        row = self.list.currentRow() if current is None else current
        self.list.blockSignals(True)
        self.list.clear()
        for n, item in enumerate(self._items, start=1):
            self.list.addItem(QListWidgetItem(self._describe(n, item)))
        self.list.blockSignals(False)
        if self._items:
            self.list.setCurrentRow(min(max(row, 0), len(self._items) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self._items)
        for b in (self.add_text_button, self.add_file_button):
            b.setEnabled(not self.read_only)
        for b in (self.add_text_button, self.add_file_button, self.rename_button, self.remove_button,
                  self.up_button, self.down_button):  # read-only: only Open… is offered
            b.setVisible(not self.read_only)
        self.open_button.setEnabled(has)
        self.rename_button.setEnabled(has and not self.read_only)
        self.remove_button.setEnabled(has and not self.read_only)
        self.up_button.setEnabled(has and not self.read_only and row > 0)
        self.down_button.setEnabled(has and not self.read_only and row < len(self._items) - 1)

    def _changed(self, current: int) -> None:
        self._fill(current)
        self.changed.emit()

    # -- actions -----------------------------------------------------------------------
    def add_text(self) -> None:
        dialog = TextAttachmentDialog(self.ctx, None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._items.append(dialog.item(None))
            self._changed(len(self._items) - 1)

    def add_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Attach files"), str(Path.home()))
        self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        for path in paths:
            try:
                self._items.append(service.store_file(self.ctx.db, path))
            except UserError as exc:
                show_error(self, str(exc))
        if paths:
            self._changed(len(self._items) - 1)

    def open_item(self) -> None:
        """A typed attachment opens in its editor; a file can be saved as a copy."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        item = self._items[row]
        if item.kind == "text":
            dialog = TextAttachmentDialog(self.ctx, item, self.read_only, self)
            if dialog.exec() == QDialog.DialogCode.Accepted and not self.read_only:
                self._items[row] = dialog.item(item)
                self._changed(row)
            return
        try:
            name, data = service.attachment_file(self.ctx.db, item.blob_id)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, str(exc))
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Save a copy of the attached file"),
                                              str(Path.home() / name))
        if path:
            try:
                Path(path).write_bytes(data)
            except OSError as exc:
                show_error(self, tr("{path} cannot be written: {reason}", path=path,
                                    reason=exc.strerror or str(exc)))

    def rename_item(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        name, ok = QInputDialog.getText(self, tr("Rename attachment"), tr("Name:"), text=self._items[row].name)
        if ok and name.strip():
            self._items[row] = replace(self._items[row], name=name.strip())
            self._changed(row)

    def remove_item(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self._changed(row)

    def move_item(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._items) and 0 <= target < len(self._items):
            self._items[row], self._items[target] = self._items[target], self._items[row]
            self._changed(target)
