"""Invitees and attendance: invite units and people from the member database (by level,
committee or chosen units; each unit's primary contact or all its contacts) or guests
typed in; replies (参加 / 请假 / 未回复); the status on the day (出席 / 列席 / 请假 / 缺席)
with a substitute (代) for someone else; sign-in with its time, undoing a sign-in
(its time kept); walk-ins; and the live counts「40 家成员单位 58 名代表出席」.

Every attendee row keeps the person's and unit's names as they were when invited (the
minutes of an old meeting name the people who were there), plus links to the unit and
contact when they come from the member database. Each call that changes something is
one undoable action.

Public API (stable):

* ``invite_units(db, meeting_id, unit_ids, people="primary"|"all"|"unit") -> InviteResult``
* ``invite_by_level(db, meeting_id, levels, people="primary")``,
  ``invite_committee(db, meeting_id, committee_id, people="primary")``
* ``invite_contacts(db, meeting_id, contact_ids)``
* ``add_guest(db, meeting_id, name, unit_name="", position="", status="") -> Attendee``
* ``uninvite(db, attendee_ids)``
* ``set_reply(db, attendee_ids, reply)``, ``set_status(db, attendee_ids, status)``
* ``set_substitute(db, meeting_id, for_attendee_id, name, position="", contact_id=None) -> Attendee``
* ``sign_in(db, attendee_id, at=None, device="") -> Attendee``; ``undo_sign_in(db, attendee_id)``
* ``add_walk_in(db, meeting_id, name, unit_name="", position="", unit_id=None, contact_id=None,
  is_guest=False, sign_in_now=True) -> Attendee``
* ``walk_ins_to_offer(db, meeting_id) -> list[Attendee]``;
  ``add_walk_in_as_contact(db, attendee_id, unit_id, raw=None) -> Attendee``
* ``list_attendees(db, meeting_id) -> list[Attendee]``, ``get_attendee(db, attendee_id)``
* ``attendance_counts(db, meeting_id) -> AttendanceCounts`` (``.summary()`` gives the sentence)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.meetings.choices import PRESENT, REPLIES, STATUSES
from core.meetings.service import meeting_row, require_editable
from core.storage import meetings as store
from core.storage import records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import Collector

ATTENDEE_LABELS = {
    "name": N_("Name"),
    "unit_name": N_("Unit"),
    "position": N_("Position"),
    "reply": N_("Reply"),
    "status": N_("Attendance"),
    "substitute_for": N_("Attends for"),
    "signed_in_at": N_("Signed in at"),
    "walk_in": N_("Walk-in"),
    "is_guest": N_("Guest"),
    "note": N_("Note"),
    "unit_id": N_("Member unit"),
    "contact_id": N_("Contact"),
}
PEOPLE_CHOICES = ("primary", "all", "unit")


@dataclass
class Attendee:
    id: int
    meeting_id: int
    uid: str
    name: str  # '' when a unit is invited without naming a person
    unit_name: str
    position: str = ""
    unit_id: int | None = None
    contact_id: int | None = None
    unit_level: str | None = None  # membership level of the unit (minutes order lists by it)
    unit_short_name: str | None = None
    is_guest: bool = False
    walk_in: bool = False
    reply: str = "pending"
    status: str = ""
    substitute_for: int | None = None
    substitute_for_name: str | None = None
    signed_in_at: str | None = None
    note: str = ""

    @property
    def signed_in(self) -> bool:
        return self.signed_in_at is not None

    @property
    def present(self) -> bool:
        return self.status in PRESENT


@dataclass
class InviteResult:
    added: int
    already: int  # people (or units) invited before, left as they were
    without_contacts: list[str]  # units invited as units because they have no contact


@dataclass
class AttendanceCounts:
    units_present: int  # member units with someone present (出席)
    people_present: int  # member representatives present (出席)
    observers: int  # guests and others attending without a vote (列席)
    excused: int  # 请假
    absent: int  # 缺席
    unknown: int  # no status yet
    signed_in: int
    walk_ins: int
    invited: int
    replies: dict[str, int]
    # status ('' = not known yet) -> (units, people) of member representatives; guests apart
    by_status: dict[str, tuple[int, int]] = field(default_factory=dict)
    guests_by_status: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """「40 家成员单位 58 名代表出席」 in the UI language."""
        text = str(Msg("{units} member units, {people} representatives present", units=self.units_present,
                       people=self.people_present))
        if self.observers:
            text += str(Msg("; {count} attending without a vote", count=self.observers))
        return text


def _attendee(row: Any) -> Attendee:
    return Attendee(id=row["id"], meeting_id=row["meeting_id"], uid=row["uid"], name=row["name"],
                    unit_name=row["unit_name"], position=row["position"], unit_id=row["unit_id"],
                    contact_id=row["contact_id"], unit_level=row["unit_level"],
                    unit_short_name=row["unit_short_name"], is_guest=bool(row["is_guest"]),
                    walk_in=bool(row["walk_in"]), reply=row["reply"], status=row["status"],
                    substitute_for=row["substitute_for"], substitute_for_name=row["substitute_for_name"],
                    signed_in_at=row["signed_in_at"], note=row["note"])


def attendee_search_text(name: str, unit_name: str, unit_short_name: str = "", position: str = "") -> str:
    """The sign-in search document: name, unit names and position folded, with pinyin and
    initials of the name and of the unit's names (core.text.search)."""
    return build_search_text(name, unit_name, unit_short_name, position,
                             names=(name, unit_short_name or unit_name))


