"""Each record's change history (when, what, old value, new value, on which machine
and account), and reverting one change from there."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_, tr
from core.members import contacts, units
from core.members.choices import GENDERS, LEVELS, STATUSES, UNIT_TYPES
from core.members.committees import list_committees
from core.storage import changes
from core.storage.database import Database

_VOCABULARIES = {"level": LEVELS, "status": STATUSES, "unit_type": UNIT_TYPES, "gender": GENDERS}
def _notice_labels() -> dict[str, str]:
    from core.notices.service import NOTICE_LABELS

    return {**NOTICE_LABELS, "status": N_("Status"), "prefix": N_("Document-number prefix"), "year": N_("Year"),
            "serial": N_("Serial number"), "issued_at": N_("Issued at"), "version": N_("Version"),
            "version_of": N_("Correction of")}


_LABELS = {"units": lambda: units.UNIT_LABELS, "contacts": lambda: contacts.CONTACT_LABELS,
           "notices": _notice_labels}
_NOTICE_STATUS = {"draft": N_("Draft"), "issued": N_("Issued"), "superseded": N_("Superseded")}
DELETED_LABEL = N_("Deleted")
CREATED_LABEL = N_("Created")


@dataclass(frozen=True)
class FieldChange:
    change_id: int
    at: str
    machine: str
    account: str
    action: Msg
    field: str  # column name; "committee_ids" for committee membership
    label: str  # English source of the field's label
    old: Any
    new: Any

    def old_text(self) -> str:
        return display_value(self.field, self.old)

    def new_text(self) -> str:
        return display_value(self.field, self.new)


def display_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field in _VOCABULARIES and str(value) in _VOCABULARIES[field]:
        return _VOCABULARIES[field].label(str(value))
    if field == "status" and value in _NOTICE_STATUS:
        return tr(_NOTICE_STATUS[value])
    if field == "body" and isinstance(value, str) and value.startswith("["):
        from core.notices.service import blocks_from_json

        text = " ".join(b.text + b.tail for b in blocks_from_json(value))
        return text if len(text) <= 120 else text[:120] + "…"
    if field == "sealed":
        return tr("yes") if value else tr("no")
    if field == "deleted_at":
        return tr("yes")
    if field == "is_primary":
        return tr("yes") if value else tr("no")
    return str(value)


def _field_changes(row: Any, labels: dict[str, str]) -> list[FieldChange]:
    old = json.loads(row["old"]) if row["old"] else {}
    new = json.loads(row["new"]) if row["new"] else {}
    action = Msg(row["label"], **json.loads(row["params"]))
    base = (row["id"], row["at"], row["machine"], row["account"], action)
    if row["op"] == "insert":
        return [FieldChange(*base, "created", CREATED_LABEL, None, new.get("name", new.get("title", "")))]
    if row["op"] == "delete":
        return [FieldChange(*base, "purged", DELETED_LABEL, old.get("name", old.get("title", "")), None)]
    found = []
    for field in new:
        if field in changes.DERIVED or old.get(field) == new.get(field):
            continue
        label = DELETED_LABEL if field == "deleted_at" else labels.get(field, field)
        found.append(FieldChange(*base, field, label, old.get(field), new.get(field)))
    return found


def record_history(db: Database, table: str, record_id: int) -> list[FieldChange]:
    """Every change of one unit or contact, oldest first (undone actions left out)."""
    labels = _LABELS[table]()
    with db.lock:
        rows = changes.row_changes(db.conn, table, [record_id])
        result = [c for r in rows for c in _field_changes(r, labels)]
        if table == "units":
            names = {c.id: c.name for c in list_committees(db)}
            for r in changes.committee_changes(db.conn, record_id):
                data = json.loads(r["new"] or r["old"])
                name = names.get(data["committee_id"], str(data["committee_id"]))
                joined = r["op"] == "insert"
                result.append(FieldChange(r["id"], r["at"], r["machine"], r["account"],
                                          Msg(r["label"], **json.loads(r["params"])), "committee_ids",
                                          units.UNIT_LABELS["committee_ids"], None if joined else name,
                                          name if joined else None))
    return sorted(result, key=lambda c: c.change_id)


def revert_change(db: Database, change: FieldChange) -> None:
    """Put one field back to its value before ``change``, as a new (undoable) action."""
    with db.lock:
        row = changes.change(db.conn, change.change_id)
    if row is None:
        raise NotFound(Msg("That change is no longer in the history."))
    table = "units" if row["tbl"] == "unit_committees" else row["tbl"]
    record_id = json.loads(row["row_key"])[0]
    label = N_("Revert {field} of {name}")
    if table == "units":
        current = units.get_unit(db, record_id)
        with db.action(label, field=Msg(change.label), name=current.name):
            if change.field == "deleted_at":
                (units.restore_units if change.old is None else units.delete_units)(db, [record_id])
            elif change.field == "committee_ids":
                ids = set(current.committee_ids)
                cid = next(c.id for c in list_committees(db) if c.name in (change.old, change.new))
                ids = ids | {cid} if change.old else ids - {cid}
                units.update_unit(db, record_id, {**current.__dict__, "committee_ids": sorted(ids)})
            else:
                units.update_unit(db, record_id, {**current.__dict__, change.field: change.old})
    elif table == "contacts":
        current_c = contacts.get_contact(db, record_id)
        with db.action(label, field=Msg(change.label), name=current_c.name):
            if change.field == "deleted_at":
                (contacts.restore_contacts if change.old is None else contacts.delete_contacts)(db, [record_id])
            else:
                contacts.update_contact(db, record_id, {**current_c.__dict__, change.field: change.old})
    elif table == "notices" and change.field in ("deleted_at",):
        from core.notices import service

        notice = service.get_notice(db, record_id)
        with db.action(label, field=Msg(change.label), name=notice.title):
            (service.restore_notices if change.old is None else service.delete_notices)(db, [record_id])
    elif table == "notices":
        from core.notices import service

        notice = service.get_notice(db, record_id)
        if notice.frozen or change.field not in service.NOTICE_LABELS:
            raise UserError(Msg("An issued notice cannot be changed: make a correction instead."))
        value = change.old
        if change.field == "body":
            value = service.blocks_from_json(change.old or "[]")
        elif change.field == "copies":
            value = change.old or ""
        with db.action(label, field=Msg(change.label), name=notice.title):
            service.update_notice(db, record_id, {**service.as_raw(notice), change.field: value})
    else:
        raise NotFound(Msg("That change cannot be reverted from here."))
