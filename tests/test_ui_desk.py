"""The clerk's desk: sensible defaults in the editors."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from core.settings import Settings
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow

from tests.qt_helpers import in_modal_dialog, open_main_window, type_text


@pytest.fixture
def window(qtbot, db):
    return open_main_window(qtbot, db)


def test_a_unit_with_only_a_name_is_an_ordinary_member_joining_today(qtbot, window, db):
    """New unit: level 会员单位 (not 理事长单位), type enterprise, status active, join date today."""
    def fill(dialog):
        assert dialog.findChild(QComboBox, "field_level").currentText() == "会员单位"
        type_text(dialog.findChild(QLineEdit, "field_name"), "无锡物联网测试有限公司")
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    saved = db.query_one("SELECT level, status, unit_type, join_date FROM units")
    assert tuple(saved) == ("member", "active", "enterprise", dt.date.today().isoformat())


def test_demo_notices_were_issued_when_their_number_says(db):
    """No demo notice claims to have been issued today under a 2013 or 2014 number."""
    from core.demo import fill_demo
    from core.notices import queries, service

    fill_demo(db)
    issued = [service.get_notice(db, i) for i in queries.notice_ids(db)]
    issued = [n for n in issued if n.issued_at]
    assert len(issued) >= 5
    for notice in issued:
        assert notice.issued_at[:4] == str(notice.year), (notice.title, notice.issued_at, notice.year)
        assert notice.doc_date[:4] == str(notice.year)


def test_region_picker_in_the_ui_script_stores_one_spelling(qtbot, window, db):
    """Traditional UI: 重慶市 is picked from the national list and stored as 重庆市; the list shows it in
    the UI's script and in English; the region filter offers it once."""
    from core.members import units

    window.language_actions["zh-Hant"].trigger()

    def fill(dialog):
        type_text(dialog.findChild(QLineEdit, "field_name"), "兩江新區測試有限公司")
        province = dialog.findChild(QComboBox, "field_province")
        assert province.findText("重慶市") >= 0 and province.findText("香港特別行政區") >= 0
        province.setCurrentIndex(province.findText("重慶市"))
        city = dialog.findChild(QComboBox, "field_city")
        assert city.findText("重慶市") >= 0 and city.count() == 1
        city.setCurrentIndex(0)
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()

    in_modal_dialog(qtbot, window.act_new.trigger, fill)
    assert tuple(db.query_one("SELECT province, city FROM units")) == ("重庆市", "重庆市")
    units.create_unit(db, {"name": "重庆某公司", "province": "重庆"})
    window.ctx.data_changed.emit("units")
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    region = [c.key for c in page.columns].index("region")
    assert {page.model.index(r, region).data() for r in range(2)} == {"重慶市"}
    assert [page.province_combo.itemText(i) for i in range(page.province_combo.count())][1:] == ["重慶市"]
    window.language_actions["en"].trigger()
    assert page.model.index(0, region).data() == "Chongqing"


def test_list_actions_follow_the_selection_enter_opens_and_right_click_offers_them(qtbot, window, db):
    """Edit/Delete are disabled with nothing selected; Enter opens the row; the right-click menu offers
    Open, New and Delete with their shortcuts; a column that cannot sort keeps the arrow where it was."""
    from core.members import units

    units.create_unit(db, {"name": "北京甲科技有限公司"})
    units.create_unit(db, {"name": "上海乙科技有限公司"})
    window.ctx.data_changed.emit("units")
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(1)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()

    titles = []

    def look(dialog):
        titles.append(dialog.windowTitle())

    page.table.setFocus()
    in_modal_dialog(qtbot, lambda: qtbot.keyClick(page.table, Qt.Key.Key_Return), look)
    assert titles and page.model.index(1, 0).data() in titles[0]

    rect = page.table.visualRect(page.model.index(0, 0))
    page._context_menu(rect.center())
    texts = [a.text() for a in page.context_menu.actions() if not a.isSeparator()]
    assert texts == ["打开…", "新建…", "删除", "修改会员类别…", "修改状态…", "加入专业委员会…", "移出专业委员会…", "发邮件…"]
    assert page.selected_ids() == [page.model.id_at(0)]  # right-click selects the row under the mouse
    page.context_menu.close()

    header = page.table.horizontalHeader()
    committees = [c.key for c in page.columns].index("")
    header.sectionClicked.emit(committees)
    header.setSortIndicator(committees, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 0


def test_bulk_level_change_from_the_right_click_menu(qtbot, window, db):
    """Two selected units are made 理事单位 through the menu; the list shows it; one Ctrl+Z undoes both."""
    from PySide6.QtWidgets import QDialog

    from core.members import units

    for name in ("北京甲科技有限公司", "上海乙科技有限公司", "广州丙科技有限公司"):
        units.create_unit(db, {"name": name})
    window.ctx.data_changed.emit("units")
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2
    page._context_menu(page.table.visualRect(page.model.index(0, 0)).center())
    change = next(a for a in page.context_menu.actions() if a.text() == "修改会员类别…")
    page.context_menu.close()

    def choose(dialog):
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findText("理事单位"))
        dialog.done(QDialog.DialogCode.Accepted)

    chosen = page.selected_ids()
    in_modal_dialog(qtbot, change.trigger, choose)
    assert {units.get_unit(db, i).level for i in chosen} == {"council"}
    level = [c.key for c in page.columns].index("level")
    assert sorted(page.model.index(r, level).data() for r in range(3)) == ["会员单位", "理事单位", "理事单位"]
    window.act_undo.trigger()
    assert {units.get_unit(db, i).level for i in chosen} == {"member"}


