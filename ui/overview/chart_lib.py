"""pyqtgraph, as much of it as the dashboard's charts draw with.

``import pyqtgraph`` runs the package's ``__init__``, which imports every part of pyqtgraph
(image views, parameter trees, multiprocessing, some 45 modules the charts never use), and
``pyqtgraph.Qt``, which copies every name of QtCore, QtGui and QtWidgets into mirrors of its
own: PySide6 then builds every class of those three modules, used or not. Together that is
most of the CPU time the dashboard's first showing took.

:func:`load` instead runs the package's own settings (the part of its ``__init__`` before the
imports of its parts), lets pyqtgraph's Qt mirrors look a name up in PySide6 when it is
first asked for, and imports the few modules the charts use. Whatever else of pyqtgraph is
asked for later (``pyqtgraph.PlotWidget``) completes the package's ``__init__`` then, so
``import pyqtgraph`` elsewhere still gives all of it. If pyqtgraph's sources do not read as
expected (another version, a bundle without them), pyqtgraph is imported the ordinary way.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

PACKAGE = "pyqtgraph"
_PARTS = "\nimport atexit\n"  # pyqtgraph/__init__.py: its settings above this line, its parts below
_COPY = ("def _copy_attrs(src, dst):\n"
         "    for o in dir(src):\n"
         "        if not hasattr(dst, o):\n"
         "            setattr(dst, o, getattr(src, o))\n")
_FORWARD = ("def _copy_attrs(src, dst):\n"
            "    def __getattr__(name, _src=src):\n"
            "        return getattr(_src, name)\n"
            "    dst.__getattr__ = __getattr__\n")
_lock = threading.RLock()
light = False  # whether the package was loaded by :func:`load` (and not completed since)


def load() -> types.SimpleNamespace:
    """What chart_card draws with: GraphicsView, Grid (axes and view box in a grid), ViewBox,
    AxisItem, BarGraphItem, mkPen, mkBrush."""
    with _lock:
        if PACKAGE not in sys.modules:
            try:
                _load_settings_only()
            except Exception:  # noqa: BLE001  (whatever it was, the ordinary import is the way back)
                for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
                    del sys.modules[name]
                importlib.import_module(PACKAGE)
        from pyqtgraph.functions import mkBrush, mkPen
        from pyqtgraph.graphicsItems.AxisItem import AxisItem
        from pyqtgraph.graphicsItems.BarGraphItem import BarGraphItem
        from pyqtgraph.graphicsItems.ViewBox import ViewBox
        from pyqtgraph.widgets.GraphicsView import GraphicsView
    return types.SimpleNamespace(GraphicsView=GraphicsView, Grid=_grid_class(), ViewBox=ViewBox, AxisItem=AxisItem,
                                 BarGraphItem=BarGraphItem, mkPen=mkPen, mkBrush=mkBrush)


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


def _source(spec: Any) -> str:
    source = spec.loader.get_source(spec.name) if spec is not None and spec.loader is not None else None
    if not source:
        raise ImportError(f"no source of {spec.name if spec else PACKAGE}")
    return source


def _load_settings_only() -> None:
    global light
    spec = importlib.util.find_spec(PACKAGE)
    settings, found, parts = _source(spec).partition(_PARTS)
    if not found or "from .Qt import QtCore" not in settings:
        raise ImportError("pyqtgraph's __init__ is not as expected")
    package = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = package
    qt_spec = importlib.util.find_spec(PACKAGE + ".Qt")
    qt_source = _source(qt_spec)
    if _COPY in qt_source:
        qt = importlib.util.module_from_spec(qt_spec)
        sys.modules[qt_spec.name] = qt
        exec(compile(qt_source.replace(_COPY, _FORWARD), qt_spec.origin, "exec"), qt.__dict__)  # noqa: S102
        package.Qt = qt  # type: ignore[attr-defined]
    exec(compile(settings, spec.origin, "exec"), package.__dict__)  # noqa: S102
    package.__dict__.update(cleanup=_cleanup, _connectCleanup=_connect_cleanup,
                            __getattr__=lambda name: _complete(package, parts, spec.origin, name))
    import atexit

    atexit.register(_cleanup)
    light = True


def _complete(package: types.ModuleType, parts: str, origin: str, name: str) -> Any:
    """``pyqtgraph.<name>`` asked for: a module of the package is imported; anything else runs
    the rest of the package's ``__init__`` (every part), then answers."""
    global light
    if name.startswith("__"):
        raise AttributeError(name)
    if importlib.util.find_spec(f"{PACKAGE}.{name}") is not None:
        return importlib.import_module(f"{PACKAGE}.{name}")
    with _lock:
        if package.__dict__.pop("__getattr__", None) is not None:
            exec(compile(_PARTS + parts, origin, "exec"), package.__dict__)  # noqa: S102
            light = False
    try:
        return package.__dict__[name]
    except KeyError:
        raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None


_cleaned = False
_connected = False


def _cleanup() -> None:
    """pyqtgraph's own exit clean-up (its ViewBoxes forget their registry before Qt goes away)."""
    global _cleaned
    package = sys.modules.get(PACKAGE)
    if _cleaned or package is None or not package.getConfigOption("exitCleanup"):
        return
    from pyqtgraph.graphicsItems.ViewBox import ViewBox

    ViewBox.quit()
    _cleaned = True


def _connect_cleanup() -> None:
    global _connected
    if not _connected:
        from PySide6.QtWidgets import QApplication

        QApplication.instance().aboutToQuit.connect(_cleanup)
        _connected = True
