"""Services for member units: each function is one clerk action and one transaction.

Input is a mapping of what was typed (strings, or already-typed values from an
import); :func:`validate_unit` cleans it or raises :class:`ValidationError` naming
every wrong field at once. Status and level changes are written to the unit's
dated history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.errors import NotFound
from core.i18n import Msg, N_
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.storage import records
from core.storage import units as store
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.validation import (
    MAX_TEXT_LENGTH, Collector, FieldProblem, check_credit_code, check_postcode, check_website,
    clean_text, parse_date,
)

UNIT_LABELS = {
    "name": N_("Unit name"),
    "short_name": N_("Short name"),
    "credit_code": N_("Unified social credit code"),
    "unit_type": N_("Unit type"),
    "level": N_("Membership level"),
    "province": N_("Province"),
    "city": N_("City"),
    "address": N_("Address"),
    "postcode": N_("Postcode"),
    "website": N_("Website"),
    "join_date": N_("Join date"),
    "member_no": N_("Member number"),
    "status": N_("Status"),
    "notes": N_("Notes"),
    "committee_ids": N_("Professional committees"),
}

CHANGE_DATE_LABEL = N_("Date of the level/status change")
CHANGE_NOTE_LABEL = N_("Reason for the change")


@dataclass
class Unit:
    id: int
    name: str
    short_name: str = ""
    credit_code: str | None = None
    unit_type: str = "enterprise"
    level: str = "member"
    province: str = ""
    city: str = ""
    address: str = ""
    postcode: str = ""
    website: str = ""
    join_date: str | None = None
    member_no: str | None = None
    status: str = "active"
    notes: str = ""
    committee_ids: list[int] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


@dataclass(frozen=True)
class HistoryEntry:
    changed_on: str
    field: str
    old_value: str | None
    new_value: str
    note: str


def _choice(vocabulary, text: Any) -> str:  # type: ignore[no-untyped-def]
    code = text if text in vocabulary else vocabulary.parse(str(text or ""))
    if code is None:
        raise FieldProblem(Msg("{value} is not one of the choices", value=str(text)))
    return code


def validate_unit(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Clean every editable field; raise ValidationError listing every problem."""
    c = Collector()
    L = UNIT_LABELS
    out: dict[str, Any] = {}

    def text(name: str, limit: int = 200, multiline: bool = False, required: bool = False) -> str:
        return c.text(name, L[name], raw.get(name, ""), limit, required, multiline)

    out["name"] = text("name", required=True)
    out["short_name"] = text("short_name", 60)
    for key in ("province", "city"):
        out[key] = text(key, 40)
    out["address"] = text("address")
    out["notes"] = text("notes", MAX_TEXT_LENGTH, multiline=True)

    def optional(name: str, check, empty=None):  # type: ignore[no-untyped-def]
        value = raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return empty
        return c.run(name, L[name], check, value if not isinstance(value, str) else value.strip())

    out["credit_code"] = optional("credit_code", check_credit_code)
    _fill_region(out)
    out["postcode"] = optional("postcode", check_postcode, "") or ""
    out["website"] = optional("website", check_website, "") or ""
    out["join_date"] = optional("join_date", parse_date)
    out["member_no"] = optional("member_no", lambda v: clean_text(v, 40))
    out["unit_type"] = optional("unit_type", lambda v: _choice(UNIT_TYPES, v), "enterprise") or "enterprise"
    out["level"] = optional("level", lambda v: _choice(LEVELS, v), "member") or "member"
    out["status"] = optional("status", lambda v: _choice(STATUSES, v), "active") or "active"
    ids = raw.get("committee_ids") or []
    out["committee_ids"] = sorted({int(i) for i in ids})
    c.raise_if_any()
    return out


def _fill_region(out: dict[str, Any]) -> None:
    """One spelling per region (重慶/重庆/Chongqing -> 重庆市); empty ones read from the credit code."""
    from core import regions

    out["province"] = regions.canonical_province(out["province"])
    out["city"] = regions.canonical_city(out["city"], out["province"])
    if not out["province"] and not out["city"] and out.get("credit_code"):
        out["province"], out["city"] = regions.from_credit_code(out["credit_code"])
    elif out["province"] and not out["city"] and out.get("credit_code"):
        province, city = regions.from_credit_code(out["credit_code"])
        if province == out["province"]:
            out["city"] = city


def _check_unique(db: Database, values: Mapping[str, Any], exclude_id: int | None) -> None:
    c = Collector()
    for column in ("name", "credit_code", "member_no"):
        value = values.get(column)
        if value:
            other = store.find_active_by(db, column, value, exclude_id)
            if other is not None:
                c.add(column, UNIT_LABELS[column], Msg("is already used by {unit}", unit=other["name"]))
    c.raise_if_any()


def _row_values(values: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: values[k] for k in store.UNIT_COLUMNS}
    row["sort_key"] = sort_key(values["name"])
    row["short_sort_key"] = sort_key(values["short_name"])
    return row


def _today() -> str:
    return dt.date.today().isoformat()


def get_unit(db: Database, unit_id: int) -> Unit:
    row = store.get(db, unit_id)
    if row is None:
        raise NotFound(Msg("Member unit {id} does not exist.", id=unit_id))
    data = {k: row[k] for k in Unit.__dataclass_fields__ if k != "committee_ids"}
    return Unit(**data, committee_ids=store.committee_ids(db, unit_id))


