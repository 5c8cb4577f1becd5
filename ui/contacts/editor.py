"""The contact editor. Personal data (the mobile) is shown in full only here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from core.i18n import tr
from core.members import contacts, queries
from core.members.choices import GENDERS
from core.members.contacts import CONTACT_LABELS, Contact
from ui.common.form import FormDialog
from ui.common.screen import fit_to_screen
from ui.common.widgets import fill_choices, select_data
from ui.context import AppContext
from ui.safety.history_widget import ChangeHistory

TEXT_FIELDS = ("name", "position", "title", "mobile", "office_phone", "email")


class UnitPicker(QComboBox):
    """An editable combo over every unit name, completing on any part of the name."""

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._ids = [i for i, _ in choices]
        self.setModel(QStringListModel([n for _, n in choices], self))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)

    def unit_id(self) -> int | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        return self._ids[index] if index >= 0 else None

    def select_unit(self, unit_id: int) -> None:
        if unit_id in self._ids:
            self.setCurrentIndex(self._ids.index(unit_id))


class ContactEditor(FormDialog):
    def __init__(self, ctx: AppContext, contact: Contact | None = None, unit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.setMinimumWidth(520)
        fit_to_screen(self, 720, 580)  # the change history's columns need the width
        self.unit_picker = self.add_field("unit_id", CONTACT_LABELS["unit_id"],
                                          UnitPicker(queries.unit_choices(ctx.db)), required=True)
        self.inputs: dict[str, Any] = {}
        for key in TEXT_FIELDS:
            self.inputs[key] = self.add_field(key, CONTACT_LABELS[key], QLineEdit(), required=key == "name")
            if key == "name":
                self.gender = self.add_field("gender", CONTACT_LABELS["gender"], QComboBox())
        self.primary = self.add_field("is_primary", CONTACT_LABELS["is_primary"], QCheckBox())
        self.notes = self.add_field("notes", CONTACT_LABELS["notes"], QPlainTextEdit())
        self.notes.setMaximumHeight(90)
        self.changes = ChangeHistory(ctx, "contacts", contact.id if contact else None)
        self.changes.setVisible(contact is not None)
        self.changes.setMinimumHeight(150)
        self.changes.reverted.connect(self.reject)  # the dialog showed the old values: close it
        self.changes_label = QLabel()
        self.changes_label.setVisible(contact is not None)
        self.form.addRow(self.changes_label)
        self.form.addRow(self.changes)
        self.finish_layout()
        if contact is not None:
            for key in TEXT_FIELDS:
                self.inputs[key].setText(getattr(contact, key))
            self.unit_picker.select_unit(contact.unit_id)
            self.primary.setChecked(contact.is_primary)
            self.notes.setPlainText(contact.notes)
        elif unit_id is not None:
            self.unit_picker.select_unit(unit_id)
        self.retranslate()
        if contact is not None:
            select_data(self.gender, contact.gender or None)
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New contact") if self.contact is None
                            else tr("Contact: {name}", name=self.contact.name))
        self.retranslate_fields()
        self.changes_label.setText(tr("Changes"))
        self.changes.retranslate()
        fill_choices(self.gender, GENDERS, "")
        self.inputs["mobile"].setPlaceholderText("13812345678")
        self.inputs["office_phone"].setPlaceholderText("010-12345678")
        self.unit_picker.lineEdit().setPlaceholderText(tr("Type part of the unit name"))

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: self.inputs[k].text() for k in TEXT_FIELDS}
        data["gender"] = self.gender.currentData() or ""
        data["unit_id"] = self.unit_picker.unit_id()
        data["is_primary"] = self.primary.isChecked()
        data["notes"] = self.notes.toPlainText()
        return data

    def submit(self, values: dict[str, Any]) -> Contact:
        if self.contact is None:
            return contacts.create_contact(self.ctx.db, values)
        return contacts.update_contact(self.ctx.db, self.contact.id, values)
