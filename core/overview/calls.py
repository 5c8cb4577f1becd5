"""Nominations, the expert pool and the standards group roster on the dashboard and in the
search across everything.

Charts: nominations and applications by review state (a bar opens the 征集 list filtered by
that state), and the expert pool by side, 政产学研用资本 (a bar opens the pool of that side).

Each is a record kind of core.calls.records: its heading is the kind's plural there, and the
document searched is the row's ``search_text``, which the kind's ``refresh_search`` (the
services, undo, restore, the database check) keeps current: names, work units, fields,
e-mail; for nominations also the nominating unit and credit code. A hit shows the name and
where the person works, never a mobile or an ID number (they are not in the document either).
"""

from __future__ import annotations

from typing import Any

from core.calls.choices import CALL_KINDS, SIDES, STATES
from core.i18n import format_date, tr
from core.overview.charts import Bar, Chart, ChartProvider, register_chart
from core.overview.search import Hit, SearchKind, rank, register_kind
from core.storage import overview as store
from core.storage import registry
from core.storage.database import Database


def _ranked(rows: list[Any], form: str, limit: int) -> list[Any]:
    return sorted(rows, key=lambda r: (rank(form, r["name"], r["sort_key"]), r["sort_key"], r["id"]))[:limit]


def nomination_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    hits = []
    for r in _ranked(store.nomination_hits(db, ids), form, limit):
        unit = r["work_unit"] if r["kind"] != "membership" else ""
        parts = (STATES.label(r["state"]), unit or r["nominating_unit"], r["call_title"] or CALL_KINDS.label(r["kind"]),
                 format_date(r["received_on"]) if r["received_on"] else "")
        hits.append(Hit("nominations", r["id"], r["name"], " · ".join(p for p in parts if p)))
    return hits


def _people_hits(table: str):  # type: ignore[no-untyped-def]
    def people_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
        hits = []
        for r in _ranked(store.person_hits(db, table, ids), form, limit):
            parts = (r["work_unit"], r["position"] or r["title"], SIDES.label(r["side"]) if r["side"] else "",
                     r["detail"])
            hits.append(Hit(table, r["id"], r["name"], " · ".join(p for p in parts if p)))
        return hits
    return people_hits


def _register(table: str, hits: Any) -> None:
    kind = registry.get(table)
    assert kind is not None and kind.refresh_search is not None, table  # its document is kept by the registry
    register_kind(SearchKind(table, kind.plural, table, hits))


_register("nominations", nomination_hits)
for _table in ("experts", "standards_members"):
    _register(_table, _people_hits(_table))


def nominations_by_state(db: Database) -> Chart:
    """Every review state in the review's order, empty or not."""
    with db.lock:
        counts = store.nominations_by_state(db)
    bars = tuple(Bar(STATES.label(state), (counts.get(state, 0),), ({"state": state},)) for state in STATES.codes())
    return Chart("nominations_by_state", tr("Nominations and applications by state"),
                 (tr("Nominations and applications"),), bars, "nominations")


def experts_by_side(db: Database) -> Chart:
    """The six sides in the order the alliance names them (政产学研用资本), empty or not."""
    with db.lock:
        counts = store.experts_by_side(db)
    bars = tuple(Bar(SIDES.label(side), (counts.get(side, 0),), ({"pool": "experts", "side": side},))
                 for side in SIDES.codes())
    return Chart("experts_by_side", tr("Expert pool by side"), (tr("Experts"),), bars, "experts")


register_chart(ChartProvider("nominations_by_state", nominations_by_state, frozenset({"nominations", "calls"})))
register_chart(ChartProvider("experts_by_side", experts_by_side, frozenset({"experts"})))
