"""SQL of the database check: SQLite's own checks and the product's rules."""

from __future__ import annotations

import sqlite3


def integrity(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    return [r[0] for r in conn.execute(f"PRAGMA integrity_check({limit})")]


def foreign_keys(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    return [(r[0], r[1], r[2]) for r in conn.execute("PRAGMA foreign_key_check")]


def units_with_several_primaries(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT u.id, u.name, count(*) AS n FROM contacts c JOIN units u ON u.id = c.unit_id "
                        "WHERE c.is_primary = 1 AND c.deleted_at IS NULL GROUP BY u.id HAVING n > 1").fetchall()


def units_without_primary(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT u.id, u.name FROM units u WHERE EXISTS (SELECT 1 FROM contacts c WHERE "
                        "c.unit_id = u.id AND c.deleted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM contacts c "
                        "WHERE c.unit_id = u.id AND c.deleted_at IS NULL AND c.is_primary = 1)").fetchall()


def stale_action(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT action_id FROM change_control WHERE id = 1").fetchone()[0] is not None


def reset_action(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE change_control SET action_id = NULL WHERE id = 1")


def keep_first_primary(conn: sqlite3.Connection, unit_id: int) -> None:
    conn.execute("UPDATE contacts SET is_primary = 0 WHERE unit_id = ? AND is_primary = 1 AND id != (SELECT min(id) "
                 "FROM contacts WHERE unit_id = ? AND is_primary = 1 AND deleted_at IS NULL)", (unit_id, unit_id))


def orphan_blobs(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Stored files no attachment uses, now or in the undo/redo history (e.g. attached in an editor that was
    then cancelled)."""
    return conn.execute(
        "SELECT id, name, size FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM notice_attachments a "
        "WHERE a.blob_id = b.id) AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.tbl = 'notice_attachments' "
        "AND (json_extract(c.old, '$.blob_id') = b.id OR json_extract(c.new, '$.blob_id') = b.id))"
        + _NOT_A_SCAN * has_table(conn, "nominations")).fetchall()


# a nomination's scanned copy (now or in the undo history) is not an orphan
_NOT_A_SCAN = (" AND NOT EXISTS (SELECT 1 FROM nominations m WHERE m.scan_blob_id = b.id) AND NOT EXISTS "
               "(SELECT 1 FROM changes c WHERE c.tbl = 'nominations' AND (json_extract(c.old, '$.scan_blob_id') "
               "= b.id OR json_extract(c.new, '$.scan_blob_id') = b.id))")


def has_table(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() \
        is not None


def nominations_missing_scan(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name FROM nominations WHERE scan_blob_id IS NOT NULL AND scan_blob_id NOT IN "
                        "(SELECT id FROM blobs)").fetchall()


def unlink_missing_scan(conn: sqlite3.Connection, nomination_id: int) -> None:
    conn.execute("UPDATE nominations SET scan_blob_id = NULL WHERE id = ?", (nomination_id,))


def delete_blob(conn: sqlite3.Connection, blob_id: int) -> None:
    conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
