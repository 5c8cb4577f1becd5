"""The detail pane beside the member list: the selected unit at a glance (plain text only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from core import regions
from core.errors import UserError
from core.i18n import current_language, format_date, tr
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.members.detail import unit_detail


def _label(text: str = "", bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # database text shown as typed, never as HTML
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
    return label


class UnitDetailPane(QScrollArea):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.ctx = ctx
        self.unit_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(250)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.box = QVBoxLayout(body)
        self.title = _label(bold=True)
        self.title.setObjectName("detail_title")
        self.box.addWidget(self.title)
        self.facts = QFormLayout()
        self.box.addLayout(self.facts)
        self.committees_head, self.committees = _label(bold=True), _label()
        self.contacts_head, self.contacts = _label(bold=True), _label()
        self.history_head, self.history = _label(bold=True), _label()
        for widget in (self.committees_head, self.committees, self.contacts_head, self.contacts,
                       self.history_head, self.history):
            self.box.addWidget(widget)
        self.contacts.setObjectName("detail_contacts")
        self.box.addStretch(1)
        self.setWidget(body)
        self.show_unit(None)

    def show_unit(self, unit_id: int | None) -> None:
        self.unit_id = unit_id
        while self.facts.rowCount():
            self.facts.removeRow(0)
        detail = None
        if unit_id is not None:
            try:
                detail = unit_detail(self.ctx.db, unit_id)
            except UserError:  # deleted meanwhile
                detail = None
        for widget in (self.committees_head, self.committees, self.contacts_head, self.contacts,
                       self.history_head, self.history):
            widget.setVisible(detail is not None)
        if detail is None:
            self.title.setText(tr("Select a member unit to see it here."))
            return
        u = detail.unit
        language = current_language()
        self.title.setText(u.name)
        region = " ".join(dict.fromkeys(regions.display(x, language) for x in (u.province, u.city) if x))
        for label, value in ((tr("Short name"), u.short_name), (tr("Membership level"), LEVELS.label(u.level)),
                             (tr("Unit type"), UNIT_TYPES.label(u.unit_type)), (tr("Status"), STATUSES.label(u.status)),
                             (tr("Region"), region), (tr("Unified social credit code"), u.credit_code or ""),
                             (tr("Member number"), u.member_no or ""), (tr("Join date"), format_date(u.join_date))):
            if value:
                self.facts.addRow(_label(label), _label(value))
        self.committees_head.setText(tr("Professional committees"))
        self.committees.setText("、".join(detail.committee_names) or tr("none"))
        self.contacts_head.setText(tr("Contacts ({count})", count=len(detail.contacts)))
        self.contacts.setText("\n".join(
            ("★ " if c.is_primary else "") + "  ".join(x for x in (c.name, c.position, c.mobile_masked) if x)
            + (f"\n    {c.email}" if c.email else "") for c in detail.contacts) or tr("none"))
        self.history_head.setText(tr("Level and status"))
        vocab = {"level": LEVELS, "status": STATUSES}
        self.history.setText("\n".join(
            f"{format_date(e.changed_on)}  " + tr("{old} → {new}", old=vocab[e.field].label(e.old_value)
                                                  if e.old_value else "—", new=vocab[e.field].label(e.new_value))
            for e in detail.history) or tr("none"))
