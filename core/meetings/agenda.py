"""Agenda items (议题) with discussion notes, decisions (决定事项, numbered 1, 2, 3… through the
meeting) and action items (督办事项: what, responsible unit and person, due date, status
open / done / dropped, when and by whom done) with dated progress notes. Each call that
changes something is one undoable action; a meeting whose minutes are approved refuses
changes to its agenda, decisions and action items' content, but its action items are still
followed up (status, done, progress notes).

Public API (stable):

* ``list_agenda_items(db, meeting_id) -> list[AgendaItem]``;
  ``add_agenda_item(db, meeting_id, title, notes="", presenter="", position=None) -> AgendaItem``;
  ``update_agenda_item(db, item_id, title, notes="", presenter="")``;
  ``move_agenda_item(db, item_id, position)``; ``delete_agenda_item(db, item_id)``
* ``list_decisions(db, meeting_id) -> list[Decision]``;
  ``add_decision(db, meeting_id, text, agenda_item_id=None) -> Decision`` (next number);
  ``update_decision(db, decision_id, text, agenda_item_id=None)``; ``delete_decision(db, decision_id)``
  (the others are numbered again)
* ``list_action_items(db, meeting_id) -> list[ActionItem]``; ``get_action_item(db, item_id)``;
  ``add_action_item(db, meeting_id, raw) -> ActionItem`` with raw keys text (required), unit_id or
  unit_name, contact_id or person, due_date, agenda_item_id, decision_id;
  ``update_action_item(db, item_id, raw)``; ``delete_action_item(db, item_id)``
* ``mark_done(db, item_id, done_by, done_at=None)``, ``drop_action_item(db, item_id, by, note="")``,
  ``reopen_action_item(db, item_id)``
* ``add_progress(db, item_id, text, note_date=None) -> ProgressNote``; ``list_progress(db, item_id)``;
  ``delete_progress(db, note_id)``
* ``carry_open_items(db, to_meeting_id, action_ids=None) -> list[AgendaItem]``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.meetings.service import meeting_row, require_editable
from core.storage import meetings as store
from core.storage.database import Database
from core.text.search import build_search_text
from core.validation import MAX_TEXT_LENGTH, Collector, parse_date

ACTION_LABELS = {
    "text": N_("Action"),
    "unit_id": N_("Responsible unit"),
    "unit_name": N_("Responsible unit"),
    "contact_id": N_("Responsible person"),
    "person": N_("Responsible person"),
    "due_date": N_("Due date"),
    "status": N_("Status"),
    "done_at": N_("Done on"),
    "done_by": N_("Done as recorded by"),
    "agenda_item_id": N_("Agenda item"),
    "decision_id": N_("Decision"),
}
AGENDA_LABELS = {"title": N_("Agenda item"), "notes": N_("Discussion"), "presenter": N_("Presented by"),
                 "position": N_("Order")}
DECISION_LABELS = {"text": N_("Decision"), "number": N_("Decision number"), "agenda_item_id": N_("Agenda item")}


@dataclass
class AgendaItem:
    id: int
    meeting_id: int
    position: int
    title: str
    notes: str = ""
    presenter: str = ""
    carried_action_id: int | None = None


@dataclass
class Decision:
    id: int
    meeting_id: int
    number: int
    text: str
    agenda_item_id: int | None = None


@dataclass
class ActionItem:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_date: str | None
    text: str
    unit_id: int | None = None
    unit_name: str = ""
    contact_id: int | None = None
    person: str = ""  # the responsible person's name (the contact's, or typed)
    due_date: str | None = None
    status: str = "open"
    done_at: str | None = None
    done_by: str = ""
    agenda_item_id: int | None = None
    decision_id: int | None = None
    decision_number: int | None = None
    committee_id: int | None = None
    position: int = 0
    progress_count: int = 0
    last_progress: str | None = None

    def overdue(self, today: str | dt.date | None = None) -> bool:
        """Open and past its due date (``today`` by default)."""
        day = (today.isoformat() if isinstance(today, dt.date) else today) or dt.date.today().isoformat()
        return self.status == "open" and self.due_date is not None and self.due_date < day


@dataclass
class ProgressNote:
    id: int
    action_item_id: int
    note_date: str
    text: str


def _agenda(row: Any) -> AgendaItem:
    return AgendaItem(row["id"], row["meeting_id"], row["position"], row["title"], row["notes"], row["presenter"],
                      row["carried_action_id"])


def _decision(row: Any) -> Decision:
    return Decision(row["id"], row["meeting_id"], row["number"], row["text"], row["agenda_item_id"])


def action_from_row(row: Any) -> ActionItem:
    return ActionItem(id=row["id"], meeting_id=row["meeting_id"], meeting_title=row["meeting_title"],
                      meeting_date=row["meeting_date"], text=row["text"], unit_id=row["unit_id"],
                      unit_name=row["unit_name"], contact_id=row["contact_id"],
                      person=row["person"] or row["contact_name"] or "", due_date=row["due_date"],
                      status=row["status"], done_at=row["done_at"], done_by=row["done_by"],
                      agenda_item_id=row["agenda_item_id"], decision_id=row["decision_id"],
                      decision_number=row["decision_number"], committee_id=row["committee_id"],
                      position=row["position"], progress_count=row["progress_count"],
                      last_progress=row["last_progress"])


def _title(db: Database, meeting_id: int) -> str:
    return meeting_row(db, meeting_id)["title"]


# ---- agenda items ------------------------------------------------------------------------------------

def _agenda_values(title: Any, notes: Any, presenter: Any) -> dict[str, str]:
    c = Collector()
    out = {"title": c.text("title", AGENDA_LABELS["title"], title, 300, required=True),
           "notes": c.text("notes", AGENDA_LABELS["notes"], notes, MAX_TEXT_LENGTH, multiline=True),
           "presenter": c.text("presenter", AGENDA_LABELS["presenter"], presenter, 200)}
    c.raise_if_any()
    return out


def list_agenda_items(db: Database, meeting_id: int) -> list[AgendaItem]:
    with db.lock:
        return [_agenda(r) for r in store.agenda_items(db, meeting_id)]


def _renumber_agenda(db: Database, meeting_id: int, order: list[int]) -> None:
    current = {r["id"]: r["position"] for r in store.agenda_items(db, meeting_id)}
    for position, item_id in enumerate(order, start=1):
        if current.get(item_id) != position:
            store.update_agenda_item(db, item_id, {"position": position})


def _insert_agenda(db: Database, meeting_id: int, values: Mapping[str, Any], position: int | None,
                   carried_action_id: int | None = None) -> int:
    order = [r["id"] for r in store.agenda_items(db, meeting_id)]
    item_id = store.insert_agenda_item(db, {"meeting_id": meeting_id, "position": len(order) + 1,
                                            "carried_action_id": carried_action_id, **values})
    if position is not None and 1 <= position <= len(order):
        order.insert(position - 1, item_id)
        _renumber_agenda(db, meeting_id, order)
    return item_id


def add_agenda_item(db: Database, meeting_id: int, title: str, notes: str = "", presenter: str = "",
                    position: int | None = None) -> AgendaItem:
    """A new agenda item, last (or at ``position``, 1-based)."""
    values = _agenda_values(title, notes, presenter)
    with db.action(N_("Add agenda item {name}"), name=values["title"]):
        require_editable(db, meeting_id)
        item_id = _insert_agenda(db, meeting_id, values, position)
    return _agenda(store.agenda_item(db, item_id))


def _agenda_row(db: Database, item_id: int) -> Any:
    row = store.agenda_item(db, item_id)
    if row is None:
        raise NotFound(Msg("That agenda item no longer exists."))
    return row


def update_agenda_item(db: Database, item_id: int, title: str, notes: str = "", presenter: str = "") -> AgendaItem:
    values = _agenda_values(title, notes, presenter)
    row = _agenda_row(db, item_id)
    with db.action(N_("Edit agenda item {name}"), name=values["title"]):
        require_editable(db, row["meeting_id"])
        store.update_agenda_item(db, item_id, values)
    return _agenda(store.agenda_item(db, item_id))


def move_agenda_item(db: Database, item_id: int, position: int) -> list[AgendaItem]:
    """Put an agenda item at ``position`` (1-based); the others follow in their order."""
    row = _agenda_row(db, item_id)
    with db.action(N_("Move agenda item {name}"), name=row["title"]):
        require_editable(db, row["meeting_id"])
        order = [r["id"] for r in store.agenda_items(db, row["meeting_id"]) if r["id"] != item_id]
        order.insert(max(0, min(position - 1, len(order))), item_id)
        _renumber_agenda(db, row["meeting_id"], order)
    return list_agenda_items(db, row["meeting_id"])


def delete_agenda_item(db: Database, item_id: int) -> None:
    """Remove an agenda item (its decisions and action items stay, no longer under it)."""
    row = _agenda_row(db, item_id)
    with db.action(N_("Delete agenda item {name}"), name=row["title"]):
        require_editable(db, row["meeting_id"])
        store.delete_agenda_item(db, item_id)
        _renumber_agenda(db, row["meeting_id"], [r["id"] for r in store.agenda_items(db, row["meeting_id"])])


# ---- decisions --------------------------------------------------------------------------------------

def _decision_text(text: Any) -> str:
    c = Collector()
    value = c.text("text", DECISION_LABELS["text"], text, MAX_TEXT_LENGTH, required=True, multiline=True)
    c.raise_if_any()
    return value


def _check_agenda_item(db: Database, meeting_id: int, agenda_item_id: int | None) -> None:
    if agenda_item_id is not None:
        row = store.agenda_item(db, agenda_item_id)
        if row is None or row["meeting_id"] != meeting_id:
            raise NotFound(Msg("That agenda item no longer exists."))


def list_decisions(db: Database, meeting_id: int) -> list[Decision]:
    with db.lock:
        return [_decision(r) for r in store.decisions(db, meeting_id)]


def add_decision(db: Database, meeting_id: int, text: str, agenda_item_id: int | None = None) -> Decision:
    """A decision, numbered after the meeting's last one."""
    value = _decision_text(text)
    with db.action(N_("Add a decision to {title}"), title=_title(db, meeting_id)):
        require_editable(db, meeting_id)
        _check_agenda_item(db, meeting_id, agenda_item_id)
        number = len(store.decisions(db, meeting_id)) + 1
        decision_id = store.insert_decision(db, {"meeting_id": meeting_id, "agenda_item_id": agenda_item_id,
                                                 "number": number, "text": value})
    return _decision(store.decision(db, decision_id))


