"""Small pieces the meetings views share: labels of the vocabularies, dates and times as
the UI language writes them, the tables a meeting's views show, and running one core
call with its message on failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from core.errors import UserError
from core.i18n import format_date
from core.meetings.choices import ACTION_STATUSES, KINDS, MINUTES_STATUSES, REPLIES, STATUSES
from ui.common.messages import show_error

MEETING_TABLES = frozenset({"meetings", "meeting_minutes", "meeting_notices", "meeting_attendees", "meeting_signins",
                            "meeting_agenda_items", "meeting_decisions", "action_items", "action_progress"})


def kind_label(code: str) -> str:
    return KINDS.label(code)


def minutes_label(code: str) -> str:
    return MINUTES_STATUSES.label(code or "draft")


def reply_label(code: str) -> str:
    return REPLIES.label(code) if code else ""


def status_label(code: str) -> str:
    return STATUSES.label(code) if code else ""


def action_status_label(code: str) -> str:
    return ACTION_STATUSES.label(code)


def when(day: str | None, start: str | None = None, end: str | None = None) -> str:
    """2013年11月6日 09:00–11:30 in the UI language."""
    text = format_date(day) if day else ""
    if start:
        text += f" {start}" + (f"–{end}" if end else "")
    return text.strip()


def time_of(stamp: str | None) -> str:
    """The time of day of an ISO timestamp (the sign-in time)."""
    if not stamp:
        return ""
    return stamp[11:16] if len(stamp) >= 16 else stamp


def plain_label(text: str = "", bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # database text is shown as typed, never as HTML
    label.setWordWrap(wrap)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def cell(text: str, data: Any = None) -> QTableWidgetItem:
    """A read-only table cell whose tooltip holds the whole value (cells may be cut)."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if text:
        item.setToolTip(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def attempt(parent: QWidget, call: Callable[[], Any]) -> Any:
    """Run one core call; a refusal is told in the UI language and ``None`` returned."""
    try:
        return call()
    except UserError as exc:  # ValidationError too: it names every wrong field
        show_error(parent, str(exc))
    return None
