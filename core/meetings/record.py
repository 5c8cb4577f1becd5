"""The whole record of a meeting as its minutes show it: facts, attendees, agenda items,
decisions, action items. Approved minutes keep this record as it was (a JSON snapshot in
their version), so a later change to a contact, a unit, or a correction of the minutes
never changes what approved minutes said.

Public API (stable), for the minutes PDF and the sign-in sheet:

* ``meeting_record(db, meeting_id, version=None) -> MeetingRecord``: ``version=None`` the
  current state (live data while the minutes are a draft, the snapshot once approved);
  a version number: that version (its snapshot when it was approved, else live data).
* ``snapshot_json(db, meeting_id) -> str`` (used when minutes are approved).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from core.errors import NotFound
from core.i18n import Msg
from core.meetings import agenda, attendance, service
from core.storage import meetings as store
from core.storage.database import Database

SNAPSHOT_FORMAT = 1


@dataclass
class MeetingRecord:
    meeting: service.Meeting
    minutes: service.MinutesVersion | None
    attendees: list[attendance.Attendee] = field(default_factory=list)
    agenda_items: list[agenda.AgendaItem] = field(default_factory=list)
    decisions: list[agenda.Decision] = field(default_factory=list)
    action_items: list[agenda.ActionItem] = field(default_factory=list)
    from_snapshot: bool = False

    def by_status(self, *statuses: str) -> list[attendance.Attendee]:
        return [a for a in self.attendees if a.status in statuses]


def _live(db: Database, meeting_id: int) -> dict[str, Any]:
    return {"meeting": service.get_meeting(db, meeting_id),
            "attendees": attendance.list_attendees(db, meeting_id),
            "agenda_items": agenda.list_agenda_items(db, meeting_id),
            "decisions": agenda.list_decisions(db, meeting_id),
            "action_items": agenda.list_action_items(db, meeting_id)}


def snapshot_json(db: Database, meeting_id: int) -> str:
    live = _live(db, meeting_id)
    meeting = asdict(live["meeting"])
    meeting.pop("minutes", None)
    meeting.pop("notices", None)
    return json.dumps({"format": SNAPSHOT_FORMAT, "meeting": meeting,
                       **{k: [asdict(x) for x in live[k]] for k in ("attendees", "agenda_items", "decisions",
                                                                     "action_items")}}, ensure_ascii=False)


def _known(cls: type, data: dict[str, Any]) -> Any:
    """``cls(**data)`` with only the fields ``cls`` has (a snapshot may come from another version)."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _from_snapshot(text: str, minutes: service.MinutesVersion, notices: list[service.LinkedNotice]
                   ) -> MeetingRecord:
    data = json.loads(text)
    meeting = _known(service.Meeting, {**data["meeting"], "minutes": minutes, "notices": notices})
    return MeetingRecord(meeting=meeting, minutes=minutes,
                         attendees=[_known(attendance.Attendee, a) for a in data["attendees"]],
                         agenda_items=[_known(agenda.AgendaItem, a) for a in data["agenda_items"]],
                         decisions=[_known(agenda.Decision, d) for d in data["decisions"]],
                         action_items=[_known(agenda.ActionItem, t) for t in data["action_items"]],
                         from_snapshot=True)


def meeting_record(db: Database, meeting_id: int, version: int | None = None) -> MeetingRecord:
    with db.lock:
        rows = store.minutes_versions(db, meeting_id)
    if not rows:
        raise NotFound(Msg("Meeting {id} does not exist.", id=meeting_id))
    versions = {r["version"]: r for r in rows}
    row = versions[max(versions)] if version is None else versions.get(version)
    if row is None:
        raise NotFound(Msg("The minutes have no version {version}.", version=version))
    minutes = service.minutes_versions(db, meeting_id)[list(versions).index(row["version"])]
    if row["snapshot"]:
        notices = service.get_meeting(db, meeting_id).notices
        return _from_snapshot(row["snapshot"], minutes, notices)
    live = _live(db, meeting_id)
    return MeetingRecord(minutes=minutes, **live)
