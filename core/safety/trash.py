"""The trash: deleted records wait there, restorable, until it is emptied (after a set
number of days, or on demand, always after a backup).

Which records go to the trash, how each is named, restored and purged (with the
records that depend on it) is the registry's (core.storage.registry, declared in
core.records): this module names no table.

Emptying the trash is an *undo barrier*: what it purges leaves the table, the change
log (old and new values, the names in action labels) and the derived search text,
and no undo can bring it back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.i18n import Msg, N_
from core.safety.backups import backup_now
from core.storage import changes, records, registry
from core.storage.database import Database
from core.storage.registry import RecordKind

DEFAULT_KEEP_DAYS = 30
EMPTY_LABEL = N_("Empty deleted items ({count})")  # was "Empty the trash ({count} items)": see action_names
PURGE_LABEL = N_("Delete deleted items for good ({count})")  # no names: what it purged is forgotten


@dataclass(frozen=True)
class TrashItem:
    id: int
    name: str
    parent_name: str  # e.g. the unit of a contact ("" when the kind has no parent)
    deleted_at: str


def kinds() -> list[RecordKind]:
    """The kinds that have a trash, in the registry's order."""
    return registry.trash_kinds()


def list_deleted(db: Database, table: str) -> list[TrashItem]:
    kind = _trash_kind(table)
    parent = registry.get(kind.parents[0].table) if kind.parents else None
    with db.lock:
        rows = records.deleted_rows(db, kind, parent)
    return [TrashItem(r["id"], str(r["name"] or ""), str(r["parent_name"] or ""), r["deleted_at"]) for r in rows]


def restore(db: Database, table: str, ids: list[int]) -> Any:
    """Bring records back from the trash: the kind's own service (which checks, e.g., that a
    unit's name was not taken meanwhile), or a generic undoable action."""
    kind = _trash_kind(table)
    if kind.restore is not None:
        return kind.restore(db, ids)
    return _set_deleted(db, kind, ids, False)


def delete(db: Database, table: str, ids: list[int]) -> Any:
    """Move records to the trash (the kind's service, or a generic undoable action)."""
    kind = _trash_kind(table)
    if kind.delete is not None:
        return kind.delete(db, ids)
    return _set_deleted(db, kind, ids, True)


def _set_deleted(db: Database, kind: RecordKind, ids: list[int], deleted: bool) -> list[int]:
    with db.lock:
        name = records.name_of(db, kind, ids[0]) if len(ids) == 1 else None
    what = Msg(kind.label, name=name) if name is not None else Msg("{count} items", count=len(ids))
    label = N_("Delete {record}") if deleted else N_("Restore {record}")
    with db.action(label, record=what) as conn:
        return records.set_deleted(conn, kind.table, ids, deleted)


def _trash_kind(table: str) -> RecordKind:
    kind = registry.get(table)
    if kind is None or not kind.in_trash:
        raise KeyError(f"{table!r} has no trash")
    return kind


@dataclass
class _Purge:
    names: set[str]
    actions: set[int]
    refresh: dict[str, set[int]]


def purge(conn: Any, kind: RecordKind, ids: list[int], state: _Purge) -> None:
    """Delete rows ``ids`` of ``kind`` for good, with every row that depends on them, and their
    change log. Runs inside the caller's transaction, not logged."""
    if not ids:
        return
    keys = [[i] for i in ids]
    for dependant, link in registry.dependants(kind.table):
        if not records.has_table(conn, dependant.table):
            continue
        found = {changes.row_key(k): k for k in records.keys_pointing_to(conn, dependant, link.column, ids)}
        found.update({changes.row_key(k): k for k in changes.logged_keys(conn, dependant.table, link.column, ids)})
        dep_keys = list(found.values())
        if dependant.key == ("id",):
            purge(conn, dependant, [int(k[0]) for k in dep_keys if isinstance(k[0], int)], state)
        else:
            state.actions |= changes.forget_rows(conn, dependant.table, dep_keys)
            records.delete_rows(conn, dependant, dep_keys)
    state.names |= changes.logged_values(conn, kind.table, keys, kind.name_column)
    for row_id in ids:
        name = records.name_of(conn, kind, row_id)
        if name:
            state.names.add(name)
    for link in kind.parents:
        parent = registry.get(link.table)
        if parent is not None and parent.refresh_search is not None:
            state.refresh.setdefault(parent.table, set()).update(
                v for v in records.values_of(conn, kind, link.column, ids) if v is not None)
    state.actions |= changes.forget_rows(conn, kind.table, keys)
    records.delete_rows(conn, kind, keys)


def empty_trash(db: Database, backup_folder: Path, older_than_days: int = 0) -> dict[str, int]:
    """Delete for good what was deleted more than ``older_than_days`` ago (0: all).

    A backup is made first. What is purged also leaves the change history, the names
    of actions and the derived search text, so personal data really goes; the purge is
    an undo barrier. Returns counts per trash kind (table name).
    """
    cutoff = (dt.datetime.now() - dt.timedelta(days=older_than_days)).isoformat(timespec="seconds")
    if older_than_days == 0:
        cutoff = "9999"
    trash_kinds = kinds()
    counts = {k.table: 0 for k in trash_kinds}
    with db.lock:
        candidates = records.count_deleted(db, trash_kinds, cutoff)
    if not candidates:
        return counts
    backup_now(db, backup_folder, "purge")
    with db.transaction() as conn:
        barrier = changes.record_barrier(conn, EMPTY_LABEL, {"count": str(candidates)}, records.now())
        # dependants first (a contact deleted on its own), then their parents
        plan = [(kind, records.deleted_before(conn, kind, cutoff)) for kind in reversed(trash_kinds)]
        for kind, ids in plan:
            counts[kind.table] += len(ids)
        _purge_for_good(conn, plan, barrier)
    return counts


def purge_items(db: Database, backup_folder: Path, table: str, ids: list[int]) -> int:
    """Delete the chosen records of the trash for good (the Del key in Deleted items), with what
    depends on them, as :func:`empty_trash` does: a backup first, out of the change history, an
    undo barrier. Records not in the trash (restored meanwhile) are left alone. Returns how many."""
    kind = _trash_kind(table)
    wanted = set(ids)
    with db.lock:
        present = [i for i in records.deleted_before(db, kind, "9999") if i in wanted]
    if not present:
        return 0
    backup_now(db, backup_folder, "purge")
    with db.transaction() as conn:
        chosen = [i for i in records.deleted_before(conn, kind, "9999") if i in wanted]
        barrier = changes.record_barrier(conn, PURGE_LABEL, {"count": str(len(chosen))}, records.now())
        _purge_for_good(conn, [(kind, chosen)], barrier)
    return len(chosen)


def _purge_for_good(conn: Any, plan: list[tuple[RecordKind, list[int]]], barrier: int) -> None:
    state = _Purge(set(), set(), {})
    for kind, ids in plan:
        purge(conn, kind, ids, state)
    for table, parent_ids in state.refresh.items():
        refresh = registry.get(table).refresh_search  # type: ignore[union-attr]
        for parent_id in sorted(parent_ids):
            refresh(conn, parent_id)  # type: ignore[misc]
    for kind in registry.kinds():
        changes.wipe_columns(conn, kind.table, sorted(kind.internal), barrier)
    changes.redact_actions(conn, state.actions, state.names)
