"""Filtering as you type is answered from the search index, and its answers are those
of a plain scan: Simplified or Traditional, full pinyin, initials, codes, mobiles."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from core.members import contacts, queries, units
from core.members.queries import ContactFilter, UnitFilter
from core.safety import undo
from core.storage import migrations
from core.storage.database import open_database


# -- the slow scan: the meaning of a match, written from the raw fields ----------------------

def _fold(text: str) -> str:
    import opencc

    return "".join(opencc.OpenCC("t2s").convert(text).casefold().split())


def _pinyin(name: str) -> tuple[str, str]:
    from pypinyin import lazy_pinyin

    syllables = [s.casefold() for s in lazy_pinyin(_fold(name)) if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


def _texts(parts: list[str], names: list[str]) -> list[str]:
    """What a query may be part of: each folded field, each name's full pinyin and initials."""
    texts = [_fold(p) for p in parts if p]
    for name in names:
        if name:
            texts.extend(_pinyin(name))
    return texts


def unit_texts(db) -> dict[int, list[str]]:
    out = {}
    for u in db.query("SELECT * FROM units WHERE deleted_at IS NULL"):
        people = [r["name"] for r in db.query("SELECT name FROM contacts WHERE unit_id = ? AND deleted_at IS NULL "
                                              "ORDER BY id", (u["id"],))]
        out[u["id"]] = _texts([u["name"], u["short_name"], u["credit_code"], u["member_no"], *people],
                              [u["name"], u["short_name"], *people])
    return out


def contact_texts(db) -> dict[int, list[str]]:
    out = {}
    for c in db.query("SELECT c.*, u.name AS unit_name, u.short_name FROM contacts c JOIN units u "
                      "ON u.id = c.unit_id WHERE c.deleted_at IS NULL AND u.deleted_at IS NULL"):
        out[c["id"]] = _texts([c["name"], c["email"], c["position"], c["mobile"], c["unit_name"], c["short_name"]],
                              [c["name"], c["short_name"]])
    return out


def scan(texts: dict[int, list[str]], query: str) -> set[int]:
    """The slow scan: every record whose texts hold the folded query."""
    q = _fold(query)
    return {record for record, parts in texts.items() if any(q in t for t in parts)}


def scan_units(db, query: str) -> set[int]:
    return scan(unit_texts(db), query)


def scan_contacts(db, query: str) -> set[int]:
    return scan(contact_texts(db), query)


def _listing_ids(listing) -> list[int]:
    ids, offset = [], 0
    while True:
        page = listing.ids(offset, 37)
        ids += page
        offset += 37
        if len(page) < 37:
            return ids


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from bench.generate import generate

    path = tmp_path_factory.mktemp("gen") / "generated.sqlite3"
    generate(path, units=400, contacts_per_unit=3, seed=7)
    db = open_database(path)
    # a few records typed by hand: Traditional, rare characters, a Latin name
    extra = units.create_unit(db, {"name": "重慶堃德智慧醫療科技有限公司", "short_name": "堃德醫療"})
    contacts.create_contact(db, {"unit_id": extra.id, "name": "王志良", "mobile": "13912345678"})
    contacts.create_contact(db, {"unit_id": extra.id, "name": "張𠮷祥", "email": "Zhang.JX@Example.com"})
    units.create_unit(db, {"name": "IBM中国研究院", "short_name": "IBM"})
    yield db
    db.conn.close()


