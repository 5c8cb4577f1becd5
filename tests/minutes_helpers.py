"""Record a meeting through the core's own calls (units, contacts, meeting, invitations,
attendance, agenda, decisions, action items), as a clerk would, from a ``Minutes`` sample."""

from __future__ import annotations

from core.meetings import agenda, attendance, service
from core.meetings.minutes_model import Minutes
from core.members import contacts, units
from core.notices.alliance import save_alliance


def record_meeting(db, m: Minutes) -> int:
    """The meeting of ``m`` recorded in ``db``; returns its id. Present members are invited with
    all their unit's contacts and marked present, the excused marked so, guests added as
    observers; the first present person with a substitute is recorded through set_substitute."""
    save_alliance(db, {"name_hans": m.alliance, "issuing_office": m.issuing_office})
    unit_ids: dict[str, int] = {}
    members = [p for p in [*m.present, *m.absent] if p.level is not None]
    for p in members:
        if p.unit not in unit_ids:
            unit_ids[p.unit] = units.create_unit(db, {"name": p.unit, "level": p.level}).id
        contacts.create_contact(db, {"unit_id": unit_ids[p.unit], "name": p.substitute_for or p.name,
                                     "position": p.title})
    meeting = service.create_meeting(db, {"kind": "council", "title": m.meeting, "meeting_date": m.date.isoformat(),
                                          "start_time": "09:00", "end_time": "12:00", "place": m.place,
                                          "chair": m.chair})
    attendance.invite_units(db, meeting.id, list(unit_ids.values()), people="all")
    invited = {a.name: a for a in attendance.list_attendees(db, meeting.id)}
    present = [p for p in m.present if p.level is not None and not p.substitute_for]
    attendance.set_status(db, [invited[p.name].id for p in present], "present")
    attendance.set_status(db, [invited[p.name].id for p in m.absent if p.level is not None], "leave")
    for p in m.present:
        if p.substitute_for:
            attendance.set_substitute(db, meeting.id, invited[p.substitute_for].id, p.name, p.title)
    for p in m.observers:
        attendance.add_guest(db, meeting.id, p.name, p.unit, p.title, status="observer")
    for item in m.items:
        agenda.add_agenda_item(db, meeting.id, item.title, item.notes)
    for d in m.decisions:
        agenda.add_decision(db, meeting.id, d.text)
    for a in m.actions:
        added = agenda.add_action_item(db, meeting.id, {"text": a.text, "unit_name": a.unit, "person": a.person,
                                                         "due_date": a.due.isoformat() if a.due else None})
        if a.status == "done":
            agenda.mark_done(db, added.id, "熊垓智", "2013-11-15")
        elif a.status == "dropped":
            agenda.drop_action_item(db, added.id, "熊垓智")
    service.set_minutes_line(db, meeting.id, m.number, m.date.isoformat())
    return meeting.id
