"""What committed actions changed, as the views are told (``Database.take_touched``).

A :class:`Touched` is the set of tables the actions wrote (views showing none of them do
nothing) and, for each, the columns its updates changed, or ``None`` when rows were added
or removed (or too many were updated to compare). A list's count reads a few columns only
(rows in the trash or not, the filter's fields): when an action changed none of them, the
list keeps its count and re-reads only the rows on screen (:func:`alters`).
"""

from __future__ import annotations

from collections.abc import Mapping

# table -> the columns updates changed, or None: rows added or removed, or not compared
Columns = Mapping[str, "frozenset[str] | None"]
# what a count reads: table -> the columns it reads, or None: any change of that table
Reads = Mapping[str, "frozenset[str] | None"]


class Touched(frozenset):  # type: ignore[type-arg]
    """The names of the tables touched (a frozenset, as views compare it), with ``columns``."""

    columns: Columns

    def __new__(cls, columns: Columns) -> "Touched":
        touched = super().__new__(cls, columns)
        touched.columns = dict(columns)
        return touched


def merge(into: dict[str, frozenset[str] | None], columns: Columns) -> None:
    """Add one action's ``columns`` to ``into`` (rows added or removed anywhere stay so)."""
    for table, changed in columns.items():
        if table in into:
            before = into[table]
            into[table] = None if before is None or changed is None else before | changed
        else:
            into[table] = changed


def alters(payload: object, reads: Reads | None) -> bool:
    """Whether what ``payload`` (a ``data_changed`` payload) tells of may change a count that
    reads ``reads``. Anything but a :class:`Touched` ("all", a module's name) may; so may a
    count whose reads are not known (``None``)."""
    if reads is None or not isinstance(payload, Touched):
        return True
    for table, changed in payload.columns.items():
        if table in reads:
            read = reads[table]
            if changed is None or read is None or changed & read:
                return True
    return False
