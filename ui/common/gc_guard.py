"""Python's garbage collector runs on the UI thread only.

A cycle of Python objects that holds Qt objects (a lambda slot referring to its
widget, say) is freed by the cyclic collector wherever it happens to run. If that
is a worker thread (an import, a backup), Qt objects of the UI thread are destroyed
from the wrong thread and the program crashes. Anki solves it the same way:
automatic collection is switched off and the UI thread collects on a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        # counted from the event loop's first turn: however slowly the window comes (a busy or old
        # machine), no collection delays its first paint
        QTimer.singleShot(0, self, lambda: self.timer.start(INTERVAL_MS))

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc itself would."""
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            generation = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
            gc.collect(generation)


def install(app: QObject) -> GarbageCollector:
    guard = getattr(app, "_gc_guard", None)
    if guard is None:
        guard = GarbageCollector(app)
        app._gc_guard = guard  # type: ignore[attr-defined]
    return guard
