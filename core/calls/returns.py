"""Returned forms into a call: the values a filled PDF or .xlsx row gives (core.forms.read_returned)
become nominations or applications, and a nomination becomes a filled form again.

Reading is separate from writing: :func:`read_for_call` reads and checks every file and finds the
person or unit that is recorded already (nothing written), so the clerk can look at each one
beside the record it resembles; :func:`save_returns` writes the chosen ones in ONE action (undone
as one). :func:`import_returns` does both for the command line (duplicates are left out).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.calls import service
from core.calls import nominations
from core.calls.choices import CALL_KINDS, SIDE_CHARACTERS
from core.errors import UserError
from core.i18n import Msg, N_
from core.members.choices import LEVELS
from core.storage import calls as store
from core.storage.database import Database
from core.validation import ValidationError

# the form's field -> the nomination's (the others are kept as they are in its form values)
FORM_TO_NOMINATION = {
    "expert": {"employer": "work_unit", "research_field": "fields", "expertise": "committees",
               "recommender": "nominating_unit", "birth": "birth_date"},
    "standards": {"employer": "work_unit", "directions": "committees", "recommender": "nominating_unit",
                  "birth": "birth_date", "admin_position": "position", "tech_title": "title"},
    "membership": {"unit_name": "name", "contact": "contact_name", "contact_title": "contact_position",
                   "recommender": "nominating_unit"},
}


def nomination_raw(kind: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """A nomination's input from a form's checked values."""
    mapping = FORM_TO_NOMINATION[kind]
    raw = {mapping.get(k, k): v for k, v in values.items()}
    if kind == "standards" and not raw.get("mobile"):
        phone = str(values.get("phone") or "").replace("-", "").replace(" ", "")
        if len(phone) == 11 and phone.startswith("1") and phone.isdigit():
            raw["mobile"] = phone  # 联系电话 given as a mobile: the duplicate check uses it
    return raw


def form_values(nomination: nominations.Nomination) -> dict[str, Any]:
    """The values of a nomination as its form takes them (for a filled PDF)."""
    kind = nomination.kind
    back = {v: k for k, v in FORM_TO_NOMINATION[kind].items()}
    raw = nominations.nomination_as_raw(nomination)
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if value in (None, "", []):
            continue
        out[back.get(key, key)] = value
    if nomination.gender:
        out["gender"] = {"M": "男", "F": "女"}.get(nomination.gender, nomination.gender)
    if nomination.side:
        out["side"] = SIDE_CHARACTERS.get(nomination.side, nomination.side)
    if kind == "membership" and out.get("level") in LEVELS:
        out["level"] = next(c.chinese[0] for c in LEVELS.choices if c.code == out["level"])
    for key in ("nominating_unit_id", "received_on", "notes"):
        out.pop(key, None)
    return out


@dataclass
class ReturnItem:
    """One returned form (a file, or a row of an .xlsx): its checked values, what is wrong with it,
    and the records it resembles."""
    path: Path
    row: int | None
    name: str = ""
    values: dict[str, Any] = field(default_factory=dict)  # the nomination's input
    problems: list[str] = field(default_factory=list)
    duplicates: list[nominations.Duplicate] = field(default_factory=list)
    nomination_id: int | None = None

    @property
    def where(self) -> str:
        return self.path.name + (f" ({self.row})" if self.row else "")

    @property
    def ok(self) -> bool:
        return not self.problems


def _committee_names(db: Database) -> list[str]:
    with db.lock:
        return [r["name"] for r in store.committees(db)]


def _call_for(db: Database, kinds: set[str], call_id: int | None) -> service.Call:
    if call_id is not None:
        return service.get_call(db, call_id)
    if len(kinds) != 1:
        raise UserError(Msg("The files hold forms of several kinds; import them with a call named (--call)."))
    kind = next(iter(kinds))
    with db.lock:
        calls = [c for c in store.call_choices(db) if c["kind"] == kind]
    if not calls:
        raise UserError(Msg("There is no call for the {kind} yet: make one first, or name one (--call).",
                            kind=Msg(CALL_KINDS.choices[CALL_KINDS.rank(kind)].label)))
    return service.get_call(db, calls[0]["id"])


def read_for_call(db: Database, path: str | Path, call_id: int | None = None
                  ) -> tuple[service.Call, list[ReturnItem]]:
    """Read ``path`` (a .pdf, an .xlsx or a folder of them) as returns to a call (by default the newest
    call of the forms' kind); nothing is written."""
    path = Path(path)
    if not path.exists():
        raise UserError(Msg("{path} does not exist.", path=str(path)))
    return read_paths_for_call(db, [path], call_id)


def read_paths_for_call(db: Database, paths: Iterable[str | Path], call_id: int | None = None
                        ) -> tuple[service.Call, list[ReturnItem]]:
    """Read several files and folders at once (files chosen or dropped together) as returns to one
    call: a file that is no form is listed with its message beside the others; nothing is written."""
    from core.forms import read_returned
    from core.forms.returns import ReturnedForm

    paths = [Path(p) for p in paths]
    committees = _committee_names(db)
    expected = service.get_call(db, call_id).form_kind if call_id is not None else None
    forms: list[ReturnedForm] = []
    for path in paths:
        if path.exists():
            forms += read_returned(path, kind=expected, committees=committees)
        else:
            forms.append(ReturnedForm(path=path, error=Msg("does not exist (moved or deleted?)")))
    if not forms:
        raise UserError(Msg("{path} holds no .pdf or .xlsx file.", path=", ".join(str(p) for p in paths)))
    call = _call_for(db, {f.kind for f in forms if f.kind and f.error is None} or {expected or ""}, call_id) \
        if any(f.error is None for f in forms) or call_id is not None else None
    items = []
    for f in forms:
        item = ReturnItem(f.path, f.row)
        if f.error is not None or f.problems:
            item.problems = f.messages()
            item.name = str(f.raw.get("name") or f.raw.get("unit_name") or "")
        elif call is not None and f.kind != call.form_kind:
            item.problems = [str(Msg("{file}: a form of another kind, not one of the call {call}", file=item.where,
                                     call=call.title))]
        else:
            raw = nomination_raw(f.kind, f.values)
            item.name = str(raw.get("name") or "")
            try:
                with db.lock:
                    item.values = nominations.prepare_nomination(db, call.id, raw)
                item.duplicates = nominations.find_duplicates(db, call.form_kind, item.values)
            except ValidationError as exc:
                item.problems = [str(Msg("{file}: {problem}", file=item.where, problem=e.text())) for e in exc.errors]
        items.append(item)
    if call is None:
        raise UserError(Msg("Nothing could be read: {problems}", problems="; ".join(
            p for i in items for p in i.problems)))
    return call, items


def save_returns(db: Database, call: service.Call, items: Iterable[ReturnItem]) -> list[ReturnItem]:
    """Record the given (checked) items in one action; returns those written, with their ids."""
    chosen = [i for i in items if i.ok and i.values]
    if not chosen:
        return []
    label, params = ((N_("Record nomination {name}"), {"name": chosen[0].values["name"]}) if len(chosen) == 1
                     else (N_("Import {count} returned forms"), {"count": len(chosen)}))
    with db.action(label, **params):
        nominations._live_call(db, call.id)
        for item in chosen:
            item.nomination_id = nominations.insert_nomination(db, call.id, item.values)
    return chosen


@dataclass(frozen=True)
class ImportReport:
    call: service.Call
    items: list[ReturnItem]
    recorded: list[ReturnItem]


def import_returns(db: Database, path: str | Path, call_id: int | None = None, dry_run: bool = False
                   ) -> ImportReport:
    """Read and record every good return that is not recorded already (command line)."""
    call, items = read_for_call(db, path, call_id)
    fresh = [i for i in items if i.ok and not i.duplicates]
    recorded = [] if dry_run else save_returns(db, call, fresh)
    return ImportReport(call, items, recorded)


def export_form(db: Database, nomination_id: int, out: str | Path, script: str = "hans",
                overwrite: bool = False) -> Path:
    """The nomination's form filled from its record, as a PDF (for the archive or to check)."""
    from core.forms import filled_pdf, write_file

    n = nominations.get_nomination(db, nomination_id)
    data = filled_pdf(n.kind, form_values(n), script=script, committees=_committee_names(db))
    return write_file(data, out, overwrite=overwrite)
