"""The E-mail module: the outbox and the sent log in one list (what went to whom and when,
about which notice), with Send now (in the background, with progress and cancel), Send
again, Mark as sent (for "may have been sent") and Remove (an unsent message)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QPushButton, QWidget

from core.errors import UserError
from core.i18n import N_, format_datetime, format_number, tr
from core.mail import outbox
from core.mail.outbox import OutboxRow
from ui.common.lazy_model import Column, IdListing
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error, show_info
from ui.common.widgets import fill_items
from ui.context import AppContext

COLUMNS = [
    Column("", N_("Recipient"), lambda r: r.to_name),
    Column("", N_("Status"), lambda r: tr(outbox.STATUS_LABELS[r.status])),
    Column("", N_("Address"), lambda r: r.to_addr),
    Column("", N_("Sent at"), lambda r: format_datetime(r.sent_at)),
    Column("", N_("Reason"), lambda r: r.reason),
    Column("", N_("Unit"), lambda r: r.unit_name),
    Column("", N_("Subject"), lambda r: r.subject),
    Column("", N_("About"), lambda r: r.source_title),
    Column("", N_("Queued at"), lambda r: format_datetime(r.queued_at)),
]
FILTERS = [("queued", N_("Waiting")), ("failed", N_("Failed")), ("uncertain", N_("May have been sent")),
           ("sent", N_("Sent"))]


class MailView(ListPage):
    columns = COLUMNS
    tables = frozenset({"mail_messages"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.status_combo = QComboBox()
        self._rows: dict[int, OutboxRow] = {}
        super().__init__(ctx, parent)
        self.status_combo.setObjectName("filter_status")
        self.add_filter(self.status_combo)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.send_button = QPushButton()
        self.again_button = QPushButton()
        self.sent_button = QPushButton()
        for name, button, handler in (("send", self.send_button, self.send_now),
                                      ("send_again", self.again_button, self.send_again),
                                      ("mark_sent", self.sent_button, self.mark_sent)):
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.add_buttons([self.send_button, self.again_button, self.sent_button])
        self.new_button.setObjectName("new")
        self.edit_button.setObjectName("edit")
        self.delete_button.setObjectName("delete")
        for column, width in ((0, 100), (1, 100), (2, 180), (3, 130), (4, 320), (5, 200), (6, 240), (7, 200)):
            self.table.setColumnWidth(column, width)
        self.retranslate()
        self.refresh()

    # -- list -------------------------------------------------------------------------------------------
    def listing(self, sort: str, descending: bool) -> IdListing:
        status = self.status_combo.currentData() if hasattr(self, "status_combo") else None
        rows = outbox.rows(self.ctx.db, (status,) if status else outbox.store.STATUSES)
        text = self.filter_edit.text().strip().lower()
        if text:
            rows = [r for r in rows if text in " ".join((r.to_name, r.to_addr, r.unit_name, r.subject,
                                                         r.source_title)).lower()]
        self._rows = {r.id: r for r in rows}
        return IdListing([r.id for r in rows])

    def reload(self) -> None:
        super().reload()
        self.update_actions()  # Send now follows what waits in the outbox

    def fetch_rows(self, ids: list[int]) -> dict[int, OutboxRow]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def retranslate(self) -> None:
        fill_items(self.status_combo, [(tr(label), code) for code, label in FILTERS], N_("All messages"))
        super().retranslate()
        if not hasattr(self, "send_button"):
            return
        self.new_button.setText(tr("New message…"))
        self.edit_button.setText(tr("Show…"))
        self.delete_button.setText(tr("Remove"))
        self.delete_button.setToolTip(tr("Take unsent messages out of the outbox"))
        self.send_button.setText(tr("Send now"))
        self.send_button.setToolTip(tr("Send what waits in the outbox, in the background"))
        self.again_button.setText(tr("Send again"))
        self.sent_button.setText(tr("Mark as sent"))
        self.sent_button.setToolTip(tr("For a message that may have been sent: you found it arrived"))

    def filter_placeholder(self) -> str:
        return tr("Filter by recipient, unit or subject (Ctrl+F)")

    def empty_text(self) -> str:
        if self.filter_edit.text() or self.status_combo.currentData():
            return super().empty_text()
        return tr("No e-mail yet. Write one from a notice (Notices → E-mail…) or from units chosen in the member "
                  "list; set the mail account in File → Settings first.")

    def count_text(self, shown: str) -> str:
        counts = outbox.counts(self.ctx.db)
        self.count_label.setToolTip(tr("Waiting {queued}, failed {failed}, may have been sent {uncertain}, sent {sent}",
                                       queued=format_number(counts["queued"]), failed=format_number(counts["failed"]),
                                       uncertain=format_number(counts["uncertain"]),
                                       sent=format_number(counts["sent"])))
        return tr("Messages shown: {count}", count=shown)

    def update_actions(self) -> None:
        super().update_actions()
        if not hasattr(self, "send_button"):
            return
        writable = not self.read_only()
        chosen = [self._rows[i] for i in self.selected_ids() if i in self._rows]
        self.send_button.setEnabled(writable and outbox.pending_count(self.ctx.db) > 0)
        self.again_button.setEnabled(writable and any(r.status in ("failed", "uncertain") for r in chosen))
        self.sent_button.setEnabled(writable and any(r.status == "uncertain" for r in chosen))
        self.delete_button.setEnabled(writable and any(r.status in ("queued", "failed") for r in chosen))
        self.edit_button.setEnabled(len(chosen) == 1)

    # -- actions ----------------------------------------------------------------------------------------
    def new_item(self) -> None:
        from ui.mail.compose import ComposeDialog

        ComposeDialog(self.ctx, "selection", None, "all", self).exec()
        self.reload()

    def edit_item(self) -> None:
        row = self._rows.get(self.current_id() or -1)
        if row is None:
            return
        from core.storage import mail as store

        with self.ctx.db.lock:
            message = store.message(self.ctx.db, row.id)
        names = [name for name, _data in outbox.attachments_of(self.ctx.db, row.id)]
        text = "\n".join([tr("To: {value}", value=f"{row.to_name} <{row.to_addr}>"),
                          tr("Subject: {value}", value=row.subject),
                          *(tr("Attachment: {name}", name=n) for n in names), "", message["body"]])
        show_info(self, text, tr("Message"))

    def delete_items(self) -> None:
        ids = [i for i in self.selected_ids() if self._rows.get(i) and self._rows[i].status in ("queued", "failed")]
        if ids and confirm(self, tr("Take {count} unsent messages out of the outbox?", count=len(ids)), tr("Remove")):
            outbox.remove_unsent(self.ctx.db, ids)
            self.ctx.changed()

    def send_again(self) -> None:
        ids = [i for i in self.selected_ids() if self._rows.get(i) and self._rows[i].status in ("failed", "uncertain")]
        if any(self._rows[i].status == "uncertain" for i in ids) and not confirm(
                self, tr("Some of these may have arrived already. Send them again all the same?"), tr("Send again")):
            return
        outbox.send_again(self.ctx.db, ids)
        self.ctx.changed()

    def mark_sent(self) -> None:
        ids = [i for i in self.selected_ids() if self._rows.get(i) and self._rows[i].status == "uncertain"]
        outbox.mark_sent(self.ctx.db, ids)
        self.ctx.changed()

    def send_now(self) -> None:
        from core.mail import account as accounts
        from core.mail.sending import send_outbox
        from ui.common.jobs import run_job

        account = accounts.load(self.ctx.settings)
        try:
            account.check()
            password = accounts.get_password(account) if account.user else None
        except accounts.NoKeyring:
            password = None
        except UserError as exc:
            show_error(self, tr("{problem} Set the account in File → Settings.", problem=str(exc)))
            return
        if account.user and not password:
            password, ok = QInputDialog.getText(self, tr("Password"), tr("Password of {user} on {host}:",
                                                                         user=account.user, host=account.host),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return

        def work(job_db, progress, cancelled):  # type: ignore[no-untyped-def]
            return send_outbox(job_db, account, password, progress=progress, cancelled=cancelled)

        sent_tables = frozenset({"mail_messages", "mail_address_problems"})  # written outside the change log

        def done(report) -> None:  # type: ignore[no-untyped-def]
            self.ctx.data_changed.emit(sent_tables)
            lines = [str(report.summary())]
            if report.stopped is not None:
                lines.append(str(report.stopped))
            lines += [f"{address}: {reason}" for address, reason in report.failures[:8]]
            show_info(self, "\n".join(lines), tr("E-mail"))

        def failed(exc: BaseException) -> None:
            self.ctx.data_changed.emit(sent_tables)
            show_error(self, str(exc) if isinstance(exc, UserError) else tr("Unexpected error: {reason}",
                                                                             reason=repr(exc)))

        self.job = run_job(self, tr("Sending e-mail…"), work, done, failed, db=self.ctx.db)
