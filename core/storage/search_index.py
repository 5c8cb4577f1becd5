"""The full-text index behind filtering as you type (units, contacts, notices, meetings, action items).

Each indexed table keeps its search document in ``search_text`` (built by
core.text.search: folded text, pinyin and initials, every character followed by a
space). Contentless FTS5 tables index that column:

* ``<table>_fts1``, unicode61 tokenizer over the spaced document: each character is
  a word, so a 1-character query is one token (堃, 𠮷, a digit, a letter); for units and
  contacts followed by the 5-grams of each run of ASCII letters (below), words of five;
* ``<table>_fts2``, trigram tokenizer over the spaced document: each trigram is two
  characters of the original (``重 庆``), so a 2-character query is one token;
* ``<table>_fts3``, trigram tokenizer over the document without its spaces: a query
  of 3 characters is one trigram; a longer one is the AND of its rarest trigram and
  of those others worth reading: a trigram that most rows hold (``ong``, ``ing`` in
  ``chongqing``) costs more to read than the few candidates it would spare confirming;
* the 5-grams (units and contacts only, in ``<table>_fts1``): every five letters in a row
  of each run of ASCII letters in the document (pinyin, initials, Latin names, e-mail
  addresses: :func:`grams`, a function each connection registers, core.storage.database).
  A query holding such a run of 5+ letters (``wangw``, ``wangzhiliang``) is the AND of its
  5-grams, which hold its letters side by side. Trigrams of pinyin are few and most rows
  hold some (``wan`` and ``ngw`` are both in 7,500 of 600,000 contacts, ``wangw`` in 290):
  their AND lists candidates spread all over the name order, each read and confirmed.
  Digits need no such words: the trigrams of a mobile or code fragment are as rare as the
  fragment. The 5-grams share the table of single characters (no word of one is a word of
  the other) because each index table written costs every write of a row the same again,
  whatever its words (entries in name order arrive out of rowid order: FTS5 writes each).

All are written by triggers on ``search_text`` in the same transaction as the
record, whatever writes it (services, import, undo, restore; a connection that writes
units or contacts must have :func:`register` called: core.storage.database does). The index gives
candidates; ``instr(search_text, form)`` confirms each one, so answers are exactly
"the document contains the query" (tests/test_search_index.py compares them with
a plain scan).

Callers use only :func:`index_source`, :func:`contains_sql`, :func:`is_indexed_query` and
:func:`id_sql` (the record id of an entry: units and contacts list theirs in name order, see
below); another database (PostgreSQL with pg_trgm) would answer
the same calls with its own index.
"""

from __future__ import annotations

import re
import sqlite3
import weakref
from typing import Any

INDEXED = ("units", "contacts", "notices", "meetings", "action_items")  # migrations 5 and 13
INDEXED_CALLS = ("calls", "nominations", "experts", "standards_members")  # by the calls migration (11)
_ALL = INDEXED + INDEXED_CALLS


# suffix -> (tokenizer, SQL of the indexed value from a row's search_text)
_TABLES = {
    "fts1": ("unicode61 remove_diacritics 0", "{row}.search_text"),
    "fts2": ("trigram", "{row}.search_text"),
    "fts3": ("trigram", "replace({row}.search_text, ' ', '')"),
}
# units and contacts (ORDERED): fts1 also holds the 5-grams of their runs of ASCII letters (see grams())
_WITH_GRAMS = {**_TABLES, "fts1": ("unicode61 remove_diacritics 0",
                                   "{row}.search_text || ' ' || search_grams({row}.search_text)")}
GRAM = 5
_RUN = re.compile(f"[a-z]{{{GRAM},}}")


def grams(text: str | None) -> str | None:
    """The words of five a search document adds to its index: every GRAM characters in a
    row of a run of ASCII letters (``w a n g w e i`` -> ``angwe ngwei wangw``).
    Called by the index's triggers (as ``search_grams``): the index is kept exact only while
    this gives what it gave when the entries were written (a change needs a migration that
    rebuilds the index)."""
    if text is None:
        return None
    plain = text.replace(" ", "")
    return " ".join(sorted({run[i:i + GRAM] for run in _RUN.findall(plain) for i in range(len(run) - GRAM + 1)}))


def register(conn: sqlite3.Connection) -> None:
    """Make :func:`grams` known to a connection (every connection that may write units or contacts)."""
    conn.create_function("search_grams", 1, grams, deterministic=True)


