"""Search keys that let 重庆 find 重慶 and the other way round.

Stored text stays as typed. For searching, each record also keeps a *folded*
copy: converted to Simplified with OpenCC (``t2s``), case-folded, spaces removed.
A query is folded the same way, so either script finds either script.
"""

from __future__ import annotations

import functools

_converter = None


def _t2s():
    global _converter
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return _converter


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The search form of ``text``: Simplified, lower case, no white space."""
    if not text:
        return ""
    folded = _t2s().convert(text) if not text.isascii() else text
    return "".join(folded.casefold().split())


def build_search_text(*parts: str | None) -> str:
    """One folded string of all searchable parts, separated so no match spans two."""
    return "\u241f".join(fold(p) for p in parts if p)


def like_pattern(query: str) -> str | None:
    """A LIKE pattern (escape char ``\\``) for a typed query, or None for an empty one."""
    folded = fold(query.strip())
    if not folded:
        return None
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
