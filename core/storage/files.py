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



def count_records(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows not deleted in each of ``tables`` that the file has; {} for an unreadable file."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (sqlite3.Error, ValueError):
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
