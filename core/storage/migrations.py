"""Numbered schema migrations.

``MIGRATIONS[n - 1]`` brings a file from version n-1 to n. Each runs inside one
transaction together with the ``PRAGMA user_version`` bump, so a crash leaves the
file at the old or the new version, never between. Never edit a released
migration: add the next one. tests/fixtures holds a database of each released
version and tests/test_storage.py upgrades each of them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from core.storage.database import APPLICATION_ID, Database

COMMITTEES = [
    ("traffic", "智能交通"),
    ("grid", "智能电网"),
    ("water", "智能水务"),
    ("environment", "智能环保"),
    ("healthcare", "智慧医疗"),
    ("elderly", "智能养老"),
    ("community", "智慧社区"),
    ("home", "智能家居"),
    ("education", "智慧教育"),
    ("land", "智慧国土"),
]


def _run_script(db: Database, script: str) -> None:
    """Run several statements inside the current transaction.

    (``sqlite3.executescript`` would COMMIT first and break the all-or-nothing
    promise of a migration.)
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement: {statement!r}")


def _v1_members(db: Database) -> None:
    """Member units, contacts, committees and the history of status and level."""
    _run_script(
        db,
        """
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            credit_code TEXT,
            unit_type TEXT NOT NULL DEFAULT 'enterprise',
            level TEXT NOT NULL DEFAULT 'member',
            province TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            join_date TEXT,
            member_no TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT '',
            short_sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX units_credit_code ON units(credit_code)
            WHERE credit_code IS NOT NULL AND deleted_at IS NULL;
        CREATE UNIQUE INDEX units_member_no ON units(member_no)
            WHERE member_no IS NOT NULL AND deleted_at IS NULL;
        CREATE INDEX units_by_sort ON units(deleted_at, sort_key);
        CREATE INDEX units_by_name ON units(name);

        CREATE TABLE unit_history (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            changed_on TEXT NOT NULL,
            field TEXT NOT NULL CHECK (field IN ('status', 'level')),
            old_value TEXT,
            new_value TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX unit_history_by_unit ON unit_history(unit_id, changed_on);

        CREATE TABLE committees (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            lead_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE unit_committees (
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            committee_id INTEGER NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
            PRIMARY KEY (unit_id, committee_id)
        ) WITHOUT ROWID;
        CREATE INDEX unit_committees_by_committee ON unit_committees(committee_id, unit_id);

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            gender TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            office_phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contacts_by_unit ON contacts(unit_id);
        CREATE INDEX contacts_by_sort ON contacts(deleted_at, sort_key, id, unit_id);
        CREATE UNIQUE INDEX contacts_one_primary ON contacts(unit_id)
            WHERE is_primary = 1 AND deleted_at IS NULL;
        """
    )
    db.conn.executemany(
        "INSERT INTO committees (code, name, position) VALUES (?, ?, ?)",
        [(code, name, i) for i, (code, name) in enumerate(COMMITTEES)],
    )


def _v2_change_log(db: Database) -> None:
    """The change log behind undo/redo and history (see core.storage.changes)."""
    from core.storage import changes

    changes.create_tables(db.conn)
    for table in ("units", "contacts", "committees", "unit_committees", "unit_history"):
        changes.install_triggers(db.conn, table)


def _v3_notices(db: Database) -> None:
    """Official notices (通知) with yearly document numbers, versions and attachments;
    the alliance's own settings; stored files."""
    from core.storage import changes

    _run_script(
        db,
        """
        CREATE TABLE alliance_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE blobs (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE notice_numbers (
            year INTEGER PRIMARY KEY,
            last_serial INTEGER NOT NULL
        );

        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            addressees TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '[]',
            signatory TEXT NOT NULL DEFAULT '',
            doc_date TEXT,
            sealed INTEGER NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            copies TEXT NOT NULL DEFAULT '',
            issuing_office TEXT NOT NULL DEFAULT '',
            print_date TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'superseded')),
            prefix TEXT,
            year INTEGER,
            serial INTEGER,
            version INTEGER NOT NULL DEFAULT 1,
            version_of INTEGER REFERENCES notices(id) ON DELETE SET NULL,
            issued_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX notices_one_issued_number ON notices(year, serial) WHERE status = 'issued';
        CREATE INDEX notices_by_date ON notices(deleted_at, doc_date);

        CREATE TABLE notice_attachments (
            id INTEGER PRIMARY KEY,
            notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('text', 'file')),
            name TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '[]',
            blob_id INTEGER REFERENCES blobs(id)
        );
        CREATE INDEX notice_attachments_by_notice ON notice_attachments(notice_id, position);

        CREATE TABLE notice_addressees (
            notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            PRIMARY KEY (notice_id, unit_id)
        ) WITHOUT ROWID;
        """,
    )
    for table in ("alliance_settings", "notices", "notice_attachments", "notice_addressees"):
        changes.install_triggers(db.conn, table)


