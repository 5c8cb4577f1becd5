"""The yardstick of the dashboard: a bare PySide6 window that, once shown, imports pyqtgraph and
shows one bar chart of ten bars, nothing else.

    python bench/bare_chart.py

Prints one JSON line: ``shown`` (ms from the window up to the chart painted: the import of
pyqtgraph and numpy, one plot made and drawn) and ``cpu`` (the process's CPU time over the same
span). bench/bench_overview.py runs it beside the program's dashboard, in the same run.
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    t0, c0 = time.perf_counter(), time.process_time()
    import pyqtgraph as pg

    plot = pg.PlotWidget(background="w")
    plot.addItem(pg.BarGraphItem(x=list(range(10)), height=[3, 5, 8, 2, 7, 4, 6, 9, 1, 5], width=0.6,
                                 brush=pg.mkBrush("#2563eb")))
    window.setCentralWidget(plot)
    app.processEvents()
    window.grab()
    print(json.dumps({"shown": (time.perf_counter() - t0) * 1000, "cpu": (time.process_time() - c0) * 1000}))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