def _decision_row(db: Database, decision_id: int) -> Any:
    row = store.decision(db, decision_id)
    if row is None:
        raise NotFound(Msg("That decision no longer exists."))
    return row


def update_decision(db: Database, decision_id: int, text: str, agenda_item_id: int | None = None) -> Decision:
    value = _decision_text(text)
    row = _decision_row(db, decision_id)
    with db.action(N_("Edit decision {number} of {title}"), number=row["number"], title=_title(db, row["meeting_id"])):
        require_editable(db, row["meeting_id"])
        _check_agenda_item(db, row["meeting_id"], agenda_item_id)
        store.update_decision(db, decision_id, {"text": value, "agenda_item_id": agenda_item_id})
    return _decision(store.decision(db, decision_id))


def delete_decision(db: Database, decision_id: int) -> None:
    """Remove a decision; the later ones move up a number."""
    row = _decision_row(db, decision_id)
    with db.action(N_("Delete decision {number} of {title}"), number=row["number"],
                   title=_title(db, row["meeting_id"])):
        require_editable(db, row["meeting_id"])
        store.delete_decision(db, decision_id)
        store.renumber_decisions(db, row["meeting_id"])


# ---- action items -----------------------------------------------------------------------------------

def action_search_text(text: str, unit_name: str, person: str) -> str:
    """The search document of an action item: its text, unit and person (pinyin of the names)."""
    return build_search_text(text[:500], unit_name, person, names=(person, unit_name))


