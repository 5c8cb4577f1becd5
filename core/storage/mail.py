"""SQL for e-mail: recipients picked from the member database, the outbox and sent log,
the files attached to messages, and the addresses a server refused.

Status of a message (``mail_messages.status``):

* ``queued``    waits to be sent;
* ``sending``   claimed by a sender, which is handing it to the SMTP server right now;
* ``sent``      the server accepted it (250 after the data);
* ``failed``    not accepted, with the reason (``permanent``: a refused address, not retried);
* ``uncertain`` the whole message went to the server but its answer never came (connection
                lost, or the program killed in that moment): never re-sent on its own.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from typing import Any

from core.storage import records

PENDING = "(status = 'queued' OR (status = 'failed' AND permanent = 0))"
STATUSES = ("queued", "sending", "sent", "failed", "uncertain")


# ---- recipients ------------------------------------------------------------------------------------

def all_unit_ids(conn: Any) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM units WHERE deleted_at IS NULL ORDER BY sort_key, id")]


def unit_ids_of_level(conn: Any, level: str) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM units WHERE deleted_at IS NULL AND level = ? "
                                       "ORDER BY sort_key, id", (level,))]


def committee_id(conn: Any, name_or_code: str) -> int | None:
    row = conn.execute("SELECT id FROM committees WHERE name = ? OR code = ?", (name_or_code, name_or_code)).fetchone()
    return None if row is None else int(row[0])


def unit_ids_of_committee(conn: Any, committee: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT u.id FROM units u JOIN unit_committees uc ON uc.unit_id = u.id WHERE uc.committee_id = ? "
        "AND u.deleted_at IS NULL ORDER BY u.sort_key, u.id", (committee,))]


def live_unit(conn: Any, unit_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT id, name, sort_key FROM units WHERE id = ? AND deleted_at IS NULL",
                        (unit_id,)).fetchone()


def units_by_ids(conn: Any, ids: list[int]) -> list[sqlite3.Row]:
    return records.fetch_by_ids(conn, "SELECT id, name, sort_key FROM units WHERE deleted_at IS NULL "
                                      "AND id IN ({ids})", ids)


def unit_of_contact(conn: Any, contact_id: int) -> int | None:
    row = conn.execute("SELECT c.unit_id FROM contacts c JOIN units u ON u.id = c.unit_id WHERE c.id = ? "
                       "AND c.deleted_at IS NULL AND u.deleted_at IS NULL", (contact_id,)).fetchone()
    return None if row is None else int(row[0])


def contacts_of_units(conn: Any, unit_ids: list[int]) -> list[sqlite3.Row]:
    """The live contacts of these units, the primary contact first in each unit."""
    return records.fetch_by_ids(conn, "SELECT id, unit_id, name, email, is_primary FROM contacts "
                                      "WHERE deleted_at IS NULL AND unit_id IN ({ids}) "
                                      "ORDER BY unit_id, is_primary DESC, sort_key, id", unit_ids)


# ---- files ------------------------------------------------------------------------------------------

def store_file(conn: Any, data: bytes) -> int:
    """The id of a stored copy of ``data`` (stored once, however many messages carry it)."""
    digest = hashlib.sha256(data).hexdigest()
    row = conn.execute("SELECT id FROM mail_files WHERE sha256 = ?", (digest,)).fetchone()
    if row is not None:
        return int(row[0])
    return records.insert(conn, "mail_files", {"sha256": digest, "size": len(data), "data": data,
                                               "created_at": records.now()})


def file_data(conn: Any, file_id: int) -> bytes:
    return bytes(conn.execute("SELECT data FROM mail_files WHERE id = ?", (file_id,)).fetchone()[0])


# ---- messages ---------------------------------------------------------------------------------------

def insert_message(conn: Any, values: dict[str, Any]) -> int:
    stamp = records.now()
    return records.insert(conn, "mail_messages", {**values, "status": "queued", "queued_at": stamp,
                                                  "created_at": stamp, "updated_at": stamp})


def insert_attachment(conn: Any, message_id: int, position: int, name: str, file_id: int) -> None:
    records.insert(conn, "mail_attachments", {"message_id": message_id, "position": position, "name": name,
                                              "file_id": file_id})


def message(conn: Any, message_id: int) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM mail_messages WHERE id = ?", (message_id,)).fetchone()


def attachments(conn: Any, message_id: int) -> list[sqlite3.Row]:
    return conn.execute("SELECT a.name, a.file_id, f.size FROM mail_attachments a JOIN mail_files f "
                        "ON f.id = a.file_id WHERE a.message_id = ? ORDER BY a.position, a.id",
                        (message_id,)).fetchall()


def pending_ids(conn: Any) -> list[int]:
    return [r[0] for r in conn.execute(f"SELECT id FROM mail_messages WHERE {PENDING} ORDER BY id")]


def count_by_status(conn: Any) -> dict[str, int]:
    counts = {s: 0 for s in STATUSES}
    counts.update({r[0]: r[1] for r in conn.execute("SELECT status, count(*) FROM mail_messages GROUP BY status")})
    return counts


def listing(conn: Any, statuses: Iterable[str]) -> list[sqlite3.Row]:
    wanted = [s for s in statuses if s in STATUSES]
    marks = ", ".join("?" for _ in wanted) or "NULL"
    return conn.execute(
        "SELECT m.id, m.source_kind, m.source_id, m.source_title, m.unit_name, m.to_name, m.to_addr, m.subject, "
        "m.status, m.permanent, m.error, m.attempts, m.queued_at, m.sent_at, "
        "(SELECT count(*) FROM mail_attachments a WHERE a.message_id = m.id) AS attachment_count "
        f"FROM mail_messages m WHERE m.status IN ({marks}) ORDER BY m.id DESC", wanted).fetchall()


def claim(conn: Any, message_id: int, at: str) -> bool:
    """Mark a pending message ``sending`` (before it goes to the server); False when it is not
    pending any more (sent by another sender, removed)."""
    cur = conn.execute(f"UPDATE mail_messages SET status = 'sending', sending_at = ?, attempts = attempts + 1, "
                       f"updated_at = ? WHERE id = ? AND {PENDING}", (at, at, message_id))
    return cur.rowcount == 1


def finish(conn: Any, message_id: int, status: str, error: str = "", permanent: bool = False,
           at: str | None = None) -> None:
    stamp = at or records.now()
    conn.execute("UPDATE mail_messages SET status = ?, error = ?, permanent = ?, updated_at = ?, "
                 "sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END WHERE id = ?",
                 (status, error, 1 if permanent else 0, stamp, status, stamp, message_id))


def note_error(conn: Any, ids: list[int], error: str) -> None:
    stamp = records.now()
    conn.executemany("UPDATE mail_messages SET error = ?, updated_at = ? WHERE id = ?",
                     [(error, stamp, i) for i in ids])


def stranded_to_uncertain(conn: Any, error: str) -> int:
    """Messages left ``sending`` by a sender that is gone (killed mid-batch): their fate is unknown."""
    cur = conn.execute("UPDATE mail_messages SET status = 'uncertain', error = ?, updated_at = ? "
                       "WHERE status = 'sending'", (error, records.now()))
    return cur.rowcount


def requeue(conn: Any, ids: list[int], from_statuses: tuple[str, ...]) -> list[int]:
    """Put messages back in the queue (the clerk's "send again"); returns those changed."""
    done = []
    marks = ", ".join("?" for _ in from_statuses)
    for message_id in ids:
        cur = conn.execute(f"UPDATE mail_messages SET status = 'queued', permanent = 0, error = '', updated_at = ? "
                           f"WHERE id = ? AND status IN ({marks})", (records.now(), message_id, *from_statuses))
        if cur.rowcount:
            done.append(message_id)
    return done


def mark_sent_by_clerk(conn: Any, ids: list[int]) -> list[int]:
    done = []
    for message_id in ids:
        cur = conn.execute("UPDATE mail_messages SET status = 'sent', error = '', sent_at = coalesce(sending_at, ?), "
                           "updated_at = ? WHERE id = ? AND status = 'uncertain'",
                           (records.now(), records.now(), message_id))
        if cur.rowcount:
            done.append(message_id)
    return done


def delete_unsent(conn: Any, ids: list[int]) -> list[int]:
    done = []
    for message_id in ids:
        cur = conn.execute("DELETE FROM mail_messages WHERE id = ? AND status IN ('queued', 'failed')", (message_id,))
        if cur.rowcount:
            done.append(message_id)
    return done


# ---- addresses a server refused ------------------------------------------------------------------------

def mark_address(conn: Any, address: str, kind: str, reason: str) -> None:
    conn.execute("INSERT INTO mail_address_problems (address, kind, reason, at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT(address) DO UPDATE SET kind = excluded.kind, reason = excluded.reason, at = excluded.at",
                 (address.lower(), kind, reason, records.now()))


def address_problems(conn: Any, addresses: list[str]) -> dict[str, sqlite3.Row]:
    wanted = sorted({a.lower() for a in addresses if a})
    rows = records.fetch_by_ids(conn, "SELECT address, kind, reason, at FROM mail_address_problems "
                                      "WHERE address IN ({ids})", wanted)  # type: ignore[arg-type]
    return {r["address"]: r for r in rows}


def clear_address(conn: Any, address: str) -> None:
    conn.execute("DELETE FROM mail_address_problems WHERE address = ?", (address.lower(),))
