"""E-mail from the call page and the meetings page (pytest-qt, offscreen): the "E-mail" button's
menu opens the compose dialog with the recipients (units not answered, invitees) and the
attachments (blank form, Excel template, convening notice) preset; the preview shows each
recipient's message; the units left out are listed; drafts written from the dialog parse back."""

from __future__ import annotations

import email
import email.policy

import pytest

from core.calls import service as calls
from core.calls import nominations
from core.mail import account as accounts
from core.meetings import attendance
from core.meetings import service as meetings
from core.members import contacts, units
from core.notices import alliance
from tests.mail_helpers import ALLIANCE
from tests.qt_helpers import in_modal_dialog, open_main_window

CALL_TITLE = "𠮷林片区2026年度专家组征集"


@pytest.fixture
def data(db):
    alliance.save_alliance(db, ALLIANCE)
    made = []
    for name, person, address in (("𠮷野智能交通有限公司", "王堃", "wangkun@jiye.example.com"),
                                  ("陶喆城市研究院", "张喆", "zhangzhe@zhe.example.com"),
                                  ("无邮箱科技有限公司", "刘静", "")):
        unit = units.create_unit(db, {"name": name})
        contacts.create_contact(db, {"unit_id": unit.id, "name": person, "email": address, "is_primary": True})
        made.append(unit)
    call = calls.create_call(db, {"kind": "专家组", "title": CALL_TITLE, "deadline": "2026-12-20"})
    nominations.record_nomination(db, call.id, {"name": "赵喆", "side": "学", "nominating_unit": "陶喆城市研究院"})
    meeting = meetings.create_meeting(db, {"kind": "理事会", "title": "理事会第二次会议", "meeting_date": "2026-12-18",
                                           "place": "北京中兴大厦"})
    attendance.invite_units(db, meeting.id, [u.id for u in made])
    attendance.add_guest(db, meeting.id, "周建民", "国家标准化管理委员会")
    meetings.create_convening_notice(db, meeting.id)
    return call, meeting


def _window(qtbot, db, view, language="zh-Hans"):
    window = open_main_window(qtbot, db, language, view)
    accounts.save(window.ctx.settings, accounts.SmtpAccount(host="smtp.example.org", sender_name="联盟秘书处",
                                                            sender_addr="office@alliance.example.org"))
    return window, window.pages[view]


def _menu_action(button, name):
    return next(a for a in button.menu().actions() if a.objectName() == name)


@pytest.mark.parametrize("language", ["zh-Hans", "en"])
def test_remind_units_not_answered_from_the_call_page(qtbot, db, data, tmp_path, monkeypatch, language):
    call, _meeting = data
    window, page = _window(qtbot, db, "nominations", language)
    page.call_combo.setCurrentIndex(0)  # all calls, nothing chosen: nothing to write about
    page.table.clearSelection()
    page.update_actions()
    assert not page.mail_button.isEnabled()
    page.call_combo.setCurrentIndex(page.call_combo.findData(call.id))
    page.update_actions()
    assert page.mail_button.isEnabled()
    seen = {}

    def check(dialog) -> None:
        seen["selector"] = dialog.selector.text()
        seen["subject"] = dialog.subject.text()
        seen["files"] = {k: b.isChecked() for k, b in dialog.files.items()}
        seen["about"] = dialog.about.text()
        plan = dialog.make_preview()
        seen["recipients"] = [dialog.recipient_list.item(i).text() for i in range(dialog.recipient_list.count())]
        seen["preview"] = dialog.preview.toPlainText()
        seen["notes"] = dialog.notes.text()
        from core.mail.drafts import write_drafts

        seen["written"] = write_drafts(plan, tmp_path / "drafts")

    in_modal_dialog(qtbot, _menu_action(page.mail_button, "mail_unanswered").trigger, check)
    assert seen["selector"] == "unanswered" and seen["subject"] == "【提醒】{标题}"
    assert seen["files"] == {"pdf": True, "xlsx": True, "prefilled": False}  # each unit's own form: if ticked
    assert CALL_TITLE in seen["about"]
    assert seen["recipients"] == ["王堃 <wangkun@jiye.example.com> · 𠮷野智能交通有限公司"]
    assert f"【提醒】{CALL_TITLE}" in seen["preview"]
    assert f"专家推荐表（{CALL_TITLE}）.pdf" in seen["preview"] and f"专家推荐表（{CALL_TITLE}）.xlsx" in seen["preview"]
    assert "无邮箱科技有限公司" in seen["notes"]  # the unit without an address is named
    [path] = seen["written"]
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == f"【提醒】{CALL_TITLE}"
    assert [p.get_filename() for p in msg.iter_attachments()] == [f"专家推荐表（{CALL_TITLE}）.pdf",
                                                                  f"专家推荐表（{CALL_TITLE}）.xlsx"]


def test_untick_the_excel_template_and_add_the_invited_units(qtbot, db, data):
    call, _meeting = data
    window, page = _window(qtbot, db, "nominations")
    page.call_combo.setCurrentIndex(page.call_combo.findData(call.id))
    seen = {}

    def check(dialog) -> None:
        dialog.files["xlsx"].setChecked(False)
        dialog.selector.setText("")
        index = dialog.add_term.findData("invited")
        assert index > 0
        dialog.add_term.activated.emit(index)
        seen["selector"] = dialog.selector.text()
        plan = dialog.make_preview()
        seen["names"] = sorted(m.recipient.contact_name for m in plan.messages)
        seen["files"] = [f.name[-4:] for f in plan.messages[0].files]

    in_modal_dialog(qtbot, _menu_action(page.mail_button, "mail_invited").trigger, check)
    assert seen == {"selector": "invited", "names": ["张喆", "王堃"], "files": [".pdf"]}


def test_e_mail_the_invitees_from_the_meetings_page(qtbot, db, data):
    _call, meeting = data
    window, page = _window(qtbot, db, "meetings")
    page.select_id(meeting.id)
    page.update_actions()
    assert page.mail_button.isEnabled()
    assert any(a.objectName() == "mail_invited" for a in page.context_actions())
    seen = {}

    def check(dialog) -> None:
        seen["subject"] = dialog.subject.text()
        seen["files"] = {k: b.isChecked() for k, b in dialog.files.items()}
        seen["place"] = dialog.extra["place"].placeholderText()
        dialog.make_preview()
        seen["count"] = dialog.recipient_list.count()
        dialog.recipient_list.setCurrentRow(1)
        seen["preview"] = dialog.preview.toPlainText()
        seen["notes"] = dialog.notes.text()

    in_modal_dialog(qtbot, _menu_action(page.mail_button, "mail_invited").trigger, check)
    assert seen["subject"] == "【会议通知】{标题}" and seen["files"] == {"notice": True}
    assert "北京中兴大厦" in seen["place"]
    assert seen["count"] == 2
    assert "关于召开理事会第二次会议的通知.pdf" in seen["preview"] and "北京中兴大厦" in seen["preview"]
    assert "周建民" in seen["notes"] and "无邮箱科技有限公司" in seen["notes"] and "草稿" in seen["notes"]
