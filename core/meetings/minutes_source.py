"""From the database to ``Minutes`` (and to the minutes PDF or .docx and the sign-in sheet).

Reads the meeting's record through ``core.meetings.record.meeting_record``: live data
while the minutes are a draft, the frozen snapshot once they are approved, so an
approved version prints what it said when it was approved.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from core.errors import UserError
from core.i18n import Msg
from core.meetings.minutes_model import ActionItem, AgendaItem, Attendee, Decision, Minutes
from core.storage.database import Database


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _attendee(a: Any) -> Attendee:
    return Attendee(name=a.name, unit=a.unit_name, level=None if a.is_guest else a.unit_level, title=a.position,
                    substitute_for=a.substitute_for_name or "")


def minutes_from_record(record: Any, alliance_name: str, issuing_office: str = "") -> Minutes:
    """``Minutes`` of a ``MeetingRecord``: 出席 = present, 请假 = excused, 列席 = attending without
    a vote; people who were absent or have no status yet are not listed."""
    meeting, version = record.meeting, record.minutes
    status = version.status if version is not None else "draft"
    return Minutes(
        alliance=alliance_name, meeting=meeting.title, date=_day(meeting.meeting_date) or dt.date.today(),
        number=(version.number_line if version else "") or "",
        minutes_date=_day(version.minutes_date) if version else None, place=meeting.place, chair=meeting.chair,
        items=[AgendaItem(i.title, i.notes) for i in sorted(record.agenda_items, key=lambda i: i.position)],
        decisions=[Decision(d.number, d.text) for d in sorted(record.decisions, key=lambda d: d.number)],
        actions=[ActionItem(a.text, a.unit_name, a.person, _day(a.due_date), a.status)  # type: ignore[arg-type]
                 for a in sorted(record.action_items, key=lambda a: (a.position, a.id))],
        present=[_attendee(a) for a in record.by_status("present")],
        absent=[_attendee(a) for a in record.by_status("leave")],
        observers=[_attendee(a) for a in record.by_status("observer")],
        issuing_office=issuing_office, status=status if status in ("draft", "circulated") else "approved")


def load_minutes(db: Database, meeting_id: int, version: int | None = None) -> Minutes:
    from core.meetings.record import meeting_record
    from core.notices.alliance import get_alliance

    alliance = get_alliance(db)
    return minutes_from_record(meeting_record(db, meeting_id, version), alliance.name_hans,
                               alliance.issuing_office)


def invitees(db: Database, meeting_id: int) -> list[Attendee]:
    """Everyone invited (not the walk-ins who came on the day), for the sign-in sheet."""
    from core.meetings.attendance import list_attendees

    return [_attendee(a) for a in list_attendees(db, meeting_id) if not a.walk_in]


def export_minutes_pdf(db: Database, meeting_id: int, out: str | Path, script: str = "hans",
                       order: str = "level-strokes", overwrite: bool = False, fonts: dict | None = None,
                       version: int | None = None) -> Path:
    """Write the minutes of ``meeting_id`` as a PDF, or as a Word document when ``out`` ends in
    .docx; never replaces a file unless ``overwrite``."""
    from core.meetings.minutes_pdf import render_minutes_docx, render_minutes_pdf, write_pdf_file
    from core.notices.alliance import get_alliance
    from core.notices.export import conversion_for

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise UserError(Msg("{path}: minutes are exported as .pdf or .docx.", path=str(out)))
    minutes = load_minutes(db, meeting_id, version)
    conv = conversion_for(get_alliance(db), script) if script in ("hans", "hant-tw", "hant-hk") else None
    protected, corrections = (conv.protected, conv.corrections) if conv else ((), None)
    if suffix == ".docx":
        from core.documents.docx_writer import font_names_of

        names = font_names_of(fonts)
        return write_pdf_file(out, lambda path: render_minutes_docx(
            minutes, path, script, order, protected, corrections, names), overwrite)
    return write_pdf_file(out, lambda path: render_minutes_pdf(
        minutes, path, script, order, fonts, protected=protected, corrections=corrections), overwrite)


def render_minutes_bytes(db: Database, meeting_id: int, script: str = "hans", order: str = "level-strokes",
                         fonts: dict | None = None, version: int | None = None) -> bytes:
    """The minutes' PDF in memory (for a preview and printing)."""
    import io

    from core.meetings.minutes_pdf import render_minutes_pdf
    from core.notices.alliance import get_alliance
    from core.notices.export import conversion_for

    conv = conversion_for(get_alliance(db), script) if script in ("hans", "hant-tw", "hant-hk") else None
    buffer = io.BytesIO()
    render_minutes_pdf(load_minutes(db, meeting_id, version), buffer, script, order, fonts,
                       protected=conv.protected if conv else (), corrections=conv.corrections if conv else None)
    return buffer.getvalue()


def export_signin_sheet(db: Database, meeting_id: int, out: str | Path, script: str = "hans",
                        order: str = "level-strokes", overwrite: bool = False, fonts: dict | None = None) -> Path:
    """Write the printable sign-in sheet (签到表) of ``meeting_id``."""
    from core.meetings.minutes_pdf import write_pdf_file
    from core.meetings.service import get_meeting
    from core.meetings.signin_pdf import SigninSheet, render_signin_pdf
    from core.notices.alliance import get_alliance

    meeting = get_meeting(db, meeting_id)
    alliance = get_alliance(db)
    sheet = SigninSheet(title=meeting.title, alliance=alliance.name_hans, date=_day(meeting.meeting_date),
                        start=meeting.start_time or "", end=meeting.end_time or "", place=meeting.place,
                        people=invitees(db, meeting_id))
    return write_pdf_file(out, lambda path: render_signin_pdf(sheet, path, script, order, fonts), overwrite)
