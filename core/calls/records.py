"""The record kinds of calls, nominations, the expert pool and the standards roster, registered
for undo, history, the trash, backup counts and the database check (core.storage.registry).
Imported by the last line of core.records."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.i18n import Msg, N_
from core.storage import checks
from core.storage.registry import Link, ParentField, RecordKind, Unique, register

_INTERNAL = frozenset({"search_text", "sort_key", "created_at", "updated_at"})


def _call_labels() -> Mapping[str, str]:
    from core.calls.service import CALL_LABELS

    return CALL_LABELS


def _nomination_labels() -> Mapping[str, str]:
    from core.calls.nominations import NOMINATION_LABELS

    return NOMINATION_LABELS


def _person_labels(table: str):  # type: ignore[no-untyped-def]
    def labels() -> Mapping[str, str]:
        from core.calls.pool import labels as pool_labels

        return pool_labels(table)
    return labels


def _restore_calls(db: Any, ids: list[int]) -> Any:
    from core.calls import service

    return service.restore_calls(db, ids)


def _delete_calls(db: Any, ids: list[int]) -> Any:
    from core.calls import service

    return service.delete_calls(db, ids)


def _revert_call(db: Any, call_id: int, change: Any) -> None:
    from core.calls import service
    from core.errors import UserError

    if change.field not in service.CALL_LABELS or change.field == "committee_ids":
        raise UserError(Msg("That change cannot be reverted from here."))
    current = service.call_as_raw(service.get_call(db, call_id))
    old = change.old
    if change.field == "sides":
        old = (old or "").split(",")
    service.update_call(db, call_id, {**current, change.field: old})


def _refresh_call(conn: Any, row_id: int) -> None:
    from core.calls import service

    service.refresh_call_search(conn, row_id)


def _restore_nominations(db: Any, ids: list[int]) -> Any:
    from core.calls import nominations

    return nominations.restore_nominations(db, ids)


def _delete_nominations(db: Any, ids: list[int]) -> Any:
    from core.calls import nominations

    return nominations.delete_nominations(db, ids)


def _refresh_nomination(conn: Any, row_id: int) -> None:
    from core.calls import nominations

    nominations.refresh_nomination_search(conn, row_id)


def _committee_name(db: Any, row: Mapping[str, Any]) -> str:
    from core.members.committees import list_committees

    names = {c.id: c.name for c in list_committees(db)}
    return names.get(row.get("committee_id"), str(row.get("committee_id")))


def _pool_hooks(table: str) -> dict[str, Any]:
    def restore(db: Any, ids: list[int]) -> Any:
        from core.calls import pool

        return pool.restore_people(db, table, ids)

    def delete(db: Any, ids: list[int]) -> Any:
        from core.calls import pool

        return pool.delete_people(db, table, ids)

    def refresh(conn: Any, row_id: int) -> None:
        from core.calls import pool

        pool.refresh_search(table)(conn, row_id)

    def revert(db: Any, row_id: int, change: Any) -> None:
        from core.calls import pool

        pool.revert_field(table)(db, row_id, change)

    return {"restore": restore, "delete": delete, "refresh_search": refresh, "revert_field": revert}


def _scan_blobs(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    """A nomination whose scanned copy is missing from the stored files (a damaged or hand-edited file)."""
    return [(Msg("The scanned copy of the nomination {name} is missing; the link to it can be removed.",
                 name=r["name"]), lambda c, row_id=r["id"]: checks.unlink_missing_scan(c, row_id), r["id"])
            for r in checks.nominations_missing_scan(conn)]


register(RecordKind(
    table="calls", label=N_("call {name}"), plural=N_("Calls"), name_column="title",
    field_labels=_call_labels, internal=_INTERNAL, in_trash=True, counted=True, refresh_search=_refresh_call,
    restore=_restore_calls, delete=_delete_calls, revert_field=_revert_call))
register(RecordKind(
    table="call_committees", key=("call_id", "committee_id"), name_column="committee_id",
    parents=(Link("calls", "call_id"), Link("committees", "committee_id")),
    in_parent=ParentField(Link("calls", "call_id"), "committee_ids", N_("Professional committees"),
                          _committee_name)))
register(RecordKind(
    table="nominations", label=N_("nomination {name}"), plural=N_("Nominations and applications"),
    field_labels=_nomination_labels, internal=_INTERNAL, parents=(Link("calls", "call_id"),), in_trash=True,
    counted=True, refresh_search=_refresh_nomination, rules=(_scan_blobs,),
    restore=_restore_nominations, delete=_delete_nominations))
register(RecordKind(table="nomination_reviews", name_column="to_state", parents=(Link("nominations", "nomination_id"),),
                    internal=frozenset({"recorded_at"})))
for _table, _label, _plural, _link, _owner in (
        ("experts", N_("expert {name}"), N_("Expert pool"), "expert_committees", "expert_id"),
        ("standards_members", N_("standards group member {name}"), N_("Standards group"),
         "standards_member_committees", "member_id")):
    register(RecordKind(
        table=_table, label=_label, plural=_plural, field_labels=_person_labels(_table), internal=_INTERNAL,
        in_trash=True, counted=True,
        unique=(Unique("id_number", N_("ID number"), N_("The {what} {value} is used by several people: {names}.")),),
        **_pool_hooks(_table)))
    register(RecordKind(
        table=_link, key=(_owner, "committee_id"), name_column="committee_id",
        parents=(Link(_table, _owner), Link("committees", "committee_id")),
        in_parent=ParentField(Link(_table, _owner), "committee_ids", N_("Professional committees"),
                              _committee_name)))
