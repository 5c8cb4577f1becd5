"""SQL behind the dashboard's charts and the search across every kind of record.

Every count reads rows in use only (``deleted_at IS NULL``); the member counts walk
the narrow index ``units_overview`` (migration "overview"), not the table.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from core.storage import records, search_index

_UNIT_GROUPS = {"level": "level", "unit_type": "unit_type", "province": "province"}


def active_units_by(conn: sqlite3.Connection, column: str) -> list[tuple[str, int]]:
    """(value, count) of active units grouped by ``column`` (level, unit_type, province)."""
    col = _UNIT_GROUPS[column]
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT {col}, count(*) FROM units INDEXED BY units_overview WHERE deleted_at IS NULL "
        f"AND status = 'active' GROUP BY {col}")]


def joins_by_year(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(year, units that joined that year), every unit in use whatever its status."""
    return [(int(r[0]), r[1]) for r in conn.execute(
        "SELECT substr(join_date, 1, 4) AS y, count(*) FROM units INDEXED BY units_overview "
        "WHERE deleted_at IS NULL AND join_date IS NOT NULL AND join_date != '' GROUP BY y") if r[0] and r[0].isdigit()]


def departures_by_year(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(year, units whose status became "left" that year), units in use."""
    return [(int(r[0]), r[1]) for r in conn.execute(
        "SELECT substr(changed_on, 1, 4) AS y, count(DISTINCT unit_id) FROM unit_history "
        "WHERE field = 'status' AND new_value = 'left' "
        "AND unit_id NOT IN (SELECT id FROM units WHERE deleted_at IS NOT NULL) GROUP BY y") if r[0] and r[0].isdigit()]


def notices_by_year_status(conn: sqlite3.Connection) -> list[tuple[int | None, str, int]]:
    """(year or None when undated, status, count) of notices in use; the year as the
    notice list's year filter reads it (its number's year, else its date's)."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT coalesce(year, CAST(substr(doc_date, 1, 4) AS INTEGER)) AS y, status, count(*) FROM notices "
        "INDEXED BY notices_overview WHERE deleted_at IS NULL GROUP BY y, status")]


def meetings_by_month(conn: sqlite3.Connection, today: str) -> list[tuple[str | None, int, int, int]]:
    """(YYYY-MM or None when undated, meetings in use, member invitees and those present or
    observing at the meetings held up to ``today``) per month. Guests are not counted."""
    return [(r[0] or None, r[1], r[2] or 0, r[3] or 0) for r in conn.execute(
        "SELECT substr(m.meeting_date, 1, 7) AS ym, count(*), "
        "sum(CASE WHEN m.meeting_date <= ?1 THEN (SELECT count(*) FROM meeting_attendees a "
        "    WHERE a.meeting_id = m.id AND a.is_guest = 0) END), "
        "sum(CASE WHEN m.meeting_date <= ?1 THEN (SELECT count(*) FROM meeting_attendees a "
        "    WHERE a.meeting_id = m.id AND a.is_guest = 0 AND a.status IN ('present', 'observer')) END) "
        "FROM meetings m WHERE m.deleted_at IS NULL GROUP BY ym", (today,))]


def action_items_by_state(conn: sqlite3.Connection, today: str) -> dict[str, int]:
    """Action items of meetings in use: ``overdue`` (open, due before ``today``), ``open``
    (the other open ones), ``done``, ``dropped``."""
    counts = {"overdue": 0, "open": 0, "done": 0, "dropped": 0}
    for state, n in conn.execute(
            "SELECT CASE WHEN t.status = 'open' AND t.due_date < ? THEN 'overdue' ELSE t.status END AS s, "
            "count(*) FROM action_items t JOIN meetings m ON m.id = t.meeting_id WHERE m.deleted_at IS NULL "
            "GROUP BY s", (today,)):
        counts[state] = n
    return counts


def nominations_by_state(conn: sqlite3.Connection) -> dict[str, int]:
    """Nominations and applications of calls in use, by review state."""
    return dict(conn.execute(
        "SELECT n.state, count(*) FROM nominations n JOIN calls c ON c.id = n.call_id "
        "WHERE n.deleted_at IS NULL AND c.deleted_at IS NULL GROUP BY n.state").fetchall())


def experts_by_side(conn: sqlite3.Connection) -> dict[str, int]:
    """The expert pool (in use) by side: government, industry, academia, research, users, capital."""
    return dict(conn.execute("SELECT side, count(*) FROM experts WHERE deleted_at IS NULL GROUP BY side").fetchall())


# ---- search across kinds -----------------------------------------------------------------------

# the rows a search may list, per indexed table (alias t)
_LIVE = {
    "units": "t.deleted_at IS NULL",
    "contacts": "t.deleted_at IS NULL AND t.unit_id NOT IN (SELECT id FROM units WHERE deleted_at IS NOT NULL)",
    "notices": "t.deleted_at IS NULL",
    "meetings": "t.deleted_at IS NULL",
    "action_items": "t.meeting_id NOT IN (SELECT id FROM meetings WHERE deleted_at IS NOT NULL)",
    "nominations": "t.deleted_at IS NULL AND t.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)",
    "experts": "t.deleted_at IS NULL",
    "standards_members": "t.deleted_at IS NULL",
}


