"""The filtered, sorted lists behind the member-unit and contact tables.

``unit_ids``/``contact_ids`` return every matching id in display order;
``unit_rows``/``contact_rows`` fetch the display rows for some of them. Views page
through the ids, so a list of 20,000 units costs only what is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.members.contacts import mask_mobile
from core.storage import member_lists as store
from core.storage.database import Database
from core.text.search import like_pattern


@dataclass(frozen=True)
class UnitFilter:
    text: str = ""
    level: str | None = None
    unit_type: str | None = None
    status: str | None = None
    committee_id: int | None = None
    province: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    unit_id: int | None = None
    level: str | None = None
    committee_id: int | None = None
    primary_only: bool = False


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    short_name: str
    credit_code: str | None
    level: str
    unit_type: str
    status: str
    province: str
    city: str
    join_date: str | None
    member_no: str | None
    primary_contact: str | None
    contact_count: int
    committees: str


@dataclass(frozen=True)
class ContactRow:
    id: int
    unit_id: int
    unit_name: str
    name: str
    gender: str
    position: str
    title: str
    mobile_masked: str
    office_phone: str
    email: str
    is_primary: bool


def unit_ids(db: Database, flt: UnitFilter = UnitFilter(), sort: str = "name", descending: bool = False
             ) -> list[int]:
    where = {**flt.__dict__, "pattern": like_pattern(flt.text)}
    if flt.province:  # 江苏, 江蘇省 and Jiangsu all mean the stored 江苏省
        from core.regions import canonical_province

        where["province"] = canonical_province(flt.province)
    with db.lock:
        return store.unit_ids(db.conn, where, sort, descending)


def unit_rows(db: Database, ids: list[int]) -> dict[int, UnitRow]:
    with db.lock:
        rows = store.unit_rows(db.conn, ids)
    return {r["id"]: UnitRow(**{k: r[k] for k in r.keys()} | {"committees": r["committees"] or ""}) for r in rows}


def contact_ids(db: Database, flt: ContactFilter = ContactFilter(), sort: str = "name",
                descending: bool = False) -> list[int]:
    where = {**flt.__dict__, "pattern": like_pattern(flt.text)}
    with db.lock:
        return store.contact_ids(db.conn, where, sort, descending)


def contact_rows(db: Database, ids: list[int]) -> dict[int, ContactRow]:
    with db.lock:
        rows = store.contact_rows(db.conn, ids)
    return {r["id"]: ContactRow(r["id"], r["unit_id"], r["unit_name"], r["name"], r["gender"], r["position"],
                                r["title"], mask_mobile(r["mobile"]), r["office_phone"], r["email"],
                                bool(r["is_primary"])) for r in rows}


def provinces(db: Database) -> list[str]:
    """The provinces in use, by pinyin (江苏省 before 吉林省), as stored."""
    from core.text.pinyin import sort_key

    return sorted(store.regions(db.conn), key=sort_key)


def unit_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every unit, in pinyin order: for pickers."""
    with db.lock:
        return [(r["id"], r["name"]) for r in store.unit_names(db.conn)]
