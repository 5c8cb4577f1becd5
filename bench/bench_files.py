"""What the file guards cost, side by side, on the 20,000-unit / ~60,000-contact database.

    python bench/bench_files.py [--units 20000] [--reps 9]

Prints one ``figure: value`` line per measurement (medians over ``reps``, warm cache):
opening for writing without and with SQLite's quick check (what writing commands and
restores pay), opening read-only (what reading commands pay), and a backup with its
check of the copy.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate  # noqa: E402
from core.safety import backups  # noqa: E402
from core.storage.database import open_database  # noqa: E402


def median_ms(fn, reps: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(reps):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "bench.sqlite3"
        generate(path, args.units)
        open_database(path, create=False).close()  # upgraded and identified once
        size = path.stat().st_size / 1e6
        print(f"database: {size:.1f} MB", flush=True)
        plain = median_ms(lambda: open_database(path, create=False).close(), args.reps)
        verified = median_ms(lambda: open_database(path, create=False, verify=True).close(), args.reps)
        read_only = median_ms(lambda: open_database(path, create=False, read_only=True).close(), args.reps)
        print(f"open for writing: median {plain:.0f} ms")
        print(f"open for writing with quick check: median {verified:.0f} ms ({verified / plain:.1f}x)")
        print(f"open read-only: median {read_only:.0f} ms")
        db = open_database(path, create=False)
        folder = Path(work) / "bk"
        backup = median_ms(lambda: backups.backup_now(db, folder), max(3, args.reps // 3))
        print(f"backup with the check of the copy: median {backup:.0f} ms")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
