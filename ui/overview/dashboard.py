"""The dashboard (概览): the registered charts (core.overview.charts) in a scrolling grid.

This module is light: the charts' code (the parts of pyqtgraph they use, numpy) is loaded the
first time the dashboard is shown, and the charts are counted, on a thread of their own with a
connection of their own, while the window stays responsive and says "Counting…"; the cards are
made when the counts come back, and a card's plot is drawn when it comes into view (the others
when scrolled to, or one at a time once the window is idle). ``ensure_in_view`` (the bench) and
``ensure_built`` (tests, pictures: every plot) do it at once on the window's thread. A chart is
counted again when an action touched one of its tables (only while the dashboard shows;
otherwise when it is next shown) and when the language or the database changes.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core.i18n import tr
from ui.common.first_paint import after_first_paint, set_enum, window_painted
from ui.context import AppContext, touches
from ui.overview import chart_lib

BUILD_DELAY_MS = 30  # after the window's first paint
IDLE_DRAW_MS = 400  # the charts out of view are drawn one at a time once the window is idle this long
TWO_COLUMNS_FROM = 1200  # px of room: charts side by side


class DashboardView(QWidget):
    actions_changed = Signal()  # what the main window expects of a page (no selection here)
    counted = Signal(int, list)  # from the counting thread (queued to the window's thread)
    plots_ready = Signal(object)  # numpy imported (None) or the import's error, from its thread
    tables: frozenset[str] = frozenset()
    can_create = False  # the main window's New stays greyed out here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: dict = {}  # provider key -> ChartCard
        self._stale: set[str] | None = None  # None: every chart (not built yet)
        self._columns = 0
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.search_button = QPushButton()
        self.search_button.setObjectName("search_everything")
        self.search_button.setMinimumWidth(200)
        self.search_button.setStyleSheet("text-align: left; padding: 6px 10px; color: #4b5563;")
        self.search_button.clicked.connect(self._open_search)
        self.loading = QLabel()
        set_enum(self.loading, "alignment", "AlignCenter")  # the window's first screen: ui/common/first_paint.py
        self.loading.setStyleSheet("color: #6b7280; padding: 40px;")
        # the cards in columns of their own (not a grid): a short card is not padded to the
        # height of its neighbour, the next card follows right under it
        self.grid_host = QWidget()
        self.grid = QHBoxLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.column_layouts: list[QVBoxLayout] = []
        for _c in range(2):
            column = QVBoxLayout()
            column.setSpacing(12)
            column.addStretch(1)
            self.grid.addLayout(column, 1)
            self.column_layouts.append(column)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(self.loading)
        body_layout.addWidget(self.grid_host)
        body_layout.addStretch(1)
        self.scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUILD_DELAY_MS)
        self._timer.timeout.connect(self.refresh_stale)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_DRAW_MS)
        self._idle.timeout.connect(self._draw_one_more)
        self._tops: dict[str, int] = {}  # provider key -> where its card starts in the scrolled area
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._draw_in_view())
        self._counting: threading.Thread | None = None
        self._importing = False
        self._waiting_for: set[str] = set()
        self._plots_ok = chart_lib.loaded()  # the plots are drawn from then on (cards are shown before)
        self._generation = 0  # a new database or language: counts begun before are not shown
        self.counted.connect(self._on_counted)
        self.plots_ready.connect(self._on_plots_ready)
        ctx.language.changed.connect(lambda _lang: self._all_stale())
        ctx.data_changed.connect(self.on_data_changed)
        ctx.database_replaced.connect(self._all_stale)
        self.retranslate()

    # -- what the main window asks of every page ---------------------------------------
    def selected_ids(self) -> list[int]:
        return []

    def new_item(self) -> None:
        pass

    def edit_item(self) -> None:
        pass

    def delete_items(self) -> None:
        pass

    def focus_filter(self) -> None:
        self._open_search()

    # -- building and refreshing -----------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(tr("Overview"))
        self.search_button.setText(tr("Search units, contacts, notices, meetings… (Ctrl+K)"))
        self.loading.setText(tr("Counting…"))
        for card in self.cards.values():
            card.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # --screenshot: nothing here either; the picture's maker calls ensure_built once the
        # window has shown (it appears as at a clerk's start, the charts are drawn before the grab)
        if (self._stale is None or self._stale) and not self.ctx.picture_only:
            if window_painted(self.window()):
                self.refresh_stale()  # a click on 概览: counting starts now, on its own thread
            else:
                after_first_paint(self.window(), self._timer.start)  # the charts never delay the window

    def _all_stale(self) -> None:
        self.retranslate()
        from core.overview.charts import providers

        self._generation += 1
        self._stale = None if not self.cards else {p.key for p in providers()}
        if self.isVisible():
            self._timer.start()

    def on_data_changed(self, payload: object) -> None:
        from core.overview.charts import providers

        if self._stale is None:  # not built yet: everything is counted when first shown
            return
        touched = {p.key for p in providers() if touches(payload, p.tables)}
        if touched:
            self._stale |= touched
            if self.isVisible():
                self._timer.start()

    def ensure_built(self) -> None:
        """Count and draw now what is out of date, every chart (tests and pictures call it)."""
        self.ensure_in_view()
        for card in self.cards.values():
            card.ensure_plot()

    def ensure_in_view(self) -> None:
        """Count now what is out of date and draw the charts in view (the timer's work at once):
        what the clerk waits for. The others are drawn when scrolled to, or when the window is idle."""
        self._timer.stop()
        self.refresh_stale(everything=True)

    @property
    def settled(self) -> bool:
        """Every chart counted and in its card, nothing being counted (tests, the bench)."""
        from core.overview.charts import providers

        return (not self._stale and self._counting is None and self._plots_ok
                and len(self.cards) == len(providers()))

    def refresh_stale(self, everything: bool = False) -> None:
        """Count the charts out of date on a thread of their own, with a connection of their own,
        while pyqtgraph is imported the first time: the window answers meanwhile.
        ``counted`` brings the charts back (their cards are shown at once); the plots are drawn
        once pyqtgraph is in (:meth:`_start_import`). ``everything``: count them and draw the
        charts in view now, on this thread (pictures, tests, the bench)."""
        if not self.isVisible():
            return  # counted when next shown (never after the window closed its database)
        if everything:
            chart_lib.load()
            self._plots_ok = True
            from core.overview.charts import providers

            wanted = [p for p in providers() if self._stale is None or p.key in self._stale]
            self._stale = set()
            self._show_counted([p.build(self.ctx.db) for p in wanted])
            return
        self._start_import()
        if self._counting is not None:
            return  # counted again when this count comes back (_on_counted)
        wanted_keys = None if self._stale is None else set(self._stale)
        if wanted_keys is not None and not wanted_keys:
            return
        self._stale = set()
        generation, db = self._generation, self.ctx.db

        def work() -> None:
            try:
                from core.overview.charts import providers

                job_db = db.reopen()  # on this thread (ui/common/jobs.py does the same)
                try:
                    charts = [p.build(job_db) for p in providers() if wanted_keys is None or p.key in wanted_keys]
                finally:
                    job_db.close()
            except Exception as exc:  # noqa: BLE001  (shown as the page's message, never lost)
                charts = [exc]
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self.counted.emit(generation, charts)

        self._counting = threading.Thread(target=work, name="count-charts", daemon=True)
        self._counting.start()

    def _start_import(self) -> None:
        """pyqtgraph imported the first time, beside the counting: numpy on a thread of its own,
        PySide6's wrapper types made on this thread a slice at a time, then pyqtgraph itself on
        this thread (ui/overview/chart_lib.py says why not elsewhere)."""
        if self._plots_ok or self._importing:
            return
        self._importing = True
        self._waiting_for = {"numpy", "qt types"}
        steps = chart_lib.make_qt_types()

        def numpy() -> None:
            error = None
            try:
                chart_lib.import_numpy()
            except Exception as exc:  # noqa: BLE001  (a broken installation: said on the page)
                error = exc
            with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
                self.plots_ready.emit(error)

        def step() -> None:
            if next(steps, "done") == "done":
                self._ready_for_plots("qt types")
            else:
                QTimer.singleShot(0, self, step)  # the window answers between two slices

        threading.Thread(target=numpy, name="import-numpy", daemon=True).start()
        QTimer.singleShot(0, self, step)

    def _on_plots_ready(self, error: object) -> None:
        if error is not None:
            self._failed(error)
        else:
            self._ready_for_plots("numpy")

    def _ready_for_plots(self, what: str) -> None:
        self._waiting_for.discard(what)
        if self._waiting_for:
            return
        self._importing = False
        try:
            chart_lib.load()
        except Exception as exc:  # noqa: BLE001  (a broken installation: said on the page)
            self._failed(exc)
            return
        self._plots_ok = True
        self._draw_in_view()

    def _failed(self, error: object) -> None:
        self._importing = False
        self._show_error(error)

    def _show_error(self, error: object) -> None:
        self.loading.setText(tr("The charts could not be counted: {error}", error=str(error)))
        self.loading.show()

    def _on_counted(self, generation: int, charts: list) -> None:
        self._counting = None
        if charts and isinstance(charts[0], Exception):
            from core.overview.charts import providers

            self._stale = None if not self.cards else {p.key for p in providers()}  # tried again when next shown
            self._show_error(charts[0])
            return
        if generation != self._generation:  # another database or language since: count again
            self._stale = None if not self.cards else {c.key for c in charts} | (self._stale or set())
        else:
            self._show_counted(charts)
        if (self._stale is None or self._stale) and self.isVisible():
            self._timer.start()

    def _show_counted(self, charts: list) -> None:
        from ui.overview.chart_card import ChartCard

        for chart in charts:
            card = self.cards.get(chart.key)
            if card is None:
                card = self.cards[chart.key] = ChartCard()
                card.setObjectName(f"chart_{chart.key}")
                card.open_list.connect(self.open_list)
                card.can_open = lambda view: view in getattr(self.window(), "pages", {})
            card.set_chart(chart)
        if charts:
            self._order_cards()
        self.loading.hide()
        self._layout_cards(force=bool(charts))
        self._draw_in_view()

    def _order_cards(self) -> None:
        """The cards in the order the charts are registered (a recount may come back in any order)."""
        from core.overview.charts import providers

        order = [p.key for p in providers()]
        self.cards = {k: self.cards[k] for k in sorted(self.cards, key=lambda k: order.index(k) if k in order else 99)}

    def _draw_in_view(self) -> None:
        """Make the plots of the cards in view (and half a screen below); the others wait for the
        clerk to scroll to them, or for the window to be idle (one card at a time)."""
        if not self.cards or not self._plots_ok:
            return  # (the cards show their titles; the plots come once pyqtgraph is imported)
        viewport = self.scroll.viewport().height()
        top = self.scroll.verticalScrollBar().value() - 40
        bottom = top + 40 + (viewport * 3) // 2 if viewport > 0 else 1 << 30
        for key, card in self.cards.items():
            start = self._tops.get(key, 0)
            if not card.drawn and start <= bottom and start + card.sizeHint().height() >= top:
                card.ensure_plot()
        if not all(card.drawn for card in self.cards.values()):
            self._idle.start()

    def _draw_one_more(self) -> None:
        if not self.isVisible() or not self._plots_ok:
            return
        waiting = sorted((self._tops.get(k, 0), k) for k, card in self.cards.items() if not card.drawn)
        if waiting:
            self.cards[waiting[0][1]].ensure_plot()
            if len(waiting) > 1:
                self._idle.start()

    def resizeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._layout_cards()
        self._draw_in_view()

    def _layout_cards(self, force: bool = False) -> None:
        """One column, or two from TWO_COLUMNS_FROM px: each card in turn goes under the column
        that is shorter so far (cards differ in height: region lists are long)."""
        if not self.cards:  # (nor the viewport asked for before: ui/common/first_paint.py)
            return
        columns = 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1
        if columns == self._columns and not force:
            return
        self._columns = columns
        for column in self.column_layouts:
            for card in self.cards.values():
                column.removeWidget(card)
        heights = [0] * columns
        for key, card in self.cards.items():
            c = heights.index(min(heights))
            column = self.column_layouts[c]
            column.insertWidget(column.count() - 1, card)  # before the stretch
            self._tops[key] = heights[c]
            heights[c] += card.sizeHint().height() + self.grid.spacing()
        for c, column in enumerate(self.column_layouts):
            self.grid.setStretch(c, 1 if c < columns else 0)

    # -- going to the list behind a bar, searching ------------------------------------------
    def open_list(self, view: str, fields: dict) -> None:
        """The list behind a bar; a list the program does not have yet (meetings) opens nothing."""
        from ui.overview.navigate import open_list

        if view in getattr(self.window(), "pages", {}):
            open_list(self, view, fields)

    def _open_search(self) -> None:
        from ui.overview.search_popup import open_search

        open_search(self.ctx, self.window())
