"""Pinyin sort keys, so that Chinese names sort as a Chinese reader expects.

The key is computed when a record is written and stored in an indexed column, so
sorting 20,000 rows costs nothing at display time. pypinyin is imported on first
use only: reading the database never loads its dictionaries.

Speed: names repeat their words (北京, 科技, 有限公司), so the text is cut into
pypinyin's own phrase segments and each segment's reading is cached; the result
is the same as converting the whole name at once (重庆 still reads chong qing),
several times faster on an import of 20,000 units.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=65536)
def _segment(segment: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    parts: list[str] = []
    for syllable in lazy_pinyin(segment, style=Style.NORMAL,
                                errors=lambda chunk: [chunk] if chunk.isascii() else list(chunk)):
        syllable = syllable.strip()
        if not syllable:
            continue
        if len(syllable) == 1 and ord(syllable) > 0x2E7F:
            parts.append("~" + syllable)
        else:
            parts.append(syllable.casefold())
    return tuple(parts)


@functools.lru_cache(maxsize=8192)
def sort_key(text: str) -> str:
    """``重庆市公司`` -> ``chong qing shi gong si``; Latin text is lower-cased as is.

    Characters pypinyin does not know (rare ones such as 𠮷) keep their own code
    point after a ``~`` so they sort after every romanised syllable.
    """
    if not text:
        return ""
    from pypinyin.seg.simpleseg import seg

    return " ".join(p for segment in seg(text) for p in _segment(segment))