def _random_queries(db, rng: random.Random, n: int) -> list[str]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    rows = db.query("SELECT u.name, u.short_name, u.credit_code, c.name AS person, c.mobile, c.email FROM units u "
                    "JOIN contacts c ON c.unit_id = u.id")
    out = ["堃", "𠮷", "𠮷祥", "重慶", "重庆", "chongqing", "cq", "wzl", "wangzhiliang", "zhang.jx", "IBM", "ibmzh",
           "5678", "1391", "有限公司", "科", "z", "%", "_", "-", "qqqq",
           # a run of 5+ letters with other characters (the 5-grams or the trigrams answer)
           "example.com", "zhang.jx@example", "ibm中国", "13912345678", "-demo.cn", "wangzhi"]
    while len(out) < n:
        row = rng.choice(rows)
        kind = rng.randrange(6)
        text = row[rng.choice(("name", "short_name", "person"))]
        if kind <= 1:  # 1, 2, 3+ Chinese characters, sometimes Traditional
            length = rng.choice((1, 2, 3, 4))
            start = rng.randrange(max(1, len(text) - length + 1))
            q = text[start:start + length]
            out.append(s2t.convert(q) if kind else q)
        elif kind == 2:  # a piece of the full pinyin
            full = _pinyin(text)[0]
            start = rng.randrange(max(1, len(full) - 2))
            out.append(full[start:start + rng.choice((2, 3, 5, 8, 12))])
        elif kind == 3:  # initials
            initials = _pinyin(text)[1]
            start = rng.randrange(max(1, len(initials) - 1))
            out.append(initials[start:start + rng.choice((1, 2, 3))])
        elif kind == 4 and row["mobile"]:  # a mobile fragment
            start = rng.randrange(len(row["mobile"]) - 3)
            out.append(row["mobile"][start:start + rng.choice((3, 4, 5))])
        elif row["credit_code"]:  # a credit code fragment
            start = rng.randrange(len(row["credit_code"]) - 3)
            out.append(row["credit_code"][start:start + rng.choice((2, 4, 6))].lower())
    return out


def test_index_answers_equal_a_plain_scan(generated):
    """On random queries (S/T, pinyin, initials, rare characters, codes, mobiles) the indexed
    lists hold exactly the records a plain scan of every field finds, in pinyin order."""
    db = generated
    rng = random.Random(20261201)
    checked = 0
    all_units, all_contacts = unit_texts(db), contact_texts(db)
    for query in _random_queries(db, rng, 160):
        expected_units = scan(all_units, query)
        assert set(queries.unit_ids(db, UnitFilter(text=query))) == expected_units, query
        expected_contacts = scan(all_contacts, query)
        assert set(queries.contact_ids(db, ContactFilter(text=query))) == expected_contacts, query
        checked += bool(expected_units) + bool(expected_contacts)
    assert checked > 150  # the queries do find things


@pytest.mark.parametrize("query", ["科", "有限", "智慧交", "智慧交通", "zhi", "z", "wzl", "-"])
def test_paged_listing_equals_the_full_answer_in_pinyin_order(generated, monkeypatch, query):
    """Counting stops at the cap; the matches come from the sorted candidates (sparse), from
    those confirmed and sorted at once, or from walking the sort order (dense, by reading rows
    or by the index's ids): every way gives the same rows in the same pinyin order."""
    db = generated
    expected = queries.unit_ids(db, UnitFilter(text=query))
    keys = [db.query_one("SELECT sort_key FROM units WHERE id = ?", (i,))[0] for i in expected]
    assert keys == sorted(keys)
    contacts_expected = queries.contact_ids(db, ContactFilter(text=query))
    # dense by walking / by the index's ids; sparse (few matches, many); confirmed matches sorted
    for cap, walk, sparse in ((5, 0, 0), (5, 10**9, 0), (5, 0, 10**6), (100000, 0, 10**6), (100000, 0, 0)):
        monkeypatch.setattr(queries, "COUNT_CAP", cap)
        monkeypatch.setattr(queries, "WALK_FACTOR", walk)
        monkeypatch.setattr(queries, "SPARSE_MAX", sparse)
        monkeypatch.setattr(queries, "CONFIRM_MAX", sparse)
        monkeypatch.setattr(queries, "SPARSE_SHARE", 1.0)
        listing = queries.unit_listing(db, UnitFilter(text=query))
        count, exact = listing.total()  # counted when asked (after the first page) or at once
        assert exact == (len(expected) <= cap)
        assert count == (len(expected) if exact else cap + 1)
        assert _listing_ids(listing) == expected
        assert _listing_ids(queries.contact_listing(db, ContactFilter(text=query))) == contacts_expected


def _plans(db, monkeypatch, run) -> list[str]:
    """Every query plan line of the SQL that ``run`` executes on the database."""
    lines: list[str] = []
    real = db.conn

    class Spy:
        def __getattr__(self, name):
            return getattr(real, name)

        def execute(self, sql, params=()):
            lines.extend(r[3] for r in real.execute("EXPLAIN QUERY PLAN " + sql, params))
            return real.execute(sql, params)

    monkeypatch.setattr(db, "conn", Spy())
    run()
    monkeypatch.setattr(db, "conn", real)
    return lines


