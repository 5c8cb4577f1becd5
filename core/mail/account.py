"""The SMTP account: host, port, security, user and sender in the per-user settings file;
the password only in the operating system's keyring (``keyring``: Windows Credential
Manager, macOS Keychain, the Secret Service on Linux), never in the database or the
settings file. A test connects, says hello, secures the line and logs in."""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import asdict, dataclass, fields
from typing import Any

from core.errors import UserError
from core.i18n import Msg
from core.validation import FieldProblem, check_email

SETTINGS_KEY = "mail.account"
KEYRING_SERVICE = "alliance-secretariat-smtp"
SECURITIES = ("ssl", "starttls", "none")
DEFAULT_TIMEOUT = 30.0


@dataclass
class SmtpAccount:
    host: str = ""
    port: int = 465
    security: str = "ssl"  # ssl: implicit TLS (465); starttls (587); none (only for a server on this machine)
    user: str = ""
    sender_name: str = ""
    sender_addr: str = ""
    rate_per_minute: int = 0  # 0: as fast as the server takes them
    size_limit_mb: float = 20
    timeout: float = DEFAULT_TIMEOUT

    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def check(self) -> None:
        from core.mail.message import _CONTROL

        problems = []
        if not self.host.strip() or _CONTROL.search(self.host) or " " in self.host.strip():
            problems.append(Msg("the server name is missing or not a host name"))
        if not 0 < int(self.port) < 65536:
            problems.append(Msg("the port is a number from 1 to 65535"))
        if self.security not in SECURITIES:
            problems.append(Msg("choose SSL, STARTTLS or none"))
        try:
            check_email(self.sender_addr or "")
        except FieldProblem:
            problems.append(Msg("the sender's address is not an e-mail address"))
        if problems:
            raise UserError(Msg("The e-mail account is not complete: {problems}.",
                                problems="; ".join(str(p) for p in problems)))


def load(settings: Any) -> SmtpAccount:
    raw = settings.get(SETTINGS_KEY) or {}
    known = {f.name for f in fields(SmtpAccount)}
    account = SmtpAccount(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else SmtpAccount()
    return account


def save(settings: Any, account: SmtpAccount) -> None:
    settings.set(SETTINGS_KEY, asdict(account))


# ---- the password ----------------------------------------------------------------------------------------

class NoKeyring(UserError):
    pass


def _keyring():  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise NoKeyring(Msg("This computer has no password store the program can use, so the password cannot be "
                            "kept; type it each time you send."))
    return keyring


def get_password(account: SmtpAccount) -> str | None:
    from keyring.errors import KeyringError

    try:
        return _keyring().get_password(KEYRING_SERVICE, account.keyring_user())
    except KeyringError as exc:
        raise NoKeyring(Msg("The password store could not be read: {reason}", reason=str(exc))) from exc


def set_password(account: SmtpAccount, password: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    ring = _keyring()
    try:
        if password:
            ring.set_password(KEYRING_SERVICE, account.keyring_user(), password)
        else:
            try:
                ring.delete_password(KEYRING_SERVICE, account.keyring_user())
            except PasswordDeleteError:
                pass
    except KeyringError as exc:
        raise NoKeyring(Msg("The password could not be stored: {reason}", reason=str(exc))) from exc


# ---- connecting -------------------------------------------------------------------------------------------

def tls_context(cafile: str | None = None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


def connect(account: SmtpAccount, password: str | None, context: ssl.SSLContext | None = None):  # type: ignore[no-untyped-def]
    """An SMTP connection, secured and logged in; a UserError in the clerk's words if not."""
    from core.mail.sending import TrackingSMTP, TrackingSMTP_SSL, connection_reason

    account.check()
    context = context or tls_context()
    try:
        if account.security == "ssl":
            smtp = TrackingSMTP_SSL(account.host, int(account.port), timeout=account.timeout, context=context)
        else:
            smtp = TrackingSMTP(account.host, int(account.port), timeout=account.timeout)
        try:
            smtp.ehlo()
            if account.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise UserError(Msg("The server {host} does not offer STARTTLS: choose SSL, or ask the provider.",
                                        host=account.host))
                smtp.starttls(context=context)
                smtp.ehlo()
            if account.user:
                _login(smtp, account.user, password or "")
        except BaseException:
            smtp.close()
            raise
    except UserError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError(Msg("The server {host} refused the user name or password (it answered: {reply}). Check "
                            "them in Settings → E-mail; some providers want an app password (授权码) instead of "
                            "the web-mail password.", host=account.host, reply=_reply(exc))) from exc
    except (smtplib.SMTPException, OSError, ssl.SSLError, socket.timeout) as exc:
        raise UserError(connection_reason(account, exc)) from exc
    return smtp


def _login(smtp, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    """smtplib's login encodes as ASCII; a password with other characters goes as UTF-8 in AUTH PLAIN."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    import base64

    token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(text.split())}"


def test_connection(account: SmtpAccount, password: str | None, context: ssl.SSLContext | None = None) -> Msg:
    """Connect, secure, log in and leave; the result to show (a UserError when it fails)."""
    smtp = connect(account, password, context)
    try:
        smtp.noop()
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()
    return Msg("Connected to {host}: the server accepted the login.", host=account.host)
