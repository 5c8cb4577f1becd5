"""A meeting taken to a sign-in laptop and merged back: the package holds only what sign-in
needs, the laptop signs in with the ordinary services, and the results merge into the office
database once, however often they are merged, with the differences reported."""

from __future__ import annotations

import json
import zipfile

import pytest

from core import i18n
from core.errors import UserError
from core.meetings import attendance, package, service, signin_search
from core.members import contacts, units
from core.safety import check, undo
from core.storage.database import open_database


@pytest.fixture
def office(db):
    """An office database: a meeting of 3 units (one contact each, mobiles and e-mail on file) and a guest."""
    made = []
    for name, person, mobile in (("北京中城智联科技集团股份有限公司", "王志良", "13800001111"),
                                 ("重慶两江城市大数据有限公司", "汪政林", "13800002222"),
                                 ("华东智慧城市研究院", "熊垓智", "13800003333")):
        unit = units.create_unit(db, {"name": name, "level": "council"})
        contacts.create_contact(db, {"unit_id": unit.id, "name": person, "mobile": mobile,
                                     "email": "x@example-demo.cn", "position": "主任"})
        made.append(unit.id)
    meeting = service.create_meeting(db, {"kind": "council", "title": "理事会第一次工作会议",
                                          "meeting_date": "2013-11-06", "place": "北京中兴大厦"})
    attendance.invite_units(db, meeting.id, made)
    attendance.add_guest(db, meeting.id, "李国标", "国家标准化管理委员会")
    return db, meeting.id


def by_name(db, meeting_id):
    return {a.name: a for a in attendance.list_attendees(db, meeting_id)}


def laptop_session(tmp_path, office_db, meeting_id):
    """Package the meeting, open it on a 'laptop' database, sign in there; returns (laptop db, its meeting)."""
    pkg = package.export_package(office_db, meeting_id, tmp_path / "meeting.zip")
    assert pkg.invitees == 4
    laptop, laptop_meeting = package.open_package(pkg.path, tmp_path / "laptop.sqlite3")
    return laptop, laptop_meeting


def test_package_holds_what_sign_in_needs_and_no_mobiles_or_mail(office, tmp_path):
    db, meeting_id = office
    made = package.export_package(db, meeting_id, tmp_path / "meeting.zip")
    with zipfile.ZipFile(made.path) as zf:
        text = zf.read("package.json").decode("utf-8")
    assert "王志良" in text and "重慶两江城市大数据有限公司" in text and "国家标准化管理委员会" in text
    assert "13800001111" not in text and "example-demo" not in text and "mobile" not in text
    with pytest.raises(UserError):  # never replaced unasked
        package.export_package(db, meeting_id, tmp_path / "meeting.zip")


def test_signed_in_on_a_laptop_and_merged_twice_gives_each_sign_in_once(office, tmp_path):
    db, meeting_id = office
    laptop, lm = laptop_session(tmp_path, db, meeting_id)
    # the laptop finds people by initials and by the other script, signs in, undoes a mistake, adds a walk-in
    hits = signin_search.search_invitees(laptop, lm, "wzl")
    assert sorted(h.name for h in hits) == ["汪政林", "王志良"]  # both are w-z-l
    hit = next(h for h in hits if h.name == "王志良")
    attendance.sign_in(laptop, hit.attendee_id, at="2013-11-06T08:51:00")
    wrong = signin_search.search_invitees(laptop, lm, "重庆")[0]
    assert wrong.name == "汪政林"
    attendance.sign_in(laptop, wrong.attendee_id, at="2013-11-06T08:52:00")
    attendance.undo_sign_in(laptop, wrong.attendee_id)
    guest = signin_search.search_invitees(laptop, lm, "标准化")[0]
    attendance.sign_in(laptop, guest.attendee_id, at="2013-11-06T08:55:00")
    attendance.add_walk_in(laptop, lm, "赵新来", "华东智慧城市研究院", "工程师", at="2013-11-06T09:01:00")
    results = package.export_results(laptop, lm, tmp_path / "results.zip", device="门口笔记本")
    assert (results.signins, results.walk_ins) == (4, 1)

    first = package.merge_results(db, results.path)
    assert (first.signins_added, first.walk_ins_added, first.conflicts) == (3, 1, [])
    assert [a.name for a in first.walk_ins] == ["赵新来"]  # offered as a new contact
    people = by_name(db, meeting_id)
    assert people["王志良"].signed_in_at == "2013-11-06T08:51:00" and people["王志良"].status == "present"
    assert people["汪政林"].signed_in_at is None and people["汪政林"].status == ""
    assert people["李国标"].status == "observer" and people["李国标"].signed_in
    assert people["赵新来"].walk_in and people["赵新来"].unit_id is not None  # the unit is a member unit
    counts = attendance.attendance_counts(db, meeting_id)
    assert (counts.units_present, counts.people_present, counts.observers) == (2, 2, 1)
    log = attendance.signin_log(db, people["汪政林"].id)
    assert len(log) == 1 and log[0]["undone_at"] and log[0]["signed_in_at"] == "2013-11-06T08:52:00"

    second = package.merge_results(db, results.path)
    assert second.nothing_new and second.conflicts == []
    assert by_name(db, meeting_id) == people
    assert db.query_one("SELECT count(*) FROM meeting_signins")[0] == 4
    assert db.query_one("SELECT count(*) FROM meeting_attendees")[0] == 5
    assert check.check_database(db).ok
    i18n.set_language("en")
    assert "merged before" in second.text()
    # the merge is one action: undo takes it back whole
    undo.undo(db)
    assert not any(a.signed_in for a in attendance.list_attendees(db, meeting_id))
    laptop.close()


