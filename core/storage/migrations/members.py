"""Migrations of the member list's own schema: units, contacts, committees, their history; the change
log, the database's identity, undo barriers and one spelling of each region."""

from __future__ import annotations

from core.storage.database import Database
from core.storage.migrations.script import run_script

# the ten professional committees every new database starts with
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


def _v1_members(db: Database) -> None:
    """Member units, contacts, committees and the history of status and level."""
    run_script(
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


def _v4_database_identity(db: Database) -> None:
    """Which database a file is: a random id (backups are kept per id), the path it was
    last opened at (a copy elsewhere gets its own id) and a data version (a backup is
    skipped when nothing changed). Not logged: it is not the clerk's data."""
    from core.storage import identity

    identity.create(db.conn, db.path)


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
