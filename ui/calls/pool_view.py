"""The expert pool (专家库) and the standards group roster (标准组名单) on one page: filter by side,
committee, field, unit and terms ending; mobiles and ID numbers masked; add, edit, delete;
publish the list (名单) as PDF or .xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QLineEdit, QPlainTextEdit, QPushButton, QWidget,
)

from core.calls import pool, published, queries
from core.calls.choices import SIDES
from core.calls.pool import PERSON_LABELS
from core.calls.queries import PoolFilter
from core.errors import UserError
from core.i18n import N_, format_date, tr
from core.members.choices import GENDERS
from core.members.queries import committee_choices
from ui.calls.widgets import TickList
from ui.common.form import FormDialog
from ui.common.lazy_model import Column
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error, show_info
from ui.common.mnemonics import on_show
from ui.common.screen import fit_to_screen
from ui.common.widgets import fill_choices, fill_items
from ui.context import AppContext

POOLS = [("experts", N_("Expert pool")), ("standards_members", N_("Standards group"))]
EXPIRING = [(N_("Terms ending within 6 months"), 183), (N_("Terms ended"), 0)]

COLUMNS = [
    Column("name", N_("Name"), lambda r: r["name"]),
    Column("side", N_("Expert side"), lambda r: SIDES.label(r["side"]) if r.get("side") else ""),
    Column("unit", N_("Employer"), lambda r: r["work_unit"]),
    Column("", N_("Professional title"), lambda r: r["title"]),
    Column("", N_("Fields"), lambda r: r.get("fields") or r.get("specialty") or ""),
    Column("", N_("Professional committees"), lambda r: r["committees"]),
    Column("term_end", N_("Term end"), lambda r: format_date(r["term_end"]) if r["term_end"] else ""),
    Column("", N_("Mobile"), lambda r: r["mobile"]),
    Column("", N_("ID number"), lambda r: r["id_number"]),
]


class PoolView(ListPage):
    columns = COLUMNS
    tables = frozenset({"experts", "standards_members", "expert_committees", "standards_member_committees"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.pool_combo = QComboBox()
        self.side_combo = QComboBox()
        self.committee_combo = QComboBox()
        self.expiring_combo = QComboBox()
        super().__init__(ctx, parent)
        for name, combo in (("pool", self.pool_combo), ("side", self.side_combo),
                            ("committee", self.committee_combo), ("expiring", self.expiring_combo)):
            combo.setObjectName(f"filter_{name}")
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publish")
        self.publish_button.clicked.connect(self.publish)
        self.add_buttons([self.publish_button], before=self.new_button)
        for column, width in ((0, 110), (1, 60), (2, 220), (3, 100), (4, 130), (5, 140), (6, 90), (7, 100)):
            self.table.setColumnWidth(column, width)
        self.retranslate()
        self.refresh()

    @property
    def table_name(self) -> str:
        return self.pool_combo.currentData() or "experts"

    def _filter_changed(self) -> None:
        self.side_combo.setVisible(self.table_name == "experts")
        self.table.setColumnHidden(1, self.table_name != "experts")
        self.refresh()

    def current_filter(self) -> PoolFilter:
        days = self.expiring_combo.currentData()
        expiring = None if days is None else (dt.date.today() + dt.timedelta(days=days)).isoformat()
        return PoolFilter(text=self.filter_edit.text(),
                          side=self.side_combo.currentData() if self.table_name == "experts" else None,
                          committee_id=self.committee_combo.currentData(), expiring_by=expiring)

    def filter_combos(self) -> dict[str, QComboBox]:
        return {"side": self.side_combo, "committee_id": self.committee_combo}

    def set_other_filters(self, fields: dict) -> None:  # type: ignore[type-arg]
        """``pool``: the expert pool or the standards roster (the search box's headings say which)."""
        if fields.get("pool") in dict(POOLS):
            from ui.common.widgets import select_data

            select_data(self.pool_combo, fields["pool"])

    def listing(self, sort: str, descending: bool) -> queries.Listing:
        return queries.pool_listing(self.ctx.db, self.table_name, self.current_filter(), sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict:  # type: ignore[type-arg]
        return queries.pool_rows(self.ctx.db, self.table_name, ids)

    def retranslate(self) -> None:
        fill_items(self.pool_combo, [(tr(label), key) for key, label in POOLS])
        fill_choices(self.side_combo, SIDES, N_("All sides"))
        fill_items(self.committee_combo, committee_choices(self.ctx.db), N_("All committees"))
        fill_items(self.expiring_combo, [(tr(label), days) for label, days in EXPIRING], N_("All terms"))
        self.publish_button.setText(tr("Publish list…"))
        super().retranslate()

    def filter_placeholder(self) -> str:
        return tr("Filter by name, unit or field (Ctrl+F)")

    def empty_text(self) -> str:
        if self.current_filter() != PoolFilter():
            return super().empty_text()
        return tr("Nobody here yet. Approved nominations join automatically; New (Ctrl+N) adds someone directly.")

    def count_text(self, shown: str) -> str:
        return tr("Shown: {count}", count=shown)

    def new_item(self) -> None:
        dialog = PersonEditor(self.ctx, self.table_name, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(self.table_name)
            self.select_id(dialog.result_value.id)

    def edit_item(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        try:
            person = pool.get_person(self.ctx.db, self.table_name, person_id)
        except UserError as exc:
            show_error(self, str(exc))
            return
        dialog = PersonEditor(self.ctx, self.table_name, person, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(self.table_name)

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm(self, tr("Delete {count} people from this list? They can be restored from Deleted items.",
                            count=self.number(len(ids))), tr("Delete")):
            pool.delete_people(self.ctx.db, self.table_name, ids)
            self.ctx.changed(self.table_name)

    def publish(self) -> None:
        dialog = PublishDialog(self.ctx, self.table_name, self)
        dialog.exec()


class PublishDialog(QDialog):
    """The published list (名单) to a PDF or .xlsx file; personal data only when ticked."""

    def __init__(self, ctx: AppContext, table: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx, self.table_name = ctx, table
        self.setWindowTitle(tr("Publish list"))
        box = QVBoxLayout(self)
        self.personal = QCheckBox(tr("Include mobiles, e-mail addresses and ID numbers (personal data)"))
        self.script = QComboBox()
        for text, code in ((N_("Simplified Chinese"), "hans"), (N_("Traditional Chinese (Taiwan)"), "hant-tw"),
                           (N_("Traditional Chinese (Hong Kong)"), "hant-hk")):
            self.script.addItem(tr(text), code)
        box.addWidget(self.script)
        box.addWidget(self.personal)
        buttons = QDialogButtonBox()
        self.pdf_button = buttons.addButton(tr("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.xlsx_button = buttons.addButton(tr("Save as Excel…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def save(self, suffix: str) -> None:
        default = ("专家组名单" if self.table_name == "experts" else "标准组名单") + suffix
        name, _ = QFileDialog.getSaveFileName(self, tr("Publish list"), default,
                                              "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)")
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        try:  # the save dialog asked before replacing a file
            published.export_list(self.ctx.db, self.table_name, path, personal=self.personal.isChecked(),
                                  script=self.script.currentData(), overwrite=True)
        except UserError as exc:
            show_error(self, str(exc))
            return
        show_info(self, tr("Written to {path}", path=str(path)))
        self.accept()


class PersonEditor(FormDialog):
    """Add someone to the pool or roster directly, or edit them."""

    def __init__(self, ctx: AppContext, table: str, person: pool.Person | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.table_name, self.person = ctx, table, person
        self.inputs: dict[str, Any] = {}
        keys = ["name", "gender", "side", "fields", "work_unit", "title", "position", "mobile", "email", "id_number",
                "term_start", "term_end", "committee_ids", "notes"]
        if table != "experts":
            keys = [("specialty" if k == "fields" else k) for k in keys if k != "side"]
        for key in keys:
            widget: Any
            if key == "gender":
                widget = QComboBox()
                fill_choices(widget, GENDERS, "")
            elif key == "side":
                widget = QComboBox()
                fill_choices(widget, SIDES, "")
            elif key == "committee_ids":
                widget = TickList()
                widget.fill(committee_choices(ctx.db))
            elif key == "notes":
                widget = QPlainTextEdit()
                widget.setMaximumHeight(70)
            else:
                widget = QLineEdit()
            self.inputs[key] = self.add_field(key, PERSON_LABELS[key], widget, required=key in ("name", "side"))
        if person is not None:
            from ui.calls.dialogs import _set

            raw = pool.person_as_raw(person)
            for key, widget in self.inputs.items():
                _set(widget, raw.get(key))
        self.finish_layout()
        self.setWindowTitle(tr(dict(POOLS)[table]))
        self.retranslate_fields()
        fit_to_screen(self, 560, 640)

    def values(self) -> dict[str, Any]:
        from ui.calls.dialogs import _text

        values = {key: _text(widget) for key, widget in self.inputs.items()}
        if self.person is not None:
            values = {**self.person.values, **values}
        return values

    def submit(self, values: dict[str, Any]) -> Any:
        if self.person is None:
            return pool.create_person(self.ctx.db, self.table_name, values)
        return pool.update_person(self.ctx.db, self.table_name, self.person.id, values)
