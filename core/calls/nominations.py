"""Services for the nominations and applications a call brings (core.calls.service has the
calls): each function is one clerk action and one transaction (``db.action``).

A nomination (专家/标准组推荐) or an application (入会申请) keeps the values of its form:
the ones lists and rules need in columns (name, ID number, mobile, e-mail, credit code,
side, fields, committees, nominating unit) and every value as typed in ``form_values``
(JSON), so that a form can be filled again from it. Review moves it through
已收到 → 形式审查 → 评审 → 通过/不通过, and 退回补充 with a reason (core.calls.choices);
approval writes the expert pool, the standards roster or a new member unit in the
same action (core.calls.approval).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.calls.choices import FINAL, NEEDS_REASON, SIDES, STATES, TRANSITIONS
from core.calls.people import check_id_number
from core.calls.values import blank, choice, split_list, today
from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.members.choices import GENDERS
from core.paths import read_file_to_keep
from core.storage import calls as store
from core.storage import records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import (
    MAX_TEXT_LENGTH, Collector, check_credit_code, check_email, check_mobile, check_phone, parse_date,
)


NOMINATION_LABELS = {
    "call_id": N_("Call"), "kind": N_("Category"), "name": N_("Name"), "gender": N_("Gender"),
    "id_number": N_("ID number"), "mobile": N_("Mobile"), "email": N_("E-mail"),
    "credit_code": N_("Unified social credit code"), "work_unit": N_("Employer"), "side": N_("Expert side"),
    "fields": N_("Fields"), "committees": N_("Professional committees"),
    "nominating_unit_id": N_("Nominating unit"), "nominating_unit": N_("Nominating unit"),
    "form_values": N_("Form values"), "state": N_("Status"), "state_reason": N_("Reason"),
    "received_on": N_("Received on"), "decided_on": N_("Decided on"), "reviewer_notes": N_("Reviewer notes"),
    "decision_ref": N_("Meeting or notice of the decision"), "scan_blob_id": N_("Scanned copy"),
    "result_id": N_("Result"), "notes": N_("Notes"),
}
# the form's other values, as labelled in the nomination's detail and history
EXTRA_LABELS = {
    "birth_date": N_("Date of birth"), "ethnicity": N_("Ethnic group"), "office_phone": N_("Office phone"),
    "position": N_("Position"), "title": N_("Professional title"), "education": N_("Education"),
    "specialty": N_("Specialty"), "contact_name": N_("Contact"), "contact_position": N_("Contact's position"),
    "level": N_("Membership level"), "unit_type": N_("Unit type"), "legal_rep": N_("Legal representative"),
    "address": N_("Address"), "postcode": N_("Postcode"), "website": N_("Website"),
    "business": N_("Main business"), "experience": N_("Main work experience"), "achievements": N_("Achievements"),
}


@dataclass
class Review:
    on_date: str
    from_state: str
    to_state: str
    reason: str
    reviewer_notes: str
    decision_ref: str


@dataclass
class Nomination:
    id: int
    call_id: int
    kind: str
    name: str
    gender: str = ""
    id_number: str = ""
    mobile: str = ""
    email: str = ""
    credit_code: str | None = None
    work_unit: str = ""
    side: str = ""
    fields: str = ""
    committees: list[str] = field(default_factory=list)
    nominating_unit_id: int | None = None
    nominating_unit: str = ""
    form_values: dict[str, Any] = field(default_factory=dict)
    state: str = "received"
    state_reason: str = ""
    received_on: str | None = None
    decided_on: str | None = None
    reviewer_notes: str = ""
    decision_ref: str = ""
    scan_blob_id: int | None = None
    result_id: int | None = None
    notes: str = ""
    deleted_at: str | None = None
    reviews: list[Review] = field(default_factory=list)


@dataclass(frozen=True)
class Duplicate:
    """An earlier record of the same person or unit: ``where`` is nominations, experts,
    standards_members or units."""
    where: str
    id: int
    name: str
    detail: str

    def describe(self) -> Msg:
        text = {"nominations": N_("nomination {id}: {name} ({detail})"),
                "experts": N_("expert pool: {name} ({detail})"),
                "standards_members": N_("standards group: {name} ({detail})"),
                "units": N_("member unit {name}")}[self.where]
        return Msg(text, id=self.id, name=self.name, detail=self.detail)


class DuplicateFound(UserError):
    """The person or unit is there already; ``duplicates`` lists where."""

    def __init__(self, duplicates: list[Duplicate]) -> None:
        super().__init__(Msg("Already recorded: {where}. Nothing was saved; compare the two and record it anyway "
                             "only if it is another person or unit.",
                             where=_Joined([d.describe() for d in duplicates])))
        self.duplicates = duplicates


class _Joined:
    def __init__(self, items: list[Msg]) -> None:
        self.items = items

    def __str__(self) -> str:
        return "; ".join(str(m) for m in self.items)


# ---- nominations: values ---------------------------------------------------------------------------

def _committee_names(db: Database) -> dict[str, str]:
    """Any spelling of a committee (name, code, folded, either script) -> its name."""
    from core.text.search import fold

    names: dict[str, str] = {}
    for r in store.committees(db):
        for key in (r["name"], r["code"], str(r["id"]), r["name"].removeprefix("智能").removeprefix("智慧")):
            names[fold(key)] = r["name"]
    return names


def validate_nomination(kind: str, raw: Mapping[str, Any], committees: Mapping[str, str]) -> dict[str, Any]:
    """Clean a nomination (``expert``, ``standards``) or an application (``membership``) as typed or read
    from a returned form; raise ValidationError naming each wrong field. Values other than the
    columns are kept in ``form_values`` as typed (trimmed)."""
    from core.text.search import fold

    c = Collector()
    L = {**NOMINATION_LABELS, **EXTRA_LABELS}
    raw = dict(raw)
    if kind == "membership":  # the applicant's contact gives the mobile and e-mail
        raw.setdefault("mobile", raw.get("contact_mobile", ""))
        raw.setdefault("email", raw.get("contact_email", ""))
    out: dict[str, Any] = {"kind": kind}
    label_name = N_("Unit name") if kind == "membership" else L["name"]
    out["name"] = c.text("name", label_name, raw.get("name", ""), 200, required=True)
    for key, limit in (("work_unit", 200), ("fields", 500), ("nominating_unit", 200)):
        out[key] = c.text(key, L[key], raw.get(key, ""), limit)
    out["notes"] = c.text("notes", L["notes"], raw.get("notes", ""), MAX_TEXT_LENGTH, multiline=True)

    def optional(key: str, check: Any) -> str:
        value = raw.get(key)
        return "" if blank(value) else (c.run(key, L[key], check, str(value).strip()) or "")

    out["mobile"] = optional("mobile", check_mobile)
    out["email"] = optional("email", check_email)
    out["id_number"] = optional("id_number", check_id_number) if kind != "membership" else ""
    out["gender"] = optional("gender", lambda v: choice(GENDERS, v)) if kind != "membership" else ""
    out["credit_code"] = (optional("credit_code", check_credit_code) or None) if kind == "membership" else None
    if kind == "expert":
        side = raw.get("side")
        if blank(side):
            c.add("side", L["side"], Msg("is required"))
            out["side"] = ""
        else:
            out["side"] = c.run("side", L["side"], lambda v: choice(SIDES, v), side) or ""
    else:
        out["side"] = ""
    names = []
    for item in split_list(raw.get("committees")):
        name = committees.get(fold(item))
        if name is None:
            c.add("committees", L["committees"], Msg("{value} is not one of the professional committees", value=item))
        elif name not in names:
            names.append(name)
    out["committees"] = names
    out["received_on"] = optional("received_on", parse_date) or today()
    extra: dict[str, Any] = {}
    if not blank(raw.get("birth_date")):  # 出生年月: a month (1975-03) or a whole date
        extra["birth_date"] = c.run("birth_date", L["birth_date"], _month_or_date, raw["birth_date"]) or ""
    if not blank(raw.get("office_phone")):
        extra["office_phone"] = c.run("office_phone", L["office_phone"], check_phone, str(raw["office_phone"]))
    if kind == "membership":
        from core.members.choices import LEVELS

        if not blank(raw.get("level")):
            extra["level"] = c.run("level", L["level"], lambda v: choice(LEVELS, v), raw["level"])
        if blank(raw.get("contact_name")):
            c.add("contact_name", L["contact_name"], Msg("is required"))
    if out["id_number"] and extra.get("birth_date") and extra["birth_date"][:7] != (
            f"{out['id_number'][6:10]}-{out['id_number'][10:12]}"):
        c.add("birth_date", L["birth_date"], Msg("does not match the birth date in the ID number"))
    for key, value in raw.items():
        if key in out or key in extra or key in ("call_id", "nominating_unit_id", "contact_mobile", "contact_email") \
                or blank(value):
            continue
        if isinstance(value, (list, tuple)):  # ticked boxes, or a table's rows (dicts)
            extra[key] = [{str(k): str(v).strip() for k, v in item.items()} if isinstance(item, Mapping)
                          else str(item).strip() for item in value]
        elif isinstance(value, (bool, int, float)):
            extra[key] = value
        else:
            extra[key] = str(value).strip()
    unit_id = raw.get("nominating_unit_id")
    out["nominating_unit_id"] = None if blank(unit_id) else int(unit_id)
    c.raise_if_any()
    out["form_values"] = extra
    return out


def _month_or_date(value: Any) -> str:
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    return parse_date(value)


def _nomination_search(values: Mapping[str, Any]) -> str:
    return build_search_text(values["name"], values["work_unit"], values["nominating_unit"], values["credit_code"],
                             values["email"], values["fields"],
                             names=(values["name"], values["work_unit"], values["nominating_unit"]))


def _nomination_row(values: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: values[k] for k in store.NOMINATION_COLUMNS if k in values}
    row["committees"] = "、".join(values["committees"])
    row["form_values"] = json.dumps(values["form_values"], ensure_ascii=False, sort_keys=True)
    row["sort_key"] = sort_key(values["name"])
    row["search_text"] = _nomination_search(values)
    return row


def refresh_nomination_search(conn: Any, nomination_id: int) -> None:
    row = store.get(conn, "nominations", nomination_id)
    if row is not None:
        store.set_search_text(conn, "nominations", nomination_id, _nomination_search(row))


def find_duplicates(db: Database, kind: str, values: Mapping[str, Any], exclude_id: int | None = None
                    ) -> list[Duplicate]:
    """The same person (name plus mobile, e-mail or ID number) among live nominations of the kind and in
    the pool or roster; the same unit (credit code) among applications and member units."""
    found: list[Duplicate] = []
    with db.lock:
        if kind == "membership":
            code = values.get("credit_code")
            if code:
                for r in store.nominations_with_credit_code(db, code, exclude_id):
                    found.append(Duplicate("nominations", r["id"], r["name"], code))
                unit = store.unit_by_credit_code(db, code)
                if unit is not None:
                    found.append(Duplicate("units", unit["id"], unit["name"], code))
            return found
        args = (values["name"], values.get("mobile") or "", values.get("email") or "", values.get("id_number") or "")
        for r in store.same_person(db, "nominations", *args, kind=kind, exclude_id=exclude_id):
            found.append(Duplicate("nominations", r["id"], r["name"], r["work_unit"]))
        pool = "experts" if kind == "expert" else "standards_members"
        for r in store.same_person(db, pool, *args):
            found.append(Duplicate(pool, r["id"], r["name"], r["work_unit"]))
    return found


def _resolve_unit(db: Database, values: dict[str, Any]) -> None:
    """The nominating unit's id from its name (or short name) when the form gave only the name."""
    if values.get("nominating_unit_id") is None and values.get("nominating_unit"):
        unit = store.unit_by_name(db, values["nominating_unit"])
        if unit is not None:
            values["nominating_unit_id"] = unit["id"]
    elif values.get("nominating_unit_id") is not None and not values.get("nominating_unit"):
        from core.storage import units as unit_store

        unit = unit_store.get(db, values["nominating_unit_id"])
        values["nominating_unit"] = unit["name"] if unit is not None else ""


