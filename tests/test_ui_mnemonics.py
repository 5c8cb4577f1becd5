"""Alt+letter on every form label of the editors and dialogs: each label whose field takes the
focus has one, no two in a dialog clash (buttons' letters included); in Chinese it is written the
Chinese way, "单位名称(&U)："."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from core.demo import fill_demo
from ui.common.mnemonics import form_labels, mnemonic_of

from tests.qt_helpers import open_main_window


def _id(db, sql):
    row = db.query_one(sql)
    assert row is not None, sql
    return row[0]


def _dialogs(ctx, db):
    """One of every editor and dialog with form labels, built as the program builds them."""
    from core.calls import service as calls
    from core.calls import nominations
    from core.exchange.readers import read_table
    from core.members import contacts, units
    from core.notices import service as notices
    from ui.about_dialog import AboutDialog
    from ui.calls.dialogs import CallEditor, NominationEditor, ReviewDialog
    from ui.calls.pool_view import PersonEditor, PublishDialog
    from ui.contacts.editor import ContactEditor
    from ui.deleted_items import DeletedItemsDialog
    from ui.exchange.import_dialog import ImportDialog
    from ui.mail.compose import ComposeDialog
    from ui.meetings.actions_panel import ActionEditor
    from ui.meetings.attendance_panel import GuestDialog, InviteDialog
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.followup import FollowUpDialog
    from ui.members.editor import UnitEditor
    from ui.notices.alliance_dialog import AllianceDialog
    from ui.notices.attachments import TextAttachmentDialog
    from ui.notices.batch_export import ExportDialog
    from ui.notices.editor import NoticeEditor
    from ui.notices.from_file import PasteNoticeDialog
    from ui.safety.backups_dialog import BackupsDialog
    from ui.safety.settings_dialog import SettingsDialog

    unit = units.get_unit(db, _id(db, "SELECT id FROM units WHERE deleted_at IS NULL ORDER BY id"))
    contact = contacts.get_contact(db, _id(db, "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY id"))
    notice = notices.get_notice(db, _id(db, "SELECT id FROM notices WHERE deleted_at IS NULL ORDER BY id"))
    meeting = _id(db, "SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY id")
    call = calls.get_call(db, _id(db, "SELECT id FROM calls WHERE deleted_at IS NULL ORDER BY id"))
    nomination = nominations.get_nomination(db, _id(db, "SELECT id FROM nominations WHERE deleted_at IS NULL ORDER BY id"))
    source = ctx.db.path.parent / "名单.csv"
    source.write_text("单位名称,联系人,手机\n甲公司,张三,13800001234\n", encoding="utf-8")
    return [
        UnitEditor(ctx, None), UnitEditor(ctx, unit), ContactEditor(ctx, None, unit_id=unit.id),
        ContactEditor(ctx, contact), NoticeEditor(ctx, None), NoticeEditor(ctx, notice), AllianceDialog(ctx),
        SettingsDialog(ctx), MeetingEditor(ctx, None), MeetingEditor(ctx, meeting), ActionEditor(ctx, meeting, None),
        CallEditor(ctx), CallEditor(ctx, call), NominationEditor(ctx, call), ReviewDialog(ctx, nomination),
        PersonEditor(ctx, "experts"), PublishDialog(ctx, "experts"), AboutDialog(ctx), FollowUpDialog(ctx),
        InviteDialog(ctx), GuestDialog("嘉宾"), ComposeDialog(ctx, "notice", notice.id), BackupsDialog(ctx),
        ExportDialog(ctx, "pdf", 2), TextAttachmentDialog(ctx, None), PasteNoticeDialog(ctx),
        DeletedItemsDialog(ctx), ImportDialog(ctx, read_table(source)),
    ]


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from core.storage.database import open_database

    path = tmp_path_factory.mktemp("mnemonics") / "demo.sqlite3"
    db = open_database(path)
    fill_demo(db)
    db.close()
    return path


@pytest.mark.parametrize("language", ["en", "zh-Hans", "zh-Hant"])
def test_every_form_label_has_its_own_alt_letter(qtbot, demo_path, tmp_path, language):
    import shutil

    from core.storage.database import open_database

    shutil.copy(demo_path, tmp_path / "demo.sqlite3")
    db = open_database(tmp_path / "demo.sqlite3")
    window = open_main_window(qtbot, db, language)
    problems, counted = [], 0
    for dialog in _dialogs(window.ctx, db):
        qtbot.addWidget(dialog)
        dialog.show()
        name = type(dialog).__name__
        letters: dict[str, str] = {}
        for button in dialog.findChildren(QAbstractButton):
            if letter := mnemonic_of(button.text()):
                letters.setdefault(letter, button.text())
        for label in form_labels(dialog):
            counted += 1
            text = label.text()
            letter = mnemonic_of(text)
            if letter is None:
                problems.append(f"{name}: {text!r} has no Alt+letter")
                continue
            if language != "en" and not re.search(r"\(&[A-Z0-9]\)", text):
                problems.append(f"{name}: {text!r} is not written the Chinese way, (&X)")
            if letter in letters:
                problems.append(f"{name}: {text!r} and {letters[letter]!r} share Alt+{letter.upper()}")
            letters[letter] = text
        dialog.close()
        QApplication.processEvents()
    assert problems == []
    assert counted > 100  # the walk reached the dialogs' forms


def test_english_and_chinese_labels_share_their_letter(qtbot, db):
    """The Chinese label takes the English label's letter where the dialog allows: 单位名称(&U) as &Unit name."""
    from ui.members.editor import UnitEditor

    window = open_main_window(qtbot, db, "en")
    editor = UnitEditor(window.ctx, None)
    qtbot.addWidget(editor)
    editor.show()
    english = {key: mnemonic_of(row.label.text()) for key, row in editor.rows.items()}
    assert editor.rows["name"].label.text().startswith("&")
    editor.close()
    window.ctx.language.apply("zh-Hans", remember=False)
    editor = UnitEditor(window.ctx, None)
    qtbot.addWidget(editor)
    editor.show()
    chinese = {key: mnemonic_of(row.label.text()) for key, row in editor.rows.items()}
    assert chinese == english
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # 简称(&S): Alt+S goes to the field
    qtbot.waitUntil(lambda: editor.rows["short_name"].widget.hasFocus(), timeout=2000)
    assert editor.rows["name"].label.text() == "单位名称(&U) *："
