"""The dashboard, the search box (Ctrl+K) and saved searches in the real main window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.qt_helpers import in_modal_dialog, open_main_window, type_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    from core.storage.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    db = open_database(path)
    win = open_main_window(qtbot, db)
    yield win
    win.close()


def _dashboard(qtbot, window):
    window.show_view("overview")
    page = window.page()
    qtbot.waitUntil(lambda: page.settled, timeout=20000)
    return page


def _label_rects(card):
    """(text, rect in the plot widget's coordinates) of every tick label pyqtgraph draws."""
    found = []
    for name in ("left", "bottom"):
        axis = card.axes[name]
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        try:
            if axis.style["tickFont"] is not None:
                painter.setFont(axis.style["tickFont"])
            _axis, _ticks, texts = axis.generateDrawSpecs(painter)
        finally:
            painter.end()
        for rect, _flags, text in texts:
            scene = axis.mapRectToScene(rect)
            found.append((name, text, card.plot.mapFromScene(scene).boundingRect()))
    return found


def test_charts_render_with_every_label_inside_in_three_languages_and_two_sizes(qtbot, window, tmp_path):
    """Every chart is drawn offscreen to a PNG at 1,024 × 640 and 1,920 × 1,080 in the three
    languages; each category label is drawn (none dropped for lack of room), whole, inside the
    chart widget; the plot itself fits inside its card."""
    page = _dashboard(qtbot, window)
    for size in ((1024, 640), (1920, 1080)):
        window.resize(*size)
        for language in ("zh-Hans", "zh-Hant", "en"):
            window.ctx.language.apply(language, remember=False)
            page.ensure_built()
            QApplication.processEvents()
            qtbot.wait(20)
            for key, card in page.cards.items():
                chart = card.chart
                assert chart is not None and chart.bars, key
                shot = tmp_path / f"{key}-{language}-{size[0]}.png"
                assert card.grab().save(str(shot)) and shot.stat().st_size > 2000
                rects = _label_rects(card)
                category_axis = "left" if chart.horizontal else "bottom"
                drawn = [text for axis, text, _r in rects if axis == category_axis]
                assert drawn and sorted(drawn) == sorted(b.label for b in chart.bars), (key, language, size)
                widget = QRect(QPoint(0, 0), card.plot.size())
                for axis, text, rect in rects:
                    assert widget.contains(rect), (key, language, size, axis, text, rect, widget)
                assert QRect(QPoint(0, 0), card.size()).contains(card.plot.geometry()), (key, size)
    window.ctx.language.apply("zh-Hans", remember=False)


def test_tooltip_gives_the_exact_figure(qtbot, window):
    """Pointing at a bar shows its category and exact figure."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    page = _dashboard(qtbot, window)
    card = page.cards["units_by_level"]
    index = [b.label for b in card.chart.bars].index("会员单位")
    point = card.widget_point(card.bar_centre(index))
    viewport = card.plot.viewport()
    move = QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    qtbot.waitUntil(lambda: card.plot.toolTip() != "", timeout=3000)
    assert card.plot.toolTip() == f"会员单位：{card.chart.bars[index].values[0]}"
    joins = page.cards["joins_and_departures"]
    year = [b.label for b in joins.chart.bars].index("2017")
    assert joins.tooltip_text(year, 1) == "2017 · 退出：1"


def test_click_on_a_bar_opens_the_filtered_members_list(qtbot, window):
    """A click on the 理事单位 bar shows the member list filtered to active 理事单位: as many rows as the bar says."""
    page = _dashboard(qtbot, window)
    card = page.cards["units_by_level"]
    index = [b.label for b in card.chart.bars].index("理事单位")
    point = card.widget_point(card.bar_centre(index)).toPoint()
    qtbot.mouseClick(card.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.page() is window.pages["members"], timeout=3000)
    members = window.pages["members"]
    assert members.level_combo.currentData() == "council" and members.status_combo.currentData() == "active"
    assert members.model.count == card.chart.bars[index].values[0] == 20


def test_click_on_a_year_shows_the_units_that_left_that_year(qtbot, window):
    """The departures bar of a year lists exactly the units that left in that year; the year
    shows above the list and can be cleared."""
    page = _dashboard(qtbot, window)
    card = page.cards["joins_and_departures"]
    index = [b.label for b in card.chart.bars].index("2019")
    page.open_list("members", dict(card.chart.bars[index].filters[1]))
    members = window.pages["members"]
    assert members.model.count == card.chart.bars[index].values[1] == 1
    assert members.year_chip.isVisible() and "2019" in members.year_chip.text()
    members.year_chip.click()
    assert members.model.count == 80


def test_dashboard_follows_changes_and_language(qtbot, window):
    """Deleting a unit updates the level chart once it is shown again; switching to English
    redraws titles and labels."""
    from core.members import queries, units

    page = _dashboard(qtbot, window)
    card = page.cards["units_by_level"]
    before = card.chart.total
    window.show_view("members")
    unit_id = queries.unit_ids(window.ctx.db, queries.UnitFilter(level="member", status="active"))[0]
    units.delete_units(window.ctx.db, [unit_id])
    window.ctx.changed("units")
    window.show_view("overview")
    qtbot.waitUntil(lambda: card.chart.total == before - 1, timeout=5000)
    window.ctx.language.apply("en", remember=False)
    qtbot.waitUntil(lambda: card.chart.title == "Active member units by level", timeout=5000)
    assert "Member unit" in [b.label for b in card.chart.bars]
    window.ctx.language.apply("zh-Hans", remember=False)


def test_export_png_and_xlsx(qtbot, window, tmp_path):
    """Each chart saves as a PNG picture and its numbers as an .xlsx."""
    from openpyxl import load_workbook

    page = _dashboard(qtbot, window)
    card = page.cards["notices_by_year"]
    assert card.export_png(str(tmp_path / "n.png")) and (tmp_path / "n.png").stat().st_size > 2000
    assert card.export_xlsx(str(tmp_path / "n.xlsx"))
    rows = list(load_workbook(tmp_path / "n.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "各年度通知（按状态）" and rows[1][:4] == ("类别", "草稿", "已发布", "已被更正")


def test_ctrl_k_search_enter_opens_the_unit(qtbot, window):
    """Ctrl+K opens the search box; cq lists the 重庆 units first in their group; Enter opens the
    first one in the unit editor."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window._search_popup
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClicks(popup.edit, "cq")
    qtbot.waitUntil(lambda: "units" in popup.groups(), timeout=3000)
    first = popup.groups()["units"][0]
    assert first.startswith("重庆")
    seen = {}

    def check(dialog):
        seen["name"] = dialog.findChild(type(popup.edit), "field_name").text()

    in_modal_dialog(qtbot, lambda: qtbot.keyClick(popup.edit, Qt.Key.Key_Return), check)
    assert seen["name"] == first


def test_search_box_groups_chinese_traditional_and_one_character(qtbot, window):
    """Typed through the input method: 重慶 lists units and contacts; one character 王 answers;
    Down then Enter on a contact opens the contact editor."""
    from ui.overview.search_popup import open_search

    popup = open_search(window.ctx, window)
    type_text(popup.edit, "重慶")
    qtbot.waitUntil(lambda: {"units", "contacts"} <= set(popup.groups()), timeout=3000)
    assert all(t.startswith("重庆") for t in popup.groups()["units"])
    popup.edit.clear()
    type_text(popup.edit, "王")
    qtbot.waitUntil(lambda: popup.edit.text() == "王" and not popup._timer.isActive(), timeout=3000)
    contacts = popup.groups()["contacts"]
    assert contacts and all("王" in name for name in contacts)
    while popup.results.currentItem().text(0) != contacts[0]:
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    seen = {}
    in_modal_dialog(qtbot, lambda: qtbot.keyClick(popup.edit, Qt.Key.Key_Return),
                    lambda d: seen.setdefault("name", d.findChild(type(popup.edit), "field_name").text()))
    assert seen["name"] == contacts[0]


def test_saved_search_from_the_list_reopened_from_the_sidebar(qtbot, window):
    """The members list filtered by 北京 and 理事单位 is saved under a name; it appears in the
    sidebar; clicked later (from another view, the filter cleared), it brings the same list back."""
    from core.members import queries
    from ui.common.widgets import select_data

    window.show_view("members")
    members = window.page()
    type_text(members.filter_edit, "智慧")
    select_data(members.level_combo, "member")
    qtbot.waitUntil(lambda: members.current_filter().text == "智慧", timeout=2000)
    expected = len(queries.unit_ids(window.ctx.db, members.current_filter()))
    assert 0 < expected < 80

    def name_it(dialog):
        dialog.setTextValue("智慧会员")
        dialog.accept()

    in_modal_dialog(qtbot, members.save_search_button.click, name_it)
    items = window.saved_searches.items()
    assert [i.text() for i in items] == ["智慧会员"]
    members.apply_filter({})
    assert members.model.count == 80
    window.show_view("contacts")
    rect = window.sidebar.visualItemRect(items[0])
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.page() is members
    assert members.filter_edit.text() == "智慧" and members.level_combo.currentData() == "member"
    assert members.model.count == expected


def test_saved_search_name_taken_is_refused_and_asked_again(qtbot, window):
    """Saving under a name in use says so and asks again with what was typed; Cancel keeps nothing."""
    from core.overview import saved_searches

    saved_searches.save_search(window.ctx.db, "理事", "members", {"level": "council"})
    window.ctx.changed("saved_searches")
    window.show_view("contacts")
    contacts = window.page()
    texts = []

    def first(dialog):
        dialog.setTextValue("理事")
        QApplication.processEvents()
        from PySide6.QtCore import QTimer

        def on_error():
            box = QApplication.activeModalWidget()
            texts.append(box.text())
            box.accept()
            QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())

        QTimer.singleShot(50, on_error)
        dialog.accept()

    in_modal_dialog(qtbot, contacts.save_search_button.click, first)
    assert texts and "理事" in texts[0]
    assert [s.name for s in saved_searches.list_saved(window.ctx.db)] == ["理事"]