def _live_call(db: Database, call_id: int) -> Any:
    row = store.get(db, "calls", call_id)
    if row is None or row["deleted_at"] is not None:
        raise NotFound(Msg("Call {id} does not exist.", id=call_id))
    return row


def prepare_nomination(db: Database, call_id: int, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validated values of a nomination for ``call_id`` (nothing written): for a preview."""
    call = _live_call(db, call_id)
    values = validate_nomination(call["form_kind"], raw, _committee_names(db))
    _resolve_unit(db, values)
    return values


def record_nomination(db: Database, call_id: int, raw: Mapping[str, Any], allow_duplicate: bool = False
                      ) -> Nomination:
    """Record a nomination or application received for a call (state 已收到).

    Raises ValidationError (each wrong field) or DuplicateFound (the same person or unit is
    there already; ``allow_duplicate`` records it anyway)."""
    with db.lock:
        values = prepare_nomination(db, call_id, raw)
    with db.action(N_("Record nomination {name}"), name=values["name"]):
        _live_call(db, call_id)
        if not allow_duplicate:
            duplicates = find_duplicates(db, values["kind"], values)
            if duplicates:
                raise DuplicateFound(duplicates)
        nomination_id = insert_nomination(db, call_id, values)
    return get_nomination(db, nomination_id)


def insert_nomination(db: Database, call_id: int, values: Mapping[str, Any]) -> int:
    """Write validated values inside the caller's action (imports, demo)."""
    nomination_id = store.insert(db, "nominations", {**_nomination_row({**values, "call_id": call_id})})
    store.add_review(db, nomination_id, values["received_on"], "", "received", "", "", "")
    return nomination_id


def update_nomination(db: Database, nomination_id: int, raw: Mapping[str, Any]) -> Nomination:
    """Save the edited values of a nomination (not of one decided: 通过/不通过 stay as decided)."""
    current = get_nomination(db, nomination_id)
    if current.state in FINAL:
        raise UserError(Msg("A nomination that was decided ({state}) cannot be edited.",
                            state=Msg(STATES.choices[STATES.rank(current.state)].label)))
    with db.lock:
        values = prepare_nomination(db, current.call_id, raw)
    with db.action(N_("Edit nomination {name}"), name=values["name"]):
        store.update(db, "nominations", nomination_id, _nomination_row({**values, "call_id": current.call_id}))
    return get_nomination(db, nomination_id)


def nomination_as_raw(n: Nomination) -> dict[str, Any]:
    """The values of a nomination as its editor (or a form) takes them."""
    raw = {**n.form_values}
    for key in ("name", "gender", "id_number", "mobile", "email", "credit_code", "work_unit", "side", "fields",
                "nominating_unit", "nominating_unit_id", "received_on", "notes"):
        raw[key] = getattr(n, key)
    raw["committees"] = list(n.committees)
    return raw


def get_nomination(db: Database, nomination_id: int) -> Nomination:
    with db.lock:
        row = store.get(db, "nominations", nomination_id)
        if row is None:
            raise NotFound(Msg("Nomination {id} does not exist.", id=nomination_id))
        reviews = [Review(r["on_date"], r["from_state"], r["to_state"], r["reason"], r["reviewer_notes"],
                          r["decision_ref"]) for r in store.reviews(db, nomination_id)]
    data = {k: row[k] for k in Nomination.__dataclass_fields__ if k not in ("committees", "form_values", "reviews")}
    return Nomination(**data, committees=[c for c in row["committees"].split("、") if c],
                      form_values=json.loads(row["form_values"] or "{}"), reviews=reviews)


def delete_nominations(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "nominations", ids, N_("Delete nomination {name}"),
                                         N_("Delete {count} nominations"))
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "nominations", ids, True)


