"""An action's name (Edit menu, status bar, history) is kept as its English source and parameters
and translated when shown: the same change log reads in English, Simplified and Traditional, also a
log written by an older version (a label since reworded, a field's label stored as it was shown)."""

from __future__ import annotations

import pytest

from core import i18n
from core.members import units
from core.safety import history, trash, undo
from core.storage import changes

EXPECTED_EMPTY = {"en": "Cannot undo: Empty deleted items (1)", "zh-Hans": "无法撤销：清空已删除项目（1 项）",
                  "zh-Hant": "無法復原：清空已刪除項目（1 項）"}


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_emptying_deleted_items_is_named_in_the_language_shown(db, tmp_path, language):
    i18n.set_language("en")  # written while the program speaks English...
    u = units.create_unit(db, {"name": "清空测试单位"})
    units.delete_units(db, [u.id])
    trash.empty_trash(db, tmp_path / "bk")
    i18n.set_language(language)  # ...shown in another language
    assert str(undo.undo_text(db)) == EXPECTED_EMPTY[language]


def _old_action(db, label: str, params: str, barrier: int = 0) -> None:
    """An action row as an older version wrote it (the label's English of the time, parameters
    stored as they were shown)."""
    with db.transaction() as conn:
        conn.execute("INSERT INTO actions (label, params, at, machine, account, barrier) VALUES (?, ?, ?, '', '', ?)",
                     (label, params, "2026-11-30T10:00:00", barrier))


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_an_old_log_with_the_former_english_label_still_reads_translated(db, language):
    _old_action(db, "Empty the trash ({count} items)", '{"count": "1"}', barrier=1)
    i18n.set_language(language)
    assert str(undo.undo_text(db)) == EXPECTED_EMPTY[language]


@pytest.mark.parametrize("stored", ["Membership level", "会员类别", "會員類別"])
def test_an_old_log_with_a_field_stored_as_shown_reads_in_each_language(db, stored):
    """"Revert {field} of {name}" kept the field's label in the language of the moment."""
    _old_action(db, "Revert {field} of {name}", '{"field": "%s", "name": "某某科技有限公司"}' % stored)
    shown = {}
    for language in ("en", "zh-Hans", "zh-Hant"):
        i18n.set_language(language)
        shown[language] = str(undo.undo_text(db))
    assert shown == {"en": "Undo: Revert Membership level of 某某科技有限公司",
                     "zh-Hans": "撤销：撤回 某某科技有限公司 的会员类别",
                     "zh-Hant": "復原：撤回 某某科技有限公司 的會員類別"}


def test_an_old_log_with_a_record_stored_as_shown_reads_in_each_language(db):
    _old_action(db, "Delete {record}", '{"record": "成员单位 某某科技有限公司"}')
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Undo: Delete member unit 某某科技有限公司"
    i18n.set_language("zh-Hant")
    assert str(undo.undo_text(db)) == "復原：刪除成員單位 某某科技有限公司"


def test_a_revert_made_in_chinese_is_named_in_english_afterwards(db):
    """The field's label is stored as a message, not as the Chinese shown when it was reverted
    (it was: the history then said "Revert 会员类别 of …" in English)."""
    u = units.create_unit(db, {"name": "级别测试单位", "level": "会员单位"})
    units.update_unit(db, u.id, {"name": "级别测试单位", "level": "理事单位"})
    i18n.set_language("zh-Hans")
    change = next(c for c in history.record_history(db, "units", u.id) if c.field == "level")
    history.revert_change(db, change)
    assert str(undo.undo_text(db)) == "撤销：撤回 级别测试单位 的会员类别"
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Undo: Revert Membership level of 级别测试单位"
    latest = history.record_history(db, "units", u.id)[-1]
    assert str(latest.action) == "Revert Membership level of 级别测试单位"


def test_a_message_parameter_round_trips_and_a_purged_name_inside_it_is_redacted(db):
    stored = changes.encode_params({"record": i18n.Msg("member unit {name}", name="欧阳娜娜"), "count": 3})
    assert changes.decode_params(stored) == {"record": i18n.Msg("member unit {name}", name="欧阳娜娜"), "count": "3"}
    assert changes.decode_params("not json") == {} and changes.decode_params('["a"]') == {}
    _old_action(db, "Delete {record}", stored, barrier=1)
    with db.transaction() as conn:
        action_id = conn.execute("SELECT max(id) FROM actions").fetchone()[0]
        changes.redact_actions(conn, {action_id}, {"欧阳娜娜"})
    i18n.set_language("en")
    assert str(undo.undo_text(db)) == "Cannot undo: Delete member unit …"