def _tables(table: str, with_grams: bool = True) -> dict[str, tuple[str, str]]:
    return _WITH_GRAMS if table in ORDERED and with_grams else _TABLES


def create(conn: sqlite3.Connection, table: str, in_name_order: bool | None = None, with_grams: bool = True
           ) -> None:
    """Create the index of ``table`` and its triggers, and fill it from the current rows: in name
    order for units and contacts (see below) unless ``in_name_order`` is False (the form files had
    before migration 14, rowid = id); with the 5-grams unless ``with_grams`` is False (files before
    migration 15)."""
    assert table in _ALL
    if in_name_order is None:
        in_name_order = table in ORDERED
    if in_name_order:
        assert table in ORDERED
        _create_ordered(conn, table, with_grams)
        return
    for suffix, (tokenizer, value) in _TABLES.items():
        fts = f"{table}_{suffix}"
        conn.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(doc, content='', tokenize='{tokenizer}', "
                     "detail=none, columnsize=0)")
        add = f"INSERT INTO {fts} (rowid, doc) VALUES (NEW.id, {value.format(row='NEW')});"
        remove = f"INSERT INTO {fts} ({fts}, rowid, doc) VALUES ('delete', OLD.id, {value.format(row='OLD')});"
        conn.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END")
        conn.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        conn.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} "
                     f"WHEN OLD.search_text IS NOT NEW.search_text BEGIN {remove} {add} END")
        conn.execute(f"INSERT INTO {fts} (rowid, doc) SELECT id, {value.format(row=table)} FROM {table}")


def drop(conn: sqlite3.Connection, table: str) -> None:
    """Remove the index of ``table`` and its triggers (bulk loads drop it, then :func:`create`)."""
    assert table in _ALL
    for suffix in _TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}_{suffix}")
        for op in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}_{op}")
    if table in ORDERED:
        for op in ("insert", "delete", "update"):
            conn.execute(f"DROP TRIGGER IF EXISTS {table}_search_{op}")
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_buckets_split")
        conn.execute(f"DROP TABLE IF EXISTS {table}_buckets")


# ---- the index in name order (units, contacts) --------------------------------------------------
#
# A list sorted by name shows the first matches in name order. So that the index can list them
# in that order, the rowid of a units or contacts index entry is not the record's id but
# ``bucket << 32 | id``: ``<table>_buckets`` cuts the sort keys (pinyin, core.text.pinyin) into
# ranges of some 64 rows, numbered in the keys' order. FTS5 lists rowids in order, so the
# candidates come bucket by bucket in name order; a page needs only the buckets up to its last
# row, sorted (core.storage.member_lists). The triggers that keep the index keep the buckets:
# a bucket that grows past SPLIT_ROWS rows is split in two (the upper half's entries move to a
# new bucket numbered between its neighbours), so buckets stay small as a database grows from
# empty; where no number is left between two buckets, or all rows hold one key, a bucket only
# grows larger: pages cost more, answers stay the same.

ORDERED = ("units", "contacts")
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1
BUCKET_ROWS = 64  # rows per bucket when laid out from the rows there (migration, rebuild)
SPLIT_ROWS = 128  # a bucket split when it holds more
BUCKET_SPAN = 1 << 30  # bucket numbers are below this (the rowid below 2^62)


def _bucket_of(table: str, key: str) -> str:
    return (f"(SELECT bucket FROM {table}_buckets WHERE first_key <= {key} "
            f"ORDER BY first_key DESC LIMIT 1)")


def _rowid(table: str, row: str) -> str:
    return f"({_bucket_of(table, row + '.sort_key')} * {1 << ID_BITS} + {row}.id)"


def id_sql(table: str, fts: str) -> str:
    """SQL of the record id of an index entry of ``table`` (``fts``: the index table or its alias)."""
    return f"({fts}.rowid & {ID_MASK})" if table in ORDERED else f"{fts}.rowid"


def bucket_bound(table: str, rowid: int, descending: bool) -> int:
    """The rowid bound that keeps the index entries up to the end of ``rowid``'s bucket (in the
    direction of the listing): ``rowid < bound`` ascending, ``rowid >= bound`` descending."""
    assert table in ORDERED
    bucket = rowid >> ID_BITS
    return (bucket if descending else bucket + 1) << ID_BITS


