"""Small generic helpers for the feature stores: insert, update, soft delete.

Table and column names come from the feature modules (never from users), values
always travel as parameters.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def insert(conn: sqlite3.Connection, table: str, values: Mapping[str, Any]) -> int:
    cols = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))
    return int(cur.lastrowid)


def update(conn: sqlite3.Connection, table: str, row_id: int, values: Mapping[str, Any]) -> None:
    if not values:
        return
    assignments = ", ".join(f"{c} = ?" for c in values)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values.values(), row_id))


def set_deleted(conn: sqlite3.Connection, table: str, ids: Iterable[int], deleted: bool) -> list[int]:
    """Mark rows deleted (or not); returns the ids whose state changed."""
    changed: list[int] = []
    stamp = now() if deleted else None
    for row_id in ids:
        cond = "deleted_at IS NULL" if deleted else "deleted_at IS NOT NULL"
        cur = conn.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND {cond}", (stamp, row_id))
        if cur.rowcount:
            changed.append(row_id)
    return changed


def fetch_by_ids(conn: sqlite3.Connection, sql: str, ids: list[int], chunk: int = 500) -> list[sqlite3.Row]:
    """Run ``sql`` (which has one ``{ids}`` slot) over ``ids`` in chunks."""
    rows: list[sqlite3.Row] = []
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        marks = ", ".join("?" for _ in part)
        rows.extend(conn.execute(sql.format(ids=marks), part).fetchall())
    return rows


def action_label(conn: sqlite3.Connection, table: str, ids: list[int], one: str, many: str,
                 column: str = "name") -> tuple[str, dict[str, Any]]:
    """An action's label and params: naming the record when there is one, else counting them."""
    if len(ids) == 1:
        row = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (ids[0],)).fetchone()
        return one, {"name": row[0] if row else str(ids[0])}
    return many, {"count": len(ids)}


# ---- generic SQL over registered record kinds (core.storage.registry) --------------------------
# Table and column names come from the registry's declarations, quoted; values are parameters.

def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def name_of(conn: sqlite3.Connection, kind: Any, row_id: int) -> str | None:
    row = conn.execute(f"SELECT {_q(kind.name_column)} FROM {_q(kind.table)} WHERE id = ?", (row_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def all_ids(conn: sqlite3.Connection, kind: Any) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT id FROM {_q(kind.table)} ORDER BY id")]


def deleted_rows(conn: sqlite3.Connection, kind: Any, parent: Any | None = None) -> list[sqlite3.Row]:
    """Rows of a trash kind in the trash, newest deletion first: id, name, parent_name, deleted_at.
    ``parent`` is the kind of ``kind.parents[0]`` (its name goes beside the row's)."""
    if parent is not None:
        link = kind.parents[0]
        return conn.execute(
            f"SELECT r.id, r.{_q(kind.name_column)} AS name, p.{_q(parent.name_column)} AS parent_name, "
            f"r.deleted_at FROM {_q(kind.table)} r LEFT JOIN {_q(parent.table)} p ON p.id = r.{_q(link.column)} "
            f"WHERE r.deleted_at IS NOT NULL ORDER BY r.deleted_at DESC, r.id").fetchall()
    return conn.execute(f"SELECT id, {_q(kind.name_column)} AS name, NULL AS parent_name, deleted_at "
                        f"FROM {_q(kind.table)} WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id").fetchall()


def deleted_before(conn: sqlite3.Connection, kind: Any, before: str) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT id FROM {_q(kind.table)} WHERE deleted_at IS NOT NULL "
                                       f"AND deleted_at < ? ORDER BY id", (before,))]


def keys_pointing_to(conn: sqlite3.Connection, kind: Any, column: str, parent_ids: list[int]) -> list[list[Any]]:
    """Keys of the rows of ``kind`` whose ``column`` holds one of ``parent_ids``."""
    cols = ", ".join(_q(k) for k in kind.key)
    return [list(r) for r in fetch_by_ids(conn, f"SELECT {cols} FROM {_q(kind.table)} WHERE {_q(column)} IN ({{ids}})",
                                          parent_ids)]


def values_of(conn: sqlite3.Connection, kind: Any, column: str, ids: list[int]) -> set[Any]:
    """The distinct values of ``column`` over rows ``ids`` of ``kind``."""
    return {r[0] for r in fetch_by_ids(conn, f"SELECT DISTINCT {_q(column)} FROM {_q(kind.table)} "
                                             f"WHERE id IN ({{ids}})", ids)}


def delete_rows(conn: sqlite3.Connection, kind: Any, keys: list[list[Any]]) -> None:
    where = " AND ".join(f"{_q(k)} = ?" for k in kind.key)
    conn.executemany(f"DELETE FROM {_q(kind.table)} WHERE {where}", keys)


def count_deleted(conn: sqlite3.Connection, kinds: list[Any], before: str) -> int:
    return sum(conn.execute(f"SELECT count(*) FROM {_q(k.table)} WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                            (before,)).fetchone()[0] for k in kinds)


def duplicates(conn: sqlite3.Connection, kind: Any, column: str) -> list[sqlite3.Row]:
    """Values of ``column`` shared by several live rows of ``kind``, with the rows' names."""
    col, name = _q(column), _q(kind.name_column)
    live = "deleted_at IS NULL AND " if kind.in_trash else ""
    return conn.execute(f"SELECT {col} AS value, group_concat({name}, '、') AS names, count(*) AS n "
                        f"FROM {_q(kind.table)} WHERE {live}{col} IS NOT NULL AND {col} != '' "
                        f"GROUP BY {col} HAVING n > 1 ORDER BY {col}").fetchall()


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() \
        is not None
