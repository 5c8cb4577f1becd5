"""The main window driven like a clerk drives it (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from core import i18n
from core.members import contacts, units
from core.settings import Settings
from ui.common.language import LanguageManager

from tests.qt_helpers import in_modal_dialog, open_main_window, type_text


@pytest.fixture
def window(qtbot, db):
    return open_main_window(qtbot, db)


def test_switch_to_traditional_create_unit_by_dialog_and_find_it(qtbot, window, db):
    """Traditional UI; Ctrl+N opens the unit dialog; Chinese typed and saved with Ctrl+S; the filter finds it."""
    window.language_actions["zh-Hant"].trigger()
    assert i18n.current_language() == "zh-Hant"
    assert window.sidebar.item(0).text() == "概覽" and window.sidebar.item(1).text() == "成員單位"
    page = window.pages["members"]

    def fill(dialog):
        assert "成員單位" in dialog.windowTitle()
        type_text(dialog.findChild(QLineEdit, "field_name"), "香港智慧城市聯盟有限公司")
        type_text(dialog.findChild(QLineEdit, "field_short_name"), "港智盟")
        level = dialog.findChild(QComboBox, "field_level")
        level.setCurrentIndex(level.findData("council"))
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible(), [r.error.text() for r in dialog.rows.values() if r.error.text()]

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    saved = db.query_one("SELECT name, level FROM units")
    assert tuple(saved) == ("香港智慧城市聯盟有限公司", "council")

    units.create_unit(db, {"name": "北京中关村智能交通有限公司"})
    window.ctx.data_changed.emit("units")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    type_text(page.filter_edit, "香港智慧城市联盟")  # typed in Simplified: finds the Traditional name
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "香港智慧城市聯盟有限公司"
    assert page.model.index(0, 2).data() == "理事單位"
    assert "1" in page.count_label.text()


def test_wrong_field_shows_message_beside_it_and_keeps_typed_text(qtbot, window, db):
    """A wrong credit code is named beside its field; what was typed stays; nothing is saved."""

    def fill(dialog):
        type_text(dialog.findChild(QLineEdit, "field_name"), "延吉智慧社区有限公司")
        type_text(dialog.findChild(QLineEdit, "field_credit_code"), "91350100M000100Y44")
        dialog.save()
        assert dialog.isVisible()
        error = dialog.rows["credit_code"].error
        assert error.isVisibleTo(dialog) and "统一社会信用代码" in error.text() and "3" in error.text()
        assert dialog.findChild(QLineEdit, "field_name").text() == "延吉智慧社区有限公司"
        assert dialog.findChild(QLineEdit, "field_credit_code").text() == "91350100M000100Y44"
        dialog.findChild(QLineEdit, "field_credit_code").setText("91350100M000100Y43")
        dialog.save()

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    assert db.query_one("SELECT credit_code FROM units")[0] == "91350100M000100Y43"


def test_delete_asks_then_unit_can_be_restored(qtbot, window, db):
    """Del asks for confirmation; the deleted unit leaves the list and Deleted items brings it back."""
    unit = units.create_unit(db, {"name": "无锡智能水务有限公司"})
    page = window.pages["members"]
    page.refresh()
    page.table.selectRow(0)

    def accept(box):
        assert isinstance(box, QMessageBox) and "无锡智能水务有限公司" in box.text()
        box.buttons()[0].click() if box.buttons()[0].text() == "删除" else \
            next(b for b in box.buttons() if b.text() == "删除").click()

    in_modal_dialog(qtbot, window.act_delete.trigger, accept)
    assert page.model.rowCount() == 0

    def restore(dialog):
        dialog.units_table.selectRow(0)
        dialog.restore_selected()
        dialog.reject()

    in_modal_dialog(qtbot, window.act_deleted.trigger, restore)
    assert page.model.rowCount() == 1 and page.model.id_at(0) == unit.id


def test_contacts_view_masks_mobiles_and_switches_language(qtbot, window, db):
    """The contact list shows masked mobiles; switching to English relabels the columns at once."""
    unit = units.create_unit(db, {"name": "成都智慧医疗集团"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "王志堃", "mobile": "13912345678"})
    window.show_view("contacts")
    page = window.pages["contacts"]
    page.refresh()
    assert page.model.index(0, 0).data() == "王志堃"
    assert page.model.index(0, 5).data() == "139****5678"
    window.language_actions["en"].trigger()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.sidebar.item(2).text() == "Contacts"
    assert Settings().get("language") == "en"


def test_language_choice_is_remembered(qtbot, db):
    """The language picked from the menu is the one used at the next start."""
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hant")
    assert LanguageManager(Settings()).initial_language(None) == "zh-Hant"
    assert LanguageManager(Settings()).initial_language("en") == "en"


def test_contact_editor_shows_the_contacts_history(qtbot, window, db):
    """Opening a contact shows its changes (field, before, after), newest first."""
    from ui.contacts.editor import ContactEditor

    unit = units.create_unit(db, {"name": "南京智慧教育研究院"})
    person = contacts.create_contact(db, {"unit_id": unit.id, "name": "赵镕", "position": "主任"})
    person = contacts.update_contact(db, person.id, {**person.__dict__, "position": "院长"})
    editor = ContactEditor(window.ctx, person)
    qtbot.addWidget(editor)
    table = editor.changes.table
    assert table.rowCount() >= 2
    assert [table.item(0, c).text() for c in (1, 2, 3)] == ["职务", "主任", "院长"]


def test_automatic_backup_failure_is_shown_in_the_status_bar(qtbot, window, tmp_path):
    """When the backup folder cannot be used, the status bar says that the automatic backup failed."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    window.ctx.settings.set("backup_folder", str(blocker / "inner"))
    assert window.auto_backup.backup("auto") is None
    qtbot.waitUntil(lambda: "备份" in window.statusBar().currentMessage())


