"""SQL behind the member-unit and contact lists: filter, count, sort, a page at a time.

A list asks for its count (up to a cap) and then for the ids of the rows it shows,
``LIMIT``/``OFFSET`` over an index, so nothing reads a whole table. A text filter
is answered from the search index (core.storage.search_index):

* ``sparse`` (up to some thousands of candidates, counted from the index alone): the
  candidates drive the query, each is looked up in a narrow index of the rows in use
  by id (``units_live_by_id``: id, sort key; no wide row is read) or, when the index
  gives a superset, read and confirmed; the matches are sorted;
* ``dense`` (more): the list walks its sort index and keeps the ids the search
  index lists, stopping when the page is full; the count stops at a cap.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from core.storage import records, search_index

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

# the narrow index of each list's rows in use, by id (migration 10, _v10_listing_by_id)
BY_ID = {"units": "units_live_by_id", "contacts": "contacts_live_by_id"}


def _text_clause(conn: Any, table: str, alias: str, where: dict[str, Any], dense: bool | str
                 ) -> tuple[str, str, str, list[Any]]:
    """(join, index hint, condition, condition params) of the text filter, if any.

    Sparse: the index's candidates drive the query (join), each looked up in the narrow
    index by id (the hint), or read when it must be confirmed. Dense: the list walks its
    sort index and keeps the ids the index lists (an ``IN`` set, read from the index
    only). "walk": the rows walked are confirmed one by one."""
    form = where.get("form")
    if not form:
        return "", "", "", []
    if not search_index.is_indexed_query(form):
        return "", "", search_index.contains_sql(alias), [form]
    fts, query = search_index.index_source(table, form, conn)
    confirm, confirm_params = "", []
    if search_index.needs_confirming(form):
        confirm, confirm_params = f" AND {search_index.contains_sql(alias)}", [form]
    if dense == "walk":  # very many candidates: reading each row walked is cheaper than collecting them
        return "", "", search_index.contains_sql(alias), [form]
    record = search_index.id_sql(table, fts)
    if dense:
        return "", "", f"{alias}.id IN (SELECT {record} FROM {fts} WHERE {fts} MATCH ?){confirm}", \
            [query, *confirm_params]
    hint = "" if confirm else f" INDEXED BY {BY_ID[table]}"
    return f"{fts} JOIN ", hint, f"{fts} MATCH ? AND {alias}.id = {record}{confirm}", [query, *confirm_params]


def max_id(conn: sqlite3.Connection, table: str) -> int:
    assert table in ("units", "contacts")
    return conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


def indexed_text(where: dict[str, Any]) -> bool:
    """Whether the filter has a text the search index answers."""
    form = where.get("form")
    return bool(form) and search_index.is_indexed_query(form)


def needs_confirming(where: dict[str, Any]) -> bool:
    """Whether the text filter's candidates must each be read and confirmed."""
    form = where.get("form")
    return bool(form) and search_index.is_indexed_query(form) and search_index.needs_confirming(form)


def candidate_count(conn: sqlite3.Connection, table: str, where: dict[str, Any], cap: int | None = None
                    ) -> int | None:
    """How many rows the search index lists for the text filter (no row read; counting no
    further than ``cap + 1``), or None."""
    form = where.get("form")
    if not form or not search_index.is_indexed_query(form):
        return None
    return search_index.candidate_count(conn, table, form, cap)


