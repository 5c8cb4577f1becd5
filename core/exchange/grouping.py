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
from core.exchange.import_plan import PlannedContact, PlannedUnit, RowProblem
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


class Grouper:
    """Collects the units of one sheet in the order they first appear."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.units: list[PlannedUnit] = []
        self._by_code: dict[str, PlannedUnit] = {}
        self._by_name: dict[str, PlannedUnit] = {}
        # (id of unit or contact, field) -> row it came from, for fields a later row added; the others
        # came from the first row (most units have one row: nothing is stored for them)
        self._origin: dict[tuple[int, str], int] = {}
        self._contacts: dict[int, dict[str, PlannedContact]] = {}
        self._sets: dict[frozenset[str], frozenset[str]] = {}  # rows fill the same columns: one set for all

    def _same(self, fields: set[str] | frozenset[str]) -> frozenset[str]:
        frozen = frozenset(fields)
        return self._sets.setdefault(frozen, frozen)

    def _conflicts(self, target: Any, old: dict[str, Any], present_old: set[str], row: int,
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
        return unit, self._conflicts(unit, unit.values, unit.present, row, values, present, "")

    def add_unit(self, unit: PlannedUnit | None, row: int, values: dict[str, Any], present: set[str]
                 ) -> PlannedUnit:
        if unit is None:
            unit = PlannedUnit([row], values, self._same(present))
            self.units.append(unit)
            self._contacts[id(unit)] = {}
        else:
            unit.rows.append(row)
            for f in present - unit.present:
                self._origin[(id(unit), f)] = row
            for f in present:
                if f == "committee_ids":
                    unit.values[f] = sorted(set(unit.values[f]) | set(values[f]))
                else:
                    unit.values[f] = values[f]
            unit.present = self._same(unit.present | present)
        if unit.values.get("credit_code"):
            self._by_code.setdefault(unit.values["credit_code"], unit)
        self._by_name.setdefault(name_key(unit.values["name"]), unit)
        return unit

    def contact_conflicts(self, unit: PlannedUnit, row: int, values: dict[str, Any], present: set[str]
                          ) -> list[RowProblem]:
        if not values:
            return []
        contact = self._contacts[id(unit)].get(name_key(values["name"]))
        if contact is None:
            return []
        return self._conflicts(contact, contact.values, contact.present, row, values, present, "contact_")

    def add_contact(self, unit: PlannedUnit, row: int, values: dict[str, Any], present: set[str]) -> None:
        if not values:
            return
        key = name_key(values["name"])
        contact = self._contacts[id(unit)].get(key)
        if contact is None:
            contact = self._contacts[id(unit)][key] = PlannedContact([row], values, self._same(present))
            unit.contacts.append(contact)
        else:
            contact.rows.append(row)
            for f in present - contact.present:
                self._origin[(id(contact), f)] = row
            for f in present:
                contact.values[f] = values[f]
            contact.present = self._same(contact.present | present)
