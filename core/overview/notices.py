"""Notices on the dashboard (by year and state) and in the search (title, number,
addressees and text)."""

from __future__ import annotations

from core.i18n import N_, format_date, tr
from core.notices.service import blocks_from_json, format_number
from core.overview.charts import Bar, Chart, ChartProvider, register_chart
from core.overview.search import Hit, SearchKind, rank, register_kind
from core.storage import overview as store
from core.storage.database import Database
from core.text.search import fold

STATES = (("draft", N_("Draft")), ("issued", N_("Issued")), ("superseded", N_("Superseded")))


def notices_by_year(db: Database) -> Chart:
    """Notices of each year (its number's year, else its date's), one series per state."""
    with db.lock:
        rows = store.notices_by_year_status(db)
    counts: dict[tuple[int, str], int] = {}
    undated = 0
    for year, status, n in rows:
        if year is None:
            undated += n
        else:
            counts[(year, status)] = counts.get((year, status), 0) + n
    years = sorted({y for y, _s in counts})
    if years:
        years = list(range(years[0], years[-1] + 1))
    bars = tuple(Bar(str(y), tuple(counts.get((y, s), 0) for s, _l in STATES),
                     tuple({"year": y, "status": s} for s, _l in STATES)) for y in years)
    note = tr("{count} notices without a date are not shown.", count=undated) if undated else ""
    return Chart("notices_by_year", tr("Notices by year and state"), tuple(tr(label) for _s, label in STATES),
                 bars, "notices", horizontal=False, stacked=True, note=note)


register_chart(ChartProvider("notices_by_year", notices_by_year, frozenset({"notices"})))


def _snippet(body_json: str, form: str, width: int = 36) -> str:
    """The part of the text around the first place the query is found (when it is in the text)."""
    query = form[::2]
    for block in blocks_from_json(body_json):
        text = block.text + block.tail
        at = fold(text).find(query)
        if at >= 0 and len(fold(text)) == len("".join(text.split())):
            plain = "".join(text.split())
            start = max(0, at - width // 3)
            return ("…" if start else "") + plain[start:start + width] + ("…" if start + width < len(plain) else "")
    return ""


def notice_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    rows = sorted(store.notice_hits(db, ids), key=lambda r: (rank(form, r["title"], r["sort_key"]), -(r["year"] or 0),
                                                             r["doc_date"] or "", r["id"]))[:limit]
    bodies = store.notice_bodies(db, [r["id"] for r in rows])  # the text of the few shown only
    hits = []
    for r in rows:
        number = format_number(r["prefix"], r["year"], r["serial"])
        status = dict(STATES)[r["status"]]
        detail = " · ".join(p for p in (number or tr(status), format_date(r["doc_date"]),
                                        _snippet(bodies.get(r["id"], "[]"), form)) if p)
        hits.append(Hit("notices", r["id"], r["title"], detail))
    return hits


register_kind(SearchKind("notices", N_("Notices"), "notices", notice_hits))
