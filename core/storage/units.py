"""SQL for member units, their committees and their status/level history."""

from __future__ import annotations

import sqlite3
from typing import Any

from core.storage import records
from core.text.search import build_search_text

UNIT_COLUMNS = ("name", "short_name", "credit_code", "unit_type", "level", "province", "city", "address",
                "postcode", "website", "join_date", "member_no", "status", "notes")


def get(conn: sqlite3.Connection, unit_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM units WHERE id = ?", (unit_id,)).fetchone()


def committee_ids(conn: sqlite3.Connection, unit_id: int) -> list[int]:
    rows = conn.execute("SELECT committee_id FROM unit_committees WHERE unit_id = ? ORDER BY committee_id",
                        (unit_id,)).fetchall()
    return [r[0] for r in rows]


def set_committees(conn: sqlite3.Connection, unit_id: int, ids: list[int]) -> None:
    """Make the unit a member of exactly ``ids``, touching only what changes (so the
    history shows joins and departures, not a rewrite)."""
    wanted = set(ids)
    have = set(committee_ids(conn, unit_id))
    conn.executemany("DELETE FROM unit_committees WHERE unit_id = ? AND committee_id = ?",
                     [(unit_id, cid) for cid in sorted(have - wanted)])
    conn.executemany("INSERT INTO unit_committees (unit_id, committee_id) VALUES (?, ?)",
                     [(unit_id, cid) for cid in sorted(wanted - have)])


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, "units", {**values, "created_at": stamp, "updated_at": stamp})


def update(conn: sqlite3.Connection, unit_id: int, values: dict[str, Any]) -> None:
    records.update(conn, "units", unit_id, {**values, "updated_at": records.now()})


def search_text(values: Any, contact_names: list[str] = ()) -> str:  # type: ignore[assignment]
    """The search document of a unit: its names, codes and its contacts' names; pinyin
    and initials of the names."""
    return build_search_text(values["name"], values["short_name"], values["credit_code"], values["member_no"],
                             *contact_names, names=(values["name"], values["short_name"], *contact_names))


def add_contact_to_search_text(conn: sqlite3.Connection, unit_id: int, contact_name: str) -> None:
    """Bring the unit's search document up to date after one of its contacts was added."""
    refresh_search_text(conn, unit_id)


def refresh_search_text(conn: sqlite3.Connection, unit_id: int) -> None:
    """Rebuild the search document: names, codes and the names of its contacts."""
    row = conn.execute("SELECT name, short_name, credit_code, member_no, search_text FROM units WHERE id = ?",
                       (unit_id,)).fetchone()
    if row is None:
        return
    contacts = [r[0] for r in conn.execute(
        "SELECT name FROM contacts WHERE unit_id = ? AND deleted_at IS NULL ORDER BY id", (unit_id,))]
    text = search_text(row, contacts)
    if text != row["search_text"]:
        conn.execute("UPDATE units SET search_text = ? WHERE id = ?", (text, unit_id))


def find_active_by(conn: sqlite3.Connection, column: str, value: str, exclude_id: int | None = None
                   ) -> sqlite3.Row | None:
    assert column in ("credit_code", "member_no", "name")
    return conn.execute(
        f"SELECT id, name FROM units WHERE {column} = ? AND deleted_at IS NULL AND id IS NOT ?",
        (value, exclude_id)).fetchone()


def add_history(conn: sqlite3.Connection, unit_id: int, changed_on: str, field: str,
                old: str | None, new: str, note: str = "") -> None:
    records.insert(conn, "unit_history", {
        "unit_id": unit_id, "changed_on": changed_on, "field": field, "old_value": old,
        "new_value": new, "note": note, "recorded_at": records.now()})


def history(conn: sqlite3.Connection, unit_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM unit_history WHERE unit_id = ? ORDER BY changed_on, id",
                        (unit_id,)).fetchall()


def deleted(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name, deleted_at FROM units WHERE deleted_at IS NOT NULL "
                        "ORDER BY deleted_at DESC").fetchall()


def count_active(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM units WHERE deleted_at IS NULL").fetchone()[0]
