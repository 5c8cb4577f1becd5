"""The clerk's actions on meetings: create, edit, delete and restore a meeting; the
minutes' states (draft → circulated → approved; approved minutes are frozen, a
correction is a new version that keeps the old one); linked notices and the
convening notice (关于召开…的通知) made from the meeting's facts.

Every call that changes something is one undoable action (``db.action``).

Public API (stable):

* ``create_meeting(db, raw) -> Meeting``; ``update_meeting(db, meeting_id, raw) -> Meeting``
  ``raw`` keys: kind (code of ``choices.KINDS`` or its Chinese name), title (required),
  meeting_date (required; 2013-11-06, 2013年11月6日...), start_time / end_time ("09:00"),
  place, organiser, chair, recorder, committee_id (or None), notes.
* ``get_meeting(db, meeting_id) -> Meeting`` (with ``minutes`` = the current version and
  ``notices`` = linked notices); ``delete_meetings(db, ids)``, ``restore_meetings(db, ids)``.
* minutes: ``set_minutes_line(db, meeting_id, number_line, minutes_date)``,
  ``circulate_minutes``, ``return_minutes_to_draft``, ``approve_minutes(db, meeting_id, approved_at=None)``,
  ``correct_minutes(db, meeting_id) -> MinutesVersion``, ``minutes_versions(db, meeting_id)``.
  ``require_editable(db, meeting_id)`` raises when the current minutes are approved.
* notices: ``create_convening_notice(db, meeting_id) -> Notice`` (a draft, linked),
  ``link_notice(db, meeting_id, notice_id, role="other")``, ``unlink_notice(db, meeting_id, notice_id)``.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.meetings.choices import KINDS
from core.storage import meetings as store
from core.storage import records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import MAX_TEXT_LENGTH, Collector, FieldProblem, parse_date

MEETING_LABELS = {
    "kind": N_("Kind of meeting"),
    "title": N_("Title"),
    "meeting_date": N_("Date"),
    "start_time": N_("Starts at"),
    "end_time": N_("Ends at"),
    "place": N_("Place"),
    "organiser": N_("Organiser"),
    "chair": N_("Chaired by"),
    "recorder": N_("Minutes taken by"),
    "committee_id": N_("Professional committee"),
    "notes": N_("Notes"),
}
MINUTES_LABELS = {
    "status": N_("Minutes status"),
    "number_line": N_("Number line of the minutes"),
    "minutes_date": N_("Date of the minutes"),
    "version": N_("Version"),
    "approved_at": N_("Approved on"),
    "circulated_at": N_("Circulated on"),
}


@dataclass
class MinutesVersion:
    id: int
    version: int
    status: str  # draft, circulated, approved, superseded
    number_line: str = ""  # 第1期, or 〔2013〕1号: the line under the red mark
    minutes_date: str | None = None
    version_of: int | None = None
    circulated_at: str | None = None
    approved_at: str | None = None
    has_snapshot: bool = False  # approved (or superseded) versions keep what they said

    @property
    def frozen(self) -> bool:
        return self.status in ("approved", "superseded")


@dataclass
class LinkedNotice:
    notice_id: int
    role: str  # convening, other
    title: str
    status: str
    deleted: bool


@dataclass
class Meeting:
    id: int
    uid: str
    kind: str
    title: str
    meeting_date: str | None
    start_time: str | None = None
    end_time: str | None = None
    place: str = ""
    organiser: str = ""
    chair: str = ""
    recorder: str = ""
    committee_id: int | None = None
    committee_name: str | None = None
    notes: str = ""
    package_of: str | None = None  # a copy opened from a meeting package (a sign-in laptop)
    deleted_at: str | None = None
    minutes: MinutesVersion | None = None
    notices: list[LinkedNotice] = field(default_factory=list)

    @property
    def frozen(self) -> bool:
        """The current minutes are approved: the meeting's record can no longer change."""
        return self.minutes is not None and self.minutes.frozen


_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")


def parse_time(value: object) -> str:
    """9:00, 09:00, 9：00, 9.30 -> '09:00'."""
    text = str(value).strip()
    m = _TIME.match(text)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise FieldProblem(Msg("is not a time of day; write it as 09:30"))
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def _kind(value: Any) -> str:
    code = value if value in KINDS else KINDS.parse(str(value or ""))
    if code is None:
        raise FieldProblem(Msg("{value} is not one of the choices", value=str(value)))
    return code


