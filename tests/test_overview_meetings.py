"""Meetings and action items in the overview: the dashboard's numbers against the meetings
core's own lists on the demo data, and the search across kinds (script, pinyin, initials,
one character, notes and decisions)."""

from __future__ import annotations

import datetime as dt


from core.demo import fill_demo
from core.meetings import agenda, attendance, service
from core.meetings.followup import FollowUpFilter, followup, overdue_count
from core.meetings.queries import MeetingFilter, meeting_ids, meeting_list
from core.overview import meetings as overview_meetings
from core.overview.search import search
from core.storage.database import open_database


def _titles(groups, kind):
    return [h.title for g in groups if g.kind == kind for h in g.hits]


def test_meetings_chart_counts_every_dated_meeting_by_year(demo):
    """The demo's meetings span many years: one bar a year, each equal to the meetings list of
    that year, and together every dated meeting."""
    chart = overview_meetings.meetings_by_period(demo)
    assert chart.bars and all(len(b.label) == 4 for b in chart.bars)
    for bar in chart.bars:
        assert bar.values[0] == len(meeting_ids(demo, MeetingFilter(year=int(bar.label))))
    dated = [m for m in meeting_list(demo) if m.meeting_date]
    assert chart.total == len(dated) == len(meeting_list(demo))


def test_meetings_chart_goes_by_month_within_two_years(demo):
    """With the older meetings deleted, the rest fall within two years: one bar a month, every
    month between the first and the last has its place."""
    cutoff = f"{dt.date.today().year - 1}-01-01"
    old = [m.id for m in meeting_list(demo) if m.meeting_date < cutoff]
    service.delete_meetings(demo, old)
    chart = overview_meetings.meetings_by_period(demo)
    labels = [b.label for b in chart.bars]
    assert labels and all(len(label) == 7 for label in labels)
    months = [(int(x[:4]), int(x[5:])) for x in labels]
    assert all((b[0] - a[0]) * 12 + b[1] - a[1] == 1 for a, b in zip(months, months[1:]))
    rows = meeting_list(demo)
    for bar in chart.bars:
        assert bar.values[0] == sum(1 for m in rows if m.meeting_date.startswith(bar.label))


def test_attendance_rate_equals_the_attendance_lists(demo):
    """Per year, the rate is the member representatives present or observing over those
    invited, at the meetings held up to today, as each meeting's attendance list says."""
    today = dt.date.today().isoformat()
    invited: dict[str, int] = {}
    present: dict[str, int] = {}
    for m in meeting_list(demo):
        if not m.meeting_date or m.meeting_date > today:
            continue
        people = [a for a in attendance.list_attendees(demo, m.id) if not a.is_guest]
        year = m.meeting_date[:4]
        invited[year] = invited.get(year, 0) + len(people)
        present[year] = present.get(year, 0) + sum(a.status in ("present", "observer") for a in people)
    chart = overview_meetings.attendance_by_period(demo)
    got = {b.label: b.values[0] for b in chart.bars}
    assert got == {y: round(100 * present[y] / invited[y]) for y in invited if invited[y]}
    assert any(v < 100 for v in got.values())  # the demo has excused and absent people


def test_action_items_chart_equals_the_follow_up_list(demo):
    """Overdue, open (not yet due) and done add up as the follow-up list counts them; dropped
    ones are said in the note."""
    items = followup(demo, FollowUpFilter(include_closed=True))
    today = dt.date.today().isoformat()
    chart = overview_meetings.action_items_by_state(demo)
    values = [b.values[0] for b in chart.bars]
    overdue = sum(1 for i in items if i.status == "open" and i.due_date and i.due_date < today)
    assert values == [overdue, sum(1 for i in items if i.status == "open") - overdue,
                      sum(1 for i in items if i.status == "done")]
    assert values[0] == overdue_count(demo) > 0
    dropped = sum(1 for i in items if i.status == "dropped")
    assert (str(dropped) in chart.note) if dropped else chart.note == ""


