"""Follow-up (督办) across all meetings: open action items, overdue first; filter by text,
unit or person, committee and meeting; mark done (when and by whom), drop, reopen, add a
progress note; carry the selected open items into another meeting's agenda."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from core.i18n import N_, format_date, tr
from core.meetings import agenda, followup, queries
from core.members import committees
from ui.common.mnemonics import on_show
from ui.common.screen import fit_to_screen
from ui.common.widgets import fill_items
from ui.context import AppContext, touches
from ui.meetings.actions_panel import ActionButtons, ActionTable
from ui.meetings.common import MEETING_TABLES, attempt, plain_label


class FollowUpDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("followup_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.committee = QComboBox()
        self.committee.setObjectName("followup_committee")
        self.meeting = QComboBox()
        self.meeting.setObjectName("followup_meeting")
        self.closed = QCheckBox()
        self.closed.setObjectName("include_closed")
        self.summary = plain_label()
        self.summary.setObjectName("followup_summary")
        self.table = ActionTable(with_meeting=True)
        self.table.setObjectName("followup_items")
        self.buttons = ActionButtons(ctx, self.table)
        self.carry_button = QPushButton()
        self.carry_button.setObjectName("carry")
        self.carry_button.clicked.connect(self.carry)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 3)
        top.addWidget(self.committee, 1)
        top.addWidget(self.meeting, 2)
        top.addWidget(self.closed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.buttons)
        bottom.addWidget(self.carry_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.committee, self.meeting):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.closed.toggled.connect(lambda _c: self.reload())
        self.table.itemSelectionChanged.connect(self._update_carry)
        ctx.data_changed.connect(lambda payload: touches(payload, MEETING_TABLES) and self.reload())
        ctx.language.changed.connect(lambda _l: self.retranslate())
        fit_to_screen(self, 1100, 640)
        self.retranslate()

    def _meetings(self) -> list[tuple[str, int]]:
        return [(f"{format_date(r.meeting_date)} {r.title}".strip(), r.id) for r in queries.meeting_list(self.ctx.db)]

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Follow-up of action items"))
        self.filter_edit.setPlaceholderText(tr("Filter: item, unit or person"))
        fill_items(self.committee, [(c.name, c.id) for c in committees.list_committees(self.ctx.db)],
                   N_("All committees"))
        fill_items(self.meeting, self._meetings(), N_("All meetings"))
        self.closed.setText(tr("Show done and dropped"))
        self.carry_button.setText(tr("Carry into a meeting…"))
        self.carry_button.setToolTip(tr("Put the selected open items on another meeting's agenda"))
        self.close_button.setText(tr("Close"))
        self.table.retranslate()
        self.buttons.retranslate()
        self.reload()

    def current_filter(self) -> followup.FollowUpFilter:
        return followup.FollowUpFilter(text=self.filter_edit.text().strip(), committee_id=self.committee.currentData(),
                                       meeting_id=self.meeting.currentData(), include_closed=self.closed.isChecked())

    def reload(self) -> None:
        items = followup.followup(self.ctx.db, self.current_filter())
        self.table.show_items(items)
        open_items = sum(1 for i in items if i.status == "open")
        self.summary.setText(tr("{open} open action items, {overdue} of them overdue", open=open_items,
                                overdue=followup.overdue_count(self.ctx.db)))
        self.buttons.update_buttons()
        self._update_carry()

    def _update_carry(self) -> None:
        self.carry_button.setEnabled(not self.ctx.db.read_only and
                                     any(i.status == "open" for i in self.table.selected_items()))

    def carry(self) -> None:
        items = [i for i in self.table.selected_items() if i.status == "open"]
        choices = [(text, meeting_id) for text, meeting_id in self._meetings()
                   if meeting_id not in {i.meeting_id for i in items}]
        if not items or not choices:
            return
        text, ok = QInputDialog.getItem(self, tr("Carry into a meeting"), tr("Put them on the agenda of:"),
                                        [t for t, _ in choices], 0, False)
        if ok:
            target = dict(choices)[text]
            if attempt(self, lambda: agenda.carry_open_items(self.ctx.db, target, [i.id for i in items])) is not None:
                self.ctx.changed()
