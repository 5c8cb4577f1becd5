"""Build the stroke tables the program ships (run at development time, never by the program).

    python resources/strokes/build_strokes.py UNIHAN CNCHAR_ORDER CNCHAR_TRAD

UNIHAN is ``Unihan_IRGSources.txt`` of the Unicode Character Database (plain, ``.bz2`` as
Debian's ``unicode-data`` package installs it under /usr/share/unicode/, or ``Unihan.zip``);
its ``kTotalStrokes`` field gives the stroke count of about 98,000 ideographs, rare ones and
CJK Extension B (𠮷 U+20BB7) included. Where it gives two counts, the first (the
Chinese-mainland one) is taken.

CNCHAR_ORDER and CNCHAR_TRAD are the npm packages ``cnchar-order`` and ``cnchar-trad``
(``npm pack cnchar-order@3.2.6 cnchar-trad@3.2.6``: the ``.tgz`` files or their unpacked
folders; MIT licence). They carry the stroke sequence (笔顺) of 6,939 Simplified and 2,611
Traditional characters as letters, one per stroke, and a table naming each letter's stroke.
Each stroke is written here as the digit of its class in the five-class order of official
lists (横竖撇点折, GF 3002-1999 and the 1965 印刷通用汉字字形表): 提 counts as 横 (1), 竖钩 as
竖 (2), 撇 is 3, 捺 and both dots as 点 (4), every turning stroke as 折 (5).

Writes, beside this script, each with a header naming its source and its format (kept
compact: the tables travel inside the program's zip):

* ``total_strokes.txt``: one line per run of consecutive code points: the first code point
  in hexadecimal, a tab, then one character per code point, ``chr(0x21 + count)`` (``!``:
  no count);
* ``stroke_orders.txt``: one line per character in code point order: the distance in code
  points from the previous line's character (hexadecimal), a space, the classes of its
  first ``KEEP`` strokes as digits (a tie that far into two names' strokes is broken by
  code point).
"""

from __future__ import annotations

import bz2
import io
import json
import re
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Stroke names of cnchar's table -> class in 横竖撇点折 (GF 3002-1999: 提 -> 横, 竖钩 -> 竖, 捺 -> 点).
CLASS_OF_NAME = {"横": "1", "提": "1", "竖": "2", "竖钩": "2", "撇": "3", "点": "4", "点2": "4", "捺": "4"}
TURNING = "5"
KEEP = 6             # strokes kept of each sequence
BASE = 0x21          # count n is written chr(BASE + n)


def read_unihan(path: Path) -> tuple[dict[str, int], str]:
    """(character -> kTotalStrokes, Unicode version line)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            text = archive.read("Unihan_IRGSources.txt").decode("utf-8")
    elif path.suffix == ".bz2":
        text = bz2.decompress(path.read_bytes()).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    counts: dict[str, int] = {}
    version = ""
    for line in io.StringIO(text):
        if line.startswith("# Unicode version:"):
            version = line[1:].strip()
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and parts[1] == "kTotalStrokes":
            counts[chr(int(parts[0][2:], 16))] = int(parts[2].split()[0])
    if not counts:
        raise SystemExit(f"{path}: no kTotalStrokes field found")
    return counts, version


def _script_text(path: Path, name: str) -> str:
    """The minified script ``name`` of an npm package (a .tgz or its unpacked folder)."""
    if path.is_dir():
        return (path / "package" / name if (path / "package").is_dir() else path / name).read_text(encoding="utf-8")
    with tarfile.open(path) as archive:
        member = archive.extractfile(f"package/{name}")
        if member is None:
            raise SystemExit(f"{path}: package/{name} missing")
        return member.read().decode("utf-8")


def _json_objects(script: str) -> list[dict]:
    """The ``JSON.parse('{...}')`` literals of a webpack bundle, in order."""
    return [json.loads(m.group(1)) for m in re.finditer(r"JSON\.parse\('(\{.*?\})'\)", script)]


def read_cnchar(order_pkg: Path, trad_pkg: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(character -> stroke letters, letter -> class digit)."""
    order = _json_objects(_script_text(order_pkg, "cnchar.order.min.js"))
    trad = _json_objects(_script_text(trad_pkg, "cnchar.trad.min.js"))
    letters = next(d for d in order if "一" in d)
    table = next(d for d in order if all(isinstance(v, dict) and "name" in v for v in d.values()))
    trad_letters = next(d for d in trad if "愛" in d and all(isinstance(v, str) and v.isalpha() for v in d.values()))
    classes = {}
    for letter, info in table.items():
        names = info["name"].split("|")
        found = {CLASS_OF_NAME.get(n, TURNING) for n in names}
        if len(found) != 1:
            raise SystemExit(f"stroke letter {letter!r} names strokes of different classes: {info['name']}")
        classes[letter] = found.pop()
    sequences = dict(letters)
    for ch, seq in trad_letters.items():
        sequences.setdefault(ch, seq)
    return sequences, classes


def _runs(code_points: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for cp in code_points:
        if runs and cp == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], cp)
        else:
            runs.append((cp, cp))
    return runs


def build(unihan: Path, order_pkg: Path, trad_pkg: Path) -> None:
    counts, version = read_unihan(unihan)
    sequences, classes = read_cnchar(order_pkg, trad_pkg)
    by_cp = {ord(ch): n for ch, n in counts.items()}
    if max(by_cp.values()) + BASE > 0x7E:
        raise SystemExit("a stroke count too large for one printable character")
    licence = "Unicode License (see LICENCE.txt beside this file)"
    lines = [f"# kTotalStrokes of Unihan_IRGSources.txt, {version}; {licence}.",
             "# Made by build_strokes.py. One line per run of code points: the first code point (hex), a tab,",
             f"# one character per code point: chr(0x{BASE:x} + stroke count)."]
    for start, end in _runs(sorted(by_cp)):
        lines.append(f"{start:X}\t" + "".join(chr(BASE + by_cp[cp]) for cp in range(start, end + 1)))
    (HERE / "total_strokes.txt").write_text("\n".join(lines) + "\n", encoding="ascii")

    mismatched = []
    rows = []
    previous = 0
    for ch in sorted(sequences, key=ord):
        digits = "".join(classes[c] for c in sequences[ch])
        if counts.get(ch) != len(digits):
            mismatched.append(ch)
        rows.append(f"{ord(ch) - previous:x} {digits[:KEEP]}")
        previous = ord(ch)
    head = ["# Stroke classes (1 横 2 竖 3 撇 4 点 5 折) of the first strokes of characters, in writing order,",
            "# from the npm packages cnchar-order and cnchar-trad 3.2.6 (MIT licence, see LICENCE.txt beside",
            "# this file). Made by build_strokes.py. One line per character: its distance in code points",
            "# from the previous line's character (hex; the first from 0), a space, the classes of its first",
            f"# {KEEP} strokes as digits."]
    (HERE / "stroke_orders.txt").write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    print(f"{len(counts)} stroke counts, {len(rows)} stroke sequences "
          f"({len(mismatched)} whose length differs from kTotalStrokes: {''.join(mismatched)})")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