def restore_nominations(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "nominations", ids, N_("Restore nomination {name}"),
                                         N_("Restore {count} nominations"))
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "nominations", ids, False)


# ---- review ------------------------------------------------------------------------------------------

def state_label(state: str) -> str:
    return STATES.label(state)


def allowed_moves(state: str) -> tuple[str, ...]:
    return TRANSITIONS.get(state, ())


def move_nomination(db: Database, nomination_id: int, to_state: str, reason: str = "", on_date: Any = None,
                    reviewer_notes: str = "", decision_ref: str = "", term_start: Any = None,
                    term_end: Any = None) -> Nomination:
    """Move a nomination to ``to_state`` (a code or 形式审查/评审/通过/不通过/退回补充), dated ``on_date``
    (today by default). 不通过 and 退回补充 need a reason; 通过 only after 评审. Approval writes the
    expert pool, the standards roster or the new member unit in the same action (undone as one)."""
    c = Collector()
    code = c.run("state", NOMINATION_LABELS["state"], lambda v: choice(STATES, v), to_state)
    when = c.run("on_date", N_("Date"), parse_date, on_date) if not blank(on_date) else today()
    reason = c.text("reason", NOMINATION_LABELS["state_reason"], reason, 2000, multiline=True)
    reviewer_notes = c.text("reviewer_notes", NOMINATION_LABELS["reviewer_notes"], reviewer_notes,
                            MAX_TEXT_LENGTH, multiline=True)
    decision_ref = c.text("decision_ref", NOMINATION_LABELS["decision_ref"], decision_ref, 200)
    if code in NEEDS_REASON and not reason:
        c.add("reason", NOMINATION_LABELS["state_reason"],
              Msg("is required when a nomination is returned or not approved"))
    terms = {}
    for key, value in (("term_start", term_start), ("term_end", term_end)):
        terms[key] = c.run(key, N_("Term start") if key == "term_start" else N_("Term end"), parse_date, value) \
            if not blank(value) else None
    c.raise_if_any()
    current = get_nomination(db, nomination_id)
    if current.deleted_at is not None:
        raise NotFound(Msg("Nomination {id} does not exist.", id=nomination_id))
    if code not in allowed_moves(current.state):
        if code == "approved":
            raise UserError(Msg("{name} cannot be approved: it has not been reviewed (state: {state}). "
                                "Move it to 评审 first.", name=current.name, state=state_label(current.state)))
        raise UserError(Msg("{name} cannot go from {old} to {new}.", name=current.name,
                            old=state_label(current.state), new=state_label(code)))
    label = {"approved": N_("Approve {name}"), "rejected": N_("Do not approve {name}"),
             "returned": N_("Return {name} for completion"), "formal_check": N_("Start the formal check of {name}"),
             "review": N_("Send {name} to review"), "received": N_("Receive {name} again")}[code]
    with db.action(label, name=current.name):
        change: dict[str, Any] = {"state": code, "state_reason": reason}
        if reviewer_notes:
            change["reviewer_notes"] = (current.reviewer_notes + "\n" + reviewer_notes).strip()
        if decision_ref:
            change["decision_ref"] = decision_ref
        if code in FINAL:
            change["decided_on"] = when
        if code == "approved":
            from core.calls import approval

            change["result_id"] = approval.write_result(db, current, when, terms["term_start"], terms["term_end"])
        store.set_state(db, nomination_id, change)
        store.add_review(db, nomination_id, when, current.state, code, reason, reviewer_notes, decision_ref)
    return get_nomination(db, nomination_id)


