"""The detail pane beside the meeting list: the selected meeting at a glance (plain text)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from core.errors import UserError
from core.i18n import format_date, tr
from core.meetings import agenda, attendance, service
from ui.common.detail_pane import DetailPane
from ui.meetings.common import action_status_label, kind_label, minutes_label, plain_label, when

OPEN_SHOWN = 8  # open action items listed in the pane


class MeetingDetailPane(DetailPane):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.meeting_id: int | None = None
        self.counts = plain_label()
        self.counts.setObjectName("detail_counts")
        self.actions_head, self.actions = plain_label(bold=True), plain_label()
        self.actions.setObjectName("detail_actions")
        self.add_section(self.counts, self.actions_head, self.actions)
        self.finish()
        self.show_meeting(None)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.clear_facts()
        meeting = None
        if meeting_id is not None:
            try:
                meeting = service.get_meeting(self.ctx.db, meeting_id)
            except UserError:
                meeting = None
        if meeting is None:
            self.title.setText(tr("Choose a meeting to see it here."))
            for widget in (self.counts, self.actions_head, self.actions):
                widget.hide()
            return
        self.title.setText(meeting.title)
        rows = [(tr("Kind of meeting"), kind_label(meeting.kind)),
                (tr("Date"), when(meeting.meeting_date, meeting.start_time, meeting.end_time)),
                (tr("Place"), meeting.place), (tr("Chaired by"), meeting.chair),
                (tr("Professional committee"), meeting.committee_name or ""),
                (tr("Minutes"), minutes_label(meeting.minutes.status if meeting.minutes else "draft"))]
        for label, value in rows:
            if value:
                self.facts.addRow(plain_label(tr("{label}:", label=label)), plain_label(value))
        counts = attendance.attendance_counts(self.ctx.db, meeting_id)
        self.counts.setText(str(counts.summary()) if counts.invited else tr("Nobody invited yet."))
        self.counts.show()
        open_items = [a for a in agenda.list_action_items(self.ctx.db, meeting_id) if a.status == "open"]
        self.actions_head.setText(tr("Open action items ({count})", count=len(open_items)))
        lines = []
        for item in open_items[:OPEN_SHOWN]:
            due = tr("due {date}", date=format_date(item.due_date)) if item.due_date else action_status_label("open")
            who = " · ".join(x for x in (item.unit_name, item.person) if x)
            lines.append(f"• {item.text}" + (f" — {who}" if who else "") + f" ({due})")
        if len(open_items) > OPEN_SHOWN:
            lines.append(tr("… and {count} more", count=len(open_items) - OPEN_SHOWN))
        self.actions.setText("\n".join(lines))
        self.actions_head.setVisible(bool(open_items))
        self.actions.setVisible(bool(open_items))