def _action_values(db: Database, meeting_id: int, raw: Mapping[str, Any]) -> dict[str, Any]:
    c = Collector()
    L = ACTION_LABELS
    out: dict[str, Any] = {"text": c.text("text", L["text"], raw.get("text", ""), 2000, required=True,
                                          multiline=True)}
    out["unit_name"] = c.text("unit_name", L["unit_name"], raw.get("unit_name", ""), 200)
    out["person"] = c.text("person", L["person"], raw.get("person", ""), 60)
    due = raw.get("due_date")
    out["due_date"] = c.run("due_date", L["due_date"], parse_date, due) if due not in (None, "") else None
    out["unit_id"] = int(raw["unit_id"]) if raw.get("unit_id") not in (None, "") else None
    out["contact_id"] = int(raw["contact_id"]) if raw.get("contact_id") not in (None, "") else None
    if out["contact_id"] is not None:
        contact = store.contact_row(db, out["contact_id"])
        if contact is None:
            c.add("contact_id", L["contact_id"], Msg("the contact does not exist (it may have been deleted)"))
        else:
            out["unit_id"] = out["unit_id"] or contact["unit_id"]
            out["person"] = out["person"] or contact["name"]
    if out["unit_id"] is not None:
        units = store.unit_rows(db, [out["unit_id"]])
        if not units:
            c.add("unit_id", L["unit_id"], Msg("the unit does not exist (it may have been deleted)"))
        else:
            out["unit_name"] = out["unit_name"] or units[0]["name"]
    for key in ("agenda_item_id", "decision_id"):
        out[key] = int(raw[key]) if raw.get(key) not in (None, "") else None
    if out["agenda_item_id"] is not None:
        row = store.agenda_item(db, out["agenda_item_id"])
        if row is None or row["meeting_id"] != meeting_id:
            c.add("agenda_item_id", L["agenda_item_id"], Msg("that agenda item no longer exists"))
    if out["decision_id"] is not None:
        row = store.decision(db, out["decision_id"])
        if row is None or row["meeting_id"] != meeting_id:
            c.add("decision_id", L["decision_id"], Msg("that decision no longer exists"))
    c.raise_if_any()
    out["search_text"] = action_search_text(out["text"], out["unit_name"], out["person"])
    return out


