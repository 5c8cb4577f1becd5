"""The change log behind undo/redo and each record's history.

Every tracked table has AFTER INSERT/UPDATE/DELETE triggers that copy the whole
old and new row (as JSON) into ``changes``, tagged with the current *action*: the
row of ``actions`` that :meth:`Database.action` opens for one clerk action.
Writes outside an action (migrations, maintenance) are not logged.

Undo applies an action's changes backwards (old rows back in place), redo applies
them forwards; both with logging switched off and foreign-key checks deferred to
the commit, so the order of cascaded rows does not matter. Starting a new action
drops the actions that were undone (the redo list), as every editor does.
"""

from __future__ import annotations

import getpass
import json
import socket
import sqlite3
from dataclasses import dataclass
from typing import Any

# table -> key columns; the JSON array of those values identifies a row
TRACKED: dict[str, tuple[str, ...]] = {
    "units": ("id",),
    "contacts": ("id",),
    "committees": ("id",),
    "unit_committees": ("unit_id", "committee_id"),
    "unit_history": ("id",),
    "alliance_settings": ("key",),
    "notices": ("id",),
    "notice_attachments": ("id",),
    "notice_addressees": ("notice_id", "unit_id"),
}
# columns the program derives from others: never shown as a change of their own
DERIVED = {"search_text", "sort_key", "short_sort_key", "updated_at", "created_at"}
# Files (attachments, seal images) are kept in ``blobs``: immutable, content-addressed,
# never logged (records point to them, and undo restores the pointers).


def create_tables(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL,
        machine TEXT NOT NULL DEFAULT '',
        account TEXT NOT NULL DEFAULT '',
        undone INTEGER NOT NULL DEFAULT 0)""")
    conn.execute("""CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        action_id INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
        tbl TEXT NOT NULL,
        row_key TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
        old TEXT,
        new TEXT)""")
    conn.execute("CREATE INDEX changes_by_action ON changes(action_id)")
    conn.execute("CREATE INDEX changes_by_row ON changes(tbl, row_key)")
    conn.execute("CREATE TABLE change_control (id INTEGER PRIMARY KEY CHECK (id = 1), action_id INTEGER)")
    conn.execute("INSERT INTO change_control (id, action_id) VALUES (1, NULL)")


def install_triggers(conn: sqlite3.Connection, table: str) -> None:
    """(Re)create the logging triggers of ``table``; call again after its columns change."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    keys = TRACKED[table]

    def row(prefix: str) -> str:
        return "json_object(" + ", ".join(f"'{c}', {prefix}.{c}" for c in columns) + ")"

    def key(prefix: str) -> str:
        return "json_array(" + ", ".join(f"{prefix}.{k}" for k in keys) + ")"

    current = "(SELECT action_id FROM change_control WHERE id = 1)"
    for op, when, key_of, old, new in (
        ("insert", "INSERT", key("NEW"), "NULL", row("NEW")),
        ("update", "UPDATE", key("NEW"), row("OLD"), row("NEW")),
        ("delete", "DELETE", key("OLD"), row("OLD"), "NULL"),
    ):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_log_{op}")
        conn.execute(
            f"CREATE TRIGGER {table}_log_{op} AFTER {when} ON {table} WHEN {current} IS NOT NULL BEGIN "
            f"INSERT INTO changes (action_id, tbl, row_key, op, old, new) "
            f"VALUES ({current}, '{table}', {key_of}, '{op}', {old}, {new}); END")


def begin_action(conn: sqlite3.Connection, label: str, params: dict[str, Any], at: str) -> int:
    """Open an action inside the caller's transaction; drops what could have been redone."""
    conn.execute("DELETE FROM actions WHERE undone = 1")
    cur = conn.execute("INSERT INTO actions (label, params, at, machine, account) VALUES (?, ?, ?, ?, ?)",
                       (label, json.dumps(params, ensure_ascii=False), at, _machine(), _account()))
    conn.execute("UPDATE change_control SET action_id = ? WHERE id = 1", (cur.lastrowid,))
    return int(cur.lastrowid)


