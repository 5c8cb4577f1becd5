"""The commands of calls for nominations (docs/cli.md): calls list, nominations list, experts list,
standards-group list (masked unless --show-personal), publishing the lists; and the demo's calls."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("callshome")
    path = home / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    return home, path


def listing(demo, *args):
    home, path = demo
    result = run(*args, "--db", str(path), "--lang", "en", "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_demo_has_the_2013_calls_and_a_membership_call(demo):
    calls = listing(demo, "calls", "list")
    assert {c["kind"] for c in calls} == {"expert", "standards", "membership"}
    expert = next(c for c in calls if c["kind"] == "expert")
    assert expert["deadline"] == "2013-11-30" and "专家组和标准组" in expert["notice"] and "〔2013〕5号" in expert["notice"]


def test_the_demo_has_nominations_in_every_state(demo):
    rows = listing(demo, "nominations", "list")
    assert len(rows) >= 40
    assert {r["state"] for r in rows} == {"received", "formal_check", "review", "approved", "rejected", "returned"}
    assert all(r["state_reason"] for r in rows if r["state"] in ("rejected", "returned"))
    assert {r["kind"] for r in rows if r["state"] == "approved"} == {"expert", "standards"}
    assert {r["state"] for r in rows if r["kind"] == "membership"} >= {"received", "review", "rejected", "returned"}


def test_the_expert_pool_covers_all_six_sides_and_is_masked_unless_asked(demo):
    experts = listing(demo, "experts", "list")
    assert {e["side"] for e in experts} == {"government", "industry", "academia", "research", "user", "capital"}
    assert all("****" in e["mobile"] for e in experts)
    assert all(not e["id_number"] or "********" in e["id_number"] for e in experts)
    shown = listing(demo, "experts", "list", "--show-personal")
    assert all(e["mobile"].isdigit() and len(e["mobile"]) == 11 for e in shown)
    capital = listing(demo, "experts", "list", "--side", "资本")
    assert capital and {e["side"] for e in capital} == {"capital"}


def test_standards_roster_and_filters(demo):
    roster = listing(demo, "standards-group", "list")
    assert len(roster) == 9 and all(r["term_end"] for r in roster)
    by_committee = listing(demo, "standards-group", "list", "--committee", "智能交通")
    assert all("智能交通" in r["committees"] for r in by_committee)
    assert listing(demo, "experts", "list", "--expiring-by", "2016/12/31")  # the 2013 terms end in 2016


def test_csv_and_table_formats_and_a_bad_state(demo):
    home, path = demo
    result = run("nominations", "list", "--db", str(path), "--lang", "zh-Hans", "--format", "csv", "--state", "评审",
                 home=home)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {r["state"] for r in rows} == {"review"}
    table = run("experts", "list", "--db", str(path), "--lang", "zh-Hans", home=home)
    assert table.returncode == 0 and "姓名" in table.stdout and "专家" in table.stdout.splitlines()[-1]
    bad = run("nominations", "list", "--db", str(path), "--lang", "en", "--state", "maybe", home=home)
    assert bad.returncode == 2 and "maybe" in bad.stderr


def test_publishing_the_list_refuses_to_overwrite(demo, tmp_path):
    home, path = demo
    out = tmp_path / "专家组名单.xlsx"
    first = run("experts", "publish", str(out), "--db", str(path), "--lang", "en", home=home)
    assert first.returncode == 0, first.stderr and out.exists()
    again = run("experts", "publish", str(out), "--db", str(path), "--lang", "en", home=home)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_search_finds_nominations_and_experts_and_never_prints_personal_data(demo):
    """search lists nominations, the expert pool and the standards group (Traditional, pinyin and
    initials too, --kind for one of them) and never prints a mobile or an ID number, in any format."""
    home, path = demo
    experts = listing(demo, "experts", "list", "--show-personal")
    roster = listing(demo, "standards-group", "list", "--show-personal")
    personal = {p[k] for p in experts + roster for k in ("mobile", "id_number") if p[k]}
    expert = experts[0]
    from core.text.search import pinyin_forms

    full, initials = pinyin_forms(expert["name"])
    for text in (expert["name"], full, expert["work_unit"]):
        found = listing(demo, "search", text, "--limit", "50")
        assert {"experts", "nominations"} <= {r["kind"] for r in found}, text
        assert expert["name"] in [r["title"] for r in found if r["kind"] == "experts"], text
    only = listing(demo, "search", initials, "--kind", "experts", "--limit", "50")
    assert {r["kind"] for r in only} == {"experts"} and expert["name"] in [r["title"] for r in only]
    member = listing(demo, "search", roster[0]["name"], "--kind", "standards_members")
    assert [r["title"] for r in member] == [roster[0]["name"]]
    for fmt in ("table", "csv", "json"):
        for text in (expert["name"], "137", expert["mobile"], expert["id_number"][:6]):
            out = run("search", text, "--db", str(path), "--lang", "zh-Hans", "--format", fmt, "--limit", "50",
                      home=home)
            assert out.returncode == 0, out.stderr
            printed = out.stdout.replace(text, "")  # "Nothing found for …" says what was typed
            assert not any(p in printed for p in personal), (fmt, text)