def refresh_search_text(conn: Any, attendee_id: int) -> None:
    """The registry's search-text upkeep of an attendee."""
    row = store.attendee(conn, attendee_id)
    if row is not None:
        text = attendee_search_text(row["name"], row["unit_name"], row["unit_short_name"] or "", row["position"])
        if text != row["search_text"]:
            store.update_attendee(conn, attendee_id, {"search_text": text})


def insert_attendee(db: Database, meeting_id: int, values: Mapping[str, Any], uid: str | None = None,
                    unit_short_name: str = "") -> int:
    """Write one attendee row inside the caller's action (used by the services, the demo and packages)."""
    row = {"meeting_id": meeting_id, "uid": uid or uuid.uuid4().hex, "unit_id": values.get("unit_id"),
           "contact_id": values.get("contact_id"), "name": values.get("name", ""),
           "unit_name": values.get("unit_name", ""), "position": values.get("position", ""),
           "is_guest": 1 if values.get("is_guest") else 0, "walk_in": 1 if values.get("walk_in") else 0,
           "reply": values.get("reply", "pending"), "status": values.get("status", ""),
           "substitute_for": values.get("substitute_for"), "note": values.get("note", "")}
    row["search_text"] = attendee_search_text(row["name"], row["unit_name"], unit_short_name, row["position"])
    row["sort_key"] = sort_key(row["name"] or row["unit_name"])
    return store.insert_attendee(db, row)


def get_attendee(db: Database, attendee_id: int) -> Attendee:
    with db.lock:
        row = store.attendee(db, attendee_id)
    if row is None:
        raise NotFound(Msg("That invitee is no longer on the list."))
    return _attendee(row)


def list_attendees(db: Database, meeting_id: int) -> list[Attendee]:
    """Every invitee of the meeting: member representatives by unit, then guests."""
    with db.lock:
        return [_attendee(r) for r in store.attendees(db, meeting_id)]


def _meeting_label(db: Database, meeting_id: int) -> str:
    return meeting_row(db, meeting_id)["title"]


