"""The record kinds of the program, each registered once for the safety code.

Undo/redo, the change history and revert, the trash (list, restore, empty), purging,
search-text upkeep, backup counts and the database check all read these
declarations (core.storage.registry); none of them names a table itself.

To add a kind (meetings, nominations, mail...): create its table in a migration,
then add one ``register(RecordKind(...))`` below (or in the feature's own module,
imported at the end of this one). The migration runner installs its change-log
triggers; everything else follows from the declaration. See docs/architecture.md.

Service hooks import their modules when called: the services import the storage
layer, which loads this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.storage import checks
from core.storage import contacts as contact_store
from core.storage import notices as notice_store
from core.storage import units as unit_store
from core.storage.registry import Link, ParentField, RecordKind, Unique, register

# ---- member units -----------------------------------------------------------------------------


def _unit_labels() -> Mapping[str, str]:
    from core.members.units import UNIT_LABELS

    return UNIT_LABELS


def _restore_units(db: Any, ids: list[int]) -> Any:
    from core.members import units

    return units.restore_units(db, ids)


def _delete_units(db: Any, ids: list[int]) -> Any:
    from core.members import units

    return units.delete_units(db, ids)


def _revert_unit(db: Any, unit_id: int, change: Any) -> None:
    from core.members import units
    from core.members.committees import list_committees

    current = units.get_unit(db, unit_id)
    if change.field == "committee_ids":
        ids = set(current.committee_ids)
        cid = next(c.id for c in list_committees(db) if c.name in (change.old, change.new))
        ids = ids | {cid} if change.old else ids - {cid}
        units.update_unit(db, unit_id, {**current.__dict__, "committee_ids": sorted(ids)})
    elif change.field in units.UNIT_LABELS:
        units.update_unit(db, unit_id, {**current.__dict__, change.field: change.old})
    else:
        raise NotFound(Msg("That change cannot be reverted from here."))


register(RecordKind(
    table="units", label=N_("member unit {name}"), plural=N_("Member units"), field_labels=_unit_labels,
    internal=frozenset({"search_text", "sort_key", "short_sort_key", "created_at", "updated_at"}),
    in_trash=True, counted=True, refresh_search=unit_store.refresh_search_text,
    unique=tuple(Unique(column, label, N_("The {what} {value} is used by several units: {names}."))
                 for column, label in (("credit_code", N_("credit code")), ("member_no", N_("member number")),
                                       ("name", N_("unit name")))),
    restore=_restore_units, delete=_delete_units, revert_field=_revert_unit))

# ---- contacts ---------------------------------------------------------------------------------


def _contact_labels() -> Mapping[str, str]:
    from core.members.contacts import CONTACT_LABELS

    return CONTACT_LABELS


def _restore_contacts(db: Any, ids: list[int]) -> Any:
    from core.members import contacts

    return contacts.restore_contacts(db, ids)


def _delete_contacts(db: Any, ids: list[int]) -> Any:
    from core.members import contacts

    return contacts.delete_contacts(db, ids)


def _revert_contact(db: Any, contact_id: int, change: Any) -> None:
    from core.members import contacts

    if change.field not in contacts.CONTACT_LABELS:
        raise NotFound(Msg("That change cannot be reverted from here."))
    current = contacts.get_contact(db, contact_id)
    contacts.update_contact(db, contact_id, {**current.__dict__, change.field: change.old})


def _primary_contact_rules(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    found: list[tuple[Msg, Any, int | None]] = []
    for r in checks.units_with_several_primaries(conn):
        found.append((Msg("{unit} has {count} primary contacts.", unit=r["name"], count=r["n"]),
                      lambda c, unit_id=r["id"]: checks.keep_first_primary(c, unit_id), r["id"]))
    for r in checks.units_without_primary(conn):
        found.append((Msg("{unit} has contacts but no primary contact.", unit=r["name"]),
                      lambda c, unit_id=r["id"]: contact_store.ensure_primary(c, unit_id), r["id"]))
    return found


register(RecordKind(
    table="contacts", label=N_("contact {name}"), plural=N_("Contacts"), field_labels=_contact_labels,
    parents=(Link("units", "unit_id"),), in_trash=True, counted=True,
    refresh_search=contact_store.refresh_search_text, rules=(_primary_contact_rules,),
    restore=_restore_contacts, delete=_delete_contacts, revert_field=_revert_contact))

# ---- committees and the units' committee membership, level/status history ---------------------------


def _committee_name(db: Any, row: Mapping[str, Any]) -> str:
    from core.members.committees import list_committees

    names = {c.id: c.name for c in list_committees(db)}
    return names.get(row.get("committee_id"), str(row.get("committee_id")))


register(RecordKind(table="committees", label=N_("committee {name}")))
register(RecordKind(
    table="unit_committees", key=("unit_id", "committee_id"), name_column="committee_id",
    parents=(Link("units", "unit_id"), Link("committees", "committee_id")),
    in_parent=ParentField(Link("units", "unit_id"), "committee_ids", N_("Professional committees"),
                          _committee_name)))
register(RecordKind(table="unit_history", name_column="field", parents=(Link("units", "unit_id"),),
                    internal=frozenset({"recorded_at"})))

# ---- the alliance's settings, notices and their attachments and addressees ----------------------------

register(RecordKind(table="alliance_settings", key=("key",), name_column="key"))


def _notice_labels() -> Mapping[str, str]:
    from core.notices.service import NOTICE_LABELS

    return {**NOTICE_LABELS, "status": N_("Status"), "prefix": N_("Document-number prefix"), "year": N_("Year"),
            "serial": N_("Serial number"), "issued_at": N_("Issued at"), "version": N_("Version"),
            "version_of": N_("Correction of")}


def _restore_notices(db: Any, ids: list[int]) -> Any:
    from core.notices import service

    return service.restore_notices(db, ids)


def _delete_notices(db: Any, ids: list[int]) -> Any:
    from core.notices import service

    return service.delete_notices(db, ids)


def _revert_notice(db: Any, notice_id: int, change: Any) -> None:
    from core.notices import service

    notice = service.get_notice(db, notice_id)
    if notice.frozen or change.field not in service.NOTICE_LABELS:
        raise UserError(Msg("An issued notice cannot be changed: make a correction instead."))
    value = change.old
    if change.field == "body":
        value = service.blocks_from_json(change.old or "[]")
    elif change.field == "copies":
        value = change.old or ""
    service.update_notice(db, notice_id, {**service.as_raw(notice), change.field: value})


def _refresh_notice_search(conn: Any, notice_id: int) -> None:
    from core.notices import service

    row = notice_store.get(conn, notice_id)
    if row is not None:
        number = service.format_number(row["prefix"], row["year"], row["serial"])
        text = service.search_text(row["title"], row["addressees"], service.blocks_from_json(row["body"]), number)
        notice_store.set_search_text(conn, notice_id, text)


def _orphan_files(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    return [(Msg("The stored file {name} is not attached to anything; it can be removed.", name=r["name"]),
             lambda c, blob_id=r["id"]: checks.delete_blob(c, blob_id), r["id"]) for r in checks.orphan_blobs(conn)]


register(RecordKind(
    table="notices", label=N_("notice {name}"), plural=N_("Notices"), name_column="title",
    field_labels=_notice_labels, in_trash=True, counted=True, refresh_search=_refresh_notice_search,
    restore=_restore_notices, delete=_delete_notices, revert_field=_revert_notice))
register(RecordKind(table="notice_attachments", parents=(Link("notices", "notice_id"),), rules=(_orphan_files,)))
register(RecordKind(table="notice_addressees", key=("notice_id", "unit_id"), name_column="unit_id",
                    parents=(Link("notices", "notice_id"), Link("units", "unit_id"))))
import core.meetings.records  # noqa: E402,F401  (meetings, attendance, agenda, action items)
import core.overview.records  # noqa: E402,F401  (saved searches)
import core.calls.records  # noqa: E402,F401  (calls, nominations, expert pool, standards roster)
import core.mail.records  # noqa: E402,F401  (e-mail: outbox, sent log, refused addresses)
