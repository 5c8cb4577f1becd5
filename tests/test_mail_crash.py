"""A sender killed with SIGKILL mid-batch and started again: every message arrives exactly
once (at most the one in flight at the kill is held as "may have been sent" for the
clerk, who checks and decides; it is never sent twice on its own)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.mail import outbox
from core.storage.database import open_database
from tests.mail_helpers import PASSWORD, USER, SmtpServer, fill_units
from tests.test_mail_smtp import message_ids, queue_all, settle_uncertain_as_the_clerk, statuses

WORKER = Path(__file__).with_name("mail_worker.py")
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"), pytest.mark.slow]


def start(db_path: Path, srv: SmtpServer) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WORKER), str(db_path), str(srv.port), srv.mode, str(srv.cert), USER,
                             PASSWORD], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    return proc


@pytest.mark.parametrize("seed", [1, 2])
def test_sender_killed_mid_batch_then_restarted_sends_each_message_once(tmp_path, seed):
    rng = random.Random(seed)
    srv = SmtpServer(tmp_path, "starttls").start()
    db_path = tmp_path / "mail.sqlite3"
    db = open_database(db_path)
    fill_units(db, 300)
    queue_all(db, source="selection", subject="会员信息核对", body="{单位名称}：请核对附表。")
    try:
        proc = start(db_path, srv)
        target = rng.randint(30, 250)
        while srv.sink.count() < target and proc.poll() is None:
            os.sched_yield()
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        killed_at = srv.sink.count()
        assert killed_at < 300, "the sender finished before it could be killed"
        assert set(srv.sink.ids().values()) == {1}
        proc = start(db_path, srv)
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "reconciled=" in out
        db.close()
        db = open_database(db_path)
        held = [i for i, s in statuses(db).items() if s == "uncertain"]
        assert len(held) <= 1  # at most the one in flight at the kill
        assert set(statuses(db).values()) <= {"sent", "uncertain"}
        arrived = srv.sink.ids()
        assert set(arrived.values()) == {1}  # nothing twice, before the clerk's decision too
        settle_uncertain_as_the_clerk(db, srv, srv.account())
        arrived = srv.sink.ids()
        assert len(arrived) == 300 and set(arrived.values()) == {1}
        assert set(arrived) == set(message_ids(db).values())
        assert {r.status for r in outbox.rows(db)} == {"sent"}
    finally:
        db.close()
        srv.stop()