def _invite(db: Database, meeting_id: int, unit_ids: Iterable[int], people: str) -> InviteResult:
    if people not in PEOPLE_CHOICES:
        raise ValueError(people)
    require_editable(db, meeting_id)
    have_contacts = store.invited_contacts(db, meeting_id)
    have_units = store.invited_units_without_person(db, meeting_id)
    added = already = 0
    without: list[str] = []
    units = {r["id"]: r for r in store.unit_rows(db, list(dict.fromkeys(unit_ids)))}
    for unit_id in dict.fromkeys(unit_ids):
        unit = units.get(unit_id)
        if unit is None or unit["deleted_at"] is not None:
            continue
        contacts = [] if people == "unit" else store.unit_contacts(db, unit_id)
        if people == "primary":
            contacts = contacts[:1]
        if not contacts:
            if people != "unit":
                without.append(unit["name"])
            if unit_id in have_units:
                already += 1
                continue
            insert_attendee(db, meeting_id, {"unit_id": unit_id, "unit_name": unit["name"]},
                            unit_short_name=unit["short_name"])
            have_units.add(unit_id)
            added += 1
            continue
        for contact in contacts:
            if contact["id"] in have_contacts:
                already += 1
                continue
            insert_attendee(db, meeting_id, {"unit_id": unit_id, "contact_id": contact["id"],
                                             "name": contact["name"], "unit_name": unit["name"],
                                             "position": contact["position"]}, unit_short_name=unit["short_name"])
            have_contacts.add(contact["id"])
            added += 1
    return InviteResult(added, already, without)


def invite_units(db: Database, meeting_id: int, unit_ids: Iterable[int], people: str = "primary") -> InviteResult:
    """Invite chosen member units: each unit's primary contact (``people="primary"``), all its
    contacts (``"all"``) or the unit without a named person (``"unit"``). People invited before
    are left as they are; a unit without contacts is invited as a unit (and named in the result)."""
    unit_ids = list(unit_ids)
    with db.action(N_("Invite {count} units to {title}"), count=len(unit_ids),
                   title=_meeting_label(db, meeting_id)):
        return _invite(db, meeting_id, unit_ids, people)


def invite_by_level(db: Database, meeting_id: int, levels: Iterable[str], people: str = "primary") -> InviteResult:
    """Invite every active unit of the given membership levels (e.g. a 理事会: chair, vice_chair,
    standing, council)."""
    levels = list(levels)
    with db.action(N_("Invite units by level to {title}"), title=_meeting_label(db, meeting_id)):
        return _invite(db, meeting_id, store.units_by_level(db, levels), people)


def invite_committee(db: Database, meeting_id: int, committee_id: int, people: str = "primary") -> InviteResult:
    """Invite every active unit of a professional committee."""
    with db.action(N_("Invite a committee to {title}"), title=_meeting_label(db, meeting_id)):
        return _invite(db, meeting_id, store.units_in_committee(db, committee_id), people)


def invite_contacts(db: Database, meeting_id: int, contact_ids: Iterable[int]) -> InviteResult:
    """Invite chosen contacts (people) of member units."""
    contact_ids = list(contact_ids)
    with db.action(N_("Invite {count} people to {title}"), count=len(contact_ids),
                   title=_meeting_label(db, meeting_id)):
        require_editable(db, meeting_id)
        have = store.invited_contacts(db, meeting_id)
        added = already = 0
        for contact_id in dict.fromkeys(contact_ids):
            row = store.contact_row(db, contact_id)
            if row is None or row["deleted_at"] is not None:
                continue
            if contact_id in have:
                already += 1
                continue
            insert_attendee(db, meeting_id, {"unit_id": row["unit_id"], "contact_id": contact_id,
                                             "name": row["name"], "unit_name": row["unit_name"],
                                             "position": row["position"]}, unit_short_name=row["unit_short_name"])
            have.add(contact_id)
            added += 1
        return InviteResult(added, already, [])


def _person(name: Any, unit_name: Any, position: Any, name_required: bool = True) -> dict[str, str]:
    c = Collector()
    out = {"name": c.text("name", ATTENDEE_LABELS["name"], name, 60, required=name_required),
           "unit_name": c.text("unit_name", ATTENDEE_LABELS["unit_name"], unit_name, 200),
           "position": c.text("position", ATTENDEE_LABELS["position"], position, 80)}
    c.raise_if_any()
    return out


