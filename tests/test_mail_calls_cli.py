"""``mail drafts|queue --call ID`` and ``--meeting ID`` (docs/cli.md): the reminder to units not
answered with the blank forms, a meeting's invitees with the convening notice, the units
without an address named on standard error, in the chosen language."""

from __future__ import annotations

import email
import email.policy
import io
import json

import pytest
from pypdf import PdfReader

from cli.main import run
from core.calls import service as calls
from core.calls import nominations
from core.mail import account as accounts
from core.meetings import attendance
from core.meetings import service as meetings
from core.members import contacts, units
from core.notices import alliance
from core.settings import Settings
from core.storage.database import open_database
from tests.mail_helpers import ALLIANCE


@pytest.fixture
def setup(tmp_path):
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    alliance.save_alliance(db, ALLIANCE)
    made = []
    for name, person, address in (("𠮷野智能交通有限公司", "王堃", "wangkun@jiye.example.com"),
                                  ("陶喆城市研究院", "张喆", "zhangzhe@zhe.example.com"),
                                  ("无邮箱科技有限公司", "刘静", "")):
        unit = units.create_unit(db, {"name": name})
        contacts.create_contact(db, {"unit_id": unit.id, "name": person, "email": address, "mobile": "13800001111",
                                     "is_primary": True})
        made.append(unit)
    call = calls.create_call(db, {"kind": "标准组", "title": "2026年度标准组征集（堃）", "deadline": "2026-12-20"})
    nominations.record_nomination(db, call.id, {"name": "赵喆", "nominating_unit": "陶喆城市研究院"})
    meeting = meetings.create_meeting(db, {"kind": "理事会", "title": "理事会第二次会议", "meeting_date": "2026-12-18"})
    attendance.invite_units(db, meeting.id, [u.id for u in made])
    meetings.create_convening_notice(db, meeting.id)
    attendance.set_reply(db, [a.id for a in attendance.list_attendees(db, meeting.id) if a.unit_id == made[0].id],
                         "attend")
    db.close()
    accounts.save(Settings(), accounts.SmtpAccount(host="smtp.example.org", sender_name="联盟秘书处",
                                                   sender_addr="office@alliance.example.org"))
    return ["--db", str(path), "--lang", "zh-Hans"], call.id, meeting.id


def call_cli(capsys, *args):
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def messages(folder):
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted(folder.glob("*.eml"))]


def test_call_reminder_drafts_and_units_without_address_named(setup, tmp_path, capsys):
    db, call_id, _meeting_id = setup
    code, out, err = call_cli(capsys, "mail", "drafts", "--call", str(call_id), "--to", "unanswered",
                              "--out", str(tmp_path / "d"), *db)
    assert code == 0, err
    assert "无邮箱科技有限公司" in err and "没有电子邮箱" in err  # told, not dropped
    [msg] = messages(tmp_path / "d")
    assert msg["To"].addresses[0].display_name == "王堃"
    assert msg["Subject"] == "【提醒】2026年度标准组征集（堃）"
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["标准组推荐表（2026年度标准组征集（堃））.pdf", "标准组推荐表（2026年度标准组征集（堃））.xlsx"]
    pdf = next(p for p in msg.iter_attachments() if p.get_filename().endswith(".pdf"))
    assert PdfReader(io.BytesIO(pdf.get_content())).get_fields()
    assert "13800001111" not in (tmp_path / "d").joinpath(sorted(p.name for p in (tmp_path / "d").glob("*.eml"))[0]
                                                         ).read_text("ascii")

    code, out, err = call_cli(capsys, "mail", "drafts", "--call", str(call_id), "--to", "invited", "--attach", "xlsx",
                              "--script", "hant-tw", "--out", str(tmp_path / "x"), *db)
    assert code == 0, err
    found = messages(tmp_path / "x")
    assert sorted(m["To"].addresses[0].display_name for m in found) == ["张喆", "王堃"]
    assert all([p.get_filename()[-5:] for p in m.iter_attachments()] == [".xlsx"] for m in found)
    assert all("您好" in m.get_body(("plain",)).get_content() for m in found)


def test_meeting_queue_links_the_messages_and_outbox_lists_them(setup, tmp_path, capsys):
    db, _call_id, meeting_id = setup
    code, out, err = call_cli(capsys, "mail", "queue", "--meeting", str(meeting_id), "--to", "unanswered", *db)
    assert code == 0, err
    assert "草稿" in err  # the convening notice is still a draft: the clerk is warned
    code, out, err = call_cli(capsys, "mail", "outbox", "--format", "json", *db)
    rows = json.loads(out)
    assert [(r["source_kind"], r["source_id"], r["to_name"], r["attachments"]) for r in rows] == [
        ("meeting", meeting_id, "张喆", 1)]
    assert rows[0]["subject"] == "【请回复】理事会第二次会议"


def test_wrong_terms_and_files_are_refused_plainly(setup, tmp_path, capsys):
    db, call_id, meeting_id = setup
    code, out, err = call_cli(capsys, "mail", "drafts", "--meeting", str(meeting_id), "--to", "invited",
                              "--attach", "xlsx", "--out", str(tmp_path / "m"), *db)
    assert code == 1 and "xlsx" in err and not (tmp_path / "m").exists()
    code, out, err = call_cli(capsys, "mail", "drafts", "--call", "999", "--to", "invited", "--out",
                              str(tmp_path / "n"), *db)
    assert code == 1 and "征集 999 不存在" in err
    code, out, err = call_cli(capsys, "mail", "drafts", "--no-document", "--to", "invited", "--subject", "会员信息核对", "--out",
                              str(tmp_path / "s"), *db)
    assert code == 1 and "invited" in err