@pytest.mark.parametrize("query", ["堃", "科", "重庆", "智慧交", "chongqing", "cq", "5678"])
def test_filter_queries_never_scan_a_table(generated, monkeypatch, query):
    """Count and first screen of a filter go through indexes: no plan line scans units or
    contacts (the search index, a virtual table, lists the candidates)."""
    db = generated
    for cap, walk, sparse in ((2000, 3000, 10**6), (3, 10**9, 0), (3, 0, 0), (10**6, 0, 0)):  # sparse, dense
        monkeypatch.setattr(queries, "COUNT_CAP", cap)
        monkeypatch.setattr(queries, "WALK_FACTOR", walk)
        monkeypatch.setattr(queries, "SPARSE_MAX", sparse)
        monkeypatch.setattr(queries, "CONFIRM_MAX", sparse)
        monkeypatch.setattr(queries, "SPARSE_SHARE", 1.0)

        def run():
            for listing in (queries.unit_listing(db, UnitFilter(text=query)),
                            queries.contact_listing(db, ContactFilter(text=query))):
                listing.ids(0, 100)

        plans = _plans(db, monkeypatch, run)
        assert plans
        scans = [p for p in plans if p.startswith("SCAN") and ("VIRTUAL TABLE" not in p and "subquery" not in p)]
        assert scans == [], (query, plans)


def test_index_follows_every_change_in_the_same_transaction(db):
    """Create, edit, delete, undo, redo and a failed action: the index answers at once and
    never holds what was rolled back."""
    unit = units.create_unit(db, {"name": "重庆智能交通科技有限公司"})
    assert queries.unit_ids(db, UnitFilter(text="zhinengjiaotong")) == [unit.id]
    units.update_unit(db, unit.id, {**units.get_unit(db, unit.id).__dict__, "name": "重庆智慧水务有限公司"})
    assert queries.unit_ids(db, UnitFilter(text="znjt")) == []
    assert queries.unit_ids(db, UnitFilter(text="zhsw")) == [unit.id]
    person = contacts.create_contact(db, {"unit_id": unit.id, "name": "王志良", "mobile": "13912345678"})
    assert queries.unit_ids(db, UnitFilter(text="wangzhiliang")) == [unit.id]
    assert queries.contact_ids(db, ContactFilter(text="2345")) == [person.id]
    undo.undo(db)  # the contact goes away again
    assert queries.unit_ids(db, UnitFilter(text="wzl")) == []
    assert queries.contact_ids(db, ContactFilter(text="2345")) == []
    undo.redo(db)
    assert queries.contact_ids(db, ContactFilter(text="wzl")) == [person.id]
    units.delete_units(db, [unit.id])
    assert queries.unit_ids(db, UnitFilter(text="重庆")) == []
    assert queries.contact_ids(db, ContactFilter(text="wzl")) == []
    undo.undo(db)
    assert queries.unit_ids(db, UnitFilter(text="重慶")) == [unit.id]
    with pytest.raises(RuntimeError):
        with db.action("broken"):
            units.insert_unit(db, units.validate_unit({"name": "回滚单位"}))
            raise RuntimeError("the action fails")
    assert queries.unit_ids(db, UnitFilter(text="回滚")) == []
    assert queries.unit_ids(db, UnitFilter(text="hg")) == []
    # the index itself (not only the confirmed answers) holds what stands, and nothing rolled back
    assert db.query_one("SELECT count(*) FROM units_fts2 WHERE units_fts2 MATCH ?", ('"重 庆"',))[0] == 1
    assert db.query_one("SELECT count(*) FROM units_fts1 WHERE units_fts1 MATCH ?", ('"滚"',))[0] == 0
    assert db.query_one("SELECT count(*) FROM units_fts3 WHERE units_fts3 MATCH ?", ('"znj"',))[0] == 0


def test_v3_file_upgrades_to_the_search_index(tmp_path):
    """A file from before the index (the first release's) is upgraded: its records are found
    by pinyin and initials at once, and the index answers like a scan."""
    path = tmp_path / "v1.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-v1.sqlite3", path)
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION
    jiangning = queries.unit_ids(db, UnitFilter(text="江宁"))
    assert len(jiangning) == 1
    assert queries.unit_ids(db, UnitFilter(text="jiangning")) == jiangning
    assert queries.unit_ids(db, UnitFilter(text="njjn")) == jiangning
    assert queries.unit_ids(db, UnitFilter(text="香港智慧城市联盟")) != []
    for query in ("𠮷", "张", "zhang", "香港", "智慧", "z"):
        assert set(queries.unit_ids(db, UnitFilter(text=query))) == scan_units(db, query), query
        assert set(queries.contact_ids(db, ContactFilter(text=query))) == scan_contacts(db, query), query