def validate_meeting(db: Database, raw: Mapping[str, Any]) -> dict[str, Any]:
    c = Collector()
    L = MEETING_LABELS
    out: dict[str, Any] = {}
    out["kind"] = c.run("kind", L["kind"], _kind, raw.get("kind") or "working") or "working"
    out["title"] = c.text("title", L["title"], raw.get("title", ""), 200, required=True)
    for key in ("place", "organiser", "chair", "recorder"):
        out[key] = c.text(key, L[key], raw.get(key, ""), 200)
    out["notes"] = c.text("notes", L["notes"], raw.get("notes", ""), MAX_TEXT_LENGTH, multiline=True)
    date = raw.get("meeting_date")
    if date in (None, ""):
        c.add("meeting_date", L["meeting_date"], Msg("is required"))
        out["meeting_date"] = None
    else:
        out["meeting_date"] = c.run("meeting_date", L["meeting_date"], parse_date, date)
    for key in ("start_time", "end_time"):
        value = raw.get(key)
        out[key] = c.run(key, L[key], parse_time, value) if value not in (None, "") else None
    if out["start_time"] and out["end_time"] and out["end_time"] < out["start_time"]:
        c.add("end_time", L["end_time"], Msg("is before the start"))
    committee = raw.get("committee_id")
    out["committee_id"] = None
    if committee not in (None, ""):
        from core.members.committees import list_committees

        ids = {x.id for x in list_committees(db)}
        if int(committee) not in ids:
            c.add("committee_id", L["committee_id"], Msg("the committee does not exist"))
        else:
            out["committee_id"] = int(committee)
    c.raise_if_any()
    return out


def meeting_search_text(values: Mapping[str, Any]) -> str:
    return build_search_text(values["title"], values["place"], values["chair"], values["organiser"],
                             names=(values["title"],))


def _row(values: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: values[k] for k in store.MEETING_COLUMNS}
    row["search_text"] = meeting_search_text(values)
    row["sort_key"] = sort_key(values["title"][:60])
    return row


def refresh_search_text(conn: Any, meeting_id: int) -> None:
    """The registry's search-text upkeep of a meeting."""
    row = store.get(conn, meeting_id)
    if row is not None:
        store.set_search_text(conn, meeting_id, meeting_search_text(row))


def _minutes(row: Any) -> MinutesVersion:
    return MinutesVersion(row["id"], row["version"], row["status"], row["number_line"], row["minutes_date"],
                          row["version_of"], row["circulated_at"], row["approved_at"], row["snapshot"] is not None)


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    with db.lock:
        row = store.get(db, meeting_id)
        if row is None:
            raise NotFound(Msg("Meeting {id} does not exist.", id=meeting_id))
        minutes = store.current_minutes(db, meeting_id)
        notices = [LinkedNotice(r["notice_id"], r["role"], r["title"], r["status"], r["deleted_at"] is not None)
                   for r in store.linked_notices(db, meeting_id)]
        committee = None
        if row["committee_id"] is not None:
            from core.members.committees import list_committees

            committee = next((x.name for x in list_committees(db) if x.id == row["committee_id"]), None)
    return Meeting(id=row["id"], uid=row["uid"], kind=row["kind"], title=row["title"],
                   meeting_date=row["meeting_date"], start_time=row["start_time"], end_time=row["end_time"],
                   place=row["place"], organiser=row["organiser"], chair=row["chair"], recorder=row["recorder"],
                   committee_id=row["committee_id"], committee_name=committee, notes=row["notes"],
                   package_of=row["package_of"], deleted_at=row["deleted_at"],
                   minutes=_minutes(minutes) if minutes else None, notices=notices)


def meeting_row(db: Database, meeting_id: int) -> Any:
    """The stored row of a live meeting (raises NotFound for a missing or deleted one)."""
    row = store.get(db, meeting_id)
    if row is None or row["deleted_at"] is not None:
        raise NotFound(Msg("Meeting {id} does not exist (it may have been deleted).", id=meeting_id))
    return row


def require_editable(db: Database, meeting_id: int) -> Any:
    """The meeting's row, if its record may still change (its current minutes are not approved)."""
    row = meeting_row(db, meeting_id)
    minutes = store.current_minutes(db, meeting_id)
    if minutes is not None and minutes["status"] in ("approved", "superseded"):
        raise UserError(Msg("The minutes of {title} are approved and can no longer be changed. Make a correction "
                            "(a new version of the minutes) to change them.", title=row["title"]))
    return row


def insert_meeting(db: Database, values: Mapping[str, Any], uid: str | None = None,
                   package_of: str | None = None) -> int:
    """Write a validated meeting and its first (draft) minutes inside the caller's action."""
    meeting_id = store.insert(db, {**_row(values), "uid": uid or uuid.uuid4().hex, "package_of": package_of})
    store.insert_minutes(db, {"meeting_id": meeting_id, "version": 1, "status": "draft",
                              "minutes_date": values.get("meeting_date")})
    return meeting_id


