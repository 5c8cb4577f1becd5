"""Exporting notices as PDF: one to a file, or the selected ones into a folder, in
Simplified or Traditional characters (the choice is remembered), off the UI thread
with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from core.i18n import format_number, tr
from core.notices import export, service
from core.notices.export import ExportCancelled
from ui.common.jobs import Job, run_job
from ui.common.messages import confirm, show_info
from ui.context import AppContext
from ui.notices.common import (
    FOLDER_SETTING, SCRIPT_SETTING, fill_scripts, font_overrides, last_script, notify, report_failure,
)


class ExportDialog(QDialog):
    """The script and the target: a file (one notice) or a folder (several)."""

    def __init__(self, ctx: AppContext, target: str, count: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count = count  # None: one notice to a file; else: how many go into a folder
        self.setMinimumWidth(620)
        self.script_combo = QComboBox()
        self.script_combo.setObjectName("script")
        fill_scripts(self.script_combo, last_script(ctx.settings))
        self.target_edit = QLineEdit(target)
        self.target_edit.setObjectName("target")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.browse_button)
        self.script_label, self.target_label = QLabel(), QLabel()
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.script_label, self.script_combo)
        form.addRow(self.target_label, target_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target_edit.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        single = self.count is None
        self.setWindowTitle(tr("Export PDF") if single else tr("Export PDFs"))
        self.script_label.setText(tr("Script:"))
        self.target_label.setText(tr("File:") if single else tr("Folder:"))
        self.browse_button.setText(tr("Choose…"))
        fill_scripts(self.script_combo)
        self.info.setText(
            tr("Traditional exports convert the text with OpenCC; the names in Alliance settings → Names not to "
               "convert stay as typed.") if single else
            tr("{count} notices are exported into this folder, one PDF each, named by number and title. Files "
               "already there are kept: a new file gets a number added to its name.",
               count=format_number(self.count)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    def browse(self) -> None:
        current = self.target_edit.text().strip()
        if self.count is None:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export PDF"), current, tr("PDF files (*.pdf)"),
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            path = QFileDialog.getExistingDirectory(self, tr("Export PDFs"), current)
        if path:
            self.target_edit.setText(path)

    def script(self) -> str:
        return self.script_combo.currentData() or "hans"

    def target(self) -> Path:
        path = Path(self.target_edit.text().strip()).expanduser()
        if self.count is None and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def accept(self) -> None:
        self.ctx.settings.set(SCRIPT_SETTING, self.script())
        target = self.target()
        self.ctx.settings.set(FOLDER_SETTING, str(target.parent if self.count is None else target))
        super().accept()


def _export_folder(ctx: AppContext) -> Path:
    return Path(ctx.settings.get(FOLDER_SETTING) or Path.home())


def export_one(parent: QWidget, ctx: AppContext, notice_id: int,
               on_done: Callable[[Path], None] | None = None) -> Job | None:
    """Ask for the script and the file, then write the PDF (asks before replacing a file)."""
    notice = service.get_notice(ctx.db, notice_id)
    dialog = ExportDialog(ctx, str(_export_folder(ctx) / export.file_name(notice)), None, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path, script = dialog.target(), dialog.script()
    overwrite = False
    if path.exists():
        if not confirm(parent, tr("{path} already exists. Replace it?", path=str(path)), tr("Replace")):
            return None
        overwrite = True
    fonts = font_overrides(ctx.settings)
    db = ctx.db

    def done(out: Path) -> None:
        notify(parent, tr("PDF saved: {path}", path=str(out)))
        if on_done is not None:
            on_done(out)

    return run_job(parent, tr("Exporting the PDF…"),
                   lambda job_db, _p, _c: export.export_notice_pdf(job_db, notice_id, path, script, overwrite, fonts),
                   done, lambda exc: report_failure(parent, exc), db=db)


def export_many(parent: QWidget, ctx: AppContext, ids: list[int],
                on_done: Callable[[list[Path]], None] | None = None) -> Job | None:
    """Ask for the script and the folder, then export every notice of ``ids`` (progress, Cancel)."""
    if not ids:
        return None
    dialog = ExportDialog(ctx, str(_export_folder(ctx)), len(ids), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    folder, script = dialog.target(), dialog.script()
    fonts = font_overrides(ctx.settings)
    db = ctx.db

    def done(written: list[Path]) -> None:
        if on_done is not None:
            on_done(written)
        show_info(parent, tr("{count} PDF files were written to {folder}.", count=format_number(len(written)),
                             folder=str(folder)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ExportCancelled):
            notify(parent, str(exc))
            return
        report_failure(parent, exc)

    return run_job(parent, tr("Exporting {count} notices…", count=format_number(len(ids))),
                   lambda job_db, progress, cancelled: export.export_batch(job_db, ids, folder, script, progress,
                                                                           cancelled, fonts),
                   done, failed, db=db)
