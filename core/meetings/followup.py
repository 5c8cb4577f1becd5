"""Follow-up across all meetings (督办): open action items, overdue first; filters by unit,
person, committee and meeting; the overdue count shown in the sidebar.

Public API (stable):

* ``followup(db, FollowUpFilter(...), today=None) -> list[ActionItem]``: overdue open items
  (oldest due date first), then the other open items by due date (undated last); with
  ``include_closed`` the done and dropped ones after them.
* ``overdue_count(db, today=None) -> int``: one count over the partial index of open items.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.meetings.agenda import ActionItem, action_from_row
from core.storage import meetings as store
from core.storage.database import Database
from core.text.search import search_form


@dataclass
class FollowUpFilter:
    unit_id: int | None = None
    contact_id: int | None = None
    person: str = ""  # a responsible person typed (name, pinyin or initials)
    committee_id: int | None = None  # the committee of the meeting
    meeting_id: int | None = None
    text: str = ""  # words of the action item, its unit or person
    include_closed: bool = False


def _day(today: str | dt.date | None) -> str:
    if isinstance(today, dt.date):
        return today.isoformat()
    return today or dt.date.today().isoformat()


def followup(db: Database, where: FollowUpFilter | None = None, today: str | dt.date | None = None,
             limit: int | None = None) -> list[ActionItem]:
    where = where or FollowUpFilter()
    statuses = ["open", "done", "dropped"] if where.include_closed else ["open"]
    with db.lock:
        ids = store.followup_ids(db, statuses, _day(today), unit_id=where.unit_id, contact_id=where.contact_id,
                                 person_form=search_form(where.person), committee_id=where.committee_id,
                                 meeting_id=where.meeting_id, form=search_form(where.text))
        if limit is not None:
            ids = ids[:limit]
        rows = {r["id"]: r for r in store.action_rows(db, ids)}
    return [action_from_row(rows[i]) for i in ids if i in rows]


def overdue_count(db: Database, today: str | dt.date | None = None) -> int:
    """Open action items past their due date, in meetings not deleted (cheap: for the sidebar)."""
    with db.lock:
        return store.overdue_count(db, _day(today))
