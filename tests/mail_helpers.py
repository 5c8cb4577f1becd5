"""A real SMTP server on 127.0.0.1 for the e-mail tests (aiosmtpd): STARTTLS or implicit
TLS with a self-signed certificate made here, a login, addresses it refuses, and a
record of every message it accepted (by Message-ID); it can be stopped and started again
on the same port. Also an in-memory keyring backend and member units to write to."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
import ssl
import threading
from collections import Counter
from pathlib import Path

from keyring.backend import KeyringBackend

USER, PASSWORD = "clerk", "s3cret-授权码"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (keyring's own API) that keeps passwords in memory."""
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):  # type: ignore[no-untyped-def]
        return self.store.get((service, username))

    def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
        self.store[(service, username)] = password

    def delete_password(self, service, username):  # type: ignore[no-untyped-def]
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("not there")
        del self.store[(service, username)]


def make_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """The server's handler: refuses addresses starting with "nobody", keeps what it accepts."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address.startswith("nobody"):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        with self.lock:
            self.messages.append(envelope.content)
        if any(a.startswith("dropanswer") for a in envelope.rcpt_tos):
            server.transport.close()  # kept the message, but the answer never reaches the client
        return "250 OK: queued"

    def parsed(self) -> list[email.message.EmailMessage]:
        with self.lock:
            return [email.message_from_bytes(m, policy=email.policy.default) for m in self.messages]

    def ids(self) -> Counter:
        return Counter(m["Message-ID"] for m in self.parsed())

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


def _authenticate(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """``mode``: "starttls" or "ssl" (implicit TLS)."""

    def __init__(self, folder: Path, mode: str = "starttls") -> None:
        self.mode = mode
        self.port = free_port()
        self.cert, self.key = make_certificate(folder)
        self.sink = Sink()
        self.controller = None

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert, self.key)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def start(self) -> "SmtpServer":
        from aiosmtpd.controller import Controller

        params = dict(authenticator=_authenticate, auth_require_tls=True)
        if self.mode == "ssl":
            # aiosmtpd knows only STARTTLS as "TLS" for that rule; here the whole line is TLS already
            params["auth_require_tls"] = False
            self.controller = _SslController(self.sink, hostname="127.0.0.1", port=self.port,
                                             ssl_context=self.server_context(), **params)
        else:
            self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port,
                                         tls_context=self.server_context(), require_starttls=True, **params)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def account(self, **changes):  # type: ignore[no-untyped-def]
        from core.mail.account import SmtpAccount

        values = dict(host="127.0.0.1", port=self.port, security=self.mode, user=USER,
                      sender_name="中国智慧城市产业联盟秘书处", sender_addr="office@alliance.example.org", timeout=10)
        values.update(changes)
        return SmtpAccount(**values)


def _SslController(*args, **kwargs):  # type: ignore[no-untyped-def]
    """aiosmtpd's controller checks it is up by connecting; with implicit TLS it must trust
    the self-signed certificate for that check."""
    from aiosmtpd.controller import Controller

    class C(Controller):
        def _trigger_server(self):  # type: ignore[no-untyped-def]
            hostname = self.hostname
            ctx = ssl.create_default_context()
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            with socket.create_connection((hostname, self.port), timeout=self.ready_timeout) as raw:
                with ctx.wrap_socket(raw) as s:
                    s.recv(1024)

    return C(*args, **kwargs)


ALLIANCE = {"name_hans": "中国智慧城市产业联盟", "name_hant": "中國智慧城市產業聯盟",
            "issuer_mark": "中国智慧城市产业联盟文件", "number_prefix": "智慧城市联盟",
            "signatory": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处",
            "protected_terms": ["王志良"], "corrections": {}}


def fill_units(db, count: int, level: str = "council", committee: str | None = None,  # type: ignore[no-untyped-def]
               email_of=None) -> list[int]:
    """``count`` units, each with a primary contact (张伟1 …) and a second one, in one action."""
    from core.members import contacts, units
    from core.members.committees import list_committees

    committee_ids = [c.id for c in list_committees(db) if c.name == committee] if committee else []
    ids = []
    with db.action("fill"):
        for i in range(count):
            unit_id = units.insert_unit(db, units.validate_unit({"name": f"测试单位{i}号科技有限公司", "level": level,
                                                                 "committee_ids": committee_ids}))
            address = email_of(i) if email_of else f"unit{i}@example.com"
            contacts.insert_contact(db, contacts.validate_contact(
                {"unit_id": unit_id, "name": f"张伟{i}", "email": address, "is_primary": True}))
            contacts.insert_contact(db, contacts.validate_contact(
                {"unit_id": unit_id, "name": f"李娜{i}", "email": f"second{i}@example.com"}))
            ids.append(unit_id)
    return ids


def notice(db, title: str = "关于召开2026年度理事会会议的通知"):  # type: ignore[no-untyped-def]
    from core.documents.model import Block
    from core.notices import alliance, service

    alliance.save_alliance(db, ALLIANCE)
    return service.create_notice(db, {**service.new_notice_defaults(db), "title": title, "doc_date": "2026-12-01",
                                      "body": [Block("paragraph", "请各成员单位派代表参加。王志良同志主持会议。")]})
