"""The overview's core: the dashboard's numbers against the lists' own queries on the demo
data, the search across kinds (script, pinyin, initials, one character), saved searches."""

from __future__ import annotations


import pytest

from core import i18n
from core.members import queries
from core.members.queries import UnitFilter
from core.notices.queries import NoticeFilter, notice_ids
from core.overview.charts import build_charts, table_rows
from core.overview.search import search
from core.storage.database import open_database


def _charts(db):
    return {c.key: c for c in build_charts(db)}


def _listed(db, view, fields):
    if view == "members":
        return len(queries.unit_ids(db, UnitFilter(**fields)))
    if view == "meetings":
        from core.meetings.queries import MeetingFilter, meeting_ids

        return len(meeting_ids(db, MeetingFilter(**fields)))
    if view == "nominations":
        from core.calls.queries import NominationFilter, nomination_ids

        return len(nomination_ids(db, NominationFilter(**fields)))
    if view == "experts":
        from core.calls.queries import PoolFilter, pool_ids

        fields = dict(fields)
        return len(pool_ids(db, fields.pop("pool"), PoolFilter(**fields)))
    assert view == "notices"
    return len(notice_ids(db, NoticeFilter(**fields)))


def test_every_bar_equals_the_list_its_click_opens(demo):
    """Each bar's figure is exactly the number of records the list shows with the bar's filter
    (the members list for units, the notice list for notices, the meetings list for meetings
    by year), on the demo data. Only the attendance rates and action items have no list."""
    checked = 0
    for chart in build_charts(demo):
        for bar in chart.bars:
            for value, fields in zip(bar.values, bar.filters):
                if chart.key in ("attendance_by_period", "action_items"):
                    assert fields is None
                    continue
                assert fields is not None
                assert _listed(demo, chart.view, fields) == value, (chart.key, bar.label, fields)
                checked += 1
    assert checked > 40


def test_member_charts_add_up_to_the_active_units(demo):
    """Level, type and region charts each count every active unit once (none has no region in
    the demo); joins count every unit in use, departures the demo's units that left."""
    charts = _charts(demo)
    active = len(queries.unit_ids(demo, UnitFilter(status="active")))
    assert active == 76
    for key in ("units_by_level", "units_by_type", "units_by_region"):
        assert charts[key].total == active, key
    joined = [b.values[0] for b in charts["joins_and_departures"].bars]
    left = [b.values[1] for b in charts["joins_and_departures"].bars]
    assert sum(joined) == len(queries.unit_ids(demo)) == 80
    assert sum(left) == len(queries.unit_ids(demo, UnitFilter(status="left")))
    assert [b.label for b in charts["units_by_level"].bars] == ["理事长单位", "副理事长单位", "常务理事单位", "理事单位",
                                                               "会员单位"]
    assert [b.values[0] for b in charts["units_by_level"].bars] == [1, 5, 10, 20, 40]


def test_region_names_follow_the_ui_language(demo):
    """Provinces as the national list names them: Simplified, Traditional or English."""
    labels = {}
    for language in ("zh-Hans", "zh-Hant", "en"):
        i18n.set_language(language)
        labels[language] = [b.label for b in _charts(demo)["units_by_region"].bars]
        assert _charts(demo)["units_by_level"].title != ""
    i18n.set_language("zh-Hans")
    assert "江苏省" in labels["zh-Hans"] and "江蘇省" in labels["zh-Hant"] and "Jiangsu" in labels["en"]
    assert all(label.isascii() for label in labels["en"])


def test_notices_chart_counts_each_state_per_year(demo):
    """Notices by year and state: issued, draft and superseded counted apart, total = the notices with a year."""
    chart = _charts(demo)["notices_by_year"]
    header, rows = table_rows(chart)
    assert header[-1] == "Total" or header[-1] == "合计"
    dated = sum(len(notice_ids(demo, NoticeFilter(year=y))) for y in {int(b.label) for b in chart.bars})
    assert chart.total == dated == len(notice_ids(demo))
    assert sum(b.values[2] for b in chart.bars) == 1  # the demo corrected one notice


