"""Sending against a real SMTP server on 127.0.0.1 (aiosmtpd), with STARTTLS and with
implicit TLS: exactly once through a server that goes away mid-batch, a wrong password,
refused addresses marked on the contact, a lost answer held for the clerk, cancel, and
sending as an undo barrier."""

from __future__ import annotations

import threading

import pytest

from core.errors import UserError
from core.mail import account as accounts
from core.mail import compose, outbox, sending
from core.safety import undo
from tests.mail_helpers import PASSWORD, SmtpServer, fill_units, notice

SENDER = dict(sender_name="中国智慧城市产业联盟秘书处", sender_addr="office@alliance.example.org")


def queue_all(db, selector="all", source="notice", **changes):
    n = notice(db) if source == "notice" else None
    plan = compose.prepare(db, compose.ComposeSpec(source=source, source_id=n.id if n else None, selector=selector,
                                                   **SENDER, **changes))
    return outbox.queue(db, plan)


def statuses(db) -> dict[int, str]:
    return {r.id: r.status for r in outbox.rows(db)}


def message_ids(db) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, message_id FROM mail_messages")}


def settle_uncertain_as_the_clerk(db, server, account):
    """What the outbox asks of the clerk for a "may have been sent" message: look (here: the
    server's mailbox) and mark it sent, or send it again."""
    arrived = server.sink.ids()
    ids = message_ids(db)
    uncertain = [i for i, s in statuses(db).items() if s == "uncertain"]
    outbox.mark_sent(db, [i for i in uncertain if arrived[ids[i]]])
    again = [i for i in uncertain if not arrived[ids[i]]]
    if again:
        outbox.send_again(db, again)
        sending.send_outbox(db, account, PASSWORD, context=server.client_context())
    return uncertain


@pytest.fixture(params=["starttls", "ssl"])
def server(request, tmp_path):
    srv = SmtpServer(tmp_path, request.param).start()
    yield srv
    srv.stop()


def test_sends_each_message_once_with_its_attachment(db, server):
    fill_units(db, 4)
    ids = queue_all(db)
    report = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert (report.sent, report.failed, report.waiting) == (4, 0, 0)
    got = server.sink.parsed()
    assert sorted(m["To"].addresses[0].addr_spec for m in got) == [f"unit{i}@example.com" for i in range(4)]
    assert all(m["X-Unsent"] is None for m in got)  # the draft marker never goes over SMTP
    assert got[0]["Subject"] == "关于召开2026年度理事会会议的通知"
    assert [p.get_filename() for p in got[0].iter_attachments()] == ["关于召开2026年度理事会会议的通知.pdf"]
    assert set(server.sink.ids()) == set(message_ids(db).values())
    assert set(statuses(db).values()) == {"sent"}
    rows = outbox.rows(db, ("sent",))
    assert {r.source_kind for r in rows} == {"notice"} and rows[0].sent_at and rows[0].source_title
    # sending again sends nothing
    again = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert again.sent == 0 and server.sink.count() == 4
    assert len(ids) == 4


def test_test_connection_and_wrong_password(db, server):
    account = server.account()
    assert "accepted" in accounts.test_connection(account, PASSWORD, server.client_context()).source
    with pytest.raises(UserError) as caught:
        accounts.test_connection(account, "wrong", server.client_context())
    assert "用户名或密码" in str(caught.value) and "535" in str(caught.value)
    fill_units(db, 2)
    queue_all(db)
    with pytest.raises(UserError, match="用户名或密码"):
        sending.send_outbox(db, account, "wrong", context=server.client_context())
    rows = outbox.rows(db)
    assert {r.status for r in rows} == {"queued"} and all("用户名或密码" in r.reason for r in rows)
    assert server.sink.count() == 0
    report = sending.send_outbox(db, account, PASSWORD, context=server.client_context())
    assert report.sent == 2


def test_certificate_not_trusted_and_nothing_listening_are_told(db, tmp_path):
    srv = SmtpServer(tmp_path, "ssl").start()
    try:
        with pytest.raises(UserError, match="证书"):
            accounts.test_connection(srv.account(), PASSWORD)  # the system's trust store: self-signed refused
    finally:
        srv.stop()
    with pytest.raises(UserError, match="拒绝连接"):
        accounts.test_connection(srv.account(), PASSWORD, srv.client_context())


