"""What an import will do, row by row: the result of a dry run, shown before writing.

Row numbers are the ones Excel shows (the header is usually row 1); columns are
named by letter and header text. Every message is a :class:`Msg`, translated when
shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from core.errors import UserError
from core.i18n import Msg

MERGE = "merge"  # fill existing units with the imported non-empty values, add or update contacts
SKIP = "skip"  # leave existing units and their contacts as they are
DUPLICATE_POLICIES = (MERGE, SKIP)

# PlannedUnit.action
CREATE, UPDATE, UNCHANGED, SKIPPED = "create", "update", "unchanged", "skip"
# PlannedContact.action
ADD = "add"
# RowOutcomes.outcome, besides the unit actions
ERROR, IGNORED = "error", "ignored"


class ImportCancelled(UserError):
    """Raised by ``apply_import`` when ``cancel()`` said so; everything was rolled back."""

    def __init__(self) -> None:
        super().__init__(Msg("The import was cancelled; nothing was changed."))


@dataclass(frozen=True)
class RowProblem:
    """Why a row is not imported: Excel row number, column letter and header, reason."""

    row: int
    column: str
    header: str
    reason: Msg

    def message(self) -> Msg:
        if not self.row:
            return Msg("Column {column} ({header}): {reason}", column=self.column, header=self.header,
                       reason=self.reason)
        if not self.column:
            return Msg("Row {row}: {reason}", row=self.row, reason=self.reason)
        if not self.header:
            return Msg("Row {row}, column {column}: {reason}", row=self.row, column=self.column, reason=self.reason)
        return Msg("Row {row}, column {column} ({header}): {reason}", row=self.row, column=self.column,
                   header=self.header, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message())


class RowOutcomes:
    """The fate of every data row, held compactly (a plan of 200,000 rows stays small):
    ``outcome[row]`` is create, update, unchanged, skip (its unit's action), error or ignored
    (nothing in the chosen columns); ``problems[row]`` say why a row is refused, ``notes[row]``
    what was left out of it (a wrong contact cell, a total row). Only rows that have
    problems or notes are in those two."""

    __slots__ = ("outcome", "problems", "notes")

    def __init__(self) -> None:
        self.outcome: dict[int, str] = {}
        self.problems: dict[int, list[RowProblem]] = {}
        self.notes: dict[int, list[RowProblem]] = {}

    def __len__(self) -> int:
        return len(self.outcome)

    def add_problems(self, row: int, *problems: RowProblem) -> None:
        if problems:
            self.problems.setdefault(row, []).extend(problems)

    def add_notes(self, row: int, *notes: RowProblem) -> None:
        if notes:
            self.notes.setdefault(row, []).extend(notes)

    @staticmethod
    def listed(found: dict[int, list[RowProblem]]) -> list[RowProblem]:
        return [p for row in sorted(found) for p in found[row]]


@dataclass(slots=True)
class PlannedContact:
    """One contact of a unit: the rows it comes from (its values are read from them again
    when needed: the plan holds no copy of the sheet's text) and what will happen to it."""

    rows: list[int]
    present: frozenset[str]  # fields the file gave a value for
    key: str  # folded name: what two contacts of a unit must share to be the same
    existing_id: int | None = None
    action: str = ADD  # add, update, unchanged or skip


@dataclass(slots=True)
class PlannedUnit:
    """One unit of the file (all its rows grouped) and what will happen to it; its values
    are read from its rows again when needed (see ``ImportPlan.values``)."""

    rows: list[int]
    present: frozenset[str]
    name: str
    credit_code: str | None = None
    member_no: str | None = None
    contacts: list[PlannedContact] = field(default_factory=list)
    existing_id: int | None = None
    existing_name: str | None = None
    action: str = CREATE

    @property
    def writes(self) -> bool:
        if self.action == SKIPPED:
            return False
        return self.action in (CREATE, UPDATE) or any(c.action in (ADD, UPDATE) for c in self.contacts)


class RowValues(Protocol):
    """Reads the validated values of a planned unit or contact from the sheet again."""

    def unit_values(self, unit: PlannedUnit) -> dict[str, Any]: ...

    def contact_values(self, contact: PlannedContact) -> dict[str, Any]: ...


@dataclass
class ImportCounts:
    rows: int = 0
    units_created: int = 0
    units_updated: int = 0
    units_unchanged: int = 0
    units_skipped: int = 0
    contacts_added: int = 0
    contacts_updated: int = 0
    contacts_unchanged: int = 0
    error_rows: int = 0
    ignored_rows: int = 0

    def message(self) -> Msg:
        return Msg("Units created: {created}; updated: {updated}; unchanged: {unchanged}; skipped as already "
                   "registered: {skipped}. Contacts added: {added}; updated: {contacts_updated}. "
                   "Rows with errors (not imported): {errors}.",
                   created=self.units_created, updated=self.units_updated, unchanged=self.units_unchanged,
                   skipped=self.units_skipped, added=self.contacts_added, contacts_updated=self.contacts_updated,
                   errors=self.error_rows)


@dataclass
class ImportPlan:
    """Result of ``plan_import``: nothing has been written yet."""

    source: str
    policy: str
    units: list[PlannedUnit]
    rows: RowOutcomes
    values: RowValues | None = None  # reads a unit's or contact's values from the sheet again
    applied: bool = False
    strict: bool = False
    # (header, first column, later column) for a header that repeats and whose later column holds
    # data but was given no field: that data would be left out
    duplicate_columns: list[tuple[str, str, str]] = field(default_factory=list)
    problem_at: Callable[[int, str | None, Msg], RowProblem] | None = None  # names a cell by row and field
    late_problems: list[RowProblem] = field(default_factory=list)  # found by the re-check when writing

    @property
    def problems(self) -> list[RowProblem]:
        return RowOutcomes.listed(self.rows.problems)

    @property
    def notes(self) -> list[RowProblem]:
        """What the import leaves out without refusing a row: columns with a repeated header,
        wrong contact cells left empty, total and note rows."""
        columns = [RowProblem(0, second, header, Msg(
            "has the same header as column {first}; it is not imported. Choose its field above the column, "
            "or rename it in the file.", first=first)) for header, first, second in self.duplicate_columns]
        return columns + RowOutcomes.listed(self.rows.notes)

    @property
    def error_rows(self) -> list[int]:
        return [row for row, outcome in self.rows.outcome.items() if outcome == ERROR]

    def units_with(self, action: str) -> list[PlannedUnit]:
        return [u for u in self.units if u.action == action]

    @property
    def counts(self) -> ImportCounts:
        c = ImportCounts(rows=len(self.rows))
        attr = {CREATE: "units_created", UPDATE: "units_updated", UNCHANGED: "units_unchanged",
                SKIPPED: "units_skipped"}
        for unit in self.units:
            setattr(c, attr[unit.action], getattr(c, attr[unit.action]) + 1)
            if unit.action == SKIPPED:
                continue
            c.contacts_added += sum(1 for x in unit.contacts if x.action == ADD)
            c.contacts_updated += sum(1 for x in unit.contacts if x.action == UPDATE)
            c.contacts_unchanged += sum(1 for x in unit.contacts if x.action == UNCHANGED)
        outcomes = list(self.rows.outcome.values())
        c.error_rows = outcomes.count(ERROR)
        c.ignored_rows = outcomes.count(IGNORED)
        return c
