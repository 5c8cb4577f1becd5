"""Check database: SQLite's integrity and foreign-key checks, the change log's own
soundness, then the rules each record kind registers (core.storage.registry: unique
columns, its own rules), in a plain report; repairs where a repair cannot lose
anything. Duplicates are reported, never merged or deleted: only the clerk can tell
which of two units is the right one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.i18n import Msg
from core.storage import changes, checks, errors, records, registry
from core.storage.database import Database, unavailable

Repair = Callable[[Any], None]  # runs inside the repair's transaction, given the connection


@dataclass
class Finding:
    message: Msg
    repair: Repair | None = None  # the safe repair; None when only the clerk (or a backup) can help
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


def _reinstall_triggers(conn: Any, table: str) -> None:
    changes.install_triggers(conn, table)


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    with db.lock:
        conn = db
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
        if checks.stale_action(conn):  # first: every later repair is logged against it
            report.findings.append(Finding(Msg("An action was left open by a crash; it is closed now."),
                                           checks.reset_action))
        for table in changes.stale_triggers(conn):
            kind = registry.get(table)
            report.findings.append(Finding(
                Msg("The change log of “{table}” does not cover all its columns (undo would restore only part "
                    "of a record); it is brought up to date.", table=Msg(kind.plural) if kind and kind.plural
                    else table),
                lambda c, t=table: _reinstall_triggers(c, t)))
        for table, rowid, parent in checks.foreign_keys(conn):
            report.findings.append(Finding(Msg("A row of {table} ({rowid}) points to a missing row of {parent}.",
                                               table=table, rowid=rowid, parent=parent)))
        for kind in registry.kinds():
            if not records.has_table(conn, kind.table):
                continue
            for rule in kind.unique:
                for r in records.duplicates(conn, kind, rule.column):
                    report.findings.append(Finding(Msg(rule.message, what=Msg(rule.label), value=r["value"],
                                                       names=r["names"])))
            for custom in kind.rules:
                for message, repair, target in custom(conn):
                    report.findings.append(Finding(message, repair, target))
    return report


def repair(db: Database, report: CheckReport) -> CheckReport:
    """Apply the safe repairs of ``report`` in one transaction, then rebuild the search
    texts; returns a new report of what was repaired and what is left."""
    with db.transaction() as conn:
        for finding in report.findings:
            if finding.repair is not None:
                finding.repair(conn)
        rebuild_search(db)
    after = check_database(db)
    after.repaired = [f for f in report.findings if f.repair]
    return after


def rebuild_search(db: Database) -> None:
    """Recompute every derived search text (after a repair, or a change of the folding rules)."""
    conn = db
    for kind in registry.kinds():
        if kind.refresh_search is not None and records.has_table(conn, kind.table):
            for row_id in records.all_ids(conn, kind):
                kind.refresh_search(conn, row_id)
