"""SQL behind the member-unit and contact lists: filter, sort, then fetch by id.

Lists first fetch the ordered ids of every matching row (cheap: 20,000 integers),
then the rows a view shows, a page at a time. Text filters run on the folded
``search_text`` column (see core.text.search), so both scripts match.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from core.storage import records

UNIT_SORTS = {
    "name": "u.sort_key",
    "short_name": "u.short_sort_key",
    "credit_code": "u.credit_code",
    "level": "CASE u.level WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 WHEN 'standing' THEN 2 "
             "WHEN 'council' THEN 3 ELSE 4 END",
    "unit_type": "u.unit_type",
    "status": "u.status",
    "region": "u.province || u.city",
    "join_date": "u.join_date",
    "member_no": "u.member_no",
    "contacts": "(SELECT count(*) FROM contacts c WHERE c.unit_id = u.id AND c.deleted_at IS NULL)",
}

CONTACT_SORTS = {
    "name": "c.sort_key",
    "unit": "u.sort_key",
    "position": "c.position",
    "title": "c.title",
    "mobile": "c.mobile",
    "office_phone": "c.office_phone",
    "email": "c.email",
    "is_primary": "c.is_primary",
}


def unit_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool) -> list[int]:
    clauses = ["u.deleted_at IS NULL"]
    params: list[Any] = []
    if where.get("pattern"):
        clauses.append("u.search_text LIKE ? ESCAPE '\\'")
        params.append(where["pattern"])
    for column in ("level", "unit_type", "status", "province", "city"):
        if where.get(column):
            clauses.append(f"u.{column} = ?")
            params.append(where[column])
    if where.get("committee_id"):
        clauses.append("u.id IN (SELECT unit_id FROM unit_committees WHERE committee_id = ?)")
        params.append(where["committee_id"])
    order = UNIT_SORTS.get(sort, UNIT_SORTS["name"])
    scan = "NOT INDEXED" if where.get("pattern") else ""  # see contact_ids
    direction = "DESC" if descending else "ASC"
    tie = "" if order.endswith("u.sort_key") else f", u.sort_key {direction}"
    sql = (f"SELECT u.id FROM units u {scan} WHERE {' AND '.join(clauses)} "
           f"ORDER BY {order} {direction}{tie}, u.id {direction}")
    return [r[0] for r in conn.execute(sql, params)]


def unit_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT u.id, u.name, u.short_name, u.credit_code, u.level, u.unit_type, u.status, u.province, u.city, "
        "u.join_date, u.member_no, "
        "(SELECT c.name FROM contacts c WHERE c.unit_id = u.id AND c.is_primary = 1 AND c.deleted_at IS NULL) "
        "  AS primary_contact, "
        "(SELECT count(*) FROM contacts c WHERE c.unit_id = u.id AND c.deleted_at IS NULL) AS contact_count, "
        "(SELECT group_concat(m.name, '、') FROM (SELECT m.name FROM unit_committees uc "
        "  JOIN committees m ON m.id = uc.committee_id WHERE uc.unit_id = u.id ORDER BY m.position) m) "
        "  AS committees "
        "FROM units u WHERE u.id IN ({ids})"), ids)


def contact_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool) -> list[int]:
    # Contacts of deleted units are hidden. The units table is joined only when a
    # filter or the sort needs it: a join over 60,000 contacts costs more than the
    # whole filter otherwise. With a text filter the table is scanned in order
    # (NOT INDEXED keeps SQLite from walking the sort index and reading rows at
    # random, which is four times slower), then the matches are sorted.
    clauses = ["c.deleted_at IS NULL", "c.unit_id NOT IN (SELECT id FROM units WHERE deleted_at IS NOT NULL)"]
    params: list[Any] = []
    join = ""
    if where.get("pattern"):
        clauses.append("c.search_text LIKE ? ESCAPE '\\'")
        params.append(where["pattern"])
    if where.get("unit_id"):
        clauses.append("c.unit_id = ?")
        params.append(where["unit_id"])
    if where.get("primary_only"):
        clauses.append("c.is_primary = 1")
    if where.get("level"):
        clauses.append("c.unit_id IN (SELECT id FROM units WHERE level = ?)")
        params.append(where["level"])
    if where.get("committee_id"):
        clauses.append("c.unit_id IN (SELECT unit_id FROM unit_committees WHERE committee_id = ?)")
        params.append(where["committee_id"])
    if sort == "unit":
        join = "JOIN units u ON u.id = c.unit_id"
    order = CONTACT_SORTS.get(sort, CONTACT_SORTS["name"])
    scan = "NOT INDEXED" if where.get("pattern") else ""
    direction = "DESC" if descending else "ASC"
    tie = "" if order.endswith("c.sort_key") else f", c.sort_key {direction}"
    sql = (f"SELECT c.id FROM contacts c {scan} {join} WHERE {' AND '.join(clauses)} "
           f"ORDER BY {order} {direction}{tie}, c.id {direction}")
    return [r[0] for r in conn.execute(sql, params)]


def contact_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT c.id, c.unit_id, c.name, c.gender, c.position, c.title, c.mobile, c.office_phone, c.email, "
        "c.is_primary, u.name AS unit_name FROM contacts c JOIN units u ON u.id = c.unit_id "
        "WHERE c.id IN ({ids})"), ids)


def regions(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT province FROM units WHERE deleted_at IS NULL AND province != '' ORDER BY province")]


def units_for_export(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM units WHERE deleted_at IS NULL ORDER BY sort_key, id").fetchall()


def contacts_for_export(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM contacts WHERE deleted_at IS NULL ORDER BY unit_id, is_primary DESC, id"
                        ).fetchall()


def unit_names(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL ORDER BY sort_key, id").fetchall()
