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
from core.exchange.import_plan import ADD, CREATE, SKIP, SKIPPED, UNCHANGED, UPDATE, PlannedUnit
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
    v = unit.values
    code, key = v["credit_code"], name_key(v["name"])
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
    number = v["member_no"] if "member_no" in unit.present else None
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


def decide(ex: Existing, unit: PlannedUnit, policy: str) -> None:
    """Set the unit's and its contacts' actions and the values to write."""
    if unit.existing_id is None:
        unit.action = CREATE
        unit.final = unit.values  # what validate_unit returned: the columns and committee_ids
        for c in unit.contacts:
            c.action, c.final = ADD, c.values
        return
    if policy == SKIP:
        unit.action = SKIPPED
        for c in unit.contacts:
            c.action = SKIPPED
        return
    before = ex.current(unit.existing_id)
    final = dict(before)
    for f in unit.present:
        final[f] = sorted(set(before[f]) | set(unit.values[f])) if f == "committee_ids" else unit.values[f]
    unit.final = final
    unit.action = UNCHANGED if final == before else UPDATE
    registered = ex.contacts(unit.existing_id)
    for c in unit.contacts:
        old = registered.get(name_key(c.values["name"]))
        if old is None:
            c.action, c.final = ADD, c.values
            continue
        current = {k: old[k] for k in CONTACT_COLUMNS if k != "unit_id"}
        c.existing_id = old["id"]
        c.final = {**current, **{f: c.values[f] for f in c.present}}
        c.action = UNCHANGED if c.final == current else UPDATE
