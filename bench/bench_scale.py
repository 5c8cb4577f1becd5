"""The figures of issue 9 (scale), at 2,000, 20,000 and 200,000 units (about 3 contacts each):

    python bench/bench_scale.py [sizes...]        # default: 2000 20000 200000

* start to main window shown, paired in one run with a bare PySide6 window showing
  a table (bench/bare_window.py): runs alternate bare / program at every size, medians
  and the ratios program ÷ bare and 200k ÷ 2k, as wall time and as the CPU time each
  process used until its window was shown. Both sides run from compiled bytecode as an
  installed program does: the script first compiles the program (``compileall``) and
  starts every process without PYTHONDONTWRITEBYTECODE (set in some development
  environments, it would make the program compile each of its modules at every start);
* filter per keystroke through the real list views (Qt models over core queries:
  count, model reset, the first screen of rows read as when painted), median and
  p95 per kind of query, units and contacts;
* refresh after a save: a contact saved through the core service, then the change
  signal: every list showing a touched table re-counts and re-reads its screen;
* peak memory of the process that did the filtering and the refresh (ru_maxrss).

Latencies are given as wall time and as the CPU time of the process: on a machine
shared with other work the wall time includes waiting for a core.

Databases come from bench/generate.py and are kept in bench/out/ (the 200,000-unit
one takes a while to make the first time).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.generate import cached  # noqa: E402

START_RUNS = 5
REPEATS = 3
# what a clerk types, keystroke by keystroke, by kind of query
UNIT_TYPING = {
    "1 Chinese character": ["重", "北", "华", "堃", "深", "科"],
    "2 Chinese characters": ["重庆", "北京", "华信", "重慶", "深圳", "科技"],
    "3+ Chinese characters": ["重庆华", "北京智", "华信智能", "重慶華信", "深圳数港", "科技发展"],
    "pinyin": ["c", "ch", "cho", "chon", "chong", "chongq", "chongqi", "chongqin", "chongqing",
               "h", "hu", "hua", "huax", "huaxi", "huaxin"],
    "initials": ["c", "cq", "b", "bj", "h", "hx", "hxz", "hxzn"],
    "code / number": ["9", "91", "915", "9150", "91500", "zc-2019"],
}
CONTACT_TYPING = {
    "1 Chinese character": ["王", "李", "堃", "张", "重", "𠮷"],
    "2 Chinese characters": ["王伟", "李娜", "志堃", "张敏", "重庆", "經理"],
    "3+ Chinese characters": ["王志强", "李梦瑶", "刘思远", "总经理", "重庆华", "张𠮷祥"],
    "pinyin": ["w", "wa", "wan", "wang", "wangw", "wangwe", "wangwei", "l", "li", "liu", "liuq", "liuqi", "liuqia",
               "liuqian", "liuqiang"],
    "initials": ["w", "wz", "wzq", "l", "ly", "lyy"],
    "mobile fragment": ["1", "13", "139", "1391", "5678", "45678"],
}


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def _compiled_env() -> dict[str, str]:
    """The environment of the timed processes: bytecode is read from (and written to) __pycache__."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _start(args: list[str], home: Path) -> tuple[float, float]:
    """(wall ms, CPU ms) from the process's start to its window shown."""
    env = {**_compiled_env(), "ALLIANCE_SECRETARIAT_HOME": str(home), "SECRETARIAT_BENCH_T0": repr(time.time())}
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"{' '.join(args)} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    lines = dict(x.split(":", 1) for x in out.stdout.splitlines() if x.startswith("start-to-window-"))
    return float(lines["start-to-window-ms"]), float(lines["start-to-window-cpu-ms"])


