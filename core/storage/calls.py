"""SQL of calls for nominations, nominations and applications, their reviews, the expert
pool and the standards group roster (core.calls services call these)."""

from __future__ import annotations

import sqlite3
from typing import Any

from core.storage import records, search_index

TABLES = ("calls", "nominations", "experts", "standards_members")
# owner table -> (link table, owner column)
LINKS = {"calls": ("call_committees", "call_id"), "experts": ("expert_committees", "expert_id"),
         "standards_members": ("standards_member_committees", "member_id")}

CALL_COLUMNS = ("kind", "title", "notice_id", "opened_on", "deadline", "form_kind", "sides", "notes")
NOMINATION_COLUMNS = ("call_id", "kind", "name", "gender", "id_number", "mobile", "email", "credit_code",
                      "work_unit", "side", "fields", "committees", "nominating_unit_id", "nominating_unit",
                      "form_values", "received_on", "notes")
EXPERT_COLUMNS = ("name", "gender", "side", "fields", "title", "position", "work_unit", "unit_id", "mobile",
                  "email", "id_number", "term_start", "term_end", "nomination_id", "notes")
STANDARDS_COLUMNS = ("name", "gender", "work_unit", "unit_id", "position", "title", "specialty", "mobile",
                     "email", "id_number", "term_start", "term_end", "nomination_id", "notes")


def _table(table: str) -> str:
    assert table in TABLES, table
    return table


def get(conn: sqlite3.Connection, table: str, row_id: int) -> sqlite3.Row | None:
    return conn.execute(f"SELECT * FROM {_table(table)} WHERE id = ?", (row_id,)).fetchone()


def insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, _table(table), {**values, "created_at": stamp, "updated_at": stamp})


def update(conn: sqlite3.Connection, table: str, row_id: int, values: dict[str, Any]) -> None:
    records.update(conn, _table(table), row_id, {**values, "updated_at": records.now()})


def committee_ids(conn: sqlite3.Connection, table: str, owner_id: int) -> list[int]:
    link, column = LINKS[table]
    return [r[0] for r in conn.execute(f"SELECT committee_id FROM {link} WHERE {column} = ? ORDER BY committee_id",
                                       (owner_id,))]


def set_committees(conn: sqlite3.Connection, table: str, owner_id: int, ids: list[int]) -> None:
    """Exactly ``ids``, touching only what changes (the history shows what was added or removed)."""
    link, column = LINKS[table]
    wanted, have = set(ids), set(committee_ids(conn, table, owner_id))
    conn.executemany(f"DELETE FROM {link} WHERE {column} = ? AND committee_id = ?",
                     [(owner_id, c) for c in sorted(have - wanted)])
    conn.executemany(f"INSERT INTO {link} ({column}, committee_id) VALUES (?, ?)",
                     [(owner_id, c) for c in sorted(wanted - have)])


def committee_names(conn: sqlite3.Connection, table: str, owner_id: int) -> list[str]:
    link, column = LINKS[table]
    return [r[0] for r in conn.execute(f"SELECT m.name FROM {link} l JOIN committees m ON m.id = l.committee_id "
                                       f"WHERE l.{column} = ? ORDER BY m.position", (owner_id,))]


def committees(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, code, name FROM committees ORDER BY position, id").fetchall()


def set_search_text(conn: sqlite3.Connection, table: str, row_id: int, text: str) -> None:
    conn.execute(f"UPDATE {_table(table)} SET search_text = ? WHERE id = ? AND search_text IS NOT ?",
                 (text, row_id, text))


# ---- review ------------------------------------------------------------------------------------

def set_state(conn: sqlite3.Connection, nomination_id: int, values: dict[str, Any]) -> None:
    update(conn, "nominations", nomination_id, values)


def add_review(conn: sqlite3.Connection, nomination_id: int, on_date: str, from_state: str, to_state: str,
               reason: str, reviewer_notes: str, decision_ref: str) -> int:
    return records.insert(conn, "nomination_reviews", {
        "nomination_id": nomination_id, "on_date": on_date, "from_state": from_state, "to_state": to_state,
        "reason": reason, "reviewer_notes": reviewer_notes, "decision_ref": decision_ref,
        "recorded_at": records.now()})


def reviews(conn: sqlite3.Connection, nomination_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM nomination_reviews WHERE nomination_id = ? ORDER BY id",
                        (nomination_id,)).fetchall()


# ---- duplicates ---------------------------------------------------------------------------------

def same_person(conn: sqlite3.Connection, table: str, name: str, mobile: str, email: str, id_number: str,
                kind: str | None = None, exclude_id: int | None = None) -> list[sqlite3.Row]:
    """Live rows with the same name and the same mobile, e-mail or ID number (empty never matches)."""
    extra, params = "", [name, mobile, email, id_number, exclude_id]
    if table == "nominations":
        extra = " AND kind = ? AND state != 'rejected'"
        params.append(kind)
    return conn.execute(
        f"SELECT id, name, work_unit FROM {_table(table)} WHERE deleted_at IS NULL AND name = ? AND ("
        "(mobile != '' AND mobile = ?) OR (email != '' AND lower(email) = lower(?)) OR "
        "(id_number != '' AND id_number = ?)) AND id IS NOT ?" + extra, params).fetchall()


def nominations_with_credit_code(conn: sqlite3.Connection, code: str, exclude_id: int | None = None
                                 ) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name, work_unit FROM nominations WHERE deleted_at IS NULL AND kind = 'membership' "
                        "AND state != 'rejected' AND credit_code = ? AND id IS NOT ?", (code, exclude_id)).fetchall()


