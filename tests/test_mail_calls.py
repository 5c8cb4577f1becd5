"""E-mail about a call for nominations and about a meeting (core): the units invited or not
answered yet, a meeting's invitees or those who have not replied; the blank fillable form,
the Excel template and the convening notice attached; names with rare characters (𠮷 堃 喆)
intact in headers and file names; units without an address told, never dropped; no ID or
mobile number in what goes out. Drafts are parsed back as a mail program reads them."""

from __future__ import annotations

import email
import email.policy
import io
from email.header import decode_header, make_header

import pytest
from pypdf import PdfReader

from core.calls import service as calls
from core.calls import nominations
from core.errors import UserError
from core.mail import compose, drafts, outbox
from core.meetings import attendance
from core.meetings import service as meetings
from core.members import contacts, units
from core.notices import alliance
from tests.mail_helpers import ALLIANCE

SENDER = dict(sender_name="中国智慧城市产业联盟秘书处", sender_addr="office@alliance.example.org")
CALL_TITLE = "𠮷林片区2026年度专家组征集"
MOBILES = ("13800001111", "13900002222", "13700003333")


def spec(db, source: str, source_id: int, selector: str, **changes) -> compose.ComposeSpec:
    """What the clerk starts from: the source's own templates for these recipients."""
    kind = compose.sources.get(source)
    subject, body = kind.templates(kind.load(db, source_id), selector)
    return compose.ComposeSpec(source=source, source_id=source_id, selector=selector, subject=subject, body=body,
                               **{**SENDER, **changes})


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


def header(value: str) -> str:
    return str(make_header(decode_header(value)))


@pytest.fixture
def members(db):
    """Four units: two with addresses (names with 𠮷 堃 喆), one whose contact has no address,
    one with no contact at all; contacts carry mobile numbers (personal data)."""
    alliance.save_alliance(db, ALLIANCE)
    made = {}
    for key, name, person, address, mobile in (
            ("jiye", "𠮷野智能交通有限公司", "王堃", "wangkun@jiye.example.com", MOBILES[0]),
            ("zhe", "陶喆城市研究院", "张喆", "zhangzhe@zhe.example.com", MOBILES[1]),
            ("quiet", "无邮箱科技有限公司", "刘静", "", MOBILES[2]),
            ("empty", "无联系人数据有限公司", None, None, None)):
        unit = units.create_unit(db, {"name": name})
        if person:
            contacts.create_contact(db, {"unit_id": unit.id, "name": person, "email": address, "mobile": mobile,
                                         "is_primary": True})
        made[key] = unit
    return made


@pytest.fixture
def call(db, members):
    c = calls.create_call(db, {"kind": "专家组", "title": CALL_TITLE, "deadline": "2026-12-20"})
    nominations.record_nomination(db, c.id, {"name": "赵𠮷", "side": "学", "mobile": "13600004444",
                                       "id_number": _id_number(), "work_unit": "东南大学",
                                       "nominating_unit": members["zhe"].name})
    return c


def _id_number() -> str:
    from core.calls.people import id_check_char

    body = "11010819750312123"
    return body + id_check_char(body)


def eml_files(folder) -> list[email.message.EmailMessage]:
    return [parse(p.read_bytes()) for p in sorted(folder.glob("*.eml"))]


def personal_data_absent(raw: bytes, message: email.message.EmailMessage) -> None:
    text = raw.decode("ascii", "replace") + message.get_body(("plain",)).get_content()
    for value in (*MOBILES, "13600004444", _id_number()):
        assert value not in text


# ---- a call for nominations -------------------------------------------------------------------------

