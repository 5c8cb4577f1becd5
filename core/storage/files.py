"""SQL run on database files other than the open one (backups, copies), read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def count_records(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows not deleted in each of ``tables`` that the file has; {} for an unreadable file."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        counts = {}
        for table in tables:
            if table in present:
                has_deleted = any(r[1] == "deleted_at" for r in conn.execute(f"PRAGMA table_info({table})"))
                where = " WHERE deleted_at IS NULL" if has_deleted else ""
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
        return counts
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()
