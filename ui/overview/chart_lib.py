"""pyqtgraph, as much of it as the dashboard's charts draw with.

:func:`load` imports pyqtgraph and hands the chart cards the few things they draw with. It runs
on the window's thread: importing pyqtgraph makes PySide6 create its wrapper types and enums
(pyqtgraph copies every name of QtCore, QtGui and QtWidgets), and PySide6 does not make those
safely on one thread while the window's thread uses Qt: the program crashed now and then when
pyqtgraph was imported on a thread of its own. To keep the window answering, numpy (no Qt) is
imported on a thread beforehand (:func:`import_numpy`) and the wrapper types are made on the
window's thread a slice at a time (:func:`make_qt_types`), so :func:`load` itself blocks
only for the rest. A partial import of pyqtgraph's
package (its settings only, its Qt mirrors looking names up when asked) was measured to save
about a third of the charts' CPU when run from source, but it rewrote pyqtgraph's own
``__init__`` at run time and the frozen build could not use it: it was left out.
"""

from __future__ import annotations

import contextlib
import threading
import time
import types
from collections.abc import Iterator
from typing import Any

_lock = threading.RLock()
_loaded: types.SimpleNamespace | None = None


def loaded() -> bool:
    """Whether pyqtgraph is imported (the dashboard draws its plots from then on)."""
    return _loaded is not None


def import_numpy() -> None:
    """numpy, which pyqtgraph draws with (any thread: it has nothing to do with Qt)."""
    import numpy  # noqa: F401


def make_qt_types(slice_ms: float = 12.0) -> Iterator[None]:
    """Make every wrapper type of QtCore, QtGui and QtWidgets now (PySide6 makes them when first
    asked for), yielding every ``slice_ms`` so the caller can let the window answer in between.
    On the window's thread only."""
    from PySide6 import QtCore, QtGui, QtWidgets

    until = time.perf_counter() + slice_ms / 1000
    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            with contextlib.suppress(Exception):  # (a name this platform's Qt lacks)
                getattr(module, name)
            if time.perf_counter() > until:
                yield
                until = time.perf_counter() + slice_ms / 1000


def load() -> types.SimpleNamespace:
    """What chart_card draws with: GraphicsView, Grid (axes and view box in a grid), ViewBox,
    AxisItem, BarGraphItem, mkPen, mkBrush (imported the first time; on the window's thread)."""
    global _loaded
    with _lock:
        if _loaded is None:
            import pyqtgraph  # noqa: F401  (the package's settings and exit clean-up)
            from pyqtgraph.functions import mkBrush, mkPen
            from pyqtgraph.graphicsItems.AxisItem import AxisItem
            from pyqtgraph.graphicsItems.BarGraphItem import BarGraphItem
            from pyqtgraph.graphicsItems.ViewBox import ViewBox
            from pyqtgraph.widgets.GraphicsView import GraphicsView

            _loaded = types.SimpleNamespace(GraphicsView=GraphicsView, Grid=_grid_class(), ViewBox=ViewBox,
                                            AxisItem=AxisItem, BarGraphItem=BarGraphItem, mkPen=mkPen,
                                            mkBrush=mkBrush)
    return _loaded


_grid: type | None = None


def _grid_class() -> type:
    """A grid of graphics widgets (axes beside a view box): what pyqtgraph's GraphicsLayout does
    for the charts, without the plot items, legends and curves its module imports."""
    global _grid
    if _grid is None:
        from pyqtgraph.graphicsItems.GraphicsWidget import GraphicsWidget
        from PySide6.QtWidgets import QGraphicsGridLayout, QSizePolicy

        class Grid(GraphicsWidget):  # type: ignore[misc, valid-type]
            def __init__(self) -> None:
                super().__init__()
                self.grid = QGraphicsGridLayout()
                self.setLayout(self.grid)
                self.setSizePolicy(QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding))

            def addItem(self, item: Any, row: int, column: int) -> None:  # noqa: N802
                self.grid.addItem(item, row, column)
                self.grid.activate()

            def setContentsMargins(self, *margins: float) -> None:  # noqa: N802
                self.grid.setContentsMargins(*margins)

        _grid = Grid
    return _grid
