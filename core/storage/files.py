"""SQL run on database files other than the open one (backups, copies), read-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

SQLITE_HEADER = b"SQLite format 3\x00"


def is_wal_file(path: Path) -> bool:
    """True when the file's header says WAL journaling (bytes 18 and 19 are 2)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[:16] == SQLITE_HEADER and head[18] == 2 and head[19] == 2


def file_uri(path: Path) -> str:
    """A SQLite URI for ``path`` with an empty authority (SQLite refuses ``file://server/``):
    ``file:///C:/x``, ``file:////server/share/x`` (a Windows network path), ``file:///tmp/x``."""
    text = path.absolute().as_posix()
    if not text.startswith("/"):
        text = "/" + text
    return "file://" + quote(text, safe="/:")


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` read-only and leaves no file beside it.

    SQLite's ``mode=ro`` on a WAL file creates ``-wal`` and ``-shm`` files and leaves
    them. When no ``-wal`` exists, no connection has the file open and nothing waits
    to be checkpointed, so the file is read as ``immutable`` (no lock, no side files).
    With a ``-wal`` present, another connection may be writing: then the side files
    are that connection's and the reader shares them.
    """
    uri = file_uri(path) + "?mode=ro"
    if is_wal_file(path) and not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return uri



def count_records(path: Path, kinds: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
                  ) -> dict[str, tuple[int, int]]:
    """(live, deleted) rows of each kind the file has, by table; {} for an unreadable file.

    ``kinds`` are (table, parents) with parents as (parent table, column) pairs. A row is
    deleted when its own ``deleted_at`` is set or when a parent it points to is deleted
    (a deleted unit's contacts wait in the trash with it): live rows are what a clerk
    counts. Identifiers come from the registry (plain names, checked there), never from data.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.Error, ValueError):
        return {}
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

        def has_trash(table: str) -> bool:
            return any(r[1] == "deleted_at" for r in conn.execute(f'PRAGMA table_info("{table}")'))

        counts = {}
        for table, parents in kinds:
            if table not in present:
                continue
            gone = ['t.deleted_at IS NOT NULL'] if has_trash(table) else []
            gone += [f'EXISTS (SELECT 1 FROM "{parent}" p WHERE p.id = t."{column}" AND p.deleted_at IS NOT NULL)'
                     for parent, column in parents if parent in present and has_trash(parent)]
            deleted_sql = " OR ".join(gone) or "0"
            total, deleted = conn.execute(f'SELECT count(*), coalesce(sum({deleted_sql}), 0) FROM "{table}" t'
                                          ).fetchone()
            counts[table] = (total - deleted, deleted)
        return counts
    except sqlite3.DatabaseError:
        return {}
    finally:
        conn.close()


def data_stamp(path: Path) -> str | None:
    """The data stamp of a backup (see core.storage.identity.data_stamp); None when unknown."""
    from core.storage import identity

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        return identity.data_stamp(conn)
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
