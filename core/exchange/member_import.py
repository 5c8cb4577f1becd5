"""Importing member units and their contacts: a dry run first, then one transaction.

:func:`plan_import` reads nothing but the database and writes nothing: it checks
every row with the editors' own validation (so messages are the same), groups rows
of the same unit (same credit code, or same name folded across scripts and
full/half-width forms) into one unit with several contacts, and matches each unit
with the registered ones (credit code first, then name). A row whose unit columns
are all empty but that has a contact belongs to the unit above it (the shape Excel
leaves when unit cells are merged over several contact rows). The plan keeps row
numbers and decisions, not values: a unit's or contact's values are read from its
rows again when a later row is compared with them and when they are written, so a
large sheet is not held twice (the table already holds it compactly).

:func:`apply_import` writes the plan as one clerk action (one transaction, undone
as a whole by Undo): rows with errors are left out, the rest go in. The plan is
matched again inside that transaction (``BEGIN IMMEDIATE`` holds other writers
off), so a unit registered since the preview, or by an import running at the same
time, is skipped or merged, never created twice.
``progress(done, total)`` is called now and then; when ``cancel()`` returns True
everything is rolled back and :class:`ImportCancelled` (a ``UserError``) is raised.
"""

from __future__ import annotations

import sqlite3
import time
from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import Any

from core.errors import NotFound, UserError
from core.exchange.cells import join_lines, mobile_number, unquote
from core.exchange.columns import (
    CONTACT_FIELDS, FIELD_LABELS, UNIT_FIELDS, check_mapping, column_letter, duplicate_headers,
)
from core.exchange.grouping import Grouper, to_code, translated_codes
from core.exchange.import_plan import (
    ADD, CREATE, DUPLICATE_POLICIES, ERROR, IGNORED, MERGE, UPDATE, ImportCancelled, ImportCounts, ImportPlan,
    PlannedContact, PlannedUnit, RowOutcomes, RowProblem, RowValues,
)
from core.exchange.matching import Existing, decide, final_values, match
from core.exchange.left_out import left_out_rows
from core.exchange.readers import Table
from core.i18n import Msg, N_, tr
from core.members.committees import committee_ids_from_names
from core.members.contacts import apply_contact_update, insert_contact, mask_mobile, validate_contact
from core.members.units import apply_unit_update, insert_unit, validate_unit
from core.storage.database import Database
from core.validation import REQUIRED, ValidationError

CONTACT_KEYS = {f: f.removeprefix("contact_") for f in CONTACT_FIELDS}  # import field -> contact column
_UNIT_KEYS = {"committees": "committee_ids"}
_BACK = {v: k for k, v in CONTACT_KEYS.items()}
_CHOICE_FIELDS = {"level", "unit_type", "status", "contact_gender"}


def _reason(field: str, message: Msg) -> Msg:
    return Msg("{field}: {problem}", field=Msg(FIELD_LABELS[field]), problem=message)


def unknown_committees(unknown: list[str]) -> Msg | None:
    """What the check says of committee names that name none of the professional committees."""
    if not unknown:
        return None
    return _reason("committees", Msg("{names} is not one of the professional committees", names="、".join(unknown)))


class _Sheet:
    def __init__(self, table: Table, columns: dict[str, int]) -> None:
        self.table = table
        self.columns = columns

    def problem(self, row: int, field: str | None, reason: Msg) -> RowProblem:
        index = self.columns.get(field or "")
        if index is None:
            return RowProblem(row, "", "", reason)
        return RowProblem(row, column_letter(index), self.table.header[index], reason)


def _validate_unit(db: Database, sheet: _Sheet, row: int, raw: dict[str, str], problems: list[RowProblem],
                   cache: dict[str, tuple[list[int], list[str]]]) -> tuple[dict[str, Any], set[str]]:
    data: dict[str, Any] = {_UNIT_KEYS.get(k, k): v for k, v in raw.items()}
    if "committees" in raw:
        if raw["committees"] not in cache:
            cache[raw["committees"]] = committee_ids_from_names(db, raw["committees"])
        ids, unknown = cache[raw["committees"]]
        data["committee_ids"] = ids
        reason = unknown_committees(unknown)
        if reason is not None:
            problems.append(sheet.problem(row, "committees", reason))
    try:
        values = validate_unit(data)
    except ValidationError as exc:
        for e in exc.errors:
            field = "committees" if e.field == "committee_ids" else e.field
            problems.append(sheet.problem(row, field, _reason(field, e.message)))
        values = {}
    return values, set(data)


