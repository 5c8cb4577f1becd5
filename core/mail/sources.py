"""What a message is about, as small providers in a registry.

A provider gives the fields its messages can fill ({标题}, {文号}, {截止日期} ...), the
attachments every recipient gets (the clerk picks among ``files``) and those made for one
recipient (a pre-filled form), the units it is addressed to, and named groups of
recipients the selector can use (``invited``, ``unanswered``). ``notice`` and ``selection``
(units or contacts picked in a list, no document) are here; calls for nominations
(core/calls/mail.py) and meetings (core/meetings/mail.py) register theirs, imported when
first asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.errors import UserError
from core.i18n import Msg, N_
from core.mail.message import MailFile
from core.mail.selector import Recipient, Selector
from core.mail.templates import DEFAULT_BODY, DEFAULT_SUBJECT
from core.storage.database import Database


@dataclass
class Subject:
    """One source record: its title, its field values, what it is addressed to."""
    kind: str
    id: int | None
    title: str
    values: dict[str, str] = field(default_factory=dict)
    unit_ids: list[int] = field(default_factory=list)  # the units it is addressed to (a default selection)
    # named recipients the selector can use ("invited", "unanswered"), each with who is left out and why
    groups: dict[str, Selector] = field(default_factory=dict)
    # the files the clerk can attach: key, label (N_), attached unless the clerk says otherwise
    files: list[tuple[str, str, bool]] = field(default_factory=list)
    notes: list[Msg] = field(default_factory=list)  # what the clerk should know (a draft notice attached...)
    cache: dict = field(default_factory=dict, repr=False)  # work shared by the messages of one plan (a blank form)


FileMaker = Callable[[Database, Subject, str, dict | None, "frozenset[str]"], list[MailFile]]


@dataclass(frozen=True)
class Source:
    kind: str
    label: str  # N_
    load: Callable[[Database, int | None], Subject]
    shared_files: FileMaker = lambda db, s, script, fonts, keys: []
    # each recipient's own files (a form pre-filled with its unit's details), given the keys chosen
    own_files: Callable[[Database, Subject, Recipient, str, "frozenset[str]"], list[MailFile]] = \
        lambda db, s, r, script, keys: []
    # default subject and body templates for a selector (a reminder reads differently)
    templates: Callable[[Subject, str], tuple[str, str]] = lambda s, selector: (DEFAULT_SUBJECT, DEFAULT_BODY)
    group_labels: tuple[tuple[str, str], ...] = ()  # (group, N_ label) offered in the compose dialog


_SOURCES: dict[str, Source] = {}
_LATER = {"call": "core.calls.mail", "meeting": "core.meetings.mail"}  # register themselves when imported


def register(source: Source) -> Source:
    _SOURCES[source.kind] = source
    return source


def get(kind: str) -> Source:
    if kind not in _SOURCES and kind in _LATER:
        import importlib

        importlib.import_module(_LATER[kind])
    if kind in _SOURCES:
        return _SOURCES[kind]
    raise UserError(Msg("Unknown kind of message: {kind}.", kind=kind))


def chosen_files(subject: Subject, keys: "frozenset[str] | None") -> frozenset[str]:
    """The file keys to attach: those asked for (each must be one the subject offers), or the defaults."""
    offered = {key for key, _label, _default in subject.files}
    if keys is None:
        return frozenset(key for key, _label, default in subject.files if default)
    unknown = sorted(set(keys) - offered)
    if unknown:
        raise UserError(Msg("{files}: this message has no such attachment; it offers: {offered}.",
                            files=", ".join(unknown), offered=", ".join(k for k, _l, _d in subject.files) or "—"))
    return frozenset(keys)


def long_date(value: str | dt.date | None) -> str:
    """2026年12月1日: how a Chinese letter writes a date (the same in both scripts)."""
    if not value:
        return ""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.year}年{day.month}月{day.day}日"


# ---- a notice -------------------------------------------------------------------------------------

def _load_notice(db: Database, notice_id: int | None) -> Subject:
    from core.errors import NotFound
    from core.notices.alliance import get_alliance
    from core.notices.service import get_notice

    if notice_id is None:
        raise NotFound(Msg("Notice {id} does not exist.", id=""))
    notice = get_notice(db, notice_id)
    alliance = get_alliance(db)
    values = {"title": notice.title, "doc_number": notice.doc_number, "date": long_date(notice.doc_date),
              "alliance": alliance.name_hans}
    files = [("notice", NOTICE_FILES, True)]
    if _notice_form_kinds(db, notice.id):  # a call's notice: its fillable forms go out beside it
        files.append(("pdf", NOTICE_FORMS, True))
    return Subject("notice", notice.id, notice.title, values, list(notice.addressee_unit_ids), files=files)


NOTICE_FILES = N_("The notice as PDF, and its attached files")
NOTICE_FORMS = N_("The blank fillable forms of its calls")


def _notice_form_kinds(db: Database, notice_id: int) -> list[str]:
    from core.calls.queries import notice_forms

    return notice_forms(db, notice_id)


def _notice_files(db: Database, subject: Subject, script: str, fonts: dict | None,
                  keys: frozenset[str] = frozenset({"notice"})) -> list[MailFile]:
    files = notice_files(db, subject.id, script, fonts) if "notice" in keys else []  # type: ignore[arg-type]
    if "pdf" in keys:
        files += notice_forms_files(db, subject.id, script, fonts)  # type: ignore[arg-type]
    return files


def notice_forms_files(db: Database, notice_id: int, script: str, fonts: dict | None) -> list[MailFile]:
    """The blank fillable form of each call that uses the notice (each kind once), in the script asked."""
    from core.calls.mail import in_script
    from core.forms import blank_pdf, form_spec
    from core.forms.pdf import safe_file_name
    from core.members.committees import list_committees

    committees = [c.name for c in list_committees(db)] or None
    files = []
    for kind in _notice_form_kinds(db, notice_id):
        spec = form_spec(kind, committees)
        files.append(MailFile(safe_file_name(in_script(db, spec.title, script), ".pdf"),
                              blank_pdf(spec, script=script, fonts=fonts)))
    return files


def notice_files(db: Database, notice_id: int, script: str, fonts: dict | None) -> list[MailFile]:
    """A notice as PDF (in the chosen script) and the files attached to it."""
    from core.notices.export import file_name, render_notice_bytes
    from core.notices.service import attachment_file, get_notice

    notice = get_notice(db, notice_id)
    files = [MailFile(file_name(notice), render_notice_bytes(db, notice.id, script, fonts))]
    for item in notice.attachments:
        if item.kind == "file" and item.blob_id is not None:
            name, data = attachment_file(db, item.blob_id)
            files.append(MailFile(name, data))
    return files


register(Source("notice", N_("Notice"), _load_notice, shared_files=_notice_files))


# ---- units or contacts picked in a list ------------------------------------------------------------

def _load_selection(db: Database, _id: int | None) -> Subject:
    from core.notices.alliance import get_alliance

    return Subject("selection", None, "", {"date": long_date(dt.date.today()), "alliance": get_alliance(db).name_hans})


register(Source("selection", N_("Selection"), _load_selection))


def field_values(subject: Subject, recipient: Recipient | None, sender: str, extra: dict[str, str]) -> dict[str, str]:
    """Every value one recipient's message can use."""
    values: dict[str, Any] = {**subject.values, **{k: v for k, v in extra.items() if v}}
    if recipient is not None:
        values.update(unit=recipient.unit_name, contact=recipient.contact_name)
    else:
        values.update(unit="", contact="")
    values["sender"] = sender
    return {k: str(v) for k, v in values.items() if v is not None and (v != "" or k in ("unit", "contact"))}
