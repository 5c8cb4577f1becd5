"""The figures of issue 2 on a 20,000-unit / ~60,000-contact database:

    python bench/bench_members.py

* start to main window shown (a fresh process on that database, median of 5);
* filter latency per keystroke in the real list view (Qt model over core queries:
  query, model reset, the first screen of rows), median and p95;
* import of a 20,000-row .xlsx (read, check, write in one transaction);
* peak memory of this process (the view, the import, the database).

Targets on a 2-core machine: start <= 1.0 s, filter <= 50 ms p95, import <= 15 s,
memory <= 300 MB.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate import generate, write_xlsx  # noqa: E402

KEYSTROKES = ["北", "北京", "北京智", "北京智慧", "重", "重慶", "科", "科技", "9", "91", "913", "9137", "李", "李梦",
              "ZC-2019", "香港", "臺北", "台北", ""]


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def start_times(db_path: Path, home: Path, runs: int = 5) -> list[float]:
    times = []
    for i in range(runs):
        env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(home), "SECRETARIAT_BENCH_T0": repr(time.time())}
        out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "--screenshot",
                              str(home / f"start{i}.png")], capture_output=True, text=True, env=env, check=True)
        line = next(x for x in out.stdout.splitlines() if x.startswith("start-to-window-ms:"))
        times.append(float(line.split(":")[1]) / 1000)
    return times


def filter_latencies(db_path: Path, home: Path) -> tuple[list[float], list[float]]:
    os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from core.settings import Settings
    from core.storage.database import open_database
    from ui.common.language import LanguageManager
    from ui.contacts.view import ContactsView
    from ui.context import AppContext
    from ui.members.view import MembersView

    app = QApplication.instance() or QApplication([])
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    ctx = AppContext(open_database(db_path), settings, manager)
    results = []
    for view in (MembersView(ctx), ContactsView(ctx)):
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        latencies = []
        for _ in range(5):
            for text in KEYSTROKES:
                view.filter_edit.blockSignals(True)
                view.filter_edit.setText(text)
                view.filter_edit.blockSignals(False)
                started = time.perf_counter()
                view.refresh()  # what the keystroke triggers (after the typing pause)
                for row in range(min(30, view.model.rowCount())):  # the first screen is painted
                    for column in range(view.model.columnCount()):
                        view.model.index(row, column).data()
                latencies.append((time.perf_counter() - started) * 1000)
        results.append(latencies)
    return results[0], results[1]


def import_time(work: Path, source: Path) -> tuple[float, str]:
    from core.exchange.columns import propose_mapping
    from core.exchange.member_import import apply_import, plan_import
    from core.exchange.readers import read_table
    from core.storage.database import open_database

    db = open_database(work / "import.sqlite3")
    started = time.perf_counter()
    table = read_table(source)
    plan = plan_import(db, table, propose_mapping(table.header), "skip")
    counts = apply_import(db, plan)
    return time.perf_counter() - started, f"{counts.units_created} units, {counts.contacts_added} contacts"


def measure(db_path: Path, source: Path, work: Path) -> None:
    """In a process of its own (as the program would be): views, filtering, import, peak memory."""
    units, contacts = filter_latencies(db_path, work)
    figure("unit list filter per keystroke", f"median {statistics.median(units):.1f} ms, p95 {p95(units):.1f} ms "
                                             f"(n={len(units)})")
    figure("contact list filter per keystroke", f"median {statistics.median(contacts):.1f} ms, "
                                                f"p95 {p95(contacts):.1f} ms (n={len(contacts)})")
    seconds, what = import_time(work, source)
    figure("import of a 20,000-row .xlsx (read + check + write)", f"{seconds:.1f} s ({what})")
    figure("peak memory (both lists open on 20,000/60,000, then the 20,000-row import)",
           f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--measure":
        measure(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
        return
    work = Path(tempfile.mkdtemp(prefix="bench-members-"))
    made = generate(work / "big.sqlite3", units=20000, contacts_per_unit=3)
    source = work / "members.xlsx"
    write_xlsx(source, 20000)
    figure("database", f"{made.units} units, {made.contacts} contacts")
    times = start_times(made.path, work)
    figure("start to main window shown (median of 5)", f"{statistics.median(times):.2f} s "
                                                       f"(min {min(times):.2f} s, max {max(times):.2f} s)")
    subprocess.run([sys.executable, __file__, "--measure", str(made.path), str(source), str(work)], check=True)


if __name__ == "__main__":
    main()
