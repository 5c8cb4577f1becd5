"""Dates in the editors: written as the UI language writes them, picked from a calendar, stored as ISO."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from core.members import units
from core.notices import service

from tests.qt_helpers import open_main_window

SHOWN = {"zh-Hans": "2013年11月6日", "zh-Hant": "2013年11月6日", "en": "Nov 6, 2013"}


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_join_date_shown_in_the_language_picked_from_a_calendar_stored_iso(qtbot, db, language):
    """The unit editor shows 2013-11-06 as the language writes it; Alt+Down opens a calendar in that
    language; a day picked there is saved as an ISO date."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db, language)
    unit = units.create_unit(db, {"name": "中国智慧城市产业联盟测试单位", "join_date": "2013-11-06"})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    field = editor.inputs["join_date"]
    assert field.text() == SHOWN[language] and "2013-11-06" not in field.text()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2013, 11, 6)
    month = calendar.locale().standaloneMonthName(11)
    assert month == {"zh-Hans": "十一月", "zh-Hant": "11月", "en": "November"}[language]
    calendar.setSelectedDate(QDate(2014, 1, 26))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == {"zh-Hans": "2014年1月26日", "zh-Hant": "2014年1月26日", "en": "Jan 26, 2014"}[language]
    editor.save()
    assert units.get_unit(db, unit.id).join_date == "2014-01-26"


def test_a_date_typed_in_any_accepted_form_is_rewritten_and_a_wrong_one_kept_with_a_message(qtbot, db):
    """Typed 2013/11/6 becomes 2013年11月6日 on leaving the field; a wrong date stays as typed, with the
    core's message beside the field; switching to English rewrites the shown date, not the stored one."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db, "zh-Hans")
    editor = UnitEditor(window.ctx, None)
    qtbot.addWidget(editor)
    field = editor.inputs["join_date"]
    assert field.text() == f"{dt.date.today().year}年{dt.date.today().month}月{dt.date.today().day}日"
    field.setText("2013/11/6")
    field.editingFinished.emit()
    assert field.text() == "2013年11月6日" and field.iso() == "2013-11-06"
    window.language_actions["en"].trigger()
    assert field.text() == "Nov 6, 2013"
    window.language_actions["zh-Hans"].trigger()
    editor.inputs["name"].setText("无锡物联网测试有限公司")
    field.setText("2013年2月30日")
    field.editingFinished.emit()
    editor.save()
    assert editor.result_value is None and field.text() == "2013年2月30日"
    assert "2013年2月30日" in editor.error_text("join_date")
    assert db.query_one("SELECT count(*) FROM units")[0] == 0


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_notice_dates_shown_in_the_language_and_stored_iso(qtbot, db, language):
    """The notice editor's date and print date: shown in the language's form, saved as ISO."""
    from ui.notices.editor import NoticeEditor

    window = open_main_window(qtbot, db, language)
    notice = service.create_notice(db, {**service.new_notice_defaults(db), "title": "关于召开年度成员大会的通知",
                                        "doc_date": "2013-11-06"})
    editor = NoticeEditor(window.ctx, notice)
    qtbot.addWidget(editor)
    assert editor.inputs["doc_date"].text() == SHOWN[language]
    assert editor.inputs["print_date"].text() == ""
    editor.inputs["print_date"].setText("2013-11-08")
    editor.inputs["print_date"].editingFinished.emit()
    assert editor.inputs["print_date"].text() != "2013-11-08"
    editor.save()
    saved = service.get_notice(db, notice.id)
    assert (saved.doc_date, saved.print_date) == ("2013-11-06", "2013-11-08")
