"""Several SQL statements run inside a migration's transaction."""

from __future__ import annotations

import sqlite3

from core.storage.database import Database


def run_script(db: Database, script: str) -> None:
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
