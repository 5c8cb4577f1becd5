"""Exporting notices: one to a PDF or a Word document (.docx, for WPS and Word), or the
selected ones as PDFs into a folder, in Simplified or Traditional characters (the
choices are remembered), off the UI thread with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from core.i18n import N_, format_number, tr
from core.notices import export, service
from core.notices.export import ExportCancelled
from ui.common.jobs import Job, run_job
from ui.common.messages import confirm, show_info
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.notices.common import (
    FOLDER_SETTING, SCRIPT_SETTING, fill_scripts, font_overrides, last_script, notify, report_failure,
)


FORMAT_SETTING = "notices.export_format"
FORMATS = {".pdf": N_("PDF (GB/T 9704, for sending and printing)"),
           ".docx": N_("Word document (.docx, for editing in WPS or Word)")}


class ExportDialog(QDialog):
    """The script and the target: a file (one notice) or a folder (several)."""

    def __init__(self, ctx: AppContext, target: str, count: int | None = None, parent: QWidget | None = None,
                 forms: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.count = count  # None: one notice to a file; else: how many go into a folder
        self.forms = forms  # the forms of the calls that use the notice: its PDF can end with them
        self.forms_box = QCheckBox()
        self.forms_box.setObjectName("forms")
        self.forms_box.setChecked(True)
        self.setMinimumWidth(620)
        self.script_combo = QComboBox()
        self.script_combo.setObjectName("script")
        fill_scripts(self.script_combo, last_script(ctx.settings))
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("format")
        self.format_label = QLabel()
        for suffix in FORMATS:
            self.format_combo.addItem("", suffix)
        chosen = ctx.settings.get(FORMAT_SETTING)  # the last format chosen, else the target's
        chosen = chosen if chosen in FORMATS else Path(target).suffix.lower()
        if chosen in FORMATS:
            self.format_combo.setCurrentIndex(list(FORMATS).index(chosen))
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
        if count is None:
            form.addRow(self.format_label, self.format_combo)
        else:
            self.format_combo.hide()
        form.addRow(self.script_label, self.script_combo)
        form.addRow(self.target_label, target_row)
        if forms:
            form.addRow("", self.forms_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.target_edit.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        if count is None:
            self._format_changed()
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        single = self.count is None
        self.setWindowTitle(tr("Export notice") if single else tr("Export PDFs"))
        self.format_label.setText(tr("Format:"))
        for index, suffix in enumerate(FORMATS):
            self.format_combo.setItemText(index, tr(FORMATS[suffix]))
        self.script_label.setText(tr("Script:"))
        if self.forms:
            self.forms_box.setText(tr("Attach the blank forms of its calls: {forms}",
                                      forms=export.form_names(self.forms)))
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

    def suffix(self) -> str:
        return self.format_combo.currentData() or ".pdf"

    def with_forms(self) -> bool:
        """The blank forms go at the end of the PDF (a .docx names them in its attachment note)."""
        return bool(self.forms) and self.forms_box.isChecked()

    def _format_changed(self) -> None:
        text = self.target_edit.text().strip()
        if text:
            self.target_edit.setText(str(self.target()))

    def browse(self) -> None:
        current = self.target_edit.text().strip()
        if self.count is None:
            pattern = tr("PDF files (*.pdf)") if self.suffix() == ".pdf" else tr("Word documents (*.docx)")
            path, _ = QFileDialog.getSaveFileName(self, tr("Export notice"), current, pattern,
                                                  options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            path = QFileDialog.getExistingDirectory(self, tr("Export PDFs"), current)
        if path:
            self.target_edit.setText(path)

    def script(self) -> str:
        return self.script_combo.currentData() or "hans"

    def target(self) -> Path:
        path = Path(self.target_edit.text().strip()).expanduser()
        if self.count is None and path.suffix.lower() != self.suffix():
            stem = path.stem if path.suffix.lower() in FORMATS else path.name
            path = path.with_name(stem + self.suffix())
        return path

    def accept(self) -> None:
        self.ctx.settings.set(SCRIPT_SETTING, self.script())
        if self.count is None:
            self.ctx.settings.set(FORMAT_SETTING, self.suffix())
        target = self.target()
        self.ctx.settings.set(FOLDER_SETTING, str(target.parent if self.count is None else target))
        super().accept()


def _export_folder(ctx: AppContext) -> Path:
    return Path(ctx.settings.get(FOLDER_SETTING) or Path.home())


def export_one(parent: QWidget, ctx: AppContext, notice_id: int,
               on_done: Callable[[Path], None] | None = None) -> Job | None:
    """Ask for the format, the script and the file, then write the PDF or .docx (asks before replacing a file)."""
    notice = service.get_notice(ctx.db, notice_id)
    dialog = ExportDialog(ctx, str(_export_folder(ctx) / export.file_name(notice)), None, parent,
                          forms=export.notice_forms(ctx.db, notice_id).kinds)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    path, script, forms = dialog.target(), dialog.script(), dialog.with_forms()
    overwrite = False
    if path.exists():
        if not confirm(parent, tr("{path} already exists. Replace it?", path=str(path)), tr("Replace")):
            return None
        overwrite = True
    fonts = font_overrides(ctx.settings)
    db = ctx.db

    word = path.suffix.lower() == ".docx"

    def done(out: Path) -> None:
        notify(parent, tr("Word document saved: {path}", path=str(out)) if word else
               tr("PDF saved: {path}", path=str(out)))
        if on_done is not None:
            on_done(out)

    return run_job(parent, tr("Exporting the Word document…") if word else tr("Exporting the PDF…"),
                   lambda job_db, _p, _c: export.export_notice_pdf(job_db, notice_id, path, script, overwrite, fonts,
                                                                    forms),
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
