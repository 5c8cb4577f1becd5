"""Building the MIME message of one recipient.

* No line break ever reaches a header: every header value goes through
  :func:`header_text` (CR, LF and every other control character become a space) and
  addresses must pass :func:`core.validation.check_email`, which allows none of them.
* Chinese subjects and names are RFC 2047 encoded words (UTF-8, base64).
* Attachment names are written twice, as tech-notes.md says clients need: RFC 2231
  ``filename*=utf-8''...`` in Content-Disposition and an RFC 2047 ``name="=?utf-8?b?...?="``
  in Content-Type (Outlook over POP/IMAP, QQ Mail and Lotus Notes read only the latter).
* A draft carries ``X-Unsent: 1`` (Outlook and Foxmail open it as a message to send) and
  Thunderbird's draft marker; neither is ever sent over SMTP.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass, field
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate

from core.errors import UserError
from core.i18n import Msg
from core.validation import FieldProblem, check_email

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
_WIRE = email.policy.compat32.clone(linesep="\r\n", max_line_length=78)
_SUBTYPES = {".pdf": "pdf", ".docx": "vnd.openxmlformats-officedocument.wordprocessingml.document",
             ".xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".doc": "msword",
             ".xls": "vnd.ms-excel", ".zip": "zip"}


def header_text(value: str) -> str:
    """``value`` fit for one header line: line breaks and other control characters become
    one space each run, surrounding space trimmed."""
    return " ".join(_CONTROL.sub(" ", value or "").split())


def checked_address(address: str) -> str:
    """The address as written, or a UserError saying it is not one (no line break passes)."""
    try:
        if _CONTROL.search(address or ""):
            raise FieldProblem(Msg("is not an e-mail address, e.g. name@example.com"))
        return check_email(address)
    except FieldProblem as exc:
        raise UserError(Msg("{address}: {problem}", address=header_text(address), problem=exc.message)) from exc


@dataclass
class MailFile:
    name: str
    data: bytes


@dataclass
class Mail:
    """Everything one recipient gets."""
    from_name: str
    from_addr: str
    to_name: str
    to_addr: str
    subject: str
    body: str
    message_id: str
    attachments: list[MailFile] = field(default_factory=list)


def _encoded(text: str) -> str:
    """RFC 2047 encoded words for non-ASCII text, joined by spaces (no line breaks)."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep=" ")


def _subtype(name: str) -> str:
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    return _SUBTYPES.get(suffix, "octet-stream")


def _attachment_part(item: MailFile) -> MIMEApplication:
    name = header_text(item.name) or "attachment"
    part = MIMEApplication(item.data, _subtype(name))
    part.set_param("name", _encoded(name))
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


_PARTS: dict[tuple[str, str], bytes] = {}  # the same files for many recipients: encoded once


def _part_bytes(item: MailFile) -> bytes:
    import hashlib

    key = (item.name, hashlib.sha1(item.data).hexdigest())
    if key not in _PARTS:
        if len(_PARTS) >= 16:
            _PARTS.clear()
        _PARTS[key] = _attachment_part(item).as_bytes(policy=_WIRE)
    return _PARTS[key]


def build(mail: Mail, draft: bool = False, date: float | None = None) -> MIMEMultipart:
    from_addr, to_addr = checked_address(mail.from_addr), checked_address(mail.to_addr)
    msg = MIMEMultipart("mixed")
    msg["From"] = formataddr((header_text(mail.from_name), from_addr), charset="utf-8")
    msg["To"] = formataddr((header_text(mail.to_name), to_addr), charset="utf-8")
    msg["Subject"] = Header(header_text(mail.subject), "utf-8")
    msg["Date"] = formatdate(date, localtime=True)
    msg["Message-ID"] = header_text(mail.message_id)
    if draft:
        msg["X-Unsent"] = "1"
        msg["X-Mozilla-Draft-Info"] = "internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0"
    text = (mail.body or "").replace("\r\n", "\n").replace("\r", "\n")
    msg.attach(MIMEText(text, "plain", "utf-8"))
    for item in mail.attachments:
        msg.attach(_attachment_part(item))
    return msg


def to_bytes(mail: Mail, draft: bool = False, date: float | None = None) -> bytes:
    """The message as sent (CRLF line ends; every line ASCII). The same as flattening
    :func:`build`, but each attachment is encoded once for all the recipients that get it
    (the boundary, fifteen '=' and digits, cannot occur inside base64 text)."""
    head = build(Mail(**{**mail.__dict__, "attachments": []}), draft, date)
    data = head.as_bytes(policy=_WIRE)
    boundary = head.get_boundary().encode("ascii")
    closing = b"--" + boundary + b"--"
    at = data.rindex(closing)
    parts = [data[:at]]
    for item in mail.attachments:
        parts += [b"--" + boundary + b"\r\n", _part_bytes(item), b"\r\n"]
    parts.append(data[at:])
    return b"".join(parts)
