"""Importing a member list: read the file, preview it with a field choice above each
column, check (a dry run that reports every bad row), then import in one transaction
with progress and cancel. Nothing is written before the clerk presses Import.

The cells the check marks can be corrected in the preview (double-click, F2 or just
type): each keystroke is checked on its own (the message shows under the preview and on
the cell), the corrected value replaces the file's in what is imported (the file itself is
not changed), and the whole check runs again. Rows with problems beyond the first
``PREVIEW_ROWS`` are added to the preview after a check, so every marked cell can be reached."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSplitter, QStyledItemDelegate, QStyleOptionViewItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.exchange.cell_check import check_cell
from core.exchange.columns import column_letter, field_choices, propose_mapping
from core.exchange.import_plan import ImportPlan
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import MAX_CELL_CHARS, Table
from core.i18n import format_number, tr
from ui.common.jobs import run_job
from ui.common.messages import confirm, show_error, show_info
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.common.screen import fit_to_screen

PREVIEW_ROWS = 200
MAX_LISTED_PROBLEMS = 2000
MAX_ADDED_ROWS = 2000  # rows with problems added to the preview after a check, beyond the first ones
REFUSED, LEFT_EMPTY = QColor(255, 200, 200), QColor(255, 236, 160)
EDITED_ROLE = Qt.ItemDataRole.UserRole + 1
RECHECK_DELAY_MS = 300


class _CellEditor(QStyledItemDelegate):
    """The editor of a previewed cell: checked at each keystroke, the message shown at once."""

    def __init__(self, dialog: "ImportDialog") -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("cell_editor")
        editor.setMaxLength(MAX_CELL_CHARS)
        column = index.column()
        editor.textChanged.connect(lambda text: self.dialog.show_cell_check(column, text, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            self.dialog.show_cell_check(index.column(), editor.text(), editor)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.table_data = table
        self.plan: ImportPlan | None = None
        self.done_counts = None  # what the import did, once it is done
        fit_to_screen(self, 1100, 720)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.preview = QTableWidget(1, len(table.header))
        self.preview.setObjectName("import_preview")
        self.combos: list[QComboBox] = []
        mapping = propose_mapping(table.header)
        for col, header in enumerate(table.header):
            combo = QComboBox()
            combo.setObjectName(f"map_{col}")
            for field, label in field_choices():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(col))))
            combo.currentIndexChanged.connect(self._invalidate)
            holder = QTableWidgetItem()
            holder.setFlags(Qt.ItemFlag.ItemIsEnabled)  # the fields row is chosen, not typed in
            self.preview.setItem(0, col, holder)
            self.preview.setCellWidget(0, col, combo)
            self.combos.append(combo)
        self.preview_rows: list[int] = []  # the table's row index of each previewed row (after the fields row)
        self._filling = False
        self._add_preview_rows(range(min(len(table.rows), PREVIEW_ROWS)))
        self.preview.resizeColumnsToContents()
        self.preview.setItemDelegate(_CellEditor(self))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.preview.itemChanged.connect(self._cell_edited)
        self.cell_message = QLabel()
        self.cell_message.setObjectName("cell_message")
        self.cell_message.setTextFormat(Qt.TextFormat.PlainText)
        self.cell_message.setWordWrap(True)
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(RECHECK_DELAY_MS)
        self._recheck_timer.timeout.connect(self.check)
        self._generation = 0  # a check started before the last change is not shown
        self.merge = QRadioButton()
        self.skip = QRadioButton()
        self.skip.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.merge, self.skip):
            group.addButton(button)
            button.toggled.connect(self._invalidate)
        self.strict = QCheckBox()
        self.strict.setObjectName("import_strict")
        self.strict.toggled.connect(self._invalidate)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setObjectName("import_report")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        policy = QHBoxLayout()
        self.policy_label = QLabel()
        policy.addWidget(self.policy_label)
        policy.addWidget(self.skip)
        policy.addWidget(self.merge)
        policy.addStretch(1)  # the strict box on a line of its own: the dialog fits a 1,024-pixel screen
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.preview, 1)
        top_box.addWidget(self.cell_message)
        split.addWidget(top)
        split.addWidget(self.report)
        split.setSizes([480, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(policy)
        layout.addWidget(self.strict)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        ctx.language.changed.connect(lambda _l: self.retranslate())

    def retranslate(self) -> None:
        t = self.table_data
        self.setWindowTitle(tr("Import member units from {file}", file=t.source))
        encoding = f" · {t.encoding}" if t.encoding else ""
        self.info.setText(tr("{file}: {rows} rows{encoding}. Choose above each column which field it holds, then "
                             "Check. Nothing is written before you press Import.", file=t.source,
                             rows=format_number(len(t.rows)), encoding=encoding))
        self.preview.setHorizontalHeaderLabels([f"{column_letter(i)} · {h}" for i, h in enumerate(t.header)])
        for combo in self.combos:
            for i, (_field, label) in enumerate(field_choices()):
                combo.setItemText(i, label)
        self.policy_label.setText(tr("Units already registered (same credit code or name):"))
        self.skip.setText(tr("leave them as they are"))
        self.merge.setText(tr("update them with the values in the file"))
        self.strict.setText(tr("Refuse rows with a wrong contact cell"))
        self.strict.setToolTip(tr("By default a wrong contact cell is left empty and listed; the unit and the "
                                  "contact are imported."))
        self.cell_message.setStyleSheet("color: #555;")
        self.cell_message.setText(tr("A cell the check marks can be corrected here: double-click it (or press F2) and "
                                     "type. The corrected value is imported; the file is not changed."))
        self.check_button.setText(tr("Check"))
        self.import_button.setText(tr("Import"))
        if self.plan is None:
            self.report.setPlaceholderText(tr("The check lists every row that cannot be imported, with its column "
                                              "and the reason."))

    def mapping(self) -> dict[int, str | None]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos)}

    def policy(self) -> str:
        return "merge" if self.merge.isChecked() else "skip"

    def _invalidate(self) -> None:
        self.plan = None
        self._generation += 1
        self.import_button.setEnabled(False)

    def check(self) -> None:
        self._recheck_timer.stop()
        mapping, policy, strict = self.mapping(), self.policy(), self.strict.isChecked()
        self._generation += 1
        generation = self._generation
        run_job(self, tr("Checking the rows…"),
                lambda db, progress, cancelled: plan_import(db, self.table_data, mapping, policy, strict),
                lambda plan: self._checked(plan) if generation == self._generation else None,
                lambda exc: show_error(self, str(exc)) if generation == self._generation else None, db=self.ctx.db)

    # -- the preview: rows shown, cells corrected ----------------------------------------------
    def _add_preview_rows(self, indexes) -> None:  # type: ignore[no-untyped-def]
        table = self.table_data
        self._filling = True
        try:
            for index in indexes:
                r = self.preview.rowCount()
                self.preview.insertRow(r)
                for c, value in enumerate(table.rows[index]):
                    self.preview.setItem(r, c, QTableWidgetItem(value))
                self.preview.setVerticalHeaderItem(r, QTableWidgetItem(str(table.row_numbers[index])))
                self.preview_rows.append(index)
        finally:
            self._filling = False
        self.preview.setVerticalHeaderItem(0, QTableWidgetItem(""))

    def _show_problem_rows(self, plan: ImportPlan) -> None:
        """Rows with problems that are not in the preview yet are added at its end (in file order)."""
        numbers = self.table_data.row_numbers
        shown = set(self.preview_rows)
        wanted = {p.row for p in (*plan.problems, *plan.notes) if p.row}
        if len(self.preview_rows) >= len(numbers) or not wanted:
            return
        index_of = {n: i for i, n in enumerate(numbers)}
        missing = sorted(i for i in (index_of.get(n) for n in wanted) if i is not None and i not in shown)
        self._add_preview_rows(missing[:MAX_ADDED_ROWS])

    def show_cell_check(self, column: int, text: str, editor: QLineEdit) -> None:
        """As the clerk types in a cell: what the check will say about it, under the preview and on the cell."""
        reason = check_cell(self.combos[column].currentData(), text, self.ctx.db)
        if reason is None:
            self.cell_message.setStyleSheet("color: #1e6b2e;")
            self.cell_message.setText(tr("Column {column}: this value can be imported.", column=column_letter(column))
                                      if self.combos[column].currentData() and text.strip() else "")
            editor.setStyleSheet("")
            editor.setToolTip("")
        else:
            self.cell_message.setStyleSheet("color: #b3261e;")
            self.cell_message.setText(tr("Column {column}: {reason}", column=column_letter(column), reason=reason))
            editor.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }")
            editor.setToolTip(str(reason))

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A corrected cell: the table to import takes the value; the cell is marked at once and the
        whole check runs again."""
        if self._filling or item.row() < 1 or self.done_counts is not None:
            return
        index = self.preview_rows[item.row() - 1]
        column = item.column()
        if self.table_data.rows[index][column] == item.text():
            return
        self.table_data.set_cell(index, column, item.text())
        self._filling = True
        try:
            item.setData(EDITED_ROLE, True)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            reason = check_cell(self.combos[column].currentData(), item.text(), self.ctx.db)
            self._decorate(item, REFUSED if reason is not None else None, str(reason) if reason is not None else "")
        finally:
            self._filling = False
        checked = self.plan is not None
        self._invalidate()
        if checked or self.report.toPlainText():
            self._recheck_timer.start()

    def _decorate(self, item: QTableWidgetItem, colour: QColor | None, reason: str) -> None:
        item.setBackground(QBrush(colour) if colour is not None else QBrush())
        lines = [reason] if reason else []
        if item.data(EDITED_ROLE):
            lines.append(tr("Corrected here (the file is not changed)."))
        item.setToolTip("<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>" if lines else "")

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        problems = plan.problems
        lines = [str(plan.counts.message())]
        if problems:
            lines.append(tr("Rows that will not be imported:"))
            lines += [str(p) for p in problems[:MAX_LISTED_PROBLEMS]]
            if len(problems) > MAX_LISTED_PROBLEMS:
                lines.append(tr("… and {count} more.", count=len(problems) - MAX_LISTED_PROBLEMS))
        notes = plan.notes
        if notes:
            lines.append(tr("Left out without refusing the row (wrong contact cells, totals, notes):"))
            lines += [str(n) for n in notes[:MAX_LISTED_PROBLEMS]]
            if len(notes) > MAX_LISTED_PROBLEMS:
                lines.append(tr("… and {count} more.", count=len(notes) - MAX_LISTED_PROBLEMS))
        self.report.setPlainText("\n".join(lines))
        self._mark_cells(plan)
        self.import_button.setEnabled(any(u.writes for u in plan.units))

    def _mark_cells(self, plan: ImportPlan) -> None:
        """Colour the previewed cells the check found wrong (red: row refused, yellow: left empty),
        with the reason as tooltip."""
        self._show_problem_rows(plan)
        numbers = self.table_data.row_numbers
        preview_row = {numbers[index]: r for r, index in enumerate(self.preview_rows, start=1)}
        letters = {column_letter(i): i for i in range(len(self.table_data.header))}
        marks: dict[tuple[int, int], tuple[QColor, str]] = {}
        for found, colour in ((plan.notes, LEFT_EMPTY), (plan.problems, REFUSED)):
            for p in found:
                where = (preview_row.get(p.row, -1), letters.get(p.column, -1))
                if where[0] > 0 and where[1] >= 0:
                    marks[where] = (colour, str(p.reason))
        self._filling = True
        try:
            for r in range(1, self.preview.rowCount()):
                for c in range(self.preview.columnCount()):
                    item = self.preview.item(r, c)
                    if item is not None:
                        colour, reason = marks.get((r, c), (None, ""))
                        self._decorate(item, colour, reason)
        finally:
            self._filling = False

    def do_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        if plan.error_rows and not confirm(self, tr("{count} rows have errors and will be left out. Import the "
                                                    "other rows?", count=len(plan.error_rows)), tr("Import")):
            return
        refusal = self.ctx.backup_before("import")
        if refusal:  # a damaged database: nothing is written into it
            show_error(self, refusal)
            return
        run_job(self, tr("Importing…"), lambda db, progress, cancelled: apply_import(db, plan, progress, cancelled),
                self._imported, self._failed, db=self.ctx.db)

    def _imported(self, counts) -> None:  # type: ignore[no-untyped-def]
        """Say what was done in the dialog itself; the clerk closes it when they have read it."""
        self.done_counts = counts
        self.ctx.data_changed.emit("all")
        lines = [tr("Imported. {summary}", summary=counts.message())]
        if self.plan is not None and self.plan.late_problems:
            lines.append(tr("Rows that will not be imported:"))
            lines += [str(p) for p in self.plan.late_problems[:MAX_LISTED_PROBLEMS]]
        self.report.setPlainText("\n".join(lines))
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for combo in self.combos:
            combo.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Close"))

    def _failed(self, exc: BaseException) -> None:
        self._invalidate()
        show_error(self, str(exc) if isinstance(exc, UserError) else tr("Unexpected error: {reason}",
                                                                          reason=str(exc)))


