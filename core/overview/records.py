"""Saved searches as a record kind: undo, history, the trash and the database check cover them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import NotFound
from core.i18n import Msg, N_
from core.storage.registry import RecordKind, Unique, register


def _labels() -> Mapping[str, str]:
    from core.overview.saved_searches import SAVED_SEARCH_LABELS

    return SAVED_SEARCH_LABELS


def _restore(db: Any, ids: list[int]) -> Any:
    from core.overview.saved_searches import restore_searches

    return restore_searches(db, ids)


def _delete(db: Any, ids: list[int]) -> Any:
    from core.overview.saved_searches import delete_searches

    return delete_searches(db, ids)


def _revert(db: Any, search_id: int, change: Any) -> None:
    from core.overview.saved_searches import rename_search

    if change.field != "name":
        raise NotFound(Msg("That change cannot be reverted from here."))
    rename_search(db, search_id, change.old)


register(RecordKind(
    table="saved_searches", label=N_("saved search {name}"), plural=N_("Saved searches"), field_labels=_labels,
    internal=frozenset({"created_at", "updated_at", "position"}), in_trash=True,
    unique=(Unique("name", N_("name"), N_("The {what} {value} is used by several saved searches: {names}.")),),
    restore=_restore, delete=_delete, revert_field=_revert))
