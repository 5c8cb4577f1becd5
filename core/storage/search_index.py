"""The full-text index behind filtering as you type (units, contacts, notices).

Each indexed table keeps its search document in ``search_text`` (built by
core.text.search: folded text, pinyin and initials, every character followed by a
space). Three contentless FTS5 tables index that column:

* ``<table>_fts1``, unicode61 tokenizer over the spaced document: each character is
  a word, so a 1-character query is one token (堃, 𠮷, a digit, a letter);
* ``<table>_fts2``, trigram tokenizer over the spaced document: each trigram is two
  characters of the original (``重 庆``), so a 2-character query is one token;
* ``<table>_fts3``, trigram tokenizer over the document without its spaces: a query
  of 3 characters is one trigram; a longer one is the AND of its rarest trigram and
  of those others worth reading: a trigram that most rows hold (``ong``, ``ing`` in
  ``chongqing``) costs more to read than the few candidates it would spare confirming.

All three are written by triggers on ``search_text`` in the same transaction as the
record, whatever writes it (services, import, undo, restore). The index gives
candidates; ``instr(search_text, form)`` confirms each one, so answers are exactly
"the document contains the query" (tests/test_search_index.py compares them with
a plain scan).

Callers use only :func:`index_source`, :func:`contains_sql` and
:func:`is_indexed_query`; another database (PostgreSQL with pg_trgm) would answer
the same calls with its own index.
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import Any

INDEXED = ("units", "contacts", "notices")  # indexed by migration 5
INDEXED_CALLS = ("calls", "nominations", "experts", "standards_members")  # by the calls migration
_ALL = INDEXED + INDEXED_CALLS


# suffix -> (tokenizer, SQL of the indexed value from a row's search_text)
_TABLES = {
    "fts1": ("unicode61 remove_diacritics 0", "{row}.search_text"),
    "fts2": ("trigram", "{row}.search_text"),
    "fts3": ("trigram", "replace({row}.search_text, ' ', '')"),
}


def create(conn: sqlite3.Connection, table: str) -> None:
    """Create the index of ``table`` and its triggers, and fill it from the current rows."""
    assert table in _ALL
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


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def is_indexed_query(form: str) -> bool:
    """Whether the index can answer ``form`` (else the caller scans): every query of 2+
    characters; one character when it is a letter or digit of any script."""
    if len(form) > 1:
        return True
    return form.isalnum()


# Costs, in µs, measured at 200,000 units / 600,000 contacts (bench/bench_scale.py): reading
# one row id of a trigram's list, and reading and confirming one candidate row.
LIST_COST = 0.07
CONFIRM_COST = 2.2
# per open database (the Database or connection given): (fts table, trigram) -> rows listed,
# and table -> rows. Only the choice of trigrams depends on them (any choice gives a superset
# that is confirmed): figures grown stale as the data changes cost time at worst, never answers.
_frequencies: "weakref.WeakKeyDictionary[Any, dict[tuple[str, str], int]]" = weakref.WeakKeyDictionary()


def _rows_listed(conn: Any, fts: str, *trigrams: str) -> int:
    """How many rows the index lists for all of ``trigrams`` (remembered for this database)."""
    known = _frequencies.setdefault(conn, {})
    key = (fts, " ".join(trigrams))
    if key not in known:
        known[key] = conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?",
                                  (" AND ".join(_fts_string(t) for t in trigrams),)).fetchone()[0]
    return known[key]


def _worth_reading(conn: Any, table: str, trigrams: list[str]) -> list[str]:
    """The rarest trigram, then each other one whose list costs less to read than the
    candidates it spares confirming (seen from the rows both list: the trigrams of one
    word mostly come together, ``cho`` and ``hon``)."""
    fts = f"{table}_fts3"
    ranked = sorted(trigrams, key=lambda t: _rows_listed(conn, fts, t))
    first = ranked[0]
    base = _rows_listed(conn, fts, first)
    chosen = [first]
    for trigram in ranked[1:]:
        cost = _rows_listed(conn, fts, trigram) * LIST_COST
        if cost < base * CONFIRM_COST and (base - _rows_listed(conn, fts, first, trigram)) * CONFIRM_COST > cost:
            chosen.append(trigram)
    return sorted(chosen)


def _match(table: str, form: str, conn: Any = None) -> tuple[str, str]:
    """(index table suffix, FTS5 query) for a search form (``重 庆 智``)."""
    if len(form) == 1:
        return "fts1", _fts_string(form)
    text = form[::2]  # the query itself: the form is its characters joined by spaces
    if len(text) == 2:
        return "fts2", _fts_string(form)
    trigrams = sorted({text[i:i + 3] for i in range(len(text) - 2)})
    if conn is not None and len(trigrams) > 1:
        trigrams = _worth_reading(conn, table, trigrams)
    return "fts3", " AND ".join(_fts_string(t) for t in trigrams)


def index_source(table: str, form: str, conn: Any = None) -> tuple[str, str]:
    """(FTS5 table, MATCH argument) listing the rows that may contain ``form`` (exactly
    those when :func:`needs_confirming` says no; else confirm with :func:`contains_sql`).
    Only for :func:`is_indexed_query` forms. Soft-deleted rows are listed too. Given the
    database (``conn``), a long query reads only the trigrams worth reading."""
    assert table in _ALL
    suffix, query = _match(table, form, conn)
    return f"{table}_{suffix}", query


def needs_confirming(form: str) -> bool:
    """Whether the index answers ``form`` with a superset: queries of 4+ characters are an
    AND of trigrams; 1, 2 and 3 characters are one token, present exactly where the query is."""
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
    """Refill the index of ``table`` from its rows (after a repair)."""
    for suffix, (_tokenizer, value) in _TABLES.items():
        conn.execute(f"INSERT INTO {table}_{suffix} ({table}_{suffix}) VALUES ('delete-all')")
        conn.execute(f"INSERT INTO {table}_{suffix} (rowid, doc) SELECT id, {value.format(row=table)} FROM {table}")
