"""Core benchmark: a 20,000-unit / ~60,000-contact database, measured as clerks use it.

Run from the repository root:

    python bench/bench_core.py [--units 20000] [--reps 15]

Prints one ``figure: value`` line per measurement: generation time, per-keystroke
filter latency of the unit and contact lists (ids of every match + the first 100
display rows, as a view fetches its first screen), sorting, and peak memory.
Takes well under two minutes on an office laptop.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.generate import generate, write_xlsx  # noqa: E402
from core.members.queries import (  # noqa: E402
    ContactFilter, UnitFilter, contact_ids, contact_rows, unit_ids, unit_rows,
)
from core.storage.database import open_database  # noqa: E402

PAGE = 100


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ms_stats(samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (f"median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms, "
            f"max {max(ms):.1f} ms (n={len(ms)})")


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def progressive(word: str) -> list[str]:
    return [word[:i] for i in range(1, len(word) + 1)]


def peak_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def typing_sequences(db) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """What a clerk types into the unit and the contact list filters, keystroke by keystroke."""
    code = db.query_one("SELECT credit_code FROM units WHERE credit_code IS NOT NULL ORDER BY id LIMIT 1 OFFSET 777")[0]
    person = db.query_one("SELECT name FROM contacts WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 4321")[0]
    email = db.query_one("SELECT email FROM contacts ORDER BY id LIMIT 1 OFFSET 999")[0]
    units = [*progressive("北京智慧"), "重", "重慶", "科", "科技", *progressive(code[:8]), *progressive(person),
             "ZC-2019", "香港", "臺北", "台北"]
    contacts = [*progressive(person), "王", "王伟", "办公室", "办公室主任", "辦公室主任", *progressive(email[:6]),
                "北京", "北京智慧", "重慶"]
    return units, contacts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--contacts-per-unit", type=int, default=3)
    parser.add_argument("--reps", type=int, default=15, help="repetitions of each typing sequence")
    args = parser.parse_args()

    figure("python", sys.version.split()[0])
    with tempfile.TemporaryDirectory(prefix="bench-core-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        generated = generate(path, units=args.units, contacts_per_unit=args.contacts_per_unit)
        figure("generated units", str(generated.units))
        figure("generated contacts", str(generated.contacts))
        figure("generation time", f"{generated.seconds:.2f} s")
        figure("database file size", f"{path.stat().st_size / 1024 / 1024:.1f} MB")

        seconds, _ = timed(lambda: write_xlsx(Path(tmp) / "import.xlsx", rows=args.units))
        figure(f"import file generation ({args.units} rows xlsx)", f"{seconds:.2f} s")

        seconds, db = timed(lambda: open_database(path, create=False))
        figure("open database", f"{seconds * 1000:.1f} ms")
        try:
            seconds, ids = timed(lambda: unit_ids(db, UnitFilter()))
            figure("unit list, no filter, first call (ids of all units)", f"{seconds * 1000:.1f} ms, {len(ids)} ids")
            seconds, _ = timed(lambda: unit_rows(db, ids[:PAGE]))
            figure("unit list, first page of rows, first call", f"{seconds * 1000:.1f} ms")

            unit_typing, contact_typing = typing_sequences(db)
            figure("unit filter keystrokes", " | ".join(unit_typing))
            figure("contact filter keystrokes", " | ".join(contact_typing))

            def unit_keystroke(text: str) -> int:
                found = unit_ids(db, UnitFilter(text=text))
                unit_rows(db, found[:PAGE])
                return len(found)

            def contact_keystroke(text: str) -> int:
                found = contact_ids(db, ContactFilter(text=text))
                contact_rows(db, found[:PAGE])
                return len(found)

            for label, keystroke, sequence in (("unit", unit_keystroke, unit_typing),
                                               ("contact", contact_keystroke, contact_typing)):
                samples: list[float] = []
                per_query: dict[str, list[float]] = {q: [] for q in sequence}
                matches: dict[str, int] = {}
                gc.collect()
                for _ in range(args.reps):
                    for query in sequence:
                        seconds, count = timed(lambda q=query: keystroke(q))
                        samples.append(seconds)
                        per_query[query].append(seconds)
                        matches[query] = int(count)  # type: ignore[arg-type]
                figure(f"{label} filter latency per keystroke (ids + first {PAGE} rows)", ms_stats(samples))
                slowest = max(per_query, key=lambda q: statistics.median(per_query[q]))
                figure(f"{label} filter slowest keystroke", f"'{slowest}' median "
                       f"{statistics.median(per_query[slowest]) * 1000:.1f} ms, {matches[slowest]} matches")
                figure(f"{label} filter matches per keystroke",
                       ", ".join(f"{q}={matches[q]}" for q in sequence))

            sort_samples: dict[str, list[float]] = {}
            for _ in range(max(3, args.reps // 3)):
                for sort in ("name", "short_name", "level", "join_date", "region", "member_no", "contacts"):
                    for descending in (False, True):
                        key = f"units by {sort}{' desc' if descending else ''}"
                        seconds, _ = timed(lambda s=sort, d=descending: unit_rows(
                            db, unit_ids(db, UnitFilter(), sort=s, descending=d)[:PAGE]))
                        sort_samples.setdefault(key, []).append(seconds)
                for sort in ("name", "unit", "email"):
                    for descending in (False, True):
                        key = f"contacts by {sort}{' desc' if descending else ''}"
                        seconds, _ = timed(lambda s=sort, d=descending: contact_rows(
                            db, contact_ids(db, ContactFilter(), sort=s, descending=d)[:PAGE]))
                        sort_samples.setdefault(key, []).append(seconds)
            for key in ("units by name", "units by name desc", "contacts by name", "contacts by name desc"):
                figure(f"sort {key} (all ids + first {PAGE} rows)", ms_stats(sort_samples[key]))
            unit_other = [s for k, v in sort_samples.items() if k.startswith("units") for s in v]
            contact_other = [s for k, v in sort_samples.items() if k.startswith("contacts") for s in v]
            figure("sort units, any column", ms_stats(unit_other))
            figure("sort contacts, any column", ms_stats(contact_other))
            slowest = max(sort_samples, key=lambda k: statistics.median(sort_samples[k]))
            figure("slowest sort", f"{slowest}: median {statistics.median(sort_samples[slowest]) * 1000:.1f} ms")

            # scrolling: a view fetching page after page of an unfiltered, sorted list
            ids = unit_ids(db, UnitFilter())
            pages = [ids[i:i + PAGE] for i in range(0, len(ids), PAGE)]
            seconds, _ = timed(lambda: [unit_rows(db, p) for p in pages])
            figure(f"unit rows per page of {PAGE} while scrolling", f"{seconds / len(pages) * 1000:.2f} ms")
            cids = contact_ids(db, ContactFilter())
            cpages = [cids[i:i + PAGE] for i in range(0, len(cids), PAGE)]
            seconds, _ = timed(lambda: [contact_rows(db, p) for p in cpages])
            figure(f"contact rows per page of {PAGE} while scrolling", f"{seconds / len(cpages) * 1000:.2f} ms")
        finally:
            db.close()
    figure("peak memory (ru_maxrss)", f"{peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
