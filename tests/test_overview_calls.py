"""Nominations, the expert pool and the standards roster in the search across everything (core):
Simplified finds Traditional and back, full pinyin and initials, one character; deleted people
and the nominations of a deleted call are not found; mobiles and ID numbers are never shown."""

from __future__ import annotations

import re

import pytest

from core.calls import pool, queries, service
from core.calls.people import id_check_char
from core.overview.search import all_kinds, search

ID17 = "50010319800215123"
ID_NUMBER = ID17 + id_check_char(ID17)
MOBILE = "13700009876"


@pytest.fixture
def expert(demo):
    return pool.create_person(demo, "experts", {
        "name": "刘晓东", "gender": "M", "side": "academia", "fields": "城市交通仿真", "work_unit": "重庆邮电大学",
        "title": "教授", "position": "院长", "mobile": MOBILE, "email": "liuxd@example.edu.cn",
        "id_number": ID_NUMBER})


def _hits(db, text, kind, limit=50):
    return [h for g in search(db, text, kinds=[kind], limit=limit) for h in g.hits]


def _names(db, text, kind, limit=50):
    return [h.title for h in _hits(db, text, kind, limit)]


def test_the_new_kinds_are_searched_under_their_registry_names(demo):
    """The box lists nominations, the expert pool and the standards group, headed as the record
    registry names them (the trash and the history use the same words)."""
    from core.storage import registry

    kinds = {k.key: k for k in all_kinds()}
    for table in ("nominations", "experts", "standards_members"):
        assert kinds[table].label == registry.get(table).plural


def test_expert_found_by_traditional_pinyin_initials_and_one_character(demo, expert):
    """劉曉東 (Traditional) finds 刘晓东; so do liuxiaodong and lxd; 重慶郵電 finds him by his work
    unit; one character, 劉 or 晓, finds him among others."""
    for text in ("刘晓东", "劉曉東", "liuxiaodong", "lxd", "重慶郵電", "重庆邮电", "城市交通仿真"):
        assert "刘晓东" in _names(demo, text, "experts"), text
    assert _names(demo, "lxd", "experts")[0] == "刘晓东"  # the initials of the whole name come first
    for text in ("劉", "晓", "x"):
        assert "刘晓东" in _names(demo, text, "experts", limit=500), text
    hit = _hits(demo, "劉曉東", "experts")[0]
    assert hit.id == expert.id and "重庆邮电大学" in hit.detail


def test_simplified_finds_a_traditional_name_and_back(demo):
    """A person stored in Traditional (臺北) is found by the Simplified spelling and the other way."""
    person = pool.create_person(demo, "standards_members", {
        "name": "陳志偉", "gender": "M", "work_unit": "臺北智慧城市研究所", "specialty": "物聯網標準"})
    for text in ("陈志伟", "陳志偉", "台北智慧", "chenzhiwei", "czw", "物联网标准"):
        hits = _hits(demo, text, "standards_members")
        assert person.id in [h.id for h in hits], text


def test_nominations_found_with_their_state_and_call(demo):
    """A nomination of the demo is found by its name's pinyin; its hit says its state and its call."""
    row = next(iter(queries.nomination_rows(demo, queries.nomination_ids(demo)[:1]).values()))
    from core.text.pinyin import sort_key

    syllables = [s for s in sort_key(row["name"]).split() if s.isascii() and s.isalpha()]
    hits = _hits(demo, "".join(syllables), "nominations")
    hit = next(h for h in hits if h.id == row["id"])
    assert hit.title == row["name"]
    assert queries.state_label(row["state"]) in hit.detail and row["call"] in hit.detail


