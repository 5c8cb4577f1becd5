"""Meetings recorded through the core: the 2013-11-06 council meeting from invitation to approved
minutes, attendance counts as officials write them, action items followed across meetings and
dates, undo/history/trash of meetings, the database check's rules, and the upgrade."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core import i18n
from core.errors import UserError
from core.meetings import agenda, attendance, followup, record, service, signin_search
from core.meetings.followup import FollowUpFilter
from core.members import contacts, units
from core.members.committees import list_committees
from core.notices.service import get_notice
from core.safety import backups, check, history, trash, undo
from core.validation import ValidationError

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"


def make_members(db, count=40):
    """``count`` council units, each with a primary and a second contact (names all different)."""
    made = []
    given = iter(f"{a}{b}" for a in "建晓国文海立春思永" for b in "明华军伟平刚强勇亮")
    for i in range(count):
        unit = units.create_unit(db, {"name": f"智慧城市成员单位{i + 1:02d}有限公司", "short_name": f"成员{i + 1:02d}",
                                      "level": "vice_chair" if i < 5 else "council"})
        for k in range(2):
            contacts.create_contact(db, {"unit_id": unit.id, "name": SURNAMES[(2 * i + k) % len(SURNAMES)] + next(given),
                                         "position": "主任" if k == 0 else "工程师"})
        made.append(unit)
    return made


def test_the_2013_council_working_meeting_from_invitation_to_approved_minutes(db):
    """理事会第一次工作会议: 40 units invited, 58 representatives present, 列席 guests, the chair,
    four agenda items, numbered decisions, action items with six cities, approved minutes."""
    members = make_members(db)
    chair_unit = members[0]
    chair = contacts.create_contact(db, {"unit_id": chair_unit.id, "name": "王志良", "position": "副理事长"})
    meeting = service.create_meeting(db, {
        "kind": "理事会", "title": "理事会第一次工作会议", "meeting_date": "2013年11月6日", "start_time": "9:00",
        "end_time": "11:30", "place": "北京中兴大厦", "organiser": "联盟秘书处", "chair": "王志良", "recorder": "刘晓琳"})
    assert (meeting.kind, meeting.meeting_date, meeting.start_time) == ("council", "2013-11-06", "09:00")
    assert meeting.minutes.status == "draft" and meeting.minutes.version == 1

    # the convening notice comes from the meeting's facts, as a draft in the notices module
    notice = get_notice(db, service.create_convening_notice(db, meeting.id).id)
    assert notice.title == "关于召开理事会第一次工作会议的通知" and notice.status == "draft"
    text = "".join(b.text + b.tail for b in notice.body)
    assert "2013年11月6日" in text and "北京中兴大厦" in text and notice.addressees == "各理事单位"
    assert [(n.notice_id, n.role) for n in service.get_meeting(db, meeting.id).notices] == [(notice.id, "convening")]

    # invitations: the council's units (primary contacts), the chair, second contacts of 20 units, guests
    result = attendance.invite_by_level(db, meeting.id, ["vice_chair", "council"])
    assert (result.added, result.already) == (40, 0)
    attendance.invite_contacts(db, meeting.id, [chair.id])
    seconds = [contacts.unit_contacts(db, u.id)[1].id for u in members[:20]]
    assert attendance.invite_contacts(db, meeting.id, seconds).added == 20
    again = attendance.invite_by_level(db, meeting.id, ["vice_chair", "council"])
    assert (again.added, again.already) == (0, 40)  # nobody invited twice
    guests = [attendance.add_guest(db, meeting.id, name, "国家标准化管理委员会", "处长") for name in ("周建民", "吴晓梅")]
    people = [a for a in attendance.list_attendees(db, meeting.id) if not a.is_guest]
    assert len(people) == 61

    # replies, then the day: excused, absent, someone attending for another, sign-ins
    by_contact = {a.contact_id: a for a in people}
    excused = [by_contact[seconds[0]], by_contact[seconds[1]]]
    absent, represented = by_contact[seconds[2]], by_contact[seconds[3]]
    attendance.set_reply(db, [a.id for a in people], "attend")
    attendance.set_reply(db, [a.id for a in excused], "leave")
    attendance.set_status(db, [a.id for a in excused], "leave")
    attendance.set_status(db, [absent.id], "absent")
    substitute = attendance.set_substitute(db, meeting.id, represented.id, "陈思远", "工程师", sign_in_now=True,
                                           at="2013-11-06T08:40:00")
    assert substitute.substitute_for == represented.id and substitute.substitute_for_name == represented.name
    assert attendance.get_attendee(db, represented.id).status == "leave"
    minute = 0
    for a in attendance.list_attendees(db, meeting.id):
        if a.status == "" and not a.signed_in:
            minute += 1
            attendance.sign_in(db, a.id, at=f"2013-11-06T08:{minute // 2 + 10:02d}:00")
    with pytest.raises(UserError):  # signed in once only
        attendance.sign_in(db, guests[0].id)
    counts = attendance.attendance_counts(db, meeting.id)
    assert (counts.units_present, counts.people_present, counts.observers, counts.excused, counts.absent) == \
        (40, 58, 2, 3, 1)
    assert counts.signed_in == 60 and counts.walk_ins == 1  # 58 representatives and 2 guests
    assert counts.by_status == {"present": (40, 58), "leave": (3, 3), "absent": (1, 1)}
    assert counts.guests_by_status == {"observer": 2}
    i18n.set_language("zh-Hans")
    assert counts.summary().startswith("40 家成员单位 58 名代表出席")
    i18n.set_language("en")
    assert counts.summary() == "40 member units, 58 representatives present; 2 attending without a vote"
    # the chair found at the door by his initials
    assert "王志良" in [h.name for h in signin_search.search_invitees(db, meeting.id, "wzl")]

    # agenda, decisions numbered through the meeting, action items
    titles = ["会员管理中心汇报与国家标准化管理委员会的沟通情况", "研究组建联盟专家组和标准组",
              "项目服务中心汇报与六个城市签署合作协议情况", "研究部署11—12月工作"]
    items = [agenda.add_agenda_item(db, meeting.id, t, "讨论纪要", "秘书处") for t in titles]
    d1 = agenda.add_decision(db, meeting.id, "同意组建联盟专家组。", items[1].id)
    d2 = agenda.add_decision(db, meeting.id, "同意组建联盟标准组。", items[1].id)
    d3 = agenda.add_decision(db, meeting.id, "发布通知，附专家推荐表和标准组推荐表。", items[1].id)
    d4 = agenda.add_decision(db, meeting.id, "与六个合作城市建立对接机制。", items[2].id)
    assert [d.number for d in (d1, d2, d3, d4)] == [1, 2, 3, 4]
    agenda.delete_decision(db, d2.id)
    assert [(d.number, d.text) for d in agenda.list_decisions(db, meeting.id)] == [
        (1, "同意组建联盟专家组。"), (2, "发布通知，附专家推荐表和标准组推荐表。"), (3, "与六个合作城市建立对接机制。")]
    for city, member in zip(("长春市", "延吉市", "无锡市", "南京市江宁区", "樟树市", "包头市"), members[10:16]):
        agenda.add_action_item(db, meeting.id, {"text": f"与{city}对接合作协议落实事项", "unit_id": member.id,
                                                "due_date": "2013-12-31", "agenda_item_id": items[2].id,
                                                "decision_id": d4.id})
    call = agenda.add_action_item(db, meeting.id, {"text": "印发专家组和标准组通知", "unit_name": "联盟秘书处",
                                                   "person": "熊垓智", "due_date": "2013-11-10"})
    actions = agenda.list_action_items(db, meeting.id)
    assert len(actions) == 7 and actions[0].unit_name == members[10].name
    assert actions[0].person == ""  # a unit named, no person
    agenda.mark_done(db, call.id, "熊垓智", "2013-11-07")

    # minutes: number line, circulated, approved (frozen), corrected as a new version keeping the old
    service.set_minutes_line(db, meeting.id, "第2期", "2013-11-08")
    service.circulate_minutes(db, meeting.id)
    service.approve_minutes(db, meeting.id, approved_at="2013-11-12T10:00:00")
    with pytest.raises(UserError):
        agenda.add_decision(db, meeting.id, "会后补充的决定。")
    with pytest.raises(UserError):
        attendance.set_status(db, [absent.id], "present")
    # follow-up goes on after approval
    agenda.add_progress(db, actions[0].id, "已召开第一次对接会。", "2013-11-28")
    agenda.mark_done(db, actions[0].id, "项目服务中心", "2013-12-20")
    approved = record.meeting_record(db, meeting.id)
    assert approved.from_snapshot and approved.minutes.number_line == "第2期"
    assert len(approved.by_status("present")) == 58 and len(approved.by_status("observer")) == 2
    assert [i.title for i in approved.agenda_items] == titles

    service.correct_minutes(db, meeting.id)
    agenda.update_agenda_item(db, items[3].id, "研究部署2013年11—12月工作", "熊垓智秘书长作总结讲话。")
    versions = service.minutes_versions(db, meeting.id)
    assert [(v.version, v.status) for v in versions] == [(1, "approved"), (2, "draft")]
    assert record.meeting_record(db, meeting.id, version=1).agenda_items[3].title == "研究部署11—12月工作"
    assert record.meeting_record(db, meeting.id).agenda_items[3].title == "研究部署2013年11—12月工作"
    service.approve_minutes(db, meeting.id)
    assert [v.status for v in service.minutes_versions(db, meeting.id)] == ["superseded", "approved"]
    assert check.check_database(db).ok


def test_bad_input_gets_messages_per_field_and_keeps_nothing_half_made(db):
    i18n.set_language("zh-Hans")
    with pytest.raises(ValidationError) as err:
        service.create_meeting(db, {"kind": "茶话会", "title": "", "meeting_date": "2013-02-30",
                                    "start_time": "25:00", "end_time": "8:00"})
    fields = set(err.value.by_field())
    assert fields == {"kind", "title", "meeting_date", "start_time"}
    assert "不是" in str(err.value) or "必填" in str(err.value)
    with pytest.raises(ValidationError) as err:
        service.create_meeting(db, {"title": "会", "meeting_date": "2013-11-06", "start_time": "10:00",
                                    "end_time": "09:00"})
    assert set(err.value.by_field()) == {"end_time"}
    assert db.query_one("SELECT count(*) FROM meetings")[0] == 0
    meeting = service.create_meeting(db, {"title": "会", "meeting_date": "2013-11-06"})
    with pytest.raises(ValidationError):
        agenda.add_action_item(db, meeting.id, {"text": "", "due_date": "明天"})
    with pytest.raises(ValidationError):
        attendance.add_guest(db, meeting.id, "  ")
    assert agenda.list_action_items(db, meeting.id) == [] and attendance.list_attendees(db, meeting.id) == []


def _followup_world(db):
    """Three meetings of two committees with action items due around 2026-06-15."""
    traffic, grid = (c.id for c in list_committees(db)[:2])
    unit = units.create_unit(db, {"name": "江宁智能交通有限公司"})
    person = contacts.create_contact(db, {"unit_id": unit.id, "name": "王志良"})
    a = service.create_meeting(db, {"title": "智能交通专委会会议", "meeting_date": "2026-03-01",
                                    "committee_id": traffic, "kind": "committee"})
    b = service.create_meeting(db, {"title": "智能电网专委会会议", "meeting_date": "2026-04-01",
                                    "committee_id": grid, "kind": "committee"})
    c = service.create_meeting(db, {"title": "秘书处工作会议", "meeting_date": "2026-05-01"})
    made = {}
    for meeting, text, due, extra in ((a, "交通规范初稿", "2026-06-10", {"contact_id": person.id}),
                                      (a, "信号控制案例汇编", "2026-06-20", {"unit_id": unit.id}),
                                      (b, "电表数据接口", "2026-06-14", {"person": "李喆"}),
                                      (c, "会费收缴", None, {"person": "刘晓琳"}),
                                      (c, "年报印制", "2026-06-01", {"person": "刘晓琳"})):
        made[text] = agenda.add_action_item(db, meeting.id, {"text": text, "due_date": due, **extra}).id
    return {"a": a, "b": b, "c": c, "unit": unit, "person": person, "traffic": traffic, **made}


def test_overdue_logic_across_dates_and_follow_up_filters(db):
    w = _followup_world(db)
    texts = lambda items: [i.text for i in items]  # noqa: E731
    # on 2026-06-15: three overdue (oldest first), then the open ones by due date, undated last
    assert texts(followup.followup(db, today="2026-06-15")) == ["年报印制", "交通规范初稿", "电表数据接口",
                                                               "信号控制案例汇编", "会费收缴"]
    assert followup.overdue_count(db, "2026-06-15") == 3
    assert followup.overdue_count(db, "2026-06-14") == 2  # due on the day is not overdue yet
    assert followup.overdue_count(db, "2026-06-01") == 0
    assert followup.overdue_count(db, dt.date(2027, 1, 1)) == 4  # the undated one never is
    items = {i.text: i for i in followup.followup(db, today="2026-06-15")}
    assert items["交通规范初稿"].overdue("2026-06-15") and not items["信号控制案例汇编"].overdue("2026-06-15")
    # done: out of the list and the count, recorded when and by whom
    done = agenda.mark_done(db, w["年报印制"], "刘晓琳", "2026-06-16")
    assert (done.status, done.done_at, done.done_by) == ("done", "2026-06-16", "刘晓琳")
    assert followup.overdue_count(db, "2026-06-15") == 2
    with pytest.raises(UserError):
        agenda.mark_done(db, w["年报印制"], "刘晓琳")
    agenda.drop_action_item(db, w["电表数据接口"], "秘书处", "接口标准另行制定。")
    assert followup.overdue_count(db, "2026-06-15") == 1
    closed = texts(followup.followup(db, FollowUpFilter(include_closed=True), today="2026-06-15"))
    assert closed[:3] == ["交通规范初稿", "信号控制案例汇编", "会费收缴"]
    assert sorted(closed[3:]) == ["年报印制", "电表数据接口"]
    # filters: unit, person (name, pinyin, initials), committee, meeting
    assert texts(followup.followup(db, FollowUpFilter(unit_id=w["unit"].id), today="2026-06-15")) == [
        "交通规范初稿", "信号控制案例汇编"]
    assert texts(followup.followup(db, FollowUpFilter(contact_id=w["person"].id))) == ["交通规范初稿"]
    assert texts(followup.followup(db, FollowUpFilter(person="wzl"))) == ["交通规范初稿"]
    assert texts(followup.followup(db, FollowUpFilter(person="刘晓琳"))) == ["会费收缴"]
    assert texts(followup.followup(db, FollowUpFilter(committee_id=w["traffic"]), today="2026-06-15")) == [
        "交通规范初稿", "信号控制案例汇编"]
    assert texts(followup.followup(db, FollowUpFilter(meeting_id=w["c"].id))) == ["会费收缴"]
    # a deleted meeting's items leave the follow-up and the count; restored, they come back
    service.delete_meetings(db, [w["a"].id])
    assert followup.overdue_count(db, "2026-06-15") == 0
    service.restore_meetings(db, [w["a"].id])
    assert followup.overdue_count(db, "2026-06-15") == 1
    # reopening a dropped item brings it back
    agenda.reopen_action_item(db, w["电表数据接口"])
    assert followup.overdue_count(db, "2026-06-15") == 2


def test_open_items_carried_into_the_next_meeting_of_the_committee(db):
    w = _followup_world(db)
    later = service.create_meeting(db, {"title": "智能交通专委会第二次会议", "meeting_date": "2026-07-01",
                                        "committee_id": w["traffic"], "kind": "committee"})
    agenda.add_agenda_item(db, later.id, "审议年度工作计划")
    carried = agenda.carry_open_items(db, later.id)
    assert [c.title for c in carried] == [
        "督办事项：交通规范初稿（责任单位：江宁智能交通有限公司，王志良；原定2026-06-10前完成）",
        "督办事项：信号控制案例汇编（责任单位：江宁智能交通有限公司；原定2026-06-20前完成）"]
    assert [c.position for c in carried] == [2, 3]
    assert agenda.carry_open_items(db, later.id) == []  # not twice
    undo.undo(db)
    assert len(agenda.list_agenda_items(db, later.id)) == 1


def test_meeting_undo_history_trash_and_backup_counts(db, tmp_path):
    meeting = service.create_meeting(db, {"title": "理事会第一次工作会议", "meeting_date": "2013-11-06",
                                          "place": "北京中兴大厦"})
    service.update_meeting(db, meeting.id, {**service.as_raw(meeting), "place": "北京中兴大厦三层会议室"})
    agenda.add_action_item(db, meeting.id, {"text": "印发通知", "due_date": "2013-11-10"})
    guest = attendance.add_guest(db, meeting.id, "周建民", "国家标准化管理委员会")
    attendance.sign_in(db, guest.id, at="2013-11-06T08:50:00")
    # undo the sign-in action, then the guest, then redo both
    undo.undo(db)
    assert not attendance.get_attendee(db, guest.id).signed_in
    undo.redo(db)
    assert attendance.get_attendee(db, guest.id).signed_in_at == "2013-11-06T08:50:00"
    # history of the meeting with its fields, revert of one
    i18n.set_language("en")
    changes = history.record_history(db, "meetings", meeting.id)
    assert ("place", "北京中兴大厦", "北京中兴大厦三层会议室") in [(c.field, c.old, c.new) for c in changes]
    change = next(c for c in changes if c.field == "place")
    history.revert_change(db, change)
    assert service.get_meeting(db, meeting.id).place == "北京中兴大厦"
    # backups count meetings, attendees and action items
    made = backups.backup_now(db, tmp_path / "bk")
    counts = backups.backup_counts(made.path)
    assert (counts["meetings"], counts["meeting_attendees"], counts["action_items"]) == (1, 1, 1)
    # the trash: deleted, listed, restored; emptied, everything of it goes
    service.delete_meetings(db, [meeting.id])
    assert [i.name for i in trash.list_deleted(db, "meetings")] == ["理事会第一次工作会议"]
    assert followup.followup(db) == []
    trash.restore(db, "meetings", [meeting.id])
    assert len(followup.followup(db)) == 1
    trash.delete(db, "meetings", [meeting.id])
    trash.empty_trash(db, tmp_path / "bk")
    for table in ("meetings", "meeting_attendees", "meeting_signins", "action_items", "meeting_minutes"):
        assert db.query_one(f"SELECT count(*) FROM {table}")[0] == 0, table
    assert check.check_database(db).ok


def test_check_finds_an_attendee_signed_in_twice_and_repairs_it_keeping_the_first(db):
    meeting = service.create_meeting(db, {"title": "理事会第一次工作会议", "meeting_date": "2013-11-06"})
    guest = attendance.add_guest(db, meeting.id, "周建民", "国家标准化管理委员会")
    attendance.sign_in(db, guest.id, at="2013-11-06T08:50:00")
    assert check.check_database(db).ok
    # what two laptops merged by an older program, or a hand-edited file, could leave
    with db.transaction() as conn:
        conn.execute("INSERT INTO meeting_signins (uid, meeting_id, attendee_id, signed_in_at) "
                     "VALUES ('x', ?, ?, '2013-11-06T08:57:00')", (meeting.id, guest.id))
        conn.execute("UPDATE meeting_decisions SET number = 1")
    i18n.set_language("en")
    report = check.check_database(db)
    assert [str(f.message) for f in report.findings] == [
        "周建民 (国家标准化管理委员会) is signed in 2 times at 理事会第一次工作会议; the first sign-in is kept."]
    after = check.repair(db, report)
    assert after.ok
    log = attendance.signin_log(db, guest.id)
    assert [(s["signed_in_at"], s["undone_at"] is None) for s in log] == [
        ("2013-11-06T08:50:00", True), ("2013-11-06T08:57:00", False)]
    assert attendance.get_attendee(db, guest.id).signed_in_at == "2013-11-06T08:50:00"


def test_check_repairs_decision_numbers_and_status_of_signed_in_people(db):
    meeting = service.create_meeting(db, {"title": "工作会议", "meeting_date": "2014-01-10"})
    agenda.add_decision(db, meeting.id, "一")
    agenda.add_decision(db, meeting.id, "二")
    guest = attendance.add_guest(db, meeting.id, "周建民")
    attendance.sign_in(db, guest.id)
    with db.transaction() as conn:
        conn.execute("UPDATE meeting_decisions SET number = 1")
        conn.execute("UPDATE meeting_attendees SET status = 'absent'")
    report = check.check_database(db)
    assert len(report.findings) == 2 and all(f.repair for f in report.findings)
    assert check.repair(db, report).ok
    assert [d.number for d in agenda.list_decisions(db, meeting.id)] == [1, 2]
    assert attendance.get_attendee(db, guest.id).status == "observer"


def test_walk_ins_are_offered_and_become_contacts(db):
    unit = units.create_unit(db, {"name": "华东智慧城市研究院"})
    meeting = service.create_meeting(db, {"title": "工作会议", "meeting_date": "2014-01-10"})
    walk = attendance.add_walk_in(db, meeting.id, "赵新来", position="工程师", unit_id=unit.id)
    assert walk.signed_in and walk.status == "present" and walk.unit_name == "华东智慧城市研究院"
    assert [a.name for a in attendance.walk_ins_to_offer(db, meeting.id)] == ["赵新来"]
    linked = attendance.add_walk_in_as_contact(db, walk.id, unit.id, {"mobile": "13800001234"})
    assert linked.contact_id is not None
    assert contacts.get_contact(db, linked.contact_id).position == "工程师"
    assert attendance.walk_ins_to_offer(db, meeting.id) == []
    undo.undo(db)  # one action: the contact and the link go together
    assert attendance.get_attendee(db, walk.id).contact_id is None
    assert contacts.unit_contacts(db, unit.id) == []


def test_a_database_of_the_previous_version_upgrades_and_keeps_its_data(tmp_path, monkeypatch):
    from core.storage import migrations
    from core.storage.database import open_database
    from core.storage.migrations import _v8_meetings

    path = tmp_path / "old.sqlite3"
    full = list(migrations.MIGRATIONS)
    before = full.index(_v8_meetings)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:before])
    monkeypatch.setattr(migrations, "LATEST_VERSION", before)
    old = open_database(path)
    unit = units.create_unit(old, {"name": "华东智慧城市研究院"})
    contacts.create_contact(old, {"unit_id": unit.id, "name": "王志良"})
    old.conn.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(full))
    db = open_database(path)
    assert db.schema_version() == len(full)
    assert units.get_unit(db, unit.id).name == "华东智慧城市研究院"
    assert check.check_database(db).ok
    meeting = service.create_meeting(db, {"title": "理事会第一次工作会议", "meeting_date": "2013-11-06"})
    assert attendance.invite_units(db, meeting.id, [unit.id]).added == 1
    assert list(Path(tmp_path).glob("old.before-v*.sqlite3"))  # the copy made before the upgrade
    undo.undo(db)
    undo.undo(db)
    assert service.deleted_meetings(db) == [] and db.query_one("SELECT count(*) FROM meetings")[0] == 0
    db.conn.close()
