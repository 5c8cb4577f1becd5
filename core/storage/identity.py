"""Which database a file is: a random id kept in the file, the path it was last
opened for writing at, and a data version that grows with every write.

A copy of the file keeps the id. A second file with the same id at another path,
while the first still exists, is a different database from then on: it gets a new
id when it is opened for writing there (see :func:`core.storage.database.open_database`).
Backups are kept per id (``core.safety.backups``), and the data version tells whether
anything changed since the last backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.storage import files

TABLE_SQL = "CREATE TABLE database_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"


def new_id() -> str:
    import uuid  # only for a new id: uuid loads platform and more at start-up otherwise

    return uuid.uuid4().hex


def create(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(TABLE_SQL)
    conn.executemany("INSERT INTO database_info (key, value) VALUES (?, ?)",
                     [("id", new_id()), ("path", str(path)), ("data_version", "0")])


def exists(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'database_info'"
                        ).fetchone() is not None


def read(conn: sqlite3.Connection) -> dict[str, str]:
    if not exists(conn):
        return {}
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM database_info")}


def write(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO database_info (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def bump_data_version(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE database_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'")


def data_stamp(conn: sqlite3.Connection) -> str | None:
    """The data version plus the schema version: equal stamps, same data. (SQLite's schema
    cookie would not do: a backup copy gets a cookie of its own.)"""
    if not exists(conn):
        return None
    row = conn.execute("SELECT value FROM database_info WHERE key = 'data_version'").fetchone()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return f"{row[0] if row else '?'}:{version}"


def peek(path: Path) -> dict[str, str]:
    """The info of another file, read without writing anything beside it ({} when unreadable)."""
    try:
        conn = sqlite3.connect(files.read_only_uri(path), uri=True)
    except (sqlite3.Error, ValueError):
        return {}
    try:
        return read(conn)
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