def _lay_out_buckets(conn: sqlite3.Connection, table: str) -> None:
    """Buckets of about BUCKET_ROWS rows each from the sort keys there now, numbered evenly
    across BUCKET_SPAN (room for splits between any two)."""
    firsts = [""]
    count = 0
    for (key,) in conn.execute(f"SELECT sort_key FROM {table} ORDER BY sort_key"):
        count += 1
        if count > BUCKET_ROWS and key != firsts[-1]:
            firsts.append(key)
            count = 1
    step = BUCKET_SPAN // (len(firsts) + 1)
    conn.executemany(f"INSERT INTO {table}_buckets (bucket, first_key, rows) VALUES (?, ?, 0)",
                     [(i * step, key) for i, key in enumerate(firsts)])
    conn.execute(f"UPDATE {table}_buckets SET rows = (SELECT count(*) FROM {table} t WHERE t.sort_key >= "
                 f"{table}_buckets.first_key AND t.sort_key < coalesce((SELECT min(first_key) FROM {table}_buckets b "
                 f"WHERE b.first_key > {table}_buckets.first_key), char(1114111)))")


def _create_ordered(conn: sqlite3.Connection, table: str, with_grams: bool = True) -> None:
    conn.execute(f"CREATE TABLE {table}_buckets (bucket INTEGER PRIMARY KEY, first_key TEXT NOT NULL UNIQUE, "
                 "rows INTEGER NOT NULL)")
    conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_by_sort_key ON {table}(sort_key)")
    _lay_out_buckets(conn, table)
    for suffix in _TABLES:
        _create_entries(conn, table, suffix, with_grams)
    _create_ordered_triggers(conn, table, with_grams)


def _create_entries(conn: sqlite3.Connection, table: str, suffix: str, with_grams: bool) -> None:
    """One index table of ``table`` in name order, filled from its rows."""
    tokenizer, value = _tables(table, with_grams)[suffix]
    fts = f"{table}_{suffix}"
    conn.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(doc, content='', tokenize='{tokenizer}', "
                 "detail=none, columnsize=0)")
    # in rowid order: FTS5 writes out what it holds whenever a rowid comes below the last one
    conn.execute(f"INSERT INTO {fts} (rowid, doc) SELECT {_rowid(table, table)}, {value.format(row=table)} "
                 f"FROM {table} ORDER BY 1")


def add_grams(conn: sqlite3.Connection, table: str) -> None:
    """Give the index of ``table`` (in name order, from before migration 15) its 5-grams: its
    table of single characters is filled again from the rows, and the triggers keep both."""
    assert table in ORDERED
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (f"{table}_search_insert",)).fetchone()
    if trigger is not None and "search_grams" in trigger[0]:
        return  # made with them (a file created since)
    conn.execute(f"DROP TABLE {table}_fts1")
    _create_entries(conn, table, "fts1", True)
    for op in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER IF EXISTS {table}_search_{op}")
    conn.execute(f"DROP TRIGGER IF EXISTS {table}_buckets_split")
    _create_ordered_triggers(conn, table, True)


def _create_ordered_triggers(conn: sqlite3.Connection, table: str, with_grams: bool) -> None:
    adds, removes = [], []
    for suffix, (_tokenizer, value) in _tables(table, with_grams).items():
        fts = f"{table}_{suffix}"
        adds.append(f"INSERT INTO {fts} (rowid, doc) VALUES ({_rowid(table, 'NEW')}, {value.format(row='NEW')});")
        removes.append(f"INSERT INTO {fts} ({fts}, rowid, doc) VALUES "
                       f"('delete', {_rowid(table, 'OLD')}, {value.format(row='OLD')});")
    count = f"UPDATE {table}_buckets SET rows = rows {{}} 1 WHERE bucket = {_bucket_of(table, '{}.sort_key')};"
    add, remove = " ".join(adds), " ".join(removes)
    conn.execute(f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add} "
                 f"{count.format('+', 'NEW')} END")
    conn.execute(f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove} "
                 f"{count.format('-', 'OLD')} END")
    conn.execute(f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF search_text, sort_key ON {table} "
                 f"WHEN OLD.search_text IS NOT NEW.search_text OR "
                 f"{_bucket_of(table, 'OLD.sort_key')} IS NOT {_bucket_of(table, 'NEW.sort_key')} "
                 f"BEGIN {remove} {count.format('-', 'OLD')} {add} {count.format('+', 'NEW')} END")
    _create_split(conn, table, with_grams)


