"""Dialogs of calls and nominations: the call editor, the nomination (or application) editor,
the review step (with its reason, date, notes, decision and term), and the side-by-side
comparison shown when the same person or unit is there already."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QPlainTextEdit, QScrollArea, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from core.calls import queries, service
from core.calls import nominations
from core.calls.choices import CALL_KINDS, SIDES, STATES
from core.calls.service import CALL_LABELS
from core.calls.nominations import EXTRA_LABELS, NOMINATION_LABELS
from core.i18n import N_, tr
from core.members.choices import GENDERS, LEVELS, UNIT_TYPES
from core.members.queries import committee_choices, unit_choices
from ui.calls.widgets import TickList, plain
from ui.common.form import FormDialog
from ui.common.mnemonics import on_show
from ui.common.screen import fit_to_screen
from ui.common.widgets import fill_choices, fill_items, select_data
from ui.context import AppContext

LABELS = {**NOMINATION_LABELS, **EXTRA_LABELS}


def _text(widget: Any) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else (
            widget.currentText() if widget.isEditable() else "")
    if isinstance(widget, TickList):
        return widget.checked()
    return widget.text()


def _set(widget: Any, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and widget.isEditable():
            widget.setEditText(str(value or ""))
        else:
            widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, TickList):
        widget.set_checked(list(value or []))
    else:
        widget.setText("" if value is None else str(value))


class CallEditor(FormDialog):
    """A new call (``call`` None) or an edited one; ``result_value`` is the saved Call."""

    def __init__(self, ctx: AppContext, call: service.Call | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.call = ctx, call
        self.inputs: dict[str, Any] = {}
        kind = QComboBox()
        fill_choices(kind, CALL_KINDS)
        notice = QComboBox()
        fill_items(notice, [(title, nid) for nid, title in queries.notice_choices(ctx.db)], N_("(no notice)"))
        sides, committees = TickList(), TickList()
        sides.fill([(SIDES.label(c), c) for c in SIDES.codes()])
        committees.fill(committee_choices(ctx.db))
        for key, widget in (("kind", kind), ("title", QLineEdit()), ("notice_id", notice), ("opened_on", QLineEdit()),
                            ("deadline", QLineEdit()), ("sides", sides), ("committee_ids", committees),
                            ("notes", QPlainTextEdit())):
            self.inputs[key] = self.add_field(key, CALL_LABELS[key], widget, required=key in ("kind", "title"))
        self.inputs["deadline"].setPlaceholderText("2013-11-30")
        if call is not None:
            for key, widget in self.inputs.items():
                _set(widget, getattr(call, key))
        self.finish_layout()
        self.setWindowTitle(tr("Call"))
        self.retranslate_fields()
        fit_to_screen(self, 560, 560)

    def values(self) -> dict[str, Any]:
        return {key: _text(widget) for key, widget in self.inputs.items()}

    def submit(self, values: dict[str, Any]) -> Any:
        if self.call is None:
            return service.create_call(self.ctx.db, values)
        return service.update_call(self.ctx.db, self.call.id, values)


PERSON_FIELDS = ("name", "gender", "birth_date", "id_number", "mobile", "email", "office_phone", "work_unit",
                 "position", "title", "side", "fields", "specialty", "committees", "nominating_unit", "received_on",
                 "notes")
UNIT_FIELDS = ("name", "credit_code", "unit_type", "level", "contact_name", "contact_position", "mobile", "email",
               "office_phone", "address", "committees", "business", "nominating_unit", "received_on", "notes")


class NominationEditor(FormDialog):
    """Record a nomination or application for ``call`` (``nomination`` None) or edit one. A person or
    unit already there is shown side by side before anything is saved."""

    def __init__(self, ctx: AppContext, call: service.Call, nomination: nominations.Nomination | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.call, self.nomination = ctx, call, nomination
        self.inputs: dict[str, Any] = {}
        kind = call.form_kind
        fields = UNIT_FIELDS if kind == "membership" else [
            f for f in PERSON_FIELDS if not (f == "side" and kind != "expert") and not (
                f == "specialty" and kind != "standards")]
        for key in fields:
            widget: Any
            if key == "gender":
                widget = QComboBox()
                fill_choices(widget, GENDERS, "")
            elif key == "side":
                widget = QComboBox()
                fill_choices(widget, SIDES, "")
            elif key == "level":
                widget = QComboBox()
                fill_choices(widget, LEVELS)
            elif key == "unit_type":
                widget = QComboBox()
                fill_choices(widget, UNIT_TYPES)
            elif key == "committees":
                widget = TickList()
                widget.fill([(name, name) for name, _cid in committee_choices(ctx.db)])
            elif key == "nominating_unit":
                widget = QComboBox()
                widget.setEditable(True)  # a unit that is not a member can nominate too
                fill_items(widget, [(name, name) for _uid, name in unit_choices(ctx.db)], "")
            elif key in ("notes", "business"):
                widget = QPlainTextEdit()
                widget.setMaximumHeight(70)
            else:
                widget = QLineEdit()
            label = N_("Unit name") if key == "name" and kind == "membership" else LABELS[key]
            self.inputs[key] = self.add_field(key, label, widget, required=key in ("name", "side", "contact_name"))
        self.inputs["received_on"].setPlaceholderText("2013-11-20")
        if nomination is not None:
            raw = nominations.nomination_as_raw(nomination)
            for key, widget in self.inputs.items():
                _set(widget, raw.get(key))
        self.allow_duplicate = False
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.finish_layout(scroll)
        self.setWindowTitle(tr("Nomination: {call}", call=call.title))
        self.retranslate_fields()
        fit_to_screen(self, 620, 720)

    def values(self) -> dict[str, Any]:
        values = {key: _text(widget) for key, widget in self.inputs.items()}
        if self.nomination is not None:  # values of the form not shown here are kept
            values = {**self.nomination.form_values, **values}
        return values

    def submit(self, values: dict[str, Any]) -> Any:
        db = self.ctx.db
        if self.nomination is not None:
            return nominations.update_nomination(db, self.nomination.id, values)
        try:
            return nominations.record_nomination(db, self.call.id, values, allow_duplicate=self.allow_duplicate)
        except nominations.DuplicateFound as found:
            prepared = nominations.prepare_nomination(db, self.call.id, values)
            dialog = CompareDialog(self.ctx, prepared, found.duplicates, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._kept_open = True  # compared and cancelled: the editor stays, nothing saved
                return None
            return nominations.record_nomination(db, self.call.id, values, allow_duplicate=True)

    def accept(self) -> None:
        if getattr(self, "_kept_open", False):
            self._kept_open = False
            return
        super().accept()


COMPARED = ("name", "gender", "id_number", "mobile", "email", "credit_code", "work_unit", "side", "fields",
            "committees", "nominating_unit")


def existing_values(ctx: AppContext, duplicate: nominations.Duplicate) -> dict[str, str]:
    """The values of a record found as a duplicate, by the nomination's field names."""
    db = ctx.db
    if duplicate.where == "nominations":
        n = nominations.get_nomination(db, duplicate.id)
        return {k: "、".join(v) if isinstance(v, list) else str(v or "") for k, v in
                nominations.nomination_as_raw(n).items()}
    if duplicate.where == "units":
        from core.members import units

        unit = units.get_unit(db, duplicate.id)
        return {"name": unit.name, "credit_code": unit.credit_code or ""}
    from core.calls import pool

    person = pool.get_person(db, duplicate.where, duplicate.id)
    out = {k: str(v or "") for k, v in person.values.items()}
    out["committees"] = "、".join(person.committees)
    return out


