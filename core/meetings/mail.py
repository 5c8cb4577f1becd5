"""E-mail about a meeting (registered with core.mail.sources when first asked for).

Recipients: ``invited`` (the invitees: each invited representative's own address, a unit
invited without naming anyone through its primary contact, or every contact) and
``unanswered`` (invitees who have not replied yet). Guests typed in, and representatives
no longer in the member database, have no address here: they are listed as left out, never
dropped silently. Walk-ins and substitutes were not invited and get nothing. Attachment: the
meeting's convening notice as PDF (with its files), when it has one. The invitees'
mobile numbers never go out.
"""

from __future__ import annotations

from core.i18n import Msg, N_
from core.mail.message import MailFile
from core.mail.selector import Selector
from core.mail.sources import Source, Subject, long_date, notice_files, register
from core.storage.database import Database

GROUPS = (("invited", N_("Invitees of the meeting")), ("unanswered", N_("Invitees who have not replied yet")))
CONVENING = N_("The convening notice as PDF, and its attached files")


def _group(db: Database, attendees: list) -> Selector:  # type: ignore[type-arg]
    from core.storage import mail as mail_store

    units: list[int] = []
    contacts: list[int] = []
    skipped: list[tuple[str, str, Msg]] = []
    for a in attendees:
        if a.contact_id is not None:
            with db.lock:
                live = mail_store.unit_of_contact(db, a.contact_id)
            if live is None:
                skipped.append((a.unit_name, a.name, Msg("no longer in the member database")))
            else:
                contacts.append(a.contact_id)
        elif a.unit_id is not None:
            with db.lock:
                live_unit = mail_store.live_unit(db, a.unit_id)
            if live_unit is None:
                skipped.append((a.unit_name, a.name, Msg("no longer in the member database")))
            else:
                units.append(a.unit_id)
        else:
            skipped.append((a.unit_name, a.name, Msg("a guest: no e-mail address in the member database")))
    return Selector(tuple(dict.fromkeys(units)), tuple(dict.fromkeys(contacts)), tuple(skipped))


def meeting_time(meeting) -> str:  # type: ignore[no-untyped-def]
    """2026年12月20日 9:30—12:00, as a letter writes it ('' when the day is not set)."""
    if not meeting.meeting_date:
        return ""
    text = long_date(meeting.meeting_date)
    if meeting.start_time:
        text += " " + meeting.start_time + (f"—{meeting.end_time}" if meeting.end_time else "")
    return text


def _convening(meeting):  # type: ignore[no-untyped-def]
    return next((n for n in meeting.notices if n.role == "convening" and not n.deleted), None)


def _load(db: Database, meeting_id: int | None) -> Subject:
    from core.errors import NotFound
    from core.meetings.attendance import list_attendees
    from core.meetings.service import get_meeting
    from core.notices.alliance import get_alliance

    if meeting_id is None:
        raise NotFound(Msg("Meeting {id} does not exist.", id=""))
    meeting = get_meeting(db, meeting_id)
    if meeting.deleted_at is not None:
        raise NotFound(Msg("Meeting {id} does not exist.", id=meeting_id))
    invitees = [a for a in list_attendees(db, meeting_id) if not a.walk_in and a.substitute_for is None]
    invited = _group(db, invitees)
    unanswered = _group(db, [a for a in invitees if a.reply == "pending"])
    values = {"title": meeting.title, "meeting_time": meeting_time(meeting), "place": meeting.place,
              "date": long_date(_today()), "alliance": get_alliance(db).name_hans}
    files: list[tuple[str, str, bool]] = []
    notes: list[Msg] = []
    convening = _convening(meeting)
    if convening is not None:
        files.append(("notice", CONVENING, True))
        from core.notices.service import get_notice

        notice = get_notice(db, convening.notice_id)
        values["doc_number"] = notice.doc_number
        if notice.status == "draft":
            notes.append(Msg("The convening notice is still a draft: its PDF carries the word 草稿 (draft)."))
    else:
        notes.append(Msg("The meeting has no convening notice: nothing is attached."))
    unit_ids = list(dict.fromkeys(a.unit_id for a in invitees if a.unit_id is not None))
    return Subject("meeting", meeting.id, meeting.title, values, unit_ids,
                   {"invited": invited, "unanswered": unanswered}, files, notes)


def _today() -> str:
    import datetime as dt

    return dt.date.today().isoformat()


def _files(db: Database, subject: Subject, script: str, fonts: dict | None, keys: frozenset[str]) -> list[MailFile]:
    from core.meetings.service import get_meeting

    convening = _convening(get_meeting(db, subject.id))  # type: ignore[arg-type]
    if "notice" not in keys or convening is None:
        return []
    return notice_files(db, convening.notice_id, script, fonts)


def _templates(subject: Subject, selector: str) -> tuple[str, str]:
    when = "定于{会议时间}" if subject.values.get("meeting_time") else "将于近期"
    where = "在{地点}" if subject.values.get("place") else ""
    if selector.strip().lower() in ("unanswered", "未回复"):
        return ("【请回复】{标题}",
                "{单位名称}：\n\n{联系人}，您好！\n\n{标题}" + when + where
                + "召开。我们尚未收到您的参会回复，请尽快告知是否参会；如不能参会，请履行请假手续。\n\n{发件人}\n{日期}")
    notice = "会议通知见附件，" if "notice" in {k for k, _l, _d in subject.files} else ""
    return ("【会议通知】{标题}",
            "{单位名称}：\n\n{联系人}，您好！\n\n{标题}" + when + where + "召开。" + notice
            + "请于会前回复是否参会。\n\n{发件人}\n{日期}")


register(Source("meeting", N_("Meeting"), _load, shared_files=_files, templates=_templates, group_labels=GROUPS))