def _create_split(conn: sqlite3.Connection, table: str, with_grams: bool) -> None:
    """The trigger that splits a bucket grown past SPLIT_ROWS (see above)."""
    b = f"{table}_buckets"
    next_key = f"(SELECT min(first_key) FROM {b} WHERE first_key > NEW.first_key)"
    next_number = f"coalesce((SELECT min(bucket) FROM {b} WHERE bucket > NEW.bucket), {BUCKET_SPAN})"
    in_range = f"sort_key > NEW.first_key AND ({next_key} IS NULL OR sort_key < {next_key})"
    # the key half way through the bucket, or else the first key above its first
    median = (f"coalesce((SELECT sort_key FROM {table} WHERE {in_range} ORDER BY sort_key LIMIT 1 "
              f"OFFSET NEW.rows / 2), (SELECT min(sort_key) FROM {table} WHERE {in_range}))")
    new_number = f"((NEW.bucket + {next_number}) / 2)"
    # after the new bucket is inserted: its first key, and the first key after it
    new_key = next_key
    after_new = f"(SELECT min(first_key) FROM {b} WHERE first_key > {new_key})"
    moved = f"sort_key >= {new_key} AND ({after_new} IS NULL OR sort_key < {after_new})"
    new_bucket = f"(SELECT bucket FROM {b} WHERE first_key = {new_key})"
    moves = []
    for suffix, (_tokenizer, value) in _tables(table, with_grams).items():
        fts = f"{table}_{suffix}"
        moves.append(f"INSERT INTO {fts} ({fts}, rowid, doc) SELECT 'delete', NEW.bucket * {1 << ID_BITS} + id, "
                     f"{value.format(row=table)} FROM {table} WHERE {moved};")
        moves.append(f"INSERT INTO {fts} (rowid, doc) SELECT {new_bucket} * {1 << ID_BITS} + id, "
                     f"{value.format(row=table)} FROM {table} WHERE {moved};")
    conn.execute(
        f"CREATE TRIGGER {table}_buckets_split AFTER UPDATE OF rows ON {b} "
        f"WHEN NEW.rows > {SPLIT_ROWS} AND {new_number} > NEW.bucket AND {median} IS NOT NULL BEGIN "
        f"INSERT INTO {b} (bucket, first_key, rows) VALUES ({new_number}, {median}, 0); "
        f"{' '.join(moves)} "
        f"UPDATE {b} SET rows = (SELECT count(*) FROM {table} WHERE {moved}) WHERE first_key = {new_key}; "
        f"UPDATE {b} SET rows = NEW.rows - (SELECT rows FROM {b} WHERE first_key = {new_key}) "
        f"WHERE bucket = NEW.bucket; "
        "END")


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def is_indexed_query(form: str) -> bool:
    """Whether the index can answer ``form`` (else the caller scans): every query of 2+
    characters; one character when it is a letter or digit of any script."""
    if len(form) > 1:
        return True
    return form.isalnum()


# Costs, in µs, measured at 200,000 units / 600,000 contacts (bench/bench_scale.py): reading
# one row id of a token's list, and reading and confirming one candidate row.
LIST_COST = 0.07
CONFIRM_COST = 2.2
# A token's rows are counted up to here (under a millisecond): a token listed more often is
# "common", its exact number would cost more to count (30 ms for ``ang``) than it can tell.
FREQUENCY_CAP = 5000
# per open database (the Database or connection given): (index table, tokens) -> rows listed,
# up to FREQUENCY_CAP + 1. Only the choice of tokens depends on them (any choice gives a superset
# that is confirmed): figures grown stale as the data changes cost time at worst, never answers.
_frequencies: "weakref.WeakKeyDictionary[Any, dict[tuple[str, str], int]]" = weakref.WeakKeyDictionary()


def _rows_listed(conn: Any, fts: str, *tokens: str) -> int:
    """How many rows the index lists for all of ``tokens``, no further than FREQUENCY_CAP + 1
    (remembered for this database)."""
    known = _frequencies.setdefault(conn, {})
    key = (fts, " ".join(tokens))
    if key not in known:
        known[key] = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
                                  (" AND ".join(_fts_string(t) for t in tokens), FREQUENCY_CAP + 1)).fetchone()[0]
    return known[key]