def _validate_contact(sheet: _Sheet, row: int, raw: dict[str, str], notes: list[RowProblem], problems: list[RowProblem],
                      strict: bool) -> tuple[dict[str, Any], set[str]]:
    """A contact's values; a wrong cell refuses the row when ``strict``, else it is left empty and
    noted (a wrong or missing name leaves the contact out, the unit is still imported)."""
    raw = dict(raw)
    while True:
        try:
            values = validate_contact({**raw, "unit_id": 0})
        except ValidationError as exc:
            for e in exc.errors:
                field = _BACK.get(e.field, "contact_name")
                if strict:
                    problems.append(sheet.problem(row, field, _reason(field, e.message)))
                elif e.field == "name":
                    notes.append(sheet.problem(row, field, Msg(
                        "{reason} (the contact is left out; the unit is imported)", reason=_reason(field, e.message))))
                else:
                    notes.append(sheet.problem(row, field, Msg(
                        "{reason} (the cell is left empty; the unit and the contact are imported)",
                        reason=_reason(field, e.message))))
                raw.pop(e.field, None)
            if strict or any(e.field not in _BACK or e.field == "name" for e in exc.errors):
                return {}, set()
            continue
        values.pop("unit_id", None)
        return values, set(raw)


def _route_mobile(sheet: _Sheet, row: int, raw: dict[str, str], notes: list[RowProblem], problems: list[RowProblem],
                  strict: bool) -> None:
    """A mobile number in the phone column (联系电话, 电话) is personal data: it goes to the
    mobile field, never into the office phone, which lists and exports show unmasked."""
    mobile = mobile_number(raw.get("office_phone", ""))
    if mobile is None:
        return
    del raw["office_phone"]
    current = raw.get("mobile")
    if not current:
        raw["mobile"] = mobile
    elif mobile_number(current) != mobile:
        reason = _reason("contact_office_phone", Msg(
            "is a mobile number ({number}), and the mobile column holds another one", number=mask_mobile(mobile)))
        if strict:
            problems.append(sheet.problem(row, "contact_office_phone", reason))
        else:
            notes.append(sheet.problem(row, "contact_office_phone", Msg(
                "{reason} (the cell is left empty; the unit and the contact are imported)", reason=reason)))


class _Parsed:
    """One row's cells read and checked: ``unit`` is (values, fields given) or None
    (no unit cells), ``contact`` (values, fields given) or None (no contact cells; values
    are empty when the contact is left out)."""

    __slots__ = ("unit", "contact", "problems", "notes")

    def __init__(self) -> None:
        self.unit: tuple[dict[str, Any], set[str]] | None = None
        self.contact: tuple[dict[str, Any], set[str]] | None = None
        self.problems: list[RowProblem] = []
        self.notes: list[RowProblem] = []


class _RowReader:
    """Reads and checks rows of the sheet, during the dry run and again when writing: the
    plan keeps row numbers, not values (see :class:`import_plan.RowValues`)."""

    def __init__(self, db: Database, sheet: _Sheet, strict: bool) -> None:
        self.db = db
        self.sheet = sheet
        self.strict = strict
        self.committees: dict[str, tuple[list[int], list[str]]] = {}
        self.translated = translated_codes()
        numbers = sheet.table.row_numbers
        ordered = all(a < b for a, b in zip(numbers, numbers[1:]))
        self._index = None if ordered else {n: i for i, n in enumerate(numbers)}

    def cells(self, number: int) -> list[str]:
        numbers = self.sheet.table.row_numbers
        index = self._index[number] if self._index is not None else bisect_left(numbers, number)
        return self.sheet.table.rows[index]

    def parse(self, number: int, cells: list[str] | None = None) -> _Parsed | None:
        """The row's values and problems, or None when the chosen columns are empty in it."""
        sheet = self.sheet
        if cells is None:
            cells = self.cells(number)
        raw = {f: _cell(f, cells[i]) for f, i in sheet.columns.items() if cells[i].strip()}
        if not raw:
            return None
        for f in _CHOICE_FIELDS.intersection(raw):
            raw[f] = to_code(f.removeprefix("contact_"), raw[f], self.translated)
        unit_raw = {f: v for f, v in raw.items() if f in UNIT_FIELDS}
        contact_raw = {CONTACT_KEYS[f]: v for f, v in raw.items() if f in CONTACT_FIELDS}
        parsed = _Parsed()
        if contact_raw:
            _route_mobile(sheet, number, contact_raw, parsed.notes, parsed.problems, self.strict)
            parsed.contact = _validate_contact(sheet, number, contact_raw, parsed.notes, parsed.problems, self.strict)
        if unit_raw:
            values, present = _validate_unit(self.db, sheet, number, unit_raw, parsed.problems, self.committees)
            parsed.unit = (values, present)
        return parsed

    def unit_values(self, unit: PlannedUnit) -> dict[str, Any]:
        """The unit's values as its rows give them: a later row's non-empty cells replace the
        earlier ones, committees add up."""
        merged: dict[str, Any] | None = None
        for row in unit.rows:
            parsed = self.parse(row)
            if parsed is None or parsed.unit is None:
                continue
            values, present = parsed.unit
            if merged is None:
                merged = values
                continue
            for f in present:
                merged[f] = sorted(set(merged[f]) | set(values[f])) if f == "committee_ids" else values[f]
        if merged is None:  # the plan only keeps rows that gave values
            raise LookupError(f"no values in rows {unit.rows}")
        return merged

    def contact_values(self, contact: PlannedContact) -> dict[str, Any]:
        merged: dict[str, Any] | None = None
        for row in contact.rows:
            parsed = self.parse(row)
            if parsed is None or not parsed.contact or not parsed.contact[0]:
                continue
            values, present = parsed.contact
            if merged is None:
                merged = values
                continue
            for f in present:
                merged[f] = values[f]
        if merged is None:
            raise LookupError(f"no values in rows {contact.rows}")
        return merged


