"""Grouping the rows of an imported sheet into units, each with its contacts.

Rows name the same unit when they share a credit code, or a name that is equal
once folded (Traditional = Simplified, full-width = half-width, case and spaces
ignored). Each contact of a unit is kept once, by folded name. A row whose value
contradicts an earlier row of the same unit (another level, another code...) is
reported instead of silently overwriting it; committees add up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from core.exchange.columns import FIELD_LABELS
from core.exchange.import_plan import PlannedContact, PlannedUnit, RowProblem, RowValues
from core.i18n import Msg
from core.members.choices import GENDERS, LEVELS, STATUSES, UNIT_TYPES
from core.text.search import fold

_VOCABULARIES = {"level": LEVELS, "unit_type": UNIT_TYPES, "status": STATUSES, "gender": GENDERS}
_UNIT_FIELD = {"committee_ids": "committees"}


def name_key(text: str | None) -> str:
    """What two names must share to be the same unit or contact."""
    return fold(unicodedata.normalize("NFKC", text or ""))


def shown(field: str, value: Any) -> str:
    """A stored value as a clerk reads it (labels for codes, 、 between lists)."""
    if field in _VOCABULARIES and value:
        return _VOCABULARIES[field].label(value)
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return "" if value is None else str(value)


def translated_codes() -> dict[str, dict[str, str]]:
    """{level/unit_type/status/gender: {folded label as any catalog translates it: code}}.

    The vocabularies know their English labels and usual Chinese names; this adds
    the catalogs' own translations, so a sheet exported in any language reads back.
    """
    from core.i18n import catalog_dir, read_catalog

    catalogs = [read_catalog(path) for path in sorted(catalog_dir().glob("*.ts"))]
    found: dict[str, dict[str, str]] = {}
    for field, vocabulary in _VOCABULARIES.items():
        codes = found[field] = {}
        for choice in vocabulary.choices:
            for catalog in catalogs:
                if catalog.get(choice.label):
                    codes.setdefault(fold(catalog[choice.label]), choice.code)
    return found


def to_code(field: str, text: str, translated: dict[str, dict[str, str]]) -> str:
    """``text`` itself if its vocabulary understands it, else the code of a translated label."""
    if field not in _VOCABULARIES or _VOCABULARIES[field].parse(text) is not None:
        return text
    return translated[field].get(fold(text.strip()), text)


Problem = Callable[[int, "str | None", Msg], RowProblem]

_INDEXED = 8  # a unit with more contacts than this gets a dictionary of them by name
_RECENT = 64  # units and contacts whose merged values are kept (rows of one unit are usually together)


class Grouper:
    """Collects the units of one sheet in the order they first appear.

    Units and contacts keep their rows, not their values: when a later row names a unit
    or contact again, the earlier values are read from the sheet again (``values``) to
    compare them, so the plan of a large sheet holds no second copy of its text."""

    def __init__(self, problem: Problem, values: RowValues) -> None:
        self.problem = problem
        self.values = values
        self.units: list[PlannedUnit] = []
        self._by_code: dict[str, PlannedUnit] = {}
        self._by_name: dict[str, PlannedUnit] = {}
        # (id of unit or contact, field) -> row it came from, for fields a later row added; the others
        # came from the first row (most units have one row: nothing is stored for them)
        self._origin: dict[tuple[int, str], int] = {}
        self._contacts: dict[int, dict[str, PlannedContact]] = {}  # only for units with many contacts
        self._sets: dict[frozenset[str], frozenset[str]] = {}  # rows fill the same columns: one set for all
        # id of unit or contact -> its values so far, for the few last named (a unit named on 10,000 rows
        # is not read 10,000 times over)
        self._recent: dict[int, dict[str, Any]] = {}

    def _values(self, target: PlannedUnit | PlannedContact) -> dict[str, Any]:
        key = id(target)
        values = self._recent.pop(key, None)
        if values is None:
            if isinstance(target, PlannedUnit):
                values = self.values.unit_values(target)
            else:
                values = self.values.contact_values(target)
        self._remember(key, values)
        return values

    def _remember(self, key: int, values: dict[str, Any]) -> None:
        self._recent[key] = values
        if len(self._recent) > _RECENT:
            del self._recent[next(iter(self._recent))]

    def _merge(self, target: PlannedUnit | PlannedContact, values: dict[str, Any], present: set[str]) -> None:
        """Add a later row's values to the remembered ones, as ``RowValues`` would read them."""
        merged = self._recent.get(id(target))
        if merged is None:
            return
        for f in present:
            merged[f] = sorted(set(merged[f]) | set(values[f])) if f == "committee_ids" else values[f]

    def _same(self, fields: set[str] | frozenset[str]) -> frozenset[str]:
        frozen = frozenset(fields)
        return self._sets.setdefault(frozen, frozen)

    def _conflicts(self, target: Any, old: dict[str, Any], present_old: frozenset[str], row: int,
                   new: dict[str, Any], present: set[str], prefix: str) -> list[RowProblem]:
        problems = []
        for f in sorted(present & present_old):
            if f == "committee_ids" or old[f] == new[f] or (f == "name" and name_key(old[f]) == name_key(new[f])):
                continue
            field = _UNIT_FIELD.get(f, prefix + f)
            reason = Msg("{field}: {problem}", field=Msg(FIELD_LABELS[field]), problem=Msg(
                "differs from row {row} of the same unit ({value})", row=self._origin.get((id(target), f), target.rows[0]),
                value=shown(f, old[f])))
            problems.append(self.problem(row, field, reason))
        return problems

    def find(self, row: int, values: dict[str, Any], present: set[str]
             ) -> tuple[PlannedUnit | None, list[RowProblem]]:
        """The unit an earlier row already named, and the contradictions with it."""
        code = values.get("credit_code")
        unit = self._by_code.get(code) if code else None
        if unit is None:
            unit = self._by_name.get(name_key(values["name"]))
        if unit is None:
            return None, []
        return unit, self._conflicts(unit, self._values(unit), unit.present, row, values, present, "")

    def add_unit(self, unit: PlannedUnit | None, row: int, values: dict[str, Any], present: set[str]
                 ) -> PlannedUnit:
        if unit is None:
            unit = PlannedUnit([row], self._same(present), values["name"], values.get("credit_code"),
                               values.get("member_no"))
            self.units.append(unit)
            self._remember(id(unit), dict(values))
        else:
            unit.rows.append(row)
            self._merge(unit, values, present)
            for f in present - unit.present:
                self._origin[(id(unit), f)] = row
            unit.name = values["name"]  # as merging the rows' values gives it: the later row's form
            if "credit_code" in present:
                unit.credit_code = values["credit_code"]
            if "member_no" in present:
                unit.member_no = values["member_no"]
            unit.present = self._same(unit.present | present)
        if unit.credit_code:
            self._by_code.setdefault(unit.credit_code, unit)
        self._by_name.setdefault(name_key(unit.name), unit)
        return unit

    def _contact(self, unit: PlannedUnit, key: str) -> PlannedContact | None:
        index = self._contacts.get(id(unit))
        if index is not None:
            return index.get(key)
        return next((c for c in unit.contacts if c.key == key), None)

    def contact_conflicts(self, unit: PlannedUnit, row: int, values: dict[str, Any], present: set[str]
                          ) -> list[RowProblem]:
        if not values:
            return []
        contact = self._contact(unit, name_key(values["name"]))
        if contact is None:
            return []
        return self._conflicts(contact, self._values(contact), contact.present, row, values, present, "contact_")

    def add_contact(self, unit: PlannedUnit, row: int, values: dict[str, Any], present: set[str]) -> None:
        if not values:
            return
        key = name_key(values["name"])
        contact = self._contact(unit, key)
        if contact is None:
            contact = PlannedContact([row], self._same(present), key)
            unit.contacts.append(contact)
            self._remember(id(contact), dict(values))
            index = self._contacts.get(id(unit))
            if index is not None:
                index[key] = contact
            elif len(unit.contacts) > _INDEXED:
                self._contacts[id(unit)] = {c.key: c for c in unit.contacts}
        else:
            contact.rows.append(row)
            self._merge(contact, values, present)
            for f in present - contact.present:
                self._origin[(id(contact), f)] = row
            contact.present = self._same(contact.present | present)