def _worth_reading(conn: Any, fts: str, tokens: list[str]) -> list[str]:
    """The rarest token, then each other one whose list costs less to read than the
    candidates it spares confirming (seen from the rows both list: the trigrams of one
    word mostly come together, ``cho`` and ``hon``). When every token is common, all of
    them: the query's matches are many, met at once in any order, and each token read
    spares confirming some rows that hold the others."""
    ranked = sorted(tokens, key=lambda t: (_rows_listed(conn, fts, t), t))
    first = ranked[0]
    base = _rows_listed(conn, fts, first)
    if base > FREQUENCY_CAP:
        return sorted(tokens)
    chosen = [first]
    for token in ranked[1:]:
        cost = _rows_listed(conn, fts, token) * LIST_COST
        if cost < base * CONFIRM_COST and (base - _rows_listed(conn, fts, first, token)) * CONFIRM_COST > cost:
            chosen.append(token)
    return sorted(chosen)


def _match(table: str, form: str, conn: Any = None) -> tuple[str, str]:
    """(index table suffix, FTS5 query) for a search form (``重 庆 智``)."""
    if len(form) == 1:
        return "fts1", _fts_string(form)
    text = form[::2]  # the query itself: the form is its characters joined by spaces
    if len(text) == 2:
        return "fts2", _fts_string(form)
    trigrams = sorted({text[i:i + 3] for i in range(len(text) - 2)})
    runs = _RUN.findall(text)
    if runs and table in ORDERED:
        five = sorted({run[i:i + GRAM] for run in runs for i in range(len(run) - GRAM + 1)})
        # a query that is one run of letters (pinyin) is answered best by its 5-grams; one that
        # also holds other characters (``zhang.jx``) by the 5-grams or the trigrams, which list fewer
        if runs == [text] or (conn is not None and min(_rows_listed(conn, f"{table}_fts1", g) for g in five)
                              <= min(_rows_listed(conn, f"{table}_fts3", t) for t in trigrams)):
            if conn is not None and len(five) > 1:
                five = _worth_reading(conn, f"{table}_fts1", five)
            return "fts1", " AND ".join(_fts_string(g) for g in five)
    if conn is not None and len(trigrams) > 1:
        trigrams = _worth_reading(conn, f"{table}_fts3", trigrams)
    return "fts3", " AND ".join(_fts_string(t) for t in trigrams)


def index_source(table: str, form: str, conn: Any = None) -> tuple[str, str]:
    """(FTS5 table, MATCH argument) listing the rows that may contain ``form`` (exactly
    those when :func:`needs_confirming` says no; else confirm with :func:`contains_sql`).
    Only for :func:`is_indexed_query` forms. Soft-deleted rows are listed too. Given the
    database (``conn``), a long query reads only the tokens worth reading."""
    assert table in _ALL
    suffix, query = _match(table, form, conn)
    return f"{table}_{suffix}", query


def needs_confirming(form: str) -> bool:
    """Whether the index answers ``form`` with a superset: queries of 4+ characters are an
    AND of trigrams or 5-grams; 1, 2 and 3 characters are one token, present exactly where the
    query is."""
    return len(form[::2]) > 3


def candidate_count(conn: sqlite3.Connection, table: str, form: str, cap: int | None = None) -> int:
    """How many rows the index lists for ``form`` (no further than ``cap + 1``): read from the
    index alone, no row is read."""
    fts, query = index_source(table, form, conn)
    if cap is None:
        return conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (query,)).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
                        (query, cap + 1)).fetchone()[0]


def contains_sql(alias: str) -> str:
    """The exact test, on a row already read: its document contains the form (one ``?``)."""
    return f"instr({alias}.search_text, ?) > 0"


def rebuild(conn: sqlite3.Connection, table: str) -> None:
    """Refill the index of ``table`` from its rows (after a repair); a table in name order gets
    its buckets laid out again."""
    if table in ORDERED:
        drop(conn, table)
        create(conn, table)
        return
    for suffix, (_tokenizer, value) in _TABLES.items():
        conn.execute(f"INSERT INTO {table}_{suffix} ({table}_{suffix}) VALUES ('delete-all')")
        conn.execute(f"INSERT INTO {table}_{suffix} (rowid, doc) SELECT id, {value.format(row=table)} FROM {table}")
