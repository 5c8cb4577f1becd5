"""Undo and redo of whole clerk actions (Ctrl+Z / Ctrl+Shift+Z), across modules.

Each action is what one :meth:`Database.action` recorded; undo puts back every row
it changed, redo re-applies them. Both are transactions of their own and are not
themselves logged, so the history shows what stands, not the back-and-forth.
"""

from __future__ import annotations

from core.i18n import Msg
from core.storage import changes
from core.storage.database import Database


def action_name(row: changes.ActionRow) -> Msg:
    return Msg(row.label, **row.params)


def undo_text(db: Database) -> Msg | None:
    """"Undo: Delete member unit XX" for the menu, or None when there is nothing to undo."""
    with db.lock:
        row = changes.last_done(db.conn)
    return Msg("Undo: {action}", action=action_name(row)) if row else None


def redo_text(db: Database) -> Msg | None:
    with db.lock:
        row = changes.first_undone(db.conn)
    return Msg("Redo: {action}", action=action_name(row)) if row else None


def _step(db: Database, backwards: bool) -> Msg | None:
    with db.transaction() as conn:
        row = changes.last_done(conn) if backwards else changes.first_undone(conn)
        if row is None:
            return None
        changes.replay(conn, row.id, backwards=backwards)
        db.note_action_tables(conn, row.id)
    return action_name(row)


def undo(db: Database) -> Msg | None:
    """Undo the last action; returns its name, or None when there was nothing to undo."""
    return _step(db, backwards=True)


def redo(db: Database) -> Msg | None:
    """Redo the action undone last; returns its name, or None."""
    return _step(db, backwards=False)
