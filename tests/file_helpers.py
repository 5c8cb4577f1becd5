"""Helpers of the file-safety tests: databases with data, damaged copies, fingerprints."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, home: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=timeout)


def make_db(path: Path, units: int = 40) -> Path:
    """A closed database (everything checkpointed into the one file) with ``units`` units."""
    from core.members import units as unit_service
    from core.storage.database import open_database

    db = open_database(path)
    for i in range(units):
        unit_service.create_unit(db, {"name": f"测试单位{i:04d}", "notes": "备注" * 200})
    db.close()
    assert not Path(str(path) + "-wal").exists()
    return path


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's SHA-256 and the names of the files beside it (side files, locks, copies)."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.stem))


def table_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    finally:
        conn.close()


def damage(path: Path, table: str = "changes", pages: int = 3) -> list[int]:
    """Overwrite interior pages of ``table`` (in the middle of the file) with garbage;
    page 1 and the schema stay intact, so the file still opens."""
    owned = table_pages(path, table)
    middle = owned[len(owned) // 2: len(owned) // 2 + pages]
    page_size = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as fh:
        for page in middle:
            fh.seek((page - 1) * page_size)
            fh.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))
    return middle
