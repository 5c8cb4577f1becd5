"""The Qt binding in use does not leak references when Python code emits signals.

PySide6 6.12.0 returns a borrowed ``True`` from ``Signal.emit``: every emit from
Python takes one reference from ``True`` until the interpreter aborts
("bool_dealloc: deallocating True or False"), typically at exit after a long
session. requirements.txt pins a version without that bug; this test fails if an
upgrade brings it back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_from_python_keeps_reference_counts(qtbot):
    """500 emits from Python leave the reference count of True where it was."""
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.changed.emit("units")
    gc.collect()
    assert len(received) == 500
    assert sys.getrefcount(True) >= before - 50
