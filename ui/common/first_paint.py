"""What the window does before its first paint stays as light as a bare PySide6 window.

Start-up is measured against a bare PySide6 window showing a table (bench/bench_scale.py).
Besides importing only what the first screen needs (pages, dialogs and menus' work are
imported when first used), work that can wait starts after the window's first paint
(:func:`after_first_paint`: a timer started while the window is built would, on a busy
machine, fire before the window is drawn), and the code that builds the window and its
first page avoids costs of PySide6 that a bare window never pays:

* the ``Qt`` namespace: ``from PySide6.QtCore import Qt`` builds all its enum classes at
  once (about a hundred: ~40 ms of CPU). Before the first paint, Qt enum properties are set
  by their names through Qt's property system (:func:`set_enum`); lists, dialogs and charts
  import ``Qt`` as usual when they are first used;
* ``QAction.setShortcut(QKeySequence)``: choosing among its overloads builds ``Qt`` too;
  :func:`set_shortcut` sets the same key through ``setShortcuts``;
* ``viewport()`` of a scroll area (a list, the dashboard's scroll area): wrapping the plain
  QWidget it returns makes PySide6 load every class of QtWidgets it has not loaded yet
  (~60 enum classes: ~30 ms).

tests/test_scale_startup.py checks these on a real start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole (an item's data roles are plain numbers)


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """Set the enum or flags property ``prop`` of ``obj`` to the value named ``key``, e.g.
    ``set_enum(label, "textFormat", "PlainText")`` (``label.setTextFormat(Qt.TextFormat.PlainText)``
    without building the ``Qt`` namespace). A property or name Qt does not know raises."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__}.{prop} cannot be set to {key!r}")


def set_shortcut(action: QAction, key: QKeySequence.StandardKey | str) -> None:
    """``action.setShortcut(QKeySequence(key))`` without building the ``Qt`` namespace: a
    standard key (Open, Undo...) gets the platform's first binding, as QKeySequence(key) does."""
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(key)[:1])
    else:
        action.setShortcuts([QKeySequence(key)])


class _FirstPaint(QObject):
    """Watches a window until it is first painted, then starts what waited for it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.waiting: list[tuple[int, Callable[[], object]]] = []
        self.painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint) and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            for delay_ms, fn in self.waiting:  # counted from now; run once this paint is done
                QTimer.singleShot(delay_ms, self, fn)
            self.waiting.clear()
        return False


def window_painted(window: QWidget) -> bool:
    """Whether ``window`` has been painted (as far as :func:`after_first_paint` has watched it)."""
    watcher = window.findChild(_FirstPaint)
    return watcher is not None and watcher.painted


def after_first_paint(window: QWidget, fn: Callable[[], object], delay_ms: int = 0) -> None:
    """Call ``fn`` ``delay_ms`` after ``window`` is first painted (from now, when it has been)."""
    watcher = window.findChild(_FirstPaint)
    if watcher is None:
        watcher = _FirstPaint(window)
    if watcher.painted:
        QTimer.singleShot(delay_ms, watcher, fn)
    else:
        watcher.waiting.append((delay_ms, fn))
