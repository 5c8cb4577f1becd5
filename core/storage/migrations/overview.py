"""Migrations of the overview: saved searches, and the search index of notices, meetings and action items."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script


def _v9_overview(db: Database) -> None:
    """Saved searches (a list's filter under a name, reopened from the sidebar; a record kind,
    so undo, history and the trash cover them) and the narrow indexes the dashboard counts
    through (active units by level, type, region and join year; departures by year)."""
    run_script(
        db,
        """
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            view TEXT NOT NULL,
            filter TEXT NOT NULL DEFAULT '{}',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX units_overview ON units(status, level, unit_type, province, join_date, deleted_at)
            WHERE deleted_at IS NULL;
        CREATE INDEX unit_history_by_change ON unit_history(field, new_value, changed_on, unit_id);
        CREATE INDEX notices_overview ON notices(deleted_at, year, doc_date, status);
        """,
    )


def _v13_overview_meetings(db: Database) -> None:
    """Meetings and action items in the search across everything: a meeting's document now
    holds its notes and decisions too, and both tables get the full-text index
    (core.storage.search_index) that units, contacts and notices have."""
    from core.meetings.service import meeting_search_text
    from core.storage import search_index

    conn = db.conn
    decisions: dict[int, list[str]] = {}
    for meeting_id, text in conn.execute("SELECT meeting_id, text FROM meeting_decisions ORDER BY meeting_id, number"):
        decisions.setdefault(meeting_id, []).append(text)
    conn.executemany("UPDATE meetings SET search_text = ? WHERE id = ?", (
        (meeting_search_text(row, decisions.get(row["id"], [])), row["id"]) for row in conn.execute(
            "SELECT id, title, place, chair, organiser, notes FROM meetings").fetchall()))
    for table in ("meetings", "action_items"):
        search_index.create(conn, table)