def test_names_that_look_like_html_are_shown_as_typed(qtbot, window, db):
    """A unit named like HTML is shown literally in the list and its tooltip, never rendered."""
    from PySide6.QtCore import Qt as _Qt

    units.create_unit(db, {"name": "<b>粗体</b>&amp;公司"})
    page = window.pages["members"]
    page.refresh()
    index = page.model.index(0, 0)
    assert index.data() == "<b>粗体</b>&amp;公司"
    assert index.data(_Qt.ItemDataRole.ToolTipRole) == "<qt>&lt;b&gt;粗体&lt;/b&gt;&amp;amp;公司</qt>"


def test_unit_editor_lists_the_units_contacts(qtbot, window, db):
    """The unit editor has a Contacts tab with the unit's contacts, primary first, mobiles masked."""
    from ui.members.editor import UnitEditor

    unit = units.create_unit(db, {"name": "包头智慧环保有限公司"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "刘镕", "mobile": "13700001111"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "吴犇", "is_primary": True})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    assert editor.tabs.tabText(1) == "联系人"
    table = editor.contacts.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["吴犇", "刘镕"]
    assert table.item(1, 2).text() == "137****1111"


def test_only_the_page_shown_is_built_and_the_others_come_when_chosen(qtbot, window, db):
    """At start the sidebar names every module with its icon, but only the overview (the first view)
    and the member list the test goes to are built; choosing Notices in the sidebar builds it then,
    in the language chosen since."""
    from ui.main_window import MODULES

    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == \
        [i18n.tr(label) for _key, label, _source in MODULES]
    assert all(not window.sidebar.item(i).icon().isNull() for i in range(window.sidebar.count()))
    assert list(window.pages.built()) == ["overview", "members"] and window.stack.count() == 2
    window.language_actions["zh-Hans"].trigger()
    window.sidebar.setCurrentRow([window.sidebar.item(i).data(Qt.ItemDataRole.UserRole)
                                  for i in range(window.sidebar.count())].index("notices"))
    notices = window.pages.built()["notices"]
    assert window.page() is notices and notices.isVisible()
    assert notices.filter_edit.placeholderText() == notices.filter_placeholder()
    assert "contacts" not in window.pages.built()
    assert window.pages["contacts"] is window.pages["contacts"]  # asked for: built once
