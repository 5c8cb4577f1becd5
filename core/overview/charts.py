"""The dashboard's charts as providers: each computes its numbers from core queries.

A :class:`Chart` is plain data (labels already in the UI language, figures, and for each
bar the list filter behind it), so the UI draws it, the tests check it against the
queries and the .xlsx export writes it, without knowing which module made it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from core.i18n import tr
from core.storage.database import Database


@dataclass(frozen=True)
class Bar:
    """One category: its label, one figure per series, and per series the filter of the list
    behind it (``None``: no list shows exactly that figure)."""
    label: str
    values: tuple[int, ...]
    filters: tuple[dict[str, Any] | None, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    series: tuple[str, ...]  # series names (one: a plain bar chart; more: grouped bars)
    bars: tuple[Bar, ...]
    view: str  # the list a click opens: members, contacts, notices (later meetings...)
    horizontal: bool = True  # category labels on the left (long names), else years along the bottom
    stacked: bool = False
    note: str = ""  # what the chart leaves out, said under it
    ceiling: int | None = None  # the value axis ends here at most (100 for a percentage)

    @property
    def total(self) -> int:
        return sum(sum(b.values) for b in self.bars)


@dataclass(frozen=True)
class ChartProvider:
    """``build(db)`` returns the chart in the current language; ``tables``: the tables whose
    changes make it out of date (compared with ``ctx.data_changed``'s payload)."""
    key: str
    build: Callable[[Database], Chart]
    tables: frozenset[str] = field(default_factory=frozenset)


_PROVIDERS: dict[str, ChartProvider] = {}
_loaded = False
_loading = threading.Lock()


def register_chart(provider: ChartProvider) -> ChartProvider:
    _PROVIDERS[provider.key] = provider
    return provider


def unregister_chart(key: str) -> None:
    _PROVIDERS.pop(key, None)


def _load() -> None:
    """Register the built-in charts once. The dashboard counts on a thread of its own while the
    window's thread asks for the list too: the second caller waits for the whole list."""
    global _loaded
    if not _loaded:
        with _loading:
            if not _loaded:
                import core.overview.builtin  # noqa: F401  (registers the built-in charts and search kinds)
                _loaded = True


def providers() -> list[ChartProvider]:
    _load()
    return list(_PROVIDERS.values())


def provider(key: str) -> ChartProvider:
    _load()
    return _PROVIDERS[key]


def build_charts(db: Database, keys: Iterable[str] | None = None) -> list[Chart]:
    wanted = None if keys is None else set(keys)
    return [p.build(db) for p in providers() if wanted is None or p.key in wanted]


def table_rows(chart: Chart) -> tuple[list[str], list[list[Any]]]:
    """The chart's numbers as a table: a header and one row per bar (for .xlsx and tests)."""
    header = [tr("Category"), *chart.series]
    if len(chart.series) > 1:
        header.append(tr("Total"))
    rows = []
    for bar in chart.bars:
        row: list[Any] = [bar.label, *bar.values]
        if len(chart.series) > 1:
            row.append(sum(bar.values))
        rows.append(row)
    return header, rows
