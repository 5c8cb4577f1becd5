"""Pinyin sort keys, so that Chinese names sort as a Chinese reader expects.

The key is computed when a record is written and stored in an indexed column, so
sorting 20,000 rows costs nothing at display time. pypinyin is imported on first
use only: reading the database never loads its dictionaries.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=8192)
def sort_key(text: str) -> str:
    """``重庆市公司`` -> ``chong qing shi gong si``; Latin text is lower-cased as is.

    Characters pypinyin does not know (rare ones such as 𠮷) keep their own code
    point after a ``~`` so they sort after every romanised syllable.
    """
    if not text:
        return ""
    from pypinyin import Style, lazy_pinyin

    parts: list[str] = []
    for syllable in lazy_pinyin(text, style=Style.NORMAL, errors=lambda chunk: [chunk] if chunk.isascii() else list(chunk)):
        syllable = syllable.strip()
        if not syllable:
            continue
        if len(syllable) == 1 and ord(syllable) > 0x2E7F:
            parts.append("~" + syllable)
        else:
            parts.append(syllable.casefold())
    return " ".join(parts)