def test_columns_chosen_ordered_and_sized_are_remembered(qtbot, db):
    """Hide a column from the header's menu, move another, widen one: a new window shows them the same."""
    from core.storage.database import open_database

    def open_window():
        win = open_main_window(qtbot, open_database(db.path))
        return win, win.pages["members"]

    win, page = open_window()
    header = page.table.horizontalHeader()
    labels = [c.label for c in page.columns]
    page._header_menu(header.rect().center())
    texts = [a.text() for a in page.header_menu.actions()]
    assert texts[:3] == ["单位名称", "简称", "会员类别"]
    page.header_menu.actions()[labels.index("Short name")].setChecked(False)  # hide 简称
    page.header_menu.close()
    header.moveSection(header.visualIndex(labels.index("Region")), 1)
    header.resizeSection(0, 333)
    page.save_columns()
    win.close()

    win2, page2 = open_window()
    header2 = page2.table.horizontalHeader()
    assert header2.isSectionHidden(labels.index("Short name"))
    assert header2.logicalIndex(1) == labels.index("Region")
    assert header2.sectionSize(0) == 333
    assert not header2.isSectionHidden(labels.index("Unit name"))


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_window_fits_1024_by_640_in_every_language(qtbot, db, language):
    """Every view can be shown in a 1,024 × 640 window: nothing forces it wider or taller."""
    manager = LanguageManager(Settings())
    manager.apply(language, remember=False)
    win = MainWindow(AppContext(db, Settings(), manager))
    qtbot.addWidget(win)
    for view in ("overview", "members", "contacts", "notices"):
        win.show_view(view)
        hint = win.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 640, (view, hint)
    win.resize(1024, 640)
    win.show()
    qtbot.waitExposed(win)
    assert (win.width(), win.height()) == (1024, 640)
    win.auto_backup.stop()


def test_detail_pane_shows_the_selected_unit_with_mobiles_masked(qtbot, window, db):
    """Selecting a unit shows its facts, committees and contacts beside the list; mobiles are masked;
    text that looks like HTML is shown as typed."""
    from PySide6.QtWidgets import QLabel

    from core.members import committees, contacts, units

    traffic = committees.list_committees(db)[0]
    unit = units.create_unit(db, {"name": "<b>喆堃</b>智能科技有限公司", "credit_code": "12150204318357982G",
                                  "committee_ids": [traffic.id]})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "王志良", "mobile": "13812345678",
                                 "email": "wzl@example.com", "is_primary": True})
    window.ctx.data_changed.emit("units")
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    pane = page.detail
    assert pane.title.text() == "选中一家成员单位，即可在此查看其概况。"
    page.table.selectRow(0)
    assert pane.title.text() == "<b>喆堃</b>智能科技有限公司"
    assert pane.title.textFormat() == Qt.TextFormat.PlainText
    shown = "\n".join(label.text() for label in pane.findChildren(QLabel))
    assert traffic.name in shown and "内蒙古自治区 包头市" in shown
    assert "王志良" in shown and "138****5678" in shown and "13812345678" not in shown
    page.table.clearSelection()
    assert pane.title.text() == "选中一家成员单位，即可在此查看其概况。"


