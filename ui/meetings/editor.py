"""The meeting editor: the facts (saved with Save), and for a meeting already recorded
the tabs whose every change is saved at once as its own undoable action: invitees and
attendance, agenda and decisions, action items, minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QTabWidget, QWidget,
)

from core.i18n import N_, tr
from core.meetings import service
from core.meetings.choices import KINDS
from core.members import committees
from ui.common.form import FormDialog
from ui.common.messages import confirm
from ui.common.screen import fit_to_screen
from ui.common.widgets import fill_choices, fill_items, select_data
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, attempt
from ui.notices.common import status_label as notice_status

TABS = ("facts", "attendance", "agenda", "actions", "minutes")


class MeetingEditor(FormDialog):
    def __init__(self, ctx: AppContext, meeting_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting = service.get_meeting(ctx.db, meeting_id) if meeting_id is not None else None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.facts = QWidget()
        facts_form = QFormLayout(self.facts)
        facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox()
        self.title_edit = QLineEdit()
        self.date_edit = self._date_widget()
        self.start_edit, self.end_edit = QLineEdit(), QLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText("09:00")
            edit.setMaximumWidth(90)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_edit)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        self.place, self.organiser, self.chair, self.recorder = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.committee = QComboBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        for key, label, widget, required in (
                ("kind", N_("Kind of meeting"), self.kind, False), ("title", N_("Title"), self.title_edit, True),
                ("meeting_date", N_("Date"), self.date_edit, True),
                ("start_time", N_("Starts and ends at"), times, False),
                ("place", N_("Place"), self.place, False), ("organiser", N_("Organiser"), self.organiser, False),
                ("chair", N_("Chaired by"), self.chair, False), ("recorder", N_("Minutes taken by"), self.recorder, False),
                ("committee_id", N_("Professional committee"), self.committee, False), ("notes", N_("Notes"), self.notes, False)):
            self.add_field(key, label, widget, facts_form, required)
        self.rows["end_time"] = self.rows["start_time"]  # an end before the start shows beside the times
        self.notices_list = QListWidget()
        self.notices_list.setObjectName("linked_notices")
        self.notices_list.setMaximumHeight(80)
        self.convening_button = QPushButton()
        self.convening_button.setObjectName("convening_notice")
        self.convening_button.clicked.connect(self.create_convening_notice)
        notices_box = QWidget()
        notices_row = QHBoxLayout(notices_box)
        notices_row.setContentsMargins(0, 0, 0, 0)
        notices_row.addWidget(self.notices_list, 1)
        notices_row.addWidget(self.convening_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_field("notices", N_("Notices"), notices_box, facts_form)
        self.tabs.addTab(self.facts, "")
        self.panels: dict[str, QWidget] = {}
        if self.meeting is not None:
            from ui.meetings.actions_panel import ActionsPanel
            from ui.meetings.agenda_panel import AgendaPanel
            from ui.meetings.attendance_panel import AttendancePanel
            from ui.meetings.minutes_panel import MinutesPanel

            for key, cls in (("attendance", AttendancePanel), ("agenda", AgendaPanel), ("actions", ActionsPanel),
                             ("minutes", MinutesPanel)):
                panel = cls(ctx, self.meeting.id, self)
                panel.setObjectName(f"tab_{key}")
                self.panels[key] = panel
                self.tabs.addTab(panel, "")
        self.finish_layout(self.tabs)
        self._fill(self.meeting)
        self._typed = self.values()
        fit_to_screen(self, 980, 700)
        ctx.language.changed.connect(self.retranslate)
        ctx.data_changed.connect(self._data_changed)
        self.retranslate()

    def _date_widget(self) -> QWidget:
        try:  # the date field with a calendar, where the program has it
            from ui.common.date_field import DateEdit
        except ImportError:
            return QLineEdit()
        return DateEdit()

    def _date_text(self) -> str:
        widget = self.date_edit
        return widget.iso() or widget.text() if hasattr(widget, "iso") else widget.text()

    def _set_date(self, iso: str | None) -> None:
        if hasattr(self.date_edit, "set_iso"):
            self.date_edit.set_iso(iso)
        else:
            self.date_edit.setText(iso or "")

    def show_tab(self, key: str) -> None:
        widget = self.panels.get(key, self.facts)
        self.tabs.setCurrentWidget(widget)

    # -- facts -----------------------------------------------------------------------------
    def _fill(self, meeting: service.Meeting | None) -> None:
        fill_choices(self.kind, KINDS)
        fill_items(self.committee, [(c.name, c.id) for c in committees.list_committees(self.ctx.db)],
                   N_("None (the alliance as a whole)"))
        if meeting is None:
            select_data(self.kind, "working")
            return
        select_data(self.kind, meeting.kind)
        self.title_edit.setText(meeting.title)
        self._set_date(meeting.meeting_date)
        self.start_edit.setText(meeting.start_time or "")
        self.end_edit.setText(meeting.end_time or "")
        for widget, value in ((self.place, meeting.place), (self.organiser, meeting.organiser),
                              (self.chair, meeting.chair), (self.recorder, meeting.recorder)):
            widget.setText(value)
        select_data(self.committee, meeting.committee_id)
        self.notes.setPlainText(meeting.notes)
        frozen = meeting.frozen
        for widget in (self.kind, self.title_edit, self.date_edit, self.start_edit, self.end_edit, self.place,
                       self.organiser, self.chair, self.recorder, self.committee, self.notes):
            widget.setEnabled(not frozen)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(not frozen)
        self._fill_notices(meeting)

    def _fill_notices(self, meeting: service.Meeting) -> None:
        self.notices_list.clear()
        for notice in meeting.notices:
            if notice.deleted:
                continue
            role = tr("Convening notice") if notice.role == "convening" else tr("Notice")
            item = QListWidgetItem(f"{role}: {notice.title} ({notice_status(notice.status)})")
            item.setData(Qt.ItemDataRole.UserRole, notice.notice_id)
            self.notices_list.addItem(item)
        has_convening = any(n.role == "convening" and not n.deleted for n in meeting.notices)
        self.convening_button.setEnabled(not has_convening and not self.ctx.db.read_only)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData(), "title": self.title_edit.text(), "meeting_date": self._date_text(),
                "start_time": self.start_edit.text(), "end_time": self.end_edit.text(), "place": self.place.text(),
                "organiser": self.organiser.text(), "chair": self.chair.text(), "recorder": self.recorder.text(),
                "committee_id": self.committee.currentData(), "notes": self.notes.toPlainText()}

    def submit(self, values: dict[str, Any]) -> service.Meeting:
        if self.meeting is None:
            return service.create_meeting(self.ctx.db, values)
        return service.update_meeting(self.ctx.db, self.meeting.id, values)

    def reject(self) -> None:
        """Close: the tabs' changes are saved already; unsaved facts are only dropped when the clerk says so."""
        if self.values() != self._typed and (self.meeting is None or not self.meeting.frozen):
            if not confirm(self, tr("The meeting's facts were changed but not saved. Close without saving them?"),
                           tr("Close without saving")):
                return
        super().reject()

    def create_convening_notice(self) -> None:
        if self.meeting is None:
            return
        notice = attempt(self, lambda: service.create_convening_notice(self.ctx.db, self.meeting.id))
        if notice is not None:
            self.ctx.changed()
            self.convening_button.setEnabled(False)

    # -- refresh, language -------------------------------------------------------------------
    def _data_changed(self, payload: object) -> None:
        if self.meeting is not None and touches(payload, MEETING_TABLES | {"notices"}):
            meeting = attempt(self, lambda: service.get_meeting(self.ctx.db, self.meeting.id))
            if meeting is not None:
                was_frozen, self.meeting = self.meeting.frozen, meeting
                self._fill_notices(meeting)
                if was_frozen != meeting.frozen:
                    self._fill(meeting)
                    self._typed = self.values()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("New meeting") if self.meeting is None else
                            tr("Meeting: {title}", title=self.meeting.title))
        self.retranslate_fields()
        fill_choices(self.kind, KINDS)
        self.start_edit.setToolTip(tr("Starts at"))
        self.end_edit.setToolTip(tr("Ends at"))
        self.convening_button.setText(tr("Create convening notice"))
        self.convening_button.setToolTip(tr("A draft notice 关于召开…的通知 with the meeting's facts filled in; "
                                            "finish and issue it in Notices"))
        if self.meeting is not None:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))
        labels = {"facts": tr("Meeting"), "attendance": tr("Invitees and attendance"),
                  "agenda": tr("Agenda and decisions"), "actions": tr("Action items"), "minutes": tr("Minutes")}
        self.tabs.setTabText(0, labels["facts"])
        for index, key in enumerate(self.panels, start=1):
            self.tabs.setTabText(index, labels[key])
