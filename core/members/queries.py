"""The filtered, sorted lists behind the member-unit and contact tables.

``unit_listing``/``contact_listing`` give a count and the ids a page at a time (what
views use: opening or filtering a list of 200,000 units reads one page);
``unit_ids``/``contact_ids`` return every matching id in display order (commands,
pickers); ``unit_rows``/``contact_rows`` fetch the display rows for some ids.

A text filter matches when the folded query (Simplified, lower case) is part of a
name, code, mobile... or of a name's full pinyin or initials (core.text.search),
answered from the search index (core.storage.search_index).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from core.members.contacts import mask_mobile
from core.storage import member_lists as store
from core.storage.database import Database
from core.text.search import search_form

COUNT_CAP = 2000  # a text filter counts its matches up to here; beyond, the list grows as it scrolls
# Up to SPARSE_MAX candidates (CONFIRM_MAX when each must be read and confirmed), a text filter
# is answered from its candidates wherever its matches fall in the sort order (see _listing).
SPARSE_MAX = 20000
SPARSE_SHARE = 0.25  # ... and up to this share of the rows: more matches are found sooner by walking
CONFIRM_MAX = 8000
WALK_FACTOR = 230  # candidates² above WALK_FACTOR × rows: walk the sort index reading rows (see _listing)


@dataclass(frozen=True)
class UnitFilter:
    text: str = ""
    level: str | None = None
    unit_type: str | None = None
    status: str | None = None
    committee_id: int | None = None
    province: str | None = None
    city: str | None = None
    join_year: int | None = None  # joined that year (the dashboard's bars)
    left_year: int | None = None  # status became "left" that year


@dataclass(frozen=True)
class ContactFilter:
    text: str = ""
    unit_id: int | None = None
    level: str | None = None
    committee_id: int | None = None
    primary_only: bool = False


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    short_name: str
    credit_code: str | None
    level: str
    unit_type: str
    status: str
    province: str
    city: str
    join_date: str | None
    member_no: str | None
    primary_contact: str | None
    contact_count: int
    committees: str


@dataclass(frozen=True)
class ContactRow:
    id: int
    unit_id: int
    unit_name: str
    name: str
    gender: str
    position: str
    title: str
    mobile_masked: str
    office_phone: str
    email: str
    is_primary: bool


@dataclass(frozen=True)
class Listing:
    """A list's rows: ``count`` of them (or more than COUNT_CAP when not ``exact``),
    their ids read a page at a time. A listing whose first page comes before its count
    (``later`` given: count 0, not exact) is counted by :meth:`total` when asked.
    ``count_reads``: the tables and columns the count depends on (core.storage.touched), or
    None when any change may alter it."""
    count: int
    exact: bool
    _page: Callable[[int, int], list[int]] = field(repr=False)
    later: Callable[[], int] | None = field(default=None, repr=False)
    count_reads: Mapping[str, frozenset[str] | None] | None = None

    def ids(self, offset: int, limit: int) -> list[int]:
        return self._page(offset, limit)

    def total(self) -> tuple[int, bool]:
        """(count, exact): the count up to COUNT_CAP, or COUNT_CAP + 1 and False."""
        if self.later is None:
            return self.count, self.exact
        n = self.later()
        return min(n, COUNT_CAP + 1), n <= COUNT_CAP


# What a list's count reads besides its own table's rows being added or removed: an action
# that changes none of these columns (a contact's position, a unit's address) leaves the count
# as it is, and the list re-reads only the rows on screen (ui/common/lazy_model.py). Each filter
# field adds what it reads (None: any change of that table); a text filter, or a field not
# named here, makes every change count again.
UNIT_COUNT_READS = {"units": frozenset({"deleted_at"})}
UNIT_FILTER_READS: dict[str, dict[str, frozenset[str] | None]] = {
    "level": {"units": frozenset({"level"})},
    "unit_type": {"units": frozenset({"unit_type"})},
    "status": {"units": frozenset({"status"})},
    "province": {"units": frozenset({"province"})},
    "city": {"units": frozenset({"city"})},
    "committee_id": {"unit_committees": None},
    "join_year": {"units": frozenset({"join_date"})},
    "left_year": {"unit_history": None},
}
# a contact of a unit in the trash is not listed
CONTACT_COUNT_READS = {"contacts": frozenset({"deleted_at", "unit_id"}), "units": frozenset({"deleted_at"})}
CONTACT_FILTER_READS: dict[str, dict[str, frozenset[str] | None]] = {
    "unit_id": {},
    "level": {"units": frozenset({"level"})},
    "committee_id": {"unit_committees": None},
    "primary_only": {"contacts": frozenset({"is_primary"})},
}


def count_reads(flt: UnitFilter | ContactFilter) -> dict[str, frozenset[str] | None] | None:
    """What the count of the list filtered by ``flt`` reads (see UNIT_COUNT_READS), or None."""
    base, per_field = ((UNIT_COUNT_READS, UNIT_FILTER_READS) if isinstance(flt, UnitFilter)
                       else (CONTACT_COUNT_READS, CONTACT_FILTER_READS))
    reads: dict[str, frozenset[str] | None] = dict(base)
    for name, value in flt.__dict__.items():
        if value in (None, "", False):
            continue
        if name not in per_field:  # the text filter (its index may change with any column), or a new field
            return None
        for table, columns in per_field[name].items():
            before = reads.get(table, frozenset())
            reads[table] = None if before is None or columns is None else before | columns
    return reads


def _listing(db: Database, table: str, where: dict, count, page, in_name_order=None,  # type: ignore[no-untyped-def]
             reads: dict[str, frozenset[str] | None] | None = None) -> Listing:
    """A list sorted by name (``in_name_order`` given) filtered by a text alone that the index answers
    (with other filters, few candidates may match: the ways below bound the rows read): its pages
    read from the candidates in name order (store.name_order_page: a page costs the matches before
    its end, not all of them), counted up to COUNT_CAP only when asked (``total``: confirming
    2,000 matches costs more than the first page; the list counts after its first screen is shown).
    Otherwise:

    Count the search index's candidates first (no row read, up to SPARSE_MAX), then:

    * up to SPARSE_MAX candidates the index gives exactly (and up to SPARSE_SHARE of the
      rows: matches denser than that are met at once by walking): the candidates drive the
      queries (about 1 µs each through the narrow index by id: a page is the first rows
      of their sort, the count stops at COUNT_CAP), so the cost does not depend on where
      the matches fall in the sort order (a credit-code prefix's units all sort together);
    * up to CONFIRM_MAX candidates that must be read and confirmed (queries of 4+
      characters, about 2.5 µs each): read once, the matches sorted; count and pages
      come from that list;
    * more ("dense"): counted up to COUNT_CAP and listed by walking the sort index.
    Measured at 200,000 units / 600,000 contacts (bench/bench_scale.py)."""
    dense: bool | str = False
    alone = not any(value for key, value in where.items() if key not in ("text", "form"))
    if in_name_order is not None and alone and store.indexed_text(where):
        def in_order(offset: int, limit: int) -> list[int]:
            with db.lock:
                return in_name_order(db, where, offset, limit)

        def later() -> int:
            with db.lock:
                return count(db, where, COUNT_CAP)

        return Listing(0, False, in_order, later)
    with db.lock:
        if where.get("form"):
            candidates = store.candidate_count(db, table, where, SPARSE_MAX)
            confirming = store.needs_confirming(where)
            if candidates is not None and confirming and candidates <= CONFIRM_MAX:
                matches = page(db, where, offset=0, limit=-1, dense=False)
                n = len(matches)
                return Listing(min(n, COUNT_CAP + 1), n <= COUNT_CAP,
                               lambda offset, limit: matches[offset:offset + limit])
            if candidates is not None and confirming and candidates > CONFIRM_MAX:
                # many candidates to confirm: if they hold few matches, the walk below would read
                # most of the sort index to find them; those found are sorted instead
                found = store.first_matches(db, table, where, COUNT_CAP + 1)
                if len(found) <= COUNT_CAP:
                    matches = page(db, {**where, "form": None, "ids": found}, offset=0, limit=-1, dense=False)
                    return Listing(len(matches), True, lambda offset, limit: matches[offset:offset + limit])
            if candidates is None:
                dense = "walk"
            elif candidates > (CONFIRM_MAX if confirming else
                               min(SPARSE_MAX, SPARSE_SHARE * store.max_id(db, table))):
                # collecting the candidates costs about 3.5 µs each; walking the sort index
                # and confirming rows about 8 µs per row walked (PAGE / density of them)
                walk = candidates * candidates > WALK_FACTOR * store.max_id(db, table)
                dense = "walk" if walk else True
            n = count(db, where, COUNT_CAP)
            exact = n <= COUNT_CAP
        else:
            n, exact = count(db, where), True

    def ids(offset: int, limit: int) -> list[int]:
        with db.lock:
            return page(db, where, offset=offset, limit=limit, dense=dense)

    return Listing(n, exact, ids, count_reads=None if where.get("form") else reads)


def _where(flt: UnitFilter | ContactFilter) -> dict:  # type: ignore[type-arg]
    where = {**flt.__dict__, "form": search_form(flt.text)}
    if where.get("province"):  # 江苏, 江蘇省 and Jiangsu all mean the stored 江苏省
        from core.regions import canonical_province

        where["province"] = canonical_province(where["province"])
    return where


def unit_listing(db: Database, flt: UnitFilter = UnitFilter(), sort: str = "name", descending: bool = False
                 ) -> Listing:
    return _listing(db, "units", _where(flt), store.unit_count,
                    lambda conn, where, **kw: store.unit_page(conn, where, sort, descending, **kw),
                    _name_order("units", sort, descending), count_reads(flt))


def contact_listing(db: Database, flt: ContactFilter = ContactFilter(), sort: str = "name",
                    descending: bool = False) -> Listing:
    return _listing(db, "contacts", _where(flt), store.contact_count,
                    lambda conn, where, **kw: store.contact_page(conn, where, sort, descending, **kw),
                    _name_order("contacts", sort, descending), count_reads(flt))


def _name_order(table: str, sort: str, descending: bool):  # type: ignore[no-untyped-def]
    """Pages in name order from the index, for a list sorted by name (else None)."""
    if sort != "name":
        return None
    return lambda conn, where, offset, limit: store.name_order_page(conn, table, where, descending, offset, limit)


def unit_ids(db: Database, flt: UnitFilter = UnitFilter(), sort: str = "name", descending: bool = False
             ) -> list[int]:
    with db.lock:
        return store.unit_ids(db, _where(flt), sort, descending)


def unit_rows(db: Database, ids: list[int]) -> dict[int, UnitRow]:
    with db.lock:
        rows = store.unit_rows(db, ids)
    return {r["id"]: UnitRow(**{k: r[k] for k in r.keys()} | {"committees": r["committees"] or ""}) for r in rows}


def contact_ids(db: Database, flt: ContactFilter = ContactFilter(), sort: str = "name",
                descending: bool = False) -> list[int]:
    with db.lock:
        return store.contact_ids(db, _where(flt), sort, descending)


def contact_rows(db: Database, ids: list[int]) -> dict[int, ContactRow]:
    with db.lock:
        rows = store.contact_rows(db, ids)
    return {r["id"]: ContactRow(r["id"], r["unit_id"], r["unit_name"], r["name"], r["gender"], r["position"],
                                r["title"], mask_mobile(r["mobile"]), r["office_phone"], r["email"],
                                bool(r["is_primary"])) for r in rows}


def provinces(db: Database) -> list[str]:
    """The provinces in use, by pinyin (吉林省 before 江苏省), as stored."""
    from core.regions import sort_key

    with db.lock:
        return sorted(store.regions(db), key=sort_key)


def committee_choices(db: Database) -> list[tuple[str, int]]:
    """(name, id) of the committees, for filter boxes (no member counts: nothing to count)."""
    with db.lock:
        return [(r["name"], r["id"]) for r in store.committee_names(db)]


def unit_choices(db: Database) -> list[tuple[int, str]]:
    """(id, name) of every unit, in pinyin order: for pickers."""
    with db.lock:
        return [(r["id"], r["name"]) for r in store.unit_names(db)]
