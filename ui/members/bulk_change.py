"""Change the level, status or a committee of the selected member units at once.

One question (which value), one core call (``units.change_units``), one undo step.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from core.errors import UserError
from core.i18n import tr
from core.members import committees, units
from core.members.choices import LEVELS, STATUSES
from ui.common.messages import show_error


def choices(db, what: str) -> list[tuple[str, object]]:  # type: ignore[no-untyped-def]
    """(shown text, value) pairs for a bulk change of ``what``."""
    if what == "level":
        return [(LEVELS.label(c), c) for c in LEVELS.codes()]
    if what == "status":
        return [(STATUSES.label(c), c) for c in STATUSES.codes()]
    return [(c.name, c.id) for c in committees.list_committees(db)]


def prompt(what: str, count: int) -> tuple[str, str]:
    titles = {
        "level": tr("Change the membership level of {count} units", count=count),
        "status": tr("Change the status of {count} units", count=count),
        "add_committee": tr("Add {count} units to a professional committee", count=count),
        "remove_committee": tr("Take {count} units out of a professional committee", count=count),
    }
    labels = {"level": tr("New membership level:"), "status": tr("New status:"),
              "add_committee": tr("Professional committee:"), "remove_committee": tr("Professional committee:")}
    return titles[what], labels[what]


def apply_change(ctx, ids: list[int], what: str, value: object) -> list[int]:  # type: ignore[no-untyped-def]
    """The core call for one bulk change; tells the views what changed."""
    changed = units.change_units(ctx.db, ids, **{what: value})
    if changed:
        ctx.changed("units")  # the lists showing the touched tables refresh
    return changed


def run(page, what: str) -> None:  # type: ignore[no-untyped-def]
    """Ask for the new value, then change every selected unit."""
    ids = page.selected_ids()
    if not ids:
        return
    options = choices(page.ctx.db, "committee" if what.endswith("committee") else what)
    title, label = prompt(what, len(ids))
    text, ok = QInputDialog.getItem(page, title, label, [t for t, _v in options], 0, False)
    if not ok:
        return
    value = dict(options)[text]
    try:
        changed = apply_change(page.ctx, ids, what, value)
    except UserError as exc:
        show_error(page, str(exc))
        return
    page.window().statusBar().showMessage(tr("{count} member units changed", count=len(changed)), 10_000)


def actions(page: QWidget) -> list[QAction]:
    """The bulk actions of the member list's right-click menu."""
    found = []
    for what, text in (("level", tr("Change level…")), ("status", tr("Change status…")),
                       ("add_committee", tr("Add to committee…")),
                       ("remove_committee", tr("Remove from committee…"))):
        action = QAction(text, page)
        action.triggered.connect(lambda _checked=False, w=what: run(page, w))
        action.setEnabled(bool(page.selected_ids()))
        found.append(action)
    return found