def start_times(dbs: dict[int, Path], home: Path) -> tuple[list[tuple[float, float]],
                                                           dict[int, list[tuple[float, float]]]]:
    """Alternating runs: bare window, then the program on each database, START_RUNS times."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "ui", "cli", "main.py", "bench"],
                   env=_compiled_env(), cwd=ROOT, check=True, capture_output=True)
    bare: list[tuple[float, float]] = []
    program: dict[int, list[tuple[float, float]]] = {n: [] for n in dbs}
    _start([str(ROOT / "bench" / "bare_window.py")], home)  # warm the file cache once
    for n, path in dbs.items():
        _start([str(ROOT / "main.py"), "--db", str(path), "--screenshot", str(home / "warm.png")], home)
    for _ in range(START_RUNS):
        for n, path in dbs.items():
            bare.append(_start([str(ROOT / "bench" / "bare_window.py")], home))
            program[n].append(_start([str(ROOT / "main.py"), "--db", str(path), "--screenshot",
                                      str(home / f"start{n}.png")], home))
    return bare, program


def _paint_first_screen(view) -> None:  # type: ignore[no-untyped-def]
    for row in range(min(30, view.model.rowCount())):
        for column in range(view.model.columnCount()):
            view.model.index(row, column).data()


def measure(db_path: Path, home: Path) -> dict:
    """In a process of its own: both lists on the database, typing, a save, peak memory."""
    os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from core.members import contacts
    from core.settings import Settings
    from core.storage.database import open_database
    from ui.common.language import LanguageManager
    from ui.contacts.view import ContactsView
    from ui.context import AppContext
    from ui.members.view import MembersView
    from ui.notices.view import NoticesView

    app = QApplication.instance() or QApplication([])
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    ctx = AppContext(open_database(db_path), settings, manager)
    members, people, notices = MembersView(ctx), ContactsView(ctx), NoticesView(ctx)
    result: dict = {}
    for key, view, typing in (("units", members, UNIT_TYPING), ("contacts", people, CONTACT_TYPING)):
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        per_kind: dict[str, list[float]] = {}
        per_kind_cpu: dict[str, list[float]] = {}
        for _ in range(REPEATS):
            for kind, keystrokes in typing.items():
                for text in keystrokes:
                    view.filter_edit.blockSignals(True)
                    view.filter_edit.setText(text)
                    view.filter_edit.blockSignals(False)
                    started, cpu = time.perf_counter(), time.process_time()
                    view.refresh()  # what the keystroke triggers (after the typing pause)
                    _paint_first_screen(view)
                    per_kind.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
                    per_kind_cpu.setdefault(kind, []).append((time.process_time() - cpu) * 1000)
        view.filter_edit.setText("")
        view.refresh()
        result[key] = per_kind
        result[key + "_cpu"] = per_kind_cpu
    # a save, then the change signal: the lists showing a touched table refresh their screen
    refresh, refresh_cpu, saves, notice_refreshes = [], [], [], []
    notices.reload = (lambda original: (lambda: (notice_refreshes.append(1), original())))(notices.reload)
    contact_id = people.model.id_at(5)
    for i in range(10):
        contact = contacts.get_contact(ctx.db, contact_id)
        values = {**contact.__dict__, "position": f"总经理{i}"}
        started = time.perf_counter()
        contacts.update_contact(ctx.db, contact_id, values)
        saved, cpu = time.perf_counter(), time.process_time()
        ctx.changed("contacts")
        _paint_first_screen(members)
        _paint_first_screen(people)
        refresh.append((time.perf_counter() - saved) * 1000)
        refresh_cpu.append((time.process_time() - cpu) * 1000)
        saves.append((saved - started) * 1000)
    result["refresh"] = refresh
    result["refresh_cpu"] = refresh_cpu
    result["save"] = saves
    result["notices_refreshed"] = len(notice_refreshes)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--measure":
        print("RESULT " + json.dumps(measure(Path(sys.argv[2]), Path(sys.argv[3]))), flush=True)
        return
    sizes = [int(a) for a in sys.argv[1:]] or [2000, 20000, 200000]
    home = ROOT / "bench" / "out" / "home"
    home.mkdir(parents=True, exist_ok=True)
    dbs = {n: cached(n) for n in sizes}
    for n, path in dbs.items():
        figure(f"database {n}", f"{path.name}, {path.stat().st_size / 1e6:.0f} MB")
    bare, program = start_times(dbs, home)
    bare_median = statistics.median(t for t, _cpu in bare)
    bare_cpu = statistics.median(cpu for _t, cpu in bare)
    figure("bare PySide6 window with a table, start to window",
           f"median {bare_median:.0f} ms, CPU {bare_cpu:.0f} ms (n={len(bare)})")
    for n, runs in program.items():
        times, cpus = [t for t, _cpu in runs], [cpu for _t, cpu in runs]
        figure(f"program on {n} units, start to window",
               f"median {statistics.median(times):.0f} ms, {statistics.median(times) / bare_median:.2f}x bare "
               f"(min {min(times):.0f}, max {max(times):.0f}); CPU median {statistics.median(cpus):.0f} ms, "
               f"{statistics.median(cpus) / bare_cpu:.2f}x bare")
    if len(sizes) > 1:
        first = statistics.median(t for t, _cpu in program[sizes[0]])
        last = statistics.median(t for t, _cpu in program[sizes[-1]])
        first_cpu = statistics.median(cpu for _t, cpu in program[sizes[0]])
        last_cpu = statistics.median(cpu for _t, cpu in program[sizes[-1]])
        figure(f"start {sizes[-1]} / {sizes[0]}", f"{last / first:.2f} (CPU {last_cpu / first_cpu:.2f})")
    for n, path in dbs.items():
        out = subprocess.run([sys.executable, __file__, "--measure", str(path), str(home)], capture_output=True,
                             text=True, check=True, cwd=ROOT)
        line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
        result = json.loads(line[len("RESULT "):])
        for key in ("units", "contacts"):
            every: list[float] = []
            every_cpu: list[float] = []
            for kind, values in result[key].items():
                cpu = result[key + "_cpu"][kind]
                every += values
                every_cpu += cpu
                figure(f"{n} {key} filter, {kind}", f"median {statistics.median(values):.1f} ms, "
                                                     f"p95 {p95(values):.1f} ms; CPU median "
                                                     f"{statistics.median(cpu):.1f}, p95 {p95(cpu):.1f} ms "
                                                     f"(n={len(values)})")
            figure(f"{n} {key} filter, every keystroke", f"median {statistics.median(every):.1f} ms, "
                                                        f"p95 {p95(every):.1f} ms; CPU median "
                                                        f"{statistics.median(every_cpu):.1f}, p95 "
                                                        f"{p95(every_cpu):.1f} ms (n={len(every)})")
        figure(f"{n} save of a contact (core, one transaction)", f"median {statistics.median(result['save']):.1f} ms")
        figure(f"{n} refresh after the save (unit and contact lists, first screens)",
               f"median {statistics.median(result['refresh']):.1f} ms, max {max(result['refresh']):.1f} ms, "
               f"CPU median {statistics.median(result['refresh_cpu']):.1f} ms; "
               f"notice list refreshed {result['notices_refreshed']} times")
        figure(f"{n} peak memory (lists, typing, saves)", f"{result['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
