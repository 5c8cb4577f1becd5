"""The figures of issue 14 (overview) on 20,000 units, about 60,000 contacts, 5,000 notices and
2,000 meetings (with their attendees, decisions and action items, and the demo's calls):

    python bench/bench_overview.py

* search per keystroke: ``core.overview.search.search`` (every kind, 8 hits a kind, the
  counts) for each prefix of what a clerk types (Chinese, Traditional, pinyin, initials,
  a notice's words), the way the Ctrl+K box calls it; median and p95 of the wall time,
  the first search of the process (OpenCC's tables loaded) reported apart;
* dashboard first shown: a fresh process opens the main window on the members list,
  then shows the dashboard as a click does (the event loop running): pyqtgraph imported and
  every chart counted on threads of their own, the charts in view drawn (what the clerk waits
  for; the others are drawn when scrolled to or once the window is idle), painted
  (``processEvents`` + ``grab``); then the same with every chart drawn (``ensure_built``); wall
  and CPU time, medians of 5 processes each, and the chart queries alone (``build_charts``) in
  the same process; beside each process, in the same run, a bare PySide6 window that imports
  pyqtgraph and shows one bar chart (bench/bare_chart.py): the least any pyqtgraph chart costs
  the first time in a process;
* what the clerk waits for when the dashboard is the window's first view: a fresh process
  shows the window on the dashboard as the program does (pyqtgraph loaded on a thread of
  its own, the window answering meanwhile): the time until every chart is drawn, and the
  longest the window's event loop was kept from answering (a 10 ms timer's longest gap);
  ``--dashboard`` runs only the two dashboard measures.

The database is bench/generate.py's 20,000-unit one (bench/out/) with 5,000 notices and 2,000
meetings added (``add_notices``, ``add_meetings``), kept beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate import add_meetings, add_notices, cached  # noqa: E402

UNITS, NOTICES, MEETINGS = 20000, 5000, 2000
DASHBOARD_RUNS = 5
TYPING = {
    "Chinese": ["重", "重庆", "重庆华", "北", "北京", "北京智", "王", "王伟", "科技发展"],
    "Traditional": ["重慶", "臺", "臺北", "經理"],
    "pinyin": ["c", "ch", "cho", "chon", "chong", "chongq", "chongqi", "chongqin", "chongqing",
               "w", "wa", "wan", "wang", "wangw", "wangwe", "wangwei"],
    "initials": ["c", "cq", "w", "wz", "wzl", "b", "bj"],
    "notice words": ["关", "关于", "关于召", "关于召开", "会费", "专家组", "标准研制", "联系人"],
    "meeting words": ["座谈", "座谈会", "工作汇报", "起草组", "纪要", "落实"],
    "codes": ["9", "91", "zc-2019", "138"],
}


def database() -> Path:
    base = cached(UNITS)
    path = base.with_name(base.stem + f"-n{NOTICES}-m{MEETINGS}.sqlite3")
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        shutil.copy(base, partial)
        add_notices(partial, NOTICES)
        add_meetings(partial, MEETINGS)
        partial.rename(path)
    return path


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench_search(path: Path) -> dict:
    from core.overview.search import search
    from core.storage.database import open_database

    db = open_database(path, read_only=True)
    started = time.perf_counter()
    search(db, "重")
    first = (time.perf_counter() - started) * 1000
    per_kind, every, every_cpu = {}, [], []
    for kind, prefixes in TYPING.items():
        times, cpu = [], []
        for _ in range(3):
            for text in prefixes:
                t0, c0 = time.perf_counter(), time.process_time()
                search(db, text)
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        per_kind[kind] = (statistics.median(times), p95(times), max(times))
        every += times
        every_cpu += cpu
    db.close()
    return {"first": first, "kinds": per_kind, "median": statistics.median(every), "p95": p95(every),
            "n": len(every), "cpu_median": statistics.median(every_cpu), "cpu_p95": p95(every_cpu)}


DASHBOARD_PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from core.settings import Settings
from core.storage.database import open_database
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow
manager = LanguageManager(Settings()); manager.apply("zh-Hans", remember=False)
db = open_database(Path(sys.argv[1]), read_only=True)
ctx = AppContext(db, Settings(), manager)
window = MainWindow(ctx)
window.resize(1280, 800)
window.show_view("members")
window.show(); app.processEvents()
assert "pyqtgraph" not in sys.modules
t0, c0 = time.perf_counter(), time.process_time()
window.show_view("overview")  # as the clerk's click does: counted and imported off this thread
page = window.page()
while not page.settled and time.perf_counter() - t0 < 60:
    app.processEvents(); time.sleep(0.002)
if sys.argv[2] != "in_view":
    page.ensure_built()
app.processEvents()
window.grab()
shown = (time.perf_counter() - t0) * 1000
shown_cpu = (time.process_time() - c0) * 1000
drawn = sum(getattr(card, "drawn", True) for card in window.page().cards.values())
from core.overview.charts import build_charts
t1 = time.perf_counter()
for _ in range(5):
    build_charts(db)
queries = (time.perf_counter() - t1) * 1000 / 5
print(json.dumps({"shown": shown, "cpu": shown_cpu, "queries": queries, "charts": len(window.page().cards),
                  "drawn": drawn}))
window.auto_backup.stop()
"""


