"""Deleted items by keyboard: Enter restores the selected items, Del deletes them for good after
the usual confirmation (Cancel keeps them), in the three languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from core.members import units
from core.safety import undo
from ui.deleted_items import DeletedItemsDialog

from tests.qt_helpers import in_modal_dialog, open_main_window

TEXTS = {
    "en": ("Delete for good…", "Delete for good", "Cannot undo: Delete deleted items for good (1)"),
    "zh-Hans": ("永久删除…", "永久删除", "无法撤销：永久删除已删除项目（1 项）"),
    "zh-Hant": ("永久刪除…", "永久刪除", "無法復原：永久刪除已刪除項目（1 項）"),
}


def _dialog(qtbot, db, language):
    window = open_main_window(qtbot, db, language)
    names = ["北京甲科技有限公司", "上海乙信息技术有限公司"]
    made = [units.create_unit(db, {"name": name}) for name in names]
    units.delete_units(db, [u.id for u in made])
    dialog = DeletedItemsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as when opened from the menu (the window's own Enter and Del are not in play)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    table = dialog.units_table
    table.setFocus()
    return dialog, table, made


def _row_of(table, name):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_enter_restores_the_selected_item(qtbot, db, language):
    dialog, table, made = _dialog(qtbot, db, language)
    table.selectRow(_row_of(table, "北京甲科技有限公司"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert units.get_unit(db, made[0].id).deleted_at is None
    assert units.get_unit(db, made[1].id).deleted_at is not None
    assert table.rowCount() == 1 and dialog.isVisible()  # Enter restored; it did not close the dialog


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_del_deletes_the_selected_item_for_good_after_confirmation(qtbot, db, language, tmp_path):
    button_text, confirm_text, undo_text = TEXTS[language]
    dialog, table, made = _dialog(qtbot, db, language)
    assert not dialog.purge_button.isEnabled()
    table.selectRow(_row_of(table, "上海乙信息技术有限公司"))
    assert dialog.purge_button.isEnabled() and dialog.purge_button.text() == button_text
    asked = []

    def answer(press):
        def then(box):
            assert isinstance(box, QMessageBox) and "上海乙信息技术有限公司" in box.text()
            asked.append([b.text() for b in box.findChildren(QPushButton)])
            if press is None:
                box.button(QMessageBox.StandardButton.Cancel).click()
            else:
                next(b for b in box.findChildren(QPushButton) if b.text() == press).click()
        return then

    in_modal_dialog(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Delete), answer(None))
    assert units.get_unit(db, made[1].id).deleted_at is not None and table.rowCount() == 2  # Cancel keeps it
    table.selectRow(_row_of(table, "上海乙信息技术有限公司"))
    in_modal_dialog(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Delete), answer(confirm_text))
    assert confirm_text in asked[0]
    assert db.query_one("SELECT count(*) FROM units WHERE id = ?", (made[1].id,))[0] == 0  # gone for good
    assert db.query_one("SELECT count(*) FROM changes WHERE new LIKE '%上海乙%' OR old LIKE '%上海乙%'")[0] == 0
    assert units.get_unit(db, made[0].id).deleted_at is not None  # the other one waits in the trash
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["北京甲科技有限公司"]
    assert str(undo.undo_text(db)) == undo_text


def test_deleting_for_good_leaves_alone_what_is_no_longer_in_the_trash(db, tmp_path):
    """A unit restored meanwhile (another window) is not purged; nothing is backed up for nothing."""
    from core.safety import trash

    live = units.create_unit(db, {"name": "北京甲科技有限公司"})
    assert trash.purge_items(db, tmp_path / "bk", "units", [live.id]) == 0
    assert units.get_unit(db, live.id).deleted_at is None and not (tmp_path / "bk").exists()
    gone = units.create_unit(db, {"name": "上海乙信息技术有限公司"})
    units.delete_units(db, [gone.id])
    assert trash.purge_items(db, tmp_path / "bk", "units", [live.id, gone.id]) == 1
    assert units.get_unit(db, live.id).deleted_at is None
    assert db.query_one("SELECT count(*) FROM units WHERE id = ?", (gone.id,))[0] == 0
