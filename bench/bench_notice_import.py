"""Reading a notice from a document: how long a clerk waits after choosing the file.

Run from the repository root:

    python bench/bench_notice_import.py [--reps 7]

Writes a typical notice (one page, ~40 paragraphs) and a long one (about 1,000 paragraphs,
~60,000 characters, 10 attachment items) as .docx, as GB18030 text and as Markdown, then
prints the median time of ``draft_from_file`` (read + recognise, no database write) for
each, and the ratio of the long to the short one (close to the ratio of their sizes when
the work grows linearly).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.notices.from_file import draft_from_file  # noqa: E402
from core.storage.database import open_database  # noqa: E402

PARAGRAPH = ("各成员单位要高度重视，明确专人负责，按照《中国智慧城市产业联盟章程》和有关规定，认真组织申报，"
             "材料报送至office@example.org，详见https://www.example.org/notice?id=5。")


def lines(sections: int, attachments: int) -> list[str]:
    out = ["关于开展2026年度优秀成员单位评选工作的通知", "各成员单位："]
    cn = "一二三四五六七八九十"
    for s in range(sections):
        out.append(f"{cn[s % 10]}、第{s + 1}部分")
        for k in range(1, 4):
            out.append(f"（{cn[k - 1]}）小节{k}。" + PARAGRAPH)
            out += [PARAGRAPH] * 2
    out.append("附件：" + "\n".join(f"{i}.附件名称{i}" for i in range(1, attachments + 1)))
    out += ["中国智慧城市产业联盟", "2026年3月5日"]
    return "\n".join(out).split("\n")


def write(folder: Path, name: str, text_lines: list[str]) -> list[Path]:
    import docx

    document = docx.Document()
    for line in text_lines:
        document.add_paragraph(line)
    paths = [folder / f"{name}.docx", folder / f"{name}.txt", folder / f"{name}.md"]
    document.save(paths[0])
    paths[1].write_bytes("\r\n".join(text_lines).encode("gb18030"))
    paths[2].write_text("# " + "\n\n".join(text_lines), encoding="utf-8")
    return paths


def median_ms(db, path: Path, reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        draft_from_file(db, path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        db = open_database(root / "bench.sqlite3")
        short, long = lines(4, 2), lines(80, 10)
        chars = (sum(map(len, short)), sum(map(len, long)))
        print(f"paragraphs: {len(short)} / {len(long)}; characters: {chars[0]} / {chars[1]}")
        for short_path, long_path in zip(write(root, "short", short), write(root, "long", long)):
            draft_from_file(db, short_path)  # first call loads python-docx / charset-normalizer
            a, b = median_ms(db, short_path, args.reps), median_ms(db, long_path, args.reps)
            print(f"{short_path.suffix}: typical {a:.1f} ms, long {b:.1f} ms, ratio {b / a:.1f} "
                  f"(size ratio {chars[1] / chars[0]:.1f})")
        db.close()


if __name__ == "__main__":
    main()
