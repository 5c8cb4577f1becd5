"""How the search box opens a hit of each kind (its editor) and which list shows all of a kind.

A module adds its kind with ``register_opener("meetings", open_meeting, "meetings")``
(the meetings page); ``list_fields`` names what that list needs besides the text (the expert
pool's page also shows the standards roster: ``{"pool": "standards_members"}``). Until a kind has an opener, Enter on its hit keeps the search box open on it and
says so (:func:`has_opener`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from core.errors import UserError
from ui.common.messages import show_error
from ui.context import AppContext

Opener = Callable[[AppContext, int, QWidget], None]
_OPENERS: dict[str, Opener] = {}
LIST_VIEWS: dict[str, str] = {}  # search kind -> the list that shows all its matches
LIST_FIELDS: dict[str, dict[str, Any]] = {}  # search kind -> filter fields that list needs besides the text


def register_opener(kind: str, opener: Opener, list_view: str | None = None,
                    list_fields: dict[str, Any] | None = None) -> None:
    _OPENERS[kind] = opener
    if list_view:
        LIST_VIEWS[kind] = list_view
    if list_fields:
        LIST_FIELDS[kind] = dict(list_fields)


def has_opener(kind: str) -> bool:
    return kind in _OPENERS


def open_record(ctx: AppContext, kind: str, record_id: int, parent: QWidget) -> None:
    opener = _OPENERS.get(kind)
    if opener is None:
        return
    try:
        opener(ctx, record_id, parent)
    except UserError as exc:  # deleted meanwhile, or the file went away
        show_error(parent, str(exc))


def _open_unit(ctx: AppContext, unit_id: int, parent: QWidget) -> None:
    from core.members import units
    from ui.members.editor import UnitEditor

    dialog = UnitEditor(ctx, units.get_unit(ctx.db, unit_id), parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        ctx.changed("units")


def _open_contact(ctx: AppContext, contact_id: int, parent: QWidget) -> None:
    from core.members import contacts
    from ui.contacts.editor import ContactEditor

    dialog = ContactEditor(ctx, contacts.get_contact(ctx.db, contact_id), None, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        ctx.changed("contacts")


def _open_notice(ctx: AppContext, notice_id: int, parent: QWidget) -> None:
    from core.notices import service
    from ui.notices.editor import NoticeEditor

    dialog = NoticeEditor(ctx, service.get_notice(ctx.db, notice_id), parent)
    dialog.exec()
    if dialog.result_value is not None or dialog.corrected:
        ctx.changed("notices")


register_opener("units", _open_unit, "members")
register_opener("contacts", _open_contact, "contacts")
register_opener("notices", _open_notice, "notices")


def _open_meeting(ctx: AppContext, meeting_id: int, parent: QWidget) -> None:
    from ui.meetings.editor import MeetingEditor

    MeetingEditor(ctx, meeting_id, parent).exec()
    ctx.changed()


def _open_action_item(ctx: AppContext, item_id: int, parent: QWidget) -> None:
    """An action item opens in its meeting's editor, on the action items tab."""
    from core.meetings.agenda import get_action_item
    from ui.meetings.editor import MeetingEditor

    editor = MeetingEditor(ctx, get_action_item(ctx.db, item_id).meeting_id, parent)
    editor.show_tab("actions")
    editor.exec()
    ctx.changed()


register_opener("meetings", _open_meeting, "meetings")
register_opener("action_items", _open_action_item, "meetings")


def _open_nomination(ctx: AppContext, nomination_id: int, parent: QWidget) -> None:
    """A nomination opens on the calls page: its call's nominations listed, it selected, its
    values, review history and the call's count beside it (review, edit, scan from there)."""
    from core.calls import nominations

    nomination = nominations.get_nomination(ctx.db, nomination_id)  # gone meanwhile: UserError, said
    window = parent.window()
    if not hasattr(window, "show_view"):
        return
    window.show_view("nominations")
    window.page().show_nomination(nomination_id, nomination.call_id)


def _person_opener(table: str) -> Opener:
    def open_person(ctx: AppContext, person_id: int, parent: QWidget) -> None:
        from core.calls import pool
        from ui.calls.pool_view import PersonEditor

        dialog = PersonEditor(ctx, table, pool.get_person(ctx.db, table, person_id), parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            ctx.changed(table)
    return open_person


register_opener("nominations", _open_nomination, "nominations")
register_opener("experts", _person_opener("experts"), "experts", {"pool": "experts"})
register_opener("standards_members", _person_opener("standards_members"), "experts", {"pool": "standards_members"})
