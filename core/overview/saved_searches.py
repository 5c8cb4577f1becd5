"""Saved searches: a list's filter (its text and its other filters) kept under a name.

They live in the database, not in the per-user settings: they describe this alliance's
data (a committee, a province, a level in use here), travel with the file, its backups
and its copies, and will be shared by every clerk of a server database later. As a
registered record kind they get undo, history and the trash like any record.

A filter is a flat dict of the list's filter fields (``{"text": "智慧", "level":
"council"}``) with plain JSON values; the list applies the fields it knows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.storage import overview as store
from core.storage import records
from core.storage.database import Database

MAX_NAME = 60
VIEWS = {"members": N_("Member units"), "contacts": N_("Contacts"), "notices": N_("Notices")}
SAVED_SEARCH_LABELS = {"name": N_("Name"), "view": N_("List"), "filter": N_("Filter"), "position": N_("Position")}


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    view: str
    filter: dict[str, Any]


def register_view(key: str, label: str) -> None:
    """A later list (meetings, nominations...) whose filters can be saved too."""
    VIEWS[key] = label


def _clean_filter(flt: Mapping[str, Any]) -> dict[str, Any]:
    """Only what filters something: empty text and "all" choices are left out."""
    out = {}
    for key, value in flt.items():
        if not isinstance(key, str) or not (value is None or isinstance(value, (str, int, float, bool))):
            raise UserError(Msg("This filter cannot be saved."))
        if value not in (None, "", False):
            out[key] = value
    return out


def _name(name: str, db: Database, exclude: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(Msg("Give the saved search a name."))
    if len(name) > MAX_NAME:
        raise UserError(Msg("The name is too long: at most {max} characters.", max=MAX_NAME))
    if store.saved_search_named(db, name, exclude) is not None:
        raise UserError(Msg("A saved search named {name} exists already: choose another name.", name=name))
    return name


def list_saved(db: Database) -> list[SavedSearch]:
    with db.lock:
        rows = store.saved_searches(db)
    return [SavedSearch(r["id"], r["name"], r["view"], _loads(r["filter"])) for r in rows]


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def get_saved(db: Database, search_id: int) -> SavedSearch:
    with db.lock:
        row = store.saved_search(db, search_id)
    if row is None or row["deleted_at"] is not None:
        raise NotFound(Msg("The saved search no longer exists."))
    return SavedSearch(row["id"], row["name"], row["view"], _loads(row["filter"]))


def save_search(db: Database, name: str, view: str, flt: Mapping[str, Any]) -> SavedSearch:
    """Keep ``flt`` of the list ``view`` under ``name`` (one action)."""
    if view not in VIEWS:
        raise UserError(Msg("This list's filters cannot be saved."))
    filter_json = json.dumps(_clean_filter(flt), ensure_ascii=False, sort_keys=True)
    with db.action(N_("Save search {name}"), name=name.strip()) as conn:
        name = _name(name, conn)
        new_id = store.insert_saved_search(conn, name, view, filter_json)
    return get_saved(db, new_id)


def rename_search(db: Database, search_id: int, name: str) -> SavedSearch:
    current = get_saved(db, search_id)
    with db.action(N_("Rename saved search {name}"), name=current.name) as conn:
        store.update_saved_search(conn, search_id, {"name": _name(name, conn, exclude=search_id)})
    return get_saved(db, search_id)


def delete_searches(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "saved_searches", ids, N_("Delete saved search {name}"),
                                         N_("Delete {count} saved searches"))
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "saved_searches", ids, True)


def restore_searches(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "saved_searches", ids, N_("Restore saved search {name}"),
                                         N_("Restore {count} saved searches"))
    with db.action(label, **params) as conn:
        restored = []
        for search_id in ids:
            row = store.saved_search(conn, search_id)
            if row is not None and store.saved_search_named(conn, row["name"], search_id) is not None:
                raise UserError(Msg("A saved search named {name} exists already: rename it first.",
                                    name=row["name"]))
            restored += records.set_deleted(conn, "saved_searches", [search_id], False)
        return restored
