"""E-mail from a list: the right-click action "E-mail…" of the member units and contacts
lists; the "E-mail" button of a call or a meeting (its invited units or invitees, or a
reminder to those who have not answered); and the contacts list's mark of refused or
invalid addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from core.i18n import N_, tr

CHOICES = {
    "call": (("invited", N_("E-mail the units invited…")), ("unanswered", N_("Remind the units not answered yet…"))),
    "meeting": (("invited", N_("E-mail the invitees…")), ("unanswered", N_("Remind those who have not replied…"))),
}


class SourceMailButton(QPushButton):
    """"E-mail…" with a menu: the compose dialog about ``source`` (call, meeting) ``target()``, its
    recipients preset to the units invited or those that have not answered yet."""

    def __init__(self, page, source: str, target) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.page, self.source, self.target = page, source, target
        self.setObjectName(f"mail_{source}")
        menu = QMenu(self)
        self.entries: list[tuple[QAction, str]] = []
        for selector, label in CHOICES[source]:
            action = menu.addAction("")
            action.setObjectName(f"mail_{selector}")
            action.triggered.connect(lambda _checked=False, s=selector: self.compose(s))
            self.entries.append((action, label))
        self.setMenu(menu)
        self.retranslate()

    def set_available(self, available: bool) -> None:
        """The button and its actions (also offered on the list's right-click menu)."""
        self.setEnabled(available)
        for action, _label in self.entries:
            action.setEnabled(available)

    def actions_for_menu(self) -> list[QAction]:
        return [action for action, _label in self.entries]

    def retranslate(self) -> None:
        self.setText(tr("E-mail…"))
        for action, label in self.entries:
            action.setText(tr(label))

    def compose(self, selector: str) -> None:
        from ui.mail.compose import ComposeDialog

        target = self.target()
        if target is not None:
            ComposeDialog(self.page.ctx, self.source, target, selector, self.page).exec()


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