def test_mobiles_and_id_numbers_are_never_shown(demo, expert):
    """No hit of any kind carries a mobile or an ID number, whatever is typed (the name, a part of
    the number itself); the nominations of the demo carry theirs and are checked too."""
    personal = {MOBILE, ID_NUMBER}
    for table in ("experts", "standards_members"):
        rows = queries.pool_rows(demo, table, queries.pool_ids(demo, table), personal=True)
        personal |= {r[k] for r in rows.values() for k in ("mobile", "id_number") if r[k]}
    rows = queries.nomination_rows(demo, queries.nomination_ids(demo), personal=True)
    personal |= {r[k] for r in rows.values() for k in ("mobile", "id_number") if r[k]}
    names = {r["name"] for r in rows.values()}
    assert len(personal) > 40
    texts = ["刘晓东", "1370000", "13700009876", ID_NUMBER, ID_NUMBER[:6], "9876", *sorted(names)[:10]]
    for text in texts:
        for group in search(demo, text, limit=50):
            for hit in group.hits:
                shown = hit.title + " " + hit.detail
                assert not any(p in shown for p in personal), (text, shown)
                assert not re.search(r"\d{11}", shown), (text, shown)


def test_deleted_people_and_the_nominations_of_a_deleted_call_are_not_found(demo, expert):
    """A deleted expert is not found (and is again once restored); deleting a call hides its
    nominations from the search as from its list."""
    pool.delete_people(demo, "experts", [expert.id])
    assert "刘晓东" not in _names(demo, "刘晓东", "experts")
    pool.restore_people(demo, "experts", [expert.id])
    assert "刘晓东" in _names(demo, "刘晓东", "experts")
    row = next(iter(queries.nomination_rows(demo, queries.nomination_ids(demo)[:1]).values()))
    assert row["id"] in [h.id for h in _hits(demo, row["name"], "nominations")]
    service.delete_calls(demo, [row["call_id"]])
    assert row["id"] not in [h.id for h in _hits(demo, row["name"], "nominations")]


def test_an_edit_is_found_at_once_and_undo_puts_the_old_text_back(demo, expert):
    """The document follows an edit inside the same action, and an undo."""
    from core.safety import undo

    pool.update_person(demo, "experts", expert.id, {**pool.person_as_raw(expert), "work_unit": "吉林大学"})
    assert "刘晓东" in _names(demo, "jldx", "experts") and "刘晓东" not in _names(demo, "重庆邮电", "experts")
    undo.undo(demo)
    assert "刘晓东" in _names(demo, "重庆邮电", "experts") and "刘晓东" not in _names(demo, "jldx", "experts")


def test_the_nominations_and_expert_charts_count_what_their_lists_show(demo, expert):
    """Each bar of 'by state' and 'by side' equals the count of the list its click opens; every
    state and every side has its place, in the review's and the alliance's order."""
    from core.calls.choices import SIDES, STATES
    from core.overview.calls import experts_by_side, nominations_by_state

    states = nominations_by_state(demo)
    assert [b.filters[0]["state"] for b in states.bars] == STATES.codes()
    assert states.total > 0 and states.view == "nominations"
    for bar in states.bars:
        listed = queries.nomination_listing(demo, queries.NominationFilter(state=bar.filters[0]["state"]))
        assert bar.values[0] == listed.count, bar.label
    sides = experts_by_side(demo)
    assert [b.filters[0]["side"] for b in sides.bars] == SIDES.codes()
    for bar in sides.bars:
        listed = queries.pool_listing(demo, "experts", queries.PoolFilter(side=bar.filters[0]["side"]))
        assert bar.values[0] == listed.count, bar.label
    academia = SIDES.codes().index("academia")
    assert sides.bars[academia].values[0] >= 1  # the expert of the fixture


def test_the_charts_follow_a_deleted_expert_and_a_deleted_call(demo, expert):
    from core.overview.calls import experts_by_side, nominations_by_state

    academia = [b.filters[0]["side"] for b in experts_by_side(demo).bars].index("academia")
    before = experts_by_side(demo).bars[academia].values[0]
    pool.delete_people(demo, "experts", [expert.id])
    assert experts_by_side(demo).bars[academia].values[0] == before - 1
    total = nominations_by_state(demo).total
    call = next(c for c in queries.call_ids(demo)
                if queries.nomination_listing(demo, queries.NominationFilter(call_id=c)).count)
    in_call = queries.nomination_listing(demo, queries.NominationFilter(call_id=call)).count
    service.delete_calls(demo, [call])
    assert nominations_by_state(demo).total == total - in_call
