"""SQL for meetings (会议): the meetings, minutes versions, linked notices, invitees and
attendance, sign-ins, agenda items, decisions, action items with progress notes, and
the packages taken to a sign-in laptop. Services: core.meetings."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from core.storage import records

MEETING_COLUMNS = ("kind", "title", "meeting_date", "start_time", "end_time", "place", "organiser", "chair",
                   "recorder", "committee_id", "notes")
ATTENDEE_COLUMNS = ("unit_id", "contact_id", "name", "unit_name", "position", "is_guest", "walk_in", "reply",
                    "status", "substitute_for", "note")
ACTION_COLUMNS = ("agenda_item_id", "decision_id", "text", "unit_id", "unit_name", "contact_id", "person",
                  "due_date", "status", "done_at", "done_by")


def _stamped(table: str, conn: Any, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, table, {**values, "created_at": stamp, "updated_at": stamp})


def _update(table: str, conn: Any, row_id: int, values: dict[str, Any]) -> None:
    records.update(conn, table, row_id, {**values, "updated_at": records.now()})


# ---- meetings ----------------------------------------------------------------------------------

def get(conn: sqlite3.Connection, meeting_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()


def by_uid(conn: sqlite3.Connection, uid: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meetings WHERE uid = ?", (uid,)).fetchone()


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("meetings", conn, values)


def update(conn: sqlite3.Connection, meeting_id: int, values: dict[str, Any]) -> None:
    _update("meetings", conn, meeting_id, values)


def set_search_text(conn: sqlite3.Connection, meeting_id: int, text: str) -> None:
    conn.execute("UPDATE meetings SET search_text = ? WHERE id = ? AND search_text IS NOT ?",
                 (text, meeting_id, text))


def list_ids(conn: sqlite3.Connection, form: str | None = None, kind: str | None = None,
             committee_id: int | None = None, year: int | None = None, descending: bool = True) -> list[int]:
    clauses = ["m.deleted_at IS NULL"]
    params: list[Any] = []
    if form:
        clauses.append("instr(m.search_text, ?) > 0")
        params.append(form)
    if kind:
        clauses.append("m.kind = ?")
        params.append(kind)
    if committee_id is not None:
        clauses.append("m.committee_id = ?")
        params.append(committee_id)
    if year is not None:
        clauses.append("substr(m.meeting_date, 1, 4) = ?")
        params.append(f"{year:04d}")
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT m.id FROM meetings m WHERE {' AND '.join(clauses)} "
           f"ORDER BY m.meeting_date {direction}, m.start_time {direction}, m.id {direction}")
    return [r[0] for r in conn.execute(sql, params)]


def list_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, (
        "SELECT m.id, m.uid, m.kind, m.title, m.meeting_date, m.start_time, m.end_time, m.place, m.chair, "
        "m.committee_id, c.name AS committee_name, m.package_of, "
        "(SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id) AS invitees, "
        "(SELECT count(*) FROM meeting_attendees a WHERE a.meeting_id = m.id "
        " AND a.status IN ('present', 'observer')) AS present, "
        "(SELECT count(*) FROM action_items t WHERE t.meeting_id = m.id AND t.status = 'open') AS open_actions, "
        "(SELECT status FROM meeting_minutes n WHERE n.meeting_id = m.id ORDER BY n.version DESC LIMIT 1) "
        " AS minutes_status "
        "FROM meetings m LEFT JOIN committees c ON c.id = m.committee_id WHERE m.id IN ({ids})"), ids)


def deleted(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, title AS name, deleted_at FROM meetings WHERE deleted_at IS NOT NULL "
                        "ORDER BY deleted_at DESC").fetchall()


def next_meeting_after(conn: sqlite3.Connection, meeting_date: str, committee_id: int | None,
                       exclude_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meetings WHERE deleted_at IS NULL AND meeting_date > ? AND id != ? "
                        "AND committee_id IS ? ORDER BY meeting_date, id LIMIT 1",
                        (meeting_date, exclude_id, committee_id)).fetchone()


# ---- minutes versions --------------------------------------------------------------------------

def minutes_versions(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM meeting_minutes WHERE meeting_id = ? ORDER BY version",
                        (meeting_id,)).fetchall()


def current_minutes(conn: sqlite3.Connection, meeting_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meeting_minutes WHERE meeting_id = ? ORDER BY version DESC LIMIT 1",
                        (meeting_id,)).fetchone()


def insert_minutes(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("meeting_minutes", conn, values)


def update_minutes(conn: sqlite3.Connection, minutes_id: int, values: dict[str, Any]) -> None:
    _update("meeting_minutes", conn, minutes_id, values)


# ---- linked notices ----------------------------------------------------------------------------

def linked_notices(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT l.notice_id, l.role, n.title, n.status, n.deleted_at FROM meeting_notices l "
                        "JOIN notices n ON n.id = l.notice_id WHERE l.meeting_id = ? ORDER BY l.notice_id",
                        (meeting_id,)).fetchall()


def link_notice(conn: sqlite3.Connection, meeting_id: int, notice_id: int, role: str) -> None:
    conn.execute("INSERT INTO meeting_notices (meeting_id, notice_id, role) VALUES (?, ?, ?) "
                 "ON CONFLICT(meeting_id, notice_id) DO UPDATE SET role = excluded.role "
                 "WHERE role IS NOT excluded.role", (meeting_id, notice_id, role))


def unlink_notice(conn: sqlite3.Connection, meeting_id: int, notice_id: int) -> None:
    conn.execute("DELETE FROM meeting_notices WHERE meeting_id = ? AND notice_id = ?", (meeting_id, notice_id))


# ---- invitees and attendance -------------------------------------------------------------------

_ATTENDEE_SELECT = ("SELECT a.*, u.level AS unit_level, u.short_name AS unit_short_name, "
                    "s.name AS substitute_for_name FROM meeting_attendees a "
                    "LEFT JOIN units u ON u.id = a.unit_id LEFT JOIN meeting_attendees s ON s.id = a.substitute_for ")


def attendees(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute(_ATTENDEE_SELECT + "WHERE a.meeting_id = ? ORDER BY a.is_guest, a.unit_name, a.sort_key, a.id",
                        (meeting_id,)).fetchall()


def attendee(conn: sqlite3.Connection, attendee_id: int) -> sqlite3.Row | None:
    return conn.execute(_ATTENDEE_SELECT + "WHERE a.id = ?", (attendee_id,)).fetchone()


def attendee_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, _ATTENDEE_SELECT + "WHERE a.id IN ({ids})", ids)


def attendee_by_uid(conn: sqlite3.Connection, uid: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meeting_attendees WHERE uid = ?", (uid,)).fetchone()


def invited_contacts(conn: sqlite3.Connection, meeting_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT contact_id FROM meeting_attendees WHERE meeting_id = ? "
                                       "AND contact_id IS NOT NULL", (meeting_id,))}


def invited_units_without_person(conn: sqlite3.Connection, meeting_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT unit_id FROM meeting_attendees WHERE meeting_id = ? AND unit_id "
                                       "IS NOT NULL AND contact_id IS NULL AND name = ''", (meeting_id,))}


def insert_attendee(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("meeting_attendees", conn, values)


def update_attendee(conn: sqlite3.Connection, attendee_id: int, values: dict[str, Any]) -> None:
    _update("meeting_attendees", conn, attendee_id, values)


def delete_attendees(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM meeting_attendees WHERE id = ?", [(i,) for i in ids])


def search_attendees(conn: sqlite3.Connection, meeting_id: int, form: str, limit: int) -> list[sqlite3.Row]:
    """Invitees of the meeting whose search document contains ``form``, best first: the document
    starts with it (the name's start), then a part starts with it (pinyin, initials, unit), then
    the rest; in name order within each. One scan of the meeting's rows by its index (a meeting
    has at most a few thousand invitees); only ``limit`` rows leave SQLite."""
    return conn.execute(
        "SELECT a.id, a.name, a.unit_name, a.position, a.is_guest, a.walk_in, a.status, a.reply, a.signed_in_at, "
        "a.substitute_for, CASE WHEN instr(a.search_text, ?1) = 1 THEN 1 "
        "WHEN instr(a.search_text, '␟ ' || ?1) > 0 THEN 2 ELSE 3 END AS coarse "
        "FROM meeting_attendees a WHERE a.meeting_id = ?2 AND instr(a.search_text, ?1) > 0 "
        "ORDER BY coarse, a.sort_key, a.id LIMIT ?3", (form, meeting_id, limit)).fetchall()


def attendance_counts(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    """Per status and kind (member representative or guest): people, and distinct units."""
    return conn.execute(
        "SELECT status, is_guest, count(*) AS people, "
        "count(DISTINCT CASE WHEN unit_name != '' THEN unit_name END) AS units, "
        "sum(signed_in_at IS NOT NULL) AS signed_in, count(*) FILTER (WHERE walk_in = 1) AS walk_ins "
        "FROM meeting_attendees WHERE meeting_id = ? GROUP BY status, is_guest", (meeting_id,)).fetchall()


def reply_counts(conn: sqlite3.Connection, meeting_id: int) -> dict[str, int]:
    return {r[0]: r[1] for r in conn.execute("SELECT reply, count(*) FROM meeting_attendees WHERE meeting_id = ? "
                                             "GROUP BY reply", (meeting_id,))}


def walk_ins_without_contact(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute(_ATTENDEE_SELECT + "WHERE a.meeting_id = ? AND a.walk_in = 1 AND a.contact_id IS NULL "
                        "AND a.is_guest = 0 ORDER BY a.signed_in_at, a.id", (meeting_id,)).fetchall()


def units_by_level(conn: sqlite3.Connection, levels: list[str], active_only: bool = True) -> list[int]:
    marks = ", ".join("?" for _ in levels)
    status = " AND status = 'active'" if active_only else ""
    return [r[0] for r in conn.execute(f"SELECT id FROM units WHERE deleted_at IS NULL AND level IN ({marks})"
                                       f"{status} ORDER BY sort_key, id", levels)]


def units_in_committee(conn: sqlite3.Connection, committee_id: int, active_only: bool = True) -> list[int]:
    status = " AND u.status = 'active'" if active_only else ""
    return [r[0] for r in conn.execute("SELECT u.id FROM units u JOIN unit_committees uc ON uc.unit_id = u.id "
                                       f"WHERE uc.committee_id = ? AND u.deleted_at IS NULL{status} "
                                       "ORDER BY u.sort_key, u.id", (committee_id,))]


def units_by_join_date(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, name, short_name, level, join_date FROM units WHERE deleted_at IS NULL "
                        "ORDER BY coalesce(join_date, '9999'), id").fetchall()


def unit_rows(conn: sqlite3.Connection, unit_ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT id, name, short_name, level, deleted_at FROM units "
                                      "WHERE id IN ({ids})", unit_ids)


def unit_contacts(conn: sqlite3.Connection, unit_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT id, unit_id, name, position, is_primary FROM contacts WHERE unit_id = ? "
                        "AND deleted_at IS NULL ORDER BY is_primary DESC, sort_key, id", (unit_id,)).fetchall()


def contact_row(conn: sqlite3.Connection, contact_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT c.id, c.unit_id, c.name, c.position, c.deleted_at, u.name AS unit_name, "
                        "u.short_name AS unit_short_name FROM contacts c JOIN units u ON u.id = c.unit_id "
                        "WHERE c.id = ?", (contact_id,)).fetchone()


# ---- sign-ins ----------------------------------------------------------------------------------

def signins(conn: sqlite3.Connection, attendee_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM meeting_signins WHERE attendee_id = ? ORDER BY signed_in_at, id",
                        (attendee_id,)).fetchall()


def meeting_signins(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT s.*, a.uid AS attendee_uid FROM meeting_signins s JOIN meeting_attendees a "
                        "ON a.id = s.attendee_id WHERE s.meeting_id = ? ORDER BY s.signed_in_at, s.id",
                        (meeting_id,)).fetchall()


def signin_by_uid(conn: sqlite3.Connection, uid: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meeting_signins WHERE uid = ?", (uid,)).fetchone()


def insert_signin(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return records.insert(conn, "meeting_signins", values)


def set_signin_undone(conn: sqlite3.Connection, signin_id: int, undone_at: str | None) -> None:
    conn.execute("UPDATE meeting_signins SET undone_at = ? WHERE id = ?", (undone_at, signin_id))


def first_live_signin(conn: sqlite3.Connection, attendee_id: int) -> str | None:
    row = conn.execute("SELECT min(signed_in_at) FROM meeting_signins WHERE attendee_id = ? AND undone_at IS NULL",
                       (attendee_id,)).fetchone()
    return row[0] if row else None


def set_signed_in_at(conn: sqlite3.Connection, attendee_id: int, value: str | None) -> None:
    conn.execute("UPDATE meeting_attendees SET signed_in_at = ? WHERE id = ? AND signed_in_at IS NOT ?",
                 (value, attendee_id, value))


# ---- agenda items, decisions ---------------------------------------------------------------------

def agenda_items(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM meeting_agenda_items WHERE meeting_id = ? ORDER BY position, id",
                        (meeting_id,)).fetchall()


def agenda_item(conn: sqlite3.Connection, item_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meeting_agenda_items WHERE id = ?", (item_id,)).fetchone()


def insert_agenda_item(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("meeting_agenda_items", conn, values)


def update_agenda_item(conn: sqlite3.Connection, item_id: int, values: dict[str, Any]) -> None:
    _update("meeting_agenda_items", conn, item_id, values)


def delete_agenda_item(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("DELETE FROM meeting_agenda_items WHERE id = ?", (item_id,))


def carried_actions(conn: sqlite3.Connection, meeting_id: int) -> set[int]:
    return {r[0] for r in conn.execute("SELECT carried_action_id FROM meeting_agenda_items WHERE meeting_id = ? "
                                       "AND carried_action_id IS NOT NULL", (meeting_id,))}


def decisions(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM meeting_decisions WHERE meeting_id = ? ORDER BY number, id",
                        (meeting_id,)).fetchall()


def decision(conn: sqlite3.Connection, decision_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM meeting_decisions WHERE id = ?", (decision_id,)).fetchone()


def insert_decision(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("meeting_decisions", conn, values)


def update_decision(conn: sqlite3.Connection, decision_id: int, values: dict[str, Any]) -> None:
    _update("meeting_decisions", conn, decision_id, values)


def delete_decision(conn: sqlite3.Connection, decision_id: int) -> None:
    conn.execute("DELETE FROM meeting_decisions WHERE id = ?", (decision_id,))


# ---- action items and progress ---------------------------------------------------------------------

_ACTION_SELECT = ("SELECT t.*, m.title AS meeting_title, m.meeting_date, m.committee_id, "
                  "c.name AS contact_name, d.number AS decision_number, "
                  "(SELECT count(*) FROM action_progress p WHERE p.action_item_id = t.id) AS progress_count, "
                  "(SELECT max(p.note_date) FROM action_progress p WHERE p.action_item_id = t.id) AS last_progress "
                  "FROM action_items t JOIN meetings m ON m.id = t.meeting_id "
                  "LEFT JOIN contacts c ON c.id = t.contact_id LEFT JOIN meeting_decisions d ON d.id = t.decision_id ")


def action_items(conn: sqlite3.Connection, meeting_id: int) -> list[sqlite3.Row]:
    return conn.execute(_ACTION_SELECT + "WHERE t.meeting_id = ? ORDER BY t.position, t.id", (meeting_id,)).fetchall()


def action_item(conn: sqlite3.Connection, item_id: int) -> sqlite3.Row | None:
    return conn.execute(_ACTION_SELECT + "WHERE t.id = ?", (item_id,)).fetchone()


def action_rows(conn: sqlite3.Connection, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, _ACTION_SELECT + "WHERE t.id IN ({ids})", ids)


def insert_action(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return _stamped("action_items", conn, values)


def update_action(conn: sqlite3.Connection, item_id: int, values: dict[str, Any]) -> None:
    _update("action_items", conn, item_id, values)


def delete_action(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("DELETE FROM action_items WHERE id = ?", (item_id,))


def next_action_position(conn: sqlite3.Connection, meeting_id: int) -> int:
    return conn.execute("SELECT coalesce(max(position), 0) + 1 FROM action_items WHERE meeting_id = ?",
                        (meeting_id,)).fetchone()[0]


def set_action_search_text(conn: sqlite3.Connection, item_id: int, text: str) -> None:
    conn.execute("UPDATE action_items SET search_text = ? WHERE id = ? AND search_text IS NOT ?",
                 (text, item_id, text))


def progress_notes(conn: sqlite3.Connection, item_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM action_progress WHERE action_item_id = ? ORDER BY note_date, id",
                        (item_id,)).fetchall()


def insert_progress(conn: sqlite3.Connection, values: dict[str, Any]) -> int:
    return records.insert(conn, "action_progress", {**values, "created_at": records.now()})


def delete_progress(conn: sqlite3.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM action_progress WHERE id = ?", (note_id,))


def followup_ids(conn: sqlite3.Connection, statuses: list[str], today: str, unit_id: int | None = None,
                 contact_id: int | None = None, person_form: str | None = None, committee_id: int | None = None,
                 meeting_id: int | None = None, form: str | None = None) -> list[int]:
    """Action items of live meetings with one of ``statuses``: overdue open items first (oldest
    due date first), then the other open items by due date (none last), then the rest."""
    marks = ", ".join("?" for _ in statuses)
    clauses = [f"t.status IN ({marks})", "m.deleted_at IS NULL"]
    params: list[Any] = list(statuses)
    for column, value in (("t.unit_id", unit_id), ("t.contact_id", contact_id), ("m.committee_id", committee_id),
                          ("t.meeting_id", meeting_id)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if person_form:
        clauses.append("instr(t.search_text, ?) > 0")
        params.append(person_form)
    if form:
        clauses.append("instr(t.search_text, ?) > 0")
        params.append(form)
    sql = (f"SELECT t.id FROM action_items t JOIN meetings m ON m.id = t.meeting_id WHERE {' AND '.join(clauses)} "
           "ORDER BY t.status != 'open', (t.status = 'open' AND t.due_date < ?) DESC, t.due_date IS NULL, "
           "t.due_date, m.meeting_date, t.position, t.id")
    return [r[0] for r in conn.execute(sql, (*params, today))]


def overdue_count(conn: sqlite3.Connection, today: str) -> int:
    """Open action items due before ``today`` (the partial index on open items' due dates)."""
    return conn.execute("SELECT count(*) FROM action_items t INDEXED BY action_items_open_by_due "
                        "JOIN meetings m ON m.id = t.meeting_id "
                        "WHERE t.status = 'open' AND t.due_date < ? AND m.deleted_at IS NULL", (today,)).fetchone()[0]


def open_actions_before(conn: sqlite3.Connection, meeting_date: str, committee_id: int | None,
                        exclude_meeting: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT t.id FROM action_items t JOIN meetings m ON m.id = t.meeting_id WHERE t.status = 'open' "
        "AND m.deleted_at IS NULL AND m.id != ? AND m.meeting_date <= ? AND m.committee_id IS ? "
        "ORDER BY t.due_date IS NULL, t.due_date, m.meeting_date, t.position, t.id",
        (exclude_meeting, meeting_date, committee_id))]


