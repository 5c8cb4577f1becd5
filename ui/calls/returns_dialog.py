"""Returned forms into a call: every file (or .xlsx row) read and checked, listed with what is
wrong with it or the record it resembles; the clerk looks at each one beside that record and
ticks what to record; Record writes the ticked ones in one action (undone as one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QSplitter, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from core.calls import returns, service
from core.i18n import tr
from ui.calls.dialogs import comparison_table
from ui.calls.widgets import plain
from ui.common.mnemonics import on_show
from ui.common.screen import fit_to_screen
from ui.context import AppContext


def read_paths(ctx: AppContext, paths: list[Path], call_id: int | None
               ) -> tuple[service.Call, list[returns.ReturnItem]]:
    """Read every path for the call (``call_id``, or the newest call of the forms' kind); a path that is no
    form is listed with its message among the others."""
    return returns.read_paths_for_call(ctx.db, paths, call_id)


class ReturnsDialog(QDialog):
    def __init__(self, ctx: AppContext, call: service.Call, items: list[returns.ReturnItem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx, self.call, self.items = ctx, call, items
        self.recorded: list[returns.ReturnItem] = []
        self.setWindowTitle(tr("Returned forms: {call}", call=call.title))
        box = QVBoxLayout(self)
        self.summary = plain()
        box.addWidget(self.summary)
        self.table = QTableWidget(len(items), 3)
        self.table.setObjectName("returns")
        self.table.setHorizontalHeaderLabels([tr("File"), tr("Name"), tr("Check")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.details = QStackedWidget()
        for row, item in enumerate(items):
            file_cell = QTableWidgetItem(item.where)
            if item.ok:  # a good form can be ticked; one already recorded is not ticked unless the clerk says so
                file_cell.setFlags(file_cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                file_cell.setCheckState(Qt.CheckState.Unchecked if item.duplicates else Qt.CheckState.Checked)
            self.table.setItem(row, 0, file_cell)
            self.table.setItem(row, 1, QTableWidgetItem(item.name))
            if not item.ok:
                status = tr("Cannot be recorded: {count} problems", count=len(item.problems))
            elif item.duplicates:
                status = tr("Recorded already? {where}", where="; ".join(str(d.describe()) for d in item.duplicates))
            else:
                status = tr("Ready")
            self.table.setItem(row, 2, QTableWidgetItem(status))
            self.details.addWidget(self._detail(item))
        self.table.resizeColumnToContents(0)
        self.table.currentCellChanged.connect(lambda row, *_a: self.details.setCurrentIndex(max(row, 0)))
        self.table.itemChanged.connect(lambda _i: self._update())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        box.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if items:
            self.table.selectRow(0)
        self._update()
        fit_to_screen(self, 820, 600)

    def _detail(self, item: returns.ReturnItem) -> QWidget:
        if not item.ok:
            return plain("\n".join(item.problems))
        if item.duplicates:
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(plain(tr("Compare with what is recorded; tick the form to record it anyway.")))
            box.addWidget(comparison_table(self.ctx, item.values, item.duplicates[0]), 1)
            return holder
        return plain(tr("{name}: every value checked.", name=item.name))

    def ticked(self) -> list[returns.ReturnItem]:
        return [item for row, item in enumerate(self.items)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked and item.ok]

    def _update(self) -> None:
        chosen = len(self.ticked())
        bad = sum(1 for i in self.items if not i.ok)
        self.summary.setText(tr("{total} forms read: {chosen} ticked to record, {bad} cannot be recorded.",
                                total=len(self.items), chosen=chosen, bad=bad))
        self.record_button.setEnabled(chosen > 0)

    def record(self) -> None:
        from core.errors import UserError
        from ui.common.messages import show_error

        try:
            self.recorded = returns.save_returns(self.ctx.db, self.call, self.ticked())
        except UserError as exc:
            show_error(self, str(exc))
            return
        self.accept()