def _v4_database_identity(db: Database) -> None:
    """Which database a file is: a random id (backups are kept per id), the path it was
    last opened at (a copy elsewhere gets its own id) and a data version (a backup is
    skipped when nothing changed). Not logged: it is not the clerk's data."""
    from core.storage import identity

    identity.create(db.conn, db.path)


def _v5_search_index(db: Database) -> None:
    """Search documents with pinyin and initials, and the full-text index over them
    (core.storage.search_index), filled for the rows already there."""
    from core.storage import search_index
    from core.storage.contacts import document
    from core.storage.units import search_text as unit_document

    conn = db.conn
    names: dict[int, list[str]] = {}
    for unit_id, name in conn.execute("SELECT unit_id, name FROM contacts WHERE deleted_at IS NULL ORDER BY id"):
        names.setdefault(unit_id, []).append(name)
    conn.executemany("UPDATE units SET search_text = ? WHERE id = ?", (
        (unit_document(row, names.get(row["id"], [])), row["id"]) for row in conn.execute(
            "SELECT id, name, short_name, credit_code, member_no FROM units").fetchall()))
    conn.executemany("UPDATE contacts SET search_text = ? WHERE id = ?", (
        (document(r["name"], r["email"], r["position"], r["mobile"], r["unit_name"], r["short_name"]), r["id"])
        for r in conn.execute("SELECT c.id, c.name, c.email, c.position, c.mobile, u.name AS unit_name, "
                              "u.short_name FROM contacts c JOIN units u ON u.id = c.unit_id").fetchall()))
    # a notice's document has no names: the new form is the old one, spaced
    conn.executemany("UPDATE notices SET search_text = ? WHERE id = ?", (
        (" ".join(text), notice_id) for notice_id, text in conn.execute(
            "SELECT id, search_text FROM notices").fetchall()))
    for table in ("units", "contacts", "notices"):  # the tables of that time (INDEXED grew later)
        search_index.create(conn, table)
    conn.execute("CREATE INDEX units_by_province ON units(deleted_at, province)")
    # narrow indexes of the rows in use: a list's count walks a few bytes a row
    conn.execute("CREATE INDEX units_live ON units(deleted_at) WHERE deleted_at IS NULL")
    conn.execute("CREATE INDEX contacts_live ON contacts(unit_id) WHERE deleted_at IS NULL")


def _v6_undo_barriers(db: Database) -> None:
    """Undo barriers: actions that cannot be undone (a notice's number given, the trash
    emptied, mail sent). Notices issued before are barriers too: undo never un-issues."""
    db.conn.execute("ALTER TABLE actions ADD COLUMN barrier INTEGER NOT NULL DEFAULT 0")
    db.conn.execute("UPDATE actions SET barrier = 1 WHERE label = 'Issue notice {title}'")


def _v7_regions_one_spelling(db: Database) -> None:
    """Regions as the national division list writes them: 重慶/重庆/Chongqing -> 重庆市 (core.regions)."""
    from core import regions

    pairs = db.conn.execute("SELECT DISTINCT province, city FROM units").fetchall()
    for province, city in pairs:
        new_province = regions.canonical_province(province)
        new_city = regions.canonical_city(city, new_province)
        if (new_province, new_city) != (province, city):
            db.conn.execute("UPDATE units SET province = ?, city = ? WHERE province = ? AND city = ?",
                            (new_province, new_city, province, city))


