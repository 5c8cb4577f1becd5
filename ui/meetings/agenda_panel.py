"""Agenda items (议题) with their discussion notes, and the decisions (决定事项) numbered
through the meeting. Each change is saved at once as one undoable action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QInputDialog, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from core.meetings import agenda
from core.i18n import tr
from ui.common.messages import confirm
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, attempt, plain_label


class AgendaPanel(QWidget):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.items = QListWidget()
        self.items.setObjectName("agenda_items")
        self.items.currentItemChanged.connect(lambda *_a: self._show_notes())
        self.items.itemDoubleClicked.connect(lambda _i: self.rename_item())
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("agenda_notes")
        self.presenter = QLineEdit()
        self.presenter.setObjectName("agenda_presenter")
        self.save_notes_button = QPushButton()
        self.save_notes_button.setObjectName("save_notes")
        self.save_notes_button.clicked.connect(self.save_notes)
        self.add_button, self.rename_button, self.up_button, self.down_button, self.delete_button = (
            QPushButton() for _ in range(5))
        for name, button, handler in (("add_item", self.add_button, self.add_item),
                                      ("rename_item", self.rename_button, self.rename_item),
                                      ("item_up", self.up_button, lambda: self.move(-1)),
                                      ("item_down", self.down_button, lambda: self.move(1)),
                                      ("delete_item", self.delete_button, self.delete_item)):
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.decisions = QListWidget()
        self.decisions.setObjectName("decisions")
        self.decisions.setWordWrap(True)
        self.decisions.itemDoubleClicked.connect(lambda _i: self.edit_decision())
        self.add_decision_button, self.edit_decision_button, self.delete_decision_button = (
            QPushButton() for _ in range(3))
        for name, button, handler in (("add_decision", self.add_decision_button, self.add_decision),
                                      ("edit_decision", self.edit_decision_button, self.edit_decision),
                                      ("delete_decision", self.delete_decision_button, self.delete_decision)):
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.items_head, self.notes_head, self.decisions_head = (plain_label(bold=True) for _ in range(3))
        self.presenter_label = plain_label()

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.items_head)
        left_box.addWidget(self.items, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.delete_button):
            row.addWidget(button)
        left_box.addLayout(row)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.notes_head)
        presenter_row = QHBoxLayout()
        presenter_row.addWidget(self.presenter_label)
        presenter_row.addWidget(self.presenter, 1)
        right_box.addLayout(presenter_row)
        right_box.addWidget(self.notes, 1)
        right_box.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignRight)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(1, 2)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.decisions_head)
        bottom_box.addWidget(self.decisions, 1)
        row = QHBoxLayout()
        for button in (self.add_decision_button, self.edit_decision_button, self.delete_decision_button):
            row.addWidget(button)
        row.addStretch(1)
        bottom_box.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        ctx.data_changed.connect(lambda payload: touches(payload, MEETING_TABLES) and self.reload())
        ctx.language.changed.connect(lambda _l: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.items_head.setText(tr("Agenda items"))
        self.notes_head.setText(tr("Discussion notes of the selected item"))
        self.presenter_label.setText(tr("Presented by:"))
        self.decisions_head.setText(tr("Decisions (numbered through the meeting)"))
        for button, text in ((self.add_button, tr("Add…")), (self.rename_button, tr("Rename…")),
                             (self.up_button, tr("Move up")), (self.down_button, tr("Move down")),
                             (self.delete_button, tr("Delete")), (self.save_notes_button, tr("Save notes")),
                             (self.add_decision_button, tr("Add decision…")),
                             (self.edit_decision_button, tr("Edit…")), (self.delete_decision_button, tr("Delete"))):
            button.setText(text)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            items = agenda.list_agenda_items(self.ctx.db, self.meeting_id)
            decisions = agenda.list_decisions(self.ctx.db, self.meeting_id)
        except Exception:  # noqa: BLE001 - the meeting went to the trash while the editor was open
            return
        current = self.current_item_id()
        self.items.blockSignals(True)
        self.items.clear()
        for k, item in enumerate(items, start=1):
            entry = QListWidgetItem(f"{k}. {item.title}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.title)
            self.items.addItem(entry)
            if item.id == current:
                self.items.setCurrentItem(entry)
        self.items.blockSignals(False)
        self._items = {item.id: item for item in items}
        titles = {item.id: item.title for item in items}
        self.decisions.clear()
        for decision in decisions:
            text = f"{decision.number}. {decision.text}"
            if decision.agenda_item_id in titles:
                text += f"（{titles[decision.agenda_item_id]}）"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, decision.id)
            self.decisions.addItem(entry)
        self._show_notes()

    def current_item_id(self) -> int | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_notes(self) -> None:
        item = getattr(self, "_items", {}).get(self.current_item_id())
        self.notes.setPlainText(item.notes if item else "")
        self.presenter.setText(item.presenter if item else "")
        for widget in (self.notes, self.presenter, self.save_notes_button, self.rename_button, self.up_button,
                       self.down_button, self.delete_button):
            widget.setEnabled(item is not None)

    # -- changes -----------------------------------------------------------------------------
    def _changed(self, result: object) -> None:
        if result is not None:
            self.ctx.changed()

    def add_item(self) -> None:
        title, ok = QInputDialog.getText(self, tr("Add agenda item"), tr("Agenda item:"))
        if ok and title.strip():
            item = attempt(self, lambda: agenda.add_agenda_item(self.ctx.db, self.meeting_id, title))
            self._changed(item)
            if item is not None:
                for k in range(self.items.count()):
                    if self.items.item(k).data(Qt.ItemDataRole.UserRole) == item.id:
                        self.items.setCurrentRow(k)

    def rename_item(self) -> None:
        item = self._items.get(self.current_item_id())
        if item is None:
            return
        title, ok = QInputDialog.getText(self, tr("Rename agenda item"), tr("Agenda item:"), text=item.title)
        if ok and title.strip():
            self._changed(attempt(self, lambda: agenda.update_agenda_item(self.ctx.db, item.id, title, item.notes,
                                                                         item.presenter)))

    def save_notes(self) -> None:
        item = self._items.get(self.current_item_id())
        if item is not None:
            self._changed(attempt(self, lambda: agenda.update_agenda_item(
                self.ctx.db, item.id, item.title, self.notes.toPlainText(), self.presenter.text())))

    def move(self, step: int) -> None:
        item = self._items.get(self.current_item_id())
        if item is not None and 1 <= item.position + step <= len(self._items):
            self._changed(attempt(self, lambda: agenda.move_agenda_item(self.ctx.db, item.id, item.position + step)))

    def delete_item(self) -> None:
        item = self._items.get(self.current_item_id())
        if item is not None and confirm(self, tr("Delete the agenda item {title}?", title=item.title), tr("Delete")):
            attempt(self, lambda: agenda.delete_agenda_item(self.ctx.db, item.id))
            self.ctx.changed()

    def _decision_id(self) -> int | None:
        item = self.decisions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_decision(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, tr("Add decision"), tr("The meeting decided:"))
        if ok and text.strip():
            self._changed(attempt(self, lambda: agenda.add_decision(self.ctx.db, self.meeting_id, text,
                                                                    self.current_item_id())))

    def edit_decision(self) -> None:
        decision_id = self._decision_id()
        if decision_id is None:
            return
        decision = next(d for d in agenda.list_decisions(self.ctx.db, self.meeting_id) if d.id == decision_id)
        text, ok = QInputDialog.getMultiLineText(self, tr("Edit decision"), tr("The meeting decided:"), decision.text)
        if ok and text.strip():
            self._changed(attempt(self, lambda: agenda.update_decision(self.ctx.db, decision_id, text,
                                                                       decision.agenda_item_id)))

    def delete_decision(self) -> None:
        decision_id = self._decision_id()
        if decision_id is not None and confirm(self, tr("Delete this decision? The others are numbered again."),
                                               tr("Delete")):
            attempt(self, lambda: agenda.delete_decision(self.ctx.db, decision_id))
            self.ctx.changed()
