"""Sign-in search per keystroke over a meeting of 2,000 invitees (issue 11):

    python bench/bench_signin.py [INVITEES]

A meeting of INVITEES (default 2,000) people of 700 units (names drawn like the demo's,
some in Traditional characters, a few rare characters) is made in a temporary database
through the core services. Then 300 names are "typed" the ways a clerk at the door types
them: the first characters of the name, its initials (wzl), its full pinyin letter by
letter, and the first characters of the unit. Each keystroke is one call of
core.meetings.signin_search.search_invitees, timed; the median and p95 are printed.
The first call of each kind is not counted apart: OpenCC and pypinyin are loaded before.

Target: p95 <= 30 ms per keystroke.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.demo import FEMALE, MALE, RARE_NAMES, SURNAMES, UNITS  # noqa: E402


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def make_meeting(db, count: int, rng: random.Random) -> tuple[int, list[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    from core.meetings import attendance, service
    from core.text.search import fold

    meeting = service.create_meeting(db, {"title": "2026年度会员大会", "meeting_date": "2026-12-18"})
    units = [u[0] for u in UNITS] + [f"{rng.choice(('北京', '上海', '重慶', '深圳', '成都'))}"
                                     f"{rng.choice(('智联', '数科', '城脑', '物联', '云图'))}{i}号科技有限公司"
                                     for i in range(700 - len(UNITS))]
    from opencc import OpenCC

    s2t = OpenCC("s2t")
    people: list[tuple[str, str]] = []
    taken: set[str] = set()
    with db.action("Bench invitees"):
        while len(people) < count:
            if len(people) < len(RARE_NAMES):
                name = RARE_NAMES[len(people)][0]
            else:
                name = rng.choice(SURNAMES) + rng.choice(MALE + FEMALE)
            if rng.random() < 0.1:
                name = s2t.convert(name)
            key = fold(name)
            if key in taken and rng.random() < 0.8:
                continue
            taken.add(key)
            unit = rng.choice(units)
            attendance.insert_attendee(db, meeting.id, {"name": name, "unit_name": unit, "position": "代表"})
            people.append((name, unit))
    return meeting.id, people


def keystrokes(name: str, unit: str) -> list[str]:
    from core.text.search import pinyin_forms

    full, initials = pinyin_forms(name)
    typed = [name[:1], name[:2], name]
    typed += [initials[:i] for i in range(1, len(initials) + 1)]
    typed += [full[:i] for i in range(1, min(len(full), 8) + 1)]
    typed += [unit[:2], unit[:4]]
    return [t for t in typed if t]


def main() -> None:
    from core.meetings.signin_search import search_invitees
    from core.storage.database import open_database

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        t0 = time.perf_counter()
        meeting_id, people = make_meeting(db, count, rng)
        print(f"meeting of {len(people)} invitees made in {time.perf_counter() - t0:.1f} s", flush=True)
        search_invitees(db, meeting_id, "王")  # load OpenCC and pypinyin
        times: list[float] = []
        found = 0
        sample = rng.sample(people, 300)
        for name, unit in sample:
            for typed in keystrokes(name, unit):
                start = time.perf_counter()
                search_invitees(db, meeting_id, typed)
                times.append((time.perf_counter() - start) * 1000)
            found += any(h.name == name for h in search_invitees(db, meeting_id, name))
        db.close()
    print(f"keystrokes: {len(times)} over {len(sample)} names ({found} found by their full name)")
    print(f"sign-in search per keystroke: median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms, "
          f"max {max(times):.1f} ms (target p95 <= 30 ms)")


if __name__ == "__main__":
    main()
