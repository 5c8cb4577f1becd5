"""Lists of meetings for the meetings page and the command line.

Public API (stable):

* ``meeting_ids(db, MeetingFilter(...)) -> list[int]`` newest first (or oldest with ``descending=False``);
* ``meeting_rows(db, ids) -> dict[int, MeetingListRow]``;
* ``meeting_list(db, text="", year=None) -> list[MeetingListRow]`` (both at once).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.storage import meetings as store
from core.storage.database import Database
from core.text.search import search_form


@dataclass
class MeetingFilter:
    text: str = ""
    kind: str | None = None
    committee_id: int | None = None
    year: int | None = None
    descending: bool = True


@dataclass
class MeetingListRow:
    id: int
    meeting_date: str | None
    start_time: str | None
    kind: str
    title: str
    place: str
    chair: str
    committee_id: int | None
    committee: str | None
    invitees: int
    present: int
    open_actions: int
    minutes_status: str
    package_copy: bool  # opened from a meeting package (a sign-in laptop's copy)


def meeting_ids(db: Database, where: MeetingFilter | None = None) -> list[int]:
    where = where or MeetingFilter()
    with db.lock:
        return store.list_ids(db, search_form(where.text), where.kind, where.committee_id, where.year,
                              where.descending)


def meeting_rows(db: Database, ids: list[int]) -> dict[int, MeetingListRow]:
    with db.lock:
        rows = store.list_rows(db, ids)
    return {r["id"]: MeetingListRow(id=r["id"], meeting_date=r["meeting_date"], start_time=r["start_time"],
                                    kind=r["kind"], title=r["title"], place=r["place"], chair=r["chair"],
                                    committee_id=r["committee_id"], committee=r["committee_name"],
                                    invitees=r["invitees"], present=r["present"], open_actions=r["open_actions"],
                                    minutes_status=r["minutes_status"] or "draft",
                                    package_copy=r["package_of"] is not None) for r in rows}


def meeting_list(db: Database, text: str = "", year: int | None = None) -> list[MeetingListRow]:
    ids = meeting_ids(db, MeetingFilter(text=text, year=year))
    rows = meeting_rows(db, ids)
    return [rows[i] for i in ids]