def test_call_reminder_goes_to_units_not_answered_with_the_blank_forms(db, members, call, tmp_path):
    plan = compose.prepare(db, spec(db, "call", call.id, "unanswered"))
    # 陶喆城市研究院 answered (its nomination came in): only 𠮷野 gets the reminder
    assert [(m.recipient.unit_name, m.recipient.contact_name, m.recipient.address) for m in plan.messages] == [
        ("𠮷野智能交通有限公司", "王堃", "wangkun@jiye.example.com")]
    # the two units without an address are told, with the reason
    told = {unit: str(reason) for unit, _contact, reason in plan.skipped}
    assert set(told) == {"无邮箱科技有限公司", "无联系人数据有限公司"}
    item = plan.messages[0]
    assert item.subject == f"【提醒】{CALL_TITLE}"
    assert "王堃" in item.body and "2026年12月20日" in item.body
    assert [f.name for f in item.files] == [f"专家推荐表（{CALL_TITLE}）.pdf", f"专家推荐表（{CALL_TITLE}）.xlsx"]

    written = drafts.write_drafts(plan, tmp_path / "drafts")
    assert len(written) == 1 and "𠮷野" in written[0].name
    raw = written[0].read_bytes()
    assert raw.isascii()  # every header encoded (RFC 2047 / RFC 2231)
    msg = parse(raw)
    assert header(msg["To"]) == "王堃 <wangkun@jiye.example.com>"
    assert header(msg["Subject"]) == f"【提醒】{CALL_TITLE}"
    parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert set(parts) == {f"专家推荐表（{CALL_TITLE}）.pdf", f"专家推荐表（{CALL_TITLE}）.xlsx"}
    reader = PdfReader(io.BytesIO(parts[f"专家推荐表（{CALL_TITLE}）.pdf"]))
    fields = reader.get_fields()
    assert fields and len(fields) > 10  # a fillable form: the recipient types into it
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(parts[f"专家推荐表（{CALL_TITLE}）.xlsx"])).active
    assert any("姓名" in str(c.value or "") for c in next(sheet.iter_rows(max_row=1)))
    personal_data_absent(raw, msg)


def test_call_invited_units_and_the_first_message(db, members, call):
    plan = compose.prepare(db, spec(db, "call", call.id, "invited"))
    assert sorted(m.recipient.unit_name for m in plan.messages) == ["陶喆城市研究院", "𠮷野智能交通有限公司"]
    assert len(plan.skipped) == 2
    assert plan.messages[0].subject == CALL_TITLE and "请于2026年12月20日前" in plan.messages[0].body


def test_call_in_traditional_the_form_and_words_convert_names_do_not(db, members, call, tmp_path):
    plan = compose.prepare(db, spec(db, "call", call.id, "unanswered", script="hant-tw"))
    item = plan.messages[0]
    assert item.files[0].name == f"專家推薦表（{CALL_TITLE}）.pdf"
    assert "您好" in item.body and "王堃" in item.body and "表格" in item.body and "填寫" in item.body
    msg = parse(drafts.write_drafts(plan, tmp_path)[0].read_bytes())
    pdf = next(p for p in msg.iter_attachments() if p.get_filename().endswith(".pdf"))
    assert PdfReader(io.BytesIO(pdf.get_content())).get_fields()


def test_call_attachments_chosen_and_unknown_ones_refused(db, members, call):
    plan = compose.prepare(db, spec(db, "call", call.id, "unanswered", files=frozenset({"xlsx"})))
    assert [f.name[-5:] for f in plan.messages[0].files] == [".xlsx"]
    assert compose.prepare(db, spec(db, "call", call.id, "unanswered", attach=False)).messages[0].files == []
    with pytest.raises(UserError, match="convening"):
        compose.prepare(db, spec(db, "call", call.id, "unanswered", files=frozenset({"convening"})))


def test_call_notice_attached_and_a_draft_is_told(db, members):
    from core.notices import service as notices

    n = notices.create_notice(db, {**notices.new_notice_defaults(db), "title": "关于推荐2026年度专家的通知（堃）",
                                   "doc_date": "2026-12-01"})
    c = calls.create_call(db, {"kind": "专家组", "title": CALL_TITLE, "notice_id": n.id})
    plan = compose.prepare(db, spec(db, "call", c.id, "invited"))
    names = [f.name for f in plan.messages[0].files]
    assert names[-1] == "关于推荐2026年度专家的通知（堃）.pdf" and len(names) == 3
    assert any("草稿" in str(note) for note in plan.notes)
    # no deadline: the template asks for an answer soon instead of naming a date it does not have
    assert "请尽快" in plan.messages[0].body


