"""The search box (Ctrl+K) finds nominations and people of the expert pool and the standards
roster; Enter opens them; mobiles and ID numbers never show in its results."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.qt_helpers import in_modal_dialog, open_main_window, type_text

MOBILE, ID17 = "13700009876", "50010319800215123"


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    from core.storage.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    db = open_database(path)
    win = open_main_window(qtbot, db)
    yield win
    win.close()


def _search(qtbot, window, text, kind):
    from ui.overview.search_popup import open_search

    popup = open_search(window.ctx, window)
    type_text(popup.edit, text)
    qtbot.waitUntil(lambda: kind in popup.groups() and not popup._timer.isActive(), timeout=5000)
    return popup


def _go_to(qtbot, popup, kind, title=None):
    """Down until the current item is a hit of ``kind`` (named ``title`` when given)."""
    def here():
        item = popup.results.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) == kind and not item.childCount() and \
            item.data(0, Qt.ItemDataRole.UserRole + 1) is not None and title in (None, item.text(0))
    for _ in range(80):
        if here():
            return popup.results.currentItem()
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    raise AssertionError(f"no {kind} hit {title or ''}")


def _shown(popup):
    return [popup.results.topLevelItem(g).child(i).text(c) for g in range(popup.results.topLevelItemCount())
            for i in range(popup.results.topLevelItem(g).childCount()) for c in (0, 1)]


def test_traditional_name_finds_the_expert_and_enter_opens_him(qtbot, window):
    """劉曉東 typed in Traditional lists the expert 刘晓东 under the expert pool, with his work unit
    but not his mobile or ID number; Enter opens him in the expert editor."""
    from core.calls import pool
    from core.calls.people import id_check_char

    pool.create_person(window.ctx.db, "experts", {
        "name": "刘晓东", "gender": "M", "side": "academia", "fields": "城市交通仿真", "work_unit": "重庆邮电大学",
        "mobile": MOBILE, "id_number": ID17 + id_check_char(ID17)})
    popup = _search(qtbot, window, "劉曉東", "experts")
    assert "刘晓东" in popup.groups()["experts"]
    shown = " ".join(_shown(popup))
    assert "重庆邮电大学" in shown and MOBILE not in shown and ID17 not in shown
    _go_to(qtbot, popup, "experts", "刘晓东")
    seen = {}
    in_modal_dialog(qtbot, lambda: qtbot.keyClick(popup.edit, Qt.Key.Key_Return),
                    lambda d: seen.update(kind=type(d).__name__, name=d.findChild(QLineEdit, "field_name").text()))
    assert seen == {"kind": "PersonEditor", "name": "刘晓东"}


def test_initials_find_a_nomination_and_enter_shows_it_on_the_calls_page(qtbot, window):
    """A nomination found by its name's initials opens on the calls page: its call's nominations
    listed, it selected and shown in the pane beside them."""
    from core.calls import queries
    from core.text.search import pinyin_forms

    rows = queries.nomination_rows(window.ctx.db, queries.nomination_ids(window.ctx.db))
    row = next(r for r in rows.values() if r["kind"] == "expert" and r["state"] == "approved")
    popup = _search(qtbot, window, pinyin_forms(row["name"])[1], "nominations")
    item = _go_to(qtbot, popup, "nominations", row["name"])
    assert item.data(0, Qt.ItemDataRole.UserRole + 1) in rows
    chosen = item.data(0, Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    page = window.page()
    assert window.module_keys()[window.sidebar.currentRow()] == "nominations"
    assert page.selected_ids() == [chosen]
    assert page.call_combo.currentData() == rows[chosen]["call_id"]
    assert page.detail.title.text().startswith(rows[chosen]["name"])


def test_a_standards_heading_opens_the_roster_filtered(qtbot, window):
    """Enter on the standards group's heading shows the roster (not the expert pool) filtered by the
    text; a one-character query answers."""
    from core.calls import queries

    roster = queries.pool_rows(window.ctx.db, "standards_members", queries.pool_ids(window.ctx.db, "standards_members"))
    name = sorted(r["name"] for r in roster.values())[0]
    popup = _search(qtbot, window, name[0], "standards_members")
    while popup.results.currentItem().data(0, Qt.ItemDataRole.UserRole) != "standards_members" or \
            not popup.results.currentItem().childCount():
        qtbot.keyClick(popup.edit, Qt.Key.Key_Down if popup.results.currentItem() is not None else Qt.Key.Key_Up)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    page = window.page()
    assert window.module_keys()[window.sidebar.currentRow()] == "experts"
    assert page.table_name == "standards_members" and page.filter_edit.text() == name[0]
    listed = queries.pool_rows(window.ctx.db, "standards_members", page.model.ids)
    assert name in {r["name"] for r in listed.values()}
