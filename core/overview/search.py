"""One search across every kind of record: :func:`search` returns the hits grouped by kind.

Each kind is a :class:`SearchKind` provider: ``find(db, form, limit)`` lists up to
``limit`` hits of records whose search document contains ``form`` (the folded, spaced
query of core.text.search: 重庆 = 重慶 = chongqing = cq), ``count(db, form, cap)`` counts
them up to a cap. The built-in kinds answer from the SQLite full-text index
(core.storage.search_index); a PostgreSQL store would answer the same two calls with
pg_trgm, and no caller changes.
"""

from __future__ import annotations

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
    """``label`` is an ``N_`` text naming the kind (a group's heading)."""
    key: str
    label: str
    find: Callable[[Database, str, int], list[Hit]]
    count: Callable[[Database, str, int], int]


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
    wanted = None if kinds is None else set(kinds)
    groups = []
    with db.lock:
        for kind in all_kinds():
            if wanted is not None and kind.key not in wanted:
                continue
            hits = kind.find(db, form, limit)
            if hits:
                count = kind.count(db, form, COUNT_CAP) if len(hits) >= limit else len(hits)
                groups.append(Group(kind.key, tr(kind.label), tuple(hits), count))
    return groups


def rank(query_form: str, name: str, sort_key: str = "") -> int:
    """How well a record's name answers the query (lower first): the whole name, its pinyin or
    initials (0); their beginning (1); inside them (2); only another field matched (3).
    ``sort_key``: the name's stored pinyin sort key (read instead of converting the name again)."""
    query = query_form[::2]  # the spaced form without its spaces
    folded = fold(name)
    syllables = [s for s in sort_key.split() if s.isascii() and s.isalpha()]
    full, initials = "".join(syllables), "".join(s[0] for s in syllables)
    parts = [p for p in (folded, full, initials) if p]
    if query in parts:
        return 0
    if any(p.startswith(query) for p in parts):
        return 1
    if any(query in p for p in parts):
        return 2
    return 3