def refresh_action_search_text(conn: Any, item_id: int) -> None:
    """The registry's search-text upkeep of an action item."""
    row = store.action_item(conn, item_id)
    if row is not None:
        store.set_action_search_text(conn, item_id, action_search_text(row["text"], row["unit_name"],
                                                                       row["person"] or row["contact_name"] or ""))


def list_action_items(db: Database, meeting_id: int) -> list[ActionItem]:
    with db.lock:
        return [action_from_row(r) for r in store.action_items(db, meeting_id)]


def get_action_item(db: Database, item_id: int) -> ActionItem:
    with db.lock:
        row = store.action_item(db, item_id)
    if row is None:
        raise NotFound(Msg("That action item no longer exists."))
    return action_from_row(row)


def insert_action_item(db: Database, meeting_id: int, values: Mapping[str, Any]) -> int:
    """Write a validated action item inside the caller's action (services, demo)."""
    return store.insert_action(db, {"meeting_id": meeting_id, "position": store.next_action_position(db, meeting_id),
                                    "status": "open", **values})


def add_action_item(db: Database, meeting_id: int, raw: Mapping[str, Any]) -> ActionItem:
    """A new open action item of the meeting."""
    meeting_row(db, meeting_id)
    values = _action_values(db, meeting_id, raw)
    with db.action(N_("Add action item to {title}"), title=_title(db, meeting_id)):
        require_editable(db, meeting_id)
        item_id = insert_action_item(db, meeting_id, values)
    return get_action_item(db, item_id)


def update_action_item(db: Database, item_id: int, raw: Mapping[str, Any]) -> ActionItem:
    """Change what an action item asks, of whom and by when (not once the minutes are
    approved: a new due date then goes in a progress note, or the minutes are corrected)."""
    item = get_action_item(db, item_id)
    values = _action_values(db, item.meeting_id, raw)
    with db.action(N_("Edit action item of {title}"), title=item.meeting_title):
        require_editable(db, item.meeting_id)
        store.update_action(db, item_id, values)
    return get_action_item(db, item_id)


def delete_action_item(db: Database, item_id: int) -> None:
    item = get_action_item(db, item_id)
    with db.action(N_("Delete action item of {title}"), title=item.meeting_title):
        require_editable(db, item.meeting_id)
        store.delete_action(db, item_id)


def _by(value: Any) -> str:
    c = Collector()
    text = c.text("done_by", ACTION_LABELS["done_by"], value, 60, required=True)
    c.raise_if_any()
    return text


