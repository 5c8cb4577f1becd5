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
Chinese character. The tables are read once, on first use.
"""

from __future__ import annotations

import functools
import threading

from core.resources import resource_path

UNKNOWN_COUNT = 999    # not a Chinese character: after all of them
UNKNOWN_CLASS = 6      # a stroke sequence the tables do not have: after 折 (5)

_lock = threading.Lock()
# (count, every character with that count) per line of total_strokes.txt; character -> classes
_tables: tuple[list[tuple[int, str]], dict[str, str]] | None = None


def _load() -> tuple[list[tuple[int, str]], dict[str, str]]:
    """The tables, read once. Counts stay one string per count (searched, not turned into a
    dict of 98,000 entries: a list of 60 people needs a few hundred look-ups)."""
    global _tables
    with _lock:
        if _tables is None:
            folder = resource_path("strokes")
            counts = []
            for line in (folder / "total_strokes.txt").read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    number, chars = line.split("\t", 1)
                    counts.append((int(number), chars))
            orders: dict[str, str] = {}
            for line in (folder / "stroke_orders.txt").read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    ch, digits = line.split("\t", 1)
                    orders[ch] = digits
            _tables = counts, orders
        return _tables


@functools.lru_cache(maxsize=65536)
def stroke_count(ch: str) -> int | None:
    """Total strokes of one character (Unihan kTotalStrokes), None when it is not an ideograph."""
    if len(ch) != 1 or ord(ch) < 0x2E80:
        return None
    for number, chars in _load()[0]:
        if ch in chars:
            return number
    return None


def stroke_classes(ch: str) -> str | None:
    """The classes of ``ch``'s strokes in writing order as digits (王 -> '1121'), None when unknown."""
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
