"""The member-unit editor: every field, committees, and the dated history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit, QListWidgetItem, QPlainTextEdit,
    QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from core.i18n import N_, format_date, tr
from core.members import committees, units
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.members.units import UNIT_LABELS, Unit
from ui.common.checklist import CheckList
from ui.common.date_field import DateEdit
from ui.common.form import FormDialog
from ui.common.widgets import fill_choices, select_data
from ui.members.region_picker import RegionPicker
from ui.members.unit_contacts import UnitContacts
from ui.safety.history_widget import ChangeHistory
from ui.context import AppContext

TEXT_FIELDS = ("name", "short_name", "credit_code", "member_no", "province", "city", "address", "postcode",
               "website")
CHOICE_FIELDS = {"level": LEVELS, "unit_type": UNIT_TYPES, "status": STATUSES}


class UnitEditor(FormDialog):
    """Create a unit (``unit`` None) or edit one. ``result_value`` is the saved Unit."""

    def __init__(self, ctx: AppContext, unit: Unit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit = unit
        self.setMinimumSize(640, 560)
        self.resize(780, 600)  # the history columns need the width; fits 1,024 × 640
        self.tabs = QTabWidget()
        main = QWidget()
        main_form = QFormLayout(main)
        self.inputs: dict[str, Any] = {}
        self.regions = RegionPicker()
        for key in ("name", "short_name", "credit_code", "level", "unit_type", "status", "member_no",
                    "join_date", "province", "city", "address", "postcode", "website"):
            if key in CHOICE_FIELDS:
                widget: Any = QComboBox()
                fill_choices(widget, CHOICE_FIELDS[key])
            elif key in ("province", "city"):
                widget = getattr(self.regions, key)
            elif key == "join_date":
                widget = DateEdit()
            else:
                widget = QLineEdit()
                widget.setMaxLength(400)
            self.inputs[key] = self.add_field(key, UNIT_LABELS[key], widget, main_form, required=key == "name")
        self.committee_list = CheckList()  # on the Unit tab: ten committees take three lines, not a tab
        for c in committees.list_committees(ctx.db):
            item = QListWidgetItem(c.name)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.committee_list.addItem(item)
        self.add_field("committee_ids", UNIT_LABELS["committee_ids"], self.committee_list, main_form)
        self.change_date = self.add_field("change_date", units.CHANGE_DATE_LABEL, DateEdit(), main_form)
        self.change_note = self.add_field("change_note", units.CHANGE_NOTE_LABEL, QLineEdit(), main_form)
        self.tabs.addTab(main, "")

        self.contacts = UnitContacts(ctx, unit.id) if unit is not None else None
        if self.contacts is not None:
            self.tabs.addTab(self.contacts, "")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("field_notes")
        self.tabs.addTab(self.notes, "")
        # One History tab: the membership's dated course (level and status, with the date they took
        # effect and why) above every recorded change (who changed which field when, with Revert).
        self.history = QTableWidget(0, 4)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        self.changes = ChangeHistory(ctx, "units", unit.id if unit else None)
        self.changes.reverted.connect(self._reload_after_revert)
        self.history_label, self.changes_label = QLabel(), QLabel()
        history_tab = QSplitter(Qt.Orientation.Vertical)
        for label, widget in ((self.history_label, self.history), (self.changes_label, self.changes)):
            part = QWidget()
            box = QVBoxLayout(part)
            box.setContentsMargins(0, 4, 0, 0)
            box.addWidget(label)
            box.addWidget(widget, 1)
            history_tab.addWidget(part)
        history_tab.setStretchFactor(1, 2)
        self.tabs.addTab(history_tab, "")
        self.finish_layout(self.tabs)
        for key in ("level", "status"):
            self.inputs[key].currentIndexChanged.connect(self._update_change_fields)
        if unit is not None:
            self._load(unit)
        else:  # a clerk who types only a name gets an ordinary active member unit, joining today
            blank = Unit(id=0, name="")
            for key in CHOICE_FIELDS:
                select_data(self.inputs[key], getattr(blank, key))
            self.inputs["join_date"].set_iso(dt.date.today().isoformat())
        self._update_change_fields()
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def _load(self, unit: Unit) -> None:
        for key in TEXT_FIELDS:
            self.inputs[key].setText(getattr(unit, key) or "")
        self.inputs["join_date"].set_iso(unit.join_date)
        for key in CHOICE_FIELDS:
            select_data(self.inputs[key], getattr(unit, key))
        self.notes.setPlainText(unit.notes)
        for i in range(self.committee_list.count()):
            item = self.committee_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in unit.committee_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _reload_after_revert(self) -> None:
        self.unit = units.get_unit(self.ctx.db, self.unit.id)
        self._load(self.unit)
        self._fill_history()

    def _update_change_fields(self) -> None:
        changed = self.unit is not None and any(
            self.inputs[k].currentData() != getattr(self.unit, k) for k in ("level", "status"))
        for key in ("change_date", "change_note"):
            row = self.rows[key]
            row.widget.setEnabled(changed)

    def _fill_history(self) -> None:
        entries = units.unit_history(self.ctx.db, self.unit.id) if self.unit else []
        self.history.setRowCount(len(entries))
        for r, e in enumerate(entries):
            vocab = LEVELS if e.field == "level" else STATUSES
            cells = [format_date(e.changed_on), tr(UNIT_LABELS[e.field]),
                     tr("{old} → {new}", old=vocab.label(e.old_value) if e.old_value else "—",
                        new=vocab.label(e.new_value)), e.note]
            for c, text in enumerate(cells):
                self.history.setItem(r, c, QTableWidgetItem(text))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New member unit") if self.unit is None
                            else tr("Member unit: {name}", name=self.unit.name))
        self.retranslate_fields()
        self.regions.retranslate()
        for key, vocab in CHOICE_FIELDS.items():
            fill_choices(self.inputs[key], vocab)
        labels = [N_("Unit"), N_("Contacts"), N_("Notes"), N_("History")]
        self.history_label.setText(tr("Level and status over time"))
        self.changes_label.setText(tr("Every change, with who made it"))
        if self.contacts is None:
            labels.remove("Contacts")
        else:
            self.contacts.retranslate()
        for i, label in enumerate(labels):
            self.tabs.setTabText(i, tr(label))
        self.history.setHorizontalHeaderLabels([tr("Date"), tr("Field"), tr("Change"), tr("Reason")])
        self.changes.retranslate()
        self.inputs["credit_code"].setPlaceholderText(tr("18 characters, e.g. 91110108MA01ABCD1E"))
        for field in (self.inputs["join_date"], self.change_date):
            field.retranslate()
        self.change_date.setPlaceholderText(tr("Empty: today ({date})", date=format_date(dt.date.today())))
        self._fill_history()

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: self.inputs[k].text() for k in TEXT_FIELDS}
        data["join_date"] = self.inputs["join_date"].iso()
        data.update({k: self.inputs[k].currentData() for k in CHOICE_FIELDS})
        data["notes"] = self.notes.toPlainText()
        data["committee_ids"] = [self.committee_list.item(i).data(Qt.ItemDataRole.UserRole)
                                 for i in range(self.committee_list.count())
                                 if self.committee_list.item(i).checkState() == Qt.CheckState.Checked]
        return data

    def submit(self, values: dict[str, Any]) -> Unit:
        if self.unit is None:
            return units.create_unit(self.ctx.db, values)
        return units.update_unit(self.ctx.db, self.unit.id, values, change_date=self.change_date.iso() or None,
                                 change_note=self.change_note.text())
