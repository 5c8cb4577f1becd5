"""The search index of units and contacts lists its candidates in name order (buckets of sort
keys, core.storage.search_index), so a filtered list's page is read without sorting every
match. Whatever way the rows came (a migration, one by one from an empty file, renamed,
deleted, undone), the index holds exactly each row's document under its bucket, and the pages
equal the full answer sorted by name, both ways."""

from __future__ import annotations

import random
import re

import pytest

from core.members import contacts, queries, units
from core.members.queries import ContactFilter, UnitFilter
from core.safety import undo
from core.storage import migrations, search_index
from core.storage.database import open_database
from core.text.search import SEPARATOR
from tests.test_search_index import _listing_ids, contact_texts, scan, unit_texts

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
WORDS = ("华信", "中科", "恒通", "天成", "瑞达", "联创", "博远", "正元", "智达", "启明", "重慶", "重庆", "𠮷祥", "堃德")


def _index_holds_exactly_the_documents(db, table: str) -> None:
    """For a sample of tokens of every index (a character, a pair, a trigram), the index lists
    exactly the rows whose document holds it, each under its bucket's rowid; and each bucket's
    count is the number of rows in it."""
    rows = db.query(f"SELECT id, sort_key, search_text FROM {table}")
    firsts = db.query(f"SELECT bucket, first_key FROM {table}_buckets ORDER BY first_key")
    assert [b for b, _k in firsts] == sorted(b for b, _k in firsts)  # numbered in the keys' order

    def bucket(key: str) -> int:
        return max((b for b, first in firsts if first <= key), default=None)

    rowid = {r["id"]: (bucket(r["sort_key"]) << search_index.ID_BITS) | r["id"] for r in rows}
    counts: dict[int, int] = {}
    for r in rows:
        counts[bucket(r["sort_key"])] = counts.get(bucket(r["sort_key"]), 0) + 1
    assert {b: n for b, n in db.query(f"SELECT bucket, rows FROM {table}_buckets") if n} == counts
    docs = {r["id"]: r["search_text"] for r in rows}
    tokens = set()
    for text in docs.values():
        plain = text.replace(" ", "")
        for i in range(0, len(plain) - 2, 7):
            if SEPARATOR not in plain[i:i + 3]:
                tokens.add(plain[i:i + 3])
    for token in sorted(tokens)[:150] + ["王", "庆", "c"]:
        form = " ".join(token)
        suffix = {1: "fts1", 2: "fts2", 3: "fts3"}[len(token)]
        match = '"' + (token if suffix == "fts3" else form) + '"'
        listed = {r[0] for r in db.query(f"SELECT rowid FROM {table}_{suffix} WHERE {table}_{suffix} MATCH ?",
                                         (match,))}
        assert listed == {rowid[i] for i, text in docs.items() if form in text}, token
    # five ASCII letters side by side (pinyin, an e-mail address): the 5-grams, words of the first table
    fives = set()
    for text in docs.values():
        for run in re.findall("[a-z]{5,}", text.replace(" ", "")):
            fives.update(run[i:i + 5] for i in range(0, len(run) - 4, 3))
    assert fives
    for five in sorted(fives)[:150]:
        listed = {r[0] for r in db.query(f"SELECT rowid FROM {table}_fts1 WHERE {table}_fts1 MATCH ?",
                                         (f'"{five}"',))}
        assert listed == {rowid[i] for i, text in docs.items() if " ".join(five) in text}, five


def _pages_equal_the_sorted_answer(db, *texts: str) -> None:
    """Each query's pages equal the full answer sorted by name (both ways), which equals a scan."""
    all_units, all_contacts = unit_texts(db), contact_texts(db)
    for query in texts:
        for descending in (False, True):
            expected = queries.unit_ids(db, UnitFilter(text=query), descending=descending)
            assert _listing_ids(queries.unit_listing(db, UnitFilter(text=query), descending=descending)) == expected
            assert set(expected) == scan(all_units, query), query
            expected = queries.contact_ids(db, ContactFilter(text=query), descending=descending)
            listing = queries.contact_listing(db, ContactFilter(text=query), descending=descending)
            assert _listing_ids(listing) == expected
            assert set(expected) == scan(all_contacts, query), query