def end_action(conn: sqlite3.Connection, action_id: int) -> None:
    conn.execute("UPDATE change_control SET action_id = NULL WHERE id = 1")
    if not conn.execute("SELECT 1 FROM changes WHERE action_id = ? LIMIT 1", (action_id,)).fetchone():
        conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))  # nothing changed: nothing to undo


def _machine() -> str:
    try:
        return socket.gethostname()
    except OSError:
        return ""


def _account() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some Windows set-ups
        return ""


@dataclass(frozen=True)
class ActionRow:
    id: int
    label: str
    params: dict[str, Any]
    at: str
    machine: str
    account: str


def _action(row: sqlite3.Row | None) -> ActionRow | None:
    if row is None:
        return None
    return ActionRow(row["id"], row["label"], json.loads(row["params"]), row["at"], row["machine"], row["account"])


def last_done(conn: sqlite3.Connection) -> ActionRow | None:
    return _action(conn.execute("SELECT * FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone())


def first_undone(conn: sqlite3.Connection) -> ActionRow | None:
    return _action(conn.execute("SELECT * FROM actions WHERE undone = 1 ORDER BY id LIMIT 1").fetchone())


def _where(table: str, key: list[Any]) -> tuple[str, list[Any]]:
    cols = TRACKED[table]
    return " AND ".join(f"{c} = ?" for c in cols), list(key)


def _put(conn: sqlite3.Connection, table: str, key: list[Any], values: dict[str, Any] | None) -> None:
    """Make the row ``key`` of ``table`` hold exactly ``values`` (None: no row)."""
    where, params = _where(table, key)
    conn.execute(f"DELETE FROM {table} WHERE {where}", params)
    if values is not None:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))


def replay(conn: sqlite3.Connection, action_id: int, backwards: bool) -> int:
    """Undo (``backwards``) or redo one action; returns the number of rows touched.

    Runs inside the caller's transaction with logging off. Deleting and inserting
    a row (rather than UPDATE) would fire ON DELETE CASCADE, so updates are
    applied as UPDATEs.
    """
    order = "DESC" if backwards else "ASC"
    rows = conn.execute(f"SELECT tbl, row_key, op, old, new FROM changes WHERE action_id = ? ORDER BY id {order}",
                        (action_id,)).fetchall()
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table, row_key, op, old, new in rows:
        key = json.loads(row_key)
        target = json.loads(old) if backwards and old else json.loads(new) if not backwards and new else None
        if op == "update" and target is not None:
            where, params = _where(table, key)
            assignments = ", ".join(f"{c} = ?" for c in target)
            conn.execute(f"UPDATE {table} SET {assignments} WHERE {where}", [*target.values(), *params])
        else:
            _put(conn, table, key, target)
    conn.execute("UPDATE actions SET undone = ? WHERE id = ?", (1 if backwards else 0, action_id))
    return len(rows)


def row_changes(conn: sqlite3.Connection, table: str, key: list[Any]) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT c.id, c.op, c.old, c.new, a.label, a.params, a.at, a.machine, a.account FROM changes c "
        "JOIN actions a ON a.id = c.action_id WHERE c.tbl = ? AND c.row_key = ? AND a.undone = 0 ORDER BY c.id",
        (table, json.dumps(key, separators=(",", ":")))).fetchall()


def committee_changes(conn: sqlite3.Connection, unit_id: int) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT c.id, c.op, c.old, c.new, a.label, a.params, a.at, a.machine, a.account FROM changes c "
        "JOIN actions a ON a.id = c.action_id WHERE c.tbl = 'unit_committees' AND c.row_key LIKE ? "
        "AND a.undone = 0 ORDER BY c.id", (f"[{int(unit_id)},%",)).fetchall()


def change(conn: sqlite3.Connection, change_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM changes WHERE id = ?", (change_id,)).fetchone()
