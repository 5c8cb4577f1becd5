"""A plan: the exact message each recipient gets, before anything is written or queued.

``prepare`` resolves the recipients, checks the templates, fills them per recipient in
the chosen script and gathers the attachments (rendered once, shared by all). The same
plan gives the preview, the .eml drafts (core.mail.drafts) and the queued messages
(core.mail.outbox), so what the clerk previews is what goes out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.errors import UserError
from core.i18n import Msg, format_number, tr
from core.mail import sources, templates
from core.mail.message import Mail, MailFile, checked_address, header_text
from core.mail.selector import Recipient, Selector, parse, resolve
from core.storage.database import Database

DEFAULT_SIZE_LIMIT_MB = 20


@dataclass
class ComposeSpec:
    source: str = "notice"
    source_id: int | None = None
    selector: Selector | str = "all"
    all_contacts: bool = False
    subject: str = templates.DEFAULT_SUBJECT
    body: str = templates.DEFAULT_BODY
    script: str = "hans"
    sender_name: str = ""
    sender_addr: str = ""
    extra: dict[str, str] = field(default_factory=dict)  # deadline, meeting time ... typed in the dialog
    attach: bool = True
    files: frozenset[str] | None = None  # which of the source's files (None: its defaults)
    size_limit_mb: float = DEFAULT_SIZE_LIMIT_MB


@dataclass
class Prepared:
    recipient: Recipient
    subject: str
    body: str
    files: list[MailFile]

    @property
    def size(self) -> int:
        return sum(len(f.data) for f in self.files)

    def mail(self, sender_name: str, sender_addr: str, message_id: str) -> Mail:
        return Mail(sender_name, sender_addr, self.recipient.contact_name, self.recipient.address, self.subject,
                    self.body, message_id, list(self.files))


@dataclass
class Plan:
    spec: ComposeSpec
    subject: sources.Subject
    messages: list[Prepared]
    skipped: list[tuple[str, str, Msg]]
    oversize: list[Msg]

    @property
    def notes(self) -> list[Msg]:
        """What the clerk should know about the source (e.g. a draft notice attached)."""
        return self.subject.notes

    def preview(self, index: int) -> str:
        """What recipient ``index`` gets, as the clerk reads it (headers, text, attachment names)."""
        item = self.messages[index]
        lines = [tr("From: {value}", value=f"{self.spec.sender_name} <{self.spec.sender_addr}>"),
                 tr("To: {value}", value=f"{item.recipient.contact_name} <{item.recipient.address}> "
                                        f"({item.recipient.unit_name})"),
                 tr("Subject: {value}", value=item.subject)]
        for f in item.files:
            lines.append(tr("Attachment: {name} ({size})", name=f.name, size=human_size(len(f.data))))
        return "\n".join(lines) + "\n\n" + item.body

    @property
    def title(self) -> str:
        return self.subject.title


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{size} MB", size=format_number(round(size / 1024 / 1024, 1)))
    return tr("{size} KB", size=format_number(max(1, round(size / 1024))))


def prepare(db: Database, spec: ComposeSpec, fonts: dict | None = None) -> Plan:
    from core.notices.alliance import get_alliance
    from core.notices.export import SCRIPTS, conversion_for

    if spec.script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=spec.script))
    source = sources.get(spec.source)
    sender_addr = checked_address(spec.sender_addr) if spec.sender_addr else ""
    if not sender_addr:
        raise UserError(Msg("Set the sender's address first (Settings → E-mail)."))
    subject = source.load(db, spec.source_id)
    extra = {k: header_text(v) for k, v in spec.extra.items() if v and v.strip()}
    available = {*subject.values, *extra, "unit", "contact", "sender"}
    templates.check([spec.subject, spec.body], {k for k in available if k in ("unit", "contact", "sender")
                                                or (subject.values.get(k) or extra.get(k))})
    if not header_text(spec.subject):
        raise UserError(Msg("The subject is empty."))
    selector = parse(db, spec.selector, subject.groups) if isinstance(spec.selector, str) else spec.selector
    selection = resolve(db, selector, spec.all_contacts)
    if not selection.recipients:
        if not selection.skipped:
            raise UserError(Msg("Nobody to write to: the recipients chosen name no unit or contact (for a reminder: "
                                "everyone has answered)."))
        names = list(dict.fromkeys(" ".join(filter(None, (unit, contact))) for unit, contact, _r in selection.skipped))
        raise UserError(Msg("Nobody to write to: none of the chosen units has a contact with an e-mail address "
                            "({names}).", names="、".join(names[:20]) + ("…" if len(names) > 20 else "")))
    conv = conversion_for(get_alliance(db), spec.script)
    renderer = templates.Renderer(spec.script, conv.protected, conv.corrections)
    keys = sources.chosen_files(subject, spec.files)
    shared = source.shared_files(db, subject, spec.script, fonts, keys) if spec.attach and keys else []
    messages: list[Prepared] = []
    oversize: list[Msg] = []
    limit = spec.size_limit_mb * 1024 * 1024
    for recipient in selection.recipients:
        values = sources.field_values(subject, recipient, spec.sender_name, extra)
        files = shared + (source.own_files(db, subject, recipient, spec.script, keys) if spec.attach and keys else [])
        item = Prepared(recipient, header_text(renderer.fill(spec.subject, values)), renderer.fill(spec.body, values),
                        files)
        messages.append(item)
        if item.size > limit:
            oversize.append(Msg("The message to {name} ({unit}) carries {size} of attachments; the limit set is "
                                "{limit} MB.", name=recipient.contact_name, unit=recipient.unit_name,
                                size=human_size(item.size), limit=format_number(spec.size_limit_mb)))
    return Plan(spec, subject, messages, selection.skipped, oversize)
