"""The member-unit list: filter as you type, filters by level/type/committee/
status/region, sortable columns (names by pinyin), create/edit/delete."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QWidget

from core import regions
from core.i18n import N_, current_language, format_date, tr
from core.members import queries, units
from core.members.choices import LEVELS, STATUSES, UNIT_TYPES
from core.members.queries import UnitFilter, UnitRow
from ui.common.lazy_model import Column
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error
from ui.common.widgets import fill_choices, fill_items
from ui.context import AppContext, touches
from ui.members.detail_pane import UnitDetailPane



def _region(row: UnitRow) -> str:
    language = current_language()
    province = regions.display(row.province, language)
    if row.city in ("", row.province):
        return province
    return f"{province} {regions.display(row.city, language)}".strip()


BULK = 20  # deleting this many units at once makes a backup first

COLUMNS = [
    Column("name", N_("Unit name"), lambda r: r.name),
    Column("short_name", N_("Short name"), lambda r: r.short_name),
    Column("level", N_("Membership level"), lambda r: LEVELS.label(r.level)),
    Column("unit_type", N_("Unit type"), lambda r: UNIT_TYPES.label(r.unit_type)),
    Column("status", N_("Status"), lambda r: STATUSES.label(r.status)),
    Column("region", N_("Region"), _region),
    Column("", N_("Professional committees"), lambda r: r.committees),
    Column("contacts", N_("Primary contact"), lambda r: r.primary_contact or ""),
    Column("credit_code", N_("Unified social credit code"), lambda r: r.credit_code or ""),
    Column("member_no", N_("Member number"), lambda r: r.member_no or ""),
    Column("join_date", N_("Join date"), lambda r: format_date(r.join_date)),
]


class MembersView(ListPage):
    columns = COLUMNS
    saved_view = "members"
    tables = frozenset({"units", "contacts", "unit_committees", "committees"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.level_combo = QComboBox()
        self.type_combo = QComboBox()
        self.status_combo = QComboBox()
        self.committee_combo = QComboBox()
        self.province_combo = QComboBox()
        self.years: dict[str, int] = {}  # join_year / left_year, set from the dashboard
        self.year_chip = QPushButton()
        self.year_chip.setObjectName("year_filter")
        super().__init__(ctx, parent)
        for name, combo in (("level", self.level_combo), ("type", self.type_combo), ("status", self.status_combo),
                            ("committee", self.committee_combo), ("province", self.province_combo)):
            combo.setObjectName(f"filter_{name}")
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_row.addWidget(self.year_chip)
        self.year_chip.hide()
        self.year_chip.clicked.connect(self._clear_years)
        for width, column in ((260, 0), (110, 1), (110, 2), (90, 3), (60, 4), (110, 5), (160, 6), (80, 7)):
            self.table.setColumnWidth(column, width)
        ctx.data_changed.connect(lambda payload: touches(payload, {"units"}) and self._refill_provinces())
        self.detail = UnitDetailPane(ctx)
        self.set_detail(self.detail)
        ctx.data_changed.connect(lambda payload: touches(payload, self.tables | {"unit_history"})
                                 and self.detail.show_unit(self.detail.unit_id))
        self.retranslate()
        self.refresh()

    def current_filter(self) -> UnitFilter:
        return UnitFilter(text=self.filter_edit.text(), level=self.level_combo.currentData(),
                          unit_type=self.type_combo.currentData(), status=self.status_combo.currentData(),
                          committee_id=self.committee_combo.currentData(),
                          province=self.province_combo.currentData(), join_year=self.years.get("join_year"),
                          left_year=self.years.get("left_year"))

    def filter_combos(self) -> dict:  # type: ignore[type-arg]
        return {"level": self.level_combo, "unit_type": self.type_combo, "status": self.status_combo,
                "committee_id": self.committee_combo, "province": self.province_combo}

    def set_other_filters(self, fields: dict) -> None:  # type: ignore[type-arg]
        self.years = {k: int(fields[k]) for k in ("join_year", "left_year") if str(fields.get(k) or "").isdigit()}
        self._show_years()

    def _show_years(self) -> None:
        texts = []
        if "join_year" in self.years:
            texts.append(tr("Joined in {year}", year=self.years["join_year"]))
        if "left_year" in self.years:
            texts.append(tr("Left in {year}", year=self.years["left_year"]))
        self.year_chip.setText("  ".join(texts) + " ✕")
        self.year_chip.setToolTip(tr("Show every year again"))
        self.year_chip.setVisible(bool(texts))

    def _clear_years(self) -> None:
        self.years = {}
        self._show_years()
        self.refresh()

    def listing(self, sort: str, descending: bool) -> queries.Listing:
        return queries.unit_listing(self.ctx.db, self.current_filter(), sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict[int, UnitRow]:
        return queries.unit_rows(self.ctx.db, ids)

    def _fill_filter_combos(self) -> None:
        fill_choices(self.level_combo, LEVELS, N_("All levels"))
        fill_choices(self.type_combo, UNIT_TYPES, N_("All types"))
        fill_choices(self.status_combo, STATUSES, N_("All statuses"))
        fill_items(self.committee_combo, queries.committee_choices(self.ctx.db),
                   N_("All committees"))
        chosen = self.province_combo.currentData()
        fill_items(self.province_combo, self._province_items(), N_("All regions"))
        if self.province_combo.currentData() != chosen:  # the chosen province is gone: show all again
            self.refresh()

    def _refill_provinces(self) -> None:
        """The region filter lists the provinces in use; data changes may add or remove one (not typing)."""
        chosen = self.province_combo.currentData()
        fill_items(self.province_combo, self._province_items(), N_("All regions"))
        if self.province_combo.currentData() != chosen:  # the chosen province is gone: show all again
            self.refresh()

    def update_actions(self) -> None:
        super().update_actions()
        if hasattr(self, "detail"):
            self.detail.show_unit(self.current_id() if self.selected_ids() else None)

    def context_actions(self) -> list:  # type: ignore[type-arg]
        from ui.members import bulk_change
        from ui.mail.entry import mail_action

        return [*bulk_change.actions(self), mail_action(self, "unit")]

    def _province_items(self) -> list[tuple[str, str]]:
        language = current_language()
        return [(regions.display(p, language), p) for p in queries.provinces(self.ctx.db)]

    def retranslate(self) -> None:
        self._fill_filter_combos()
        self._show_years()
        super().retranslate()
        if hasattr(self, "detail"):  # the pane's labels and its "select a unit" line in the new language
            self.detail.show_unit(self.detail.unit_id)

    def on_database_replaced(self) -> None:
        self._fill_filter_combos()
        super().on_database_replaced()

    def filter_placeholder(self) -> str:
        return tr("Filter by name, short name, credit code or contact (Ctrl+F)")

    def empty_text(self) -> str:
        if self.current_filter() != UnitFilter():
            return super().empty_text()
        return tr("No member units yet. Press New (Ctrl+N) to register one, import a member list from "
                  "File → Import, or try the program with Help → Fill this empty database with demo data.")

    def count_text(self, shown: str) -> str:
        return tr("Member units shown: {count}", count=shown)

    def new_item(self) -> None:
        from ui.members.editor import UnitEditor  # loaded when first opened, not at start-up

        dialog = UnitEditor(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("units")
            self.select_id(dialog.result_value.id)

    def edit_item(self) -> None:
        unit_id = self.current_id()
        if unit_id is None:
            return
        try:
            unit = units.get_unit(self.ctx.db, unit_id)
        except Exception as exc:  # deleted meanwhile, or the file went away
            show_error(self, str(exc))
            return
        from ui.members.editor import UnitEditor  # loaded when first opened, not at start-up

        dialog = UnitEditor(self.ctx, unit, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("units")

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = queries.unit_rows(self.ctx.db, ids[:1])
        if len(ids) == 1:
            text = tr("Delete the member unit {name} and its contacts? It can be restored from Deleted items.",
                      name=rows[ids[0]].name)
        else:
            text = tr("Delete {count} member units and their contacts? They can be restored from Deleted items.",
                      count=self.number(len(ids)))
        if confirm(self, text, tr("Delete")):
            if len(ids) >= BULK:
                self.ctx.backup_before("delete")  # a bulk delete is a risky operation
            units.delete_units(self.ctx.db, ids)
            self.ctx.changed("units")
