"""The Edit menu and the status bar around undo and redo."""

from __future__ import annotations

import pytest

from core.documents.model import Block
from core.members import units
from core.notices import alliance, service

from tests.qt_helpers import in_modal_dialog, open_main_window


@pytest.fixture
def window(qtbot, db):
    return open_main_window(qtbot, db)


def test_status_bar_says_undone_and_redone_not_the_action_itself(qtbot, window, db):
    units.create_unit(db, {"name": "无锡智能水务有限公司"})
    window._update_undo_actions()
    assert window.act_undo.text() == "撤销：登记成员单位 无锡智能水务有限公司"
    window.act_undo.trigger()
    assert window.statusBar().currentMessage() == "已撤销：登记成员单位 无锡智能水务有限公司"
    window.act_redo.trigger()
    assert window.statusBar().currentMessage() == "已重做：登记成员单位 无锡智能水务有限公司"


def test_edit_menu_names_the_barrier_and_undo_refuses(qtbot, window, db):
    alliance.save_alliance(db, {"number_prefix": "联盟"})
    n = service.create_notice(db, {"title": "关于开会的通知", "body": [Block("paragraph", "正文")],
                                   "doc_date": "2013-05-01"})
    service.issue_notice(db, n.id)
    window.ctx.language.apply("zh-Hant", remember=False)
    assert window.act_undo.text() == "無法復原：發布通知 联盟〔2013〕1号"  # the number as it was given
    assert not window.act_undo.isEnabled()
    window.ctx.language.apply("zh-Hans", remember=False)
    assert window.act_undo.text() == "无法撤销：发布通知 联盟〔2013〕1号"

    def read(box):
        assert "联盟〔2013〕1号" in box.text() and "无法撤销" in box.text()
        box.accept()

    in_modal_dialog(qtbot, window.undo, read)  # Ctrl+Z anyway: a message, nothing undone
    assert service.get_notice(db, n.id).status == "issued"