def test_a_calls_notice_goes_out_with_the_fillable_forms_beside_it(db, members, tmp_path):
    """Mail from a notice that two calls use: the notice PDF (ending with the printable form
    pages) and, beside it, each call's blank fillable form once; a notice no call uses offers
    no forms; the forms can be left out."""
    from core.notices import service as notices

    n = notices.create_notice(db, {**notices.new_notice_defaults(db), "title": "关于推荐专家和标准组成员的通知",
                                   "doc_date": "2026-12-01", "addressee_unit_ids": [members["jiye"].id]})
    for kind in ("专家组", "专家组", "标准组"):
        calls.create_call(db, {"kind": kind, "title": f"{kind}征集", "notice_id": n.id})
    plan = compose.prepare(db, spec(db, "notice", n.id, "unit:%d" % members["jiye"].id))
    names = [f.name for f in plan.messages[0].files]
    assert names == ["关于推荐专家和标准组成员的通知.pdf", "专家推荐表.pdf", "标准组推荐表.pdf"]
    msg = parse(drafts.write_drafts(plan, tmp_path)[0].read_bytes())
    parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert len(PdfReader(io.BytesIO(parts["专家推荐表.pdf"])).get_fields()) > 10
    assert "专家推荐表" in "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        parts["关于推荐专家和标准组成员的通知.pdf"])).pages)  # the printable pages end the notice
    only_notice = compose.prepare(db, spec(db, "notice", n.id, "unit:%d" % members["jiye"].id,
                                           files=frozenset({"notice"})))
    assert [f.name for f in only_notice.messages[0].files] == ["关于推荐专家和标准组成员的通知.pdf"]
    plain = notices.create_notice(db, {**notices.new_notice_defaults(db), "title": "关于召开年会的通知",
                                       "doc_date": "2026-12-01"})
    with pytest.raises(UserError, match="pdf"):
        compose.prepare(db, spec(db, "notice", plain.id, "all", files=frozenset({"notice", "pdf"})))


def test_everyone_answered_or_nobody_invited_is_said_plainly(db, members):
    c = calls.create_call(db, {"kind": "专家组", "title": "小范围征集"})
    for unit in members.values():
        nominations.record_nomination(db, c.id, {"name": f"专家{unit.id}", "side": "学", "nominating_unit": unit.name})
    with pytest.raises(UserError, match="没有|回复|answered"):
        compose.prepare(db, spec(db, "call", c.id, "unanswered"))
    membership = calls.create_call(db, {"kind": "入会", "title": "2026年新成员征集"})
    with pytest.raises(UserError):
        compose.prepare(db, spec(db, "call", membership.id, "invited"))
    # a membership call goes to whoever the clerk picks, with the application form
    plan = compose.prepare(db, spec(db, "call", membership.id, f"unit:{members['jiye'].id}"))
    assert plan.messages[0].files[0].name.startswith("成员单位入会申请表")
    assert any("选择" in str(n) or "choose" in str(n) for n in plan.notes)


def test_groups_belong_to_calls_and_meetings_only(db, members):
    from tests.mail_helpers import notice

    n = notice(db)
    with pytest.raises(UserError, match="unanswered"):
        compose.prepare(db, compose.ComposeSpec(source_id=n.id, selector="unanswered", **SENDER))


def test_queued_call_messages_are_linked_to_the_call(db, members, call):
    ids = outbox.queue(db, compose.prepare(db, spec(db, "call", call.id, "unanswered")))
    rows = outbox.rows(db)
    assert [(r.source_kind, r.source_id, r.source_title, r.to_name) for r in rows] == [
        ("call", call.id, CALL_TITLE, "王堃")]
    assert [name for name, _data in outbox.attachments_of(db, ids[0])] == [
        f"专家推荐表（{CALL_TITLE}）.pdf", f"专家推荐表（{CALL_TITLE}）.xlsx"]


# ---- a meeting --------------------------------------------------------------------------------------

@pytest.fixture
def meeting(db, members):
    m = meetings.create_meeting(db, {"kind": "理事会", "title": "理事会第一次工作会议（堃）",
                                     "meeting_date": "2026-12-18", "start_time": "9:30", "end_time": "11:30",
                                     "place": "北京中兴大厦"})
    attendance.invite_units(db, m.id, [u.id for u in members.values()])
    attendance.add_guest(db, m.id, "周建民", "国家标准化管理委员会", "处长")
    attendance.add_walk_in(db, m.id, "临时来宾", "某公司")
    return m


def _invitee(db, meeting_id, unit_name):
    return next(a for a in attendance.list_attendees(db, meeting_id) if a.unit_name == unit_name)


