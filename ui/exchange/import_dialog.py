"""Importing a member list: read the file, preview it with a field choice above each
column, check (a dry run that reports every bad row), then import in one transaction
with progress and cancel. Nothing is written before the clerk presses Import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit,
    QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.exchange.columns import column_letter, field_choices, propose_mapping
from core.exchange.import_plan import ImportPlan
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import Table
from core.i18n import format_number, tr
from ui.common.jobs import run_job
from ui.common.messages import confirm, show_error, show_info
from ui.context import AppContext
from ui.common.screen import fit_to_screen

PREVIEW_ROWS = 200
MAX_LISTED_PROBLEMS = 2000


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table_data = table
        self.plan: ImportPlan | None = None
        self.done_counts = None  # what the import did, once it is done
        fit_to_screen(self, 1100, 720)
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.preview = QTableWidget(min(len(table.rows), PREVIEW_ROWS) + 1, len(table.header))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
            self.preview.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for r, row in enumerate(table.rows[:PREVIEW_ROWS], start=1):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.setVerticalHeaderLabels([""] + [str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        self.preview.resizeColumnsToContents()
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
        policy.addStretch(1)
        policy.addWidget(self.strict)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.preview)
        split.addWidget(self.report)
        split.setSizes([480, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(policy)
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
        self.import_button.setEnabled(False)

    def check(self) -> None:
        mapping, policy, strict = self.mapping(), self.policy(), self.strict.isChecked()
        run_job(self, tr("Checking the rows…"),
                lambda db, progress, cancelled: plan_import(db, self.table_data, mapping, policy, strict),
                self._checked, lambda exc: show_error(self, str(exc)), db=self.ctx.db)

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
        preview_row = {n: r for r, n in enumerate(self.table_data.row_numbers[:PREVIEW_ROWS], start=1)}
        letters = {column_letter(i): i for i in range(len(self.table_data.header))}
        for r in range(1, self.preview.rowCount()):
            for c in range(self.preview.columnCount()):
                item = self.preview.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        for found, colour in ((plan.notes, QColor(255, 236, 160)), (plan.problems, QColor(255, 200, 200))):
            for p in found:
                item = self.preview.item(preview_row.get(p.row, -1), letters.get(p.column, -1))
                if item is not None:
                    item.setBackground(colour)
                    item.setToolTip(str(p.reason))

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

    from core.exchange.readers import read_table

    path, _ = QFileDialog.getOpenFileName(parent, tr("Import member units"), "",
                                          tr("Member lists (*.xlsx *.csv *.txt);;All files (*)"))
    if not path:
        return
    run_job(parent, tr("Reading {file}…", file=Path(path).name),
            lambda progress, cancelled: read_table(path),
            lambda table: ImportDialog(ctx, table, parent).exec(),
            lambda exc: show_error(parent, str(exc)))


def start_export(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask where to write (.xlsx or .csv) and whether mobiles may go in, then export off the UI thread."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from core.exchange.member_export import export_members

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
            lambda db, progress, cancelled: export_members(db, target, include_personal=personal, overwrite=True),
            lambda result: show_info(parent, tr("{rows} rows ({units} member units, {contacts} contacts) written to "
                                                "{path}", rows=result.rows, units=result.units,
                                                contacts=result.contacts, path=str(result.path))),
            lambda exc: show_error(parent, str(exc)), db=ctx.db)