def test_chart_follows_a_change(demo):
    """A unit deleted is no longer counted (the numbers are read again, nothing cached)."""
    from core.members import units

    before = _charts(demo)["units_by_level"].total
    unit_id = queries.unit_ids(demo, UnitFilter(level="member", status="active"))[0]
    units.delete_units(demo, [unit_id])
    assert _charts(demo)["units_by_level"].total == before - 1


def test_chart_numbers_to_xlsx(demo, tmp_path):
    """The .xlsx holds the title, the header and each bar's label and figures; never overwrites."""
    from openpyxl import load_workbook

    from core.errors import UserError
    from core.overview.export import chart_to_xlsx

    chart = _charts(demo)["joins_and_departures"]
    path = chart_to_xlsx(chart, tmp_path / "joins.xlsx")
    ws = load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0][0] == chart.title
    header, body = table_rows(chart)
    assert rows[1] == header and rows[2:2 + len(body)] == body
    with pytest.raises(UserError):
        chart_to_xlsx(chart, path)


# ---- search ----------------------------------------------------------------------------------

def _titles(groups, kind):
    return [h.title for g in groups if g.kind == kind for h in g.hits]


def test_search_simplified_finds_traditional_and_back(demo):
    """重慶 finds the units written 重庆; 台北 finds the Taiwan members written 臺北."""
    assert _titles(search(demo, "重慶"), "units") and all("重庆" in t for t in _titles(search(demo, "重慶"), "units"))
    taipei = _titles(search(demo, "台北"), "units")
    assert taipei and all("臺北" in t for t in taipei)
    assert set(_titles(search(demo, "臺北"), "units")) == set(taipei)


def test_search_pinyin_and_initials(demo):
    """Full pinyin and initials find names: chongqing and cq find the 重庆 units (best first),
    wzl finds 王志良 once he is a contact."""
    from core.members.contacts import create_contact

    by_pinyin = _titles(search(demo, "chongqing"), "units")
    by_initials = _titles(search(demo, "cq"), "units")
    assert by_pinyin and set(by_pinyin) == set(by_initials)
    assert all(t.startswith("重庆") for t in by_initials)
    unit_id = queries.unit_ids(demo, UnitFilter(text="重庆"))[0]
    create_contact(demo, {"unit_id": unit_id, "name": "王志良", "gender": "M", "position": "副理事长"})
    assert "王志良" in _titles(search(demo, "wzl"), "contacts")
    assert "王志良" in _titles(search(demo, "wangzhiliang"), "contacts")


def test_one_character_queries(demo):
    """One Chinese character, one letter, one punctuation mark: each answers, grouped by kind,
    with a count that matches the list's own filter."""
    groups = search(demo, "王")
    kinds = {g.kind: g for g in groups}
    assert {"units", "contacts"} <= set(kinds)
    assert all("王" in h.title for h in kinds["contacts"].hits)
    assert kinds["contacts"].count == queries.contact_listing(demo, queries.ContactFilter(text="王")).total()[0]
    assert search(demo, "z") and search(demo, "，")  # a full-width comma is in the notices' text
    comma_kinds = [g.kind for g in search(demo, "，")]  # in texts (notices, meeting notes), never in names
    assert "notices" in comma_kinds and not {"units", "contacts"} & set(comma_kinds)


def test_notice_title_and_body_are_searched(demo):
    """A word of a notice's text (not its title) finds it; its hit shows where."""
    groups = search(demo, "secretariat@example.org", kinds=["notices"])
    assert groups and groups[0].hits and "secretariat@example.org" in groups[0].hits[0].detail
    assert "会费" in "".join(_titles(search(demo, "会费", kinds=["notices"]), "notices"))


def test_search_leaves_out_deleted_records_and_empty_queries(demo):
    """A deleted unit (and its contacts) is not found; an empty query finds nothing; kinds filter."""
    from core.members import units

    unit_id = queries.unit_ids(demo, UnitFilter(text="重庆两江城市大数据"))[0]
    contact = queries.contact_rows(demo, queries.contact_ids(demo, queries.ContactFilter(unit_id=unit_id)))
    name = next(iter(contact.values())).name
    units.delete_units(demo, [unit_id])
    assert "重庆两江城市大数据有限公司" not in _titles(search(demo, "重庆两江"), "units")
    assert all(h.id not in contact for g in search(demo, name) if g.kind == "contacts" for h in g.hits)
    assert search(demo, "   ") == []
    assert {g.kind for g in search(demo, "智", kinds=["notices"])} == {"notices"}