def comparison_table(ctx: AppContext, values: dict[str, Any], duplicate: nominations.Duplicate) -> QTableWidget:
    """Field by field: what this form says beside what is recorded; differing cells are shaded."""
    first = existing_values(ctx, duplicate)
    shown = {k: "、".join(v) if isinstance(v, list) else str(v or "") for k, v in values.items()}
    keys = [k for k in COMPARED if shown.get(k) or first.get(k)]
    table = QTableWidget(len(keys), 3)
    table.setObjectName("comparison")
    table.setHorizontalHeaderLabels([tr("Field"), tr("This form"), tr("Already recorded")])
    table.verticalHeader().hide()
    for row, key in enumerate(keys):
        for col, text in enumerate((tr(LABELS[key]), shown.get(key, ""), first.get(key, ""))):
            item = QTableWidgetItem(text)
            if col and shown.get(key, "") != first.get(key, ""):
                item.setBackground(table.palette().highlight().color().lighter(180))
            table.setItem(row, col, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class CompareDialog(QDialog):
    """What was typed (or read from a returned form) beside what is recorded already, field by field;
    Record anyway or Cancel."""

    def __init__(self, ctx: AppContext, values: dict[str, Any], duplicates: list[nominations.Duplicate],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.setWindowTitle(tr("Already recorded?"))
        box = QVBoxLayout(self)
        box.addWidget(plain(tr("The same person or unit seems to be recorded already: {where}. Compare the "
                               "values; record this one only if it is someone else.",
                               where="; ".join(str(d.describe()) for d in duplicates))))
        self.table = comparison_table(ctx, values, duplicates[0])
        box.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(tr("Record anyway"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        fit_to_screen(self, 640, 420)


class ReviewDialog(FormDialog):
    """Move a nomination to its next state: the states allowed from where it is, a date, a reason (asked
    for 退回补充 and 不通过), reviewer notes, the meeting or notice of the decision, and on approval the
    term."""

    def __init__(self, ctx: AppContext, nomination: nominations.Nomination, target: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.nomination = ctx, nomination
        self.state = QComboBox()
        for code in nominations.allowed_moves(nomination.state):
            self.state.addItem(STATES.label(code), code)
        select_data(self.state, target)
        self.inputs = {"state": self.add_field("state", N_("Move to"), self.state, required=True)}
        for key, label in (("on_date", N_("Date")), ("reason", N_("Reason")), ("reviewer_notes", N_("Reviewer notes")),
                           ("decision_ref", N_("Meeting or notice of the decision")), ("term_start", N_("Term start")),
                           ("term_end", N_("Term end"))):
            widget: Any = QPlainTextEdit() if key in ("reason", "reviewer_notes") else QLineEdit()
            if isinstance(widget, QPlainTextEdit):
                widget.setMaximumHeight(70)
            self.inputs[key] = self.add_field(key, label, widget)
        self.inputs["on_date"].setPlaceholderText(tr("today"))
        self.form.insertRow(0, plain(tr("{name}: {state}", name=nomination.name, state=STATES.label(nomination.state)),
                                     bold=True))
        self.state.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.finish_layout()
        self.setWindowTitle(tr("Review"))
        self.retranslate_fields()
        self._show_fields()
        fit_to_screen(self, 520, 460)

    def _show_fields(self) -> None:
        code = self.state.currentData()
        approving = code == "approved" and self.nomination.kind != "membership"
        for key in ("term_start", "term_end"):
            self.form.setRowVisible(self.rows[key].widget.parentWidget(), approving)
        self.rows["reason"].required = code in ("returned", "rejected")
        self.retranslate_fields()

    def values(self) -> dict[str, Any]:
        return {key: _text(widget) for key, widget in self.inputs.items()}

    def submit(self, values: dict[str, Any]) -> Any:
        state = values.pop("state")
        return nominations.move_nomination(self.ctx.db, self.nomination.id, state, **values)