def test_deleting_a_meeting_takes_its_action_items_off_the_chart(demo):
    before = overview_meetings.action_items_by_state(demo).total
    meeting = next(m for m in meeting_list(demo) if m.open_actions)
    own = len(followup(demo, FollowUpFilter(meeting_id=meeting.id, include_closed=True)))
    service.delete_meetings(demo, [meeting.id])
    after = overview_meetings.action_items_by_state(demo)
    assert after.total == before - own + 0  # dropped ones are not bars either
    assert meeting.title not in _titles(search(demo, meeting.title[:4], kinds=["meetings"], limit=50), "meetings")


def test_search_meetings_by_script_pinyin_initials_and_one_character(demo):
    """理事会 finds the meetings of that title first (then those that only mention it), 理事會
    the same ones, lishihui and lsh the titled ones."""
    titled = [m.title for m in meeting_list(demo) if "理事会" in m.title]
    simplified = _titles(search(demo, "理事会", kinds=["meetings"], limit=50), "meetings")
    assert titled and simplified[:len(titled)] and set(simplified[:len(titled)]) == set(titled)
    assert _titles(search(demo, "理事會", kinds=["meetings"], limit=50), "meetings") == simplified
    assert set(titled) <= set(_titles(search(demo, "lishihui", kinds=["meetings"], limit=50), "meetings"))
    assert set(titled) <= set(_titles(search(demo, "lsh", kinds=["meetings"], limit=50), "meetings"))
    one = search(demo, "会", kinds=["meetings", "action_items"])
    assert {g.kind for g in one} == {"meetings", "action_items"}


def test_search_finds_meetings_by_notes_and_decisions(demo):
    """Words only in a meeting's notes or in one of its decisions find it; a decision added
    later is found at once, and no longer once deleted."""
    notes = _titles(search(demo, "列席会议", kinds=["meetings"]), "meetings")
    assert notes == ["理事会第一次工作会议"]
    meeting = next(m for m in meeting_list(demo) if m.minutes_status not in ("approved", "superseded"))
    assert not search(demo, "无锡示范区", kinds=["meetings"])
    decision = agenda.add_decision(demo, meeting.id, "同意在无锡示范区设立联盟工作站。")
    assert _titles(search(demo, "无锡示范区", kinds=["meetings"]), "meetings") == [meeting.title]
    assert _titles(search(demo, "無錫示範區", kinds=["meetings"]), "meetings") == [meeting.title]
    agenda.delete_decision(demo, decision.id)
    assert not search(demo, "无锡示范区", kinds=["meetings"])
    from core.safety import undo

    undo.undo(demo)  # the deletion: the decision, and the meeting found by it, are back
    assert _titles(search(demo, "无锡示范区", kinds=["meetings"]), "meetings") == [meeting.title]


def test_search_action_items_by_person_and_text(demo):
    by_name = search(demo, "熊垓智", kinds=["action_items"])
    assert by_name and by_name[0].count >= 1
    assert set(_titles(search(demo, "xgz", kinds=["action_items"]), "action_items")) == set(
        _titles(by_name, "action_items"))
    hit = by_name[0].hits[0]
    assert hit.detail  # its meeting, person, due date and state


def test_upgrade_indexes_meetings_and_keeps_them(tmp_path):
    """A database made before meetings were searched upgrades: its meetings and action items
    are found, by title, notes and decision, and nothing is lost."""
    from core.storage import migrations, search_index
    from core.storage.migrations import MIGRATIONS, _v13_overview_meetings

    before = MIGRATIONS.index(_v13_overview_meetings)
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    fill_demo(db)
    count = len(meeting_list(db))
    with db.transaction() as conn:
        for table in ("meetings", "action_items"):
            search_index.drop(conn, table)
        conn.execute("UPDATE meetings SET search_text = ''")  # the old document had no notes: make it plainly old
        conn.execute(f"PRAGMA user_version = {before}")
    db.close()
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION
    assert len(meeting_list(db)) == count
    assert _titles(search(db, "列席会议", kinds=["meetings"]), "meetings") == ["理事会第一次工作会议"]
    assert search(db, "xgz", kinds=["action_items"])
    db.close()
