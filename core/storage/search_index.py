"""The full-text index behind filtering as you type (units, contacts, notices).

Each indexed table keeps its search document in ``search_text`` (built by
core.text.search: folded text, pinyin and initials, every character followed by a
space). Two contentless FTS5 tables index that column:

* ``<table>_fts3`` with the trigram tokenizer: because the document is spaced,
  each trigram is two characters of the original (``重 庆``), so a query of 2 or
  more characters is the AND of its character pairs;
* ``<table>_fts1`` with the unicode61 tokenizer: each character is a word, so a
  one-character query is one token (堃, 𠮷, a digit, a letter).

Both are written by triggers on ``search_text`` in the same transaction as the
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

INDEXED = ("units", "contacts", "notices")


def create(conn: sqlite3.Connection, table: str) -> None:
    """Create the index of ``table`` and its triggers, and fill it from the current rows."""
    assert table in INDEXED
    conn.execute(f"CREATE VIRTUAL TABLE {table}_fts3 USING fts5(doc, content='', tokenize='trigram', "
                 "detail=none, columnsize=0)")
    conn.execute(f"CREATE VIRTUAL TABLE {table}_fts1 USING fts5(doc, content='', "
                 "tokenize='unicode61 remove_diacritics 0', detail=none, columnsize=0)")
    for suffix in ("fts3", "fts1"):
        fts = f"{table}_{suffix}"
        add = f"INSERT INTO {fts} (rowid, doc) VALUES (NEW.id, NEW.search_text);"
        remove = f"INSERT INTO {fts} ({fts}, rowid, doc) VALUES ('delete', OLD.id, OLD.search_text);"
        conn.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END")
        conn.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END")
        conn.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF search_text ON {table} "
                     f"WHEN OLD.search_text IS NOT NEW.search_text BEGIN {remove} {add} END")
        conn.execute(f"INSERT INTO {fts} (rowid, doc) SELECT id, search_text FROM {table}")


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def is_indexed_query(form: str) -> bool:
    """Whether the index can answer ``form`` (else the caller scans): every query of 2+
    characters; one character when it is a letter or digit of any script."""
    if len(form) > 1:
        return True
    return form.isalnum()


def _match(form: str) -> tuple[str, str]:
    """(index table suffix, FTS5 query) for a search form (``重 庆 智``)."""
    if len(form) == 1:
        return "fts1", _fts_string(form)
    pairs = {form[i:i + 3] for i in range(0, len(form) - 2, 2)}
    return "fts3", " AND ".join(_fts_string(p) for p in sorted(pairs))


def index_source(table: str, form: str) -> tuple[str, str]:
    """(FTS5 table, MATCH argument) listing the rows that may contain ``form`` (a
    superset: confirm with :func:`contains_sql`). Only for :func:`is_indexed_query` forms."""
    assert table in INDEXED
    suffix, query = _match(form)
    return f"{table}_{suffix}", query


def contains_sql(alias: str) -> str:
    """The exact test, on a row already read: its document contains the form (one ``?``)."""
    return f"instr({alias}.search_text, ?) > 0"


def rebuild(conn: sqlite3.Connection, table: str) -> None:
    """Refill the index of ``table`` from its rows (after a repair)."""
    for suffix in ("fts3", "fts1"):
        conn.execute(f"INSERT INTO {table}_{suffix} ({table}_{suffix}) VALUES ('delete-all')")
        conn.execute(f"INSERT INTO {table}_{suffix} (rowid, doc) SELECT id, search_text FROM {table}")