def mark_done(db: Database, item_id: int, done_by: str, done_at: Any = None) -> ActionItem:
    """Mark an action item done, recording the day (today by default) and by whom."""
    who = _by(done_by)
    c = Collector()
    day = c.run("done_at", ACTION_LABELS["done_at"], parse_date, done_at) if done_at not in (None, "") \
        else dt.date.today().isoformat()
    c.raise_if_any()
    item = get_action_item(db, item_id)
    with db.action(N_("Mark action item done: {text}"), text=item.text[:40]):
        meeting_row(db, item.meeting_id)
        if item.status == "done":
            raise UserError(Msg("This action item is done already ({date}, {who}).", date=item.done_at,
                                who=item.done_by))
        store.update_action(db, item_id, {"status": "done", "done_at": day, "done_by": who})
    return get_action_item(db, item_id)


def drop_action_item(db: Database, item_id: int, by: str, note: str = "") -> ActionItem:
    """The action item is no longer pursued (dropped), recorded with when, by whom and why (a progress note)."""
    who = _by(by)
    item = get_action_item(db, item_id)
    with db.action(N_("Drop action item: {text}"), text=item.text[:40]):
        meeting_row(db, item.meeting_id)
        today = dt.date.today().isoformat()
        store.update_action(db, item_id, {"status": "dropped", "done_at": today, "done_by": who})
        if note.strip():
            store.insert_progress(db, {"action_item_id": item_id, "note_date": today, "text": _note_text(note)})
    return get_action_item(db, item_id)


def reopen_action_item(db: Database, item_id: int) -> ActionItem:
    """Open again an action item marked done or dropped by mistake."""
    item = get_action_item(db, item_id)
    with db.action(N_("Reopen action item: {text}"), text=item.text[:40]):
        store.update_action(db, item_id, {"status": "open", "done_at": None, "done_by": ""})
    return get_action_item(db, item_id)


def _note_text(text: Any) -> str:
    c = Collector()
    value = c.text("text", N_("Progress"), text, MAX_TEXT_LENGTH, required=True, multiline=True)
    c.raise_if_any()
    return value


def add_progress(db: Database, item_id: int, text: str, note_date: Any = None) -> ProgressNote:
    """A dated progress note on an action item (today by default)."""
    value = _note_text(text)
    c = Collector()
    day = c.run("note_date", N_("Date"), parse_date, note_date) if note_date not in (None, "") \
        else dt.date.today().isoformat()
    c.raise_if_any()
    item = get_action_item(db, item_id)
    with db.action(N_("Add progress note to {text}"), text=item.text[:40]):
        note_id = store.insert_progress(db, {"action_item_id": item_id, "note_date": day, "text": value})
    return next(n for n in list_progress(db, item_id) if n.id == note_id)


def list_progress(db: Database, item_id: int) -> list[ProgressNote]:
    with db.lock:
        return [ProgressNote(r["id"], r["action_item_id"], r["note_date"], r["text"])
                for r in store.progress_notes(db, item_id)]


def delete_progress(db: Database, note_id: int) -> None:
    with db.action(N_("Delete a progress note")):
        store.delete_progress(db, note_id)


def carry_open_items(db: Database, to_meeting_id: int, action_ids: Iterable[int] | None = None) -> list[AgendaItem]:
    """Put open action items on the agenda of a (later) meeting, one agenda item each
    (「督办事项：…（责任单位…，原定…前完成）」) linked to the action item. By default: the open items of
    earlier meetings of the same committee (or of no committee) not carried there yet."""
    target = meeting_row(db, to_meeting_id)
    with db.action(N_("Carry open action items into {title}"), title=target["title"]):
        require_editable(db, to_meeting_id)
        if action_ids is None:
            ids = store.open_actions_before(db, target["meeting_date"], target["committee_id"], to_meeting_id)
        else:
            ids = list(action_ids)
        carried = store.carried_actions(db, to_meeting_id)
        made: list[int] = []
        for row in store.action_rows(db, [i for i in ids if i not in carried]):
            if row["status"] != "open":
                continue
            who = "，".join(x for x in (row["unit_name"], row["person"] or row["contact_name"] or "") if x)
            due = f"原定{row['due_date']}前完成" if row["due_date"] else ""
            extra = "；".join(x for x in (f"责任单位：{who}" if who else "", due) if x)
            title = f"督办事项：{row['text']}" + (f"（{extra}）" if extra else "")
            made.append(_insert_agenda(db, to_meeting_id, {"title": title[:300], "notes": "", "presenter": ""}, None,
                                       carried_action_id=row["id"]))
    return [a for a in list_agenda_items(db, to_meeting_id) if a.id in made]