def approve(db: Database, nomination_id: int, on_date: Any = None, decision_ref: str = "",
            term_start: Any = None, term_end: Any = None, reviewer_notes: str = "") -> Nomination:
    return move_nomination(db, nomination_id, "approved", on_date=on_date, decision_ref=decision_ref,
                           term_start=term_start, term_end=term_end, reviewer_notes=reviewer_notes)


# ---- the scanned, signed and stamped copy ------------------------------------------------------------

def attach_scan(db: Database, nomination_id: int, path: str | Path) -> Nomination:
    """Keep the scanned copy (PDF or picture) inside the database, so that backups and copies of the file
    carry it; a second scan replaces the first (undo brings it back)."""
    from core.storage import notices as notice_store

    path = Path(path)
    data = read_file_to_keep(path)
    current = get_nomination(db, nomination_id)
    with db.action(N_("Attach scanned copy to {name}"), name=current.name):
        blob_id = notice_store.store_blob(db, path.name, data)
        store.update(db, "nominations", nomination_id, {"scan_blob_id": blob_id})
    return get_nomination(db, nomination_id)


def scan_file(db: Database, nomination_id: int) -> tuple[str, bytes] | None:
    """(file name, bytes) of the attached scan, or None."""
    from core.storage import notices as notice_store

    n = get_nomination(db, nomination_id)
    if n.scan_blob_id is None:
        return None
    with db.lock:
        row = notice_store.blob(db, n.scan_blob_id)
    return None if row is None else (row["name"], row["data"])
