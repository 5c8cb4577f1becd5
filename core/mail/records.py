"""The record kinds of e-mail (imported at the end of core/records.py).

Queueing messages is an ordinary action (undo takes them out of the outbox again);
what a sender does afterwards (sending, sent, failed) is written outside the change
log, and the first message a sender claims makes an undo barrier: undo never pretends
to unsend (core.mail.sending).
"""

from __future__ import annotations

from collections.abc import Mapping

from core.i18n import N_
from core.storage.registry import Link, RecordKind, register


def _message_labels() -> Mapping[str, str]:
    from core.mail.outbox import MESSAGE_LABELS

    return MESSAGE_LABELS


register(RecordKind(
    table="mail_messages", label=N_("e-mail to {name}"), plural=N_("E-mail messages"), name_column="to_addr",
    field_labels=_message_labels,
    internal=frozenset({"created_at", "updated_at", "sending_at", "attempts", "message_id", "error", "permanent"})))
register(RecordKind(table="mail_attachments", parents=(Link("mail_messages", "message_id"),)))
register(RecordKind(table="mail_address_problems", key=("address",), label=N_("refused address {name}"),
                    name_column="address", internal=frozenset({"at"})))
