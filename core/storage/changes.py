"""The change log behind undo/redo and each record's history.

Every tracked table has AFTER INSERT/UPDATE/DELETE triggers that copy the whole
old and new row (as JSON) into ``changes``, tagged with the current *action*: the
row of ``actions`` that :meth:`Database.action` opens for one clerk action.
Writes outside an action (migrations, maintenance) are not logged.

Undo applies an action's changes backwards (old rows back in place), redo applies
them forwards; both with logging switched off and foreign-key checks deferred to
the commit, so the order of cascaded rows does not matter. Starting a new action
drops the actions that were undone (the redo list), as every editor does.

Which tables are logged, and by which key, is the registry's
(:mod:`core.storage.registry`); the triggers are generated from it and from the
table's current columns, and the migration runner regenerates them after every
migration. Replay never takes a table or column name from the log: tables come
from the registry, columns from the schema, values travel as parameters.

Some actions cannot be undone (a document number given, mail sent, the trash
emptied): they are *barriers*, and undo stops there.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.errors import UserError
from core.i18n import Msg

if TYPE_CHECKING:
    from core.storage import registry

# The registry is imported by the functions that use it: the window's Edit menu reads the last
# action (last_done, first_undone) at start-up without loading every record kind's declarations.


# -- action names ------------------------------------------------------------------
# An action's name is kept as its English source (the msgid, marked with N_) and its parameters,
# never as text in one language: it is translated when shown. A parameter that is itself a message
# (a field's label, "unit {name}") is kept as {"msg": source, "params": {...}} and comes back a Msg.

def encode_params(params: dict[str, Any]) -> str:
    return json.dumps({str(k): _encode(v) for k, v in params.items()}, ensure_ascii=False)


def _encode(value: Any) -> Any:
    if isinstance(value, Msg):
        return {"msg": value.source, "params": {str(k): _encode(v) for k, v in value.params.items()}}
    return str(value)


def decode_params(text: str | None) -> dict[str, Any]:
    """The stored parameters: plain text, or a Msg where one was stored (nothing that fails to
    parse: a damaged entry shows the label's placeholders, never stops the history)."""
    try:
        params = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {str(k): _decode(v) for k, v in params.items()} if isinstance(params, dict) else {}


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("msg"), str):
        inner = value.get("params")
        return Msg(value["msg"], **({str(k): _decode(v) for k, v in inner.items()} if isinstance(inner, dict) else {}))
    return "" if value is None else str(value)


def _redacted(value: Any, names: set[str]) -> Any:
    if isinstance(value, dict) and isinstance(value.get("params"), dict):
        return {**value, "params": {k: _redacted(v, names) for k, v in value["params"].items()}}
    return "…" if isinstance(value, str) and value in names else value


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


def quote(name: str) -> str:
    """``name`` as an SQL identifier (quoted, so no name can be read as SQL)."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns the schema gives ``table`` (empty for a missing table)."""
    return [r[0] for r in conn.execute("SELECT name FROM pragma_table_info(?)", (table,))]


def _kind(table: str) -> registry.RecordKind:
    from core.storage import registry

    kind = registry.get(table)
    if kind is None:
        raise KeyError(f"{table!r} is not a registered record kind")
    return kind