def add_guest(db: Database, meeting_id: int, name: str, unit_name: str = "", position: str = "",
              status: str = "", reply: str = "attend") -> Attendee:
    """A guest typed in (not from the member database), e.g. a representative of
    国家标准化管理委员会, who attends without a vote (列席: signing in marks a guest so)."""
    values = _person(name, unit_name, position)
    if status not in STATUSES and status != "":
        raise ValueError(status)
    with db.action(N_("Add guest {name} to {title}"), name=values["name"], title=_meeting_label(db, meeting_id)):
        require_editable(db, meeting_id)
        attendee_id = insert_attendee(db, meeting_id, {**values, "is_guest": True, "status": status,
                                                       "reply": reply})
    return get_attendee(db, attendee_id)


def _rows_of(db: Database, attendee_ids: list[int]) -> list[Any]:
    rows = store.attendee_rows(db, attendee_ids)
    if len(rows) != len(set(attendee_ids)):
        raise NotFound(Msg("That invitee is no longer on the list."))
    return rows


def _one_meeting(db: Database, rows: list[Any]) -> str:
    meetings = {r["meeting_id"] for r in rows}
    for meeting_id in meetings:
        require_editable(db, meeting_id)
    return _meeting_label(db, next(iter(meetings))) if meetings else ""


def uninvite(db: Database, attendee_ids: Iterable[int]) -> int:
    """Take invitees off the list (with their sign-ins); undo brings them back."""
    ids = list(attendee_ids)
    with db.action(N_("Remove {count} invitees from {title}"), count=len(ids),
                   title=_one_meeting(db, _rows_of(db, ids))):
        store.delete_attendees(db, ids)
    return len(ids)


def set_reply(db: Database, attendee_ids: Iterable[int], reply: str) -> None:
    """The invitees' reply: ``attend`` (参加), ``leave`` (请假) or ``pending`` (未回复)."""
    if reply not in REPLIES:
        raise UserError(Msg("{value} is not one of the choices", value=reply))
    ids = list(attendee_ids)
    rows = _rows_of(db, ids)
    with db.action(N_("Record the reply of {count} invitees to {title}"), count=len(ids),
                   title=_one_meeting(db, rows)):
        for row in rows:
            if row["reply"] != reply:
                store.update_attendee(db, row["id"], {"reply": reply})


def set_status(db: Database, attendee_ids: Iterable[int], status: str) -> None:
    """The status on the day: ``present`` (出席), ``observer`` (列席), ``leave`` (请假),
    ``absent`` (缺席) or '' (not known yet). Someone signed in cannot be marked excused or
    absent: undo the sign-in first."""
    if status not in STATUSES and status != "":
        raise UserError(Msg("{value} is not one of the choices", value=status))
    ids = list(attendee_ids)
    rows = _rows_of(db, ids)
    with db.action(N_("Record the attendance of {count} invitees at {title}"), count=len(ids),
                   title=_one_meeting(db, rows)):
        for row in rows:
            if row["signed_in_at"] and status not in PRESENT:
                raise UserError(Msg("{name} signed in at {time}: undo the sign-in first.", name=row["name"],
                                    time=row["signed_in_at"][11:16]))
            if row["status"] != status:
                store.update_attendee(db, row["id"], {"status": status})


def set_substitute(db: Database, meeting_id: int, for_attendee_id: int, name: str, position: str = "",
                   contact_id: int | None = None, sign_in_now: bool = False, at: str | None = None) -> Attendee:
    """Someone attends for an invitee (代): a row for the substitute, present, pointing to the
    invitee, whose status becomes excused (请假). Returns the substitute."""
    values = _person(name, "", position)
    invitee = get_attendee(db, for_attendee_id)
    if invitee.meeting_id != meeting_id:
        raise NotFound(Msg("That invitee is no longer on the list."))
    with db.action(N_("{name} attends {title} for {other}"), name=values["name"], other=invitee.name or
                   invitee.unit_name, title=_meeting_label(db, meeting_id)):
        require_editable(db, meeting_id)
        if invitee.signed_in:
            raise UserError(Msg("{name} signed in at {time}: undo the sign-in first.", name=invitee.name,
                                time=invitee.signed_in_at[11:16]))
        substitute_id = insert_attendee(db, meeting_id, {
            "unit_id": invitee.unit_id, "contact_id": contact_id, "name": values["name"],
            "unit_name": invitee.unit_name, "position": values["position"], "is_guest": invitee.is_guest,
            "walk_in": True, "reply": "attend", "status": "observer" if invitee.is_guest else "present",
            "substitute_for": invitee.id}, unit_short_name=invitee.unit_short_name or "")
        store.update_attendee(db, invitee.id, {"status": "leave"})
        if sign_in_now:
            _sign_in(db, substitute_id, at or records.now(), "")
    return get_attendee(db, substitute_id)


