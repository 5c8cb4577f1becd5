"""The lists of calls, nominations, the expert pool and the standards roster: filtered, sorted
ids and display rows. ID numbers and mobiles are masked unless ``personal`` is asked for.

Text filters go through the search index (core.storage.search_index): 张伟, zhangwei and zw
find the same person; 重慶 finds 重庆. Lists hold a few thousand rows at most (a call brings
dozens to hundreds), so a list's ids are read whole and paged in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.calls.choices import CALL_KINDS, SIDES, STATES
from core.calls.people import mask_id_number, mask_mobile
from core.storage import calls as store
from core.storage.database import Database
from core.text.search import search_form


@dataclass(frozen=True)
class Listing:
    count: int
    exact: bool
    _page: Callable[[int, int], list[int]] = field(repr=False)

    def ids(self, offset: int, limit: int) -> list[int]:
        return self._page(offset, limit)


def _listing(ids: list[int]) -> Listing:
    return Listing(len(ids), True, lambda offset, limit: ids[offset:offset + limit] if limit >= 0 else ids[offset:])


@dataclass(frozen=True)
class NominationFilter:
    text: str = ""
    call_id: int | None = None
    kind: str | None = None
    state: str | None = None
    side: str | None = None
    nominating_unit_id: int | None = None


@dataclass(frozen=True)
class PoolFilter:
    text: str = ""
    side: str | None = None
    committee_id: int | None = None
    field: str = ""
    unit_id: int | None = None
    unit: str = ""
    expiring_by: str | None = None  # term ends on or before this ISO date


# ---- calls ----------------------------------------------------------------------------------------

def call_ids(db: Database, text: str = "", kind: str | None = None) -> list[int]:
    with db.lock:
        return store.call_ids(db, search_form(text), kind)


def call_listing(db: Database, text: str = "", kind: str | None = None) -> Listing:
    return _listing(call_ids(db, text, kind))


def call_rows(db: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    from core.notices.service import format_number

    with db.lock:
        rows = store.call_rows(db, ids)
    out = {}
    for r in rows:
        number = format_number(r["prefix"], r["year"], r["serial"]) if r["serial"] else ""
        out[r["id"]] = {
            "id": r["id"], "kind": r["kind"], "title": r["title"], "notice_id": r["notice_id"],
            "notice": f"{r['notice_title']} {number}".strip() if r["notice_title"] else "",
            "opened_on": r["opened_on"], "deadline": r["deadline"], "form_kind": r["form_kind"],
            "sides": [s for s in r["sides"].split(",") if s], "committees": r["committee_names"] or "",
            "received": r["received"], "approved": r["approved"], "notes": r["notes"]}
    return out


def call_choices(db: Database) -> list[tuple[int, str, str]]:
    with db.lock:
        return [(r["id"], r["title"], r["kind"]) for r in store.call_choices(db)]


def notice_forms(db: Database, notice_id: int) -> list[str]:
    """The forms (expert, standards, membership) of the calls that use notice ``notice_id``."""
    with db.lock:
        return store.notice_form_kinds(db, notice_id)


def notice_choices(db: Database) -> list[tuple[int, str]]:
    from core.notices.service import format_number

    with db.lock:
        rows = store.notice_choices(db)
    return [(r["id"], f"{r['title']} {format_number(r['prefix'], r['year'], r['serial'])}".strip()
             if r["serial"] else r["title"]) for r in rows]


# ---- nominations ------------------------------------------------------------------------------------

def nomination_ids(db: Database, flt: NominationFilter = NominationFilter(), sort: str = "received_on",
                   descending: bool = False) -> list[int]:
    where = {**flt.__dict__, "form": search_form(flt.text)}
    with db.lock:
        return store.nomination_ids(db, where, sort, descending)


def nomination_listing(db: Database, flt: NominationFilter = NominationFilter(), sort: str = "received_on",
                       descending: bool = False) -> Listing:
    return _listing(nomination_ids(db, flt, sort, descending))


def nomination_rows(db: Database, ids: list[int], personal: bool = False) -> dict[int, dict[str, Any]]:
    """Display rows: mobiles and ID numbers masked unless ``personal``."""
    with db.lock:
        rows = store.nomination_rows(db, ids)
    out = {}
    for r in rows:
        values = json.loads(r["form_values"] or "{}")
        out[r["id"]] = {
            "id": r["id"], "call_id": r["call_id"], "call": r["call_title"], "kind": r["kind"], "name": r["name"],
            "gender": r["gender"], "side": r["side"], "work_unit": r["work_unit"], "fields": r["fields"],
            "committees": r["committees"], "nominating_unit_id": r["nominating_unit_id"],
            "nominating_unit": r["nominating_unit"], "credit_code": r["credit_code"],
            "contact": values.get("contact_name", ""),
            "mobile": r["mobile"] if personal else mask_mobile(r["mobile"]),
            "id_number": r["id_number"] if personal else mask_id_number(r["id_number"]),
            "email": r["email"], "state": r["state"], "state_reason": r["state_reason"],
            "received_on": r["received_on"], "decided_on": r["decided_on"], "decision_ref": r["decision_ref"],
            "scan": r["scan_name"] or ""}
    return out


# ---- the expert pool and the standards roster ---------------------------------------------------------

def pool_ids(db: Database, table: str, flt: PoolFilter = PoolFilter(), sort: str = "name",
             descending: bool = False) -> list[int]:
    where = {**flt.__dict__, "form": search_form(flt.text)}
    with db.lock:
        return store.pool_ids(db, table, where, sort, descending)


def pool_listing(db: Database, table: str, flt: PoolFilter = PoolFilter(), sort: str = "name",
                 descending: bool = False) -> Listing:
    return _listing(pool_ids(db, table, flt, sort, descending))


def pool_rows(db: Database, table: str, ids: list[int], personal: bool = False) -> dict[int, dict[str, Any]]:
    with db.lock:
        rows = store.pool_rows(db, table, ids)
    out = {}
    for r in rows:
        item = {k: r[k] for k in r.keys() if k not in ("search_text", "sort_key", "created_at", "updated_at",
                                                          "deleted_at", "committee_names")}
        item["committees"] = r["committee_names"] or ""
        if not personal:
            item["mobile"] = mask_mobile(r["mobile"])
            item["id_number"] = mask_id_number(r["id_number"])
        out[r["id"]] = item
    return out


def side_label(code: str) -> str:
    return SIDES.label(code) if code else ""


def state_label(code: str) -> str:
    return STATES.label(code)


def kind_label(code: str) -> str:
    return CALL_KINDS.label(code)
