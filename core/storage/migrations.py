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
    for table in search_index.INDEXED:
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


def _vX_mail(db: Database) -> None:
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


MIGRATIONS: list[Callable[[Database], None]] = [
    _v1_members, _v2_change_log, _v3_notices, _v4_database_identity, _v5_search_index, _v6_undo_barriers,
    _v7_regions_one_spelling, _vX_mail,
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