# ---- sign-in ---------------------------------------------------------------------------------------

def _sign_in(db: Database, attendee_id: int, at: str, device: str, uid: str | None = None) -> None:
    row = store.attendee(db, attendee_id)
    store.insert_signin(db, {"uid": uid or uuid.uuid4().hex, "meeting_id": row["meeting_id"],
                             "attendee_id": attendee_id, "signed_in_at": at, "device": device})
    status = row["status"] if row["status"] in PRESENT else ("observer" if row["is_guest"] else "present")
    store.update_attendee(db, attendee_id, {"status": status, "signed_in_at": store.first_live_signin(db, attendee_id)})


def sign_in(db: Database, attendee_id: int, at: str | None = None, device: str = "") -> Attendee:
    """Sign an invitee in now (or at ``at``, ISO date-time): the time is kept, the status becomes
    present (列席 for guests). Signing in someone already signed in is refused with the time."""
    row = store.attendee(db, attendee_id)
    if row is None:
        raise NotFound(Msg("That invitee is no longer on the list."))
    with db.action(N_("Sign in {name}"), name=row["name"] or row["unit_name"]):
        require_editable(db, row["meeting_id"])
        current = store.attendee(db, attendee_id)
        if current["signed_in_at"]:
            raise UserError(Msg("{name} signed in already at {time}.", name=current["name"] or current["unit_name"],
                                time=current["signed_in_at"][11:16]))
        _sign_in(db, attendee_id, at or records.now(), device)
    return get_attendee(db, attendee_id)


def undo_sign_in(db: Database, attendee_id: int) -> Attendee:
    """Take back a mistaken sign-in: the sign-in stays on record (its time, and when it was undone),
    the invitee is no longer counted present (the status goes back to not known, or to the reply)."""
    row = store.attendee(db, attendee_id)
    if row is None:
        raise NotFound(Msg("That invitee is no longer on the list."))
    with db.action(N_("Undo the sign-in of {name}"), name=row["name"] or row["unit_name"]):
        require_editable(db, row["meeting_id"])
        live = [s for s in store.signins(db, attendee_id) if s["undone_at"] is None]
        if not live:
            raise UserError(Msg("{name} has not signed in.", name=row["name"] or row["unit_name"]))
        stamp = records.now()
        for s in live:
            store.set_signin_undone(db, s["id"], stamp)
        status = "leave" if row["reply"] == "leave" else ""
        store.update_attendee(db, attendee_id, {"signed_in_at": None,
                                                "status": status if not row["walk_in"] else "absent"})
    return get_attendee(db, attendee_id)


def signin_log(db: Database, attendee_id: int) -> list[dict[str, Any]]:
    """Every sign-in of an invitee (time, when undone, which device)."""
    with db.lock:
        return [{"signed_in_at": s["signed_in_at"], "undone_at": s["undone_at"], "device": s["device"]}
                for s in store.signins(db, attendee_id)]


