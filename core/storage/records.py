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