FIRST_VIEW_PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from core.settings import Settings
from core.storage.database import open_database
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow
manager = LanguageManager(Settings()); manager.apply("zh-Hans", remember=False)
db = open_database(Path(sys.argv[1]), read_only=True)
window = MainWindow(AppContext(db, Settings(), manager))
window.resize(1280, 800)
t0 = time.perf_counter()
window.show_view("overview")
window.show(); app.processEvents()
shown = (time.perf_counter() - t0) * 1000
ticks = [time.perf_counter()]
timer = QTimer(); timer.setInterval(10); timer.timeout.connect(lambda: ticks.append(time.perf_counter())); timer.start()
page = window.page()
while not page.settled and time.perf_counter() - t0 < 60:
    app.processEvents(); time.sleep(0.002)
window.grab()
drawn = (time.perf_counter() - t0) * 1000
gap = max((b - a for a, b in zip(ticks, ticks[1:])), default=0) * 1000
print(json.dumps({"window": shown, "drawn": drawn, "stall": gap, "charts": len(page.cards)}))
window.auto_backup.stop()
"""


def _probe(args: list[str], env: dict) -> dict:
    out = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    line = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if not line:
        raise SystemExit(out.stdout + out.stderr)
    return json.loads(line[-1])


def bench_first_view(path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLIANCE_SECRETARIAT_HOME": str(ROOT / "bench" / "out")}
    runs = [_probe(["-c", FIRST_VIEW_PROBE, str(path)], env) for _ in range(DASHBOARD_RUNS)]
    return {key: statistics.median(r[key] for r in runs) for key in ("window", "drawn", "stall", "charts")}


def bench_dashboard(path: Path, mode: str = "everything") -> dict:
    """``mode``: ``everything`` (every chart drawn) or ``in_view`` (the charts in view drawn, the
    others waiting to be scrolled to: what the clerk waits for). Each process of the program is
    followed by one of bench/bare_chart.py, so both meet the same machine load."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLIANCE_SECRETARIAT_HOME": str(ROOT / "bench" / "out")}
    runs, bare = [], []
    for _ in range(DASHBOARD_RUNS):
        runs.append(_probe(["-c", DASHBOARD_PROBE, str(path), mode], env))
        bare.append(_probe([str(ROOT / "bench" / "bare_chart.py")], env))
    return {"shown": statistics.median(r["shown"] for r in runs), "shown_all": [round(r["shown"]) for r in runs],
            "cpu": statistics.median(r["cpu"] for r in runs),
            "cpu_all": [round(r["cpu"]) for r in runs],
            "bare": statistics.median(r["shown"] for r in bare), "bare_all": [round(r["shown"]) for r in bare],
            "bare_cpu": statistics.median(r["cpu"] for r in bare),
            "queries": statistics.median(r["queries"] for r in runs), "charts": runs[0]["charts"],
            "drawn": runs[0]["drawn"]}


def compile_sources() -> None:
    """Byte-compile the program's modules first: the installed program never compiles them at
    run time, and a machine set not to write bytecode (PYTHONDONTWRITEBYTECODE) would otherwise
    make every fresh process compile the modules it imports."""
    import compileall

    for folder in ("core", "ui", "cli"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main() -> int:
    compile_sources()
    path = database()
    from core.storage.database import open_database

    db = open_database(path, read_only=True)
    counts = [db.query_one(f"SELECT count(*) FROM {t} WHERE deleted_at IS NULL")[0]
              for t in ("units", "contacts", "notices", "meetings")]
    counts += [db.query_one(f"SELECT count(*) FROM {t}")[0] for t in ("action_items", "nominations")]
    db.close()
    print(f"database: {counts[0]:,} units, {counts[1]:,} contacts, {counts[2]:,} notices, {counts[3]:,} meetings, "
          f"{counts[4]:,} action items, {counts[5]:,} nominations ({path.name})")
    if "--dashboard" not in sys.argv:
        report_search(path)
    for mode, what in (("in_view", "the charts in view drawn"), ("everything", "every chart drawn")):
        dash = bench_dashboard(path, mode)
        print(f"dashboard first shown (pyqtgraph imported, {dash['charts']} charts counted, {what}: "
              f"{dash['drawn']}): median {dash['shown']:.0f} ms of {dash['shown_all']} (target <= 300 ms), "
              f"CPU median {dash['cpu']:.0f} ms of {dash['cpu_all']}; chart queries alone {dash['queries']:.1f} ms")
        print(f"  beside it, a bare window importing pyqtgraph for one bar chart: median {dash['bare']:.0f} ms of "
              f"{dash['bare_all']}, CPU {dash['bare_cpu']:.0f} ms; the dashboard / the bare chart "
              f"{dash['shown'] / dash['bare']:.2f}x")
    first = bench_first_view(path)
    print(f"dashboard as the first view: window shown {first['window']:.0f} ms, every chart drawn "
          f"{first['drawn']:.0f} ms after, the window never kept from answering longer than {first['stall']:.0f} ms "
          f"(medians of {DASHBOARD_RUNS} processes)")
    return 0


def report_search(path: Path) -> None:
    result = bench_search(path)
    print(f"search per keystroke, every kind (8 hits a kind + counts), {result['n']} searches:")
    print(f"  first search of the process {result['first']:.0f} ms (OpenCC and pinyin tables loaded)")
    for kind, (median, high, worst) in result["kinds"].items():
        print(f"  {kind:14s} median {median:6.1f} ms  p95 {high:6.1f} ms  max {worst:6.1f} ms")
    print(f"  all            median {result['median']:6.1f} ms  p95 {result['p95']:6.1f} ms  (target p95 <= 30 ms)")
    print(f"  CPU time       median {result['cpu_median']:6.1f} ms  p95 {result['cpu_p95']:6.1f} ms "
          "(the wall time includes waiting for a core on a shared machine)")


if __name__ == "__main__":
    raise SystemExit(main())