def _v8_meetings(db: Database) -> None:
    """Meetings (会议): invitees and attendance with sign-ins, agenda items, decisions,
    action items with progress notes, minutes versions, linked notices, and the packages
    taken to a sign-in laptop (core.meetings)."""
    _run_script(
        db,
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'working' CHECK (kind IN ('general_assembly', 'council',
                'standing_council', 'working', 'committee', 'other')),
            title TEXT NOT NULL,
            meeting_date TEXT,
            start_time TEXT,
            end_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            organiser TEXT NOT NULL DEFAULT '',
            chair TEXT NOT NULL DEFAULT '',
            recorder TEXT NOT NULL DEFAULT '',
            committee_id INTEGER REFERENCES committees(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            package_of TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meetings_by_date ON meetings(deleted_at, meeting_date);

        CREATE TABLE meeting_minutes (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            version INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'circulated', 'approved',
                'superseded')),
            number_line TEXT NOT NULL DEFAULT '',
            minutes_date TEXT,
            version_of INTEGER REFERENCES meeting_minutes(id) ON DELETE SET NULL,
            circulated_at TEXT,
            approved_at TEXT,
            snapshot TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (meeting_id, version)
        );

        CREATE TABLE meeting_notices (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            notice_id INTEGER NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'convening' CHECK (role IN ('convening', 'other')),
            PRIMARY KEY (meeting_id, notice_id)
        ) WITHOUT ROWID;
        CREATE INDEX meeting_notices_by_notice ON meeting_notices(notice_id);

        CREATE TABLE meeting_attendees (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            uid TEXT NOT NULL UNIQUE,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            name TEXT NOT NULL DEFAULT '',
            unit_name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            is_guest INTEGER NOT NULL DEFAULT 0 CHECK (is_guest IN (0, 1)),
            walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
            reply TEXT NOT NULL DEFAULT 'pending' CHECK (reply IN ('pending', 'attend', 'leave')),
            status TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'present', 'observer', 'leave', 'absent')),
            substitute_for INTEGER REFERENCES meeting_attendees(id) ON DELETE SET NULL,
            signed_in_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            search_text TEXT NOT NULL DEFAULT '',
            sort_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_attendees_by_meeting ON meeting_attendees(meeting_id, sort_key);
        CREATE INDEX meeting_attendees_by_contact ON meeting_attendees(contact_id) WHERE contact_id IS NOT NULL;
        CREATE INDEX meeting_attendees_by_unit ON meeting_attendees(unit_id) WHERE unit_id IS NOT NULL;

        CREATE TABLE meeting_signins (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            attendee_id INTEGER NOT NULL REFERENCES meeting_attendees(id) ON DELETE CASCADE,
            signed_in_at TEXT NOT NULL,
            undone_at TEXT,
            device TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX meeting_signins_by_attendee ON meeting_signins(attendee_id, signed_in_at);
        CREATE INDEX meeting_signins_by_meeting ON meeting_signins(meeting_id);

        CREATE TABLE meeting_agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            presenter TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            carried_action_id INTEGER,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meeting_agenda_items_by_meeting ON meeting_agenda_items(meeting_id, position);

        CREATE TABLE meeting_decisions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES meeting_agenda_items(id) ON DELETE SET NULL,
            number INTEGER NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meeting_decisions_by_meeting ON meeting_decisions(meeting_id, number);

        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES meeting_agenda_items(id) ON DELETE SET NULL,
            decision_id INTEGER REFERENCES meeting_decisions(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            unit_name TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            person TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            done_at TEXT,
            done_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX action_items_open_by_due ON action_items(due_date) WHERE status = 'open';
        CREATE INDEX action_items_by_meeting ON action_items(meeting_id, position);
        CREATE INDEX action_items_by_unit ON action_items(unit_id) WHERE unit_id IS NOT NULL;
        CREATE INDEX action_items_by_contact ON action_items(contact_id) WHERE contact_id IS NOT NULL;

        CREATE TABLE action_progress (
            id INTEGER PRIMARY KEY,
            action_item_id INTEGER NOT NULL REFERENCES action_items(id) ON DELETE CASCADE,
            note_date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX action_progress_by_item ON action_progress(action_item_id, note_date);

        CREATE TABLE meeting_packages (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in', 'merged')),
            package_uid TEXT NOT NULL,
            made_at TEXT NOT NULL,
            baseline TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX meeting_packages_by_meeting ON meeting_packages(meeting_id, direction);
        """,
    )


def _v9_overview(db: Database) -> None:
    """Saved searches (a list's filter under a name, reopened from the sidebar; a record kind,
    so undo, history and the trash cover them) and the narrow indexes the dashboard counts
    through (active units by level, type, region and join year; departures by year)."""
    _run_script(
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


def _v10_listing_by_id(db: Database) -> None:
    """Narrow indexes of the rows in use, by id, holding the sort key: a filter's candidates
    (ids from the search index) are checked and sorted without reading their wide rows
    (core.storage.member_lists)."""
    db.conn.execute("CREATE INDEX units_live_by_id ON units(id, sort_key) WHERE deleted_at IS NULL")
    db.conn.execute("CREATE INDEX contacts_live_by_id ON contacts(id, sort_key, unit_id) WHERE deleted_at IS NULL")



def _v11_calls(db: Database) -> None:
    """Calls for nominations (征集), the nominations and applications they bring with their review
    history and scanned copies, the expert pool and the standards group roster."""
    from core.storage import search_index

    _run_script(
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



def _v12_mail(db: Database) -> None:
    """E-mail: the outbox and sent log (one row per recipient, with the Message-ID given
    when queued), the files attached to them (stored once however many messages carry
    them), and the addresses a server refused (shown beside the contacts that use them)."""
    _run_script(
        db,
        """
        CREATE TABLE mail_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,
            created_at TEXT NOT NULL
        );

        CREATE TABLE mail_messages (
            id INTEGER PRIMARY KEY,
            source_kind TEXT NOT NULL DEFAULT '',
            source_id INTEGER,
            source_title TEXT NOT NULL DEFAULT '',
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            unit_name TEXT NOT NULL DEFAULT '',
            to_name TEXT NOT NULL DEFAULT '',
            to_addr TEXT NOT NULL,
            from_name TEXT NOT NULL DEFAULT '',
            from_addr TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'queued'
                CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
            permanent INTEGER NOT NULL DEFAULT 0 CHECK (permanent IN (0, 1)),
            error TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            queued_at TEXT NOT NULL,
            sending_at TEXT,
            sent_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX mail_messages_by_status ON mail_messages(status, id);
        CREATE INDEX mail_messages_by_source ON mail_messages(source_kind, source_id);

        CREATE TABLE mail_attachments (
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL REFERENCES mail_messages(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            file_id INTEGER NOT NULL REFERENCES mail_files(id)
        );
        CREATE INDEX mail_attachments_by_message ON mail_attachments(message_id, position);

        CREATE TABLE mail_address_problems (
            address TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('refused', 'invalid')),
            reason TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        ) WITHOUT ROWID;
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


def _v14_search_in_name_order(db: Database) -> None:
    """The search index of units and contacts lists its candidates in name order (rowids by
    buckets of sort keys, core.storage.search_index): a filtered list's first page reads the
    matches up to its end instead of sorting all of them."""
    from core.storage import search_index

    for table in ("units", "contacts"):
        search_index.drop(db.conn, table)
        search_index.create(db.conn, table)


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_members, _v2_change_log, _v3_notices, _v4_database_identity, _v5_search_index, _v6_undo_barriers,
    _v7_regions_one_spelling, _v8_meetings, _v9_overview, _v10_listing_by_id,
    _v11_calls, _v12_mail, _v13_overview_meetings,
    _v14_search_in_name_order,
]
LATEST_VERSION = len(MIGRATIONS)


def migrate(db: Database) -> int:
    """Apply the missing migrations in order; returns the version reached.

    After each migration the change-log triggers of every registered table are
    regenerated from its columns (core.storage.changes), so a migration that adds a
    column cannot leave undo restoring only part of a row.
    """
    from core.storage import changes

    version = db.schema_version()
    for number in range(version + 1, LATEST_VERSION + 1):
        with db.transaction() as conn:
            MIGRATIONS[number - 1](db)
            changes.install_all_triggers(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
    return db.schema_version()
