"""One search across every kind of record: :func:`search` returns the hits grouped by kind.

Each kind is a :class:`SearchKind`: the indexed table whose live rows' search documents are
searched (``search_text``, kept current by the kind's ``refresh_search`` in the record
registry), and ``hits(db, ids, form, limit)``, which turns candidates into at most ``limit``
hits, best first. :func:`search` reads, per kind and in one query, the ids of up to
``COUNT_CAP + 1`` matching rows (core.storage.overview.matching_ids: the SQLite full-text
index of core.storage.search_index; a PostgreSQL store would answer it with pg_trgm, and no
caller changes): their number is the group's count, the first few are the candidates ranked.
``form`` is the folded, spaced query of core.text.search (重庆 = 重慶 = chongqing = cq).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from core.i18n import tr
from core.storage.database import Database
from core.text.search import fold, search_form

DEFAULT_LIMIT = 8  # hits per kind
COUNT_CAP = 200  # beyond, a group says "200+" (counting further costs a row read each)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: int
    title: str  # the record's name or title, as stored
    detail: str  # one line under it: unit and position, document number and date...


@dataclass(frozen=True)
class SearchKind:
    """``label`` is an ``N_`` text naming the kind (a group's heading); ``table`` the indexed
    table (core.storage.search_index); ``hits(db, ids, form, limit)`` the hits of candidates
    ``ids`` (matching live rows, in the index's order), at most ``limit``, best first."""
    key: str
    label: str
    table: str
    hits: Callable[[Database, list[int], str, int], list[Hit]]


def candidates(limit: int) -> int:
    """How many matching rows a kind ranks to show ``limit``: a few more, so the best names
    come first (the index lists rows in id order, not by how well they answer)."""
    return max(limit * 4, 32)


@dataclass(frozen=True)
class Group:
    kind: str
    label: str  # in the current language
    hits: tuple[Hit, ...]
    count: int  # matches in all (up to COUNT_CAP + 1)

    @property
    def more(self) -> bool:
        return self.count > len(self.hits)


_KINDS: dict[str, SearchKind] = {}


def register_kind(kind: SearchKind) -> SearchKind:
    _KINDS[kind.key] = kind
    return kind


def unregister_kind(key: str) -> None:
    _KINDS.pop(key, None)


def all_kinds() -> list[SearchKind]:
    from core.overview.charts import _load

    _load()
    return list(_KINDS.values())


def search(db: Database, text: str, kinds: Iterable[str] | None = None, limit: int = DEFAULT_LIMIT
           ) -> list[Group]:
    """The records matching ``text``, grouped by kind in registration order (units, contacts,
    notices, then what later modules add); kinds without a match are left out. Any length
    of query works, one character included; an empty query finds nothing."""
    form = search_form(text)
    if form is None:
        return []
    from core.storage.overview import matching_ids

    wanted = None if kinds is None else set(kinds)
    groups = []
    with db.lock:
        for kind in all_kinds():
            if wanted is not None and kind.key not in wanted:
                continue
            ids = matching_ids(db, kind.table, form, max(COUNT_CAP + 1, limit))
            if ids:
                hits = kind.hits(db, ids[:max(candidates(limit), limit)], form, limit)
                groups.append(Group(kind.key, tr(kind.label), tuple(hits), len(ids)))
    return groups


def rank(query_form: str, name: str, sort_key: str = "") -> int:
    """How well a record's name answers the query (lower first): the whole name, its pinyin or
    initials (0); their beginning (1); inside them (2); only another field matched (3).
    ``sort_key``: the name's stored pinyin sort key (read instead of converting the name again)."""
    query = query_form[::2]  # the spaced form without its spaces
    parts = _name_forms(name, sort_key)
    if query in parts:
        return 0
    for p in parts:
        if p.startswith(query):
            return 1
    for p in parts:
        if query in p:
            return 2
    return 3


@functools.lru_cache(maxsize=4096)
def _name_forms(name: str, sort_key: str) -> tuple[str, ...]:
    """A name folded, its full pinyin and its initials (the same names come back keystroke after
    keystroke as the clerk types on)."""
    syllables = [s for s in sort_key.split() if s.isascii() and s.isalpha()]
    return tuple(p for p in (fold(name), "".join(syllables), "".join(s[0] for s in syllables)) if p)
