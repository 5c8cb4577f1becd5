"""Recipients from a SELECTOR (docs/cli.md): ``all``, ``level:理事单位``, ``committee:智能交通``,
``unit:<id>``, ``contact:<id>``, joined with commas; each unit's primary contact or all
its contacts. A message about a call or a meeting adds ``invited`` (the units invited, a
meeting's invitees) and ``unanswered`` (units that have not answered the call, invitees
who have not replied)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from core.errors import UserError
from core.i18n import Msg
from core.members.choices import LEVELS
from core.storage import mail as store
from core.storage.database import Database


class SelectorError(UserError):
    pass


@dataclass(frozen=True)
class Recipient:
    unit_id: int
    unit_name: str
    contact_id: int | None
    contact_name: str
    address: str


@dataclass
class Selection:
    """Whom a selector names: recipients, and the units or contacts left out with the reason."""
    recipients: list[Recipient] = field(default_factory=list)
    skipped: list[tuple[str, str, Msg]] = field(default_factory=list)  # unit, contact, reason


@dataclass(frozen=True)
class Selector:
    unit_ids: tuple[int, ...] = ()
    contact_ids: tuple[int, ...] = ()
    skipped: tuple[tuple[str, str, Msg], ...] = ()  # named but not writable (a guest, a deleted contact)


GROUPS = {"invited": "invited", "邀请": "invited", "邀請": "invited",
          "unanswered": "unanswered", "未回复": "unanswered", "未回覆": "unanswered"}


def parse(db: Database, text: str, groups: Mapping[str, Selector] | None = None) -> Selector:
    """The units (in order, once each) and single contacts a selector names; a clear message
    for a term that names nothing known. ``groups``: the named recipients of the message's
    source (``invited``, ``unanswered``)."""
    units: list[int] = []
    contacts: list[int] = []
    skipped: list[tuple[str, str, Msg]] = []
    terms = [t.strip() for t in (text or "").split(",") if t.strip()]
    if not terms:
        raise SelectorError(Msg("Say whom to write to: all, level:…, committee:…, unit:<id> or contact:<id>, "
                                "joined with commas."))
    with db.lock:
        for term in terms:
            key, _, value = term.partition(":")
            key, value = key.strip().lower(), value.strip()
            if key in GROUPS and not value:
                group = (groups or {}).get(GROUPS[key])
                if group is None:
                    raise SelectorError(Msg("{term}: only a message about a call for nominations or a meeting has "
                                            "these recipients.", term=term))
                units += group.unit_ids
                contacts += group.contact_ids
                skipped += group.skipped
            elif key == "all" and not value:
                units += store.all_unit_ids(db)
            elif key == "level" and value:
                level = LEVELS.parse(value)
                if level is None:
                    raise SelectorError(Msg("{term}: no such membership level.", term=term))
                units += store.unit_ids_of_level(db, level)
            elif key == "committee" and value:
                committee = store.committee_id(db, value)
                if committee is None:
                    raise SelectorError(Msg("{term}: no such professional committee.", term=term))
                units += store.unit_ids_of_committee(db, committee)
            elif key in ("unit", "contact") and value:
                if not value.isdigit():
                    raise SelectorError(Msg("{term}: an id is a number.", term=term))
                if key == "unit":
                    if store.live_unit(db, int(value)) is None:
                        raise SelectorError(Msg("{term}: no such member unit.", term=term))
                    units.append(int(value))
                else:
                    if store.unit_of_contact(db, int(value)) is None:
                        raise SelectorError(Msg("{term}: no such contact.", term=term))
                    contacts.append(int(value))
            else:
                raise SelectorError(Msg("{term} is not understood: use all, level:…, committee:…, unit:<id> or "
                                        "contact:<id>.", term=term))
    return Selector(tuple(dict.fromkeys(units)), tuple(dict.fromkeys(contacts)), tuple(dict.fromkeys(skipped)))


def resolve(db: Database, selector: Selector, all_contacts: bool = False) -> Selection:
    """The recipients: for each unit its primary contact (or every contact), then the single
    contacts named; each address once. Units without a contact or address, and addresses
    that are not e-mail addresses, are listed as skipped with the reason."""
    from core.validation import FieldProblem, check_email

    out = Selection(skipped=list(selector.skipped))
    seen: set[str] = set()
    with db.lock:
        unit_rows = {r["id"]: r for r in store.units_by_ids(db, list(selector.unit_ids))}
        extra_units = [store.unit_of_contact(db, c) for c in selector.contact_ids]
        unit_rows.update({r["id"]: r for r in store.units_by_ids(db, [u for u in extra_units if u])})
        wanted_units = [u for u in selector.unit_ids if u in unit_rows]
        by_unit: dict[int, list] = {}
        for row in store.contacts_of_units(db, sorted({*wanted_units, *(u for u in extra_units if u)})):
            by_unit.setdefault(row["unit_id"], []).append(row)

    def add(unit_id: int, row) -> None:  # type: ignore[no-untyped-def]
        unit_name = unit_rows[unit_id]["name"]
        address = (row["email"] or "").strip()
        if not address:
            out.skipped.append((unit_name, row["name"], Msg("no e-mail address")))
            return
        try:
            address = check_email(address)
        except FieldProblem:
            out.skipped.append((unit_name, row["name"], Msg("{address} is not an e-mail address", address=address)))
            return
        if address.lower() in seen:
            return
        seen.add(address.lower())
        out.recipients.append(Recipient(unit_id, unit_name, row["id"], row["name"], address))

    for unit_id in wanted_units:
        rows = by_unit.get(unit_id, [])
        if not rows:
            out.skipped.append((unit_rows[unit_id]["name"], "", Msg("no contact")))
            continue
        for row in rows if all_contacts else rows[:1]:
            add(unit_id, row)
    for contact_id, unit_id in zip(selector.contact_ids, extra_units):
        row = next((r for r in by_unit.get(unit_id or 0, []) if r["id"] == contact_id), None)
        if row is not None:
            add(unit_id, row)  # type: ignore[arg-type]
    return out
