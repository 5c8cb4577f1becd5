"""The yardstick of start-up: a bare PySide6 window showing a table, nothing else.

    python bench/bare_window.py

Prints ``start-to-window-ms`` measured like the program's own (from the time in
``SECRETARIAT_BENCH_T0``, set by the caller just before starting the process, to
the window shown and painted once), then exits.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(50, 8)
    for row in range(50):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"单位 {row}-{column}"))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 780)
    window.show()
    app.processEvents()
    started = os.environ.get("SECRETARIAT_BENCH_T0")
    if started:
        print(f"start-to-window-ms: {(time.time() - float(started)) * 1000:.0f}", flush=True)
        print(f"start-to-window-cpu-ms: {time.process_time() * 1000:.0f}", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
