"""Services for calls for nominations (征集): each function is one clerk action and one
transaction (``db.action``). The nominations and applications a call brings are in
core.calls.nominations; the count of what came back for a call is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from core.calls.choices import CALL_KINDS, SIDES
from core.calls.values import blank, choice, split_list
from core.errors import NotFound
from core.i18n import Msg, N_
from core.storage import calls as store
from core.storage import records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import MAX_TEXT_LENGTH, Collector, parse_date

CALL_LABELS = {
    "kind": N_("Call for"), "title": N_("Title"), "notice_id": N_("Notice"), "opened_on": N_("Opened on"),
    "deadline": N_("Deadline"), "form_kind": N_("Form"), "sides": N_("Expert sides"), "notes": N_("Notes"),
    "committee_ids": N_("Professional committees"),
}

@dataclass
class Call:
    id: int
    kind: str
    title: str
    notice_id: int | None = None
    opened_on: str | None = None
    deadline: str | None = None
    form_kind: str = "expert"
    sides: list[str] = field(default_factory=list)
    notes: str = ""
    committee_ids: list[int] = field(default_factory=list)
    deleted_at: str | None = None


# ---- calls -------------------------------------------------------------------------------------------

def validate_call(raw: Mapping[str, Any]) -> dict[str, Any]:
    c = Collector()
    L = CALL_LABELS
    out: dict[str, Any] = {}
    out["kind"] = c.run("kind", L["kind"], lambda v: choice(CALL_KINDS, v), raw.get("kind") or "")
    out["title"] = c.text("title", L["title"], raw.get("title", ""), 200, required=True)
    out["notes"] = c.text("notes", L["notes"], raw.get("notes", ""), MAX_TEXT_LENGTH, multiline=True)
    form = raw.get("form_kind")
    out["form_kind"] = (c.run("form_kind", L["form_kind"], lambda v: choice(CALL_KINDS, v), form)
                        if not blank(form) else out["kind"]) or out["kind"]
    for key in ("opened_on", "deadline"):
        out[key] = None if blank(raw.get(key)) else c.run(key, L[key], parse_date, raw.get(key))
    if out["opened_on"] and out["deadline"] and out["deadline"] < out["opened_on"]:
        c.add("deadline", L["deadline"], Msg("is before the call opened ({date})", date=out["opened_on"]))
    sides = []
    for item in split_list(raw.get("sides")):
        code = c.run("sides", L["sides"], lambda v: choice(SIDES, v), item)
        if code:
            sides.append(code)
    out["sides"] = ",".join(s for s in SIDES.codes() if s in sides)
    notice = raw.get("notice_id")
    out["notice_id"] = None if blank(notice) else int(notice)
    out["committee_ids"] = sorted({int(i) for i in raw.get("committee_ids") or []})
    c.raise_if_any()
    return out


def _call_row(values: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: values[k] for k in store.CALL_COLUMNS}
    row["sort_key"] = sort_key(values["title"])
    row["search_text"] = build_search_text(values["title"], names=(values["title"],))
    return row


def get_call(db: Database, call_id: int) -> Call:
    with db.lock:
        row = store.get(db, "calls", call_id)
        if row is None:
            raise NotFound(Msg("Call {id} does not exist.", id=call_id))
        committee_ids = store.committee_ids(db, "calls", call_id)
    data = {k: row[k] for k in Call.__dataclass_fields__ if k not in ("sides", "committee_ids")}
    return Call(**data, sides=[s for s in row["sides"].split(",") if s], committee_ids=committee_ids)


def _check_notice(db: Database, notice_id: int | None) -> None:
    if notice_id is not None:
        from core.storage import notices as notice_store

        row = notice_store.get(db, notice_id)
        if row is None or row["deleted_at"] is not None:
            c = Collector()
            c.add("notice_id", CALL_LABELS["notice_id"], Msg("the notice does not exist (it may have been deleted)"))
            c.raise_if_any()


def create_call(db: Database, raw: Mapping[str, Any]) -> Call:
    """A new call for the expert group, the standards group or new members."""
    values = validate_call(raw)
    with db.action(N_("New call {name}"), name=values["title"]):
        _check_notice(db, values["notice_id"])
        call_id = store.insert(db, "calls", _call_row(values))
        store.set_committees(db, "calls", call_id, values["committee_ids"])
    return get_call(db, call_id)


def update_call(db: Database, call_id: int, raw: Mapping[str, Any]) -> Call:
    values = validate_call(raw)
    with db.action(N_("Edit call {name}"), name=values["title"]):
        before = store.get(db, "calls", call_id)
        if before is None or before["deleted_at"] is not None:
            raise NotFound(Msg("Call {id} does not exist.", id=call_id))
        _check_notice(db, values["notice_id"])
        store.update(db, "calls", call_id, _call_row(values))
        store.set_committees(db, "calls", call_id, values["committee_ids"])
    return get_call(db, call_id)


def call_as_raw(call: Call) -> dict[str, Any]:
    return {**call.__dict__, "sides": list(call.sides)}


def delete_calls(db: Database, ids: Iterable[int]) -> list[int]:
    """Move calls to the deleted list; their nominations stay with them (and come back with them)."""
    ids = list(ids)
    label, params = records.action_label(db, "calls", ids, N_("Delete call {name}"), N_("Delete {count} calls"),
                                         column="title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "calls", ids, True)


def restore_calls(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "calls", ids, N_("Restore call {name}"), N_("Restore {count} calls"),
                                         column="title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "calls", ids, False)


def refresh_call_search(conn: Any, call_id: int) -> None:
    row = store.get(conn, "calls", call_id)
    if row is not None:
        store.set_search_text(conn, "calls", call_id, build_search_text(row["title"], names=(row["title"],)))


# ---- the live count of a call ------------------------------------------------------------------------

@dataclass(frozen=True)
class CallCount:
    total: int
    by_state: dict[str, int]
    answered: list[tuple[int | None, str, int]]  # (unit id or None, name, how many)
    not_answered: list[tuple[int, str]]  # targeted units that sent nothing yet (to remind)
    targeted: int


def call_count(db: Database, call_id: int) -> CallCount:
    """What came back for a call, from which units, and who has not answered (units targeted — the call's
    committees' active units, or every active unit — minus units that answered). A membership call
    targets no units: applicants answer."""
    call = get_call(db, call_id)
    with db.lock:
        by_state = store.state_counts(db, call_id)
        answered = [(r["unit_id"], r["name"] or "", r["n"]) for r in store.answering_units(db, call_id)]
        targeted = [] if call.kind == "membership" else [(r["id"], r["name"]) for r in store.targeted_units(db, call_id)]
    done = {a[0] for a in answered if a[0] is not None}
    return CallCount(sum(by_state.values()), by_state, answered,
                     [t for t in targeted if t[0] not in done], len(targeted))
