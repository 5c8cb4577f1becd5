"""``mail drafts``, ``mail queue``, ``mail send``, ``mail outbox`` and ``mail account``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.database import open_db
from cli.output import render
from core.errors import UserError
from core.i18n import Msg, N_, format_datetime, tr

OUTBOX_COLUMNS = [("id", N_("ID")), ("status", N_("Status")), ("to_name", N_("Recipient")),
                  ("to_addr", N_("Address")), ("unit_name", N_("Unit")), ("subject", N_("Subject")),
                  ("source_kind", N_("About")), ("source_id", N_("About (id)")), ("queued_at", N_("Queued at")),
                  ("sent_at", N_("Sent at")), ("reason", N_("Reason"))]


def _message_options(p: argparse.ArgumentParser) -> None:
    about = p.add_mutually_exclusive_group(required=True)
    about.add_argument("--notice", type=int, metavar="ID", help=tr("the notice to send (its PDF and files attached)"))
    about.add_argument("--call", type=int, metavar="ID",
                       help=tr("a call for nominations (its blank form and Excel template attached)"))
    about.add_argument("--meeting", type=int, metavar="ID", help=tr("a meeting (its convening notice attached)"))
    about.add_argument("--no-document", action="store_true", help=tr("a message without a document"))
    p.add_argument("--to", required=True, metavar="SELECTOR",
                   help=tr("all, level:理事单位, committee:智能交通, unit:<id>, contact:<id>, joined with commas; "
                           "for a call or a meeting also invited and unanswered"))
    p.add_argument("--all-contacts", action="store_true",
                   help=tr("write to every contact of each unit, not only the primary contact"))
    p.add_argument("--script", choices=("hans", "hant-tw", "hant-hk"), default="hans",
                   help=tr("hans = Simplified, hant-tw = Traditional (Taiwan), hant-hk = Traditional (Hong Kong)"))
    p.add_argument("--subject", help=tr("subject template, e.g. {title} or 【{alliance}】{title}"))
    p.add_argument("--body-file", metavar="FILE", help=tr("body template in a UTF-8 text file"))
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help=tr("a field value, e.g. 截止日期=2026年12月20日 (repeatable)"))
    p.add_argument("--no-attachments", action="store_true", help=tr("attach nothing"))
    p.add_argument("--attach", action="append", choices=("pdf", "xlsx", "notice", "prefilled"), metavar="FILE",
                   help=tr("attach only these (repeatable): pdf = the blank fillable form, xlsx = the Excel template, "
                           "notice = the notice (of a call, or a meeting's convening notice), prefilled = the "
                           "fillable form with each unit's own details typed in"))


def add_commands(commands: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]) -> None:
    mail = commands.add_parser("mail", help=tr("e-mail to member units: drafts, outbox, sending"))
    sub = mail.add_subparsers(dest="mail_command", metavar="ACTION", required=True, parser_class=type(mail))
    drafts = sub.add_parser("drafts", help=tr("one .eml draft per recipient, with the PDFs attached"))
    common(drafts)
    _message_options(drafts)
    drafts.add_argument("--out", required=True, metavar="DIR", help=tr("the folder for the drafts"))
    drafts.set_defaults(handler=cmd_drafts)
    queue = sub.add_parser("queue", help=tr("put one message per recipient in the outbox"))
    common(queue)
    _message_options(queue)
    queue.add_argument("--accept-large", action="store_true", help=tr("queue even attachments over the size limit"))
    queue.set_defaults(handler=cmd_queue)
    send = sub.add_parser("send", help=tr("send what waits in the outbox"))
    common(send)
    send.add_argument("--rate", type=int, metavar="N", help=tr("at most N messages a minute"))
    send.add_argument("--password-stdin", action="store_true",
                      help=tr("read the password from standard input instead of the keyring"))
    send.set_defaults(handler=cmd_send)
    box = sub.add_parser("outbox", help=tr("list the outbox and the sent log"))
    common(box)
    box.add_argument("--status", choices=("queued", "sending", "sent", "failed", "uncertain"), action="append",
                     help=tr("only messages in this state (repeatable)"))
    box.add_argument("--format", choices=("table", "json", "csv"), default="table")
    box.set_defaults(handler=cmd_outbox)
    acc = sub.add_parser("account", help=tr("show or set the SMTP account (the password goes to the keyring)"))
    common(acc)
    acc.add_argument("--host")
    acc.add_argument("--port", type=int)
    acc.add_argument("--security", choices=("ssl", "starttls", "none"))
    acc.add_argument("--user")
    acc.add_argument("--sender-name")
    acc.add_argument("--sender-address")
    acc.add_argument("--password-stdin", action="store_true", help=tr("read the password from standard input"))
    acc.add_argument("--test", action="store_true", help=tr("connect and log in to check the account"))
    acc.set_defaults(handler=cmd_account)


def _spec(args: argparse.Namespace, db):  # type: ignore[no-untyped-def]
    from core.mail import account as accounts
    from core.mail import sources, templates
    from core.mail.compose import ComposeSpec
    from core.settings import Settings

    kind, source_id = next(((k, getattr(args, k)) for k in ("notice", "call", "meeting")
                            if getattr(args, k) is not None), ("selection", None))
    source = sources.get(kind)
    default_subject, default_body = source.templates(source.load(db, source_id), args.to) if kind != "selection" \
        else (templates.DEFAULT_SUBJECT, "")
    account = accounts.load(Settings())
    extra = {}
    for item in args.field:
        name, sep, value = item.partition("=")
        field = templates._BY_NAME.get(name.strip().strip("{}"))
        if not sep or field is None:
            raise UserError(Msg("{item}: write a field as NAME=VALUE, e.g. 截止日期=2026年12月20日.", item=item))
        extra[field.key] = value
    body = default_body
    if args.body_file:
        try:
            body = Path(args.body_file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(Msg("{path} cannot be read as UTF-8 text: {reason}", path=args.body_file,
                                reason=getattr(exc, "strerror", None) or str(exc))) from exc
    subject = args.subject if args.subject is not None else default_subject
    return ComposeSpec(source=kind, source_id=source_id,
                       selector=args.to, all_contacts=args.all_contacts, subject=subject, body=body,
                       script=args.script, sender_name=account.sender_name, sender_addr=account.sender_addr,
                       extra=extra, attach=not args.no_attachments,
                       files=frozenset(args.attach) if args.attach else None, size_limit_mb=account.size_limit_mb)


def _plan(args: argparse.Namespace, db):  # type: ignore[no-untyped-def]
    from core.mail.compose import prepare
    from core.settings import Settings

    plan = prepare(db, _spec(args, db), fonts=Settings().get("fonts") or None)
    for unit, contact, reason in plan.skipped:
        print(tr("Skipped: {unit} {contact}: {reason}", unit=unit, contact=contact, reason=str(reason)),
              file=sys.stderr)
    for warning in [*plan.notes, *plan.oversize]:
        print(tr("Warning: {warning}", warning=str(warning)), file=sys.stderr)
    return plan


def cmd_drafts(args: argparse.Namespace) -> int:
    from core.mail.drafts import write_drafts

    db = open_db(args)
    written = write_drafts(_plan(args, db), Path(args.out))
    print(tr("{count} drafts written to {path}", count=len(written), path=str(Path(args.out))))
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    from core.mail.outbox import queue

    db = open_db(args, write=True)
    ids = queue(db, _plan(args, db), accept_large=args.accept_large)
    print(tr("{count} messages wait in the outbox; send them with: mail send", count=len(ids)))
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from core.mail import account as accounts
    from core.mail.sending import send_outbox
    from core.settings import Settings

    account = accounts.load(Settings())
    if args.rate is not None:
        account.rate_per_minute = max(0, args.rate)
    account.check()
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else accounts.get_password(account)
    db = open_db(args, write=True)

    def progress(done: int, total: int) -> None:
        print(tr("{done} of {total}", done=done, total=total), file=sys.stderr, end="\r")

    report = send_outbox(db, account, password, progress=progress)
    print(file=sys.stderr)
    for address, reason in report.failures:
        print(tr("Failed: {address}: {reason}", address=address, reason=str(reason)), file=sys.stderr)
    if report.reconciled:
        print(tr("{count} messages were being sent when the program stopped; they may have arrived: check, then "
                 "send them again or mark them as sent in the outbox.", count=report.reconciled), file=sys.stderr)
    print(str(report.summary()))
    if report.stopped is not None:
        print(str(report.stopped), file=sys.stderr)
        return 1
    return 1 if report.failed else 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from core.mail import outbox

    db = open_db(args)
    rows = outbox.rows(db, tuple(args.status) if args.status else outbox.store.STATUSES)
    out = []
    for r in rows:
        item = {"id": r.id, "status": r.status, "to_name": r.to_name, "to_addr": r.to_addr, "unit_name": r.unit_name,
                "subject": r.subject, "source_kind": r.source_kind, "source_id": r.source_id,
                "source_title": r.source_title, "queued_at": r.queued_at, "sent_at": r.sent_at, "reason": r.reason,
                "attachments": r.attachment_count}
        if args.format == "table":
            item["status"] = tr(outbox.STATUS_LABELS[r.status])
            item["queued_at"] = format_datetime(r.queued_at)
            item["sent_at"] = format_datetime(r.sent_at)
        out.append(item)
    columns = [(k, tr(label)) for k, label in OUTBOX_COLUMNS]
    if args.format == "table":
        columns = [c for c in columns if c[0] in ("id", "status", "to_name", "to_addr", "subject", "sent_at",
                                                  "reason")]
    print(render(out, columns, args.format))
    return 0


def cmd_account(args: argparse.Namespace) -> int:
    from core.mail import account as accounts
    from core.settings import Settings

    settings = Settings()
    account = accounts.load(settings)
    for key, attr in (("host", "host"), ("port", "port"), ("security", "security"), ("user", "user"),
                      ("sender_name", "sender_name"), ("sender_address", "sender_addr")):
        value = getattr(args, key)
        if value is not None:
            setattr(account, attr, value)
    changed = any(getattr(args, k) is not None for k in ("host", "port", "security", "user", "sender_name",
                                                           "sender_address"))
    if changed:
        account.check()
        accounts.save(settings, account)
    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        accounts.set_password(account, password)
    print(tr("Server: {host}:{port} ({security}); user: {user}; sender: {name} <{address}>", host=account.host,
             port=account.port, security=account.security, user=account.user, name=account.sender_name,
             address=account.sender_addr))
    if args.test:
        if password is None:
            password = accounts.get_password(account)
        print(str(accounts.test_connection(account, password)))
    return 0
