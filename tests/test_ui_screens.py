"""What a look at every window at 1,024 × 640 found: nothing cut, nothing left in another language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.members import units
from core.notices import alliance, service
from core.documents import Block

from tests.qt_helpers import open_main_window

LANGUAGES = ["zh-Hans", "zh-Hant", "en"]


def _small(qtbot, db, language):
    window = open_main_window(qtbot, db, language)
    window.resize(1024, 640)
    qtbot.wait(10)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_module_names_and_filter_choices_are_whole_at_1024(qtbot, db, language):
    """The sidebar shows every module's whole name ("Member units" was "Member u…"); every filter box of
    every list shows its first choice whole ("All committe", "全部专业委员")."""
    units.create_unit(db, {"name": "北京城市数字孪生研究所"})
    window = _small(qtbot, db, language)
    sidebar = window.sidebar
    for i in range(sidebar.count()):
        item = sidebar.item(i)
        needed = sidebar.fontMetrics().horizontalAdvance(item.text()) + sidebar.iconSize().width() + 24
        assert sidebar.width() >= needed, item.text()
    for key, page in window.pages.items():
        if not hasattr(page, "filter_edit"):  # the dashboard has no list to filter
            continue
        window.show_view(key)
        qtbot.wait(10)
        for combo in page._filter_widgets:
            text = combo.itemText(0)
            assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 30, (key, text, combo.width())
        assert page.filter_edit.toolTip() == page.filter_edit.placeholderText()  # the whole hint
        header = page.table.horizontalHeader()
        for i in range(page.model.columnCount()):  # no column narrower than its own name ("tachmen")
            title = page.model.headerData(i, Qt.Orientation.Horizontal)
            assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(title) + 12, (key, title)


def test_the_detail_pane_follows_a_language_switch(qtbot, db):
    """The member list's detail pane said 选中一家成员单位… in the English window: it now follows the switch."""
    window = _small(qtbot, db, "zh-Hans")
    pane = window.pages["members"].detail
    assert "选中" in pane.title.text()
    window.language_actions["en"].trigger()
    assert pane.title.text() == "Select a member unit to see it here."
    window.language_actions["zh-Hant"].trigger()
    assert "選" in pane.title.text() and "选" not in pane.title.text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_numbers_whole_and_history_headers_uncut(qtbot, db, language):
    """The notice list keeps the document number's column wide enough (the title takes the spare width);
    the change history's "Computer / account" header is not cut; the import dialog fits 1,024 pixels."""
    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "number_prefix": "智慧城市联盟",
                                "signatory": "中国智慧城市产业联盟"})
    notice = service.create_notice(db, {**service.new_notice_defaults(db), "title": "关于缴纳2014年度会费的通知",
                                        "body": [Block("paragraph", "请各成员单位按时缴纳。")]})
    service.issue_notice(db, notice.id)
    window = _small(qtbot, db, language)
    window.show_view("notices")
    page = window.pages["notices"]
    page.refresh()
    qtbot.wait(10)
    number = page.model.index(0, 0).data()
    assert page.table.columnWidth(0) >= page.table.fontMetrics().horizontalAdvance(number) + 8
    assert page.table.columnViewportPosition(0) == 0  # not scrolled away to the right

    from ui.safety.history_widget import ChangeHistory
    history = ChangeHistory(window.ctx, "notices", notice.id)
    qtbot.addWidget(history)
    header = history.table.horizontalHeader()
    for column in (4, 5):
        title = history.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 12, title


@pytest.mark.parametrize("language", LANGUAGES)
def test_import_dialog_fits_a_1024_screen(qtbot, db, tmp_path, language):
    """The import dialog's options no longer make it wider than a 1,024-pixel screen."""
    from core.exchange.readers import read_table
    from ui.exchange.import_dialog import ImportDialog

    window = _small(qtbot, db, language)
    source = tmp_path / "名单.csv"
    source.write_text("单位名称,统一社会信用代码,联系人,手机,电子邮箱\n无锡智慧水务有限公司,,周喆,13800001234,a@b.cn\n",
                      encoding="utf-8")
    dialog = ImportDialog(window.ctx, read_table(source))
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= 1024 - 40
