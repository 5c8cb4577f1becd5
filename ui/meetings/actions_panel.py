"""Action items (督办事项) of one meeting, and the table the follow-up view shares: what,
responsible unit and person, due date, status; add and edit, mark done (when and by
whom), drop, reopen, progress notes with dates. Each change is one undoable action."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
    QVBoxLayout, QWidget,
)

from core.i18n import N_, format_date, tr
from core.meetings import agenda
from core.meetings.agenda import ActionItem
from ui.common.form import FormDialog
from ui.common.messages import confirm
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, action_status_label, attempt, cell

OVERDUE = QColor("#b3261e")
COLUMNS = (N_("Action item"), N_("Responsible unit"), N_("Responsible person"), N_("Due date"), N_("Status"), N_("Progress"))


def is_overdue(item: ActionItem, today: str | None = None) -> bool:
    return item.status == "open" and bool(item.due_date) and item.due_date < (today or dt.date.today().isoformat())


class ActionEditor(FormDialog):
    """What is to be done, by which unit and person, by when."""

    def __init__(self, ctx: AppContext, meeting_id: int, item: ActionItem | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.meeting_id, self.item = ctx, meeting_id, item
        self.setWindowTitle(tr("Action item"))
        self.resize(560, 320)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(100)
        self.unit, self.person = QLineEdit(), QLineEdit()
        try:
            from ui.common.date_field import DateEdit

            self.due: Any = DateEdit()
        except ImportError:
            self.due = QLineEdit()
        for key, label, widget, required in (("text", N_("Action item"), self.text, True),
                                              ("unit_name", N_("Responsible unit"), self.unit, False),
                                              ("person", N_("Responsible person"), self.person, False),
                                              ("due_date", N_("Due date"), self.due, False)):
            self.add_field(key, label, widget, required=required)
        if item is not None:
            self.text.setPlainText(item.text)
            self.unit.setText(item.unit_name)
            self.person.setText(item.person)
            self._set_due(item.due_date)
        self.finish_layout()
        self.retranslate_fields()

    def _set_due(self, iso: str | None) -> None:
        if hasattr(self.due, "set_iso"):
            self.due.set_iso(iso)
        else:
            self.due.setText(iso or "")

    def values(self) -> dict[str, Any]:
        due = (self.due.iso() or self.due.text()) if hasattr(self.due, "iso") else self.due.text()
        return {"text": self.text.toPlainText(), "unit_name": self.unit.text(), "person": self.person.text(),
                "due_date": due}

    def submit(self, values: dict[str, Any]) -> ActionItem:
        if self.item is None:
            return agenda.add_action_item(self.ctx.db, self.meeting_id, values)
        return agenda.update_action_item(self.ctx.db, self.item.id, {**values, "unit_id": self.item.unit_id
                                         if values["unit_name"] == self.item.unit_name else None,
                                         "contact_id": self.item.contact_id
                                         if values["person"] == self.item.person else None})


class ActionTable(QTableWidget):
    """Action items as rows (overdue ones in red); the follow-up view adds the meeting column."""

    def __init__(self, with_meeting: bool = False, parent: QWidget | None = None) -> None:
        self.with_meeting = with_meeting
        columns = COLUMNS + ((N_("Meeting"),) if with_meeting else ())
        super().__init__(0, len(columns), parent)
        self.column_labels = columns
        self.items_shown: list[ActionItem] = []
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 80), (3, 110), (4, 80), (5, 70), (6, 200)):
            if column < len(columns):
                self.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([tr(c) for c in self.column_labels])
        header = self.horizontalHeader()
        for column in range(1, self.columnCount()):  # a heading is never cut ("Responsible person")
            self.setColumnWidth(column, max(self.columnWidth(column), header.sectionSizeHint(column)))

    def show_items(self, items: list[ActionItem]) -> None:
        selected = set(self.selected_ids())
        self.items_shown = items
        self.setRowCount(len(items))
        today = dt.date.today().isoformat()
        for row, item in enumerate(items):
            due = format_date(item.due_date) if item.due_date else ""
            status = action_status_label(item.status)
            if item.status == "done" and item.done_at:
                status = tr("Done {date}", date=format_date(item.done_at[:10]))
            values = [item.text, item.unit_name, item.person, due, status,
                      str(item.progress_count) if item.progress_count else ""]
            if self.with_meeting:
                values.append(f"{format_date(item.meeting_date)} {item.meeting_title}".strip())
            late = is_overdue(item, today)
            for column, text in enumerate(values):
                entry = cell(text, item.id if column == 0 else None)
                if late and column in (0, 3):
                    entry.setForeground(QBrush(OVERDUE))
                    if column == 3:
                        entry.setToolTip(tr("Overdue since {date}", date=due))
                self.setItem(row, column, entry)
            if item.id in selected:
                self.selectRow(row)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows if self.item(r, 0)]

    def selected_items(self) -> list[ActionItem]:
        chosen = set(self.selected_ids())
        return [item for item in self.items_shown if item.id in chosen]


class ActionButtons(QWidget):
    """Done, drop, reopen and a progress note on the selected items of an ActionTable."""

    def __init__(self, ctx: AppContext, table: ActionTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.done_button, self.drop_button, self.reopen_button, self.progress_button = (QPushButton() for _ in range(4))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for name, button, handler in (("mark_done", self.done_button, self.mark_done),
                                      ("drop", self.drop_button, self.drop),
                                      ("reopen", self.reopen_button, self.reopen),
                                      ("progress", self.progress_button, self.add_progress)):
            button.setObjectName(name)
            button.clicked.connect(handler)
            row.addWidget(button)
        table.itemSelectionChanged.connect(self.update_buttons)

    def retranslate(self) -> None:
        self.done_button.setText(tr("Mark done…"))
        self.drop_button.setText(tr("Drop…"))
        self.reopen_button.setText(tr("Reopen"))
        self.progress_button.setText(tr("Progress note…"))
        self.update_buttons()

    def update_buttons(self) -> None:
        items = self.table.selected_items()
        writable = not self.ctx.db.read_only
        self.done_button.setEnabled(writable and any(i.status == "open" for i in items))
        self.drop_button.setEnabled(writable and any(i.status == "open" for i in items))
        self.reopen_button.setEnabled(writable and any(i.status != "open" for i in items))
        self.progress_button.setEnabled(writable and len(items) == 1)

    def _who(self, title: str) -> str | None:
        last = self.ctx.settings.get("meetings.done_by") or ""
        name, ok = QInputDialog.getText(self, title, tr("Recorded by (your name):"), text=last)
        if not ok:
            return None
        self.ctx.settings.set("meetings.done_by", name.strip())
        return name.strip()

    def mark_done(self) -> None:
        items = [i for i in self.table.selected_items() if i.status == "open"]
        who = self._who(tr("Mark done")) if items else None
        if who is None:
            return
        for item in items:
            if attempt(self, lambda item=item: agenda.mark_done(self.ctx.db, item.id, who)) is None:
                break
        self.ctx.changed()

    def drop(self) -> None:
        items = [i for i in self.table.selected_items() if i.status == "open"]
        if not items:
            return
        note, ok = QInputDialog.getText(self, tr("Drop action item"), tr("Why is it dropped?"))
        who = self._who(tr("Drop action item")) if ok else None
        if who is None:
            return
        for item in items:
            attempt(self, lambda item=item: agenda.drop_action_item(self.ctx.db, item.id, who, note))
        self.ctx.changed()

    def reopen(self) -> None:
        for item in self.table.selected_items():
            if item.status != "open":
                attempt(self, lambda item=item: agenda.reopen_action_item(self.ctx.db, item.id))
        self.ctx.changed()

    def add_progress(self) -> None:
        items = self.table.selected_items()
        if len(items) != 1:
            return
        text, ok = QInputDialog.getMultiLineText(self, tr("Progress note"),
                                                 tr("Progress on {item}:", item=items[0].text))
        if ok and text.strip():
            attempt(self, lambda: agenda.add_progress(self.ctx.db, items[0].id, text))
            self.ctx.changed()


class ActionsPanel(QWidget):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.table = ActionTable()
        self.table.setObjectName("action_items")
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        for name, button, handler in (("add_action", self.add_button, self.add_item),
                                      ("edit_action", self.edit_button, self.edit_item),
                                      ("delete_action", self.delete_button, self.delete_item)):
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.follow = ActionButtons(ctx, self.table)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addWidget(self.follow)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        ctx.data_changed.connect(lambda payload: touches(payload, MEETING_TABLES) and self.reload())
        ctx.language.changed.connect(lambda _l: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.retranslate()
        self.add_button.setText(tr("Add…"))
        self.edit_button.setText(tr("Edit…"))
        self.delete_button.setText(tr("Delete"))
        self.follow.retranslate()
        self.reload()

    def reload(self) -> None:
        try:
            self.table.show_items(agenda.list_action_items(self.ctx.db, self.meeting_id))
        except Exception:  # noqa: BLE001 - the meeting went to the trash while the editor was open
            return
        self._update_buttons()

    def _update_buttons(self) -> None:
        one = len(self.table.selected_ids()) == 1
        writable = not self.ctx.db.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(one and writable)
        self.delete_button.setEnabled(one and writable)
        self.follow.update_buttons()

    def add_item(self) -> None:
        if ActionEditor(self.ctx, self.meeting_id, None, self).exec():
            self.ctx.changed()

    def edit_item(self) -> None:
        items = self.table.selected_items()
        if len(items) == 1 and ActionEditor(self.ctx, self.meeting_id, items[0], self).exec():
            self.ctx.changed()

    def delete_item(self) -> None:
        items = self.table.selected_items()
        if len(items) == 1 and confirm(self, tr("Delete the action item {item}?", item=items[0].text), tr("Delete")):
            attempt(self, lambda: agenda.delete_action_item(self.ctx.db, items[0].id))
            self.ctx.changed()
