"""The unit editor's Contacts tab: e-mails whole, columns sized to their values, Enter opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.members import contacts, units

from tests.qt_helpers import in_modal_dialog, open_main_window

EMAIL = "zhaoxiaodong.project-office@hjsj-demo.com.mo"


@pytest.mark.parametrize("language, header", [("zh-Hans", "电子邮箱"), ("zh-Hant", "電子郵件"), ("en", "E-mail")])
def test_emails_are_whole_in_the_contacts_tab(qtbot, db, language, header):
    """At the editor's size on a 1,024 × 640 screen, an e-mail fits its cell on one line; every cell has
    its whole value as tooltip; the mobile stays masked there too."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db, language)
    unit = units.create_unit(db, {"name": "澳門濠江數據科技有限公司"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "趙曉東", "position": "技術總監",
                                 "mobile": "13800002951", "email": EMAIL})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    editor.resize(780, 600)
    tab = [editor.tabs.tabText(i) for i in range(editor.tabs.count())].index(
        {"zh-Hans": "联系人", "zh-Hant": "聯絡人", "en": "Contacts"}[language])
    editor.tabs.setCurrentIndex(tab)
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.contacts.table
    email_column = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(header)
    cell = table.item(0, email_column)
    assert cell.text() == EMAIL and EMAIL in cell.toolTip()
    needed = table.fontMetrics().horizontalAdvance(EMAIL) + 12
    assert table.columnWidth(email_column) >= needed
    assert not table.wordWrap()  # one line per contact, never an e-mail broken over two
    assert "138****2951" in [table.item(0, c).text() for c in range(table.columnCount())]
    assert all("13800002951" not in (table.item(0, c).toolTip() or "") for c in range(table.columnCount()))


def test_enter_opens_the_chosen_contact_and_edit_needs_one(qtbot, db):
    """Edit… is greyed out until a contact is chosen; Enter on a row opens that contact."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db)
    unit = units.create_unit(db, {"name": "包头智慧环保有限公司"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "刘镕"})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    page = editor.contacts
    editor.tabs.setCurrentWidget(page)
    assert not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled()
    page.table.setFocus()

    def check(dialog):
        assert dialog.windowTitle().endswith("刘镕")

    in_modal_dialog(qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), check)
