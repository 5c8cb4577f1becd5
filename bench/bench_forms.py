"""Benchmark of the forms' files (issue 12): filled PDFs in a batch, returns read back, blank sizes.

Run from the repository root:

    python bench/bench_forms.py [--forms 1000] [--returns 200] [--reps 3] [--workers 2]

Prints one ``figure: value`` line per measurement:

* ``--forms`` filled expert forms (different names, rare characters, CVs of several lines)
  written by ``filled_batch`` (stamped on the blank drawn once) into an empty folder, in one
  process, side by side with the same forms drawn whole by reportlab as before (runs
  alternated, median of ``--reps`` each), then stamped by ``--workers`` processes; seconds
  wall and CPU, ms a form, the ratios (target: 1,000 forms <= 30 s);
* ``--returns`` fillable expert forms filled by pypdf (as a recipient's reader would; not
  timed; 20 different ones, copied) read back from their folder by ``read_returned``, side
  by side with the fields read by pypdf alone as before (runs alternated, median of
  ``--reps`` each; target: 200 <= 20 s), with every value checked against what was typed;
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


def _whole_batch(items, folder: Path) -> list[Path]:
    """The batch as it was made before forms were stamped: each form drawn whole by reportlab."""
    from core.forms import form_spec, write_file
    from core.forms.pdf import _fonts, _layout, _targets
    from core.forms.render import render

    spec, fonts = form_spec("expert"), _fonts(None, "hans")
    folder.mkdir(parents=True, exist_ok=True)
    layout = _layout(spec, "hans", fonts)
    targets = _targets(folder, [stem for stem, _values in items])
    return [write_file(render(spec, "hans", fonts, values=values, layout=layout)[0], target)
            for target, (_stem, values) in zip(targets, items)]


def _timed(run) -> tuple[float, float, object]:
    start, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - start, time.process_time() - cpu, result


def bench_batch(count: int, workers: int, reps: int) -> None:
    from core.forms import filled_batch

    items = [(f"专家推荐表-{n:04d}-{values_for(n)['name']}", values_for(n)) for n in range(count)]
    with tempfile.TemporaryDirectory(prefix="forms-batch-") as folder:
        filled_batch("expert", items[:3], Path(folder) / "warm")  # fonts found and registered, blank drawn
        _whole_batch(items[:3], Path(folder) / "warm-whole")
        runs: dict[str, list[tuple[float, float]]] = {"stamped": [], "whole": []}
        sizes: dict[str, float] = {}
        for rep in range(reps):  # alternated, so that both meet the same load
            for label, run in (("whole", lambda: _whole_batch(items, Path(folder) / f"whole-{rep}")),
                               ("stamped", lambda: filled_batch("expert", items, Path(folder) / f"one-{rep}"))):
                wall, cpu, written = _timed(run)
                assert len(written) == count
                runs[label].append((wall, cpu))
                sizes[label] = statistics.median(p.stat().st_size for p in written)
        medians = {k: (statistics.median(w for w, _c in v), statistics.median(c for _w, c in v))
                   for k, v in runs.items()}
        for label, title in (("whole", "drawn whole by reportlab (before)"), ("stamped", "stamped (now)")):
            wall, cpu = medians[label]
            print(f"filled forms {title}: {count} in {wall:.1f} s wall, {cpu:.1f} s CPU (median of {reps}; "
                  f"{wall / count * 1000:.1f} ms wall and {cpu / count * 1000:.1f} ms CPU a form; "
                  f"median {sizes[label] / 1024:.0f} KB)")
        print(f"filled forms, stamped vs drawn whole: {medians['whole'][0] / medians['stamped'][0]:.1f}x faster "
              f"in wall time, {medians['whole'][1] / medians['stamped'][1]:.1f}x in CPU time")
        if workers > 1:
            wall, _cpu, written = _timed(lambda: filled_batch("expert", items, Path(folder) / "many",
                                                              workers=workers))
            assert len(written) == count
            print(f"filled forms stamped in {workers} processes: {count} in {wall:.1f} s wall "
                  f"({wall / count * 1000:.1f} ms a form; {medians['stamped'][0] / wall:.2f}x the one-process batch)")


def _pdf_fields_before(reader, objects=None) -> dict:
    """How returns.py read the fields before core.forms.pdfobjects: every object parsed by pypdf."""
    def text(value) -> str:
        if value is None:
            return ""
        try:
            value = value.get_object()
        except AttributeError:
            pass
        return str(value)

    out: dict = {}
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                continue
            holder = annot if "/T" in annot else annot.get("/Parent")
            holder = holder.get_object() if holder is not None else None
            if holder is None or "/T" not in holder:
                continue
            name = text(holder["/T"])
            ft = holder.get("/FT", annot.get("/FT"))
            value = holder.get("/V")
            if ft == "/Btn":
                state = text(value) if value is not None else ""
                if state in ("", "/Off"):
                    widget_state = text(annot.get("/AS"))
                    if widget_state not in ("", "/Off"):
                        state = widget_state
                if name not in out or out[name] in ("", "/Off"):
                    out[name] = state
            else:
                out[name] = text(value)
    return out


def bench_returns(count: int, reps: int) -> None:
    from form_fillers import fill_with_pypdf

    from core.forms import blank_pdf, read_returned
    from core.forms import returns as returns_module

    blank = blank_pdf("expert")
    distinct = 20  # pypdf takes about a second to fill one (it parses the form's font for each field)
    filled = [fill_with_pypdf(blank, _typed(n)) for n in range(min(distinct, count))]
    quick = returns_module._pdf_fields
    with tempfile.TemporaryDirectory(prefix="forms-returns-") as folder:
        for n in range(count):
            (Path(folder) / f"return-{n:04d}.pdf").write_bytes(filled[n % distinct])
        runs: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
        for _ in range(reps):  # alternated, so that both meet the same load
            for label, reader in (("before", _pdf_fields_before), ("now", quick)):
                returns_module._pdf_fields = reader
                try:
                    wall, cpu, found = _timed(lambda: read_returned(folder, kind="expert"))
                finally:
                    returns_module._pdf_fields = quick
                assert len(found) == count
                wrong = [f.path.name for n, f in enumerate(found) if f.problems or f.error
                         or f.values["name"] != values_for(n % distinct)["name"]
                         or f.values["birth"] != values_for(n % distinct)["birth"]]
                assert not wrong, wrong[:3]
                runs[label].append((wall, cpu))
        medians = {k: (statistics.median(w for w, _c in v), statistics.median(c for _w, c in v))
                   for k, v in runs.items()}
        for label, title in (("before", "every object parsed by pypdf (before)"),
                             ("now", "fields read by core.forms.pdfobjects (now)")):
            wall, cpu = medians[label]
            print(f"returns read back, {title}: {count} filled PDFs in {wall:.1f} s wall, {cpu:.1f} s CPU "
                  f"(median of {reps}; {wall / count * 1000:.1f} ms wall and {cpu / count * 1000:.1f} ms CPU a "
                  f"form; {count} of {count} with every value as typed)")
        print(f"returns, now vs before: {medians['before'][0] / medians['now'][0]:.1f}x faster in wall time, "
              f"{medians['before'][1] / medians['now'][1]:.1f}x in CPU time")


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
            bench_batch(args.forms, args.workers, args.reps)
        if args.only in (None, "returns"):
            bench_returns(args.returns, args.reps)
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