def _read_rows(reader: _RowReader, grouper: Grouper) -> RowOutcomes:
    sheet = reader.sheet
    results = RowOutcomes()
    left_out = left_out_rows(sheet.table.row_numbers, sheet.table.rows)
    last: tuple[PlannedUnit | None, int] | None = None  # unit of the last row that named one
    for number, cells in zip(sheet.table.row_numbers, sheet.table.rows):
        results.outcome[number] = IGNORED
        if number in left_out:
            results.add_notes(number, RowProblem(number, "", "", left_out[number]))
            continue
        parsed = reader.parse(number, cells)
        if parsed is None:
            continue
        problems = parsed.problems
        results.add_notes(number, *parsed.notes)
        contact = parsed.contact
        group = None
        if parsed.unit is not None:
            values, present = parsed.unit
            if not problems:
                group, conflicts = grouper.find(number, values, present)
                problems.extend(conflicts)
            if contact and group and not problems:
                problems.extend(grouper.contact_conflicts(group, number, *contact))
            if not problems:
                group = grouper.add_unit(group, number, values, present)
            last = (None if problems else group, number)
        elif last is None:
            problems.append(sheet.problem(number, "name", _reason("name", Msg(REQUIRED))))
        elif last[0] is None:
            problems.append(sheet.problem(number, None, Msg(
                "belongs to the unit in row {row}, which cannot be imported because of errors", row=last[1])))
        else:
            group = last[0]
            if contact:
                problems.extend(grouper.contact_conflicts(group, number, *contact))
            if not problems:
                group.rows.append(number)
        if problems:
            results.outcome[number] = ERROR
            results.add_problems(number, *problems)
        elif contact and group is not None:
            grouper.add_contact(group, number, *contact)
    return results


def _cell(field: str, text: str) -> str:
    text = unquote(text.strip())
    return text if field == "notes" else join_lines(text)


def plan_import(db: Database, table: Table, mapping: Mapping[int, str | None],
                duplicate_policy: str = MERGE, strict: bool = False) -> ImportPlan:
    """A dry run of importing ``table`` with the chosen columns: nothing is written.

    ``duplicate_policy`` is ``"merge"`` or ``"skip"`` (see :mod:`import_plan`). A wrong contact
    cell is left empty and listed in ``plan.notes`` (the unit and contact are imported), unless
    ``strict``: then the row is refused. Total and note rows are left out and listed there too.
    Raises UserError when the column choice cannot work (no unit-name column...).
    """
    if duplicate_policy not in DUPLICATE_POLICIES:
        raise ValueError(f"unknown duplicate policy {duplicate_policy!r}")
    sheet = _Sheet(table, check_mapping(mapping))
    reader = _RowReader(db, sheet, strict)
    grouper = Grouper(sheet.problem, reader)
    results = _read_rows(reader, grouper)
    units = _match_all(Existing(db), grouper.units, duplicate_policy, results, sheet.problem, reader)
    return ImportPlan(table.source, duplicate_policy, units, results, reader, problem_at=sheet.problem,
                      strict=strict, duplicate_columns=_unmapped_duplicates(table, mapping))