def add_walk_in(db: Database, meeting_id: int, name: str, unit_name: str = "", position: str = "",
                unit_id: int | None = None, contact_id: int | None = None, is_guest: bool = False,
                sign_in_now: bool = True, at: str | None = None, device: str = "") -> Attendee:
    """Someone not invited who came (walk-in), signed in at once; offered afterwards as a new
    contact (:func:`walk_ins_to_offer`). A contact of the member database may be named."""
    values = _person(name, unit_name, position)
    unit_short = ""
    if contact_id is not None:
        row = store.contact_row(db, contact_id)
        if row is None:
            raise NotFound(Msg("Contact {id} does not exist.", id=contact_id))
        unit_id, values["unit_name"], unit_short = row["unit_id"], row["unit_name"], row["unit_short_name"]
    elif unit_id is not None:
        units = store.unit_rows(db, [unit_id])
        if not units:
            raise NotFound(Msg("Member unit {id} does not exist.", id=unit_id))
        values["unit_name"], unit_short = units[0]["name"], units[0]["short_name"]
    with db.action(N_("Walk-in {name} at {title}"), name=values["name"], title=_meeting_label(db, meeting_id)):
        require_editable(db, meeting_id)
        attendee_id = insert_attendee(db, meeting_id, {
            **values, "unit_id": unit_id, "contact_id": contact_id, "is_guest": is_guest, "walk_in": True,
            "reply": "attend", "status": "observer" if is_guest else "present"}, unit_short_name=unit_short)
        if sign_in_now:
            _sign_in(db, attendee_id, at or records.now(), device)
    return get_attendee(db, attendee_id)


def walk_ins_to_offer(db: Database, meeting_id: int) -> list[Attendee]:
    """Walk-ins of member units who are not contacts yet: offer each as a new contact."""
    with db.lock:
        return [_attendee(r) for r in store.walk_ins_without_contact(db, meeting_id)]


def add_walk_in_as_contact(db: Database, attendee_id: int, unit_id: int, raw: Mapping[str, Any] | None = None
                           ) -> Attendee:
    """Make a walk-in a contact of ``unit_id`` (name and position taken from the sign-in, ``raw``
    adds or overrides contact fields) and link the attendee to it, in one action."""
    from core.members.contacts import insert_contact, validate_contact

    row = store.attendee(db, attendee_id)
    if row is None:
        raise NotFound(Msg("That invitee is no longer on the list."))
    values = validate_contact({"name": row["name"], "position": row["position"], **(raw or {}), "unit_id": unit_id})
    with db.action(N_("Add contact {name}"), name=values["name"]):
        units = store.unit_rows(db, [unit_id])
        if not units or units[0]["deleted_at"] is not None:
            raise NotFound(Msg("Member unit {id} does not exist.", id=unit_id))
        contact_id = insert_contact(db, values)
        store.update_attendee(db, attendee_id, {"contact_id": contact_id, "unit_id": unit_id,
                                                "unit_name": units[0]["name"]})
        refresh_search_text(db, attendee_id)
    return get_attendee(db, attendee_id)


def attendance_counts(db: Database, meeting_id: int) -> AttendanceCounts:
    """Units and people by status, as officials write them (one grouped query)."""
    with db.lock:
        rows = store.attendance_counts(db, meeting_id)
        replies = store.reply_counts(db, meeting_id)
    units_present = sum(r["units"] for r in rows if r["status"] == "present" and not r["is_guest"])
    people_present = sum(r["people"] for r in rows if r["status"] == "present" and not r["is_guest"])

    def people(status: str) -> int:
        return sum(r["people"] for r in rows if r["status"] == status)

    guests_present = sum(r["people"] for r in rows if r["status"] == "present" and r["is_guest"])
    return AttendanceCounts(units_present=units_present, people_present=people_present,
                            observers=people("observer") + guests_present, excused=people("leave"),
                            absent=people("absent"), unknown=people(""),
                            signed_in=sum(r["signed_in"] or 0 for r in rows),
                            walk_ins=sum(r["walk_ins"] or 0 for r in rows),
                            invited=sum(r["people"] for r in rows),
                            replies={code: replies.get(code, 0) for code in REPLIES.codes()},
                            by_status={r["status"]: (r["units"], r["people"]) for r in rows if not r["is_guest"]},
                            guests_by_status={r["status"]: r["people"] for r in rows if r["is_guest"]})