def insert_unit(db: Database, values: Mapping[str, Any]) -> int:
    """Write an already validated unit inside the caller's transaction (used by imports)."""
    conn = db
    unit_id = store.insert(conn, {**_row_values(values), "search_text": store.search_text(values)})
    if values.get("committee_ids"):
        store.set_committees(conn, unit_id, values["committee_ids"])
    since = values.get("join_date") or _today()
    store.add_history(conn, unit_id, since, "level", None, values["level"])
    store.add_history(conn, unit_id, since, "status", None, values["status"])
    return unit_id


def create_unit(db: Database, raw: Mapping[str, Any]) -> Unit:
    """Register a new member unit. Raises ValidationError naming each wrong field."""
    values = validate_unit(raw)
    with db.action(N_("Register member unit {name}"), name=values["name"]):
        _check_unique(db, values, None)
        unit_id = insert_unit(db, values)
    return get_unit(db, unit_id)


def apply_unit_update(db: Database, unit_id: int, values: Mapping[str, Any],
                      change_date: str | None = None, change_note: str = "") -> None:
    """Write validated values over unit ``unit_id`` inside the caller's transaction."""
    conn = db
    before = store.get(conn, unit_id)
    if before is None or before["deleted_at"] is not None:
        raise NotFound(Msg("Member unit {id} does not exist.", id=unit_id))
    when = change_date or _today()
    for key in ("level", "status"):
        if values[key] != before[key]:
            store.add_history(conn, unit_id, when, key, before[key], values[key], change_note)
    store.update(conn, unit_id, _row_values(values))
    if "committee_ids" in values:
        store.set_committees(conn, unit_id, values["committee_ids"])
    if values["name"] != before["name"] or values["short_name"] != before["short_name"]:
        from core.storage import contacts as contact_store

        contact_store.refresh_search_text_for_unit(conn, unit_id)
    store.refresh_search_text(conn, unit_id)


def update_unit(db: Database, unit_id: int, raw: Mapping[str, Any], change_date: Any = None,
                change_note: str = "") -> Unit:
    """Save an edited unit. A changed level or status is recorded in its history,
    dated ``change_date`` (today by default)."""
    values = validate_unit(raw)
    when = None
    if change_date and str(change_date).strip():
        c = Collector()
        when = c.run("change_date", CHANGE_DATE_LABEL, parse_date, change_date)
        c.raise_if_any()
    with db.action(N_("Edit member unit {name}"), name=values["name"]):
        _check_unique(db, values, unit_id)
        apply_unit_update(db, unit_id, values, when, clean_text(change_note))
    return get_unit(db, unit_id)


def change_units(db: Database, ids: Iterable[int], level: str | None = None, status: str | None = None,
                 add_committee: int | None = None, remove_committee: int | None = None,
                 change_date: Any = None, change_note: str = "") -> list[int]:
    """Change the level, status or a committee of several units at once: one action, undone as one.

    Level and status changes go into each unit's dated history. Returns the ids that changed.
    """
    ids = list(dict.fromkeys(ids))
    c = Collector()
    if level is not None:
        level = c.run("level", UNIT_LABELS["level"], lambda v: _choice(LEVELS, v), level)
    if status is not None:
        status = c.run("status", UNIT_LABELS["status"], lambda v: _choice(STATUSES, v), status)
    when = c.run("change_date", CHANGE_DATE_LABEL, parse_date, change_date) if change_date else None
    c.raise_if_any()
    label, params = records.action_label(db, "units", ids, N_("Change member unit {name}"),
                                         N_("Change {count} member units"))
    changed: list[int] = []
    with db.action(label, **params):
        for unit_id in ids:
            unit = get_unit(db, unit_id)
            values = {k: getattr(unit, k) for k in Unit.__dataclass_fields__ if k != "id"}
            committees_now = set(unit.committee_ids)
            if level is not None:
                values["level"] = level
            if status is not None:
                values["status"] = status
            if add_committee is not None:
                committees_now.add(int(add_committee))
            if remove_committee is not None:
                committees_now.discard(int(remove_committee))
            values["committee_ids"] = sorted(committees_now)
            if (values["level"], values["status"], values["committee_ids"]) == (
                    unit.level, unit.status, sorted(unit.committee_ids)):
                continue
            apply_unit_update(db, unit_id, values, when, clean_text(change_note))
            changed.append(unit_id)
    return changed


def delete_units(db: Database, ids: Iterable[int]) -> list[int]:
    """Move units to the deleted list (restorable); their contacts go with them."""
    ids = list(ids)
    label, params = records.action_label(db, "units", ids, N_("Delete member unit {name}"),
                                         N_("Delete {count} member units"))
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "units", ids, True)


def restore_units(db: Database, ids: Iterable[int]) -> list[int]:
    """Bring deleted units back, unless their name or codes have been taken meanwhile."""
    ids = list(ids)
    label, params = records.action_label(db, "units", ids, N_("Restore member unit {name}"),
                                         N_("Restore {count} member units"))
    with db.action(label, **params) as conn:
        for unit_id in ids:
            row = store.get(conn, unit_id)
            if row is not None and row["deleted_at"] is not None:
                _check_unique(db, dict(row), unit_id)
        return records.set_deleted(conn, "units", ids, False)


def deleted_units(db: Database) -> list[tuple[int, str, str]]:
    return [(r["id"], r["name"], r["deleted_at"]) for r in store.deleted(db)]


def unit_history(db: Database, unit_id: int) -> list[HistoryEntry]:
    return [HistoryEntry(r["changed_on"], r["field"], r["old_value"], r["new_value"], r["note"])
            for r in store.history(db, unit_id)]
