"""Matching the units of an imported sheet with the registered ones, and deciding
what to write.

Registered (not deleted) units are loaded once and looked up in dictionaries: by
credit code first, then by folded name. A name match whose credit code differs
from the one on record, a code match whose new name belongs to another registered
unit, a member number already given to another unit, and two units of the file
that match the same registered unit are reported instead of written. With the
``merge`` policy, non-empty imported values replace the registered ones (committees
add up) and a contact of the same name is updated instead of added twice.
"""

from __future__ import annotations

from typing import Any

from core.exchange.grouping import name_key
from core.exchange.import_plan import ADD, CREATE, SKIP, SKIPPED, UNCHANGED, UPDATE, PlannedUnit, RowValues
from core.i18n import Msg
from core.storage import member_lists
from core.storage import units as unit_store
from core.storage.contacts import CONTACT_COLUMNS
from core.storage.database import Database
from core.storage.units import UNIT_COLUMNS


class Existing:
    """The registered (not deleted) units, loaded once, looked up by code, name and number."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.lock:
            rows = member_lists.units_for_export(db)
        self.units = {r["id"]: {k: r[k] for k in UNIT_COLUMNS} for r in rows}
        self.by_code = {u["credit_code"]: i for i, u in self.units.items() if u["credit_code"]}
        self.by_member_no = {u["member_no"]: i for i, u in self.units.items() if u["member_no"]}
        self.by_name: dict[str, int] = {}
        for i, u in self.units.items():
            self.by_name.setdefault(name_key(u["name"]), i)
        self._contacts: dict[int, dict[str, dict[str, Any]]] | None = None

    def contacts(self, unit_id: int) -> dict[str, dict[str, Any]]:
        """{folded name: contact row} of a registered unit (all contacts loaded at first use)."""
        if self._contacts is None:
            self._contacts = {}
            with self.db.lock:
                rows = member_lists.contacts_for_export(self.db)
            for r in sorted(rows, key=lambda r: r["id"]):
                self._contacts.setdefault(r["unit_id"], {}).setdefault(
                    name_key(r["name"]), {"id": r["id"], **{k: r[k] for k in CONTACT_COLUMNS}})
        return self._contacts.get(unit_id, {})

    def current(self, unit_id: int) -> dict[str, Any]:
        """The unit's stored values, committees included, as ``apply_unit_update`` takes them."""
        with self.db.lock:
            committees = unit_store.committee_ids(self.db, unit_id)
        return {**self.units[unit_id], "committee_ids": committees}


def match(ex: Existing, unit: PlannedUnit, policy: str, claimed: dict[int, int], numbers: dict[str, int]
           ) -> list[tuple[str | None, Msg]]:
    """Find the registered unit for ``unit``; returns (field, reason) problems."""
    code, key = unit.credit_code, name_key(unit.name)
    problems: list[tuple[str | None, Msg]] = []
    found = ex.by_code.get(code) if code else None
    if found is None:
        found = ex.by_name.get(key)
        on_record = ex.units[found]["credit_code"] if found is not None else None
        if code and on_record and on_record != code:
            problems.append(("credit_code", Msg("differs from the code on record for {unit} ({code})",
                                                unit=ex.units[found]["name"], code=on_record)))
    elif ex.by_name.get(key, found) != found:
        problems.append(("name", Msg("is already used by {unit}", unit=ex.units[ex.by_name[key]]["name"])))
    unit.existing_id = found
    unit.existing_name = ex.units[found]["name"] if found is not None else None
    if found is not None and policy == SKIP:
        return []
    if found is not None and found in claimed:
        problems.append((None, Msg("is the same registered unit ({unit}) as row {row}",
                                   unit=ex.units[found]["name"], row=claimed[found])))
    number = unit.member_no if "member_no" in unit.present else None
    if number and ex.by_member_no.get(number, found) != found:
        problems.append(("member_no", Msg("is already used by {unit}", unit=ex.units[ex.by_member_no[number]]["name"])))
    elif number and number in numbers:
        problems.append(("member_no", Msg("is also given to the unit in row {row}", row=numbers[number])))
    if not problems:
        if found is not None:
            claimed[found] = unit.rows[0]
        if number:
            numbers[number] = unit.rows[0]
    return problems


def decide(ex: Existing, unit: PlannedUnit, policy: str, values: RowValues) -> None:
    """Set the unit's and its contacts' actions (the values to write are made again when
    writing, by :func:`final_values`)."""
    if unit.existing_id is None:
        unit.action = CREATE
        for c in unit.contacts:
            c.action, c.existing_id = ADD, None
        return
    if policy == SKIP:
        unit.action = SKIPPED
        for c in unit.contacts:
            c.action = SKIPPED
        return
    final, before, contacts = final_values(ex, unit, values)
    unit.action = UNCHANGED if final == before else UPDATE
    for c, (contact_final, current) in zip(unit.contacts, contacts):
        if c.existing_id is None:
            c.action = ADD
        else:
            c.action = UNCHANGED if contact_final == current else UPDATE


def final_values(ex: Existing, unit: PlannedUnit, values: RowValues
                 ) -> tuple[dict[str, Any], dict[str, Any] | None, list[tuple[dict[str, Any], dict[str, Any] | None]]]:
    """(what to write for the unit, its registered values or None, [(what to write for each
    contact, its registered values or None)]); sets each contact's ``existing_id``. A new
    unit and a new contact are written as the file gives them; with ``merge``, non-empty
    imported values replace the registered ones (committees add up)."""
    unit_values = values.unit_values(unit)
    if unit.existing_id is None:
        return unit_values, None, [(values.contact_values(c), None) for c in unit.contacts]
    before = ex.current(unit.existing_id)
    final = dict(before)
    for f in unit.present:
        final[f] = sorted(set(before[f]) | set(unit_values[f])) if f == "committee_ids" else unit_values[f]
    registered = ex.contacts(unit.existing_id)
    contacts: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for c in unit.contacts:
        contact_values = values.contact_values(c)
        old = registered.get(c.key)
        if old is None:
            c.existing_id = None
            contacts.append((contact_values, None))
            continue
        current = {k: old[k] for k in CONTACT_COLUMNS if k != "unit_id"}
        c.existing_id = old["id"]
        contacts.append(({**current, **{f: contact_values[f] for f in c.present}}, current))
    return final, before, contacts