def _unmapped_duplicates(table: Table, mapping: Mapping[int, str | None]) -> list[tuple[str, str, str]]:
    """Repeated headers whose later column holds data the chosen fields leave out."""
    found = []
    for first, second in duplicate_headers(table.header):
        if mapping.get(second) or not any(cells[second].strip() for cells in table.rows):
            continue
        found.append((table.header[second], column_letter(first), column_letter(second)))
    return found


def _match_all(ex: Existing, planned: list[PlannedUnit], policy: str, results: RowOutcomes,
               problem_at: Callable[[int, str | None, Msg], RowProblem], values: RowValues) -> list[PlannedUnit]:
    """Match every unit of the file with the registered ones and decide what to write;
    units that cannot be imported have their rows marked as errors and are left out."""
    claimed: dict[int, int] = {}
    numbers: dict[str, int] = {}
    units: list[PlannedUnit] = []
    for unit in planned:
        problems = match(ex, unit, policy, claimed, numbers)
        if problems:
            for row in unit.rows:
                results.outcome[row] = ERROR
                results.add_problems(row, *(
                    problem_at(row, f, _reason(f, m) if f else Msg("This unit {reason}", reason=m))
                    for f, m in problems))
            continue
        decide(ex, unit, policy, values)
        units.append(unit)
        for row in unit.rows:
            results.outcome[row] = unit.action
    return units


def _recheck(db: Database, plan: ImportPlan, values: RowValues) -> Existing:
    """Match the plan again inside the write transaction: a unit registered since the
    preview (by the clerk, another window or another import) is then found, and
    skipped or merged instead of created twice."""
    results = plan.rows
    before = {row: len(found) for row, found in results.problems.items()}
    for unit in plan.units:
        unit.existing_id = unit.existing_name = None
        for c in unit.contacts:
            c.existing_id = None
    ex = Existing(db)
    plan.units = _match_all(ex, plan.units, plan.policy, results, plan.problem_at or _no_column, values)
    plan.late_problems = [p for row in sorted(results.problems)
                          for p in results.problems[row][before.get(row, 0):]]
    return ex


def _no_column(row: int, _field: str | None, reason: Msg) -> RowProblem:
    return RowProblem(row, "", "", reason)


def apply_import(db: Database, plan: ImportPlan, progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> ImportCounts:
    """Write ``plan`` as one undoable action (one transaction); returns the counts of
    what was done. ``progress(done, total)`` counts units written; ``cancel()`` is
    asked before each unit and once more before the commit.

    Raises :class:`ImportCancelled` (nothing written) when ``cancel()`` returns True,
    and UserError when the database changed since the plan was made or the plan was
    already applied.
    """
    if plan.applied:
        raise UserError(Msg("This import has already been done; preview the file again to import it again."))
    reader = plan.values
    if reader is None:
        raise ValueError("a plan made by plan_import is needed")
    done, shown_at = 0, 0.0
    note = tr("Imported from {file}", file=plan.source)
    try:
        with db.action(N_("Import member units from {file}"), file=plan.source):
            if isinstance(reader, _RowReader):
                reader.db = db  # committees are looked up in this transaction
            ex = _recheck(db, plan, reader)
            work = [u for u in plan.units if u.writes]
            total = len(work)
            for unit in work:
                if cancel is not None and cancel():
                    raise ImportCancelled()
                final, _before, contacts = final_values(ex, unit, reader)  # read from the sheet again
                if unit.action == CREATE:
                    unit_id = insert_unit(db, final)
                else:
                    unit_id = unit.existing_id or 0
                    if unit.action == UPDATE:
                        apply_unit_update(db, unit_id, final, change_note=note)
                for i, (c, (values, _current)) in enumerate(zip(unit.contacts, contacts)):
                    if c.action == ADD:  # a new unit's first contact is its primary contact
                        primary = 1 if unit.action == CREATE and i == 0 else 0
                        insert_contact(db, {**values, "unit_id": unit_id, "is_primary": primary})
                    elif c.action == UPDATE:
                        apply_contact_update(db, c.existing_id or 0, {**values, "unit_id": unit_id})
                done += 1
                if progress is not None and (done == total or time.monotonic() - shown_at > 0.1):
                    shown_at = time.monotonic()
                    progress(done, total)
            if cancel is not None and cancel():
                raise ImportCancelled()
    except sqlite3.IntegrityError as exc:
        raise UserError(Msg("The member list changed since the preview; nothing was imported. "
                            "Preview the file again.")) from exc
    except ImportCancelled:
        raise
    except NotFound as exc:
        raise UserError(Msg("The member list changed since the preview (a unit or contact was deleted); nothing "
                            "was imported. Preview the file again.")) from exc
    plan.applied = True
    if progress is not None and not work:
        progress(0, 0)
    return plan.counts

