"""Migrations of notices (通知): numbers, versions, attachments."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script


def _v3_notices(db: Database) -> None:
    """Official notices (通知) with yearly document numbers, versions and attachments;
    the alliance's own settings; stored files."""
    from core.storage import changes

    run_script(
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
