"""Benchmark of the minutes (纪要) PDF of a 60-attendee meeting (issue 11).

Run from the repository root:

    python bench/bench_minutes.py [--attendees 60] [--reps 9] [--cold 5]

The meeting (the 2013 council working meeting of core/meetings/minutes_sample.py: 60
present, 3 excused, 2 observers, 3 agenda items, 3 decisions, 8 action items) is
recorded through the core's calls in a temporary database, then exported with
``core.meetings.minutes_source.export_minutes_pdf`` (database read, attendee order by
level and strokes, layout, PDF written), as ``meetings export`` does. Prints one
``figure: value`` line per measurement:

* warm: median of ``--reps`` exports in one process (approved minutes; and a draft,
  which carries the 草稿 mark), in Simplified and in Traditional (Taiwan);
* cold: an export in a fresh interpreter (imports, font search, stroke tables, layout),
  measured inside the interpreter and as wall time with its start-up: the first run
  (empty font cache) apart, then the median of ``--cold`` runs, paired and alternated with
  a cold render of the 3-page sample notice (the reference of bench/bench_notice_pdf.py) on
  this shared machine: the ratio is the figure to compare across runs.

Targets: warm <= 0.3 s, cold <= 1.0 s. Every run uses its own data folder
(ALLIANCE_SECRETARIAT_HOME in a temporary folder).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COLD = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from core.storage.database import open_database
from core.meetings.minutes_source import export_minutes_pdf
db = open_database({db!r}, read_only=True)
export_minutes_pdf(db, {meeting}, {out!r}, overwrite=True)
print(time.perf_counter() - t0)
"""
# the reference measured side by side: a 3-page notice exported cold (bench/bench_notice_pdf.py's figure)
NOTICE = """
import sys, time, io
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from core.documents import render_pdf
from core.documents.samples import sample_notice
render_pdf(sample_notice(3), io.BytesIO())
print(time.perf_counter() - t0)
"""


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=60)
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--cold", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-minutes-"))
    os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(home)
    from core.meetings import service
    from core.meetings.minutes_sample import sample_minutes
    from core.meetings.minutes_source import export_minutes_pdf
    from core.storage.database import open_database
    from tests.minutes_helpers import record_meeting

    path = home / "bench.sqlite3"
    db = open_database(path, create=True)
    meeting_id = record_meeting(db, sample_minutes(args.attendees))
    out = home / "minutes.pdf"
    figure("attendees present", str(args.attendees))

    def warm(meeting_id: int, script: str) -> float:
        export_minutes_pdf(db, meeting_id, out, script, overwrite=True)  # fonts, OpenCC, tables loaded
        times = []
        for _ in range(args.reps):
            start = time.perf_counter()
            export_minutes_pdf(db, meeting_id, out, script, overwrite=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    figure("warm export, draft with 草稿 mark, Simplified (median s)", f"{warm(meeting_id, 'hans'):.3f}")
    service.approve_minutes(db, meeting_id, "2013-11-08")
    figure("warm export, approved, Simplified (median s)", f"{warm(meeting_id, 'hans'):.3f}")
    from pypdf import PdfReader

    figure("pages, PDF size (KB)", f"{len(PdfReader(out).pages)}, {out.stat().st_size / 1024:.0f}")
    figure("warm export, approved, Traditional (Taiwan) (median s)", f"{warm(meeting_id, 'hant-tw'):.3f}")
    db.conn.close()

    # as installed: byte-code cached (this machine's PYTHONDONTWRITEBYTECODE would compile every module anew)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["ALLIANCE_SECRETARIAT_HOME"] = str(home / "cold")
    code = COLD.format(root=str(ROOT), db=str(path), meeting=meeting_id, out=str(home / "cold.pdf"))

    def cold(script: str = code) -> tuple[float, float]:
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env,
                                cwd=ROOT)
        return float(result.stdout.split()[-1]), time.perf_counter() - start

    inner, wall = cold()
    figure("cold export, first run (empty font cache, byte-code written): inside / wall (s)",
           f"{inner:.3f} / {wall:.3f}")
    cold(NOTICE.format(root=str(ROOT)))
    runs, notices = [], []
    for k in range(args.cold):  # paired, alternating which goes first
        pair = [lambda: runs.append(cold()), lambda: notices.append(cold(NOTICE.format(root=str(ROOT))))]
        for run in pair if k % 2 == 0 else reversed(pair):
            run()
    minutes_inner = statistics.median(r[0] for r in runs)
    notice_inner = statistics.median(r[0] for r in notices)
    figure(f"cold export, median of {args.cold}: inside / wall (s)",
           f"{minutes_inner:.3f} / {statistics.median(r[1] for r in runs):.3f}")
    figure(f"side by side: cold 3-page notice (render only), median of {args.cold}: inside (s); minutes / notice",
           f"{notice_inner:.3f}; {minutes_inner / notice_inner:.2f}")


if __name__ == "__main__":
    main()
