"""E-mail in the window (pytest-qt, offscreen): compose from a notice with a preview per
recipient, queue, send from the E-mail module in the background against a local SMTP
server, the refused address marked in the contacts list, the SMTP account with its
password in the keyring; each drawn at 1,024 × 640 in the three languages."""

from __future__ import annotations

import os

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.mail import account as accounts
from core.mail import outbox
from ui.common.jobs import wait_for_jobs
from tests.mail_helpers import PASSWORD, MemoryKeyring, SmtpServer, fill_units, notice
from tests.qt_helpers import in_modal_dialog, open_main_window

SHOTS = os.environ.get("MAIL_SCREENSHOTS")  # a folder: keep the pictures to look at


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def shot(widget, name: str) -> None:
    widget.resize(1024, 640)
    QApplication.processEvents()
    image = widget.grab()
    assert image.width() == 1024 and image.height() == 640
    if SHOTS:
        image.save(os.path.join(SHOTS, name + ".png"))


def answer_boxes(texts: list[str]) -> None:
    """Close the next message box whenever it shows (it runs its own event loop), keeping its text."""
    from PySide6.QtCore import QTimer

    def poke() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.close()
            return
        QTimer.singleShot(20, poke)

    QTimer.singleShot(20, poke)


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant", "en"])
def test_compose_queue_send_and_see_the_refused_address(qtbot, db, tmp_path, ring, language):
    from ui.mail.compose import ComposeDialog

    fill_units(db, 3, email_of=lambda i: "nobody@example.com" if i == 2 else f"unit{i}@example.com")
    n = notice(db)
    server = SmtpServer(tmp_path, "starttls").start()
    try:
        window = open_main_window(qtbot, db, language)
        accounts.save(window.ctx.settings, server.account(sender_name="联盟秘书处"))
        accounts.set_password(server.account(), PASSWORD)
        dialog = ComposeDialog(window.ctx, "notice", n.id, "all", window)
        qtbot.addWidget(dialog)
        dialog.extra["deadline"].setText("2026年12月20日")
        dialog.show()
        assert dialog.make_preview() is not None
        assert dialog.recipient_list.count() == 3
        dialog.recipient_list.setCurrentRow(1)
        text = dialog.preview.toPlainText()
        assert "unit1@example.com" in text and "测试单位1号科技有限公司" in text and ".pdf" in text
        shot(dialog, f"compose-{language}")
        messages = []
        in_modal_dialog(qtbot, dialog.queue, lambda box: messages.append(box.text()))
        assert len(outbox.rows(db)) == 3 and "3" in messages[0]

        window.show_view("mail")
        view = window.pages["mail"]
        assert view.model.count == 3
        assert view.send_button.isEnabled()
        original = accounts.tls_context  # the test server's self-signed certificate is trusted here
        accounts.tls_context = lambda cafile=None: server.client_context()
        try:
            reports: list[str] = []
            answer_boxes(reports)
            view.send_now()
            qtbot.waitUntil(lambda: bool(reports), timeout=60000)
            wait_for_jobs(60000)
        finally:
            accounts.tls_context = original
        assert server.sink.count() == 2
        assert "nobody@example.com" in reports[0] and "550" in reports[0]
        assert {r.status for r in outbox.rows(db)} == {"sent", "failed"}
        view.reload()
        shot(window, f"outbox-{language}")

        window.show_view("contacts")
        contacts_view = window.pages["contacts"]
        contacts_view.reload()
        model = contacts_view.model
        email_col = [c.label for c in model.columns].index("E-mail")
        problem_col = [c.label for c in model.columns].index("E-mail problem")
        marked = [model.index(r, email_col).data() for r in range(model.count)
                  if model.index(r, problem_col).data()]
        assert marked == ["⚠ nobody@example.com"]
    finally:
        server.stop()


def test_settings_keep_the_password_in_the_keyring_only(qtbot, db, ring):
    from core import paths
    from ui.safety.settings_dialog import SettingsDialog

    window = open_main_window(qtbot, db)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    section = dialog.mail_section
    section.host.setText("smtp.example.com")
    section.security.setCurrentIndex(1)
    assert section.port.value() == 587
    section.user.setText("office")
    section.password.setText("授权码xyz")
    section.sender_name.setText("联盟秘书处")
    section.sender_addr.setText("office@example.com")
    dialog.save()
    account = accounts.load(window.ctx.settings)
    assert (account.host, account.port, account.security) == ("smtp.example.com", 587, "starttls")
    assert accounts.get_password(account) == "授权码xyz"
    assert "授权码xyz" not in paths.settings_path().read_text(encoding="utf-8")
    dialog.show()
    shot(dialog, "settings")


def test_incomplete_account_is_refused_and_nothing_is_saved(qtbot, db, ring):
    from ui.safety.settings_dialog import SettingsDialog

    window = open_main_window(qtbot, db)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.mail_section.host.setText("smtp.example.com")
    dialog.mail_section.sender_addr.setText("not-an-address")
    dialog.spins["trash_days"].setValue(77)
    texts: list[str] = []
    answer_boxes(texts)
    dialog.save()
    assert texts and "发件人地址" in texts[0]
    assert accounts.load(window.ctx.settings).host == ""
    assert window.ctx.settings.get("trash_days") != 77


def test_e_mail_to_units_chosen_in_the_member_list(qtbot, db):
    fill_units(db, 3)
    window = open_main_window(qtbot, db)
    accounts.save(window.ctx.settings, accounts.SmtpAccount(host="h", sender_addr="office@example.org"))
    view = window.pages["members"]
    view.table.selectRow(0)
    chosen = view.selected_ids()
    action = next(a for a in view.context_actions() if a.objectName() == "mail_selection")
    assert action.isEnabled()
    seen = []

    def check(dialog) -> None:
        seen.append(dialog.selector.text())
        dialog.subject.setText("会员信息核对")
        plan = dialog.make_preview()
        seen.append([m.recipient.unit_id for m in plan.messages])

    in_modal_dialog(qtbot, action.trigger, check)
    assert seen[0] == f"unit:{chosen[0]}" and seen[1] == chosen
