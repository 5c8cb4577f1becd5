"""Meetings and action items on the dashboard and in the search across everything.

Charts: meetings a month (by year once they span more than two years) with the
attendance rate of the meetings held, and action items overdue / open / done. Search:
meetings (title, place, chair, organiser, notes, decisions) and action items (text,
unit, responsible person).

A click on a bar of meetings carries the meetings list's year filter (the list of
core.meetings.queries); action items carry none yet (their follow-up list is not a page
of the program).
"""

from __future__ import annotations

import datetime as dt

from core.i18n import N_, format_date, tr
from core.meetings.choices import ACTION_STATUSES, KINDS
from core.overview.charts import Bar, Chart, ChartProvider, register_chart
from core.overview.search import Hit, SearchKind, rank, register_kind
from core.storage import overview as store
from core.storage.database import Database

MONTHS_SHOWN = 24  # meetings spread over more months than this are counted by year
MEETING_TABLES = frozenset({"meetings", "meeting_attendees"})
ACTION_TABLES = frozenset({"meetings", "action_items"})
ACTION_STATES = (("overdue", N_("Overdue")), ("open", N_("Open, not yet due")), ("done", N_("Done")))


def _today(today: dt.date | None) -> str:
    return (today or dt.date.today()).isoformat()


def _periods(rows: list[tuple[str | None, int, int, int]]) -> tuple[list[tuple[str, int, int, int]], int, bool]:
    """(periods with meetings, invited, present; undated meetings; by month?) — every month
    (or year) between the first and the last has its place, empty or not."""
    dated = [(ym, n, inv, pre) for ym, n, inv, pre in rows if ym and len(ym) == 7 and ym[:4].isdigit()]
    undated = sum(n for ym, n, _i, _p in rows if not (ym and len(ym) == 7 and ym[:4].isdigit()))
    if not dated:
        return [], undated, True
    first, last = min(ym for ym, *_ in dated), max(ym for ym, *_ in dated)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    by_month = (y1 - y0) * 12 + (m1 - m0) < MONTHS_SHOWN
    totals: dict[str, list[int]] = {}
    for ym, n, inv, pre in dated:
        key = ym if by_month else ym[:4]
        t = totals.setdefault(key, [0, 0, 0])
        t[0] += n
        t[1] += inv
        t[2] += pre
    if by_month:
        keys = [f"{y:04d}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13)
                if (y, m) >= (y0, m0) and (y, m) <= (y1, m1)]
    else:
        keys = [f"{y:04d}" for y in range(y0, y1 + 1)]
    return [(k, *totals.get(k, [0, 0, 0])) for k in keys], undated, by_month


def meetings_by_period(db: Database, today: dt.date | None = None) -> Chart:
    """Meetings held or planned in each month (or year), one bar each; the year's bars open
    the meetings list of that year."""
    with db.lock:
        rows = store.meetings_by_month(db, _today(today))
    periods, undated, by_month = _periods(rows)
    bars = tuple(Bar(key, (n,), ({"year": int(key[:4])} if not by_month else None,)) for key, n, _i, _p in periods)
    note = tr("{count} meetings without a date are not shown.", count=undated) if undated else ""
    title = tr("Meetings a month") if by_month else tr("Meetings a year")
    return Chart("meetings_by_period", title, (tr("Meetings"),), bars, "meetings", horizontal=False, note=note)


def attendance_by_period(db: Database, today: dt.date | None = None) -> Chart:
    """Of the member representatives invited to the meetings held (up to today), the share
    present or observing, in whole per cent, per month (or year) as the meetings chart
    (periods without a meeting held have no bar)."""
    with db.lock:
        rows = store.meetings_by_month(db, _today(today))
    periods, _undated, by_month = _periods(rows)
    bars = tuple(Bar(key, (round(100 * pre / inv),), (None,)) for key, _n, inv, pre in periods if inv)
    return Chart("attendance_by_period", tr("Attendance rate of meetings held (%)"), (tr("Attendance (%)"),), bars,
                 "meetings", horizontal=False, ceiling=100,
                 note=tr("Member representatives present or observing, of those invited; guests are not counted."))


def action_items_by_state(db: Database, today: dt.date | None = None) -> Chart:
    with db.lock:
        counts = store.action_items_by_state(db, _today(today))
    bars = tuple(Bar(tr(label), (counts[state],), (None,)) for state, label in ACTION_STATES)
    dropped = counts["dropped"]
    note = tr("{count} dropped action items are not shown.", count=dropped) if dropped else ""
    return Chart("action_items", tr("Action items"), (tr("Action items"),), bars, "meetings", note=note)


register_chart(ChartProvider("meetings_by_period", meetings_by_period, MEETING_TABLES))
register_chart(ChartProvider("attendance_by_period", attendance_by_period, MEETING_TABLES))
register_chart(ChartProvider("action_items", action_items_by_state, ACTION_TABLES))


# ---- search ----------------------------------------------------------------------------------

def meeting_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    rows = sorted(store.meeting_hits(db, ids), key=lambda r: (rank(form, r["title"], r["sort_key"]),
                                                              -int((r["meeting_date"] or "0")[:4] or 0),
                                                              r["meeting_date"] or "", r["id"]))[:limit]
    return [Hit("meetings", r["id"], r["title"],
                " · ".join(p for p in (format_date(r["meeting_date"]) if r["meeting_date"] else "",
                                       KINDS.label(r["kind"]), r["place"]) if p))
            for r in rows]


def action_item_hits(db: Database, ids: list[int], form: str, limit: int) -> list[Hit]:
    rows = sorted(store.action_hits(db, ids), key=lambda r: (r["status"] != "open", r["due_date"] is None,
                                                             r["due_date"] or "", r["id"]))[:limit]
    hits = []
    for r in rows:
        due = tr("due {date}", date=format_date(r["due_date"])) if r["due_date"] else ""
        detail = " · ".join(p for p in (r["meeting_title"], r["person"] or r["unit_name"], due,
                                        ACTION_STATUSES.label(r["status"])) if p)
        hits.append(Hit("action_items", r["id"], r["text"].splitlines()[0][:80] if r["text"] else "", detail))
    return hits


register_kind(SearchKind("meetings", N_("Meetings"), "meetings", meeting_hits))
register_kind(SearchKind("action_items", N_("Action items"), "action_items", action_item_hits))
