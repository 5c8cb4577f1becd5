"""The expert pool (专家库) and the standards group roster (标准组名单): one service per clerk
action. Approvals add to them (core.calls.approval); clerks can also add, edit, delete and
restore people directly."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.calls.choices import SIDES
from core.calls.people import check_id_number
from core.calls.values import choice
from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.members.choices import GENDERS
from core.storage import calls as store
from core.storage import records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import MAX_TEXT_LENGTH, Collector, check_email, check_mobile, parse_date

POOLS = ("experts", "standards_members")

PERSON_LABELS = {
    "name": N_("Name"), "gender": N_("Gender"), "side": N_("Expert side"), "fields": N_("Fields"),
    "title": N_("Professional title"), "position": N_("Position"), "work_unit": N_("Employer"),
    "unit_id": N_("Member unit"), "mobile": N_("Mobile"), "email": N_("E-mail"), "id_number": N_("ID number"),
    "term_start": N_("Term start"), "term_end": N_("Term end"), "nomination_id": N_("Nomination"),
    "specialty": N_("Specialty"), "notes": N_("Notes"), "committee_ids": N_("Professional committees"),
}


def labels(table: str) -> dict[str, str]:
    columns = store.EXPERT_COLUMNS if table == "experts" else store.STANDARDS_COLUMNS
    return {k: PERSON_LABELS[k] for k in (*columns, "committee_ids")}


@dataclass
class Person:
    id: int
    table: str
    name: str
    values: dict[str, Any]
    committee_ids: list[int] = field(default_factory=list)
    committees: list[str] = field(default_factory=list)
    deleted_at: str | None = None


def validate_person(table: str, raw: Mapping[str, Any]) -> dict[str, Any]:
    assert table in POOLS
    c = Collector()
    L = PERSON_LABELS
    out: dict[str, Any] = {"name": c.text("name", L["name"], raw.get("name", ""), 60, required=True)}
    for key in ("title", "position", "work_unit"):
        out[key] = c.text(key, L[key], raw.get(key, ""), 200)
    out["notes"] = c.text("notes", L["notes"], raw.get("notes", ""), MAX_TEXT_LENGTH, multiline=True)
    if table == "experts":
        out["fields"] = c.text("fields", L["fields"], raw.get("fields", ""), 500)
        side = raw.get("side")
        if not side or not str(side).strip():
            c.add("side", L["side"], Msg("is required"))
        else:
            out["side"] = c.run("side", L["side"], lambda v: choice(SIDES, v), side)
    else:
        out["specialty"] = c.text("specialty", L["specialty"], raw.get("specialty", ""), 500)

    def optional(key: str, check: Any) -> Any:
        value = raw.get(key)
        if value is None or not str(value).strip():
            return None
        return c.run(key, L[key], check, value if not isinstance(value, str) else value.strip())

    out["gender"] = optional("gender", lambda v: choice(GENDERS, v)) or ""
    out["mobile"] = optional("mobile", check_mobile) or ""
    out["email"] = optional("email", check_email) or ""
    out["id_number"] = optional("id_number", check_id_number) or ""
    out["term_start"] = optional("term_start", parse_date)
    out["term_end"] = optional("term_end", parse_date)
    if out["term_start"] and out["term_end"] and out["term_end"] < out["term_start"]:
        c.add("term_end", L["term_end"], Msg("is before the term starts ({date})", date=out["term_start"]))
    for key in ("unit_id", "nomination_id"):
        value = raw.get(key)
        out[key] = None if value in (None, "") else int(value)
    out["committee_ids"] = sorted({int(i) for i in raw.get("committee_ids") or []})
    c.raise_if_any()
    return out


def _search(table: str, values: Mapping[str, Any]) -> str:
    detail = values["fields"] if table == "experts" else values["specialty"]
    return build_search_text(values["name"], values["work_unit"], detail, values["email"],
                             names=(values["name"], values["work_unit"]))


def refresh_search(table: str):  # type: ignore[no-untyped-def]
    def refresh(conn: Any, row_id: int) -> None:
        row = store.get(conn, table, row_id)
        if row is not None:
            store.set_search_text(conn, table, row_id, _search(table, row))
    return refresh


def _row(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    columns = store.EXPERT_COLUMNS if table == "experts" else store.STANDARDS_COLUMNS
    row = {k: values.get(k) for k in columns}
    for key in ("nomination_id",):
        if key not in values:
            row.pop(key)
    row["sort_key"] = sort_key(values["name"])
    row["search_text"] = _search(table, values)
    return row


def refuse_if_in_pool(db: Database, table: str, values: Mapping[str, Any], exclude_id: int | None = None) -> None:
    from core.calls.nominations import Duplicate, DuplicateFound

    same = store.same_person(db, table, values["name"], values.get("mobile") or "", values.get("email") or "",
                             values.get("id_number") or "", exclude_id=exclude_id)
    if same:
        raise DuplicateFound([Duplicate(table, r["id"], r["name"], r["work_unit"]) for r in same])


def insert_person(db: Database, table: str, values: Mapping[str, Any]) -> int:
    """Write validated values inside the caller's action."""
    person_id = store.insert(db, table, _row(table, values))
    store.set_committees(db, table, person_id, values.get("committee_ids") or [])
    return person_id


