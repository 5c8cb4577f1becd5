"""Correcting bad cells in the import preview: checked as typed, the corrected value imported."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.exchange.readers import read_table
from core.members import contacts, queries, units
from core.settings import Settings
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.exchange.import_dialog import ImportDialog

GOOD_CODE = "91350100M000100Y43"
CREDIT = {"zh-Hans": "统一社会信用代码", "zh-Hant": "統一社會信用代碼", "en": "Unified social credit code"}
CHECK_DIGIT = {"zh-Hans": "最后一位应为 3", "zh-Hant": "最後一位應為 3", "en": "should be 3"}
CAN_IMPORT = {"zh-Hans": "可以导入", "zh-Hant": "可以匯入", "en": "can be imported"}


def _dialog(qtbot, db, tmp_path, language, text):
    manager = LanguageManager(Settings())
    manager.apply(language, remember=False)
    source = tmp_path / "名单.csv"
    source.write_text(text, encoding="utf-8")
    dialog = ImportDialog(AppContext(db, Settings(), manager), read_table(source))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _checked(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog.plan


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_a_wrong_credit_code_is_corrected_in_the_preview_and_imported(qtbot, db, tmp_path, language):
    """The red cell opens for typing; each keystroke is checked (the message names the field in the
    clerk's language); Enter keeps the value, the check runs again by itself, and Import writes the
    corrected code."""
    dialog = _dialog(qtbot, db, tmp_path, language,
                     "单位名称,统一社会信用代码\n无锡智慧水务有限公司,\n樟树智慧国土有限公司,91350100M000100Y44\n")
    dialog.check()
    assert _checked(qtbot, dialog).error_rows == [3]
    cell = dialog.preview.item(2, 1)
    assert cell.background().color().red() == 255 and cell.background().color().green() == 200
    dialog.preview.setCurrentCell(2, 1)
    dialog.preview.setFocus()
    qtbot.keyClick(dialog.preview, Qt.Key.Key_F2)
    editor = dialog.preview.findChild(QLineEdit, "cell_editor")
    assert editor is not None and editor.text() == "91350100M000100Y44"
    message = dialog.cell_message.text()
    assert CREDIT[language] in message and CHECK_DIGIT[language] in message  # said before anything is typed
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "3")
    assert CAN_IMPORT[language] in dialog.cell_message.text() and editor.styleSheet() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview.item(2, 1).text() == GOOD_CODE)  # the view commits it queued
    assert not dialog.import_button.isEnabled()  # the earlier check no longer holds
    plan = _checked(qtbot, dialog)  # checked again without pressing Check
    assert plan.error_rows == [] and plan.counts.units_created == 2
    assert dialog.preview.item(2, 1).background().style() == Qt.BrushStyle.NoBrush
    dialog.do_import()
    qtbot.waitUntil(lambda: dialog.done_counts is not None, timeout=10000)
    codes = {r.name: r.credit_code for r in queries.unit_rows(db, queries.unit_ids(db)).values()}
    assert codes == {"无锡智慧水务有限公司": None, "樟树智慧国土有限公司": GOOD_CODE}
    assert "91350100M000100Y44" not in str(codes)


def test_a_wrong_mobile_corrected_keeps_the_contact_whole_and_a_late_row_is_reachable(qtbot, db, tmp_path):
    """A wrong mobile (left empty by default) corrected in the preview is imported with its contact; a bad
    row after the first 200 is added to the preview after the check, so it can be corrected too; typing a
    still-wrong value says so at once and marks the cell red."""
    rows = [f"成员单位{n:03d}有限公司,联系人{n},138{n:08d}" for n in range(1, 251)]
    rows[240] = "成员单位241有限公司,联系人241,1380000"
    dialog = _dialog(qtbot, db, tmp_path, "zh-Hans", "单位名称,联系人,手机\n" + "\n".join(rows) + "\n")
    assert dialog.preview.rowCount() == 201
    dialog.check()
    _checked(qtbot, dialog)
    assert dialog.preview.rowCount() == 202
    assert dialog.preview.verticalHeaderItem(201).text() == "242"  # Excel's row number of that line
    late = dialog.preview.item(201, 2)
    assert late.text() == "1380000" and late.background().color().blue() == 160
    late.setText("1380000")  # unchanged: nothing to check again
    assert dialog.plan is not None
    dialog.preview.setCurrentCell(201, 2)
    dialog.preview.editItem(late)
    editor = dialog.preview.findChild(QLineEdit, "cell_editor")
    editor.selectAll()
    qtbot.keyClicks(editor, "1380000124")
    assert "手机" in dialog.cell_message.text() and "border" in editor.styleSheet()
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview.item(201, 2).text() == "13800001241")
    plan = _checked(qtbot, dialog)
    assert plan.notes == [] and plan.counts.units_created == 250
    assert "已在此更正" in dialog.preview.item(201, 2).toolTip()  # marked as corrected, the file untouched
    dialog.do_import()
    qtbot.waitUntil(lambda: dialog.done_counts is not None, timeout=20000)
    unit = units.get_unit(db, next(i for i, r in queries.unit_rows(db, queries.unit_ids(db)).items()
                                   if r.name == "成员单位241有限公司"))
    assert [c.mobile for c in contacts.unit_contacts(db, unit.id)] == ["13800001241"]


UNKNOWN_COMMITTEE = {"zh-Hans": "专业委员会：智能火星 不是本联盟的专业委员会",
                     "zh-Hant": "專業委員會：智能火星 不是本聯盟的專業委員會",
                     "en": "Professional committees: 智能火星 is not one of the professional committees"}


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_a_committee_typed_in_the_preview_is_checked_as_typed(qtbot, db, tmp_path, language):
    """A committee cell is looked up among the alliance's committees with each keystroke (it was left
    to the next full check), the message in the clerk's language; a known one can be imported."""
    dialog = _dialog(qtbot, db, tmp_path, language, "单位名称,专业委员会\n无锡智慧水务有限公司,智能交通\n")
    assert dialog.combos[1].currentData() == "committees"
    dialog.preview.setCurrentCell(1, 1)
    dialog.preview.setFocus()
    qtbot.keyClick(dialog.preview, Qt.Key.Key_F2)
    editor = dialog.preview.findChild(QLineEdit, "cell_editor")
    assert CAN_IMPORT[language] in dialog.cell_message.text()
    qtbot.keyClick(editor, Qt.Key.Key_End)
    editor.insert("、智能火星")  # as an input method commits it (key clicks carry Latin letters only)
    assert UNKNOWN_COMMITTEE[language] in dialog.cell_message.text() and "border" in editor.styleSheet()
    assert "智能火星" in editor.toolTip()
    for _ in "智能火星":
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    editor.insert("智能水务")  # 智能交通、智能水务: both known
    assert CAN_IMPORT[language] in dialog.cell_message.text() and editor.styleSheet() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview.item(1, 1).text() == "智能交通、智能水务")
    assert dialog.preview.item(1, 1).background().style() == Qt.BrushStyle.NoBrush
