"""Member units and contacts on the dashboard and in the search across everything.

Charts count *active* units (status 在册) by level, type and region, and every unit in
use by the year it joined or left; each bar carries the member-list filter that lists
exactly its units, so a click shows them.
"""

from __future__ import annotations

from typing import Any

from core import regions
from core.i18n import current_language, tr, N_
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.overview.charts import Bar, Chart, ChartProvider, register_chart
from core.overview.search import Hit, SearchKind, rank, register_kind
from core.storage import overview as store
from core.storage.database import Database

UNIT_TABLES = frozenset({"units", "unit_history"})


def _by_vocabulary(db: Database, key: str, column: str, vocabulary: Any, title: str) -> Chart:
    with db.lock:
        counts = dict(store.active_units_by(db, column))
    codes = [c for c in vocabulary.codes() if counts.get(c)] + sorted(c for c in counts if c not in vocabulary)
    bars = tuple(Bar(vocabulary.label(code), (counts[code],), ({column: code, "status": "active"},))
                 for code in codes)
    return Chart(key, tr(title), (tr("Active member units"),), bars, "members")


def units_by_level(db: Database) -> Chart:
    return _by_vocabulary(db, "units_by_level", "level", LEVELS, N_("Active member units by level"))


def units_by_type(db: Database) -> Chart:
    return _by_vocabulary(db, "units_by_type", "unit_type", UNIT_TYPES, N_("Active member units by type"))


def units_by_region(db: Database) -> Chart:
    """Provinces (as the national list names them, in the UI's script or in English), most
    units first; units without a region are counted in the note."""
    with db.lock:
        counts = store.active_units_by(db, "province")
    language = current_language()
    unplaced = sum(n for p, n in counts if not p)
    placed = sorted(((p, n) for p, n in counts if p), key=lambda pn: (-pn[1], regions.sort_key(pn[0])))
    bars = tuple(Bar(regions.display(p, language), (n,), ({"province": p, "status": "active"},)) for p, n in placed)
    note = tr("{count} active units without a region are not shown.", count=unplaced) if unplaced else ""
    return Chart("units_by_region", tr("Active member units by region"), (tr("Active member units"),), bars,
                 "members", note=note)


def joins_and_departures(db: Database) -> Chart:
    with db.lock:
        joins, left = dict(store.joins_by_year(db)), dict(store.departures_by_year(db))
    years = sorted(set(joins) | set(left))
    if years:
        years = list(range(years[0], years[-1] + 1))  # a year without any still has its place
    bars = tuple(Bar(str(y), (joins.get(y, 0), left.get(y, 0)), ({"join_year": y}, {"left_year": y}))
                 for y in years)
    return Chart("joins_and_departures", tr("Member units joined and left by year"),
                 (tr("Joined"), tr("Left")), bars, "members", horizontal=False)


for _key, _build in (("units_by_level", units_by_level), ("units_by_type", units_by_type),
                     ("units_by_region", units_by_region), ("joins_and_departures", joins_and_departures)):
    register_chart(ChartProvider(_key, _build, UNIT_TABLES))


# ---- search ----------------------------------------------------------------------------------

def _ranked(rows: list[Any], form: str, name: str, limit: int) -> list[Any]:
    return sorted(rows, key=lambda r: (rank(form, r[name], r["sort_key"]), r["sort_key"], r["id"]))[:limit]


def unit_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    language = current_language()
    hits = []
    for r in _ranked(store.unit_hits(db, ids), form, "name", limit):
        region = regions.display(r["province"], language)
        parts = [LEVELS.label(r["level"]), region]
        if r["status"] != "active":
            parts.append(STATUSES.label(r["status"]))
        hits.append(Hit("units", r["id"], r["name"], " · ".join(p for p in parts if p)))
    return hits


def contact_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    return [Hit("contacts", r["id"], r["name"], " · ".join(p for p in (r["unit_name"], r["position"]) if p))
            for r in _ranked(store.contact_hits(db, ids), form, "name", limit)]


register_kind(SearchKind("units", N_("Member units"), "units", unit_hits))
register_kind(SearchKind("contacts", N_("Contacts"), "contacts", contact_hits))