def create_meeting(db: Database, raw: Mapping[str, Any]) -> Meeting:
    """A new meeting with draft minutes (version 1)."""
    values = validate_meeting(db, raw)
    with db.action(N_("Create meeting {title}"), title=values["title"]):
        meeting_id = insert_meeting(db, values)
    return get_meeting(db, meeting_id)


def update_meeting(db: Database, meeting_id: int, raw: Mapping[str, Any]) -> Meeting:
    """Save the meeting's facts (refused once its minutes are approved)."""
    values = validate_meeting(db, raw)
    with db.action(N_("Edit meeting {title}"), title=values["title"]):
        require_editable(db, meeting_id)
        store.update(db, meeting_id, _row(values))
    return get_meeting(db, meeting_id)


def as_raw(meeting: Meeting) -> dict[str, Any]:
    """A meeting as the ``raw`` mapping :func:`update_meeting` takes."""
    return {k: getattr(meeting, k) for k in store.MEETING_COLUMNS}


def delete_meetings(db: Database, ids: Iterable[int]) -> list[int]:
    """Move meetings to the trash (with everything recorded about them)."""
    ids = list(ids)
    label, params = records.action_label(db, "meetings", ids, N_("Delete meeting {name}"),
                                         N_("Delete {count} meetings"), "title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "meetings", ids, True)


def restore_meetings(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "meetings", ids, N_("Restore meeting {name}"),
                                         N_("Restore {count} meetings"), "title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "meetings", ids, False)


# ---- minutes versions ------------------------------------------------------------------------------

def minutes_versions(db: Database, meeting_id: int) -> list[MinutesVersion]:
    with db.lock:
        return [_minutes(r) for r in store.minutes_versions(db, meeting_id)]


def _current(db: Database, meeting_id: int) -> Any:
    row = store.current_minutes(db, meeting_id)
    if row is None:  # never: every meeting is made with version 1
        raise NotFound(Msg("Meeting {id} does not exist.", id=meeting_id))
    return row


def set_minutes_line(db: Database, meeting_id: int, number_line: str, minutes_date: Any = None) -> MinutesVersion:
    """The number or date line of the current (not approved) minutes: 第1期, 〔2013〕1号."""
    c = Collector()
    line = c.text("number_line", MINUTES_LABELS["number_line"], number_line, 60)
    date = c.run("minutes_date", MINUTES_LABELS["minutes_date"], parse_date, minutes_date) \
        if minutes_date not in (None, "") else None
    c.raise_if_any()
    row = meeting_row(db, meeting_id)
    with db.action(N_("Edit the minutes of {title}"), title=row["title"]):
        require_editable(db, meeting_id)
        store.update_minutes(db, _current(db, meeting_id)["id"], {"number_line": line, "minutes_date": date})
    return minutes_versions(db, meeting_id)[-1]


def circulate_minutes(db: Database, meeting_id: int) -> MinutesVersion:
    """Draft → circulated for comments (征求意见)."""
    row = meeting_row(db, meeting_id)
    with db.action(N_("Circulate the minutes of {title}"), title=row["title"]):
        current = _current(db, meeting_id)
        if current["status"] != "draft":
            raise UserError(Msg("Only draft minutes can be circulated for comments."))
        store.update_minutes(db, current["id"], {"status": "circulated", "circulated_at": records.now()})
    return minutes_versions(db, meeting_id)[-1]


def return_minutes_to_draft(db: Database, meeting_id: int) -> MinutesVersion:
    """Circulated → draft again (to work the comments in)."""
    row = meeting_row(db, meeting_id)
    with db.action(N_("Return the minutes of {title} to draft"), title=row["title"]):
        current = _current(db, meeting_id)
        if current["status"] != "circulated":
            raise UserError(Msg("Only circulated minutes can go back to draft."))
        store.update_minutes(db, current["id"], {"status": "draft"})
    return minutes_versions(db, meeting_id)[-1]


def approve_minutes(db: Database, meeting_id: int, approved_at: str | None = None) -> MinutesVersion:
    """Approve the current minutes: what they say is kept as it is (a snapshot of the whole
    record, core.meetings.record) and the meeting's record is frozen. A corrected version
    supersedes the one it corrects. ``approved_at`` (ISO) for minutes approved long ago."""
    from core.meetings.record import snapshot_json

    row = meeting_row(db, meeting_id)
    with db.action(N_("Approve the minutes of {title}"), title=row["title"]):
        current = _current(db, meeting_id)
        if current["status"] not in ("draft", "circulated"):
            raise UserError(Msg("These minutes are approved already."))
        store.update_minutes(db, current["id"], {"status": "approved", "approved_at": approved_at or records.now(),
                                                 "minutes_date": current["minutes_date"] or row["meeting_date"]})
        store.update_minutes(db, current["id"], {"snapshot": snapshot_json(db, meeting_id)})
        if current["version_of"] is not None:
            store.update_minutes(db, current["version_of"], {"status": "superseded"})
    return minutes_versions(db, meeting_id)[-1]


def correct_minutes(db: Database, meeting_id: int) -> MinutesVersion:
    """A new draft version of approved minutes: the record can be changed again; the
    approved version stays as it was (its snapshot) until the correction is approved."""
    row = meeting_row(db, meeting_id)
    with db.action(N_("Correct the minutes of {title}"), title=row["title"]):
        current = _current(db, meeting_id)
        if current["status"] != "approved":
            raise UserError(Msg("Only approved minutes can be corrected; a draft can simply be edited."))
        store.insert_minutes(db, {"meeting_id": meeting_id, "version": current["version"] + 1, "status": "draft",
                                  "number_line": current["number_line"], "minutes_date": current["minutes_date"],
                                  "version_of": current["id"]})
    return minutes_versions(db, meeting_id)[-1]


# ---- notices ---------------------------------------------------------------------------------------

def link_notice(db: Database, meeting_id: int, notice_id: int, role: str = "other") -> Meeting:
    if role not in ("convening", "other"):
        raise ValueError(role)
    row = meeting_row(db, meeting_id)
    with db.action(N_("Link a notice to meeting {title}"), title=row["title"]):
        from core.storage import notices as notice_store

        if notice_store.get(db, notice_id) is None:
            raise NotFound(Msg("Notice {id} does not exist.", id=notice_id))
        store.link_notice(db, meeting_id, notice_id, role)
    return get_meeting(db, meeting_id)


def unlink_notice(db: Database, meeting_id: int, notice_id: int) -> Meeting:
    row = meeting_row(db, meeting_id)
    with db.action(N_("Unlink a notice from meeting {title}"), title=row["title"]):
        store.unlink_notice(db, meeting_id, notice_id)
    return get_meeting(db, meeting_id)


def _chinese_date(iso: str | None) -> str:
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def _weekday(iso: str) -> str:
    return "星期" + "一二三四五六日"[dt.date.fromisoformat(iso).weekday()]


def convening_notice_values(db: Database, meeting_id: int) -> dict[str, Any]:
    """The draft convening notice's values (core.notices.service ``raw``), filled from the meeting:
    title 关于召开<会议>的通知, addressees, time, place, attendees asked for, reply slip."""
    from core.documents.model import Block
    from core.notices.service import new_notice_defaults

    m = get_meeting(db, meeting_id)
    when = f"{_chinese_date(m.meeting_date)}（{_weekday(m.meeting_date)}）" if m.meeting_date else "另行通知"
    if m.start_time:
        when += f"{m.start_time}" + (f"—{m.end_time}" if m.end_time else "")
    addressees = {"council": "各理事单位", "standing_council": "各常务理事单位"}.get(m.kind, "各成员单位")
    if m.kind == "committee" and m.committee_name:
        addressees = f"{m.committee_name}专业委员会各成员单位"
    from core.meetings import agenda

    items = agenda.list_agenda_items(db, meeting_id)
    body = [Block("paragraph", f"经研究，定于{_chinese_date(m.meeting_date) or '近期'}"
                               f"{'在' + m.place if m.place else ''}召开{m.title}。现将有关事项通知如下：")]
    body += [Block("h1", "会议时间"), Block("paragraph", f"{when}。")]
    if m.place:
        body += [Block("h1", "会议地点"), Block("paragraph", f"{m.place}。")]
    if items:
        body.append(Block("h1", "会议议程"))
        body += [Block("h2", item.title) for item in items]
    body += [Block("h1", "参会人员"), Block("paragraph", f"{addressees.removeprefix('各')}负责同志或代表1至2名。")]
    body += [Block("h1", "有关要求"),
             Block("paragraph", "请各单位于会前将参会回执报送联盟秘书处。如不能参会，请履行请假手续。")]
    title = f"关于召开{m.title}的通知"
    return {**new_notice_defaults(db), "title": title, "addressees": addressees, "body": body}


def create_convening_notice(db: Database, meeting_id: int) -> Any:
    """A draft notice 关于召开<会议>的通知 with the meeting's facts, linked to the meeting as its
    convening notice; returns the notice (core.notices.service.Notice), to edit in the notices module."""
    from core.notices.service import create_notice, get_notice

    row = meeting_row(db, meeting_id)
    values = convening_notice_values(db, meeting_id)
    with db.action(N_("Create the convening notice of {title}"), title=row["title"]):
        notice = create_notice(db, values)
        store.link_notice(db, meeting_id, notice.id, "convening")
    return get_notice(db, notice.id)


def deleted_meetings(db: Database) -> list[tuple[int, str, str]]:
    with db.lock:
        return [(r["id"], r["name"], r["deleted_at"]) for r in store.deleted(db)]
