"""What the detail pane shows of one member unit: its facts, committees, contacts and
level/status history at a glance, with personal data masked (mobiles as 138****5678)."""

from __future__ import annotations

from dataclasses import dataclass

from core.members import committees, contacts, units


@dataclass(frozen=True)
class ContactLine:
    name: str
    position: str
    mobile_masked: str
    email: str
    is_primary: bool


@dataclass(frozen=True)
class UnitDetail:
    unit: units.Unit
    committee_names: list[str]
    contacts: list[ContactLine]
    history: list[units.HistoryEntry]  # newest first


def unit_detail(db, unit_id: int, history_lines: int = 5) -> UnitDetail:  # type: ignore[no-untyped-def]
    unit = units.get_unit(db, unit_id)
    names = {c.id: c.name for c in committees.list_committees(db)}
    people = sorted(contacts.unit_contacts(db, unit_id), key=lambda c: (not c.is_primary, c.name))
    lines = [ContactLine(c.name, c.position, contacts.mask_mobile(c.mobile), c.email, c.is_primary) for c in people]
    history = sorted(units.unit_history(db, unit_id), key=lambda e: e.changed_on, reverse=True)[:history_lines]
    return UnitDetail(unit, [names[i] for i in unit.committee_ids if i in names], lines, history)
