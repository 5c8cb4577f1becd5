"""SQL for the professional committees (专业委员会) and their lead units."""

from __future__ import annotations

import sqlite3


def all_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT c.id, c.code, c.name, c.lead_unit_id, "
        "CASE WHEN u.deleted_at IS NULL THEN u.name END AS lead_unit_name, "
        "(SELECT count(*) FROM unit_committees uc JOIN units m ON m.id = uc.unit_id "
        " WHERE uc.committee_id = c.id AND m.deleted_at IS NULL) AS member_count "
        "FROM committees c LEFT JOIN units u ON u.id = c.lead_unit_id ORDER BY c.position, c.id").fetchall()


def set_lead(conn: sqlite3.Connection, committee_id: int, unit_id: int | None) -> None:
    conn.execute("UPDATE committees SET lead_unit_id = ? WHERE id = ?", (unit_id, committee_id))
    if unit_id is not None:
        conn.execute("INSERT OR IGNORE INTO unit_committees (unit_id, committee_id) VALUES (?, ?)",
                     (unit_id, committee_id))


def exists(conn: sqlite3.Connection, committee_id: int) -> bool:
    return conn.execute("SELECT 1 FROM committees WHERE id = ?", (committee_id,)).fetchone() is not None
