"""New notice from a file or from pasted text, driven like a clerk (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QListWidget, QPlainTextEdit

from core.notices import service
from core.settings import Settings
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.notices.editor import NoticeEditor
from ui.notices.from_file import PasteNoticeDialog
from ui.notices.view import NoticesView

from tests.qt_helpers import in_modal_dialog, type_text
from tests.test_notice_import import TITLE, assert_the_example, write_docx
from tests.test_ui_notices import alliance_set, answer_message_box  # noqa: F401  (fixture)


@pytest.fixture
def page(qtbot, db, alliance_set):  # noqa: F811
    """The notice list on its own (the main window's timers are not needed here)."""
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    view = NoticesView(AppContext(db, settings, manager))
    qtbot.addWidget(view)
    view.resize(1024, 640)
    view.show()
    qtbot.waitExposed(view)
    return view


PASTED = "\n".join(["关于召开年度成员大会的通知", "各成员单位：", "一、会议时间", "2026年3月5日上午9时。",
                    "二、会议内容", "（一）审议工作报告。", "1.报告由秘书处起草。", "附件：1.参会回执", "2.会议议程",
                    "中国智慧城市产业联盟", "2026年2月20日"])


def shown(editor: NoticeEditor) -> dict:
    attachments = editor.findChild(QListWidget, "attachment_list")
    return {"title": editor.findChild(QLineEdit, "field_title").text(), "addressees": editor.addressees_edit.text(),
            "labels": [label for label in editor.body.edit.labels() if label],
            "attachments": [attachments.item(i).text() for i in range(attachments.count())],
            "signatory": editor.inputs["signatory"].text(), "date": editor.inputs["doc_date"].iso()}


def test_new_from_docx_opens_the_editor_with_what_was_recognised(qtbot, page, db, tmp_path):
    """The editor shows the title, addressees and numbered headings read from the .docx; Save makes the draft."""
    path = tmp_path / "评选通知.docx"
    write_docx(path)
    seen = {}

    def check(editor):
        seen.update(shown(editor))
        assert editor.banner.isVisible() and "评选通知.docx" in editor.banner_label.text()
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not editor.isVisible()

    in_modal_dialog(qtbot, lambda: page.new_from_file(str(path)), check)
    assert seen["title"] == TITLE and seen["addressees"] == "各成员单位"
    assert seen["labels"] == ["一、", "二、", "（一）", "（二）", "1.", "（1）", "（2）", "2.", "三、"]
    assert any("优秀成员单位申报表" in text for text in seen["attachments"]) and len(seen["attachments"]) == 2
    assert seen["signatory"] == "中国智慧城市产业联盟" and seen["date"] == "2026-03-05"
    assert page.model.rowCount() == 1
    assert_the_example(service.get_notice(db, page.model.id_at(0)))


def test_new_from_pasted_text_and_cancel_asks_first(qtbot, page, db):
    """Pasted text is read into the editor; closing it without saving asks, and nothing is created."""
    seen = {}

    def paste(dialog):
        assert isinstance(dialog, PasteNoticeDialog)
        box = dialog.findChild(QPlainTextEdit, "pasted_text")
        type_text(box, PASTED)

        def check():
            editor = QApplication.activeModalWidget()
            if not isinstance(editor, NoticeEditor):
                QTimer.singleShot(20, check)
                return
            seen.update(shown(editor))
            seen["asked"] = answer_message_box()  # "Close without saving?" -> the first button (Discard)
            editor.reject()
            if editor.isVisible():
                editor.done(0)

        QTimer.singleShot(0, check)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_modal_dialog(qtbot, page.act_from_text.trigger, paste)
    assert seen["title"] == "关于召开年度成员大会的通知" and seen["addressees"] == "各成员单位"
    assert seen["labels"] == ["一、", "二、", "（一）", "1."]
    assert len(seen["attachments"]) == 2 and seen["date"] == "2026-02-20"
    assert seen["asked"], "closing an unsaved notice read from text must ask"
    assert page.model.rowCount() == 0


def test_bad_file_shows_a_message_and_opens_nothing(qtbot, page, db, tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"not really a docx")
    told = answer_message_box()
    assert page.new_from_file(str(path)) is None
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert "broken.docx" in told[0]
    assert page.model.rowCount() == 0


def test_dropping_a_document_on_the_list_opens_it(qtbot, page, db, tmp_path):
    """A .md dropped on the notice list opens the editor with what was read from it; other files are refused."""
    path = tmp_path / "notice.md"
    path.write_text("# 关于召开年度成员大会的通知\n\n各成员单位：\n\n## 一、会议时间\n\n上午9时。\n", encoding="utf-8")
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    assert page.dropped_document(other) is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    seen = {}

    def check():
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, NoticeEditor):
            QTimer.singleShot(20, check)
            return
        seen.update(shown(editor))
        editor.done(0)

    QTimer.singleShot(0, check)
    page.dropEvent(QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen["title"] == "关于召开年度成员大会的通知" and seen["labels"] == ["一、"]