def test_office_and_laptop_differences_are_reported_and_the_first_sign_in_kept(office, tmp_path):
    db, meeting_id = office
    laptop, lm = laptop_session(tmp_path, db, meeting_id)
    office_people, laptop_people = by_name(db, meeting_id), by_name(laptop, lm)
    # the office signs 王志良 in at 08:58, the laptop at 08:50; both mark 熊垓智, differently
    attendance.sign_in(db, office_people["王志良"].id, at="2013-11-06T08:58:00")
    attendance.sign_in(laptop, laptop_people["王志良"].id, at="2013-11-06T08:50:00")
    attendance.set_status(db, [office_people["熊垓智"].id], "leave")
    attendance.set_status(laptop, [laptop_people["熊垓智"].id], "absent")
    path = package.export_results(laptop, lm, tmp_path / "r.zip").path
    report = package.merge_results(db, path)
    i18n.set_language("en")
    lines = report.conflict_lines()
    assert len(lines) == 2
    assert any("王志良 signed in twice (08:50 and 08:58)" in line for line in lines)
    assert any("熊垓智" in line and "Excused" in line and "Absent" in line for line in lines)
    people = by_name(db, meeting_id)
    assert people["王志良"].signed_in_at == "2013-11-06T08:50:00"
    assert people["熊垓智"].status == "leave"
    assert check.check_database(db).ok  # no one is left signed in twice
    again = package.merge_results(db, path)
    assert again.signins_added == 0 and by_name(db, meeting_id) == people
    laptop.close()


def test_bad_files_and_wrong_databases_are_refused_with_a_message(office, tmp_path):
    db, meeting_id = office
    i18n.set_language("zh-Hans")
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip at all")
    with pytest.raises(UserError) as err:
        package.merge_results(db, junk)
    assert "不是" in str(err.value)
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as zf:
        zf.writestr("results.json", json.dumps({"format": "something else"}))
    with pytest.raises(UserError):
        package.merge_results(db, tmp_path / "other.zip")
    pkg = package.export_package(db, meeting_id, tmp_path / "m.zip")
    with pytest.raises(UserError):  # the office database holds this meeting already
        package.import_package(db, pkg.path)
    with pytest.raises(UserError):  # a package is not a results file
        package.merge_results(db, pkg.path)
    # results of a meeting this database does not have
    laptop, lm = package.open_package(pkg.path, tmp_path / "laptop.sqlite3")
    results = package.export_results(laptop, lm, tmp_path / "r.zip").path
    stranger = open_database(tmp_path / "stranger.sqlite3")
    with pytest.raises(UserError):
        package.merge_results(stranger, results)
    assert not (tmp_path / "laptop2.sqlite3").exists()
    with pytest.raises(UserError):
        package.open_package(junk, tmp_path / "laptop2.sqlite3")
    assert not (tmp_path / "laptop2.sqlite3").exists()  # no half-made database left behind
    laptop.close()
    stranger.close()


def test_approved_minutes_refuse_a_merge(office, tmp_path):
    db, meeting_id = office
    laptop, lm = laptop_session(tmp_path, db, meeting_id)
    attendance.sign_in(laptop, by_name(laptop, lm)["王志良"].id)
    path = package.export_results(laptop, lm, tmp_path / "r.zip").path
    service.approve_minutes(db, meeting_id)
    with pytest.raises(UserError):
        package.merge_results(db, path)
    assert not any(a.signed_in for a in attendance.list_attendees(db, meeting_id))
    laptop.close()
