"""The sender: hands the outbox to the SMTP server, one message at a time, on its own
database connection (a worker thread in the window, the process itself in the command).

What is guaranteed, and how:

1. Before a message goes to the server it is marked ``sending`` (with the Message-ID it
   was given when queued) and that mark is committed (WAL, synchronous=FULL). After the
   server's 250 it is marked ``sent``. A sent message is never claimed again, so nothing
   the server accepted is sent twice: not after a failure, not after a restart.
2. A message the server did not accept (refused, or the connection lost before the end
   of the data) is ``failed`` with the reason; it waits in the outbox and goes with the
   next send (unless the address was refused for good: then the clerk decides).
3. One moment cannot be known by any SMTP client: the whole message went to the server
   and its answer never came (the connection dropped, or the program was killed in those
   milliseconds). Such a message is ``uncertain`` ("may have been sent"), never re-sent on
   its own: the clerk checks (the Sent folder, the recipient) and chooses "Send again" or
   "Mark as sent". On a restart, messages still marked ``sending`` by a sender that is
   gone become ``uncertain`` the same way; a lock file held while sending tells a sender
   that is gone from one that is still at work (the operating system drops the lock of a
   killed process).

So: never twice; at most the one message in flight at a crash or a dropped connection is
held back for the clerk's decision; everything else arrives exactly once.

The first message a run claims records an undo barrier: undo never pretends to unsend.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg, N_
from core.mail.message import Mail, MailFile, to_bytes
from core.mail.outbox import reason_json
from core.storage import changes, records
from core.storage import mail as store
from core.storage.database import Database


class _Tracking:
    """``data`` as smtplib writes it, noting when the whole message (final dot included) has
    gone to the server: from then on a lost answer means "may have been sent"."""
    handed_over = False

    def data(self, msg):  # type: ignore[no-untyped-def]
        self.handed_over = False
        self.putcmd("data")  # type: ignore[attr-defined]
        code, reply = self.getreply()  # type: ignore[attr-defined]
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")  # type: ignore[attr-defined]
        q = smtplib._quote_periods(msg)  # type: ignore[attr-defined]
        if q[-2:] != b"\r\n":
            q += b"\r\n"
        self.send(q + b".\r\n")  # type: ignore[attr-defined]
        self.handed_over = True
        return self.getreply()  # type: ignore[attr-defined]


class TrackingSMTP(_Tracking, smtplib.SMTP):
    pass


class TrackingSMTP_SSL(_Tracking, smtplib.SMTP_SSL):
    pass


class SenderBusy(UserError):
    pass


class SenderLock:
    """Held while a sender works (``<database>.mail-sending`` beside the file). The operating
    system releases it when the process ends, however it ends."""

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).with_name(Path(db_path).name + ".mail-sending")
        self._fh = None

    def acquire(self) -> bool:
        fh = open(self.path, "a+b")
        try:
            if os.name == "nt":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if os.name == "nt":
                import msvcrt

                self._fh.seek(0)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    reconciled: int = 0  # left "sending" by a sender that is gone, now "may have been sent"
    waiting: int = 0  # still in the outbox after this run
    stopped: Msg | None = None  # why the run stopped before the end (connection lost, cancelled)
    failures: list[tuple[str, Msg]] = field(default_factory=list)

    def summary(self) -> Msg:
        return Msg("Sent: {sent}. Failed: {failed}. May have been sent: {uncertain}. Still waiting: {waiting}.",
                   sent=self.sent, failed=self.failed, uncertain=self.uncertain, waiting=self.waiting)


STRANDED = N_("The program stopped while this message was being handed to the server: it may have arrived. Check "
              "the Sent folder or ask the recipient, then send it again or mark it as sent.")
LOST_ANSWER = N_("The whole message went to the server, but its answer never came ({reason}): it may have "
                 "arrived. Check, then send it again or mark it as sent.")


def connection_reason(account, exc: BaseException) -> Msg:  # type: ignore[no-untyped-def]
    host, port = account.host, account.port
    if isinstance(exc, ConnectionRefusedError):
        return Msg("The server {host} (port {port}) refused the connection: check the server name and port, "
                   "or try again later.", host=host, port=port)
    if isinstance(exc, socket.gaierror):
        return Msg("The server name {host} cannot be found: no network, or the name is mistyped.", host=host)
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return Msg("The server {host} did not answer in time: no network, or the server is busy.", host=host)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Msg("The server {host} did not prove who it is (its certificate: {reason}).", host=host,
                   reason=exc.verify_message or str(exc))
    if isinstance(exc, ssl.SSLError):
        return Msg("No secure connection to {host} (port {port}): check SSL or STARTTLS and the port "
                   "({reason}).", host=host, port=port, reason=exc.reason or str(exc))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return Msg("The server {host} closed the connection.", host=host)
    if isinstance(exc, smtplib.SMTPResponseException):
        return Msg("The server {host} answered: {reply}", host=host, reply=_reply(exc))
    if isinstance(exc, OSError):
        return Msg("The connection to {host} failed: {reason}", host=host, reason=exc.strerror or str(exc))
    return Msg("The connection to {host} failed: {reason}", host=host, reason=str(exc))


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"


def _mail_of(db: Database, row) -> Mail:  # type: ignore[no-untyped-def]
    files = [MailFile(a["name"], store.file_data(db, a["file_id"])) for a in store.attachments(db, row["id"])]
    return Mail(row["from_name"], row["from_addr"], row["to_name"], row["to_addr"], row["subject"], row["body"],
                row["message_id"], files)


def _wait(seconds: float, cancelled: Callable[[], bool]) -> None:
    end = time.monotonic() + seconds
    while not cancelled() and time.monotonic() < end:
        time.sleep(min(0.1, max(0.0, end - time.monotonic())))


def send_outbox(db: Database, account, password: str | None,  # type: ignore[no-untyped-def]
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, context: ssl.SSLContext | None = None,
                connect: Callable[[], smtplib.SMTP] | None = None) -> SendReport:
    """Send what waits in the outbox; returns what happened. ``db`` is a connection of its own
    (the caller's thread). Raises UserError when nothing could be sent (no connection, login
    refused, another sender at work): the messages stay in the outbox with the reason."""
    from core.mail import account as accounts

    cancelled = cancelled or (lambda: False)
    report = SendReport()
    lock = SenderLock(db.path)
    if not lock.acquire():
        raise SenderBusy(Msg("E-mail is being sent already (by another window or command on this database). "
                             "Wait until it has finished."))
    try:
        with db.transaction():
            report.reconciled = store.stranded_to_uncertain(db, reason_json(Msg(STRANDED)))
        ids = store.pending_ids(db)
        if not ids:
            report.uncertain = store.count_by_status(db)["uncertain"]
            return report
        try:
            smtp = connect() if connect is not None else accounts.connect(account, password, context)
        except UserError as exc:
            with db.transaction():
                store.note_error(db, ids, reason_json(exc.message))
            raise
        interval = 60.0 / account.rate_per_minute if getattr(account, "rate_per_minute", 0) else 0.0
        barrier = False
        try:
            for done, message_id in enumerate(ids, start=1):
                if cancelled():
                    report.stopped = Msg("Sending was cancelled; the rest waits in the outbox.")
                    break
                if done > 1 and interval:
                    _wait(interval, cancelled)
                    if cancelled():
                        report.stopped = Msg("Sending was cancelled; the rest waits in the outbox.")
                        break
                with db.transaction():
                    if not store.claim(db, message_id, records.now()):
                        continue
                    if not barrier:
                        changes.record_barrier(db, N_("Send {count} e-mails"), {"count": str(len(ids))},
                                               records.now())
                        barrier = True
                    row = store.message(db, message_id)
                    data = to_bytes(_mail_of(db, row))
                outcome = _send_one(db, smtp, row, data, account, report)
                if progress is not None:
                    progress(done, len(ids))
                if outcome == "stop":
                    break
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
    finally:
        counts = store.count_by_status(db)
        report.waiting = counts["queued"] + counts["failed"]
        report.uncertain = counts["uncertain"]
        lock.release()
    return report


def _send_one(db: Database, smtp, row, data: bytes, account, report: SendReport) -> str:  # type: ignore[no-untyped-def]
    """Hand one claimed message to the server and record the outcome; "stop" when the
    connection is gone."""
    address = row["to_addr"]
    smtp.handed_over = False
    try:
        smtp.sendmail(row["from_addr"], [address], data)
    except smtplib.SMTPRecipientsRefused as exc:
        code, reply = exc.recipients.get(address, (550, b""))
        permanent = 500 <= int(code) < 600
        text = f"{code} {' '.join(reply.decode('utf-8', 'replace').split()) if isinstance(reply, bytes) else reply}"
        reason = Msg("The server refused the address {address}: {reply}", address=address, reply=text)
        with db.transaction():
            store.finish(db, row["id"], "failed", reason_json(reason), permanent)
            if permanent:
                store.mark_address(db, address, "refused", reason_json(reason))
        _reset(smtp)
        report.failed += 1
        report.failures.append((address, reason))
        return "next"
    except smtplib.SMTPSenderRefused as exc:
        reason = Msg("The server refused the sender address {address}: {reply}", address=row["from_addr"],
                     reply=_reply(exc))
        with db.transaction():
            store.finish(db, row["id"], "failed", reason_json(reason))
        report.failed += 1
        report.failures.append((address, reason))
        report.stopped = reason
        return "stop"
    except smtplib.SMTPDataError as exc:
        permanent = 500 <= exc.smtp_code < 600
        reason = Msg("The server refused the message: {reply}", reply=_reply(exc))
        with db.transaction():
            store.finish(db, row["id"], "failed", reason_json(reason), permanent)
        _reset(smtp)
        report.failed += 1
        report.failures.append((address, reason))
        return "next"
    except (smtplib.SMTPException, OSError) as exc:
        lost = connection_reason(account, exc)
        with db.transaction():
            if getattr(smtp, "handed_over", False):
                store.finish(db, row["id"], "uncertain", reason_json(Msg(LOST_ANSWER, reason=lost)))
            else:
                store.finish(db, row["id"], "failed", reason_json(lost))
                report.failed += 1
                report.failures.append((address, lost))
        report.stopped = lost
        return "stop"
    with db.transaction():
        store.finish(db, row["id"], "sent")
    report.sent += 1
    return "next"


def _reset(smtp) -> None:  # type: ignore[no-untyped-def]
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        pass
