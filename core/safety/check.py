"""Check database: SQLite's integrity and foreign-key checks, then the product's own
rules, in a plain report; repairs where a repair cannot lose anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from core.i18n import Msg
from core.storage import checks
from core.storage import contacts as contact_store
from core.storage import units as unit_store
from core.storage import errors
from core.storage.database import Database, unavailable


@dataclass
class Finding:
    message: Msg
    repair: str | None = None  # name of the safe repair, None when only a backup can help
    target: int | None = None


@dataclass
class CheckReport:
    findings: list[Finding] = field(default_factory=list)
    repaired: list[Finding] = field(default_factory=list)

    damaged: bool = False  # SQLite's own check failed: only a backup can help

    @property
    def ok(self) -> bool:
        return not self.findings

    def text(self) -> str:
        if self.ok and not self.repaired:
            return str(Msg("The database is in good order."))
        lines = [str(Msg("Repaired: {what}", what=f.message)) for f in self.repaired]
        lines += [str(f.message) for f in self.findings]
        return "\n".join(lines)


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.lock:
        conn = db.conn
        try:
            problems = [p for p in checks.integrity(conn) if p != "ok"]
        except sqlite3.DatabaseError as exc:  # too damaged for the check itself to finish
            if errors.kind_of(exc, db.path) not in (errors.DAMAGED, errors.NOT_A_DATABASE):
                raise unavailable(exc, db.path) from exc
            problems = [errors.error_name(exc)]
        if problems:  # SQLite's English details stay out of the report: the count tells how bad
            report.damaged = True
            report.findings.append(Finding(Msg("The file is damaged: SQLite's integrity check reports {count} "
                                               "problems (broken pages or indexes). Nothing can be repaired safely "
                                               "here; restore a backup (File → Backups, or the restore command).",
                                               count=len(problems))))
            return report  # the product's rules cannot be trusted on a damaged file
        for table, rowid, parent in checks.foreign_keys(conn):
            report.findings.append(Finding(Msg("A row of {table} ({rowid}) points to a missing row of {parent}.",
                                               table=table, rowid=rowid, parent=parent)))
        for r in checks.units_with_several_primaries(conn):
            report.findings.append(Finding(Msg("{unit} has {count} primary contacts.", unit=r["name"], count=r["n"]),
                                           "keep_first_primary", r["id"]))
        for r in checks.units_without_primary(conn):
            report.findings.append(Finding(Msg("{unit} has contacts but no primary contact.", unit=r["name"]),
                                           "ensure_primary", r["id"]))
        for column, label in (("credit_code", Msg("credit code")), ("member_no", Msg("member number"))):
            for r in checks.duplicated(conn, column):
                report.findings.append(Finding(Msg("The {what} {value} is used by several units: {units}.",
                                                   what=label, value=r["value"], units=r["names"])))
        for r in checks.orphan_blobs(conn):
            report.findings.append(Finding(Msg("The stored file {name} is not attached to anything; it can be "
                                               "removed.", name=r["name"]), "delete_blob", r["id"]))
        if checks.stale_action(conn):
            report.findings.append(Finding(Msg("An action was left open by a crash; it is closed now."),
                                           "reset_action"))
    return report


def repair(db: Database, report: CheckReport) -> CheckReport:
    """Apply the safe repairs of ``report`` in one transaction, then rebuild the search
    texts; returns a new report of what was repaired and what is left."""
    with db.transaction() as conn:
        if any(f.repair == "reset_action" for f in report.findings):
            checks.reset_action(conn)  # first: every later write is logged against it
        for finding in report.findings:
            if finding.repair == "keep_first_primary":
                checks.keep_first_primary(conn, finding.target)
            elif finding.repair == "ensure_primary":
                contact_store.ensure_primary(conn, finding.target)
            elif finding.repair == "delete_blob":
                checks.delete_blob(conn, finding.target)
        rebuild_search(db)
    after = check_database(db)
    after.repaired = [f for f in report.findings if f.repair]
    return after


def rebuild_search(db: Database) -> None:
    """Recompute every search text (after a repair, or a change of the folding rules)."""
    conn = db.conn
    for unit_id in checks.all_unit_ids(conn):
        unit_store.refresh_search_text(conn, unit_id)
    for contact_id in checks.all_contact_ids(conn):
        contact_store.refresh_search_text(conn, contact_id)
