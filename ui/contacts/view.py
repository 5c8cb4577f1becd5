"""The contact list: every contact of every unit, filtered as you type; mobile
numbers masked (138****5678)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QWidget

from core.i18n import N_, tr
from core.members import contacts, queries
from core.members.choices import GENDERS, LEVELS
from core.members.queries import ContactFilter, ContactRow
from ui.common.lazy_model import Column
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error
from ui.common.widgets import fill_choices, fill_items
from ui.context import AppContext
from ui.mail.entry import email_text, mark_addresses, mail_action

COLUMNS = [
    Column("name", N_("Name"), lambda r: r.name),
    Column("unit", N_("Unit"), lambda r: r.unit_name),
    Column("", N_("Gender"), lambda r: GENDERS.label(r.gender) if r.gender else ""),
    Column("position", N_("Position"), lambda r: r.position),
    Column("title", N_("Professional title"), lambda r: r.title),
    Column("mobile", N_("Mobile"), lambda r: r.mobile_masked),
    Column("office_phone", N_("Office phone"), lambda r: r.office_phone),
    Column("email", N_("E-mail"), lambda r: email_text(r)),
    Column("is_primary", N_("Primary contact"), lambda r: tr("Yes") if r.is_primary else ""),
    Column("", N_("E-mail problem"), lambda r: getattr(r, "mail_problem", "")),
]


class ContactsView(ListPage):
    columns = COLUMNS
    saved_view = "contacts"
    tables = frozenset({"contacts", "units", "mail_address_problems"})
    stretch_column = 1  # the unit's name takes the spare width, the person's name keeps its own

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.level_combo = QComboBox()
        self.committee_combo = QComboBox()
        self.primary_only = QCheckBox()
        super().__init__(ctx, parent)
        for name, widget in (("level", self.level_combo), ("committee", self.committee_combo)):
            widget.setObjectName(f"filter_{name}")
            self.add_filter(widget)
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_row.addWidget(self.primary_only)
        self.primary_only.toggled.connect(lambda _on: self.refresh())
        for column, width in ((0, 110), (1, 260), (2, 70), (3, 120), (4, 110), (5, 110), (6, 150), (7, 200)):
            self.table.setColumnWidth(column, width)
        self.retranslate()
        self.refresh()

    def current_filter(self) -> ContactFilter:
        return ContactFilter(text=self.filter_edit.text(), level=self.level_combo.currentData(),
                             committee_id=self.committee_combo.currentData(),
                             primary_only=self.primary_only.isChecked())

    def filter_combos(self) -> dict:  # type: ignore[type-arg]
        return {"level": self.level_combo, "committee_id": self.committee_combo}

    def set_other_filters(self, fields: dict) -> None:  # type: ignore[type-arg]
        self.primary_only.blockSignals(True)
        self.primary_only.setChecked(bool(fields.get("primary_only")))
        self.primary_only.blockSignals(False)

    def listing(self, sort: str, descending: bool) -> queries.Listing:
        return queries.contact_listing(self.ctx.db, self.current_filter(), sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, ContactRow]:
        return mark_addresses(self.ctx.db, queries.contact_rows(self.ctx.db, ids))

    def context_actions(self) -> list:  # type: ignore[type-arg]
        return [mail_action(self, "contact")]

    def retranslate(self) -> None:
        fill_choices(self.level_combo, LEVELS, N_("All levels"))
        fill_items(self.committee_combo, queries.committee_choices(self.ctx.db),
                   N_("All committees"))
        self.primary_only.setText(tr("Primary contacts only"))
        super().retranslate()

    def filter_placeholder(self) -> str:
        return tr("Filter by name, unit, position or e-mail (Ctrl+F)")

    def empty_text(self) -> str:
        if self.current_filter() != ContactFilter():
            return super().empty_text()
        return tr("No contacts yet. Press New (Ctrl+N) to add a contact to a member unit.")

    def count_text(self, shown: str) -> str:
        return tr("Contacts shown: {count}", count=shown)

    def new_item(self) -> None:
        from ui.contacts.editor import ContactEditor  # loaded when first opened, not at start-up

        dialog = ContactEditor(self.ctx, None, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("contacts")
            self.select_id(dialog.result_value.id)

    def edit_item(self) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            return
        try:
            contact = contacts.get_contact(self.ctx.db, contact_id)
        except Exception as exc:
            show_error(self, str(exc))
            return
        from ui.contacts.editor import ContactEditor  # loaded when first opened, not at start-up

        if ContactEditor(self.ctx, contact, None, self).exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("contacts")

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = queries.contact_rows(self.ctx.db, ids[:1])
        text = (tr("Delete the contact {name} ({unit})? It can be restored from Deleted items.",
                   name=rows[ids[0]].name, unit=rows[ids[0]].unit_name) if len(ids) == 1 else
                tr("Delete {count} contacts? They can be restored from Deleted items.", count=self.number(len(ids))))
        if confirm(self, text, tr("Delete")):
            contacts.delete_contacts(self.ctx.db, ids)
            self.ctx.changed("contacts")
