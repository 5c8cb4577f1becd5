"""Filter per keystroke, two versions of the program side by side in one run:

    python bench/bench_filter.py OLD_CHECKOUT OLD_DB NEW_DB [rounds]

Each round runs the filter measurement of bench/bench_scale.py (the real list views: count,
model reset, the first screen of rows read as when painted; every keystroke of its typing
lists, units and contacts) once in a process of the old checkout on OLD_DB and once in a
process of this checkout on NEW_DB, alternating, so both meet the same machine load. Prints
median and p95 per list, wall and CPU time of the process, old and new side by side.
OLD_DB is a database of the old schema (e.g. made by the old checkout's bench/generate.py);
NEW_DB the same file upgraded by this checkout (a copy opened once).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def _measure(tree: Path, db: str, home: Path) -> dict:
    out = subprocess.run([sys.executable, str(tree / "bench" / "bench_scale.py"), "--measure", db, str(home)],
                         capture_output=True, text=True, check=True, cwd=tree)
    line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def main() -> None:
    old_tree, old_db, new_db = Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    home = ROOT / "bench" / "out" / "home"
    home.mkdir(parents=True, exist_ok=True)
    every: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(rounds):
        for label, tree, db in (("old", old_tree, old_db), ("new", ROOT, new_db)):
            result = _measure(tree, db, home)
            for key in ("units", "contacts"):
                for clock, suffix in (("wall", ""), ("CPU", "_cpu")):
                    for values in result[key + suffix].values():
                        every.setdefault((label, key, clock), []).extend(values)
    for key in ("units", "contacts"):
        for clock in ("wall", "CPU"):
            old, new = every[("old", key, clock)], every[("new", key, clock)]
            print(f"{key} filter per keystroke, {clock}: old median {statistics.median(old):.1f} ms, "
                  f"p95 {p95(old):.1f} ms | new median {statistics.median(new):.1f} ms, p95 {p95(new):.1f} ms "
                  f"| p95 old/new {p95(old) / p95(new):.1f}x (n={len(old)}, {len(new)})", flush=True)


if __name__ == "__main__":
    main()
