"""Stroke order of names (姓氏笔画), the usual order of official lists.

A name sorts by its first character's stroke count, then by the class of its
strokes in writing order (横 1, 竖 2, 撇 3, 点 4, 折 5: the first stroke decides
ties, then the second...), then the same for the next characters. A compound
surname (欧阳, 司马) therefore sorts by its first character, like any other.

The data are two tables in resources/strokes/, made at development time by
resources/strokes/build_strokes.py: stroke counts from Unicode's Unihan database
(``kTotalStrokes``, every CJK ideograph including Extension B, so 堃, 喆 and 𠮷
have counts) and stroke sequences of about 9,500 common Simplified and
Traditional characters from the cnchar packages (MIT). A character with a count
but no known sequence sorts after the characters of its count whose first stroke
is known; a character with no count at all (Latin letters, digits) after every
Chinese character. The first six strokes of each character are kept (two
characters of one count alike that far go by code point). The tables are read
once, on first use.
"""

from __future__ import annotations

import functools
import threading

from core.resources import resource_path

UNKNOWN_COUNT = 999    # not a Chinese character: after all of them
UNKNOWN_CLASS = 6      # a stroke sequence the tables do not have: after 折 (5)

_lock = threading.Lock()
# runs of code points with their counts (first code point, one character per code point:
# chr(0x21 + count)), sorted; character -> classes of its first strokes
_tables: tuple[list[tuple[int, str]], dict[str, str]] | None = None
_BASE = 0x21


def _load() -> tuple[list[tuple[int, str]], dict[str, str]]:
    """The tables, read once (the formats are described in resources/strokes/build_strokes.py)."""
    global _tables
    with _lock:
        if _tables is None:
            folder = resource_path("strokes")
            runs = []
            for line in (folder / "total_strokes.txt").read_text(encoding="ascii").splitlines():
                if line and not line.startswith("#"):
                    start, counts = line.split("\t", 1)
                    runs.append((int(start, 16), counts))
            orders: dict[str, str] = {}
            cp = 0
            for line in (folder / "stroke_orders.txt").read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    delta, digits = line.split(" ", 1)
                    cp += int(delta, 16)
                    orders[chr(cp)] = digits
            _tables = sorted(runs), orders
        return _tables


def stroke_count(ch: str) -> int | None:
    """Total strokes of one character (Unihan kTotalStrokes), None when it is not an ideograph."""
    if len(ch) != 1:
        return None
    cp = ord(ch)
    for start, counts in _load()[0]:
        if start <= cp < start + len(counts):
            count = ord(counts[cp - start]) - _BASE
            return count or None
    return None


def stroke_classes(ch: str) -> str | None:
    """The classes of ``ch``'s first strokes in writing order as digits (王 -> '1121'; at most
    six strokes are kept), None when unknown."""
    return _load()[1].get(ch)


@functools.lru_cache(maxsize=65536)
def char_key(ch: str) -> tuple:
    """Sort key of one character: stroke count, stroke classes, code point."""
    count = stroke_count(ch)
    if count is None:
        return (UNKNOWN_COUNT, (), ch.casefold())
    digits = stroke_classes(ch)
    classes = tuple(int(d) for d in digits) if digits else (UNKNOWN_CLASS,)
    return (count, classes, ch)


def stroke_key(name: str) -> tuple:
    """Sort key of a name (or a unit's name) in stroke order: character by character."""
    return tuple(char_key(ch) for ch in name.strip() if not ch.isspace())
