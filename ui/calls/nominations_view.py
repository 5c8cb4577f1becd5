"""征集: the nominations and applications of every call, filtered by call and state, with the
selected one's details and its call's live count beside; calls are made and edited here,
nominations recorded, reviewed (reasons asked where the rules want them) and approved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMenu, QPushButton, QWidget

from core.calls import queries, service
from core.calls import nominations
from core.calls.choices import CALL_KINDS, SIDES, STATES
from core.calls.queries import NominationFilter
from core.errors import UserError
from core.i18n import N_, format_date, tr
from ui.calls.detail import NominationDetail
from ui.common.lazy_model import Column
from ui.common.list_view import ListPage
from ui.common.messages import confirm, show_error
from ui.common.widgets import fill_choices, fill_items
from ui.context import AppContext, touches

COLUMNS = [
    Column("name", N_("Name"), lambda r: r["name"]),
    Column("state", N_("Status"), lambda r: STATES.label(r["state"])),
    Column("side", N_("Expert side"), lambda r: SIDES.label(r["side"]) if r["side"] else ""),
    Column("", N_("Employer"), lambda r: r["work_unit"] or r["contact"]),
    Column("unit", N_("Nominating unit"), lambda r: r["nominating_unit"]),
    Column("", N_("Mobile"), lambda r: r["mobile"]),
    Column("received_on", N_("Received on"), lambda r: format_date(r["received_on"])),
    Column("call", N_("Call"), lambda r: r["call"]),
    Column("", N_("Reason"), lambda r: r["state_reason"]),
]


class NominationsView(ListPage):
    columns = COLUMNS
    tables = frozenset({"calls", "nominations", "nomination_reviews", "call_committees"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.call_combo = QComboBox()
        self.state_combo = QComboBox()
        super().__init__(ctx, parent)
        for name, combo in (("call", self.call_combo), ("state", self.state_combo)):
            combo.setObjectName(f"filter_{name}")
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model.sort_key = "received_on"
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)
        self._sort_section = 6
        self.review_button = QPushButton()
        self.review_button.setObjectName("review")
        self.review_button.clicked.connect(lambda: self.review())
        self.scan_button = QPushButton()
        self.scan_button.clicked.connect(self.attach_scan)
        self.new_call_button = QPushButton()
        self.new_call_button.setObjectName("new_call")
        self.new_call_button.clicked.connect(self.new_call)
        self.edit_call_button = QPushButton()
        self.edit_call_button.clicked.connect(self.edit_call)
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_returns")
        self.import_menu = QMenu(self)
        self.import_files_action = self.import_menu.addAction("", self.import_files)
        self.import_folder_action = self.import_menu.addAction("", self.import_folder)
        self.import_button.setMenu(self.import_menu)
        from ui.mail.entry import SourceMailButton

        self.mail_button = SourceMailButton(self, "call", self._chosen_call)
        self.add_buttons([self.import_button], before=self.new_button)
        self.add_buttons([self.review_button, self.scan_button])
        self.add_buttons([self.new_call_button, self.edit_call_button, self.mail_button], before=self.new_button)
        self.table.setColumnWidth(0, 120)
        for column, width in ((1, 90), (2, 60), (3, 200), (4, 200), (5, 100), (6, 90)):
            self.table.setColumnWidth(column, width)
        self.detail = NominationDetail(ctx)
        self.set_detail(self.detail)
        ctx.data_changed.connect(lambda payload: touches(payload, self.tables) and self._after_change())
        self.retranslate()
        self.refresh()

    # -- the list ------------------------------------------------------------------
    def current_filter(self) -> NominationFilter:
        return NominationFilter(text=self.filter_edit.text(), call_id=self.call_combo.currentData(),
                                state=self.state_combo.currentData())

    def filter_combos(self) -> dict[str, QComboBox]:
        return {"call_id": self.call_combo, "state": self.state_combo}

    def listing(self, sort: str, descending: bool) -> queries.Listing:
        return queries.nomination_listing(self.ctx.db, self.current_filter(), sort, descending)

    def fetch_rows(self, ids: list[int]) -> dict:  # type: ignore[type-arg]
        return queries.nomination_rows(self.ctx.db, ids)

    def show_nomination(self, nomination_id: int, call_id: int) -> None:
        """List the nominations of its call, every state, and select this one (the search box's Enter)."""
        self.apply_filter({"call_id": call_id})  # the text and the state back to "all"
        self.select_id(nomination_id)
        self.table.setFocus()

    def _fill_filter_combos(self) -> None:
        calls = [(f"{title}（{CALL_KINDS.label(kind)}）", cid) for cid, title, kind in queries.call_choices(self.ctx.db)]
        fill_items(self.call_combo, calls, N_("All calls"))
        fill_choices(self.state_combo, STATES, N_("All statuses"))

    def _after_change(self) -> None:
        chosen = self.call_combo.currentData()
        self._fill_filter_combos()
        if self.call_combo.currentData() != chosen:
            self.refresh()
        self.update_actions()

    def update_actions(self) -> None:
        super().update_actions()
        if not hasattr(self, "detail"):
            return
        writable = not self.read_only()
        chosen = self.current_id() if self.selected_ids() else None
        state = None
        if chosen is not None:
            row = queries.nomination_rows(self.ctx.db, [chosen]).get(chosen)
            state = row["state"] if row else None
        self.review_button.setEnabled(writable and state is not None and bool(nominations.allowed_moves(state)))
        self.scan_button.setEnabled(writable and chosen is not None)
        self.new_call_button.setEnabled(writable)
        self.edit_call_button.setEnabled(writable and self._chosen_call() is not None)
        self.mail_button.set_available(writable and self._chosen_call() is not None)
        self.import_button.setEnabled(writable)
        self.detail.show_nomination(chosen, self.call_combo.currentData())

    def retranslate(self) -> None:
        self._fill_filter_combos()
        self.review_button.setText(tr("Review…"))
        self.scan_button.setText(tr("Attach scan…"))
        self.new_call_button.setText(tr("New call…"))
        self.edit_call_button.setText(tr("Edit call…"))
        self.import_button.setText(tr("Import returned forms"))
        self.import_files_action.setText(tr("Files (.pdf, .xlsx)…"))
        self.import_folder_action.setText(tr("A folder of them…"))
        self.mail_button.retranslate()
        super().retranslate()
        self.new_button.setText(tr("Record…"))

    def on_database_replaced(self) -> None:
        self._fill_filter_combos()
        super().on_database_replaced()

    def filter_placeholder(self) -> str:
        return tr("Filter by name, unit, field or e-mail (Ctrl+F)")

    def empty_text(self) -> str:
        if not queries.call_choices(self.ctx.db):
            return tr("No calls for nominations yet. Press New call to make one (the expert group, the standards "
                      "group or new members), then record what comes back.")
        if self.current_filter() != NominationFilter():
            return super().empty_text()
        return tr("Nothing has come back yet. Press Record (Ctrl+N) to enter a returned form.")

    def count_text(self, shown: str) -> str:
        return tr("Nominations and applications shown: {count}", count=shown)

    # -- calls ---------------------------------------------------------------------
    def _chosen_call(self) -> int | None:
        call_id = self.call_combo.currentData()
        if call_id is None and self.selected_ids():
            row = queries.nomination_rows(self.ctx.db, [self.current_id()]).get(self.current_id())
            call_id = row["call_id"] if row else None
        return call_id

    def new_call(self) -> None:
        from ui.calls.dialogs import CallEditor

        dialog = CallEditor(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("calls")
            self._fill_filter_combos()
            index = self.call_combo.findData(dialog.result_value.id)
            self.call_combo.setCurrentIndex(max(index, 0))

    def edit_call(self) -> None:
        from ui.calls.dialogs import CallEditor

        call_id = self._chosen_call()
        if call_id is None:
            return
        dialog = CallEditor(self.ctx, service.get_call(self.ctx.db, call_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("calls")

    # -- nominations -------------------------------------------------------------------
    def new_item(self) -> None:
        from ui.calls.dialogs import NominationEditor

        call_id = self._chosen_call()
        if call_id is None:
            calls = queries.call_choices(self.ctx.db)
            if not calls:
                show_error(self, tr("Make a call first (New call), then record what comes back for it."))
                return
            call_id = calls[0][0]
        dialog = NominationEditor(self.ctx, service.get_call(self.ctx.db, call_id), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("nominations")
            self.select_id(dialog.result_value.id)

    def edit_item(self) -> None:
        from ui.calls.dialogs import NominationEditor

        nomination_id = self.current_id()
        if nomination_id is None:
            return
        try:
            n = nominations.get_nomination(self.ctx.db, nomination_id)
            call = service.get_call(self.ctx.db, n.call_id)
        except UserError as exc:
            show_error(self, str(exc))
            return
        if n.state in ("approved", "rejected"):
            show_error(self, tr("{name} was decided ({state}); a decided nomination is kept as it was. Undo the "
                                "decision (Ctrl+Z) to change it.", name=n.name, state=STATES.label(n.state)))
            return
        dialog = NominationEditor(self.ctx, call, n, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("nominations")

    def review(self, target: str | None = None) -> None:
        from ui.calls.dialogs import ReviewDialog

        nomination_id = self.current_id()
        if nomination_id is None:
            return
        n = nominations.get_nomination(self.ctx.db, nomination_id)
        if not nominations.allowed_moves(n.state):
            return
        dialog = ReviewDialog(self.ctx, n, target, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed("nominations")

    # -- returned forms ---------------------------------------------------------------------
    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Import returned forms"), "",
                                                tr("Forms (*.pdf *.xlsx);;All files (*)"))
        if names:
            self.import_returns([Path(n) for n in names])

    def import_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Import returned forms"))
        if name:
            self.import_returns([Path(name)])

    def import_returns(self, paths: list[Path]) -> None:
        """Read ``paths`` as returns to the chosen call (or the newest call of their kind), show them
        beside what is recorded, record what the clerk ticks."""
        from ui.calls.returns_dialog import ReturnsDialog, read_paths

        try:
            call, items = read_paths(self.ctx, paths, self.call_combo.currentData())
        except UserError as exc:
            show_error(self, str(exc))
            return
        dialog = ReturnsDialog(self.ctx, call, items, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.recorded:
            self.ctx.changed("nominations")
            self.select_id(dialog.recorded[0].nomination_id)

    def attach_scan(self) -> None:
        nomination_id = self.current_id()
        if nomination_id is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, tr("The scanned, signed and stamped form"), "",
                                              tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
        if not name:
            return
        try:
            nominations.attach_scan(self.ctx.db, nomination_id, Path(name))
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.ctx.changed("nominations")

    def delete_items(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rows = queries.nomination_rows(self.ctx.db, ids[:1])
        text = (tr("Delete the nomination of {name}? It can be restored from Deleted items.", name=rows[ids[0]]["name"])
                if len(ids) == 1 else
                tr("Delete {count} nominations? They can be restored from Deleted items.", count=self.number(len(ids))))
        if confirm(self, text, tr("Delete")):
            nominations.delete_nominations(self.ctx.db, ids)
            self.ctx.changed("nominations")