def unit_by_name(conn: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL AND (name = ? OR short_name = ?) "
                        "ORDER BY name = ? DESC, id LIMIT 1", (name, name, name)).fetchone()


def unit_by_credit_code(conn: sqlite3.Connection, code: str) -> sqlite3.Row | None:
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL AND credit_code = ?", (code,)).fetchone()


# ---- lists ----------------------------------------------------------------------------------------

def _text(table: str, alias: str, form: str | None) -> tuple[list[str], list[Any]]:
    if not form:
        return [], []
    clauses, params = [search_index.contains_sql(alias)], [form]
    if search_index.is_indexed_query(form):
        fts, query = search_index.index_source(table, form)
        clauses.append(f"{alias}.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")
        params.append(query)
    return clauses, params


def call_ids(conn: sqlite3.Connection, form: str | None, kind: str | None) -> list[int]:
    clauses, params = _text("calls", "c", form)
    clauses.insert(0, "c.deleted_at IS NULL")
    if kind:
        clauses.append("c.kind = ?")
        params.append(kind)
    return [r[0] for r in conn.execute(f"SELECT c.id FROM calls c WHERE {' AND '.join(clauses)} "
                                       "ORDER BY coalesce(c.deadline, c.created_at) DESC, c.id DESC", params)]


def call_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT c.*, n.title AS notice_title, n.prefix, n.year, n.serial, "
        "(SELECT count(*) FROM nominations m WHERE m.call_id = c.id AND m.deleted_at IS NULL) AS received, "
        "(SELECT count(*) FROM nominations m WHERE m.call_id = c.id AND m.deleted_at IS NULL "
        " AND m.state = 'approved') AS approved, "
        "(SELECT group_concat(name, '、') FROM (SELECT m.name FROM call_committees cc JOIN committees m "
        " ON m.id = cc.committee_id WHERE cc.call_id = c.id ORDER BY m.position)) AS committee_names "
        "FROM calls c LEFT JOIN notices n ON n.id = c.notice_id WHERE c.id IN ({ids})"), ids)


NOMINATION_SORTS = {"name": "m.sort_key", "state": "m.state", "received_on": "m.received_on",
                    "unit": "m.nominating_unit", "side": "m.side", "call": "m.call_id"}


def nomination_ids(conn: sqlite3.Connection, where: dict[str, Any], sort: str = "received_on",
                   descending: bool = False) -> list[int]:
    clauses, params = _text("nominations", "m", where.get("form"))
    clauses.insert(0, "m.deleted_at IS NULL")
    for column in ("call_id", "kind", "state", "side", "nominating_unit_id"):
        if where.get(column):
            clauses.append(f"m.{column} = ?")
            params.append(where[column])
    order = NOMINATION_SORTS.get(sort, NOMINATION_SORTS["received_on"])
    direction = "DESC" if descending else "ASC"
    return [r[0] for r in conn.execute(
        f"SELECT m.id FROM nominations m WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order} {direction}, m.sort_key {direction}, m.id {direction}", params)]


def nomination_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT m.*, c.title AS call_title, b.name AS scan_name, b.size AS scan_size FROM nominations m "
        "JOIN calls c ON c.id = m.call_id LEFT JOIN blobs b ON b.id = m.scan_blob_id WHERE m.id IN ({ids})"), ids)


POOL_SORTS = {"name": "p.sort_key", "unit": "p.work_unit", "term_end": "p.term_end", "term_start": "p.term_start",
              "side": "p.side"}


