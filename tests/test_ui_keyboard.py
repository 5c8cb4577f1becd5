"""Keyboard access: shortcuts listed in the menus, Del deletes, Ctrl+P previews, modules and row menus
reached without the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.documents import Block
from core.i18n import tr
from core.members import queries, units
from core.notices import alliance, service

from tests.qt_helpers import in_modal_dialog, open_main_window


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, key, modifier)


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_every_edit_menu_command_lists_its_shortcut(qtbot, db, language):
    """The Edit menu shows a shortcut beside every command; the sidebar's tooltips name Ctrl+1, Ctrl+2…"""
    window = open_main_window(qtbot, db, language)
    commands = [a for a in window.edit_menu.actions() if not a.isSeparator()]
    assert len(commands) >= 7
    assert all(not a.shortcut().isEmpty() for a in commands), [a.text() for a in commands if a.shortcut().isEmpty()]
    keys = {a.shortcut().toString() for a in commands}
    assert {"Del", "Ctrl+P", "Ctrl+N", "F2", "Ctrl+F", "Ctrl+Z"} <= keys
    tips = [window.sidebar.item(i).toolTip() for i in range(window.sidebar.count())]
    assert all(f"Ctrl+{i + 1}" in tip for i, tip in enumerate(tips))
    assert tr("Overview") in tips[0] and tr("Member units") in tips[1]


def test_a_unit_found_and_deleted_without_the_mouse(qtbot, db):
    """Ctrl+1, Ctrl+F and typing filter the list; Down reaches the row; Shift+F10 opens its menu (with the
    bulk changes); Del asks, and Enter on Delete moves the unit to the deleted items."""
    units.create_unit(db, {"name": "包头稀土物联网研究院"})
    units.create_unit(db, {"name": "无锡智慧水务有限公司"})
    window = open_main_window(qtbot, db, "en")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+1 is the overview
    assert window.page() is window.pages["notices"]
    _press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["members"]
    assert window.page() is page
    _press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "baotou")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    window.activateWindow()  # (the offscreen platform can drop the activation while the list counts)
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, page.filter_edit, Qt.Key.Key_Down)  # from the filter into the list, on its first row
    assert len(page.selected_ids()) == 1 and page.table.hasFocus()
    _press(qtbot, page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = page.context_menu
    texts = [a.text() for a in menu.actions()]
    assert "Change level…" in texts and any(a.shortcut().toString() == "Del" for a in menu.actions())
    menu.close()

    def answer(box):
        assert isinstance(box, QMessageBox) and "包头稀土物联网研究院" in box.text()
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        delete.setFocus()
        _press(qtbot, delete, Qt.Key.Key_Space)

    in_modal_dialog(qtbot, lambda: _press(qtbot, page.table, Qt.Key.Key_Delete), answer)
    names = [r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()]
    assert names == ["无锡智慧水务有限公司"]


def test_notice_row_menu_from_the_keyboard_and_ctrl_p_in_the_editor(qtbot, db):
    """On the notice list the Menu key opens the row's menu with Enter, Ctrl+P and Del beside their commands;
    in the notice editor Ctrl+P saves and previews."""
    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "number_prefix": "智慧城市联盟",
                                "signatory": "中国智慧城市产业联盟"})
    notice = service.create_notice(db, {**service.new_notice_defaults(db), "title": "关于召开年度成员大会的通知",
                                        "body": [Block("paragraph", "请各成员单位派员参加。")]})
    window = open_main_window(qtbot, db, "zh-Hans")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["notices"]
    page.refresh()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    _press(qtbot, page.table, Qt.Key.Key_Menu)
    menu = page.context_menu
    shown = {a.text(): a.shortcut().toString() for a in menu.actions()}
    assert shown[tr("Preview")] == "Ctrl+P" and shown[tr("Delete")] == "Del" and shown[tr("Edit…")] == "Enter"
    assert page.selected_ids() == [notice.id]
    menu.close()
    qtbot.waitUntil(lambda: not menu.isVisible())
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)

    def in_editor(editor):
        def in_preview(preview):
            assert type(preview).__name__ == "PreviewDialog"

        assert "Ctrl+P" in editor.preview_button.toolTip()
        in_modal_dialog(qtbot, lambda: _press(qtbot, editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
                        in_preview)
        editor.reject()

    in_modal_dialog(qtbot, lambda: _press(qtbot, page.table, Qt.Key.Key_Return), in_editor)
    assert QApplication.activeModalWidget() is None
