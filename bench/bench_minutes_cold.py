"""Cold minutes export as the clerk's script runs it (issue 11: target <= 1.0 s for a 60-attendee
meeting): ``python main.py meetings export ID --out x.pdf`` in a fresh process, wall time.

Run from the repository root:

    python bench/bench_minutes_cold.py [--runs 7] [--attendees 60] [--baseline DIR] [--soffice]

The meeting of core/meetings/minutes_sample.py (60 present, 3 excused, 2 observers, 8 action
items) is recorded through the core's calls in a temporary database, once approved and once as a
draft (the draft carries the 草稿 mark). Each figure is the median of ``--runs`` fresh processes,
the commands alternated run by run so that the load of this shared machine falls on all alike:

* the approved minutes as PDF, the draft as PDF, the approved minutes as .docx;
* ``python -c pass`` (the interpreter's own start, the floor of any command);
* with ``--baseline DIR`` (another version's source tree, e.g. ``git archive <commit> | tar -x -C DIR``)
  the same PDF commands run from DIR, with the ratio this tree / baseline;
* with ``--soffice``: LibreOffice converting the .docx to PDF (what a clerk without this program
  would wait for), a reference.

Every run uses the same data folder (ALLIANCE_SECRETARIAT_HOME in a temporary folder), whose font
cache the first, unmeasured run of each tree fills; byte-code is cached as in an installation.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


MAKE = """
import shutil, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from core.meetings import service
from core.meetings.minutes_sample import sample_minutes
from core.storage.database import open_database
from tests.minutes_helpers import record_meeting

draft, approved = Path(sys.argv[2]), Path(sys.argv[3])
db = open_database(draft, create=True)
meeting_id = record_meeting(db, sample_minutes(int(sys.argv[4]), status="draft"))
db.conn.close()
shutil.copy(draft, approved)
db = open_database(approved)
service.approve_minutes(db, meeting_id, "2013-11-08")
db.conn.close()
print(meeting_id)
"""


def make_databases(tree: Path, draft: Path, approved: Path, attendees: int) -> int:
    """The sample meeting recorded by ``tree``'s own code, once as a draft and once approved."""
    out = subprocess.run([sys.executable, "-c", MAKE, str(tree), str(draft), str(approved), str(attendees)],
                         check=True, capture_output=True, text=True, cwd=tree, env=os.environ)
    return int(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--attendees", type=int, default=60)
    parser.add_argument("--baseline", type=Path, help="another version's source tree, measured side by side")
    parser.add_argument("--soffice", action="store_true", help="also time LibreOffice converting the .docx")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bench-minutes-cold-"))
    os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(home)
    draft_db, approved_db = home / "draft.sqlite3", home / "approved.sqlite3"
    meeting_id = make_databases(ROOT, draft_db, approved_db, args.attendees)
    figure("attendees present", str(args.attendees))

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["ALLIANCE_SECRETARIAT_HOME"] = str(home)

    def export(tree: Path, database: Path, out: str) -> list[str]:
        return [sys.executable, str(tree / "main.py"), "--db", str(database), "--lang", "en", "meetings", "export",
                str(meeting_id), "--out", str(home / out), "--force"]

    commands: dict[str, tuple[list[str], Path]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], ROOT),
        "approved PDF": (export(ROOT, approved_db, "approved.pdf"), ROOT),
        "draft PDF (草稿 mark)": (export(ROOT, draft_db, "draft.pdf"), ROOT),
        "approved .docx": (export(ROOT, approved_db, "approved.docx"), ROOT),
    }
    if args.baseline:  # its own databases: an older version refuses a file of a newer schema
        base = args.baseline.resolve()
        base_draft, base_approved = home / "base-draft.sqlite3", home / "base-approved.sqlite3"
        if make_databases(base, base_draft, base_approved, args.attendees) != meeting_id:
            raise SystemExit("the baseline recorded the sample meeting under another id")
        commands["baseline: approved PDF"] = (export(base, base_approved, "base-approved.pdf"), base)
        commands["baseline: draft PDF (草稿 mark)"] = (export(base, base_draft, "base-draft.pdf"), base)

    def wall(command: list[str], cwd: Path) -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=cwd)
        return time.perf_counter() - start

    for command, cwd in commands.values():  # font caches filled, byte-code written
        wall(command, cwd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for k in range(args.runs):
        for name in names[k % len(names):] + names[:k % len(names)]:
            times[name].append(wall(*commands[name]))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        figure(f"cold, median of {args.runs} (s): {name}", f"{value:.3f}")
    if args.baseline:
        for kind in ("approved PDF", "draft PDF (草稿 mark)"):
            figure(f"ratio this tree / baseline: {kind}", f"{medians[kind] / medians['baseline: ' + kind]:.2f}")
    figure("ratio .docx / PDF (approved)", f"{medians['approved .docx'] / medians['approved PDF']:.2f}")
    if args.soffice and shutil.which("soffice"):
        profile = home / "lo-profile"
        convert = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(home / "lo"), str(home / "approved.docx")]
        wall(convert, home)  # the profile made
        lo = [wall(convert, home) for _ in range(max(1, args.runs // 2))]
        figure(f"LibreOffice converting the .docx to PDF, median of {len(lo)} (s)", f"{statistics.median(lo):.3f}")
        figure("ratio LibreOffice / this program's PDF", f"{statistics.median(lo) / medians['approved PDF']:.1f}")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