def test_pyqtgraph_waits_for_the_dashboard(tmp_path, demo_file):
    """The window appears without pyqtgraph (and numpy); the dashboard loads them a moment later
    and then draws every chart, meetings and action items included. pyqtgraph is imported on the
    window's thread only: importing it elsewhere while the window paints crashed the program now
    and then (PySide6 makes its wrapper types when first asked for, not safely from two threads)."""
    probe = (
        "import sys, threading, importlib.abc\n"
        "elsewhere = []\n"
        "class Watch(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] in ('pyqtgraph', 'PySide6') and threading.current_thread() is not threading.main_thread():\n"
        "            elsewhere.append(name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from core.settings import Settings\n"
        "from core.storage.database import open_database\n"
        "from pathlib import Path\n"
        "from ui.common.language import LanguageManager\n"
        "from ui.context import AppContext\n"
        "from ui.main_window import MainWindow\n"
        "m = LanguageManager(Settings()); m.apply('zh-Hans', remember=False)\n"
        "w = MainWindow(AppContext(open_database(Path(sys.argv[1])), Settings(), m))\n"
        "w.show(); app.processEvents()\n"
        "print('AT-SHOW', 'pyqtgraph' in sys.modules, 'numpy' in sys.modules)\n"
        "import time\n"
        "end = time.time() + 20\n"
        "from core.overview.charts import providers\n"
        "while not w.page().settled and time.time() < end:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print('LATER', 'pyqtgraph' in sys.modules, len(w.page().cards) == len(providers()) >= 8)\n"
        "print('ELSEWHERE', elsewhere)\n"
        "w.auto_backup.stop(); w.ctx.db.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLIANCE_SECRETARIAT_HOME": str(tmp_path)}
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    out = subprocess.run([sys.executable, "-c", probe, str(copy)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert "AT-SHOW False False" in out.stdout, out.stdout + out.stderr
    assert "LATER True True" in out.stdout, out.stdout + out.stderr
    assert "ELSEWHERE []" in out.stdout, out.stdout + out.stderr


def test_search_box_opens_a_notice(qtbot, window):
    """会费 lists the dues notices among the hits; Enter on one opens it in the notice editor."""
    from ui.overview.search_popup import open_search

    popup = open_search(window.ctx, window)
    type_text(popup.edit, "会费")
    qtbot.waitUntil(lambda: "notices" in popup.groups() and not popup._timer.isActive(), timeout=3000)
    while popup.results.currentItem().data(0, Qt.ItemDataRole.UserRole) != "notices" or \
            popup.results.currentItem().childCount():
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    title = popup.results.currentItem().text(0)
    seen = {}
    in_modal_dialog(qtbot, lambda: qtbot.keyClick(popup.edit, Qt.Key.Key_Return),
                    lambda d: seen.setdefault("editor", type(d).__name__))
    assert "会费" in title and seen["editor"] == "NoticeEditor"


def test_new_is_greyed_out_on_the_dashboard_only(qtbot, window):
    _dashboard(qtbot, window)
    assert not window.act_new.isEnabled()
    window.show_view("members")
    assert window.act_new.isEnabled()


def test_cards_follow_each_other_without_gaps(qtbot, window):
    """At 1,920 px the cards stand in two columns; in each, a card starts right under the one
    above it (no room left for a taller neighbour), and the columns end within a card's height."""
    window.resize(1920, 1080)
    page = _dashboard(qtbot, window)
    page.ensure_built()
    QApplication.processEvents()
    spacing = page.grid.spacing()
    columns: dict[int, list] = {}
    for card in page.cards.values():
        columns.setdefault(card.geometry().x(), []).append(card.geometry())
    assert len(columns) == 2
    for rects in columns.values():
        rects.sort(key=lambda r: r.y())
        for above, below in zip(rects, rects[1:]):
            assert below.y() - (above.y() + above.height()) <= spacing + 1
    ends = [max(r.y() + r.height() for r in rects) for rects in columns.values()]
    assert abs(ends[0] - ends[1]) <= max(c.height() for c in page.cards.values())


def test_search_box_lists_meetings_and_enter_opens_the_meeting(qtbot, window):
    """理事会 lists meetings; Enter on one opens that meeting in the meeting editor."""
    from ui.overview.search_popup import open_search

    popup = open_search(window.ctx, window)
    type_text(popup.edit, "理事会")
    qtbot.waitUntil(lambda: "meetings" in popup.groups() and not popup._timer.isActive(), timeout=3000)
    while popup.results.currentItem().data(0, Qt.ItemDataRole.UserRole) != "meetings" or \
            popup.results.currentItem().childCount():
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    title = popup.results.currentItem().text(0)
    seen = {}

    def look(editor):
        seen["title"] = editor.title_edit.text()

    in_modal_dialog(qtbot, lambda: qtbot.keyClick(popup.edit, Qt.Key.Key_Return), look)
    assert seen["title"] == title


def test_click_on_a_side_opens_the_expert_pool_of_that_side(qtbot, window):
    """A bar of the expert pool by side (政产学研用资本) opens the pool filtered to that side, with
    as many rows as the bar; a state's bar opens the 征集 list of that state."""
    page = _dashboard(qtbot, window)
    page.ensure_built()
    card = page.cards["experts_by_side"]
    index = max(range(len(card.chart.bars)), key=lambda i: card.chart.bars[i].values[0])
    point = card.widget_point(card.bar_centre(index)).toPoint()
    qtbot.mouseClick(card.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.page() is window.pages["experts"], timeout=3000)
    experts = window.pages["experts"]
    assert experts.side_combo.currentData() == card.chart.bars[index].filters[0]["side"]
    assert experts.model.count == card.chart.bars[index].values[0] > 0

    page = _dashboard(qtbot, window)
    states = page.cards["nominations_by_state"].chart
    index = max(range(len(states.bars)), key=lambda i: states.bars[i].values[0])
    page.open_list("nominations", dict(states.bars[index].filters[0]))
    nominations = window.pages["nominations"]
    assert nominations.state_combo.currentData() == states.bars[index].filters[0]["state"]
    assert nominations.model.count == states.bars[index].values[0] > 0
