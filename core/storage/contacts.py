"""SQL for contacts (联系人) of member units."""

from __future__ import annotations

import sqlite3
from typing import Any

from core.storage import records
from core.text.search import build_search_text

CONTACT_COLUMNS = ("unit_id", "name", "gender", "position", "title", "mobile", "office_phone", "email",
                   "is_primary", "notes")


def get(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM contacts WHERE id = ?", (contact_id,)).fetchone()


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, "contacts", {**values, "created_at": stamp, "updated_at": stamp})


def update(conn: sqlite3.Connection, contact_id: int, values: dict[str, Any]) -> None:
    records.update(conn, "contacts", contact_id, {**values, "updated_at": records.now()})


def for_unit(conn: sqlite3.Connection, unit_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM contacts WHERE unit_id = ? AND deleted_at IS NULL "
                        "ORDER BY is_primary DESC, sort_key, id", (unit_id,)).fetchall()


def find_in_unit(conn: sqlite3.Connection, unit_id: int, name: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM contacts WHERE unit_id = ? AND name = ? AND deleted_at IS NULL",
                        (unit_id, name)).fetchone()


def clear_primary(conn: sqlite3.Connection, unit_id: int, except_id: int | None = None) -> None:
    conn.execute("UPDATE contacts SET is_primary = 0 WHERE unit_id = ? AND is_primary = 1 AND id IS NOT ?",
                 (unit_id, except_id))


def clear_primary_of_deleted(conn: sqlite3.Connection, unit_id: int) -> None:
    conn.execute("UPDATE contacts SET is_primary = 0 WHERE unit_id = ? AND deleted_at IS NOT NULL", (unit_id,))


def ensure_primary(conn: sqlite3.Connection, unit_id: int) -> None:
    """If the unit has contacts but none is primary, the longest-standing one becomes primary."""
    has = conn.execute("SELECT 1 FROM contacts WHERE unit_id = ? AND is_primary = 1 AND deleted_at IS NULL",
                       (unit_id,)).fetchone()
    if not has:
        conn.execute("UPDATE contacts SET is_primary = 1 WHERE id = (SELECT id FROM contacts WHERE unit_id = ? "
                     "AND deleted_at IS NULL ORDER BY id LIMIT 1)", (unit_id,))


def document(name: str, email: str, position: str, mobile: str, unit_name: str, unit_short_name: str) -> str:
    """The search document of a contact: name, e-mail, position, mobile, unit names;
    pinyin and initials of the name and of the unit's short name."""
    return build_search_text(name, email, position, mobile, unit_name, unit_short_name,
                             names=(name, unit_short_name))


def search_text(conn: sqlite3.Connection, values: Any) -> str:
    unit = conn.execute("SELECT name, short_name FROM units WHERE id = ?", (values["unit_id"],)).fetchone()
    return document(values["name"], values["email"], values["position"], values["mobile"], unit["name"],
                    unit["short_name"])


def refresh_search_text(conn: sqlite3.Connection, contact_id: int) -> None:
    row = conn.execute("SELECT c.name, c.email, c.position, c.mobile, c.search_text, u.name AS unit_name, "
                       "u.short_name FROM contacts c JOIN units u ON u.id = c.unit_id WHERE c.id = ?",
                       (contact_id,)).fetchone()
    if row is not None:
        text = document(row["name"], row["email"], row["position"], row["mobile"], row["unit_name"],
                        row["short_name"])
        if text != row["search_text"]:
            conn.execute("UPDATE contacts SET search_text = ? WHERE id = ?", (text, contact_id))


def refresh_search_text_for_unit(conn: sqlite3.Connection, unit_id: int) -> None:
    for (contact_id,) in conn.execute("SELECT id FROM contacts WHERE unit_id = ?", (unit_id,)).fetchall():
        refresh_search_text(conn, contact_id)


def deleted(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT c.id, c.name, u.name AS unit_name, c.deleted_at FROM contacts c "
                        "JOIN units u ON u.id = c.unit_id WHERE c.deleted_at IS NOT NULL "
                        "ORDER BY c.deleted_at DESC").fetchall()
