"""The dashboard draws a chart when its card comes into view (the others when scrolled to, or
once the window is idle), with the small grid of ui/overview/chart_lib.py."""

from __future__ import annotations

import shutil


from tests.qt_helpers import open_main_window


def test_the_grid_draws_a_bar_chart_with_its_axis(qtbot):
    """chart_lib's Grid stands in for pyqtgraph's GraphicsLayout: axis and bars both drawn."""
    from ui.overview import chart_lib

    pg = chart_lib.load()
    view = pg.GraphicsView(background="w")
    qtbot.addWidget(view)
    grid = pg.Grid()
    view.setCentralItem(grid)
    box = pg.ViewBox(enableMenu=False)
    axis = pg.AxisItem("left", linkView=box)
    grid.addItem(axis, 0, 0)
    grid.addItem(box, 0, 1)
    box.addItem(pg.BarGraphItem(x=[0, 1], height=[3, 5], width=0.6, brush=pg.mkBrush("#2563eb")))
    view.resize(300, 200)
    image = view.grab().toImage()
    blue = [x for x in range(0, 300, 3) for y in range(0, 200, 3) if image.pixelColor(x, y).name() == "#2563eb"]
    assert len(blue) > 50
    assert min(blue) > axis.width() - 1  # the bars sit right of the axis, not under it


def test_charts_out_of_view_are_drawn_when_scrolled_to_or_when_idle(qtbot, demo_file, tmp_path, monkeypatch):
    """In a small window the cards below are counted (their titles and sizes are right) but their
    plots wait; scrolling to the bottom draws the last one; left alone, the window draws the rest."""
    from core.storage.database import open_database
    from ui.overview import dashboard

    monkeypatch.setattr(dashboard, "IDLE_DRAW_MS", 60 * 60 * 1000)  # nothing drawn behind the test's back
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    window = open_main_window(qtbot, open_database(path))
    try:
        window.resize(1024, 640)
        window.show_view("overview")
        page = window.page()
        page.ensure_in_view()
        qtbot.waitUntil(lambda: page.settled, timeout=20000)
        drawn = {k for k, c in page.cards.items() if c.drawn}
        waiting = [k for k, c in page.cards.items() if not c.drawn]
        assert drawn and waiting, (drawn, waiting)
        assert all(page.cards[k].chart is not None and page.cards[k].title.text() for k in waiting)
        last = max(waiting, key=lambda k: page._tops[k])
        bar = page.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)  # the cards laid out
        assert not page.cards[last].drawn
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: page.cards[last].drawn, timeout=5000)
        page._idle.setInterval(10)
        page._idle.start()
        qtbot.waitUntil(lambda: all(c.drawn for c in page.cards.values()), timeout=10000)
    finally:
        window.close()


def _registered(monkeypatch, provider):
    from core.overview import charts

    charts.providers()  # the built-in ones first
    monkeypatch.setitem(charts._PROVIDERS, provider.key, provider)


def test_a_count_begun_before_a_language_change_is_counted_again(qtbot, demo_file, tmp_path, monkeypatch):
    """The charts are counted on a thread of their own; when the clerk switches the language while
    a count runs, what comes back in the old language is counted again: every title ends in English."""
    import threading

    from core.overview.charts import Bar, Chart, ChartProvider
    from core.storage.database import open_database
    from core.i18n import tr

    release = threading.Event()

    def slow(db):
        release.wait(10)
        return Chart("slow", tr("Overview"), (tr("Units"),), (Bar("x", (1,), (None,)),), "members")

    _registered(monkeypatch, ChartProvider("slow", slow, frozenset({"units"})))
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    window = open_main_window(qtbot, open_database(path))
    try:
        window.show_view("overview")
        page = window.page()
        qtbot.waitUntil(lambda: page._counting is not None, timeout=10000)
        assert page.loading.isVisible() and page.loading.text() == "正在统计……"
        window.ctx.language.apply("en", remember=False)
        release.set()
        qtbot.waitUntil(lambda: page.settled, timeout=20000)
        assert page.cards["slow"].chart.title == "Overview"
        assert page.cards["units_by_level"].chart.title == "Active member units by level"
    finally:
        window.ctx.language.apply("zh-Hans", remember=False)
        window.close()


def test_a_count_that_fails_says_so_and_the_window_goes_on(qtbot, demo_file, tmp_path, monkeypatch):
    from core.errors import UserError
    from core.i18n import Msg
    from core.overview.charts import ChartProvider
    from core.storage.database import open_database

    def broken(db):
        raise UserError(Msg("The database file {path} is no longer there (was a USB stick removed?). Nothing was "
                            "saved. Put it back and try again, or save everything to another file.", path="x.sqlite3"))

    _registered(monkeypatch, ChartProvider("broken", broken, frozenset({"units"})))
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    window = open_main_window(qtbot, open_database(path))
    try:
        window.show_view("overview")
        page = window.page()
        qtbot.waitUntil(lambda: page._counting is None and "x.sqlite3" in page.loading.text(), timeout=20000)
        assert page.loading.isVisible()
        assert page.loading.text().startswith("无法统计图表")
        window.show_view("members")  # the window still answers
        assert window.sidebar.currentRow() == window.module_keys().index("members")
    finally:
        window.close()
