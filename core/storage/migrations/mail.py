"""Migrations of e-mail: the account, templates, the outbox and the sent log."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script


def _v12_mail(db: Database) -> None:
    """E-mail: the outbox and sent log (one row per recipient, with the Message-ID given
    when queued), the files attached to them (stored once however many messages carry
    them), and the addresses a server refused (shown beside the contacts that use them)."""
    run_script(
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