def test_counts_equal_the_lists(db):
    """The counts shown above the lists (a narrow index, less contacts of deleted units) equal
    the rows listed, with and without filters."""
    a = units.create_unit(db, {"name": "甲单位"})
    b = units.create_unit(db, {"name": "乙单位"})
    for unit in (a, b, a):
        contacts.create_contact(db, {"unit_id": unit.id, "name": f"联系人{unit.id}"})
    db.conn.execute("UPDATE units SET deleted_at = '2026-01-01' WHERE id = ?", (b.id,))  # contacts left as they were
    for flt in (ContactFilter(), ContactFilter(primary_only=True), ContactFilter(text="联系人")):
        listing = queries.contact_listing(db, flt)
        assert listing.total() == (len(queries.contact_ids(db, flt)), True)
        assert len(queries.contact_ids(db, flt)) == len(_listing_ids(listing))
    assert queries.contact_listing(db).count == 2
    assert queries.unit_listing(db).count == 1


def test_a_long_query_leaves_out_trigrams_most_rows_hold_and_still_equals_the_scan(db):
    """``chongqing``: ``ong`` (in every 东方… unit's pinyin) is not read, a rare trigram is; the
    rows listed are confirmed, so the answer is still exactly the units whose text holds the query."""
    from core.storage import search_index
    from core.text.search import search_form

    for i in range(40):
        units.create_unit(db, {"name": f"东方红{i}号公司"})
    chongqing = units.create_unit(db, {"name": "重庆智能交通科技有限公司"})
    units.create_unit(db, {"name": "崇明岛龙腾公司"})  # cho… and …ong…, not chongqing
    _fts, match = search_index.index_source("units", search_form("chongqing"), db)
    assert '"ong"' not in match and match.count("AND") < 6
    assert queries.unit_ids(db, UnitFilter(text="chongqing")) == [chongqing.id]
    assert set(queries.unit_ids(db, UnitFilter(text="ongfang"))) == scan_units(db, "ongfang")


def test_a_long_pinyin_query_lists_only_the_rows_holding_it_side_by_side(db):
    """``wangw``: its trigrams (``wan``, ``ang``, ``ngw``) are in every 兴旺 unit's pinyin too
    (xingwang), apart; the index lists only the rows holding the five letters side by side, so
    no candidate is read in vain, and the answers still equal the scan."""
    from core.storage import search_index
    from core.text.search import search_form

    for i in range(30):
        units.create_unit(db, {"name": f"兴旺{i}号公司", "short_name": f"新兴旺{i}"})
    wang = [units.create_unit(db, {"name": f"王伟{i}咨询公司"}).id for i in range(3)]
    for query in ("wangw", "wangwei", "wangweizixun"):
        assert search_index.candidate_count(db, "units", search_form(query)) == 3
        assert queries.unit_ids(db, UnitFilter(text=query)) == wang
    assert set(queries.unit_ids(db, UnitFilter(text="xingwang"))) == scan_units(db, "xingwang")
    assert len(scan_units(db, "xingwang")) == 30


def test_a_file_of_the_previous_version_gets_the_narrow_indexes_and_keeps_its_data(tmp_path, monkeypatch):
    """The upgrade adds the indexes by id that filters read (no row is lost or changed)."""
    path = tmp_path / "old.sqlite3"
    previous = migrations.MIGRATIONS.index(migrations._v10_listing_by_id)
    monkeypatch.setattr(migrations, "LATEST_VERSION", previous)  # the file as the previous version made it
    db = open_database(path, create=True)
    unit = units.create_unit(db, {"name": "重庆智能交通科技有限公司"})
    person = contacts.create_contact(db, {"unit_id": unit.id, "name": "王志良"})
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "units_live_by_id" not in names
    db.close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"units_live_by_id", "contacts_live_by_id"} <= names
    assert queries.unit_ids(db, UnitFilter(text="cq")) == [unit.id]
    assert queries.contact_ids(db, ContactFilter(text="wzl")) == [person.id]
    db.close()
