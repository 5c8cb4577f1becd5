"""The mail commands (docs/cli.md): account, drafts, queue, outbox, send, in the chosen language."""

from __future__ import annotations

import email
import email.policy
import io
import json

import keyring
import pytest

from cli.main import run
from core.storage.database import open_database
from tests.mail_helpers import PASSWORD, USER, MemoryKeyring, SmtpServer, fill_units, notice


@pytest.fixture
def setup(tmp_path, monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    fill_units(db, 3, level="council")
    fill_units(db, 1, level="member", email_of=lambda i: "nobody@example.com")
    n = notice(db)
    db.close()
    yield path, n.id
    keyring.set_keyring(previous)


def call(monkeypatch, capsys, *args, stdin: str = ""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_drafts_queue_send_outbox(setup, tmp_path, monkeypatch, capsys):
    path, notice_id = setup
    db = ["--db", str(path), "--lang", "zh-Hans"]
    code, _out, err = call(monkeypatch, capsys, "mail", "drafts", "--notice", str(notice_id), "--to", "all",
                           "--out", str(tmp_path / "d"), *db)
    assert code == 1 and "发件人" in err  # no account yet: said plainly
    srv = SmtpServer(tmp_path, "ssl").start()
    try:
        code, out, err = call(monkeypatch, capsys, "mail", "account", "--host", "127.0.0.1", "--port", str(srv.port),
                              "--security", "ssl", "--user", USER, "--sender-name", "联盟秘书处",
                              "--sender-address", "office@alliance.example.org", "--password-stdin", *db,
                              stdin=PASSWORD + "\n")
        assert code == 0, err
        from core import paths

        saved = paths.settings_path().read_text(encoding="utf-8")
        assert "127.0.0.1" in saved and PASSWORD not in saved  # the password only in the keyring
        code, out, err = call(monkeypatch, capsys, "mail", "drafts", "--notice", str(notice_id), "--to",
                              "level:理事单位", "--out", str(tmp_path / "d"), *db)
        assert code == 0, err
        emls = sorted((tmp_path / "d").glob("*.eml"))
        assert len(emls) == 3
        msg = email.message_from_bytes(emls[0].read_bytes(), policy=email.policy.default)
        assert msg["From"].addresses[0].display_name == "联盟秘书处" and msg["X-Unsent"] == "1"
        code, out, err = call(monkeypatch, capsys, "mail", "drafts", "--meeting", "1", "--to", "all",
                              "--out", str(tmp_path / "m"), *db)
        assert code == 1 and "会议 1 不存在" in err  # no such meeting: said plainly
        code, out, err = call(monkeypatch, capsys, "mail", "queue", "--notice", str(notice_id), "--to", "all", *db)
        assert code == 0 and "4" in out, err
        code, out, err = call(monkeypatch, capsys, "mail", "send", *db)
        assert code == 1 and "证书" in err  # a self-signed certificate is not trusted by the system
        monkeypatch.setattr("core.mail.account.tls_context", lambda cafile=None: srv.client_context())
        code, out, err = call(monkeypatch, capsys, "mail", "send", *db)
        assert code == 1 and "nobody@example.com" in err and "550" in err  # one refused address
        assert srv.sink.count() == 3
        code, out, err = call(monkeypatch, capsys, "mail", "outbox", "--format", "json", *db)
        rows = json.loads(out)
        assert sorted(r["status"] for r in rows) == ["failed", "sent", "sent", "sent"]
        assert all(r["source_kind"] == "notice" and r["source_id"] == notice_id for r in rows)
        code, out, err = call(monkeypatch, capsys, "mail", "outbox", "--status", "failed", *db)
        assert "失败" in out and "nobody@example.com" in out
    finally:
        srv.stop()
