"""One dashboard chart drawn with pyqtgraph: bars, exact figures in a tooltip, a click
opens the list behind a bar, export to PNG and .xlsx.

The card itself (title, legend, note, buttons, a box of the plot's size) is plain Qt and is
shown as soon as its chart is counted; the plot is made with pyqtgraph (the parts of it in
ui/overview/chart_lib.py) once that is imported, when the card is in view.
Category labels use a font with Chinese glyphs and the axis that shows them is made
as wide (or tall) as its longest label, so pyqtgraph never drops or cuts one.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QToolTip, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import current_language, format_number, tr
from core.overview.charts import Chart
from ui.common.messages import show_error
from ui.overview.chart_lib import load
from ui.overview.fonts import chart_font

COLOURS = ("#2563eb", "#f97316", "#9ca3af", "#16a34a", "#a855f7", "#dc2626")
ROW = 26  # pixels per category of a horizontal chart
BAR = 0.62  # bar thickness, in category units


def _value_max(chart: Chart) -> tuple[int, int]:
    """(where the value axis ends, its tick step)."""
    top = max([sum(b.values) if chart.stacked else max(b.values, default=0) for b in chart.bars] or [0])
    top = max(top, 1)
    step = _nice_step(top)
    value_max = math.ceil(top * 1.08 / step) * step if top > 1 else 2
    if chart.ceiling is not None and top <= chart.ceiling:
        value_max = min(value_max, chart.ceiling)
    return value_max, step


def _nice_step(top: int) -> int:
    """An integer tick step giving about five ticks up to ``top``."""
    if top <= 5:
        return 1
    raw = top / 5
    base = 10 ** math.floor(math.log10(raw))
    return int(next(m * base for m in (1, 2, 5, 10) if m * base >= raw))


class ChartCard(QFrame):
    open_list = Signal(str, dict)  # view key, filter fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart_card")
        self.setStyleSheet("QFrame#chart_card { background: white; border: 1px solid #e5e7eb; border-radius: 6px; }")
        self.chart: Chart | None = None
        self.can_open = lambda view: True  # the dashboard says which lists the window has
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600; border: none;")
        self.title.setWordWrap(True)
        self.png_button = QPushButton()
        self.png_button.setObjectName("export_png")
        self.xlsx_button = QPushButton()
        self.xlsx_button.setObjectName("export_xlsx")
        self.png_button.clicked.connect(self.export_png)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6b7280; border: none;")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setStyleSheet("border: none;")
        # the plot (pyqtgraph) is made when the card is first in view (:meth:`ensure_plot`); until
        # then an empty box of the height the chart will have holds its place
        self.placeholder = QWidget()
        self.placeholder.setStyleSheet("border: none;")
        self._plot: Any = None
        self.bars: list = []  # pyqtgraph BarGraphItems, one per series
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.png_button)
        header.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.note)
        self.retranslate()

    # -- the plot, made when first needed ------------------------------------------------------
    @property
    def drawn(self) -> bool:
        return self._plot is not None

    def ensure_plot(self) -> None:
        """Make the plot and draw the chart in it (once; later charts redraw the same plot)."""
        if self._plot is not None:
            return
        pg = load()
        # a view box between two axes, without PlotItem's menus and controls (a quarter of the cost)
        plot = pg.GraphicsView(background="w")
        plot.setObjectName("plot")
        self.layout_item = pg.Grid()
        plot.setCentralItem(self.layout_item)
        self.view = pg.ViewBox(enableMenu=False)
        self.view.setMouseEnabled(x=False, y=False)
        self.view.disableAutoRange()
        self.axes = {"left": pg.AxisItem("left", linkView=self.view),
                     "bottom": pg.AxisItem("bottom", linkView=self.view)}
        for axis in self.axes.values():
            axis.enableAutoSIPrefix(False)  # no axis title: its text is not set again at every range
        self.layout_item.addItem(self.axes["left"], 0, 0)
        self.layout_item.addItem(self.view, 0, 1)
        self.layout_item.addItem(self.axes["bottom"], 1, 1)
        plot.setMouseTracking(True)
        plot.scene().sigMouseMoved.connect(self._hover)
        plot.scene().sigMouseClicked.connect(self._click)
        plot.setFixedHeight(self.placeholder.maximumHeight())
        plot.setMinimumWidth(self.placeholder.minimumWidth())
        self.layout().replaceWidget(self.placeholder, plot)
        self.placeholder.hide()
        self._plot = plot
        self.layout().activate()  # in place now: a picture taken right away shows it
        if self.chart is not None:
            self._draw(self.chart)

    @property
    def plot(self) -> Any:
        """The pyqtgraph GraphicsView (made now if it was not yet)."""
        self.ensure_plot()
        return self._plot

    def __getattr__(self, name: str) -> Any:
        if name in ("view", "axes", "layout_item"):  # parts of the plot: made on first use
            if self.__dict__.get("_plot") is None and "placeholder" in self.__dict__:
                self.ensure_plot()
                return self.__dict__[name]
        raise AttributeError(name)

    def retranslate(self) -> None:
        self.png_button.setText(tr("PNG…"))
        self.png_button.setToolTip(tr("Save the chart as a picture"))
        self.xlsx_button.setText(tr("Excel…"))
        self.xlsx_button.setToolTip(tr("Save the chart's numbers as an Excel workbook"))

    # -- drawing ----------------------------------------------------------------------
    def set_chart(self, chart: Chart) -> None:
        """Show ``chart``: title, legend, note and the plot's size now; the bars when the plot is
        made (at once if it is)."""
        self.chart = chart
        self.title.setText(chart.title)
        self.note.setText(chart.note)
        self.note.setVisible(bool(chart.note))
        multi = len(chart.series) > 1
        self.legend.setVisible(multi)
        if multi:
            self.legend.setText("&nbsp;&nbsp;".join(
                f'<span style="color:{COLOURS[i % len(COLOURS)]}">■</span> {_escape(name)}'
                for i, name in enumerate(chart.series)))
        metrics = QFontMetrics(chart_font(current_language()))
        label_width = max([metrics.horizontalAdvance(b.label) for b in chart.bars] or [20])
        plot = self._plot if self._plot is not None else self.placeholder
        if chart.horizontal:
            plot.setFixedHeight(max(120, len(chart.bars) * ROW + metrics.height() + 40))
        else:
            plot.setFixedHeight(260)
            # every year's label must fit beside its neighbours: the chart asks for that width
            number_width = metrics.horizontalAdvance(format_number(_value_max(chart)[0])) + 4
            plot.setMinimumWidth(number_width + 40 + len(chart.bars) * (label_width + 10))
        if self._plot is not None:
            self._draw(chart)

    def _draw(self, chart: Chart) -> None:
        pg = load()
        for bar in self.bars:
            self.view.removeItem(bar)
        self.bars = []
        font = chart_font(current_language())
        metrics = QFontMetrics(font)
        n = len(chart.bars)
        value_max, step = _value_max(chart)
        category_axis = self.axes["left" if chart.horizontal else "bottom"]
        value_axis = self.axes["bottom" if chart.horizontal else "left"]
        ticks = [(self._position(i), b.label) for i, b in enumerate(chart.bars)]
        category_axis.setTicks([ticks, []])
        value_axis.setTicks(None)
        value_axis.setTickSpacing(step, step)
        for axis in (category_axis, value_axis):
            axis.setStyle(tickFont=font, autoExpandTextSpace=False, tickTextOffset=6)
            axis.setPen(pg.mkPen("#9ca3af"))
            axis.setTextPen(pg.mkPen("#111827"))
        label_width = max([metrics.horizontalAdvance(b.label) for b in chart.bars] or [20])
        number_width = metrics.horizontalAdvance(format_number(value_max)) + 4
        # room beyond the plot's ends for half a number: the highest tick's label is drawn whole
        half = metrics.height() // 2 + 4
        if chart.horizontal:
            self.layout_item.setContentsMargins(4, half, number_width // 2 + 8, 4)
        else:
            self.layout_item.setContentsMargins(4, half, 8, 4)
        if chart.horizontal:
            category_axis.setWidth(label_width + 18)
            value_axis.setHeight(metrics.height() + 16)
        else:
            value_axis.setWidth(number_width + 18)
            category_axis.setHeight(metrics.height() + 16)
        group = len(chart.series) if not chart.stacked else 1
        thickness = BAR / group
        for s in range(len(chart.series)):
            values = [b.values[s] for b in chart.bars]
            base = [sum(b.values[:s]) if chart.stacked else 0 for b in chart.bars]
            centres = [self._position(i) + (0 if chart.stacked else (s - (group - 1) / 2) * thickness)
                       for i in range(n)]
            brush = pg.mkBrush(COLOURS[s % len(COLOURS)])
            if chart.horizontal:
                bars = pg.BarGraphItem(x0=base, y=centres, width=values, height=thickness, brush=brush,
                                       pen=pg.mkPen(None))
            else:
                bars = pg.BarGraphItem(x=centres, y0=base, height=values, width=thickness, brush=brush,
                                       pen=pg.mkPen(None))
            self.view.addItem(bars)
            self.bars.append(bars)
        lo, hi = -0.6, max(n, 1) - 0.4
        if chart.horizontal:
            self.view.setRange(xRange=(0, value_max), yRange=(lo, hi), padding=0)
        else:
            self.view.setRange(xRange=(lo, hi), yRange=(0, value_max), padding=0)

    def _position(self, index: int) -> float:
        """Where category ``index`` sits on its axis (horizontal charts list the first at the top)."""
        assert self.chart is not None
        return float(len(self.chart.bars) - 1 - index) if self.chart.horizontal else float(index)

    # -- pointing at a bar ------------------------------------------------------------------
    def bar_at(self, point: QPointF) -> tuple[int, int] | None:
        """(bar, series) under ``point`` (data coordinates), or None."""
        chart = self.chart
        if chart is None or not chart.bars:
            return None
        along, value = (point.y(), point.x()) if chart.horizontal else (point.x(), point.y())
        index = round(along)
        if chart.horizontal:
            index = len(chart.bars) - 1 - index
        if not 0 <= index < len(chart.bars):
            return None
        offset = along - round(along)
        bar = chart.bars[index]
        if chart.stacked:
            if abs(offset) > BAR / 2:
                return None
            base = 0
            for s, v in enumerate(bar.values):
                if base <= value <= base + v and v:
                    return index, s
                base += v
            return None
        group = len(chart.series)
        thickness = BAR / group
        s = math.floor((offset + BAR / 2) / thickness)
        if 0 <= s < group and 0 <= value <= bar.values[s] and bar.values[s]:
            return index, s
        return None

    def bar_centre(self, index: int, series: int = 0) -> QPointF:
        """The middle of a bar in data coordinates (tests point at bars with it)."""
        assert self.chart is not None
        chart = self.chart
        bar = chart.bars[index]
        base = sum(bar.values[:series]) if chart.stacked else 0
        middle = base + bar.values[series] / 2
        along = self._position(index)
        if not chart.stacked:
            group = len(chart.series)
            along += (series - (group - 1) / 2) * BAR / group
        return QPointF(middle, along) if chart.horizontal else QPointF(along, middle)

    def widget_point(self, data_point: QPointF) -> QPointF:
        """Where a data point is drawn, in the plot widget's coordinates."""
        scene = self.view.mapViewToScene(data_point)
        return QPointF(self.plot.mapFromScene(scene))

    def tooltip_text(self, index: int, series: int) -> str:
        assert self.chart is not None
        bar = self.chart.bars[index]
        if len(self.chart.series) > 1:
            return tr("{category} · {series}: {count}", category=bar.label, series=self.chart.series[series],
                      count=format_number(bar.values[series]))
        return tr("{category}: {count}", category=bar.label, count=format_number(bar.values[series]))

    def _data_point(self, scene_pos: QPointF) -> QPointF:
        return self.view.mapSceneToView(scene_pos)

    def _hover(self, scene_pos: QPointF) -> None:
        hit = self.bar_at(self._data_point(scene_pos))
        text = self.tooltip_text(*hit) if hit else ""
        self.plot.setToolTip(text)
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hit and self._filter(*hit) is not None
                                       else Qt.CursorShape.ArrowCursor)
        if text:
            global_pos = self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self.plot)
        else:
            QToolTip.hideText()

    def _filter(self, index: int, series: int) -> dict | None:
        assert self.chart is not None
        if not self.can_open(self.chart.view):
            return None  # the list is not in the program yet (meetings): a bar opens nothing
        filters = self.chart.bars[index].filters
        return filters[series] if series < len(filters) else None

    def _click(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.bar_at(self._data_point(event.scenePos()))
        if hit is not None and self._filter(*hit) is not None and self.chart is not None:
            self.open_list.emit(self.chart.view, dict(self._filter(*hit)))

    # -- export -----------------------------------------------------------------------------
    def _file_name(self, suffix: str) -> str:
        assert self.chart is not None
        return "".join(c for c in self.chart.title if c not in '\\/:*?"<>|') + suffix

    def export_png(self, path: str | None = None) -> bool:
        if self.chart is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save the chart as a picture"), self._file_name(".png"),
                                                  tr("PNG images (*.png)"))
            if not path:
                return False
        self.ensure_plot()
        picture = self.grab()
        if not picture.save(str(Path(path)), "PNG"):
            show_error(self, tr("The file {path} could not be written.", path=str(path)))
            return False
        return True

    def export_xlsx(self, path: str | None = None) -> bool:
        from core.overview.export import chart_to_xlsx

        if self.chart is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save the chart's numbers"), self._file_name(".xlsx"),
                                                  tr("Excel workbooks (*.xlsx)"))
            if not path:
                return False
        try:
            chart_to_xlsx(self.chart, Path(path), overwrite=True)  # the file dialog asked already
        except UserError as exc:
            show_error(self, str(exc))
            return False
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