def test_meeting_invitees_with_the_convening_notice(db, members, meeting, tmp_path):
    notice = meetings.create_convening_notice(db, meeting.id)
    plan = compose.prepare(db, spec(db, "meeting", meeting.id, "invited"))
    assert sorted(m.recipient.contact_name for m in plan.messages) == ["张喆", "王堃"]
    told = {(unit, contact): str(reason) for unit, contact, reason in plan.skipped}
    assert ("国家标准化管理委员会", "周建民") in told  # the guest: no address here, said so
    assert "无邮箱科技有限公司" in {u for u, _c, _r in plan.skipped}
    assert "无联系人数据有限公司" in {u for u, _c, _r in plan.skipped}
    assert all("临时来宾" not in (m.recipient.contact_name) for m in plan.messages)  # walk-ins were not invited
    item = plan.messages[0]
    assert item.subject == "【会议通知】理事会第一次工作会议（堃）"
    assert "2026年12月18日 09:30—11:30" in item.body and "北京中兴大厦" in item.body
    assert [f.name for f in item.files] == [f"{notice.title}.pdf"]
    assert any("草稿" in str(n) for n in plan.notes)
    written = drafts.write_drafts(plan, tmp_path)
    for path in written:
        raw = path.read_bytes()
        msg = parse(raw)
        [pdf] = list(msg.iter_attachments())
        assert pdf.get_filename() == "关于召开理事会第一次工作会议（堃）的通知.pdf"
        assert PdfReader(io.BytesIO(pdf.get_content())).pages
        personal_data_absent(raw, msg)


def test_meeting_reminder_to_those_who_have_not_replied(db, members, meeting):
    attendance.set_reply(db, [_invitee(db, meeting.id, "陶喆城市研究院").id], "attend")
    plan = compose.prepare(db, spec(db, "meeting", meeting.id, "unanswered"))
    assert [m.recipient.contact_name for m in plan.messages] == ["王堃"]
    assert plan.messages[0].subject == "【请回复】理事会第一次工作会议（堃）"
    assert plan.messages[0].files == []  # no convening notice yet: nothing to attach, and the clerk is told
    assert any("没有会议通知" in str(n) for n in plan.notes)


def test_meeting_representative_deleted_since_the_invitation_is_told(db, members, meeting):
    from core.members import contacts as contact_service

    person = contact_service.unit_contacts(db, members["jiye"].id)[0]
    attendance.invite_contacts(db, meeting.id, [person.id])
    contact_service.delete_contacts(db, [person.id])
    plan = compose.prepare(db, spec(db, "meeting", meeting.id, "invited"))
    assert [m.recipient.contact_name for m in plan.messages] == ["张喆"]
    assert ("𠮷野智能交通有限公司", "王堃") in {(u, c) for u, c, _r in plan.skipped}


def test_each_unit_can_get_the_form_with_its_own_details_typed_in(db, members, tmp_path):
    """'prefilled' (off unless ticked): each unit's message carries the fillable form with its own
    details already typed in: the recommending unit on the expert form; name, credit code and
    contact on a membership application; still fillable, no mobile in it; the blank made once."""
    from core.members import units as unit_service

    expert_call = calls.create_call(db, {"kind": "专家组", "title": CALL_TITLE})
    plain = compose.prepare(db, spec(db, "call", expert_call.id, "invited"))
    assert not any("（𠮷野" in f.name for m in plain.messages for f in m.files)  # not unless asked
    plan = compose.prepare(db, spec(db, "call", expert_call.id, "invited", files=frozenset({"prefilled"})))
    by_unit = {m.recipient.unit_name: m.files for m in plan.messages}
    assert [f.name for f in by_unit["𠮷野智能交通有限公司"]] == ["专家推荐表（𠮷野智能交通有限公司）.pdf"]
    msg = parse(drafts.write_drafts(plan, tmp_path)[0].read_bytes())
    form = PdfReader(io.BytesIO(next(msg.iter_attachments()).get_content()))
    fields = form.get_fields()
    assert len(fields) > 10 and fields["name"].get("/V") in (None, "")  # still to be filled in
    written = {m.recipient.unit_name: PdfReader(io.BytesIO(m.files[0].data)).get_fields()["recommender"]["/V"]
               for m in plan.messages}
    assert written == {"𠮷野智能交通有限公司": "𠮷野智能交通有限公司", "陶喆城市研究院": "陶喆城市研究院"}

    unit_service.update_unit(db, members["zhe"].id, {**unit_service.get_unit(db, members["zhe"].id).__dict__,
                                                     "address": "上海市徐汇区喆园路1号"})
    membership = calls.create_call(db, {"kind": "入会", "title": "2026年度入会申请"})  # addressed to no unit
    plan = compose.prepare(db, spec(db, "call", membership.id, f"unit:{members['zhe'].id}",
                                    files=frozenset({"prefilled"})))
    data = plan.messages[0].files[0].data
    values = {k: v.get("/V") for k, v in PdfReader(io.BytesIO(data)).get_fields().items()}
    assert values["unit_name"] == "陶喆城市研究院" and values["address"] == "上海市徐汇区喆园路1号"
    assert values["contact"] == "张喆" and values["email"] == "zhangzhe@zhe.example.com"
    assert not values.get("mobile") and MOBILES[1].encode() not in data
