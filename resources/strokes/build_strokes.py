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

Writes ``total_strokes.txt`` (one line per count: the count, a tab, every character with
that count) and ``stroke_orders.txt`` (one line per character: the character, a tab, its
stroke classes as digits) beside this script, each with a header naming its source.
"""

from __future__ import annotations

import bz2
import io
import json
import re
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Stroke names of cnchar's table -> class in 横竖撇点折 (GF 3002-1999: 提 -> 横, 竖钩 -> 竖, 捺 -> 点).
CLASS_OF_NAME = {"横": "1", "提": "1", "竖": "2", "竖钩": "2", "撇": "3", "点": "4", "点2": "4", "捺": "4"}
TURNING = "5"


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


def build(unihan: Path, order_pkg: Path, trad_pkg: Path) -> None:
    counts, version = read_unihan(unihan)
    sequences, classes = read_cnchar(order_pkg, trad_pkg)
    by_count: dict[int, list[str]] = defaultdict(list)
    for ch in sorted(counts, key=ord):
        by_count[counts[ch]].append(ch)
    licence = "Unicode License (see LICENCE.txt beside this file)"
    lines = [f"# kTotalStrokes of Unihan_IRGSources.txt, {version}; {licence}.",
             "# Made by build_strokes.py: one line per stroke count, the count, a tab, the characters."]
    lines += [f"{n}\t{''.join(chars)}" for n, chars in sorted(by_count.items())]
    (HERE / "total_strokes.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    mismatched = []
    rows = []
    for ch in sorted(sequences, key=ord):
        digits = "".join(classes[c] for c in sequences[ch])
        if counts.get(ch) != len(digits):
            mismatched.append(ch)
        rows.append(f"{ch}\t{digits}")
    head = ["# Stroke classes (1 横 2 竖 3 撇 4 点 5 折) of each stroke, in writing order, from the npm",
            "# packages cnchar-order and cnchar-trad 3.2.6 (MIT licence, see LICENCE.txt beside this file).",
            "# Made by build_strokes.py: the character, a tab, one digit per stroke."]
    (HERE / "stroke_orders.txt").write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    print(f"{len(counts)} stroke counts, {len(rows)} stroke sequences "
          f"({len(mismatched)} whose length differs from kTotalStrokes: {''.join(mismatched)})")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
