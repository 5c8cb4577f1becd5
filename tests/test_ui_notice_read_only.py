"""An issued notice looks read-only at once: grey fields, no required marks, nothing selected,
a banner that says it is issued and that a correction is a new version."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit

from core.documents import Block
from core.i18n import tr
from core.notices import alliance, service

from tests.qt_helpers import open_main_window


def _base(widget) -> str:
    return widget.palette().color(QPalette.ColorRole.Base).name()


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_issued_notice_is_visibly_read_only_until_corrected(qtbot, db, language):
    from ui.notices.editor import NoticeEditor

    alliance.save_alliance(db, {"name_hans": "中国智慧城市产业联盟", "number_prefix": "智慧城市联盟",
                                "signatory": "中国智慧城市产业联盟"})
    window = open_main_window(qtbot, db, language)
    draft = service.create_notice(db, {**service.new_notice_defaults(db), "title": "关于开展标准宣贯培训的通知",
                                       "body": [Block("paragraph", "各成员单位要高度重视。")]})
    issued = service.issue_notice(db, draft.id)
    editor = NoticeEditor(window.ctx, issued)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    title = editor.findChild(QLineEdit, "field_title")
    white = "#ffffff"
    window_grey = editor.palette().color(QPalette.ColorRole.Window).name()
    assert window_grey != white
    # fields in the dialog's grey, not the white of a field to type in
    for widget in (title, editor.inputs["doc_date"], editor.addressees_edit, editor.body.edit, editor.note):
        assert _base(widget) == window_grey
    assert "*" not in editor.rows["title"].label.text()  # nothing is required: nothing can be typed
    assert title.selectedText() == "" and not title.hasFocus()
    assert editor.correct_button.hasFocus()
    assert editor.banner.isVisible() and issued.doc_number in editor.banner_label.text()
    assert tr("Correct…") in editor.banner_label.text()
    assert issued.doc_number in editor.windowTitle() and editor.windowTitle() != issued.doc_number
    assert not editor.attachments.add_file_button.isVisible() and editor.attachments.open_button.isVisible()
    assert not editor.choose_units_button.isVisible()
    assert editor.inputs["copies"].placeholderText() == ""  # no hint how to type where nothing can be typed

    editor.correct_button.click()  # a new version, a draft: editable and looking so
    assert editor.notice.status == "draft" and editor.notice.version == 2
    assert _base(title) == white and "*" in editor.rows["title"].label.text()
    assert title.hasFocus() and editor.choose_units_button.isVisible()
    assert editor.inputs["copies"].placeholderText() != ""
    editor.reject()
