"""The outbox and the sent log: queueing a plan (one action), listing, the clerk's fixes.

Reasons are stored as the English source of a message and its values (JSON) and told in
the language of whoever reads the list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import make_msgid

from core.errors import UserError
from core.i18n import Msg, N_
from core.mail.compose import Plan
from core.mail.drafts import domain_of
from core.storage import mail as store
from core.storage.database import Database

MESSAGE_LABELS = {
    "source_kind": N_("About"), "source_id": N_("About"), "source_title": N_("Title"), "unit_id": N_("Unit"),
    "contact_id": N_("Contact"), "unit_name": N_("Unit"), "to_name": N_("Recipient"), "to_addr": N_("Address"),
    "from_name": N_("Sender"), "from_addr": N_("Sender address"), "subject": N_("Subject"), "body": N_("Text"),
    "status": N_("Status"), "queued_at": N_("Queued at"), "sent_at": N_("Sent at"),
}
STATUS_LABELS = {"queued": N_("Waiting"), "sending": N_("Sending"), "sent": N_("Sent"), "failed": N_("Failed"),
                 "uncertain": N_("May have been sent")}


def reason_json(message: Msg) -> str:
    return json.dumps({"source": message.source, "params": {k: str(v) for k, v in message.params.items()}},
                      ensure_ascii=False)


def reason_text(stored: str) -> str:
    """A stored reason in the current language ('' for none)."""
    if not stored:
        return ""
    try:
        data = json.loads(stored)
        return str(Msg(data["source"], **data.get("params", {})))
    except (ValueError, KeyError, TypeError, IndexError):
        return stored


@dataclass(frozen=True)
class OutboxRow:
    id: int
    source_kind: str
    source_id: int | None
    source_title: str
    unit_name: str
    to_name: str
    to_addr: str
    subject: str
    status: str
    permanent: bool
    reason: str
    attempts: int
    queued_at: str
    sent_at: str | None
    attachment_count: int


def queue(db: Database, plan: Plan, accept_large: bool = False) -> list[int]:
    """Put one message per recipient in the outbox, in one action (undo takes them out again,
    until sending starts). Attachments over the size limit are refused unless accepted."""
    if plan.oversize and not accept_large:
        raise UserError(Msg("Attachments over the size limit: {details} Queue anyway only if the server takes "
                            "messages that large.", details=" ".join(str(m) for m in plan.oversize)))
    spec = plan.spec
    domain = domain_of(spec.sender_addr)
    ids: list[int] = []
    with db.action(N_("Queue {count} e-mails: {title}"), count=len(plan.messages),
                   title=plan.title or plan.messages[0].subject) as conn:
        file_ids: dict[int, int] = {}
        for item in plan.messages:
            message_id = store.insert_message(conn, {
                "source_kind": plan.subject.kind, "source_id": plan.subject.id, "source_title": plan.title,
                "unit_id": item.recipient.unit_id, "contact_id": item.recipient.contact_id,
                "unit_name": item.recipient.unit_name, "to_name": item.recipient.contact_name,
                "to_addr": item.recipient.address, "from_name": spec.sender_name, "from_addr": spec.sender_addr,
                "subject": item.subject, "body": item.body, "message_id": make_msgid(domain=domain)})
            for position, f in enumerate(item.files, start=1):
                key = id(f.data)
                if key not in file_ids:
                    file_ids[key] = store.store_file(conn, f.data)
                store.insert_attachment(conn, message_id, position, f.name, file_ids[key])
            ids.append(message_id)
    return ids


def rows(db: Database, statuses: tuple[str, ...] = store.STATUSES) -> list[OutboxRow]:
    with db.lock:
        found = store.listing(db, statuses)
    return [OutboxRow(r["id"], r["source_kind"], r["source_id"], r["source_title"], r["unit_name"], r["to_name"],
                      r["to_addr"], r["subject"], r["status"], bool(r["permanent"]), reason_text(r["error"]),
                      r["attempts"], r["queued_at"], r["sent_at"], r["attachment_count"]) for r in found]


def counts(db: Database) -> dict[str, int]:
    with db.lock:
        return store.count_by_status(db)


def pending_count(db: Database) -> int:
    """Messages the next send will try (waiting, or failed for a reason that may pass)."""
    with db.lock:
        return len(store.pending_ids(db))


def send_again(db: Database, ids: list[int]) -> list[int]:
    """The clerk's decision: failed or "may have been sent" messages go back in the queue."""
    with db.action(N_("Send {count} e-mails again"), count=len(ids)) as conn:
        return store.requeue(conn, ids, ("failed", "uncertain"))


def mark_sent(db: Database, ids: list[int]) -> list[int]:
    """The clerk found a "may have been sent" message arrived (e.g. in the Sent folder)."""
    with db.action(N_("Mark {count} e-mails as sent"), count=len(ids)) as conn:
        return store.mark_sent_by_clerk(conn, ids)


def remove_unsent(db: Database, ids: list[int]) -> list[int]:
    with db.action(N_("Remove {count} e-mails from the outbox"), count=len(ids)) as conn:
        return store.delete_unsent(conn, ids)


def address_problems(db: Database, addresses: list[str]) -> dict[str, str]:
    """address (lower case) -> why a server refused it, in the current language."""
    with db.lock:
        found = store.address_problems(db, addresses)
    return {a: reason_text(r["reason"]) for a, r in found.items()}


def attachments_of(db: Database, message_id: int) -> list[tuple[str, bytes]]:
    with db.lock:
        return [(r["name"], store.file_data(db, r["file_id"])) for r in store.attachments(db, message_id)]