def _unit_filter(conn: Any, where: dict[str, Any], dense: bool | str) -> tuple[str, list[Any]]:
    join, hint, text, text_params = _text_clause(conn, "units", "u", where, dense)
    params: list[Any] = []
    clauses = ["u.deleted_at IS NULL"]
    if text:
        clauses.append(text)
        params += text_params
    if where.get("ids") is not None:  # these ids only (matches found already, to be sorted)
        clauses.append("u.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(where["ids"]))
    for column in ("level", "unit_type", "status", "province", "city"):
        if where.get(column):
            clauses.append(f"u.{column} = ?")
            params.append(where[column])
    if where.get("committee_id"):
        clauses.append("u.id IN (SELECT unit_id FROM unit_committees WHERE committee_id = ?)")
        params.append(where["committee_id"])
    if where.get("join_year"):
        clauses.append("u.join_date >= ? AND u.join_date < ?")
        params += [f"{int(where['join_year']):04d}", f"{int(where['join_year']) + 1:04d}"]
    if where.get("left_year"):
        clauses.append("u.id IN (SELECT unit_id FROM unit_history WHERE field = 'status' AND new_value = 'left' "
                       "AND changed_on >= ? AND changed_on < ?)")
        params += [f"{int(where['left_year']):04d}", f"{int(where['left_year']) + 1:04d}"]
    return f"FROM {join}units u{hint} WHERE {' AND '.join(clauses)}", params


def first_matches(conn: sqlite3.Connection, table: str, where: dict[str, Any], limit: int) -> list[int]:
    """Ids of up to ``limit`` matching rows, in no order (the candidates drive the query)."""
    if table == "units":
        body, params = _unit_filter(conn, where, dense=False)
        sql = f"SELECT u.id {body} LIMIT ?"
    else:
        body, params = _contact_filter(conn, where, "", dense=False)
        sql = f"SELECT c.id {body} LIMIT ?"
    return [r[0] for r in conn.execute(sql, [*params, limit])]


def unit_count(conn: sqlite3.Connection, where: dict[str, Any], cap: int | None = None) -> int:
    """How many units match, counting no further than ``cap + 1``."""
    body, params = _unit_filter(conn, where, dense=False)
    if cap is None:
        return conn.execute(f"SELECT count(*) {body}", params).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 {body} LIMIT ?)", [*params, cap + 1]).fetchone()[0]


def unit_page(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool, offset: int = 0,
              limit: int = -1, dense: bool | str = False) -> list[int]:
    """Ids of matching units in display order, from ``offset`` (``limit`` -1: all)."""
    body, params = _unit_filter(conn, where, dense)
    order = UNIT_SORTS.get(sort, UNIT_SORTS["name"])
    direction = "DESC" if descending else "ASC"
    tie = "" if order.endswith("u.sort_key") else f", u.sort_key {direction}"
    sql = f"SELECT u.id {body} ORDER BY {order} {direction}{tie}, u.id {direction} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [*params, limit, offset])]


def name_order_page(conn: sqlite3.Connection, table: str, where: dict[str, Any], descending: bool, offset: int,
                    limit: int) -> list[int]:
    """Ids of matching rows in name order (``limit`` > 0), from a text filter's candidates as the
    search index lists them, bucket by bucket in name order (core.storage.search_index): the
    matches are read up to the ``offset + limit``-th and to the end of its bucket (nothing after
    it can sort before it), then sorted by (sort key, id); the other candidates are never read."""
    assert limit > 0 and table in ("units", "contacts")
    if table == "units":
        body, params = _unit_filter(conn, where, dense=False)
        alias = "u"
    else:
        body, params = _contact_filter(conn, where, "", dense=False)
        alias = "c"
    fts, _query = search_index.index_source(table, where["form"], conn)
    direction, after = ("DESC", "<") if descending else ("ASC", ">")
    wanted = offset + limit
    select = f"SELECT {fts}.rowid, {alias}.sort_key, {alias}.id {body}"
    rows = conn.execute(f"{select} ORDER BY {fts}.rowid {direction} LIMIT ?", [*params, wanted]).fetchall()
    if len(rows) == wanted:  # the rest of the last one's bucket
        bound = search_index.bucket_bound(table, rows[-1][0], descending)
        rows += conn.execute(f"{select} AND {fts}.rowid {after} ? AND {fts}.rowid {'>=' if descending else '<'} ?",
                             [*params, rows[-1][0], bound]).fetchall()
    rows.sort(key=lambda r: (r[1], r[2]), reverse=descending)
    return [r[2] for r in rows[offset:wanted]]


