"""The demo's meetings: the 2013-11-06 council meeting as domain.md tells it, the founding
assembly, and meetings across 2013–2026 with done, dropped, open and overdue action items."""

from __future__ import annotations

import datetime as dt

import pytest

from core import i18n
from core.demo import fill_demo
from core.meetings import attendance, followup, queries, record
from core.meetings.followup import FollowUpFilter
from core.safety import check
from core.storage.database import open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = open_database(tmp_path_factory.mktemp("demo") / "d.sqlite3")
    summary = fill_demo(db)
    yield db, summary
    db.conn.close()


def test_the_council_meeting_of_2013_11_06_as_domain_md_tells_it(demo):
    db, summary = demo
    meetings = {m.title: m for m in queries.meeting_list(db)}
    m = meetings["理事会第一次工作会议"]
    rec = record.meeting_record(db, m.id)
    assert (rec.meeting.meeting_date, rec.meeting.place, rec.meeting.chair) == ("2013-11-06", "北京中兴大厦", "王志良")
    assert rec.minutes.status == "approved" and rec.from_snapshot
    counts = attendance.attendance_counts(db, m.id)
    i18n.set_language("zh-Hans")
    assert counts.summary().startswith("40 家成员单位 58 名代表出席")
    observers = rec.by_status("observer")
    assert {a.unit_name for a in observers} >= {"国家标准化管理委员会"} and all(a.is_guest for a in observers)
    assert "王志良" in {a.name for a in rec.by_status("present")}
    assert len(rec.by_status("leave")) == 3 and len(rec.by_status("absent")) == 1
    assert any(a.substitute_for for a in rec.attendees)
    assert [d.number for d in rec.decisions] == [1, 2, 3, 4]
    assert any("专家组" in d.text for d in rec.decisions) and any("标准组" in d.text for d in rec.decisions)
    cities = [a for a in rec.action_items if a.text.startswith("与")]
    assert len(cities) == 6 and {a.status for a in cities} == {"done", "dropped"}
    assert {n.role for n in rec.meeting.notices} == {"convening", "other"}
    founding = meetings["中国智慧城市产业联盟成立大会"]
    assert founding.meeting_date == "2013-10-10" and founding.kind == "general_assembly"


def test_a_dozen_more_meetings_with_open_overdue_and_done_items(demo):
    db, summary = demo
    rows = queries.meeting_list(db)
    assert summary.meetings == len(rows) >= 14
    years = {int(r.meeting_date[:4]) for r in rows}
    assert min(years) == 2013 and len(years) >= 9
    today = dt.date.today()
    assert any(r.meeting_date > today.isoformat() for r in rows)  # one ahead, invitations half answered
    assert followup.overdue_count(db) >= 3
    items = followup.followup(db, FollowUpFilter(include_closed=True))
    assert {i.status for i in items} == {"open", "done", "dropped"}
    open_items = followup.followup(db)
    assert open_items[0].overdue(today) and not open_items[-1].overdue(today)
    assert {r.kind for r in rows} >= {"general_assembly", "council", "standing_council", "working", "committee"}
    assert check.check_database(db).ok
