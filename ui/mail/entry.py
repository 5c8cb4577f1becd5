"""E-mail from a list: the right-click action "E-mail…" of the member units and contacts
lists, and the contacts list's mark of refused or invalid addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction

from core.i18n import tr


def mail_action(page, kind: str) -> QAction:  # type: ignore[no-untyped-def]
    """``kind``: "unit" or "contact": the selected rows become the recipients."""
    action = QAction(tr("E-mail…"), page)
    action.setObjectName("mail_selection")
    ids = page.selected_ids()
    action.setEnabled(bool(ids) and not page.read_only())

    def run() -> None:
        from ui.mail.compose import ComposeDialog

        ComposeDialog(page.ctx, "selection", None, ",".join(f"{kind}:{i}" for i in ids), page).exec()

    action.triggered.connect(run)
    return action


@dataclass(frozen=True)
class MarkedContact:
    """A contact row and what is wrong with its address ('' when nothing)."""
    row: Any
    mail_problem: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.row, name)


def mark_addresses(db, rows: dict[int, Any]) -> dict[int, Any]:  # type: ignore[no-untyped-def]
    """Contact rows with ``mail_problem``: refused by a server when sending, or not an address."""
    from core.mail import outbox
    from core.validation import FieldProblem, check_email

    refused = outbox.address_problems(db, [r.email for r in rows.values() if r.email])
    out = {}
    for key, row in rows.items():
        problem = ""
        if row.email:
            problem = refused.get(row.email.lower(), "")
            if not problem:
                try:
                    check_email(row.email)
                except FieldProblem as exc:
                    problem = str(exc.message)
        out[key] = MarkedContact(row, problem)
    return out


def email_text(row: Any) -> str:
    problem = getattr(row, "mail_problem", "")
    return f"⚠ {row.email}" if problem else row.email
