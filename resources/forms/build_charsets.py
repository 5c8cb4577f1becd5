"""Build tgh2013.txt, the 8,105 characters of 通用规范汉字表 (2013), at development time.

    python resources/forms/build_charsets.py [/usr/share/unicode/Unihan_OtherMappings.txt.bz2]

The list comes from the ``kTGH`` property of the Unicode Character Database's Unihan
data (Unicode licence; Debian's ``unicode-data`` package ships it). The fillable forms'
typing font covers these characters (core/forms/typing_font.py), which include the
name characters GB 2312 lacks (堃, 喆, 镕...). Nothing is read from Unihan at run time.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(source: str = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2") -> None:
    entries = []
    with bz2.open(source, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTGH":
                number = int(parts[2].split(":")[1].split()[0])
                entries.append((number, chr(int(parts[0][2:], 16))))
    entries.sort()
    text = "".join(ch for _n, ch in entries)
    if len(text) != 8105:
        raise SystemExit(f"expected 8105 characters, found {len(text)}")
    (HERE / "tgh2013.txt").write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(text)} characters")


if __name__ == "__main__":
    main(*sys.argv[1:])
