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


def duplicated(conn: sqlite3.Connection, column: str) -> list[sqlite3.Row]:
    assert column in ("credit_code", "member_no", "name")
    return conn.execute(f"SELECT {column} AS value, group_concat(name, '、') AS names, count(*) AS n FROM units "
                        f"WHERE deleted_at IS NULL AND {column} IS NOT NULL AND {column} != '' "
                        f"GROUP BY {column} HAVING n > 1").fetchall()


def stale_action(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT action_id FROM change_control WHERE id = 1").fetchone()[0] is not None


def reset_action(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE change_control SET action_id = NULL WHERE id = 1")


def keep_first_primary(conn: sqlite3.Connection, unit_id: int) -> None:
    conn.execute("UPDATE contacts SET is_primary = 0 WHERE unit_id = ? AND is_primary = 1 AND id != (SELECT min(id) "
                 "FROM contacts WHERE unit_id = ? AND is_primary = 1 AND deleted_at IS NULL)", (unit_id, unit_id))


def all_unit_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM units")]


def all_contact_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM contacts")]


def purge_deleted(conn: sqlite3.Connection, table: str, before: str) -> list[int]:
    """Delete for good the rows of ``table`` deleted before ``before``, and their change log."""
    assert table in ("units", "contacts", "notices")
    ids = [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                                      (before,))]
    for row_id in ids:
        if table == "units":
            for (cid,) in conn.execute("SELECT id FROM contacts WHERE unit_id = ?", (row_id,)).fetchall():
                conn.execute("DELETE FROM changes WHERE tbl = 'contacts' AND row_key = ?", (f"[{cid}]",))
            conn.execute("DELETE FROM changes WHERE tbl = 'unit_committees' AND row_key LIKE ?", (f"[{row_id},%",))
            conn.execute("DELETE FROM changes WHERE tbl = 'unit_history' AND json_extract(coalesce(new, old), "
                         "'$.unit_id') = ?", (row_id,))
        if table == "notices":
            for (aid,) in conn.execute("SELECT id FROM notice_attachments WHERE notice_id = ?", (row_id,)).fetchall():
                conn.execute("DELETE FROM changes WHERE tbl = 'notice_attachments' AND row_key = ?", (f"[{aid}]",))
            conn.execute("DELETE FROM changes WHERE tbl = 'notice_addressees' AND row_key LIKE ?", (f"[{row_id},%",))
            conn.execute("UPDATE notices SET version_of = NULL WHERE version_of = ?", (row_id,))
        conn.execute("DELETE FROM changes WHERE tbl = ? AND row_key = ?", (table, f"[{row_id}]"))
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    conn.execute("DELETE FROM actions WHERE NOT EXISTS (SELECT 1 FROM changes WHERE changes.action_id = actions.id)")
    return ids


def count_deleted(conn: sqlite3.Connection, before: str) -> int:
    return conn.execute("SELECT (SELECT count(*) FROM units WHERE deleted_at < ?) + "
                        "(SELECT count(*) FROM contacts WHERE deleted_at < ?) + "
                        "(SELECT count(*) FROM notices WHERE deleted_at < ?)", (before, before, before)).fetchone()[0]


def orphan_blobs(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Stored files no attachment uses, now or in the undo/redo history (e.g. attached in an editor that was
    then cancelled)."""
    return conn.execute(
        "SELECT id, name, size FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM notice_attachments a "
        "WHERE a.blob_id = b.id) AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.tbl = 'notice_attachments' "
        "AND (json_extract(c.old, '$.blob_id') = b.id OR json_extract(c.new, '$.blob_id') = b.id))").fetchall()


def delete_blob(conn: sqlite3.Connection, blob_id: int) -> None:
    conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
