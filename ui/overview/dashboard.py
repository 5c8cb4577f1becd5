"""The dashboard (概览): the registered charts (core.overview.charts) in a scrolling grid.

This module is light: the charts (pyqtgraph, numpy) are loaded the first time the
dashboard is shown, a moment after the window appears, so start-up does not pay for
them. A chart is counted again when an action touched one of its tables (only while
the dashboard shows; otherwise when it is next shown) and when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from core.i18n import tr
from ui.context import AppContext, touches

BUILD_DELAY_MS = 30  # after the window's first paint
TWO_COLUMNS_FROM = 1200  # px of room: charts side by side


class DashboardView(QWidget):
    actions_changed = Signal()  # what the main window expects of a page (no selection here)
    tables: frozenset[str] = frozenset()

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
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setStyleSheet("color: #6b7280; padding: 40px;")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
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
        self.search_button.setText(tr("Search units, contacts, notices… (Ctrl+K)"))
        self.loading.setText(tr("Counting…"))
        for card in self.cards.values():
            card.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale is None or self._stale:
            if self.ctx.picture_only:  # --screenshot: the picture is taken right after the window shows
                self.refresh_stale()
            else:
                self._timer.start()

    def _all_stale(self) -> None:
        self.retranslate()
        self._stale = None if not self.cards else set(self.cards)
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
        """Count and draw now what is out of date (the timer's work; tests and pictures call it)."""
        self._timer.stop()
        self.refresh_stale()

    def refresh_stale(self) -> None:
        if not self.isVisible():
            return  # counted when next shown (never after the window closed its database)
        from core.overview.charts import providers
        from ui.overview.chart_card import ChartCard

        wanted = [p for p in providers() if self._stale is None or p.key in self._stale]
        for provider in wanted:
            card = self.cards.get(provider.key)
            if card is None:
                card = self.cards[provider.key] = ChartCard()
                card.setObjectName(f"chart_{provider.key}")
                card.open_list.connect(self.open_list)
            card.set_chart(provider.build(self.ctx.db))
        self._stale = set()
        self.loading.hide()
        self._layout_cards(force=bool(wanted))

    def resizeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._layout_cards()

    def _layout_cards(self, force: bool = False) -> None:
        columns = 2 if self.scroll.viewport().width() >= TWO_COLUMNS_FROM else 1
        if not self.cards or (columns == self._columns and not force):
            return
        self._columns = columns
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self.grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for c in range(2):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    # -- going to the list behind a bar, searching ------------------------------------------
    def open_list(self, view: str, fields: dict) -> None:
        from ui.overview.navigate import open_list

        open_list(self, view, fields)

    def _open_search(self) -> None:
        from ui.overview.search_popup import open_search

        open_search(self.ctx, self.window())
