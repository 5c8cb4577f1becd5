"""SQL for notices (通知), their attachments, addressee units, numbers, and stored files."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from core.storage import records, search_index

NOTICE_COLUMNS = ("title", "addressees", "body", "signatory", "doc_date", "sealed", "note", "copies",
                  "issuing_office", "print_date")


def get(conn: sqlite3.Connection, notice_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM notices WHERE id = ?", (notice_id,)).fetchone()


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, "notices", {**values, "created_at": stamp, "updated_at": stamp})


def update(conn: sqlite3.Connection, notice_id: int, values: dict[str, Any]) -> None:
    records.update(conn, "notices", notice_id, {**values, "updated_at": records.now()})


def set_search_text(conn: sqlite3.Connection, notice_id: int, text: str) -> None:
    conn.execute("UPDATE notices SET search_text = ? WHERE id = ?", (text, notice_id))


def attachments(conn: sqlite3.Connection, notice_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT a.*, b.size AS file_size FROM notice_attachments a LEFT JOIN blobs b "
                        "ON b.id = a.blob_id WHERE a.notice_id = ? ORDER BY a.position, a.id",
                        (notice_id,)).fetchall()


def replace_attachments(conn: sqlite3.Connection, notice_id: int, items: list[dict[str, Any]]) -> None:
    """Make the notice's attachments exactly ``items`` (in order), touching only what changed."""
    have = {r["id"]: r for r in attachments(conn, notice_id)}
    keep = {item["id"] for item in items if item.get("id") in have}
    for attachment_id in have.keys() - keep:
        conn.execute("DELETE FROM notice_attachments WHERE id = ?", (attachment_id,))
    for position, item in enumerate(items, start=1):
        values = {"position": position, "kind": item["kind"], "name": item["name"], "body": item["body"],
                  "blob_id": item.get("blob_id")}
        old = have.get(item.get("id"))
        if old is None:
            records.insert(conn, "notice_attachments", {"notice_id": notice_id, **values})
        elif any(old[k] != v for k, v in values.items()):
            records.update(conn, "notice_attachments", old["id"], values)


def addressee_units(conn: sqlite3.Connection, notice_id: int) -> list[int]:
    return [r[0] for r in conn.execute("SELECT unit_id FROM notice_addressees WHERE notice_id = ? ORDER BY unit_id",
                                       (notice_id,))]


def set_addressee_units(conn: sqlite3.Connection, notice_id: int, unit_ids: list[int]) -> None:
    wanted, have = set(unit_ids), set(addressee_units(conn, notice_id))
    conn.executemany("DELETE FROM notice_addressees WHERE notice_id = ? AND unit_id = ?",
                     [(notice_id, u) for u in sorted(have - wanted)])
    conn.executemany("INSERT INTO notice_addressees (notice_id, unit_id) VALUES (?, ?)",
                     [(notice_id, u) for u in sorted(wanted - have)])


def next_serial(conn: sqlite3.Connection, year: int) -> int:
    """The next document serial of ``year``; a serial once given is never given again."""
    row = conn.execute("SELECT last_serial FROM notice_numbers WHERE year = ?", (year,)).fetchone()
    used = conn.execute("SELECT max(serial) FROM notices WHERE year = ?", (year,)).fetchone()[0] or 0
    serial = max(row[0] if row else 0, used) + 1
    conn.execute("INSERT INTO notice_numbers (year, last_serial) VALUES (?, ?) "
                 "ON CONFLICT(year) DO UPDATE SET last_serial = excluded.last_serial", (year, serial))
    return serial


def issued_with_number(conn: sqlite3.Connection, year: int, serial: int, exclude: int) -> sqlite3.Row | None:
    return conn.execute("SELECT id, title FROM notices WHERE year = ? AND serial = ? AND status = 'issued' "
                        "AND id != ?", (year, serial, exclude)).fetchone()


def list_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool) -> list[int]:
    clauses = ["n.deleted_at IS NULL"]
    params: list[Any] = []
    form = where.get("form")
    if form:
        clauses.append(search_index.contains_sql("n"))
        params.append(form)
        if search_index.is_indexed_query(form):
            fts, query = search_index.index_source("notices", form, conn)
            clauses.append(f"n.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
            params.append(query)
    if where.get("status"):
        clauses.append("status = ?")
        params.append(where["status"])
    if where.get("year"):
        clauses.append("coalesce(year, CAST(substr(doc_date, 1, 4) AS INTEGER)) = ?")
        params.append(where["year"])
    order = {"title": "sort_key", "number": "year, serial", "status": "status",
             "date": "coalesce(doc_date, created_at)"}.get(sort, "coalesce(doc_date, created_at)")
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id FROM notices n WHERE {' AND '.join(clauses)} ORDER BY {order} {direction}, id {direction}"
    return [r[0] for r in conn.execute(sql, params)]


def rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT n.id, n.title, n.status, n.prefix, n.year, n.serial, n.version, n.doc_date, n.addressees, "
        "(SELECT count(*) FROM notice_attachments a WHERE a.notice_id = n.id) AS attachment_count "
        "FROM notices n WHERE n.id IN ({ids})"), ids)


def years(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT coalesce(year, CAST(substr(doc_date, 1, 4) AS INTEGER)) AS y FROM notices "
        "WHERE deleted_at IS NULL AND y IS NOT NULL ORDER BY y DESC")]


def deleted(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, title AS name, deleted_at FROM notices WHERE deleted_at IS NOT NULL "
                        "ORDER BY deleted_at DESC").fetchall()


def store_blob(conn: sqlite3.Connection, name: str, data: bytes) -> int:
    digest = hashlib.sha256(data).hexdigest()
    row = conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
    if row:
        return int(row[0])
    return records.insert(conn, "blobs", {"sha256": digest, "name": name, "size": len(data), "data": data,
                                          "created_at": records.now()})


def blob(conn: sqlite3.Connection, blob_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT id, name, size, data FROM blobs WHERE id = ?", (blob_id,)).fetchone()


def settings(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM alliance_settings")}


def set_settings(conn: sqlite3.Connection, values: dict[str, str]) -> None:
    current = settings(conn)
    for key, value in values.items():
        if current.get(key) != value:
            conn.execute("INSERT INTO alliance_settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
