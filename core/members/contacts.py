"""Services for contacts (联系人): one clerk action, one transaction.

A unit has at most one primary contact: marking a contact primary demotes the
previous one, and a unit whose primary contact is deleted gets its
longest-standing remaining contact as primary.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound
from core.i18n import Msg, N_
from core.members.choices import GENDERS
from core.storage import contacts as store
from core.storage import records
from core.storage import units as unit_store
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.validation import (
    MAX_TEXT_LENGTH, REQUIRED, Collector, FieldProblem, check_email, check_mobile, check_phone,
)

CONTACT_LABELS = {
    "unit_id": N_("Unit"),
    "name": N_("Name"),
    "gender": N_("Gender"),
    "position": N_("Position"),
    "title": N_("Professional title"),
    "mobile": N_("Mobile"),
    "office_phone": N_("Office phone"),
    "email": N_("E-mail"),
    "is_primary": N_("Primary contact"),
    "notes": N_("Notes"),
}


@dataclass
class Contact:
    id: int
    unit_id: int
    name: str
    gender: str = ""
    position: str = ""
    title: str = ""
    mobile: str = ""
    office_phone: str = ""
    email: str = ""
    is_primary: bool = False
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


def mask_mobile(mobile: str) -> str:
    """138****5678: how personal mobile numbers appear in lists."""
    if len(mobile) == 11 and mobile.isdigit():
        return f"{mobile[:3]}****{mobile[-4:]}"
    return "*" * len(mobile) if mobile else ""


def _gender(value: Any) -> str:
    code = value if value in GENDERS else GENDERS.parse(str(value))
    if code is None:
        raise FieldProblem(Msg("{value} is not one of the choices", value=str(value)))
    return code


def validate_contact(raw: Mapping[str, Any]) -> dict[str, Any]:
    c = Collector()
    L = CONTACT_LABELS
    out: dict[str, Any] = {}
    out["name"] = c.text("name", L["name"], raw.get("name", ""), 60, required=True)
    for key in ("position", "title"):
        out[key] = c.text(key, L[key], raw.get(key, ""), 80)
    out["notes"] = c.text("notes", L["notes"], raw.get("notes", ""), MAX_TEXT_LENGTH, multiline=True)
    for key, check in (("mobile", check_mobile), ("office_phone", check_phone), ("email", check_email),
                       ("gender", _gender)):
        value = raw.get(key)
        text = "" if value is None else str(value).strip()
        out[key] = (c.run(key, L[key], check, text) or "") if text else ""
    unit_id = raw.get("unit_id")
    if unit_id in (None, ""):
        c.add("unit_id", L["unit_id"], Msg(REQUIRED))
    else:
        out["unit_id"] = int(unit_id)
    out["is_primary"] = 1 if raw.get("is_primary") else 0
    c.raise_if_any()
    return out


def _row(values: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: values[k] for k in store.CONTACT_COLUMNS}
    row["sort_key"] = sort_key(values["name"])
    return row


def _check_unit(db: Database, unit_id: int) -> None:
    unit = unit_store.get(db, unit_id)
    if unit is None or unit["deleted_at"] is not None:
        c = Collector()
        c.add("unit_id", CONTACT_LABELS["unit_id"], Msg("the unit does not exist (it may have been deleted)"))
        c.raise_if_any()


def get_contact(db: Database, contact_id: int) -> Contact:
    row = store.get(db, contact_id)
    if row is None:
        raise NotFound(Msg("Contact {id} does not exist.", id=contact_id))
    data = {k: row[k] for k in Contact.__dataclass_fields__}
    data["is_primary"] = bool(data["is_primary"])
    return Contact(**data)


def insert_contact(db: Database, values: Mapping[str, Any]) -> int:
    """Write a validated contact inside the caller's transaction (used by imports)."""
    conn = db
    if values["is_primary"]:
        store.clear_primary(conn, values["unit_id"])
    contact_id = store.insert(conn, {**_row(values), "search_text": store.search_text(conn, values)})
    if not values["is_primary"]:
        store.ensure_primary(conn, values["unit_id"])
    unit_store.add_contact_to_search_text(conn, values["unit_id"], values["name"])
    return contact_id


def apply_contact_update(db: Database, contact_id: int, values: Mapping[str, Any]) -> None:
    conn = db
    before = store.get(conn, contact_id)
    if before is None or before["deleted_at"] is not None:
        raise NotFound(Msg("Contact {id} does not exist.", id=contact_id))
    if values["is_primary"]:
        store.clear_primary(conn, values["unit_id"], except_id=contact_id)
    store.update(conn, contact_id, _row(values))
    for unit_id in {before["unit_id"], values["unit_id"]}:
        store.ensure_primary(conn, unit_id)
        unit_store.refresh_search_text(conn, unit_id)
    store.refresh_search_text(conn, contact_id)


def create_contact(db: Database, raw: Mapping[str, Any]) -> Contact:
    """Add a contact to a unit. The unit's first contact becomes its primary contact."""
    values = validate_contact(raw)
    with db.action(N_("Add contact {name}"), name=values["name"]):
        _check_unit(db, values["unit_id"])
        contact_id = insert_contact(db, values)
    return get_contact(db, contact_id)


def update_contact(db: Database, contact_id: int, raw: Mapping[str, Any]) -> Contact:
    values = validate_contact(raw)
    with db.action(N_("Edit contact {name}"), name=values["name"]):
        _check_unit(db, values["unit_id"])
        apply_contact_update(db, contact_id, values)
    return get_contact(db, contact_id)


def delete_contacts(db: Database, ids: Iterable[int]) -> list[int]:
    """Move contacts to the deleted list (restorable); a unit keeps one primary contact."""
    ids = list(ids)
    label, params = records.action_label(db, "contacts", ids, N_("Delete contact {name}"), N_("Delete {count} contacts"))
    with db.action(label, **params) as conn:
        changed = records.set_deleted(conn, "contacts", ids, True)
        units = {store.get(conn, i)["unit_id"] for i in changed}
        for unit_id in units:
            store.clear_primary_of_deleted(conn, unit_id)
            store.ensure_primary(conn, unit_id)
            unit_store.refresh_search_text(conn, unit_id)
    return changed


def restore_contacts(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "contacts", ids, N_("Restore contact {name}"), N_("Restore {count} contacts"))
    with db.action(label, **params) as conn:
        changed = records.set_deleted(conn, "contacts", ids, False)
        for unit_id in {store.get(conn, i)["unit_id"] for i in changed}:
            store.ensure_primary(conn, unit_id)
            unit_store.refresh_search_text(conn, unit_id)
    return changed


def unit_contacts(db: Database, unit_id: int) -> list[Contact]:
    return [get_contact(db, r["id"]) for r in store.for_unit(db, unit_id)]


def deleted_contacts(db: Database) -> list[tuple[int, str, str, str]]:
    return [(r["id"], r["name"], r["unit_name"], r["deleted_at"]) for r in store.deleted(db)]
