"""Benchmark of the forms' files (issue 12): filled PDFs in a batch, returns read back, blank sizes.

Run from the repository root:

    python bench/bench_forms.py [--forms 1000] [--returns 200] [--reps 3] [--workers 2]

Prints one ``figure: value`` line per measurement:

* ``--forms`` filled expert forms (different names, rare characters, CVs of several lines)
  written by ``filled_batch`` into an empty folder, in one process, then shared among
  ``--workers`` processes; seconds, ms a form, the ratio (target: 1,000 forms <= 30 s);
* ``--returns`` fillable expert forms filled by pypdf (as a recipient's reader would; not
  timed; 20 different ones, copied) read back from their folder by ``read_returned``: median of ``--reps`` runs
  (target: 200 <= 20 s), with every value checked against what was typed;
* the fillable blank of each form in Simplified and Traditional: size (target <= 2 MB)
  and time with the typing font cached in memory; the first fillable blank of a fresh
  data folder (typing subset made with fontTools) is reported apart.

Every figure runs with its own data folder (ALLIANCE_SECRETARIAT_HOME in a temporary
folder): the user's settings and caches are not touched. Wall-clock and CPU seconds are
both printed, with the load average: the workstation is shared, and CPU seconds are what an
idle machine would take.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "志良垓智堃喆镕犇𠮷伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国晓红玉梅"
UNITS = ("中国科学院自动化研究所", "清华大学", "国家电网公司", "华为技术有限公司", "中兴通讯股份有限公司", "无锡物联网产业研究院")


def values_for(n: int) -> dict:
    name = SURNAMES[n % len(SURNAMES)] + GIVEN[(n * 7) % len(GIVEN)] + GIVEN[(n * 13 + 5) % len(GIVEN)]
    return {"name": name, "gender": "男女"[n % 2], "birth": f"{1950 + n % 40}-{1 + n % 12:02d}", "ethnicity": "汉族",
            "employer": UNITS[n % len(UNITS)], "mobile": f"139{n:08d}", "email": f"expert{n}@example.com",
            "side": ("政", "产", "学", "研", "用", "资本")[n % 6],
            "expertise": ["智能交通", "智慧医疗", "智能电网"][: 1 + n % 3],
            "work_history": "\n".join(f"{1990 + k}年起 {UNITS[(n + k) % len(UNITS)]} 研究员，负责智慧城市标准研究"
                                      for k in range(4)),
            "achievements": "《智慧城市评价指标体系》主要起草人；国家科技进步二等奖", "recommender_date": "2013-11-06"}


def _typed(n: int) -> dict:
    v = values_for(n)
    typed = {k: v[k] for k in ("name", "ethnicity", "employer", "mobile", "email", "work_history", "achievements")}
    typed.update({"birth": v["birth"].replace("-", "年") + "月", "gender": "c1" if v["gender"] == "男" else "c2",
                  "recommender_date": "2013/11/6"})
    from core.forms.spec import DEFAULT_COMMITTEES, EXPERT_SIDES

    typed["side"] = f"c{EXPERT_SIDES.index(v['side']) + 1}"

    for area in v["expertise"]:
        typed[f"expertise__{DEFAULT_COMMITTEES.index(area) + 1}"] = True
    return typed


def bench_batch(count: int, workers: int) -> None:
    from core.forms import filled_batch

    items = [(f"专家推荐表-{n:04d}-{values_for(n)['name']}", values_for(n)) for n in range(count)]
    with tempfile.TemporaryDirectory(prefix="forms-batch-") as folder:
        filled_batch("expert", items[:3], Path(folder) / "warm")  # fonts found and registered
        start, cpu = time.perf_counter(), time.process_time()
        written = filled_batch("expert", items, Path(folder) / "one")
        one, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert len(written) == count
        size = statistics.median(p.stat().st_size for p in written)
        print(f"filled forms in one process: {count} in {one:.1f} s ({one / count * 1000:.0f} ms a form; "
              f"{cpu:.1f} s of CPU; median {size / 1024:.0f} KB)")
        if workers > 1:
            start = time.perf_counter()
            written = filled_batch("expert", items, Path(folder) / "many", workers=workers)
            many = time.perf_counter() - start
            assert len(written) == count
            print(f"filled forms in {workers} processes: {count} in {many:.1f} s "
                  f"({many / count * 1000:.0f} ms a form; {one / many:.2f}x the one-process batch)")


def bench_returns(count: int, reps: int) -> None:
    from form_fillers import fill_with_pypdf

    from core.forms import blank_pdf, read_returned

    blank = blank_pdf("expert")
    distinct = 20  # pypdf takes about a second to fill one (it parses the form's font for each field)
    filled = [fill_with_pypdf(blank, _typed(n)) for n in range(min(distinct, count))]
    with tempfile.TemporaryDirectory(prefix="forms-returns-") as folder:
        for n in range(count):
            (Path(folder) / f"return-{n:04d}.pdf").write_bytes(filled[n % distinct])
        times, cpus = [], []
        for _ in range(reps):
            start, cpu = time.perf_counter(), time.process_time()
            found = read_returned(folder, kind="expert")
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        assert len(found) == count
        wrong = [f.path.name for n, f in enumerate(found) if f.problems or f.error
                 or f.values["name"] != values_for(n % distinct)["name"]
                 or f.values["birth"] != values_for(n % distinct)["birth"]]
        median = statistics.median(times)
        print(f"returns read back: {count} filled PDFs in {median:.1f} s (median of {reps}; "
              f"{median / count * 1000:.0f} ms a form; {statistics.median(cpus):.1f} s of CPU; "
              f"{count - len(wrong)} of {count} with every value as typed)")


def bench_blanks() -> None:
    from core.forms import blank_pdf

    start = time.perf_counter()
    blank_pdf("expert")
    print(f"first fillable blank with a fresh data folder (typing subset made): {time.perf_counter() - start:.1f} s")
    for script in ("hans", "hant-tw"):
        for kind in ("expert", "standards", "membership"):
            start = time.perf_counter()
            data = blank_pdf(kind, script=script)
            took = time.perf_counter() - start
            printable = len(blank_pdf(kind, script=script, fillable=False))
            print(f"fillable blank {kind} {script}: {len(data) / 1048576:.2f} MB in {took:.2f} s "
                  f"(printable: {printable / 1024:.0f} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--returns", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", choices=("blanks", "batch", "returns"), help="run one part only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="forms-home-") as home:
        os.environ["ALLIANCE_SECRETARIAT_HOME"] = home
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if args.only in (None, "blanks"):
            bench_blanks()
        if args.only in (None, "batch"):
            bench_batch(args.forms, args.workers)
        if args.only in (None, "returns"):
            bench_returns(args.returns, args.reps)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