def start_import(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask for a file, read it off the UI thread, then show the import dialog."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, tr("Import member units"), "",
                                          tr("Member lists (*.xlsx *.csv *.txt);;All files (*)"))
    if path:
        import_member_file(ctx, parent, path)


def import_member_file(ctx: AppContext, parent: QWidget | None, path: str | Path) -> None:
    """Read ``path`` (a member list chosen or dropped) off the UI thread, then show the import dialog."""
    from core.exchange.readers import read_table

    run_job(parent, tr("Reading {file}…", file=Path(path).name),
            lambda progress, cancelled: read_table(path),
            lambda table: ImportDialog(ctx, table, parent).exec(),
            lambda exc: show_error(parent, str(exc)))


def export_scope(ctx: AppContext, parent: QWidget | None, page: Any = None) -> tuple[list[int] | None, bool]:
    """Which units to export when the member list has a selection or a filter: every unit, the
    selected ones or those the filter shows. (None = every unit; False if the clerk cancelled.)"""
    from PySide6.QtWidgets import QInputDialog

    from core.members import queries

    if page is None or not hasattr(page, "current_filter") or type(page).__name__ != "MembersView":
        return None, True
    selected = page.selected_ids()
    where = page.current_filter()
    filtered = any(v for k, v in where.__dict__.items() if v not in (None, "", False))
    choices: list[tuple[str, list[int] | None]] = [(tr("Every member unit"), None)]
    if len(selected) > 0:
        choices.append((tr("The {count} selected units", count=format_number(len(selected))), selected))
    if filtered:
        ids = queries.unit_ids(ctx.db, where)
        choices.append((tr("The {count} units the filter shows", count=format_number(len(ids))), ids))
    if len(choices) == 1:
        return None, True
    text, ok = QInputDialog.getItem(parent, tr("Export member units"), tr("Export:"), [c[0] for c in choices],
                                    len(choices) - 1, False)
    if not ok:
        return None, False
    return dict(choices)[text], True


def start_export(ctx: AppContext, parent: QWidget | None, page: Any = None) -> None:
    """Ask which units (every one, the selected or the filtered ones, when the member list has a
    selection or a filter), where to write (.xlsx or .csv) and whether mobiles may go in, then
    export off the UI thread."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from core.exchange.member_export import export_members

    unit_ids, go = export_scope(ctx, parent, page)
    if not go:
        return

    path, chosen = QFileDialog.getSaveFileName(parent, tr("Export member units"), "member-units.xlsx",
                                               tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    answer = QMessageBox.question(parent, tr("Personal data"),
                                  tr("Include the contacts' mobile numbers? They are personal data; leave them out "
                                     "unless the recipient needs them."),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    personal = answer == QMessageBox.StandardButton.Yes
    run_job(parent, tr("Exporting…"),
            lambda db, progress, cancelled: export_members(db, target, include_personal=personal, overwrite=True,
                                                           unit_ids=unit_ids),
            lambda result: show_info(parent, tr("{rows} rows ({units} member units, {contacts} contacts) written to "
                                                "{path}", rows=result.rows, units=result.units,
                                                contacts=result.contacts, path=str(result.path))),
            lambda exc: show_error(parent, str(exc)), db=ctx.db)
