"""Undo and redo of whole clerk actions (Ctrl+Z / Ctrl+Shift+Z), across modules.

Each action is what one :meth:`Database.action` recorded; undo puts back every row
it changed, redo re-applies them. Both are transactions of their own and are not
themselves logged, so the history shows what stands, not the back-and-forth.

Some actions cannot be undone: issuing a notice (its number is given for good),
emptying the trash (the data is gone), mail sent. They are *barriers*: undo stops
there with a message, and the Edit menu says so ("Cannot undo: Issue notice …").
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import UserError
from core.i18n import Msg
from core.safety import action_names
from core.storage import changes
from core.storage.database import Database


def action_name(row: changes.ActionRow) -> Msg:
    return action_names.action_name(row.label, row.params)


@dataclass(frozen=True)
class Step:
    """What Ctrl+Z (or Ctrl+Shift+Z) would do now, for the Edit menu."""
    text: Msg | None  # "Undo: Delete member unit XX", "Cannot undo: Issue notice …", or None: nothing
    enabled: bool


def undo_step(db: Database) -> Step:
    with db.lock:
        row = changes.last_done(db)
    if row is None:
        return Step(None, False)
    if row.barrier:
        return Step(Msg("Cannot undo: {action}", action=action_name(row)), False)
    return Step(Msg("Undo: {action}", action=action_name(row)), True)


def redo_step(db: Database) -> Step:
    with db.lock:
        row = changes.first_undone(db)
    return Step(Msg("Redo: {action}", action=action_name(row)), True) if row else Step(None, False)


def undo_text(db: Database) -> Msg | None:
    """"Undo: Delete member unit XX" for the menu ("Cannot undo: …" at a barrier), or None."""
    return undo_step(db).text


def redo_text(db: Database) -> Msg | None:
    return redo_step(db).text


def _step(db: Database, backwards: bool) -> Msg | None:
    with db.transaction() as conn:
        row = changes.last_done(conn) if backwards else changes.first_undone(conn)
        if row is None:
            return None
        if row.barrier:
            raise UserError(Msg("“{action}” cannot be undone, nor anything done before it.",
                                action=action_name(row)))
        changes.replay(conn, row.id, backwards=backwards)
        db.note_action_tables(conn, row.id)
    return action_name(row)


def undo(db: Database) -> Msg | None:
    """Undo the last action; returns its name, or None when there was nothing to undo.
    Raises UserError at a barrier (nothing is changed)."""
    return _step(db, backwards=True)


def redo(db: Database) -> Msg | None:
    """Redo the action undone last; returns its name, or None."""
    return _step(db, backwards=False)


def undone_message(action: Msg) -> Msg:
    """The status-bar text after Ctrl+Z."""
    return Msg("Undone: {action}", action=action)


def redone_message(action: Msg) -> Msg:
    """The status-bar text after Ctrl+Shift+Z."""
    return Msg("Redone: {action}", action=action)
