"""Migrations of the search index of the member lists (core.storage.search_index) and the narrow indexes
the filtered lists read by."""

from __future__ import annotations

from core.storage.database import Database


def _v5_search_index(db: Database) -> None:
    """Search documents with pinyin and initials, and the full-text index over them
    (core.storage.search_index), filled for the rows already there."""
    from core.storage import search_index
    from core.storage.contacts import document
    from core.storage.units import search_text as unit_document

    conn = db.conn
    names: dict[int, list[str]] = {}
    for unit_id, name in conn.execute("SELECT unit_id, name FROM contacts WHERE deleted_at IS NULL ORDER BY id"):
        names.setdefault(unit_id, []).append(name)
    conn.executemany("UPDATE units SET search_text = ? WHERE id = ?", (
        (unit_document(row, names.get(row["id"], [])), row["id"]) for row in conn.execute(
            "SELECT id, name, short_name, credit_code, member_no FROM units").fetchall()))
    conn.executemany("UPDATE contacts SET search_text = ? WHERE id = ?", (
        (document(r["name"], r["email"], r["position"], r["mobile"], r["unit_name"], r["short_name"]), r["id"])
        for r in conn.execute("SELECT c.id, c.name, c.email, c.position, c.mobile, u.name AS unit_name, "
                              "u.short_name FROM contacts c JOIN units u ON u.id = c.unit_id").fetchall()))
    # a notice's document has no names: the new form is the old one, spaced
    conn.executemany("UPDATE notices SET search_text = ? WHERE id = ?", (
        (" ".join(text), notice_id) for notice_id, text in conn.execute(
            "SELECT id, search_text FROM notices").fetchall()))
    for table in ("units", "contacts", "notices"):  # the tables of that time (INDEXED grew later)
        search_index.create(conn, table)
    conn.execute("CREATE INDEX units_by_province ON units(deleted_at, province)")
    # narrow indexes of the rows in use: a list's count walks a few bytes a row
    conn.execute("CREATE INDEX units_live ON units(deleted_at) WHERE deleted_at IS NULL")
    conn.execute("CREATE INDEX contacts_live ON contacts(unit_id) WHERE deleted_at IS NULL")


def _v10_listing_by_id(db: Database) -> None:
    """Narrow indexes of the rows in use, by id, holding the sort key: a filter's candidates
    (ids from the search index) are checked and sorted without reading their wide rows
    (core.storage.member_lists)."""
    db.conn.execute("CREATE INDEX units_live_by_id ON units(id, sort_key) WHERE deleted_at IS NULL")
    db.conn.execute("CREATE INDEX contacts_live_by_id ON contacts(id, sort_key, unit_id) WHERE deleted_at IS NULL")


def _v14_search_in_name_order(db: Database) -> None:
    """The search index of units and contacts lists its candidates in name order (rowids by
    buckets of sort keys, core.storage.search_index): a filtered list's first page reads the
    matches up to its end instead of sorting all of them."""
    from core.storage import search_index

    for table in ("units", "contacts"):
        search_index.drop(db.conn, table)
        search_index.create(db.conn, table)


def _v15_search_grams(db: Database) -> None:
    """The search index of units and contacts gets the 5-grams of each run of ASCII letters
    (core.storage.search_index.grams): a long pinyin query lists its matches, not every row
    holding its trigrams somewhere."""
    from core.storage import search_index

    cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute("PRAGMA cache_size = -65536")  # 64 MB while the index is filled (the connection's own)
    try:
        for table in search_index.ORDERED:
            search_index.add_grams(db.conn, table)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(cache)}")
