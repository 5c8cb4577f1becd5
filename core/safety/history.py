"""Each record's change history (when, what, old value, new value, on which machine
and account), and reverting one change from there."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from collections.abc import Mapping
from typing import Any

from core.errors import NotFound
from core.i18n import Msg, N_, format_date, format_datetime, tr
from core.members.choices import GENDERS, LEVELS, STATUSES, UNIT_TYPES
from core.safety.action_names import action_name
from core.storage import changes, records, registry
from core.storage.database import Database

_VOCABULARIES = {"level": LEVELS, "status": STATUSES, "unit_type": UNIT_TYPES, "gender": GENDERS}
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
    text = str(value)
    if _ISO_DATE.fullmatch(text):  # dates and times as the UI's language writes them, not 2014-03-10T10:00:00
        return format_date(text)
    if _ISO_DATETIME.fullmatch(text):
        return format_datetime(text)
    return text


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _action_of(row: Any) -> Msg:
    return action_name(str(row["label"]), changes.decode_params(row["params"]))


def _field_changes(row: Any, kind: registry.RecordKind, labels: Mapping[str, str]) -> list[FieldChange]:
    old, new = _loads(row["old"]), _loads(row["new"])
    base = (row["id"], row["at"], row["machine"], row["account"], _action_of(row))
    if row["op"] == "insert":
        return [FieldChange(*base, "created", CREATED_LABEL, None, new.get(kind.name_column, ""))]
    if row["op"] == "delete":
        return [FieldChange(*base, "purged", DELETED_LABEL, old.get(kind.name_column, ""), None)]
    found = []
    for field in new:
        if field in kind.internal or old.get(field) == new.get(field):
            continue
        label = DELETED_LABEL if field == "deleted_at" else labels.get(field, field)
        found.append(FieldChange(*base, field, label, old.get(field), new.get(field)))
    return found


def record_history(db: Database, table: str, record_id: int) -> list[FieldChange]:
    """Every change of one record of a registered kind, oldest first (undone actions left out);
    rows of kinds shown in their parent (a unit's committees) come in as one field of it."""
    kind = registry.get(table)
    if kind is None:
        raise KeyError(f"{table!r} is not a registered record kind")
    labels = kind.field_labels()
    with db.lock:
        rows = changes.row_changes(db, table, [record_id])
        result = [c for r in rows for c in _field_changes(r, kind, labels)]
        for child in registry.kinds():
            shown = child.in_parent
            if shown is None or shown.link.table != table:
                continue
            for r in changes.child_changes(db, child.table, shown.link.column, record_id):
                data = _loads(r["new"]) or _loads(r["old"])
                value = shown.describe(db, data)
                joined = r["op"] == "insert"
                result.append(FieldChange(r["id"], r["at"], r["machine"], r["account"], _action_of(r), shown.field,
                                          shown.label, None if joined else value, value if joined else None))
    return sorted(result, key=lambda c: c.change_id)


def revert_change(db: Database, change: FieldChange) -> None:
    """Put one field back to its value before ``change``, as a new (undoable) action, through the
    record kind's own service (so every rule of an edit applies)."""
    with db.lock:
        row = changes.change(db, change.change_id)
    kind = registry.get(row["tbl"]) if row is not None else None
    if row is None or kind is None:
        raise NotFound(Msg("That change is no longer in the history."))
    if kind.in_parent is not None:
        owner = registry.get(kind.in_parent.link.table)
        record_id = (_loads(row["new"]) or _loads(row["old"])).get(kind.in_parent.link.column)
    else:
        owner = kind
        record_id = (json.loads(row["row_key"]) or [None])[0]
    if owner is None or not isinstance(record_id, int):
        raise NotFound(Msg("That change cannot be reverted from here."))
    with db.lock:
        name = records.name_of(db, owner, record_id) if owner.key == ("id",) else None
    if name is None:
        raise NotFound(Msg("That change cannot be reverted from here."))
    with db.action(N_("Revert {field} of {name}"), field=Msg(change.label), name=name):
        if change.field == "deleted_at" and owner.in_trash:
            from core.safety import trash

            (trash.restore if change.old is None else trash.delete)(db, owner.table, [record_id])
        elif owner.revert_field is not None:
            owner.revert_field(db, record_id, change)
        else:
            raise NotFound(Msg("That change cannot be reverted from here."))