def test_refused_address_is_marked_and_the_rest_goes(db, server):
    fill_units(db, 3, email_of=lambda i: "nobody@example.com" if i == 1 else f"unit{i}@example.com")
    queue_all(db)
    report = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert (report.sent, report.failed) == (2, 1)
    failed = outbox.rows(db, ("failed",))
    assert len(failed) == 1 and failed[0].permanent and "nobody@example.com" in failed[0].reason
    assert "550" in failed[0].reason
    assert "nobody@example.com" in outbox.address_problems(db, ["NOBODY@example.com", "unit0@example.com"])
    # a permanent refusal is not retried on its own
    sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert server.sink.count() == 2


def test_server_stopped_mid_batch_of_300_then_back(db, tmp_path):
    srv = SmtpServer(tmp_path, "starttls").start()
    account = srv.account()
    fill_units(db, 300)
    queue_all(db, source="selection", subject="会员信息核对", body="{单位名称}：请核对附表。")
    result: dict = {}

    def send() -> None:
        own = db.reopen()
        try:
            result["report"] = sending.send_outbox(own, account, PASSWORD, context=srv.client_context())
        except UserError as exc:
            result["error"] = exc
        finally:
            own.close()

    worker = threading.Thread(target=send)
    worker.start()
    while srv.sink.count() < 150 and worker.is_alive():
        threading.Event().wait(0.005)
    srv.stop()
    worker.join(60)
    first = result["report"]
    assert first.stopped is not None and first.waiting > 0 and 150 <= first.sent < 300
    waiting = outbox.rows(db, ("queued", "failed"))
    assert any(r.reason for r in waiting)  # the one that met the closed server says why
    srv.start()
    second = sending.send_outbox(db, account, PASSWORD, context=srv.client_context())
    assert second.waiting == 0
    settle_uncertain_as_the_clerk(db, srv, account)
    srv.stop()
    arrived = srv.sink.ids()
    assert set(arrived) == set(message_ids(db).values())
    assert set(arrived.values()) == {1}  # every message exactly once
    assert set(statuses(db).values()) == {"sent"} and len(arrived) == 300


def test_lost_answer_is_held_for_the_clerk_not_sent_twice(db, server):
    """The server keeps the message but the connection drops before its 250 arrives."""
    fill_units(db, 3, email_of=lambda i: "dropanswer@example.com" if i == 1 else f"unit{i}@example.com")
    queue_all(db)
    report = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert report.uncertain == 1 and report.stopped is not None
    held = outbox.rows(db, ("uncertain",))[0]
    assert held.to_addr == "dropanswer@example.com" and "可能" in held.reason
    report = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    assert report.uncertain == 1
    assert server.sink.ids()[message_ids(db)[held.id]] == 1  # arrived once, not re-sent
    assert set(statuses(db).values()) == {"sent", "uncertain"}
    outbox.mark_sent(db, [held.id])
    assert set(statuses(db).values()) == {"sent"}


def test_cancel_leaves_the_rest_waiting_and_sending_is_an_undo_barrier(db, server):
    fill_units(db, 5)
    queue_all(db)
    calls = []
    report = sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context(),
                                 progress=lambda done, total: calls.append(done), cancelled=lambda: len(calls) >= 2)
    assert report.sent == 2 and report.waiting == 3 and report.stopped is not None
    assert server.sink.count() == 2
    with pytest.raises(UserError):
        undo.undo(db)  # the queueing cannot be undone behind messages that went out
    assert len(outbox.rows(db)) == 5
    assert "不能撤销" in str(undo.undo_text(db)) or "Cannot undo" in undo.undo_text(db).source


def test_second_sender_on_the_same_database_is_refused(db, server):
    fill_units(db, 1)
    queue_all(db)
    lock = sending.SenderLock(db.path)
    assert lock.acquire()
    try:
        with pytest.raises(sending.SenderBusy):
            sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context())
    finally:
        lock.release()
    assert sending.send_outbox(db, server.account(), PASSWORD, context=server.client_context()).sent == 1
