"""Migrations of calls for nominations (征集), nominations and applications, the expert pool and roster."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script


def _v11_calls(db: Database) -> None:
    """Calls for nominations (征集), the nominations and applications they bring with their review
    history and scanned copies, the expert pool and the standards group roster."""
    from core.storage import search_index

    run_script(
        db,
        """
        CREATE TABLE calls (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('expert', 'standards', 'membership')),
            title TEXT NOT NULL,
            notice_id INTEGER REFERENCES notices(id) ON DELETE SET NULL,
            opened_on TEXT,
            deadline TEXT,
            form_kind TEXT NOT NULL CHECK (form_kind IN ('expert', 'standards', 'membership')),
            sides TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX calls_live ON calls(deleted_at, deadline);

        CREATE TABLE call_committees (
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            PRIMARY KEY (call_id, committee_id)
        ) WITHOUT ROWID;

        CREATE TABLE nominations (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('expert', 'standards', 'membership')),
            name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            credit_code TEXT,
            work_unit TEXT NOT NULL DEFAULT '',
            side TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '',
            committees TEXT NOT NULL DEFAULT '',
            nominating_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            nominating_unit TEXT NOT NULL DEFAULT '',
            form_values TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'received'
                CHECK (state IN ('received', 'formal_check', 'review', 'approved', 'rejected', 'returned')),
            state_reason TEXT NOT NULL DEFAULT '',
            received_on TEXT,
            decided_on TEXT,
            reviewer_notes TEXT NOT NULL DEFAULT '',
            decision_ref TEXT NOT NULL DEFAULT '',
            scan_blob_id INTEGER REFERENCES blobs(id),
            result_id INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX nominations_by_call ON nominations(call_id, deleted_at, state);
        CREATE INDEX nominations_by_name ON nominations(name);
        CREATE INDEX nominations_by_credit_code ON nominations(credit_code) WHERE credit_code IS NOT NULL;

        CREATE TABLE nomination_reviews (
            id INTEGER PRIMARY KEY,
            nomination_id INTEGER NOT NULL REFERENCES nominations(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            reviewer_notes TEXT NOT NULL DEFAULT '',
            decision_ref TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX nomination_reviews_by_nomination ON nomination_reviews(nomination_id, id);

        CREATE TABLE experts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            side TEXT NOT NULL,
            fields TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            work_unit TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            mobile TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            term_start TEXT,
            term_end TEXT,
            nomination_id INTEGER REFERENCES nominations(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX experts_live ON experts(deleted_at, sort_key);

        CREATE TABLE expert_committees (
            expert_id INTEGER NOT NULL REFERENCES experts(id) ON DELETE CASCADE,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            PRIMARY KEY (expert_id, committee_id)
        ) WITHOUT ROWID;

        CREATE TABLE standards_members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            work_unit TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            position TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            specialty TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            term_start TEXT,
            term_end TEXT,
            nomination_id INTEGER REFERENCES nominations(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX standards_members_live ON standards_members(deleted_at, sort_key);

        CREATE TABLE standards_member_committees (
            member_id INTEGER NOT NULL REFERENCES standards_members(id) ON DELETE CASCADE,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            PRIMARY KEY (member_id, committee_id)
        ) WITHOUT ROWID;
        """,
    )
    for table in ("calls", "nominations", "experts", "standards_members"):
        search_index.create(db.conn, table)
