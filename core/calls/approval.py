"""What an approval writes, inside the approving action: an expert joins the expert pool,
a standards nominee the standards group roster, an applicant becomes a member unit with
its contact. Undoing the approval takes all of it back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.errors import UserError
from core.i18n import Msg
from core.storage import calls as store
from core.storage.database import Database

TERM_YEARS = 3


def default_term_end(start: str) -> str:
    """Three years less a day: 2013-12-01 -> 2016-11-30."""
    day = dt.date.fromisoformat(start)
    try:
        end = day.replace(year=day.year + TERM_YEARS)
    except ValueError:  # 29 February
        end = day.replace(year=day.year + TERM_YEARS, day=28)
    return (end - dt.timedelta(days=1)).isoformat()


def _committee_ids(db: Database, names: list[str]) -> list[int]:
    by_name = {r["name"]: r["id"] for r in store.committees(db)}
    return sorted(by_name[n] for n in names if n in by_name)


def write_result(db: Database, nomination: Any, when: str, term_start: str | None, term_end: str | None) -> int:
    """Write the approved nomination where it belongs; returns the id of the row written."""
    if nomination.kind == "membership":
        return _new_member(db, nomination, when)
    start = term_start or when
    end = term_end or default_term_end(start)
    if end < start:
        raise UserError(Msg("The term ends ({end}) before it starts ({start}).", end=end, start=start))
    from core.calls import pool

    values = nomination.form_values
    person = {
        "name": nomination.name, "gender": nomination.gender, "work_unit": nomination.work_unit,
        "unit_id": _unit_of(db, nomination), "mobile": nomination.mobile, "email": nomination.email,
        "id_number": nomination.id_number, "term_start": start, "term_end": end,
        "nomination_id": nomination.id, "position": values.get("position", ""), "title": values.get("title", ""),
        "committee_ids": _committee_ids(db, nomination.committees),
    }
    table = "experts" if nomination.kind == "expert" else "standards_members"
    if nomination.kind == "expert":
        person.update(side=nomination.side, fields=nomination.fields)
    else:
        person["specialty"] = values.get("specialty") or nomination.fields
    pool.refuse_if_in_pool(db, table, person)
    return pool.insert_person(db, table, pool.validate_person(table, person))


def _unit_of(db: Database, nomination: Any) -> int | None:
    """The member unit the person works for, when it is one."""
    if nomination.work_unit:
        unit = store.unit_by_name(db, nomination.work_unit)
        if unit is not None:
            return unit["id"]
    return None


def _new_member(db: Database, nomination: Any, when: str) -> int:
    from core.members import contacts, units

    values = nomination.form_values
    raw = {"name": nomination.name, "credit_code": nomination.credit_code, "short_name": values.get("short_name", ""),
           "unit_type": values.get("unit_type") or "enterprise", "level": values.get("level") or "member",
           "address": values.get("address", ""), "postcode": values.get("postcode", ""),
           "website": values.get("website", ""), "join_date": when, "status": "active",
           "committee_ids": _committee_ids(db, nomination.committees),
           "notes": values.get("business", "")}
    unit_values = units.validate_unit(raw)
    units._check_unique(db, unit_values, None)
    unit_id = units.insert_unit(db, unit_values)
    contact = contacts.validate_contact({
        "unit_id": unit_id, "name": values.get("contact_name", ""), "position": values.get("contact_position", ""),
        "mobile": nomination.mobile, "email": nomination.email, "office_phone": values.get("office_phone", ""),
        "is_primary": True})
    contacts.insert_contact(db, contact)
    return unit_id
