"""The overview: the dashboard's charts, one search across every kind of record, saved searches.

Charts and search kinds are small providers kept in registries (:mod:`core.overview.charts`,
:mod:`core.overview.search`); member units, contacts and notices register theirs in
:mod:`core.overview.builtin`. A later module (meetings, action items, nominations,
experts) adds a few lines of its own: ``register_chart(ChartProvider(...))`` and
``register_kind(SearchKind(...))`` in its package, imported by one line at the end of
:mod:`core.overview.builtin`.
"""
