"""The record kinds of meetings, registered once for the safety code (undo, history and
revert, trash, purge, backup counts, search upkeep, database check rules). Imported by
the last line of core/records.py. Hooks import the services when called."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.errors import NotFound
from core.i18n import Msg, N_
from core.storage import meetings as meeting_store
from core.storage import records as generic
from core.storage.registry import Link, RecordKind, register


def _meeting_labels() -> Mapping[str, str]:
    from core.meetings.service import MEETING_LABELS

    return MEETING_LABELS


def _restore_meetings(db: Any, ids: list[int]) -> Any:
    from core.meetings import service

    return service.restore_meetings(db, ids)


def _delete_meetings(db: Any, ids: list[int]) -> Any:
    from core.meetings import service

    return service.delete_meetings(db, ids)


def _revert_meeting(db: Any, meeting_id: int, change: Any) -> None:
    from core.meetings import service

    if change.field not in service.MEETING_LABELS:
        raise NotFound(Msg("That change cannot be reverted from here."))
    meeting = service.get_meeting(db, meeting_id)
    service.update_meeting(db, meeting_id, {**service.as_raw(meeting), change.field: change.old})


def _refresh_meeting(conn: Any, meeting_id: int) -> None:
    from core.meetings import service

    service.refresh_search_text(conn, meeting_id)


def _refresh_attendee(conn: Any, attendee_id: int) -> None:
    from core.meetings import attendance

    attendance.refresh_search_text(conn, attendee_id)


def _refresh_action(conn: Any, item_id: int) -> None:
    from core.meetings import agenda

    agenda.refresh_action_search_text(conn, item_id)


def _attendee_labels() -> Mapping[str, str]:
    from core.meetings.attendance import ATTENDEE_LABELS

    return ATTENDEE_LABELS


def _minutes_labels() -> Mapping[str, str]:
    from core.meetings.service import MINUTES_LABELS

    return MINUTES_LABELS


def _agenda_labels() -> Mapping[str, str]:
    from core.meetings.agenda import AGENDA_LABELS

    return AGENDA_LABELS


def _decision_labels() -> Mapping[str, str]:
    from core.meetings.agenda import DECISION_LABELS

    return DECISION_LABELS


def _action_labels() -> Mapping[str, str]:
    from core.meetings.agenda import ACTION_LABELS

    return ACTION_LABELS


def _signin_rules(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    """An attendee signed in twice (two laptops merged, or a sign-in entered twice): the first
    sign-in stands, the later ones are marked undone (kept, with their times)."""
    found: list[tuple[Msg, Any, int | None]] = []
    for r in meeting_store.attendees_signed_in_twice(conn):
        found.append((Msg("{name} ({unit}) is signed in {count} times at {meeting}; the first sign-in is kept.",
                          name=r["name"], unit=r["unit_name"], count=r["n"], meeting=r["title"]),
                      lambda c, a=r["id"], first=r["first_id"]: meeting_store.undo_later_signins(
                          c, a, first, generic.now()), r["id"]))
    for r in meeting_store.people_signed_in_twice(conn):
        found.append((Msg("{name} is on the list of {meeting} {count} times and signed in on each.",
                          name=r["name"], meeting=r["title"], count=r["n"]), None, r["meeting_id"]))
    for r in meeting_store.stale_signed_in(conn):
        found.append((Msg("The sign-in time of {name} at {meeting} does not match the sign-ins recorded; it is "
                          "set again from them.", name=r["name"], meeting=r["title"]),
                      lambda c, a=r["id"]: meeting_store.set_signed_in_at(
                          c, a, meeting_store.first_live_signin(c, a)), r["id"]))
    for r in meeting_store.signed_in_but_absent(conn):
        status = "observer" if r["is_guest"] else "present"
        found.append((Msg("{name} signed in at {meeting} but is not marked present; marked present.",
                          name=r["name"], meeting=r["title"]),
                      lambda c, a=r["id"], s=status: meeting_store.set_attendee_status(c, a, s), r["id"]))
    for r in meeting_store.substitutes_of_other_meetings(conn):
        found.append((Msg("{name} at {meeting} attends for someone of another meeting; the link is removed.",
                          name=r["name"], meeting=r["title"]),
                      lambda c, a=r["id"]: meeting_store.clear_substitute(c, a), r["id"]))
    return found


def _decision_rules(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    return [(Msg("{meeting} has {count} decisions numbered {number}; they are numbered again in order.",
                 meeting=r["title"], count=r["n"], number=r["number"]),
             lambda c, m=r["meeting_id"]: meeting_store.renumber_decisions(c, m), r["meeting_id"])
            for r in meeting_store.duplicate_decision_numbers(conn)]


def _action_rules(conn: Any) -> list[tuple[Msg, Any, int | None]]:
    return [(Msg("An action item of {meeting} is done but has no date; the day of its last change is used.",
                 meeting=r["title"]),
             lambda c, i=r["id"]: meeting_store.set_done_at_from_update(c, i), r["id"])
            for r in meeting_store.done_without_date(conn)]


MEETINGS = Link("meetings", "meeting_id")

register(RecordKind(
    table="meetings", label=N_("meeting {name}"), plural=N_("Meetings"), name_column="title",
    field_labels=_meeting_labels, in_trash=True, counted=True, refresh_search=_refresh_meeting,
    internal=frozenset({"search_text", "sort_key", "created_at", "updated_at", "uid", "package_of"}),
    restore=_restore_meetings, delete=_delete_meetings, revert_field=_revert_meeting))
register(RecordKind(table="meeting_minutes", label=N_("minutes, version {name}"), name_column="version",
                    field_labels=_minutes_labels, parents=(MEETINGS,),
                    internal=frozenset({"snapshot", "created_at", "updated_at", "version_of"})))
register(RecordKind(table="meeting_notices", key=("meeting_id", "notice_id"), name_column="notice_id",
                    parents=(MEETINGS, Link("notices", "notice_id"))))
register(RecordKind(
    table="meeting_attendees", label=N_("invitee {name}"), plural=N_("Meeting attendees"), parents=(MEETINGS,),
    field_labels=_attendee_labels, counted=True, refresh_search=_refresh_attendee, rules=(_signin_rules,),
    internal=frozenset({"search_text", "sort_key", "created_at", "updated_at", "uid"})))
register(RecordKind(table="meeting_signins", label=N_("sign-in at {name}"), name_column="signed_in_at",
                    parents=(Link("meeting_attendees", "attendee_id"), MEETINGS),
                    internal=frozenset({"uid", "device"})))
register(RecordKind(table="meeting_agenda_items", label=N_("agenda item {name}"), name_column="title",
                    field_labels=_agenda_labels, parents=(MEETINGS,)))
register(RecordKind(table="meeting_decisions", label=N_("decision {name}"), name_column="text",
                    field_labels=_decision_labels, parents=(MEETINGS,), rules=(_decision_rules,)))
register(RecordKind(
    table="action_items", label=N_("action item {name}"), plural=N_("Action items"), name_column="text",
    field_labels=_action_labels, parents=(MEETINGS,), counted=True, refresh_search=_refresh_action,
    rules=(_action_rules,), internal=frozenset({"search_text", "created_at", "updated_at", "position"})))
register(RecordKind(table="action_progress", label=N_("progress note {name}"), name_column="text",
                    parents=(Link("action_items", "action_item_id"),), internal=frozenset({"created_at"})))
