"""Finding an invitee at the door, keystroke by keystroke: a few characters of the name,
its full pinyin or initials (wzl → 王志良), either script (重庆 → 重慶), or the unit.

Each attendee row keeps a search document (core.text.search: folded text, pinyin and
initials, built when invited); a query is folded the same way and looked for in the
meeting's rows. The best matches come first: the name itself, then the name's start,
pinyin or initials, then a unit, then anything else.

Public API (stable): ``search_invitees(db, meeting_id, query, limit=30) -> list[SigninHit]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.storage import meetings as store
from core.storage.database import Database
from core.text.search import fold, pinyin_forms, search_form

SCAN_FACTOR = 3  # rows read per keystroke: ``limit`` times this, already in a coarse best-first order


@dataclass
class SigninHit:
    attendee_id: int
    name: str
    unit_name: str
    position: str
    is_guest: bool
    walk_in: bool
    status: str
    reply: str
    signed_in_at: str | None
    substitute_for: int | None
    rank: int  # 0 best


def _rank(query: str, name: str, unit_name: str) -> int:
    q = fold(query)
    n = fold(name)
    if not n:
        return 6 if q in fold(unit_name) else 7
    if n == q:
        return 0
    if n.startswith(q):
        return 1
    full, initials = pinyin_forms(name)
    if initials == q or initials.startswith(q) or full.startswith(q):
        return 2
    if q in n:
        return 3
    if q in full or q in initials:
        return 4
    if q in fold(unit_name):
        return 5
    return 6


def search_invitees(db: Database, meeting_id: int, query: str, limit: int = 30) -> list[SigninHit]:
    """The meeting's invitees matching ``query``, best first (at most ``limit``); [] for an empty query."""
    form = search_form(query)
    if form is None:
        return []
    with db.lock:
        rows = store.search_attendees(db, meeting_id, form, limit * SCAN_FACTOR)
    hits = [SigninHit(r["id"], r["name"], r["unit_name"], r["position"], bool(r["is_guest"]), bool(r["walk_in"]),
                      r["status"], r["reply"], r["signed_in_at"], r["substitute_for"],
                      _rank(query, r["name"], r["unit_name"])) for r in rows]
    hits.sort(key=lambda h: h.rank)  # stable: within a rank, the stored (pinyin) order
    return hits[:limit]
