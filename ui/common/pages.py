"""The module pages of the main window, each built when first shown.

A module is one entry of ``ui.main_window.MODULES``: ``(key, N_(label), "package.module:Class")``.
The sidebar needs only the key (its icon, resources/icons/<key>.svg) and the label;
the page's module is imported and the page built the first time it is asked for
(shown, or looked up in :class:`LazyPages`), so the window appears without paying
for the pages it does not show.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def page_class(source: str | type) -> type:
    """The page class named by ``"package.module:Class"`` (imported now), or the class given."""
    if not isinstance(source, str):
        return source
    module, _, name = source.partition(":")
    return getattr(importlib.import_module(module), name)


class LazyPages(Mapping[str, "QWidget"]):
    """key -> page, built on first access with ``make(key, page_class)``; iterating gives
    every module's key, in order, without building anything."""

    def __init__(self, modules: list[tuple[str, str, Any]], make: Callable[[str, type], QWidget]) -> None:
        self._sources = {key: source for key, _label, source in modules}
        self._make = make
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._make(key, page_class(self._sources[key]))
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __contains__(self, key: object) -> bool:
        return key in self._sources

    def built(self) -> dict[str, QWidget]:
        """The pages built so far (nothing is built by asking)."""
        return dict(self._built)