def _grow(db, rng: random.Random, n: int) -> list[int]:
    made = []
    names = [f"{rng.choice(WORDS)}{rng.choice(WORDS)}{i:04d}科技有限公司" for i in range(n)]
    names[: n // 3] = sorted(names[: n // 3])  # an import of a sorted list: each lands after the last
    names[n // 3: 2 * n // 3] = sorted(names[n // 3: 2 * n // 3], reverse=True)  # ... or before it
    for name in names:
        unit = units.create_unit(db, {"name": name})
        made.append(unit.id)
        contacts.create_contact(db, {"unit_id": unit.id, "name": rng.choice(SURNAMES) + rng.choice("伟娜敏强𠮷堃"),
                                     "mobile": f"139{rng.randrange(10**8):08d}"})
    return made


def test_a_file_grown_from_empty_splits_its_buckets_and_lists_in_name_order(db):
    """Several hundred units and contacts added one by one (sorted runs both ways, as imports
    bring them) to a new file: buckets split as they fill, none grows far past the split size,
    and every page equals the full answer in name order."""
    rng = random.Random(9)
    made = _grow(db, rng, 300)
    for table in ("units", "contacts"):
        sizes = [r[0] for r in db.query(f"SELECT rows FROM {table}_buckets")]
        assert len(sizes) >= 3 and max(sizes) <= search_index.SPLIT_ROWS + 1, (table, sizes)
        _index_holds_exactly_the_documents(db, table)
    # renamed (its sort key and bucket change), deleted, undone
    for unit_id in rng.sample(made, 30):
        unit = units.get_unit(db, unit_id)
        units.update_unit(db, unit_id, {**unit.__dict__, "name": "阿" + unit.name})
    units.delete_units(db, rng.sample(made, 20))
    undo.undo(db)
    units.delete_units(db, rng.sample(made, 10))
    for table in ("units", "contacts"):
        _index_holds_exactly_the_documents(db, table)
    _pages_equal_the_sorted_answer(db, "科", "华信", "重庆", "重慶", "cq", "chongqing", "huaxin", "𠮷", "堃", "aa",
                                   "0042", "139", "wang")


def test_pages_of_a_large_answer_cross_buckets_in_order(db, monkeypatch):
    """A page that ends inside a bucket, pages across many buckets, with and without other
    filters: the same rows in the same order as the full sort."""
    monkeypatch.setattr(queries, "COUNT_CAP", 40)  # the list grows as it scrolls
    _grow(db, random.Random(3), 260)
    listing = queries.unit_listing(db, UnitFilter(text="科技"))
    assert listing.total() == (41, False)
    expected = queries.unit_ids(db, UnitFilter(text="科技"))
    assert len(expected) == 260
    assert [i for offset in range(0, 260, 23) for i in listing.ids(offset, 23)] == expected
    assert _listing_ids(queries.contact_listing(db, ContactFilter(text="139"))) == \
        queries.contact_ids(db, ContactFilter(text="139"))
    assert _listing_ids(queries.unit_listing(db, UnitFilter(text="科技", status="active"))) == expected
    assert _listing_ids(queries.unit_listing(db, UnitFilter(text="科技"), descending=True)) == expected[::-1]


def test_a_file_of_the_previous_version_upgrades_keeping_its_data_and_answers(tmp_path, monkeypatch):
    """A database made at the version before this index is upgraded: its rows stay as they were,
    the index lists them in name order, and the answers equal a plain scan."""
    path = tmp_path / "old.sqlite3"
    previous = migrations.MIGRATIONS.index(migrations._v14_search_in_name_order)
    monkeypatch.setattr(migrations, "LATEST_VERSION", previous)
    db = open_database(path, create=True)
    assert db.schema_version() == previous
    with db.transaction() as conn:  # the index as files of that version have it (rowid = id)
        for table in ("units", "contacts"):
            search_index.drop(conn, table)
            search_index.create(conn, table, in_name_order=False)
    _grow(db, random.Random(5), 150)
    chongqing = units.create_unit(db, {"name": "重慶堃德智慧醫療科技有限公司"})
    person = contacts.create_contact(db, {"unit_id": chongqing.id, "name": "王志良"})
    before = {t: db.query(f"SELECT * FROM {t} ORDER BY id") for t in ("units", "contacts")}
    before = {t: [tuple(r) for r in rows] for t, rows in before.items()}
    assert db.query("SELECT name FROM sqlite_master WHERE name = 'units_buckets'") == []
    db.close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    assert db.schema_version() == len(migrations.MIGRATIONS)
    for table in ("units", "contacts"):
        assert [tuple(r) for r in db.query(f"SELECT * FROM {table} ORDER BY id")] == before[table]
        _index_holds_exactly_the_documents(db, table)
    assert queries.unit_ids(db, UnitFilter(text="zhyl")) == [chongqing.id]
    assert queries.contact_ids(db, ContactFilter(text="wzl")) == [person.id]
    _pages_equal_the_sorted_answer(db, "重庆", "重慶", "科", "堃", "hx", "zhongke")
    # and it keeps working after the upgrade
    added = units.create_unit(db, {"name": "重庆华信科技有限公司"})
    assert added.id in queries.unit_ids(db, UnitFilter(text="chongqinghuaxin"))
    db.close()


def test_a_file_of_the_version_before_the_5_grams_upgrades_keeping_its_data_and_answers(tmp_path, monkeypatch):
    """A database made at the version before the 5-grams index (units and contacts in name order,
    no 5-grams) is upgraded: its rows stay as they were, the index lists exactly the rows holding
    each 5-gram (and each character), it follows later changes, and long queries equal a plain scan."""
    path = tmp_path / "v14.sqlite3"
    previous = migrations.MIGRATIONS.index(migrations._v15_search_grams)
    monkeypatch.setattr(migrations, "LATEST_VERSION", previous)
    db = open_database(path, create=True)
    assert db.schema_version() == previous
    with db.transaction() as conn:  # the index as files of that version have it
        for table in ("units", "contacts"):
            search_index.drop(conn, table)
            search_index.create(conn, table, with_grams=False)
    _grow(db, random.Random(8), 150)
    person = contacts.create_contact(db, {"unit_id": units.create_unit(db, {"name": "重慶堃德智慧醫療科技有限公司"}).id,
                                          "name": "王志良", "mobile": "13912345678"})
    before = {t: [tuple(r) for r in db.query(f"SELECT * FROM {t} ORDER BY id")] for t in ("units", "contacts")}
    assert db.query_one("SELECT count(*) FROM units_fts1 WHERE units_fts1 MATCH 'chong'")[0] == 0
    db.close()
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    db = open_database(path)
    assert db.schema_version() == len(migrations.MIGRATIONS)
    for table in ("units", "contacts"):
        assert [tuple(r) for r in db.query(f"SELECT * FROM {table} ORDER BY id")] == before[table]
        _index_holds_exactly_the_documents(db, table)
    assert queries.contact_ids(db, ContactFilter(text="wangzhiliang")) == [person.id]
    assert queries.contact_ids(db, ContactFilter(text="12345678")) == [person.id]
    # the triggers keep the new index: added, renamed, deleted, undone
    added = units.create_unit(db, {"name": "重庆华信科技有限公司"})
    units.update_unit(db, person.unit_id, {**units.get_unit(db, person.unit_id).__dict__, "name": "深圳数港有限公司"})
    contacts.delete_contacts(db, [person.id])
    undo.undo(db)
    for table in ("units", "contacts"):
        _index_holds_exactly_the_documents(db, table)
    assert added.id in queries.unit_ids(db, UnitFilter(text="chongqinghuaxin"))
    _pages_equal_the_sorted_answer(db, "chongqing", "shenzhenshugang", "wangzhiliang", "zhongke", "12345", "huaxin")
    db.close()


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("grown") / "grown.sqlite3", create=True)
    _grow(database, random.Random(4), 200)
    yield database
    database.conn.close()


@pytest.mark.parametrize("query", ["科", "重庆", "cq", "chongqing"])
def test_a_page_in_name_order_reads_no_table(grown, monkeypatch, query):
    """The first page's queries go through the index in rowid order (no scan of a table)."""
    from tests.test_search_index import _plans

    db = grown

    def run():
        queries.unit_listing(db, UnitFilter(text=query)).ids(0, 100)
        queries.contact_listing(db, ContactFilter(text=query)).ids(0, 100)

    plans = _plans(db, monkeypatch, run)
    scans = [p for p in plans if p.startswith("SCAN") and "VIRTUAL TABLE" not in p and "subquery" not in p]
    assert scans == [], plans


def test_the_member_list_shows_its_first_screen_then_counts(qtbot, db):
    """Filtered by a text matching more than a page, the list shows its first rows at once and
    its exact count right after (the count comes after the first screen); more matches than
    the count cap show as "N+" and come as the clerk scrolls."""
    from tests.qt_helpers import open_main_window

    made = _grow(db, random.Random(6), 130)
    window = open_main_window(qtbot, db)
    page = window.pages["members"]
    page.filter_edit.setText("科技")
    qtbot.waitUntil(lambda: page.model.count == len(made) and page.model.count_exact)
    assert "130" in page.count_label.text() and "+" not in page.count_label.text()
    assert page.model.ids == queries.unit_ids(db, UnitFilter(text="科技"))
    page.filter_edit.setText(units.get_unit(db, made[0]).name)  # one match: counted with its first page
    qtbot.waitUntil(lambda: page.model.count == 1 and page.model.count_exact)