def get_person(db: Database, table: str, person_id: int) -> Person:
    assert table in POOLS
    with db.lock:
        row = store.get(db, table, person_id)
        if row is None:
            raise NotFound(Msg("Record {id} does not exist.", id=person_id))
        ids = store.committee_ids(db, table, person_id)
        names = store.committee_names(db, table, person_id)
    columns = store.EXPERT_COLUMNS if table == "experts" else store.STANDARDS_COLUMNS
    return Person(person_id, table, row["name"], {k: row[k] for k in columns}, ids, names, row["deleted_at"])


def person_as_raw(person: Person) -> dict[str, Any]:
    return {**person.values, "committee_ids": list(person.committee_ids)}


_ACTIONS = {
    "experts": (N_("Add expert {name}"), N_("Edit expert {name}"), N_("Delete expert {name}"),
                N_("Delete {count} experts"), N_("Restore expert {name}"), N_("Restore {count} experts")),
    "standards_members": (N_("Add standards group member {name}"), N_("Edit standards group member {name}"),
                          N_("Delete standards group member {name}"), N_("Delete {count} standards group members"),
                          N_("Restore standards group member {name}"),
                          N_("Restore {count} standards group members")),
}


def create_person(db: Database, table: str, raw: Mapping[str, Any], allow_duplicate: bool = False) -> Person:
    values = validate_person(table, raw)
    with db.action(_ACTIONS[table][0], name=values["name"]):
        if not allow_duplicate:
            refuse_if_in_pool(db, table, values)
        person_id = insert_person(db, table, values)
    return get_person(db, table, person_id)


def update_person(db: Database, table: str, person_id: int, raw: Mapping[str, Any]) -> Person:
    values = validate_person(table, raw)
    with db.action(_ACTIONS[table][1], name=values["name"]):
        before = store.get(db, table, person_id)
        if before is None or before["deleted_at"] is not None:
            raise NotFound(Msg("Record {id} does not exist.", id=person_id))
        row = _row(table, values)
        row.pop("nomination_id", None)  # where a person came from stays
        store.update(db, table, person_id, row)
        store.set_committees(db, table, person_id, values["committee_ids"])
    return get_person(db, table, person_id)


def delete_people(db: Database, table: str, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, table, ids, _ACTIONS[table][2], _ACTIONS[table][3])
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, table, ids, True)


def restore_people(db: Database, table: str, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, table, ids, _ACTIONS[table][4], _ACTIONS[table][5])
    with db.action(label, **params) as conn:
        for person_id in ids:
            row = store.get(conn, table, person_id)
            if row is not None and row["deleted_at"] is not None:
                refuse_if_in_pool(db, table, dict(row), exclude_id=person_id)
        return records.set_deleted(conn, table, ids, False)


def revert_field(table: str):  # type: ignore[no-untyped-def]
    def revert(db: Database, person_id: int, change: Any) -> None:
        current = get_person(db, table, person_id)
        if change.field not in labels(table) or change.field in ("nomination_id", "committee_ids"):
            raise UserError(Msg("That change cannot be reverted from here."))
        update_person(db, table, person_id, {**person_as_raw(current), change.field: change.old})
    return revert
