"""Benchmark of e-mail: 500 personalised messages with attachments built and queued, then
sent to an SMTP server on this machine (aiosmtpd, STARTTLS, a login).

Run from the repository root:

    python bench/bench_mail.py [--count 500] [--reps 3]

Each repetition uses a fresh database of ``--count`` member units (each with a primary
contact) and a notice with a 200 KB file attached; what is timed:

* build + queue: ``compose.prepare`` (selector, templates per recipient, the notice's PDF
  rendered once, the file read) and ``outbox.queue`` (one action: every message, its
  attachments stored once) -- target <= 20 s for 500;
* drafts: the same plan written as .eml files (one per recipient);
* send: ``sending.send_outbox`` to the local server (aiosmtpd in a process of its own),
  one connection, no rate limit: messages per second (each message carries the PDF and
  the file; every message is marked "sending" and then "sent", each a committed
  transaction with synchronous=FULL, before and after the server's answer).

Prints one ``figure: value`` line per measurement (medians of ``--reps``). Runs with
its own data folder (ALLIANCE_SECRETARIAT_HOME in a temporary folder).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _serve(folder: str, mode: str, port_out, count_out, stop) -> None:  # type: ignore[no-untyped-def]
    """The SMTP server in a process of its own (its Python work does not share the sender's GIL)."""
    from tests.mail_helpers import SmtpServer

    server = SmtpServer(Path(folder), mode)
    original = server.sink.handle_DATA

    async def counted(srv, session, envelope):  # type: ignore[no-untyped-def]
        reply = await original(srv, session, envelope)
        with count_out.get_lock():
            count_out.value += 1
        server.sink.messages.clear()  # only the count is needed
        return reply

    server.sink.handle_DATA = counted
    server.start()
    port_out.value = server.port
    stop.wait()
    server.stop()


def one_run(folder: Path, count: int, attach: bool = True) -> dict[str, float]:
    from core.mail import compose, drafts, outbox, sending
    from core.notices import service
    from core.storage.database import open_database
    from tests.mail_helpers import PASSWORD, SmtpServer, fill_units, notice

    db = open_database(folder / "bench.sqlite3")
    fill_units(db, count)
    n = notice(db)
    attachment = folder / "附件2：专家推荐表.docx"
    attachment.write_bytes(os.urandom(200 * 1024))
    item = service.store_file(db, attachment)
    service.update_notice(db, n.id, {**service.as_raw(service.get_notice(db, n.id)), "attachments": [item]})
    spec = compose.ComposeSpec(source_id=n.id, selector="all", sender_name="中国智慧城市产业联盟秘书处",
                               sender_addr="office@alliance.example.org", extra={"deadline": "2026年12月20日"},
                               body="{单位名称}：\n\n{联系人}，您好！请于{截止日期}前回复。\n\n{发件人}\n{日期}",
                               attach=attach)
    start = time.perf_counter()
    plan = compose.prepare(db, spec)
    ids = outbox.queue(db, plan)
    queued = time.perf_counter() - start
    assert len(ids) == count
    start = time.perf_counter()
    drafts.write_drafts(plan, folder / "drafts")
    drafted = time.perf_counter() - start
    import multiprocessing as mp

    port, received, stop = mp.Value("i", 0), mp.Value("i", 0), mp.Event()
    (folder / "tls").mkdir()
    process = mp.Process(target=_serve, args=(str(folder / "tls"), "starttls", port, received, stop))
    process.start()
    try:
        while not port.value:
            time.sleep(0.05)
        client = SmtpServer.__new__(SmtpServer)  # the account and trust of the server in the other process
        client.mode, client.port = "starttls", port.value
        client.cert = folder / "tls" / "cert.pem"
        start = time.perf_counter()
        report = sending.send_outbox(db, client.account(), PASSWORD, context=client.client_context())
        sent = time.perf_counter() - start
        assert report.sent == count and received.value == count
    finally:
        stop.set()
        process.join(30)
    size = sum(len(f.data) for f in plan.messages[0].files) if plan.messages[0].files else 0
    db.close()
    return {"queue": queued, "drafts": drafted, "send": sent, "size": size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--no-attachments", action="store_true",
                        help="text only: what sending costs without the server's work on 236 KB of base64")
    args = parser.parse_args()
    runs = []
    for _ in range(args.reps):
        with tempfile.TemporaryDirectory(prefix="bench-mail-") as tmp:
            os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(Path(tmp) / "home")
            (Path(tmp) / "home").mkdir()
            runs.append(one_run(Path(tmp), args.count, not args.no_attachments))
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"messages: {args.count}, attachments per message: {median['size'] / 1024:.0f} KB, runs: {args.reps}")
    each = ", ".join(f"{r['queue']:.2f}" for r in runs)
    print(f"build + queue {args.count} messages: {median['queue']:.2f} s (target <= 20 s; runs {each})")
    print(f"write {args.count} .eml drafts: {median['drafts']:.2f} s")
    print(f"send {args.count} to the local server (STARTTLS): {median['send']:.2f} s = "
          f"{args.count / median['send']:.0f} messages/s")


if __name__ == "__main__":
    main()
