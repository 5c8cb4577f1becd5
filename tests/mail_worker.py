"""Sends the outbox of DB to the SMTP server on 127.0.0.1:PORT (tests/test_mail_crash.py
kills it with SIGKILL mid-batch, then runs it again).

    python tests/mail_worker.py DB PORT MODE CAFILE USER PASSWORD

Prints "ready" once the database is open, then one line with the report.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.mail import sending  # noqa: E402
from core.mail.account import SmtpAccount, tls_context  # noqa: E402
from core.storage.database import open_database  # noqa: E402


def main() -> None:
    db_path, port, mode, cafile, user, password = sys.argv[1:7]
    db = open_database(Path(db_path))
    print("ready", flush=True)
    account = SmtpAccount(host="127.0.0.1", port=int(port), security=mode, user=user,
                          sender_addr="office@alliance.example.org", timeout=10)
    report = sending.send_outbox(db, account, password, context=tls_context(cafile))
    print(f"sent={report.sent} reconciled={report.reconciled} waiting={report.waiting}", flush=True)


if __name__ == "__main__":
    main()
