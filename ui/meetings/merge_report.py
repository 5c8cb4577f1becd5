"""What merging a sign-in laptop's results did: counts, the differences between the office
and the laptop, and the walk-ins, each offered as a new contact of a member unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from core.i18n import tr
from core.meetings import attendance
from core.meetings.package import MergeReport
from core.members import queries
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.meetings.common import attempt, plain_label


class MergeReportDialog(QDialog):
    def __init__(self, ctx: AppContext, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx, self.report = ctx, report
        self.setWindowTitle(tr("Sign-in results merged"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        summary = plain_label(report.text())
        summary.setObjectName("merge_summary")
        layout.addWidget(summary)
        lines = report.conflict_lines()
        if lines:
            layout.addWidget(plain_label(tr("Differences (the office's record was kept):"), bold=True))
            conflicts = QListWidget()
            conflicts.setObjectName("merge_conflicts")
            conflicts.addItems(lines)
            layout.addWidget(conflicts, 1)
        walk_ins = [w for w in report.walk_ins if w.contact_id is None]
        self.walk_ins = QListWidget()
        self.walk_ins.setObjectName("merge_walk_ins")
        self.unit = QComboBox()
        self.unit.setObjectName("walk_in_unit")
        self.add_button = QPushButton(tr("Add as contact of this unit"))
        self.add_button.setObjectName("add_contact")
        self.add_button.clicked.connect(self.add_contact)
        if walk_ins:
            layout.addWidget(plain_label(tr("Walk-ins: add them as contacts of their units?"), bold=True))
            for person in walk_ins:
                item = QListWidgetItem(f"{person.name} — {person.unit_name}" if person.unit_name else person.name)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.walk_ins.addItem(item)
            layout.addWidget(self.walk_ins, 1)
            for unit_id, name in queries.unit_choices(ctx.db):
                self.unit.addItem(name, unit_id)
            row = QHBoxLayout()
            row.addWidget(self.unit, 1)
            row.addWidget(self.add_button)
            layout.addLayout(row)
            self.walk_ins.currentItemChanged.connect(lambda *_a: self._guess_unit())
            self.walk_ins.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _guess_unit(self) -> None:
        item = self.walk_ins.currentItem()
        if item is None:
            return
        person = next((w for w in self.report.walk_ins if w.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if person is not None and person.unit_name:
            index = self.unit.findText(person.unit_name)
            if index >= 0:
                self.unit.setCurrentIndex(index)

    def add_contact(self) -> None:
        item = self.walk_ins.currentItem()
        unit_id = self.unit.currentData()
        if item is None or unit_id is None:
            return
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        if attempt(self, lambda: attendance.add_walk_in_as_contact(self.ctx.db, attendee_id, unit_id)) is not None:
            self.ctx.changed()
            self.walk_ins.takeItem(self.walk_ins.row(item))