def pool_ids(conn: sqlite3.Connection, table: str, where: dict[str, Any], sort: str = "name",
             descending: bool = False) -> list[int]:
    """Ids of the expert pool (``experts``) or the roster (``standards_members``) matching ``where``:
    form (search), side, committee_id, field (part of the fields or specialty), unit_id, unit (part of
    the unit's name), expiring_by (term ends on or before this date)."""
    assert table in ("experts", "standards_members")
    link, owner = LINKS[table]
    clauses, params = _text(table, "p", where.get("form"))
    clauses.insert(0, "p.deleted_at IS NULL")
    if where.get("side") and table == "experts":
        clauses.append("p.side = ?")
        params.append(where["side"])
    if where.get("committee_id"):
        clauses.append(f"p.id IN (SELECT {owner} FROM {link} WHERE committee_id = ?)")
        params.append(where["committee_id"])
    if where.get("field"):
        clauses.append("instr(" + ("p.fields" if table == "experts" else "p.specialty") + ", ?) > 0")
        params.append(where["field"])
    if where.get("unit_id"):
        clauses.append("p.unit_id = ?")
        params.append(where["unit_id"])
    if where.get("unit"):
        clauses.append("instr(p.work_unit, ?) > 0")
        params.append(where["unit"])
    if where.get("expiring_by"):
        clauses.append("p.term_end IS NOT NULL AND p.term_end <= ?")
        params.append(where["expiring_by"])
    order = POOL_SORTS.get(sort, "p.sort_key")
    if order == "p.side" and table != "experts":
        order = "p.sort_key"
    if order == "p.side":
        order = ("CASE p.side WHEN 'government' THEN 0 WHEN 'industry' THEN 1 WHEN 'academia' THEN 2 "
                 "WHEN 'research' THEN 3 WHEN 'user' THEN 4 ELSE 5 END")
    direction = "DESC" if descending else "ASC"
    return [r[0] for r in conn.execute(
        f"SELECT p.id FROM {table} p WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order} {direction}, p.sort_key {direction}, p.id {direction}", params)]


def pool_rows(conn: sqlite3.Connection, table: str, ids: list[int]) -> list[sqlite3.Row]:
    assert table in ("experts", "standards_members")
    link, owner = LINKS[table]
    return records.fetch_by_ids(conn, (
        f"SELECT p.*, (SELECT group_concat(name, '、') FROM (SELECT m.name FROM {link} l JOIN committees m "
        f"ON m.id = l.committee_id WHERE l.{owner} = p.id ORDER BY m.position)) AS committee_names "
        f"FROM {table} p WHERE p.id IN ({{ids}})"), ids)


# ---- the live count of a call ----------------------------------------------------------------------

def state_counts(conn: sqlite3.Connection, call_id: int) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute(
        "SELECT state, count(*) FROM nominations WHERE call_id = ? AND deleted_at IS NULL GROUP BY state",
        (call_id,))}


def answering_units(conn: sqlite3.Connection, call_id: int) -> list[sqlite3.Row]:
    """Units that sent something: (unit_id or NULL, name as written or the unit's name, count)."""
    return conn.execute(
        "SELECT m.nominating_unit_id AS unit_id, coalesce(u.name, m.nominating_unit) AS name, count(*) AS n "
        "FROM nominations m LEFT JOIN units u ON u.id = m.nominating_unit_id "
        "WHERE m.call_id = ? AND m.deleted_at IS NULL GROUP BY m.nominating_unit_id, "
        "CASE WHEN m.nominating_unit_id IS NULL THEN m.nominating_unit END ORDER BY n DESC, name",
        (call_id,)).fetchall()


def targeted_units(conn: sqlite3.Connection, call_id: int) -> list[sqlite3.Row]:
    """Active member units the call is addressed to: those of its committees, or every active unit."""
    has = conn.execute("SELECT 1 FROM call_committees WHERE call_id = ? LIMIT 1", (call_id,)).fetchone()
    if has:
        return conn.execute(
            "SELECT u.id, u.name FROM units u WHERE u.deleted_at IS NULL AND u.status = 'active' AND u.id IN "
            "(SELECT uc.unit_id FROM unit_committees uc JOIN call_committees cc ON cc.committee_id = "
            "uc.committee_id WHERE cc.call_id = ?) ORDER BY u.sort_key, u.id", (call_id,)).fetchall()
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL AND status = 'active' "
                        "ORDER BY sort_key, id").fetchall()


def notice_choices(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, title, prefix, year, serial FROM notices WHERE deleted_at IS NULL "
                        "ORDER BY coalesce(doc_date, created_at) DESC, id DESC").fetchall()


def notice_form_kinds(conn: sqlite3.Connection, notice_id: int) -> list[str]:
    """The forms of the live calls a notice announces, each once, in the order the calls were made."""
    return [r[0] for r in conn.execute("SELECT form_kind FROM calls WHERE deleted_at IS NULL AND notice_id = ? "
                                       "GROUP BY form_kind ORDER BY min(id)", (notice_id,))]


def call_choices(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, title, kind FROM calls WHERE deleted_at IS NULL "
                        "ORDER BY coalesce(deadline, created_at) DESC, id DESC").fetchall()


def deleted(conn: sqlite3.Connection, table: str) -> list[sqlite3.Row]:
    column = "title" if table == "calls" else "name"
    return conn.execute(f"SELECT id, {column} AS name, deleted_at FROM {_table(table)} WHERE deleted_at IS NOT NULL "
                        "ORDER BY deleted_at DESC").fetchall()


def pool_for_export(conn: sqlite3.Connection, table: str) -> list[sqlite3.Row]:
    return pool_rows(conn, table, pool_ids(conn, table, {}, "side" if table == "experts" else "name"))


def targeted_units_all(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every active member unit, oldest first (demo data picks nominating units from them)."""
    return conn.execute("SELECT id, name FROM units WHERE deleted_at IS NULL AND status = 'active' ORDER BY id"
                        ).fetchall()
