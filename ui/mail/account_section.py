"""The E-mail part of the settings dialog: the SMTP account, the sending rate, the size
limit of attachments, and a Test button. The password goes to the system's password
store (keyring), never to the settings file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget,
)

from core.errors import UserError
from core.i18n import Msg, N_, tr
from core.mail import account as accounts
from ui.common.messages import show_error, show_info

SECURITY = [("ssl", N_("SSL (implicit TLS, port 465)")), ("starttls", N_("STARTTLS (port 587)")),
            ("none", N_("None (only a server on this computer)"))]
LABELS = {"host": N_("SMTP server"), "port": N_("Port"), "security": N_("Security"), "user": N_("User name"),
          "password": N_("Password"), "sender_name": N_("Sender name"), "sender_addr": N_("Sender address"),
          "rate": N_("At most messages a minute (0: no limit)"), "size": N_("Warn about attachments over (MB)")}


class MailAccountSection(QGroupBox):
    def __init__(self, settings, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("mail_account")
        self.settings = settings
        account = accounts.load(settings)
        self.host = QLineEdit(account.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(account.port))
        self.security = QComboBox()
        for code, _label in SECURITY:
            self.security.addItem("", code)
        self.security.setCurrentIndex(max(0, [c for c, _l in SECURITY].index(account.security)
                                          if account.security in dict(SECURITY) else 0))
        self.security.currentIndexChanged.connect(self._default_port)
        self.user = QLineEdit(account.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit(account.sender_name)
        self.sender_addr = QLineEdit(account.sender_addr)
        self.rate = QSpinBox()
        self.rate.setRange(0, 10000)
        self.rate.setValue(int(account.rate_per_minute))
        self.size = QDoubleSpinBox()
        self.size.setRange(1, 1000)
        self.size.setValue(float(account.size_limit_mb))
        self.test_button = QPushButton()
        self.test_button.setObjectName("mail_test")
        self.test_button.clicked.connect(self.test)
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("host", self.host), ("port", self.port), ("security", self.security),
                            ("user", self.user), ("password", self.password), ("sender_name", self.sender_name),
                            ("sender_addr", self.sender_addr), ("rate", self.rate), ("size", self.size)):
            widget.setObjectName(f"mail_{key}")
            self.labels[key] = QLabel()
            self.form.addRow(self.labels[key], widget)
        self.form.addRow("", self.test_button)
        self._stored = False
        try:
            self._stored = bool(account.host and accounts.get_password(account))
        except UserError:
            pass
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("E-mail (SMTP)"))
        for key, label in LABELS.items():
            self.labels[key].setText(tr("{label}:", label=tr(label)))
        for i, (_code, label) in enumerate(SECURITY):
            self.security.setItemText(i, tr(label))
        self.password.setPlaceholderText(tr("kept in the system's password store") if self._stored
                                         else tr("stored in the system's password store, not in a file"))
        self.test_button.setText(tr("Test the connection"))

    def _default_port(self, _index: int) -> None:
        ports = {"ssl": 465, "starttls": 587}
        code = self.security.currentData()
        if self.port.value() in (25, 465, 587) and code in ports:
            self.port.setValue(ports[code])

    def account(self) -> accounts.SmtpAccount:
        return accounts.SmtpAccount(host=self.host.text().strip(), port=self.port.value(),
                                    security=self.security.currentData(), user=self.user.text().strip(),
                                    sender_name=self.sender_name.text().strip(),
                                    sender_addr=self.sender_addr.text().strip(), rate_per_minute=self.rate.value(),
                                    size_limit_mb=self.size.value())

    def used(self) -> bool:
        return bool(self.host.text().strip() or self.sender_addr.text().strip())

    def save(self) -> None:
        """Keep the account (settings) and a typed password (keyring). UserError when incomplete."""
        if not self.used():
            return
        account = self.account()
        account.check()
        accounts.save(self.settings, account)
        if self.password.text():
            accounts.set_password(account, self.password.text())

    def test(self) -> None:
        from ui.common.jobs import run_job

        account = self.account()
        try:
            account.check()
            password = self.password.text() or (accounts.get_password(account) if account.user else None)
        except UserError as exc:
            show_error(self, str(exc))
            return
        run_job(self, tr("Connecting to {host}…", host=account.host),
                lambda progress, cancelled: accounts.test_connection(account, password),
                lambda result: show_info(self, str(result)),
                lambda exc: show_error(self, str(exc) if isinstance(exc, UserError)
                                       else str(Msg("The connection to {host} failed: {reason}", host=account.host,
                                                    reason=repr(exc)))))
