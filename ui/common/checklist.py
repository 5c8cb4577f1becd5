"""A compact list of check boxes: the items flow in columns as wide as the longest one and wrap,
and the list is as high as its rows (ten committees take three lines, not a page).
One tab stop; arrows move, Space ticks."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QListWidget, QSizePolicy, QWidget


class CheckList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # no share of spare height
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        palette = self.palette()  # on the dialog's background, like the fields' labels
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    def _cell(self) -> QSize:
        if not self.count():
            return QSize(100, 24)
        widest = max(self.sizeHintForIndex(self.model().index(i, 0)).width() for i in range(self.count()))
        return QSize(widest + 16, max(22, self.sizeHintForRow(0) + 2))

    def fit(self) -> None:
        """Columns as wide as the longest item; as high as the rows the width leaves."""
        cell = self._cell()
        self.setGridSize(cell)
        columns = max(1, self.viewport().width() // cell.width())
        rows = max(1, math.ceil(self.count() / columns))
        self.setFixedHeight(rows * cell.height() + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit()
