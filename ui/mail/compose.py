"""Compose: one e-mail to many recipients about a notice, a call for nominations or a meeting
(or to units or contacts picked in a list): recipients (with the source's own groups: the
units invited, those that have not answered), templates with fields, script, attachments
(the source's files, each to tick); the exact message each recipient gets; .eml drafts into
a folder, or the outbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import N_, format_number, tr
from core.mail import account as accounts
from core.mail import sources, templates
from core.mail.compose import ComposeSpec, Plan, prepare
from ui.common.messages import confirm, show_error, show_info
from ui.common.mnemonics import on_show
from ui.common.screen import fit_to_screen
from ui.context import AppContext

SCRIPTS = [("hans", N_("Simplified Chinese")), ("hant-tw", N_("Traditional Chinese (Taiwan)")),
           ("hant-hk", N_("Traditional Chinese (Hong Kong)"))]
EXTRA_FIELDS = ("deadline", "meeting_time", "place")


class ComposeDialog(QDialog):
    def __init__(self, ctx: AppContext, source: str = "notice", source_id: int | None = None,
                 selector: str = "all", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.source, self.source_id = source, source_id
        self.plan: Plan | None = None
        self.account = accounts.load(ctx.settings)
        self.kind = sources.get(source)
        self.about_subject = self._load_subject()
        if source == "selection" or self.about_subject is None:
            default_subject, default_body = ("", "{单位名称}：\n\n{联系人}，您好！\n\n")
        else:
            default_subject, default_body = self.kind.templates(self.about_subject, selector)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.selector = QLineEdit(selector)
        self.selector.setObjectName("selector")
        self.add_term = QComboBox()
        self.add_term.setObjectName("add_term")
        self.add_term.activated.connect(self._add_term)
        self.all_contacts = QCheckBox()
        self.all_contacts.setObjectName("all_contacts")
        self.script = QComboBox()
        for code, _label in SCRIPTS:
            self.script.addItem("", code)
        self.subject = QLineEdit(default_subject)
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit(default_body)
        self.body.setObjectName("body")
        self.insert_field = QComboBox()
        self.insert_field.setObjectName("insert_field")
        self.insert_field.activated.connect(self._insert_field)
        self.extra = {key: QLineEdit() for key in EXTRA_FIELDS}
        offered = self.about_subject.files if self.about_subject is not None else []
        self.files: dict[str, QCheckBox] = {}
        attach_box = QWidget()
        attach_lines = QVBoxLayout(attach_box)
        attach_lines.setContentsMargins(0, 0, 0, 0)
        for key, _label, default in offered:
            box = QCheckBox()
            box.setObjectName(f"attach_{key}")
            box.setChecked(default)
            self.files[key] = box
            attach_lines.addWidget(box)

        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            self.labels[key] = QLabel()
            form.addRow(self.labels[key], widget)

        recipients = QWidget()
        line = QHBoxLayout(recipients)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.selector, 1)
        line.addWidget(self.add_term)
        row("to", recipients)
        row("contacts", self.all_contacts)
        row("script", self.script)
        row("subject", self.subject)
        fields_line = QWidget()
        fl = QHBoxLayout(fields_line)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.insert_field)
        fl.addStretch(1)
        row("body", self.body)
        row("fields", fields_line)
        for key, edit in self.extra.items():
            edit.setObjectName(f"extra_{key}")
            row(key, edit)
        row("attach", attach_box)
        self.attach_label = self.labels["attach"]
        self.attach_label.setVisible(bool(self.files))
        attach_box.setVisible(bool(self.files))

        self.recipient_list = QListWidget()
        self.recipient_list.setObjectName("recipients")
        self.recipient_list.currentRowChanged.connect(self._show_preview)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.recipient_list)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 2)
        split.setSizes([260, 400])
        rl.addWidget(split, 1)
        rl.addWidget(self.notes)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.about)
        left_layout.addLayout(form)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 1)

        self.preview_button = QPushButton()
        self.preview_button.setObjectName("preview_button")
        self.drafts_button = QPushButton()
        self.drafts_button.setObjectName("drafts")
        self.queue_button = QPushButton()
        self.queue_button.setObjectName("queue")
        self.close_button = QPushButton()
        self.preview_button.clicked.connect(self.make_preview)
        self.drafts_button.clicked.connect(self.save_drafts)
        self.queue_button.clicked.connect(self.queue)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        for b in (self.drafts_button, self.queue_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(main, 1)
        layout.addLayout(buttons)
        for widget in (self.selector, self.subject):
            widget.textChanged.connect(self._stale)
        self.body.textChanged.connect(self._stale)
        for edit in self.extra.values():
            edit.textChanged.connect(self._stale)
        for box in (self.all_contacts, *self.files.values()):
            box.toggled.connect(self._stale)
        self.script.currentIndexChanged.connect(self._stale)
        fit_to_screen(self, 1100, 680)
        self.retranslate()

    # -- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(tr("E-mail"))
        for key, text in (("to", N_("Recipients")), ("contacts", N_("Contacts")), ("script", N_("Characters")),
                          ("subject", N_("Subject")), ("body", N_("Text")), ("fields", N_("Fields")),
                          ("deadline", N_("Deadline")), ("meeting_time", N_("Meeting time")), ("place", N_("Place")),
                          ("attach", N_("Attachments"))):
            self.labels[key].setText(tr("{label}:", label=tr(text)))
        tip = tr("all, level:理事单位, committee:智能交通, unit:<id>, contact:<id>, joined with commas")
        if self.kind.group_labels:
            tip += "\n" + "\n".join(f"{group}: {tr(label)}" for group, label in self.kind.group_labels)
        self.selector.setToolTip(tip)
        self.all_contacts.setText(tr("Every contact of each unit (not only the primary contact)"))
        for key, label, _default in (self.about_subject.files if self.about_subject is not None else []):
            self.files[key].setText(tr(label))
        for key, edit in self.extra.items():
            value = self.about_subject.values.get(key) if self.about_subject is not None else None
            edit.setPlaceholderText(tr("From the {what}: {value}", what=tr(self.kind.label), value=value)
                                    if value else "")
        for i, (_code, label) in enumerate(SCRIPTS):
            self.script.setItemText(i, tr(label))
        self._fill_terms()
        self.insert_field.clear()
        self.insert_field.addItem(tr("Insert a field…"), None)
        for f in templates.FIELDS:
            self.insert_field.addItem(f"{tr(f.label)}  {{{f.hans}}}", f.hans)
        self.preview_button.setText(tr("Preview"))
        self.drafts_button.setText(tr("Save drafts to folder…"))
        self.queue_button.setText(tr("Queue"))
        self.close_button.setText(tr("Close"))
        self.about.setText(self._about_text())
        if self.plan is None:
            self.preview.setPlainText(tr("Press Preview to see exactly what each recipient gets."))

    def _load_subject(self) -> sources.Subject | None:
        try:
            return self.kind.load(self.ctx.db, self.source_id)
        except UserError:
            return None  # gone meanwhile: Preview says so

    def _about_text(self) -> str:
        subject = self.about_subject
        if self.source == "notice" and subject is not None:
            return tr("Notice: {title}", title=" ".join(filter(None, [subject.values.get("doc_number"), subject.title])))
        if self.source == "call" and subject is not None:
            return tr("Call: {title}", title=subject.title)
        if self.source == "meeting" and subject is not None:
            return tr("Meeting: {title}", title=subject.title)
        return tr("A message to the chosen units or contacts, without a document.")

    def _fill_terms(self) -> None:
        from core.members.choices import LEVELS
        from core.members.committees import list_committees

        self.add_term.clear()
        self.add_term.addItem(tr("Add recipients…"), None)
        for group, label in self.kind.group_labels:
            self.add_term.addItem(tr(label), group)
        self.add_term.addItem(tr("All member units"), "all")
        for choice in LEVELS.choices:
            self.add_term.addItem(tr(choice.label), f"level:{choice.chinese[0]}")
        for committee in list_committees(self.ctx.db):
            self.add_term.addItem(committee.name, f"committee:{committee.name}")

    def _add_term(self, index: int) -> None:
        term = self.add_term.itemData(index)
        self.add_term.setCurrentIndex(0)
        if term:
            text = self.selector.text().strip()
            self.selector.setText(f"{text},{term}" if text else term)

    def _insert_field(self, index: int) -> None:
        name = self.insert_field.itemData(index)
        self.insert_field.setCurrentIndex(0)
        if name:
            self.body.insertPlainText("{" + name + "}")
            self.body.setFocus()

    # -- the plan --------------------------------------------------------------------------------------
    def spec(self) -> ComposeSpec:
        return ComposeSpec(source=self.source, source_id=self.source_id, selector=self.selector.text(),
                           all_contacts=self.all_contacts.isChecked(), subject=self.subject.text(),
                           body=self.body.toPlainText(), script=self.script.currentData(),
                           sender_name=self.account.sender_name, sender_addr=self.account.sender_addr,
                           extra={k: e.text() for k, e in self.extra.items()},
                           attach=any(b.isChecked() for b in self.files.values()),
                           files=frozenset(k for k, b in self.files.items() if b.isChecked()) if self.files else None,
                           size_limit_mb=self.account.size_limit_mb)

    def _stale(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.plan = None

    def make_preview(self) -> Plan | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = prepare(self.ctx.db, self.spec(), fonts=self.ctx.settings.get("fonts") or None)
        except UserError as exc:
            self.plan = None
            QGuiApplication.restoreOverrideCursor()
            show_error(self, str(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        self.recipient_list.clear()
        for item in self.plan.messages:
            r = item.recipient
            self.recipient_list.addItem(f"{r.contact_name} <{r.address}> · {r.unit_name}")
            self.recipient_list.item(self.recipient_list.count() - 1).setToolTip(f"{r.unit_name}\n{r.address}")
        notes = [tr("{count} recipients.", count=format_number(len(self.plan.messages)))]
        notes += [str(m) for m in [*self.plan.notes, *self.plan.oversize]]
        if self.plan.skipped:
            notes.append(tr("{count} left out:", count=format_number(len(self.plan.skipped))))
        for unit, contact, reason in self.plan.skipped:
            notes.append(tr("Left out: {unit} {contact}: {reason}", unit=unit, contact=contact, reason=str(reason)))
        self.notes.setText("\n".join(notes[:12] + (["…"] if len(notes) > 12 else [])))
        self.notes.setToolTip("\n".join(notes))  # every unit left out, however many
        self.recipient_list.setCurrentRow(0)
        return self.plan

    def _show_preview(self, row: int) -> None:
        if self.plan is not None and 0 <= row < len(self.plan.messages):
            self.preview.setPlainText(self.plan.preview(row))

    def _ready_plan(self) -> Plan | None:
        return self.plan if self.plan is not None else self.make_preview()

    def save_drafts(self) -> None:
        from ui.common.jobs import run_job

        plan = self._ready_plan()
        if plan is None:
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the drafts"))
        if not folder:
            return
        from core.mail.drafts import write_drafts

        run_job(self, tr("Writing drafts…"), lambda progress, cancelled: write_drafts(plan, folder, progress, cancelled),
                lambda paths: show_info(self, tr("{count} drafts written to {path}. Open them in Outlook, Foxmail "
                                                 "or Thunderbird to send them.", count=len(paths), path=folder)),
                lambda exc: show_error(self, str(exc)))

    def queue(self) -> None:
        from core.mail import outbox

        plan = self._ready_plan()
        if plan is None:
            return
        accept = False
        if plan.oversize:
            accept = confirm(self, tr("Some messages carry more attachments than the limit set:\n{details}\nMany "
                                      "servers refuse messages that large. Queue them anyway?",
                                      details="\n".join(str(m) for m in plan.oversize[:5])), tr("Queue"))
            if not accept:
                return
        try:
            ids = outbox.queue(self.ctx.db, plan, accept_large=accept)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.changed()
        show_info(self, tr("{count} messages wait in the outbox. Send them from E-mail → Send now.",
                           count=format_number(len(ids))))
        self.accept()
