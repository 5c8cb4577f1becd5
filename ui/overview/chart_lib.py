"""pyqtgraph, as much of it as the dashboard's charts draw with.

:func:`load` imports pyqtgraph (on a thread of its own, after the window is up, while the
dashboard counts its charts) and hands the chart cards the few things they draw with. A partial import of pyqtgraph's
package (its settings only, its Qt mirrors looking names up when asked) was measured to save
about a third of the charts' CPU when run from source, but it rewrote pyqtgraph's own
``__init__`` at run time and the frozen build could not use it: it was left out.
"""

from __future__ import annotations

import threading
import types
from typing import Any

_lock = threading.RLock()
_loaded: types.SimpleNamespace | None = None


def loaded() -> bool:
    """Whether pyqtgraph is imported (the dashboard draws its plots from then on)."""
    return _loaded is not None


def load() -> types.SimpleNamespace:
    """What chart_card draws with: GraphicsView, Grid (axes and view box in a grid), ViewBox,
    AxisItem, BarGraphItem, mkPen, mkBrush (imported the first time, on any thread)."""
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