def _matching(conn: sqlite3.Connection, table: str, form: str) -> tuple[str, list[Any]]:
    """(FROM ... WHERE ..., params) of the live rows of ``table`` whose document contains ``form``
    (a long query reads only the trigram lists worth reading: search_index.index_source)."""
    live = _LIVE[table]
    if not search_index.is_indexed_query(form):  # one punctuation mark: read the rows
        return f"FROM {table} t WHERE {live} AND {search_index.contains_sql('t')}", [form]
    fts, query = search_index.index_source(table, form, conn)
    confirm = f" AND {search_index.contains_sql('t')}" if search_index.needs_confirming(form) else ""
    record = search_index.id_sql(table, fts)
    return (f"FROM {fts} JOIN {table} t ON t.id = {record} WHERE {fts} MATCH ? AND {live}{confirm}",
            [query, *([form] if confirm else [])])


def matching_ids(conn: sqlite3.Connection, table: str, form: str, limit: int) -> list[int]:
    """Up to ``limit`` ids of live rows matching ``form``, in the index's order (their number is
    the count the search shows; the first few are the candidates it ranks)."""
    body, params = _matching(conn, table, form)
    return [r[0] for r in conn.execute(f"SELECT t.id {body} LIMIT ?", [*params, limit]).fetchall()]


def unit_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT id, name, short_name, level, province, city, status, sort_key "
                                      "FROM units WHERE id IN ({ids})", ids)


def contact_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT c.id, c.name, c.position, c.sort_key, u.name AS unit_name, "
                                      "u.short_name AS unit_short_name FROM contacts c JOIN units u "
                                      "ON u.id = c.unit_id WHERE c.id IN ({ids})", ids)


def notice_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT id, title, status, prefix, year, serial, doc_date, sort_key "
                                      "FROM notices WHERE id IN ({ids})", ids)


def notice_bodies(conn: sqlite3.Connection, ids: list[int]) -> dict[int, str]:
    return {r[0]: r[1] for r in records.fetch_by_ids(conn, "SELECT id, body FROM notices WHERE id IN ({ids})", ids)}


def meeting_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT id, title, kind, meeting_date, place, sort_key "
                                      "FROM meetings WHERE id IN ({ids})", ids)


def action_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT t.id, t.text, t.person, t.unit_name, t.due_date, t.status, "
                                      "t.meeting_id, m.title AS meeting_title FROM action_items t "
                                      "JOIN meetings m ON m.id = t.meeting_id WHERE t.id IN ({ids})", ids)


def nomination_hits(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    """What a hit shows of a nomination: never its mobile or ID number."""
    return records.fetch_by_ids(conn, "SELECT t.id, t.kind, t.name, t.work_unit, t.nominating_unit, t.state, "
                                      "t.received_on, t.sort_key, c.title AS call_title FROM nominations t "
                                      "JOIN calls c ON c.id = t.call_id WHERE t.id IN ({ids})", ids)


_PERSON_DETAIL = {"experts": "side, fields AS detail", "standards_members": "'' AS side, specialty AS detail"}


def person_hits(conn: sqlite3.Connection, table: str, ids: list[int]) -> list[sqlite3.Row]:
    """What a hit shows of someone in the expert pool or the standards roster: never their mobile
    or ID number."""
    columns = _PERSON_DETAIL[table]
    return records.fetch_by_ids(conn, f"SELECT id, name, work_unit, title, position, {columns}, sort_key "
                                      f"FROM {table} WHERE id IN ({{ids}})", ids)


# ---- saved searches ----------------------------------------------------------------------------

def saved_searches(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name, view, filter FROM saved_searches WHERE deleted_at IS NULL "
                        "ORDER BY position, id").fetchall()


def saved_search(conn: sqlite3.Connection, search_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM saved_searches WHERE id = ?", (search_id,)).fetchone()


def saved_search_named(conn: sqlite3.Connection, name: str, exclude_id: int | None = None) -> sqlite3.Row | None:
    return conn.execute("SELECT id FROM saved_searches WHERE name = ? AND deleted_at IS NULL AND id IS NOT ?",
                        (name, exclude_id)).fetchone()


def insert_saved_search(conn: sqlite3.Connection, name: str, view: str, filter_json: str) -> int:
    position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM saved_searches").fetchone()[0]
    stamp = records.now()
    return records.insert(conn, "saved_searches", {"name": name, "view": view, "filter": filter_json,
                                                   "position": position, "created_at": stamp, "updated_at": stamp})


def update_saved_search(conn: sqlite3.Connection, search_id: int, values: dict[str, Any]) -> None:
    records.update(conn, "saved_searches", search_id, {**values, "updated_at": records.now()})


def deleted_saved_searches(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name, deleted_at FROM saved_searches WHERE deleted_at IS NOT NULL "
                        "ORDER BY deleted_at DESC").fetchall()