def test_backup_shown_read_only_offers_no_new_edit_or_delete(qtbot, window, db, tmp_path):
    """Looking at a backup: New/Edit/Delete are disabled in every list and in the menus; back home they return.
    Required fields are marked with * in the editors."""
    from core.members import units
    from core.storage.recovery import open_copy_read_only

    unit = units.create_unit(db, {"name": "北京甲科技有限公司"})
    copy = tmp_path / "copy.sqlite3"
    db.conn.execute("VACUUM INTO ?", (str(copy),))
    window.enter_backup_view(open_copy_read_only(copy))
    for key in ("members", "contacts", "notices"):
        page = window.pages[key]
        window.show_view(key)
        if page.model.rowCount():
            page.table.selectRow(0)
        assert not page.new_button.isEnabled() and not page.edit_button.isEnabled()
        assert not page.delete_button.isEnabled(), key
    assert not window.act_new.isEnabled() and not window.act_delete.isEnabled()
    window.leave_backup_view()
    window.show_view("members")
    page = window.pages["members"]
    page.select_id(unit.id)
    assert page.new_button.isEnabled() and page.edit_button.isEnabled() and window.act_new.isEnabled()

    def look(dialog):
        assert dialog.rows["name"].label.text() == "单位名称(&U) *："  # with its Alt+letter
        assert dialog.rows["short_name"].label.text() == "简称(&S)："

    in_modal_dialog(qtbot, window.act_new.trigger, look)


def test_toolbar_with_icons_short_names_and_shortcuts_in_tooltips(qtbot, window, db):
    """The tool bar shows the everyday actions with icons and short names; each tooltip names the
    shortcut; Edit and Delete there follow the list's selection."""
    from PySide6.QtWidgets import QToolBar

    from core.members import units

    units.create_unit(db, {"name": "北京甲科技有限公司"})
    window.ctx.data_changed.emit("units")
    bar = window.findChild(QToolBar, "main_toolbar")
    actions = [a for a in bar.actions() if not a.isSeparator()]
    assert [a.iconText() for a in actions] == ["新建", "编辑", "删除", "撤销", "重做", "导入", "导出", "筛选", "搜索",
                                               "备份"]
    assert all(not a.icon().isNull() for a in actions)
    assert window.act_new.toolTip() == "新建（Ctrl+N）"
    assert "Ctrl+F" in window.act_filter.toolTip()
    page = window.pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.clearSelection()
    assert not window.act_edit.isEnabled() and not window.act_delete.isEnabled()
    page.table.selectRow(0)
    assert window.act_edit.isEnabled() and window.act_delete.isEnabled()
    window.language_actions["en"].trigger()
    assert [a.iconText() for a in actions][:3] == ["New", "Edit", "Delete"]


def test_deleted_items_have_labelled_columns_and_restore_needs_a_selection(qtbot, window, db):
    """No empty unlabelled column; Restore is disabled (and says why) until something is selected."""
    from core.members import units
    from ui.deleted_items import DeletedItemsDialog

    unit = units.create_unit(db, {"name": "北京甲科技有限公司"})
    units.delete_units(db, [unit.id])
    dialog = DeletedItemsDialog(window.ctx)
    qtbot.addWidget(dialog)
    table = dialog.units_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["单位名称", "删除时间"]
    assert table.item(0, 1).text().startswith("20") and "年" in table.item(0, 1).text()
    assert not dialog.restore_button.isEnabled() and dialog.restore_button.toolTip() == "请先选中要恢复的项目。"
    table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_selected()
    assert units.get_unit(db, unit.id).deleted_at is None
    assert table.rowCount() == 0 and not dialog.empty_button.isEnabled()


def test_unit_editor_has_one_history_tab(qtbot, window, db):
    """The dated level/status course and the change log share one History tab (no two overlapping tabs)."""
    from core.members import units
    from ui.members.editor import UnitEditor

    unit = units.create_unit(db, {"name": "北京甲科技有限公司"})
    editor = UnitEditor(window.ctx, units.get_unit(db, unit.id))
    qtbot.addWidget(editor)
    texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert texts == ["单位", "联系人", "备注", "历史"]  # the committees are on the Unit tab
    assert editor.history.rowCount() == 2 and editor.changes.table.rowCount() >= 1
