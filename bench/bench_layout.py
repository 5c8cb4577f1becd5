"""Benchmark of the GB/T 9704 layout engine's line breaking: titles and a long notice.

Run from the repository root:

    python bench/bench_layout.py [--reps 9]

Prints one ``figure: value`` line per measurement (medians of ``--reps`` runs, fonts
and the word segmenter loaded before timing):

* title wrapping (``titles.wrap_title`` at 22 pt) of 10, 100 and 200-character titles,
  with the candidate evaluations per character (linear work: flat per character);
* line breaking of every paragraph of a long notice (``Composer.flow``);
* the long notice's full export to PDF (``render_pdf``, in memory);
* the same long notice's layout, ratio to the 3-page sample (work per line, flat).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.documents import render_pdf  # noqa: E402
from core.documents.compose import XBS, Composer  # noqa: E402
from core.documents.fonts import load_fonts  # noqa: E402
from core.documents.geometry import PageGeometry  # noqa: E402
from core.documents.samples import sample_notice  # noqa: E402
from core.documents.titles import WrapStats, wrap_title  # noqa: E402
from core.documents.typeset import Typesetter  # noqa: E402

BASE = ("中国智慧城市产业联盟关于开展2014年度智慧城市优秀案例评选以及专家组评审附件材料报送工作和召开第二次"
        "理事会会议暨标准组成员增补有关事项")


def title(n: int) -> str:
    return ((BASE + "、") * (n // len(BASE) + 1))[:max(n - 3, 1)] + "的通知"[:n]


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def median_time(fn, reps: int) -> float:
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()
    g = PageGeometry()
    ts = Typesetter(g, load_fonts())
    measure = lambda c: ts.advance(c, XBS, g.title_size_pt)  # noqa: E731
    wrap_title(title(100), measure, g.block_width)  # loads the segmenter's dictionary
    from core.documents.titles import word_boundaries

    for n in (10, 100, 200):
        text = title(n)
        stats = WrapStats()
        wrap_title(text, measure, g.block_width, stats=stats)

        def run(text=text):
            word_boundaries.cache_clear()  # segmentation included, as in a first export
            wrap_title(text, measure, g.block_width)

        seconds = median_time(run, args.reps)
        figure(f"title of {n} characters: wrap (median of {args.reps})",
               f"{seconds * 1000:.2f} ms, {stats.evaluations} evaluations ({stats.evaluations / n:.0f} per character)")

    for pages in (3, 20):
        doc = sample_notice(pages)
        chars = sum(len(b.text) + len(b.tail) for b in doc.body)
        composer = Composer(doc, ts, {"attachment": "附件", "present": "出席", "absent": "请假",
                                       "observers": "列席"}, [])
        rows = composer.flow()
        seconds = median_time(composer.flow, args.reps)
        figure(f"{pages}-page notice: line breaking of {chars} characters into {len(rows)} rows",
               f"{seconds * 1000:.1f} ms ({seconds / max(len(rows), 1) * 1e6:.0f} us a row)")
        render_pdf(doc, io.BytesIO())
        seconds = median_time(lambda doc=doc: render_pdf(doc, io.BytesIO()), max(3, args.reps // 3))
        figure(f"{pages}-page notice: full export to PDF", f"{seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