def expected_triggers(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    """Trigger name -> the CREATE TRIGGER statement that logs every current column of ``table``."""
    kind = _kind(table)
    columns = table_columns(conn, table)

    def row(prefix: str) -> str:
        return "json_object(" + ", ".join(f"{_literal(c)}, {prefix}.{quote(c)}" for c in columns) + ")"

    def key(prefix: str) -> str:
        return "json_array(" + ", ".join(f"{prefix}.{quote(k)}" for k in kind.key) + ")"

    current = "(SELECT action_id FROM change_control WHERE id = 1)"
    result = {}
    for op, when, key_of, old, new in (
        ("insert", "INSERT", key("NEW"), "NULL", row("NEW")),
        ("update", "UPDATE", key("NEW"), row("OLD"), row("NEW")),
        ("delete", "DELETE", key("OLD"), row("OLD"), "NULL"),
    ):
        name = f"{table}_log_{op}"
        result[name] = (
            f"CREATE TRIGGER {quote(name)} AFTER {when} ON {quote(table)} WHEN {current} IS NOT NULL BEGIN "
            f"INSERT INTO changes (action_id, tbl, row_key, op, old, new) "
            f"VALUES ({current}, {_literal(table)}, {key_of}, '{op}', {old}, {new}); END")
    return result


def install_triggers(conn: sqlite3.Connection, table: str) -> None:
    """(Re)create the logging triggers of ``table`` from the registry and its current columns."""
    for name, sql in expected_triggers(conn, table).items():
        conn.execute(f"DROP TRIGGER IF EXISTS {quote(name)}")
        conn.execute(sql)


def stale_triggers(conn: sqlite3.Connection) -> list[str]:
    """Registered tables whose logging triggers are missing or do not log every column
    (a column added without re-creating them would make undo restore only part of a row)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "changes" not in present:
        return []
    have = {r[0]: r[1] for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    from core.storage import registry

    return [kind.table for kind in registry.kinds() if kind.table in present
            and any(have.get(name) != sql for name, sql in expected_triggers(conn, kind.table).items())]


def install_all_triggers(conn: sqlite3.Connection) -> list[str]:
    """Bring every registered table's triggers in line with its columns; returns the tables redone.
    Run by the migration runner after each migration, and by the database check's repair."""
    stale = stale_triggers(conn)
    for table in stale:
        install_triggers(conn, table)
    return stale


def begin_action(conn: sqlite3.Connection, label: str, params: dict[str, Any], at: str) -> int:
    """Open an action inside the caller's transaction; drops what could have been redone."""
    conn.execute("DELETE FROM actions WHERE undone = 1")
    cur = conn.execute("INSERT INTO actions (label, params, at, machine, account) VALUES (?, ?, ?, ?, ?)",
                       (label, encode_params(params), at, _machine(), _account()))
    conn.execute("UPDATE change_control SET action_id = ? WHERE id = 1", (cur.lastrowid,))
    return int(cur.lastrowid)


UPDATES_COMPARED = 2000  # an action updating more rows of a table is not compared column by column


def action_columns(conn: sqlite3.Connection, action_id: int) -> dict[str, frozenset[str] | None]:
    """The tables the action ``action_id`` changed, each with the columns its updates changed,
    or None when it added or removed rows (or updated more than UPDATES_COMPARED of them).
    Read from the log: old and new values of each updated row, compared in SQL."""
    result: dict[str, frozenset[str] | None] = {}
    compared = []
    for table, added_or_removed, updates in conn.execute(
            "SELECT tbl, max(op <> 'update'), sum(op = 'update') FROM changes WHERE action_id = ? GROUP BY tbl",
            (action_id,)):
        if added_or_removed or updates > UPDATES_COMPARED:
            result[table] = None
        else:
            result[table] = frozenset()
            compared.append(table)
    if compared:
        changed: dict[str, set[str]] = {}
        for table, column in conn.execute(
                "SELECT DISTINCT c.tbl, n.key FROM changes c, json_each(c.new) n "
                "WHERE c.action_id = ? AND c.op = 'update' AND c.tbl IN (SELECT value FROM json_each(?)) "
                "AND n.value IS NOT json_extract(c.old, '$.\"' || n.key || '\"')",
                (action_id, json.dumps(compared))):
            changed.setdefault(table, set()).add(column)
        for table in compared:
            result[table] = frozenset(changed.get(table, ()))
    return result


def end_action(conn: sqlite3.Connection, action_id: int) -> None:
    conn.execute("UPDATE change_control SET action_id = NULL WHERE id = 1")
    if not conn.execute("SELECT 1 FROM changes WHERE action_id = ? LIMIT 1", (action_id,)).fetchone():
        # nothing changed: nothing to undo (a barrier stays: what it stands for cannot be undone)
        conn.execute("DELETE FROM actions WHERE id = ? AND barrier = 0", (action_id,))


def current_action(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT action_id FROM change_control WHERE id = 1").fetchone()[0]


def mark_barrier(conn: sqlite3.Connection, label: str | None = None, *, replaces: str | None = None,
                 **params: object) -> None:
    """Make the action being recorded an undo barrier (a number given, mail sent...): undo stops
    there. ``label``/``params`` rename the action, e.g. with the number it gave, but only while
    it still bears the label ``replaces`` (when given): a larger action this one joined (filling
    the demo data, say) keeps its own name."""
    action_id = current_action(conn)
    if action_id is None:
        raise RuntimeError("mark_barrier() outside an action")
    conn.execute("UPDATE actions SET barrier = 1 WHERE id = ?", (action_id,))
    if label is not None:
        current = conn.execute("SELECT label FROM actions WHERE id = ?", (action_id,)).fetchone()[0]
        if replaces is None or current == replaces:
            conn.execute("UPDATE actions SET label = ?, params = ? WHERE id = ?",
                         (label, encode_params(params), action_id))


def record_barrier(conn: sqlite3.Connection, label: str, params: dict[str, Any], at: str) -> int:
    """A barrier for work done outside the change log (emptying the trash): an action without
    changes that undo cannot pass. Drops the redo list, as every new action does."""
    conn.execute("DELETE FROM actions WHERE undone = 1")
    cur = conn.execute("INSERT INTO actions (label, params, at, machine, account, barrier) VALUES (?, ?, ?, ?, ?, 1)",
                       (label, encode_params(params), at, _machine(), _account()))
    return int(cur.lastrowid)


def _machine() -> str:
    import socket  # when an action is written, not at start-up

    try:
        return socket.gethostname()
    except OSError:
        return ""


def _account() -> str:
    import getpass

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
    barrier: bool = False


def _action(row: sqlite3.Row | None) -> ActionRow | None:
    if row is None:
        return None
    return ActionRow(row["id"], str(row["label"]), decode_params(row["params"]), row["at"],
                     row["machine"], row["account"], bool(row["barrier"]))


def last_done(conn: sqlite3.Connection) -> ActionRow | None:
    return _action(conn.execute("SELECT * FROM actions WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone())


def first_undone(conn: sqlite3.Connection) -> ActionRow | None:
    return _action(conn.execute("SELECT * FROM actions WHERE undone = 1 ORDER BY id LIMIT 1").fetchone())


# -- replay (undo / redo) ------------------------------------------------------------
_SCALARS = (str, int, float, type(None))


class ReplayRefused(UserError):
    """The stored change log cannot be replayed safely; nothing was changed."""


def _refuse(detail: Msg) -> ReplayRefused:
    return ReplayRefused(Msg("Undo/redo stopped, nothing was changed: {detail} The file may have been altered "
                             "by another program; run File → Check database.", detail=detail))


@dataclass(frozen=True)
class _Step:
    table: str
    key: list[Any]
    op: str
    target: dict[str, Any] | None


def _step(conn: sqlite3.Connection, row: sqlite3.Row, backwards: bool, schema: dict[str, list[str]]) -> _Step:
    """One stored change, checked against the registry and the schema before anything is written."""
    from core.storage import registry

    kind = registry.get(row["tbl"])
    if kind is None:
        raise _refuse(Msg("the change log names a table that this program does not keep ({table}).",
                          table=str(row["tbl"])))
    table = kind.table
    if table not in schema:
        schema[table] = table_columns(conn, table)
    columns = schema[table]
    try:
        key = json.loads(row["row_key"])
        stored = row["old"] if backwards else row["new"]
        target = json.loads(stored) if stored else None
    except (TypeError, ValueError):
        raise _refuse(Msg("a change of {table} cannot be read.", table=table)) from None
    if (not isinstance(key, list) or len(key) != len(kind.key) or not all(isinstance(v, _SCALARS) for v in key)
            or row["op"] not in ("insert", "update", "delete")):
        raise _refuse(Msg("a change of {table} cannot be read.", table=table))
    if target is not None:
        if not isinstance(target, dict) or not all(isinstance(v, _SCALARS) for v in target.values()):
            raise _refuse(Msg("a change of {table} cannot be read.", table=table))
        unknown = [c for c in target if c not in columns]
        if unknown:
            raise _refuse(Msg("a change of {table} names a column it does not have ({column}).", table=table,
                              column=unknown[0]))
        # the schema's own column names, in the schema's order; values only from the log
        target = {c: target[c] for c in columns if c in target}
    return _Step(table, key, row["op"], target)


def _where(table: str, key: list[Any]) -> tuple[str, list[Any]]:
    cols = _kind(table).key
    return " AND ".join(f"{quote(c)} = ?" for c in cols), list(key)


def _put(conn: sqlite3.Connection, table: str, key: list[Any], values: dict[str, Any] | None) -> None:
    """Make the row ``key`` of ``table`` hold exactly ``values`` (None: no row)."""
    where, params = _where(table, key)
    conn.execute(f"DELETE FROM {quote(table)} WHERE {where}", params)
    if values is not None:
        cols = ", ".join(quote(c) for c in values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {quote(table)} ({cols}) VALUES ({marks})", list(values.values()))


def replay(conn: sqlite3.Connection, action_id: int, backwards: bool) -> int:
    """Undo (``backwards``) or redo one action; returns the number of rows touched.

    Runs inside the caller's transaction with logging off. Every stored change is
    checked first (a table of the registry, key and values of the right shape,
    columns the table has); SQL names only the registry's table and the schema's
    columns, and every stored value travels as a parameter. Deleting and inserting
    a row (rather than UPDATE) would fire ON DELETE CASCADE, so updates are applied
    as UPDATEs.
    """
    order = "DESC" if backwards else "ASC"
    rows = conn.execute(f"SELECT tbl, row_key, op, old, new FROM changes WHERE action_id = ? ORDER BY id {order}",
                        (action_id,)).fetchall()
    schema: dict[str, list[str]] = {}
    steps = [_step(conn, row, backwards, schema) for row in rows]
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for step in steps:
        if step.op == "update" and step.target:
            where, params = _where(step.table, step.key)
            assignments = ", ".join(f"{quote(c)} = ?" for c in step.target)
            conn.execute(f"UPDATE {quote(step.table)} SET {assignments} WHERE {where}",
                         [*step.target.values(), *params])
        else:
            _put(conn, step.table, step.key, step.target)
    conn.execute("UPDATE actions SET undone = ? WHERE id = ?", (1 if backwards else 0, action_id))
    return len(rows)


# -- history -------------------------------------------------------------------------
_HISTORY = ("SELECT c.id, c.tbl, c.op, c.old, c.new, a.label, a.params, a.at, a.machine, a.account FROM changes c "
            "JOIN actions a ON a.id = c.action_id ")


def row_key(key: list[Any]) -> str:
    """The stored form of a row's key (as the triggers' json_array writes it)."""
    return json.dumps(key, separators=(",", ":"), ensure_ascii=False)


def row_changes(conn: sqlite3.Connection, table: str, key: list[Any]) -> list[sqlite3.Row]:
    return conn.execute(_HISTORY + "WHERE c.tbl = ? AND c.row_key = ? AND a.undone = 0 ORDER BY c.id",
                        (table, row_key(key))).fetchall()


def child_changes(conn: sqlite3.Connection, table: str, column: str, parent_id: int) -> list[sqlite3.Row]:
    """Changes of rows of ``table`` whose ``column`` points to ``parent_id`` (a unit's committees)."""
    path = "$." + column
    return conn.execute(_HISTORY + "WHERE c.tbl = ? AND (json_extract(c.new, ?) = ? OR json_extract(c.old, ?) = ?) "
                        "AND a.undone = 0 ORDER BY c.id", (table, path, parent_id, path, parent_id)).fetchall()


def change(conn: sqlite3.Connection, change_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM changes WHERE id = ?", (change_id,)).fetchone()


# -- forgetting (purge) --------------------------------------------------------------
def forget_rows(conn: sqlite3.Connection, table: str, keys: list[list[Any]]) -> set[int]:
    """Delete the logged changes of rows ``keys`` of ``table``; returns the actions they belonged to."""
    touched: set[int] = set()
    for key in keys:
        stored = row_key(key)
        touched.update(r[0] for r in conn.execute("SELECT DISTINCT action_id FROM changes WHERE tbl = ? AND "
                                                  "row_key = ?", (table, stored)))
        conn.execute("DELETE FROM changes WHERE tbl = ? AND row_key = ?", (table, stored))
    return touched


def logged_keys(conn: sqlite3.Connection, table: str, column: str, parent_ids: list[int],
                chunk: int = 500) -> list[list[Any]]:
    """Keys of every row of ``table`` the log shows pointing to one of ``parent_ids`` through ``column``
    (rows gone from the table included). One pass over the table's log per 500 parents."""
    path = "$." + column
    found: dict[str, list[Any]] = {}
    for start in range(0, len(parent_ids), chunk):
        part = list(parent_ids[start:start + chunk])
        marks = ", ".join("?" for _ in part)
        for (key,) in conn.execute(f"SELECT DISTINCT row_key FROM changes WHERE tbl = ? AND "
                                   f"(json_extract(old, ?) IN ({marks}) OR json_extract(new, ?) IN ({marks}))",
                                   (table, path, *part, path, *part)):
            try:
                value = json.loads(key)
            except ValueError:
                continue
            if isinstance(value, list):
                found[key] = value
    return list(found.values())


def wipe_columns(conn: sqlite3.Connection, table: str, columns: list[str], before_action: int) -> None:
    """Remove ``columns`` (derived text such as search_text) from the logged rows of ``table`` up to
    ``before_action``: behind a barrier they are never replayed, and they may hold purged names."""
    if not columns:
        return
    paths = ", ".join("?" for _ in columns)
    args = ["$." + c for c in columns]
    conn.execute(f"UPDATE changes SET old = CASE WHEN old IS NULL THEN NULL ELSE json_remove(old, {paths}) END, "
                 f"new = CASE WHEN new IS NULL THEN NULL ELSE json_remove(new, {paths}) END "
                 f"WHERE tbl = ? AND action_id < ?", [*args, *args, table, before_action])


def redact_actions(conn: sqlite3.Connection, action_ids: set[int], names: set[str]) -> None:
    """In the names of ``action_ids``, replace any parameter equal to one of ``names`` (purged
    records) by "…"; drop the actions left without changes (unless they are barriers)."""
    for action_id in action_ids:
        row = conn.execute("SELECT params FROM actions WHERE id = ?", (action_id,)).fetchone()
        if row is None:
            continue
        try:
            params = json.loads(row[0])
        except ValueError:
            params = {}
        redacted = {k: _redacted(v, names) for k, v in params.items()} if isinstance(params, dict) else params
        if redacted != params:
            params = redacted
            conn.execute("UPDATE actions SET params = ? WHERE id = ?", (json.dumps(params, ensure_ascii=False),
                                                                         action_id))
    conn.execute("DELETE FROM actions WHERE barrier = 0 AND NOT EXISTS (SELECT 1 FROM changes "
                 "WHERE changes.action_id = actions.id)")


def logged_values(conn: sqlite3.Connection, table: str, keys: list[list[Any]], column: str) -> set[str]:
    """Every value ``column`` had in the logged rows ``keys`` of ``table`` (names of purged records)."""
    path = "$." + column
    found: set[str] = set()
    for key in keys:
        for old, new in conn.execute("SELECT json_extract(old, ?), json_extract(new, ?) FROM changes "
                                     "WHERE tbl = ? AND row_key = ?", (path, path, table, row_key(key))):
            found.update(str(v) for v in (old, new) if v not in (None, ""))
    return found
