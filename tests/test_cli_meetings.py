"""``meetings list``, ``meetings package`` and ``meetings merge`` (docs/cli.md): formats, exit
codes, translated messages; a package signed in elsewhere merges once, however often it is merged."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("meetingshome")
    path = home / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    return home, path


def _meetings(demo):
    home, path = demo
    result = run("meetings", "list", "--db", str(path), "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_meetings_list_in_three_formats(demo):
    home, path = demo
    rows = _meetings(demo)
    assert len(rows) >= 14
    first = next(r for r in rows if r["title"] == "理事会第一次工作会议")
    assert (first["meeting_date"], first["kind"], first["place"], first["minutes_status"]) == (
        "2013-11-06", "council", "北京中兴大厦", "approved")
    assert first["present"] >= 58 and isinstance(first["id"], int)
    assert [r["meeting_date"] for r in rows] == sorted((r["meeting_date"] for r in rows), reverse=True)
    table = run("meetings", "list", "--db", str(path), "--lang", "zh-Hans", home=home)
    assert table.returncode == 0 and "理事会第一次工作会议" in table.stdout and "已审定" in table.stdout
    assert "理事会" in table.stdout.splitlines()[-1] or "会员大会" in table.stdout.splitlines()[-1]
    out = run("meetings", "list", "--db", str(path), "--format", "csv", "--year", "2013", home=home)
    parsed = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["title"] for r in parsed} == {"理事会第一次工作会议", "中国智慧城市产业联盟成立大会"}


def test_package_signed_in_elsewhere_and_merged_twice_through_the_command_line(demo, tmp_path):
    from core.meetings import attendance, package
    from core.meetings.signin_search import search_invitees

    home, path = demo
    upcoming = max(_meetings(demo), key=lambda r: r["meeting_date"])
    out = tmp_path / "meeting.zip"
    made = run("meetings", "package", str(upcoming["id"]), "--out", str(out), "--db", str(path), "--lang", "en",
               home=home)
    assert made.returncode == 0, made.stderr
    assert f"Meeting {upcoming['id']} packaged for sign-in" in made.stdout and out.exists()
    again = run("meetings", "package", str(upcoming["id"]), "--out", str(out), "--db", str(path), "--lang",
                "zh-Hans", home=home)
    assert again.returncode == 1 and "已存在" in again.stderr and "Traceback" not in again.stderr

    laptop, meeting_id = package.open_package(out, tmp_path / "laptop.sqlite3")
    hits = search_invitees(laptop, meeting_id, "周建民")
    attendance.sign_in(laptop, hits[0].attendee_id, at="2026-12-18T08:40:00")
    others = [a for a in attendance.list_attendees(laptop, meeting_id) if not a.is_guest][:3]
    for a in others:
        attendance.sign_in(laptop, a.id)
    attendance.add_walk_in(laptop, meeting_id, "赵新来", "不在册的来访单位")
    results = package.export_results(laptop, meeting_id, tmp_path / "results.zip").path
    laptop.close()

    first = run("meetings", "merge", str(results), "--db", str(path), "--lang", "en", home=home)
    assert first.returncode == 0, first.stderr
    # 4 invitees and the walk-in signed in; no attendance changed apart from the sign-ins
    assert "5 sign-ins" in first.stdout and "1 walk-ins" in first.stdout and "0 attendance changes" in first.stdout
    assert "赵新来" in first.stdout  # offered as a new contact
    second = run("meetings", "merge", str(results), "--db", str(path), "--lang", "zh-Hans", home=home)
    assert second.returncode == 0 and "已经合并过" in second.stdout
    row = next(r for r in _meetings(demo) if r["id"] == upcoming["id"])
    assert row["present"] == upcoming["present"] + 5  # 4 sign-ins and the walk-in, once


def test_merge_and_package_failures_exit_1_or_2_with_one_message(demo, tmp_path):
    home, path = demo
    junk = tmp_path / "junk.zip"
    junk.write_text("这不是签到结果", encoding="utf-8")
    bad = run("meetings", "merge", str(junk), "--db", str(path), "--lang", "zh-Hans", home=home)
    assert bad.returncode == 1 and "不是本程序的签到结果文件" in bad.stderr and "Traceback" not in bad.stderr
    missing = run("meetings", "package", "99999", "--out", str(tmp_path / "x.zip"), "--db", str(path), "--lang",
                  "en", home=home)
    assert missing.returncode == 1 and "Meeting 99999 does not exist" in missing.stderr
    usage = run("meetings", "package", "1", "--db", str(path), home=home)
    assert usage.returncode == 2