def unit_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool) -> list[int]:
    return unit_page(conn, where, sort, descending)


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


def _contact_filter(conn: Any, where: dict[str, Any], sort: str, dense: bool | str, counting: bool = False
                    ) -> tuple[str, list[Any]]:
    # Contacts of deleted units are hidden. The units table is joined only when the
    # sort needs it. A count without text walks the narrow index of contacts in use.
    join, hint, text, text_params = _text_clause(conn, "contacts", "c", where, dense)
    params: list[Any] = []
    narrow = " INDEXED BY contacts_live" if counting and not text else hint
    clauses = ["c.deleted_at IS NULL",
               "c.unit_id NOT IN (SELECT id FROM units WHERE deleted_at IS NOT NULL)"]
    if text:
        clauses.append(text)
        params += text_params
    if where.get("ids") is not None:
        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(where["ids"]))
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
    unit_join = " JOIN units u ON u.id = c.unit_id" if sort == "unit" else ""
    return f"FROM {join}contacts c{narrow}{unit_join} WHERE {' AND '.join(clauses)}", params


def contact_count(conn: sqlite3.Connection, where: dict[str, Any], cap: int | None = None) -> int:
    """How many contacts match, counting no further than ``cap + 1``."""
    if not any(where.values()):  # every contact in use: a plain count, less those of deleted units
        return conn.execute(
            "SELECT (SELECT count(*) FROM contacts INDEXED BY contacts_live WHERE deleted_at IS NULL) - "
            "(SELECT count(*) FROM contacts WHERE deleted_at IS NULL "
            "AND unit_id IN (SELECT id FROM units WHERE deleted_at IS NOT NULL))").fetchone()[0]
    body, params = _contact_filter(conn, where, "", dense=False, counting=True)
    if cap is None:
        return conn.execute(f"SELECT count(*) {body}", params).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 {body} LIMIT ?)", [*params, cap + 1]).fetchone()[0]


def contact_page(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool, offset: int = 0,
                 limit: int = -1, dense: bool | str = False) -> list[int]:
    body, params = _contact_filter(conn, where, sort, dense)
    order = CONTACT_SORTS.get(sort, CONTACT_SORTS["name"])
    direction = "DESC" if descending else "ASC"
    tie = "" if order.endswith("c.sort_key") else f", c.sort_key {direction}"
    sql = f"SELECT c.id {body} ORDER BY {order} {direction}{tie}, c.id {direction} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [*params, limit, offset])]


def contact_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str, descending: bool) -> list[int]:
    return contact_page(conn, where, sort, descending)


def contact_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT c.id, c.unit_id, c.name, c.gender, c.position, c.title, c.mobile, c.office_phone, c.email, "
        "c.is_primary, u.name AS unit_name FROM contacts c JOIN units u ON u.id = c.unit_id "
        "WHERE c.id IN ({ids})"), ids)


def regions(conn: sqlite3.Connection) -> list[str]:
    """The provinces in use, in order: one index seek per province (units_by_province),
    not a walk over every unit."""
    return [r[0] for r in conn.execute(
        "WITH RECURSIVE p(v) AS (SELECT (SELECT min(province) FROM units WHERE deleted_at IS NULL "
        "AND province > '') UNION ALL SELECT (SELECT min(province) FROM units WHERE deleted_at IS NULL "
        "AND province > p.v) FROM p WHERE p.v IS NOT NULL) SELECT v FROM p WHERE v IS NOT NULL")]


def committee_names(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name FROM committees ORDER BY position, id").fetchall()


def units_for_export(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM units WHERE deleted_at IS NULL ORDER BY sort_key, id").fetchall()


def contacts_for_export(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM contacts WHERE deleted_at IS NULL ORDER BY unit_id, is_primary DESC, id"
                        ).fetchall()


def unit_names(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL ORDER BY sort_key, id").fetchall()
