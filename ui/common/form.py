"""Base for editor dialogs: a form whose fields each show their own error message.

A subclass adds fields with :meth:`add_field`, implements ``values()`` (what was
typed, as a dict) and ``submit(values)`` (the one core call that saves). When the
core raises ValidationError, every wrong field shows its message beside it and
nothing typed is lost; Ctrl+S saves, Esc cancels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import tr
from core.validation import ValidationError
from ui.common.messages import show_error
from ui.common.mnemonics import assign, on_show

ERROR_STYLE = "color: #b3261e;"


class FieldRow:
    def __init__(self, key: str, label: str, widget: QWidget, required: bool = False) -> None:
        self.key = key
        self.required = required
        self.label_source = label
        self.widget = widget
        self.label = QLabel()
        self.label.setBuddy(widget)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setObjectName(f"error_{key}")
        self.error.hide()


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.rows: dict[str, FieldRow] = {}
        self.result_value: Any = None
        self.read_only_look = False  # set_read_only_look(): no required marks, grey fields
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    def finish_layout(self, body: QWidget | None = None) -> None:
        if body is None:
            self.layout_.addLayout(self.form)
        else:
            self.layout_.addWidget(body)
        self.layout_.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget, form: QFormLayout | None = None,
                  required: bool = False) -> QWidget:
        """A labelled field with its error line; a required one is marked with * and says so."""
        row = FieldRow(key, label, widget, required)
        self.rows[key] = row
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(row.error)
        (form or self.form).addRow(row.label, holder)
        widget.setObjectName(f"field_{key}")
        return widget

    def set_read_only_look(self, read_only: bool, widgets: list[QWidget]) -> None:
        """Make a record that cannot be changed look so at once: ``widgets`` (the read-only
        fields) take the dialog's grey instead of the white of a field to type in, and the
        required marks go (nothing is to be filled in). Labels follow at retranslate_fields()."""
        self.read_only_look = read_only
        for widget in widgets:
            palette = QPalette(widget.palette())
            if read_only:
                palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
                widget.setPalette(palette)
            else:
                widget.setPalette(QPalette())
        self.retranslate_fields()

    def retranslate_fields(self) -> None:
        for row in self.rows.values():
            row.label.setToolTip("")
            if row.required and not self.read_only_look:
                row.label.setText(tr("{label} *:", label=tr(row.label_source)))
                row.label.setToolTip(tr("This field must be filled in."))
            else:
                row.label.setText(tr("{label}:", label=tr(row.label_source)))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        if self.isVisible():  # the labels' Alt+letters again, once the subclass has set its texts
            QTimer.singleShot(0, lambda: assign(self))

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.error.clear()
            row.error.hide()

    def show_errors(self, error: ValidationError) -> None:
        self.clear_errors()
        first: QWidget | None = None
        unplaced: list[str] = []
        for problem in error.errors:
            row = self.rows.get(problem.field)
            if row is None:
                unplaced.append(problem.text())
                continue
            row.error.setText(problem.text())
            row.error.show()
            first = first or row.widget
        if first is not None:
            first.setFocus()
        if unplaced:
            show_error(self, "\n".join(unplaced))

    def error_text(self, key: str) -> str:
        return self.rows[key].error.text()

    # -- subclass interface -----------------------------------------------------
    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def submit(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        """Validate through the core and save; on errors keep the dialog open, text intact."""
        try:
            self.result_value = self.submit(self.values())
        except ValidationError as exc:
            self.show_errors(exc)
            return
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.accept()
