"""Data-safety benchmark on a 20,000-unit / ~60,000-contact database.

    python bench/bench_safety.py

Prints: time of a backup (online backup API) and how the unit list responds while a
backup runs in the background; undo of a bulk delete of 1,000 units; the delete
itself; restore of a backup. Targets: backup <= 2 s with the UI responsive,
undo of a 1,000-unit delete <= 1 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from core.members import queries, units  # noqa: E402
from core.safety import backups, undo  # noqa: E402
from core.storage.database import open_database  # noqa: E402


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-safety-"))
    made = generate(work / "big.sqlite3", units=20000, contacts_per_unit=3)
    db = open_database(made.path)
    figure("database", f"{made.units} units, {made.contacts} contacts, "
                       f"{made.path.stat().st_size / 1e6:.1f} MB")

    times = []
    for _ in range(3):
        started = time.perf_counter()
        info = backups.backup_now(db, work / "bk")
        times.append(time.perf_counter() - started)
    figure("backup (online backup API), median of 3", f"{statistics.median(times):.2f} s "
                                                      f"({info.size / 1e6:.1f} MB)")

    # the UI during a backup: filter latency on the UI's connection while a backup thread copies
    latencies: list[float] = []
    done = threading.Event()
    thread = threading.Thread(target=lambda: (backups.backup_now(db, work / "bk"), done.set()))
    thread.start()
    while not done.is_set():
        started = time.perf_counter()
        ids = queries.unit_ids(db, queries.UnitFilter(text="北京"))
        queries.unit_rows(db, ids[:100])
        latencies.append((time.perf_counter() - started) * 1000)
    thread.join()
    latencies.sort()
    figure("unit filter while a backup runs", f"median {statistics.median(latencies):.1f} ms, "
                                              f"max {latencies[-1]:.1f} ms (n={len(latencies)})")

    ids = queries.unit_ids(db)[:1000]
    started = time.perf_counter()
    units.delete_units(db, ids)
    figure("bulk delete of 1,000 units (one action)", f"{time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    undo.undo(db)
    figure("undo of that bulk delete", f"{time.perf_counter() - started:.2f} s")
    assert len(queries.unit_ids(db)) == made.units
    started = time.perf_counter()
    undo.redo(db)
    figure("redo of that bulk delete", f"{time.perf_counter() - started:.2f} s")

    started = time.perf_counter()
    db = backups.restore_backup(db, info.path, work / "bk")
    figure("restore of a backup (after backing up the current state)", f"{time.perf_counter() - started:.2f} s")
    figure("meetings", "not measured: the meetings module does not exist yet")


if __name__ == "__main__":
    main()
