"""The registry of record kinds: what the safety code knows about each logged table.

Every table whose rows the change log records is registered here ONCE, as a
:class:`RecordKind`. The safety code (undo/redo replay, change history, revert,
the trash, purging, search-text upkeep, backup counts and the database check)
reads only this registry: it never names a feature's tables itself.

The built-in kinds are declared in :mod:`core.records`; a new feature (meetings,
nominations, mail...) adds its own ``register(RecordKind(...))`` there (see
docs/architecture.md, "Adding a record kind"). Table and column names in SQL come
from here or from the schema itself (``PRAGMA table_info``), never from stored data.

This module holds declarations only: no SQL, no imports of services. Hooks that
need the services (restore, revert...) are plain callables, imported lazily by
the declaring module.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from core.i18n import N_

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class Link:
    """This kind's ``column`` holds the id of a row of ``table`` (its parent)."""
    table: str
    column: str


@dataclass(frozen=True)
class Unique:
    """A database-check rule: no two live rows of the kind share a value of ``column``
    (empty values are not compared). ``label`` names the column in the report; ``message``
    may name the kind ({what}: the label, {value}, {names}: the rows' names). Both ``N_``."""
    column: str
    label: str
    message: str = N_("The {what} {value} is used by several records: {names}.")


@dataclass(frozen=True)
class ParentField:
    """Rows of this kind are shown in their parent's history as one field (a unit's
    committees): ``describe(db, row)`` gives the text of the row's value."""
    link: Link
    field: str
    label: str
    describe: Callable[[Any, Mapping[str, Any]], str]


@dataclass(frozen=True)
class RecordKind:
    """What the safety code needs to know about one logged table.

    table, key      the table and the columns whose values identify a row
    label           ``N_`` text naming one record, e.g. ``N_("member unit {name}")``
    plural          ``N_`` text naming the kind in lists, e.g. ``N_("Member units")``
    name_column     the column that names a record ({name} of ``label``)
    field_labels    column -> ``N_`` label, for the history (a callable, read when shown)
    internal        derived or bookkeeping columns: hidden in the history, and wiped
                    from the change log behind an undo barrier that purges data
    parents         purging a parent purges this kind's rows that point to it
                    (with their change log); the first parent names the row in the trash
    in_trash        the table has ``deleted_at``: deleting moves rows to the trash
    counted         counted in a backup's summary
    refresh_search  ``f(conn, row_id)`` recomputes the row's derived search text
    unique          database-check rules (see :class:`Unique`)
    rules           further database-check rules: ``f(conn) -> [(Msg, repair, target)]``
    in_parent       shown in the parent's history instead of its own (see :class:`ParentField`)
    restore, delete ``f(db, ids)`` service calls (one action each) used by the trash and
                    by revert; None: a generic action that sets ``deleted_at``
    revert_field    ``f(db, record_id, field, value)`` puts one field back through the
                    feature's service (validation included), inside the revert action;
                    None: fields of this kind cannot be reverted from the history
    """
    table: str
    key: tuple[str, ...] = ("id",)
    label: str = ""
    plural: str = ""
    name_column: str = "name"
    field_labels: Callable[[], Mapping[str, str]] = dict
    internal: frozenset[str] = frozenset({"search_text", "sort_key", "created_at", "updated_at"})
    parents: tuple[Link, ...] = ()
    in_trash: bool = False
    counted: bool = False
    refresh_search: Callable[[Any, int], None] | None = None
    unique: tuple[Unique, ...] = ()
    rules: tuple[Callable[[Any], list[tuple[Any, str | None, int | None]]], ...] = ()
    in_parent: ParentField | None = None
    restore: Callable[[Any, list[int]], Any] | None = None
    delete: Callable[[Any, list[int]], Any] | None = None
    revert_field: Callable[[Any, int, str, Any], None] | None = None

    def __post_init__(self) -> None:
        names = [self.table, *self.key, self.name_column, *self.internal, *(p.column for p in self.parents),
                 *(p.table for p in self.parents), *(u.column for u in self.unique)]
        for name in names:
            if not _IDENTIFIER.match(name):
                raise ValueError(f"not a plain SQL identifier: {name!r}")
        if self.in_trash and self.key != ("id",):
            raise ValueError("only kinds keyed by id can go to the trash")


_KINDS: dict[str, RecordKind] = {}
_loaded = False


def register(kind: RecordKind) -> RecordKind:
    """Add ``kind`` (once per table); returns it."""
    if kind.table in _KINDS and _KINDS[kind.table] != kind:
        raise ValueError(f"record kind {kind.table!r} is registered already")
    _KINDS[kind.table] = kind
    return kind


def unregister(table: str) -> None:
    _KINDS.pop(table, None)


@contextlib.contextmanager
def registered(kind: RecordKind) -> Iterator[RecordKind]:
    """Register ``kind`` for the duration of a ``with`` block (tests, tools)."""
    _load()
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind.table)


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        import core.records  # noqa: F401  (declares the built-in kinds)


def get(table: str) -> RecordKind | None:
    """The kind of ``table``, or None for a table the registry does not know."""
    _load()
    return _KINDS.get(table)


def kinds() -> list[RecordKind]:
    """Every registered kind, in registration order (parents before their dependants)."""
    _load()
    return list(_KINDS.values())


def trash_kinds() -> list[RecordKind]:
    return [k for k in kinds() if k.in_trash]


def counted_kinds() -> list[RecordKind]:
    return [k for k in kinds() if k.counted]


def dependants(table: str) -> list[tuple[RecordKind, Link]]:
    """The kinds whose rows point to ``table`` (purged with its rows)."""
    return [(k, link) for k in kinds() for link in k.parents if link.table == table]