# ---- packages ----------------------------------------------------------------------------------

def insert_package(conn: sqlite3.Connection, meeting_id: int, direction: str, package_uid: str, baseline: str) -> None:
    conn.execute("INSERT INTO meeting_packages (meeting_id, direction, package_uid, made_at, baseline) "
                 "VALUES (?, ?, ?, ?, ?)", (meeting_id, direction, package_uid, records.now(), baseline))


def package_baseline(conn: sqlite3.Connection, meeting_id: int, direction: str,
                     package_uid: str | None = None) -> sqlite3.Row | None:
    if package_uid is not None:
        return conn.execute("SELECT * FROM meeting_packages WHERE meeting_id = ? AND direction = ? "
                            "AND package_uid = ? ORDER BY id DESC LIMIT 1",
                            (meeting_id, direction, package_uid)).fetchone()
    return conn.execute("SELECT * FROM meeting_packages WHERE meeting_id = ? AND direction = ? ORDER BY id DESC "
                        "LIMIT 1", (meeting_id, direction)).fetchone()


# ---- database check ----------------------------------------------------------------------------

def attendees_signed_in_twice(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Attendees with more than one sign-in not undone (e.g. two laptops merged)."""
    return conn.execute(
        "SELECT a.id, a.name, a.unit_name, m.title, count(*) AS n, min(s.id) AS first_id FROM meeting_signins s "
        "JOIN meeting_attendees a ON a.id = s.attendee_id JOIN meetings m ON m.id = a.meeting_id "
        "WHERE s.undone_at IS NULL GROUP BY a.id HAVING n > 1 ORDER BY m.meeting_date, a.id").fetchall()


def people_signed_in_twice(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """The same contact signed in on two rows of one meeting (invited twice, or also added as a walk-in)."""
    return conn.execute(
        "SELECT a.meeting_id, m.title, a.contact_id, min(a.name) AS name, count(*) AS n FROM meeting_attendees a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE a.contact_id IS NOT NULL AND a.signed_in_at IS NOT NULL "
        "GROUP BY a.meeting_id, a.contact_id HAVING n > 1").fetchall()


def undo_later_signins(conn: sqlite3.Connection, attendee_id: int, first_id: int, at: str) -> None:
    conn.execute("UPDATE meeting_signins SET undone_at = ? WHERE attendee_id = ? AND undone_at IS NULL AND id != ?",
                 (at, attendee_id, first_id))


def stale_signed_in(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Attendees whose recorded sign-in time is not the first sign-in still standing."""
    return conn.execute(
        "SELECT a.id, a.name, m.title FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.signed_in_at IS NOT (SELECT min(s.signed_in_at) FROM meeting_signins s "
        "WHERE s.attendee_id = a.id AND s.undone_at IS NULL)").fetchall()


def signed_in_but_absent(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT a.id, a.name, a.is_guest, m.title FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.signed_in_at IS NOT NULL AND a.status IN ('', 'absent', 'leave')").fetchall()


def set_attendee_status(conn: sqlite3.Connection, attendee_id: int, status: str) -> None:
    conn.execute("UPDATE meeting_attendees SET status = ? WHERE id = ?", (status, attendee_id))


def duplicate_decision_numbers(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT d.meeting_id, m.title, d.number, count(*) AS n FROM meeting_decisions d "
                        "JOIN meetings m ON m.id = d.meeting_id GROUP BY d.meeting_id, d.number HAVING n > 1"
                        ).fetchall()


def renumber_decisions(conn: sqlite3.Connection, meeting_id: int) -> None:
    ids = [r[0] for r in conn.execute("SELECT id FROM meeting_decisions WHERE meeting_id = ? ORDER BY number, id",
                                      (meeting_id,))]
    for number, decision_id in enumerate(ids, start=1):
        conn.execute("UPDATE meeting_decisions SET number = ? WHERE id = ? AND number != ?",
                     (number, decision_id, number))


def done_without_date(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT t.id, t.text, m.title FROM action_items t JOIN meetings m ON m.id = t.meeting_id "
                        "WHERE t.status = 'done' AND t.done_at IS NULL").fetchall()


def set_done_at_from_update(conn: sqlite3.Connection, item_id: int) -> None:
    conn.execute("UPDATE action_items SET done_at = substr(updated_at, 1, 10) WHERE id = ? AND done_at IS NULL",
                 (item_id,))


def substitutes_of_other_meetings(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    return conn.execute("SELECT a.id, a.name, m.title FROM meeting_attendees a JOIN meeting_attendees s "
                        "ON s.id = a.substitute_for JOIN meetings m ON m.id = a.meeting_id "
                        "WHERE s.meeting_id != a.meeting_id").fetchall()


def clear_substitute(conn: sqlite3.Connection, attendee_id: int) -> None:
    conn.execute("UPDATE meeting_attendees SET substitute_for = NULL WHERE id = ?", (attendee_id,))