def test_search_limit_and_count(demo):
    """At most ``limit`` hits of a kind; the count says how many match in all, up to COUNT_CAP + 1
    (the box then says "200+")."""
    from core.overview.search import COUNT_CAP

    groups = {g.kind: g for g in search(demo, "c", limit=3)}
    assert len(groups["contacts"].hits) == 3 and groups["contacts"].count == COUNT_CAP + 1 < 216
    assert groups["units"].count == 80 and groups["units"].more


# ---- saved searches -----------------------------------------------------------------------------

def test_saved_search_round_trip_trash_and_undo(demo):
    """Saved, listed, refused under a taken or empty name (nothing lost), deleted to the trash,
    restored from it, undone."""
    from core.errors import UserError
    from core.overview import saved_searches as saved
    from core.safety import trash, undo

    kept = saved.save_search(demo, "北京理事单位", "members", {"text": "北京", "level": "council", "province": None})
    assert kept.filter == {"text": "北京", "level": "council"}
    with pytest.raises(UserError, match="北京理事单位"):
        saved.save_search(demo, " 北京理事单位 ", "contacts", {})
    with pytest.raises(UserError):
        saved.save_search(demo, "  ", "members", {})
    assert [s.name for s in saved.list_saved(demo)] == ["北京理事单位"]
    saved.delete_searches(demo, [kept.id])
    assert saved.list_saved(demo) == []
    assert [item.name for item in trash.list_deleted(demo, "saved_searches")] == ["北京理事单位"]
    saved.restore_searches(demo, [kept.id])
    assert [s.name for s in saved.list_saved(demo)] == ["北京理事单位"]
    undo.undo(demo)  # the restore
    undo.undo(demo)  # the delete
    assert [s.filter for s in saved.list_saved(demo)] == [{"text": "北京", "level": "council"}]
    undo.undo(demo)  # the save
    assert saved.list_saved(demo) == []


def test_saved_search_upgrade_keeps_data(tmp_path, monkeypatch):
    """A database made at the version before saved searches upgrades and keeps its units."""
    from core.members import units
    from core.storage import migrations
    from core.storage.migrations import MIGRATIONS, _v9_overview

    before = MIGRATIONS.index(_v9_overview)
    path = tmp_path / "old.sqlite3"
    monkeypatch.setattr(migrations, "LATEST_VERSION", before)  # the file as the version before made it
    db = open_database(path)
    for name in ("重庆智能交通科技有限公司", "北京数字城市研究院"):
        units.create_unit(db, {"name": name})
    assert "saved_searches" not in {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(MIGRATIONS))
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION
    assert len(queries.unit_ids(db)) == 2
    from core.overview import saved_searches as saved

    saved.save_search(db, "理事", "members", {"level": "council"})
    assert [s.name for s in saved.list_saved(db)] == ["理事"]
    db.close()


RACE = r"""
import sys, threading, time
sys.path.insert(0, ".")
import importlib.abc


class Slow(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "core.overview.meetings":
            time.sleep(0.5)  # the built-in charts take a while to register
        return None


sys.meta_path.insert(0, Slow())
from core.overview.charts import providers

first = []
worker = threading.Thread(target=lambda: first.append(len(providers())))
worker.start()
time.sleep(0.15)
second = len(providers())  # asked meanwhile, as the dashboard's window thread does
worker.join()
print(first[0], second)
"""


def test_the_chart_list_is_whole_when_asked_for_from_two_threads_at_once():
    """The dashboard counts its charts on a thread of its own while the window's thread asks for
    the list too: neither may get the list half made (a dashboard then waited for ever)."""
    import subprocess
    import sys
    from pathlib import Path

    out = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parent.parent)
    first, second = map(int, out.stdout.split())
    assert first == second >= 10, out.stdout + out.stderr
