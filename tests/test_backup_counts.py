"""A backup's counts are what a clerk counts: live records; deleted ones told apart."""

from __future__ import annotations

import pytest

from core.members import contacts, units
from core.safety import backups


def _alliance_with_a_deleted_unit(db):
    kept = units.create_unit(db, {"name": "无锡智慧水务有限公司"})
    gone = units.create_unit(db, {"name": "樟树智慧国土有限公司"})
    contacts.create_contact(db, {"unit_id": kept.id, "name": "周喆"})
    contacts.create_contact(db, {"unit_id": gone.id, "name": "李四"})
    contacts.create_contact(db, {"unit_id": gone.id, "name": "王五"})
    dropped = contacts.create_contact(db, {"unit_id": kept.id, "name": "赵六"})
    contacts.delete_contacts(db, [dropped.id])
    units.delete_units(db, [gone.id])


def test_counts_leave_out_deleted_units_and_their_contacts(db, tmp_path):
    """One live unit with one live contact: the unit in the trash and its two contacts, and a deleted
    contact, are counted as deleted, not as held."""
    _alliance_with_a_deleted_unit(db)
    made = backups.backup_now(db, tmp_path / "bk")
    none = {"meetings": 0, "meeting_attendees": 0, "action_items": 0,  # the other counted kinds, none here
            "calls": 0, "nominations": 0, "experts": 0, "standards_members": 0}
    assert backups.backup_counts(made.path) == {"units": 1, "contacts": 1, "notices": 0, **none}
    assert backups.backup_deleted_counts(made.path) == {"units": 1, "contacts": 3, "notices": 0, **none}


@pytest.mark.parametrize("language, expected", [
    ("zh-Hans", "成员单位 1 家，联系人 1 位（另有已删除项目 4 项）"),
    ("zh-Hant", "成員單位 1 家，聯絡人 1 位（另有已刪除項目 4 項）"),
    ("en", "1 member units, 1 contacts (and 4 deleted items)")])
def test_backups_dialog_shows_live_counts_and_deleted_apart(qtbot, db, tmp_path, language, expected):
    """The Holds column says what the clerk has, and the deleted items separately, in each language."""
    from core.settings import Settings
    from ui.common.language import LanguageManager
    from ui.context import AppContext
    from ui.safety.backups_dialog import BackupsDialog

    _alliance_with_a_deleted_unit(db)
    settings = Settings()
    settings.set("backup_folder", str(tmp_path / "bk"))
    manager = LanguageManager(settings)
    manager.apply(language, remember=False)
    backups.backup_now(db, tmp_path / "bk")
    dialog = BackupsDialog(AppContext(db, settings, manager))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    holds = dialog.table.item(0, 3).text()
    assert holds == expected  # 4 deleted items: the unit, its two contacts, one contact
