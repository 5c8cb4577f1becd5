"""Dialogs without wasted space, usable on a 1,024 × 640 laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.members import committees, units

from tests.qt_helpers import open_main_window

SMALL_SCREEN = (1024 - 40, 640 - 40)  # less the task bar and the window frame (ui/common/screen.py)


def _fits(widget) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1]


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_committees_are_a_few_lines_on_the_unit_tab(qtbot, db, language):
    """The ten committees sit on the Unit tab in a few lines (not a tab of their own, one per line); a
    committee is ticked with the keyboard; the editor fits the small screen with every field in view."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db, language)
    unit = units.create_unit(db, {"name": "北京城市数字孪生研究所"})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    editor.resize(780, 600)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    names = {editor.tabs.tabText(i) for i in range(editor.tabs.count())}
    assert editor.tabs.count() == 4 and not names & {"专业委员会", "專業委員會", "Professional committees"}
    checklist = editor.committee_list
    assert checklist.count() == len(committees.list_committees(db)) == 10
    assert editor.tabs.widget(0).isAncestorOf(checklist) and checklist.isVisible()
    row = checklist.visualItemRect(checklist.item(0)).height()
    assert checklist.height() <= 3 * row + 4  # three lines at most, where the list took a whole tab
    assert _fits(editor)
    last = editor.rows["change_note"].widget
    bottom = last.mapTo(editor, last.rect().bottomLeft()).y()
    assert bottom < editor.buttons.mapTo(editor, editor.buttons.rect().topLeft()).y()  # nothing pushed off
    checklist.setFocus()
    checklist.setCurrentRow(0)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    qtbot.keyClick(checklist, Qt.Key.Key_Right)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    editor.save()
    assert len(units.get_unit(db, unit.id).committee_ids) == 2


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_alliance_settings_show_the_seal_beside_the_names(qtbot, db, language):
    """The seal is on the first tab with the names (three tabs, not four); the dialog fits the small screen
    and its first tab leaves no half-empty page."""
    from ui.notices.alliance_dialog import AllianceDialog

    window = open_main_window(qtbot, db, language)
    dialog = AllianceDialog(window.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.count() == 3
    first = dialog.tabs.widget(0)
    assert first.isAncestorOf(dialog.seal_view) and first.isAncestorOf(dialog.choose_seal_button)
    assert _fits(dialog) and dialog.height() <= SMALL_SCREEN[1] and dialog.width() <= SMALL_SCREEN[0]
    used = first.layout().sizeHint().height()
    assert used >= 0.6 * first.height()  # the page is mostly used, not a column of fields and a void
