"""The minutes (纪要) of one meeting: their state (draft → circulated for comments →
approved; a correction is a new version that keeps the approved one), the number or date
line, the order of the attendee lists, and the files: the minutes in the 纪要 layout (PDF, or a
Word document for WPS and Word) and the printable sign-in sheet (签到表), written off the UI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from core.i18n import N_, format_date, format_datetime, tr
from core.meetings import service
from core.meetings.attendee_order import ORDERS
from ui.common.jobs import run_job
from ui.common.messages import confirm
from ui.common.widgets import select_data
from ui.context import AppContext, touches
from ui.meetings.common import MEETING_TABLES, attempt, minutes_label, plain_label
from ui.notices.common import fill_scripts, font_overrides, last_script, report_failure

ORDER_LABELS = {"level-strokes": N_("By membership level, then surname strokes (姓氏笔画)"),
                "pinyin": N_("By pinyin")}
ORDER_SETTING = "meetings.attendee_order"


class MinutesPanel(QWidget):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.state = plain_label(bold=True)
        self.state.setObjectName("minutes_state")
        self.number_line = QLineEdit()
        self.number_line.setObjectName("number_line")
        self.number_line.setPlaceholderText("第1期")
        self.save_line_button = QPushButton()
        self.save_line_button.setObjectName("save_line")
        self.save_line_button.clicked.connect(self.save_line)
        self.order = QComboBox()
        self.order.setObjectName("order")
        self.script = QComboBox()
        self.script.setObjectName("script")
        fill_scripts(self.script, last_script(ctx.settings))
        self.circulate_button, self.draft_button, self.approve_button, self.correct_button = (
            QPushButton() for _ in range(4))
        self.pdf_button, self.docx_button, self.sheet_button = QPushButton(), QPushButton(), QPushButton()
        for name, button, handler in (("circulate", self.circulate_button, self.circulate),
                                      ("back_to_draft", self.draft_button, self.back_to_draft),
                                      ("approve", self.approve_button, self.approve),
                                      ("correct", self.correct_button, self.correct),
                                      ("minutes_pdf", self.pdf_button, self.export_minutes),
                                      ("minutes_docx", self.docx_button, self.export_minutes_docx),
                                      ("signin_sheet", self.sheet_button, self.export_sheet)):
            button.setObjectName(name)
            button.clicked.connect(handler)
        self.versions = QListWidget()
        self.versions.setObjectName("versions")
        self.versions.setMaximumHeight(110)
        line_row = QHBoxLayout()
        line_row.addWidget(self.number_line, 1)
        line_row.addWidget(self.save_line_button)
        self.form = QFormLayout()
        self.line_label, self.order_label, self.script_label, self.versions_label = (plain_label() for _ in range(4))
        self.form.addRow(self.line_label, line_row)
        self.form.addRow(self.order_label, self.order)
        self.form.addRow(self.script_label, self.script)
        self.form.addRow(self.versions_label, self.versions)
        states = QHBoxLayout()
        for button in (self.circulate_button, self.draft_button, self.approve_button, self.correct_button):
            states.addWidget(button)
        states.addStretch(1)
        files = QHBoxLayout()
        files.addWidget(self.pdf_button)
        files.addWidget(self.docx_button)
        files.addWidget(self.sheet_button)
        self.saved = plain_label()  # where the last PDF went (no dialog to close)
        self.saved.setObjectName("saved_pdf")
        files.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(states)
        layout.addLayout(self.form)
        layout.addLayout(files)
        layout.addStretch(1)
        ctx.data_changed.connect(lambda payload: touches(payload, MEETING_TABLES) and self.reload())
        ctx.language.changed.connect(lambda _l: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        chosen = self.order.currentData() or self.ctx.settings.get(ORDER_SETTING) or "level-strokes"
        self.order.clear()
        for code in ORDERS:
            self.order.addItem(tr(ORDER_LABELS.get(code, code)), code)
        select_data(self.order, chosen)
        fill_scripts(self.script)
        self.line_label.setText(tr("Number or date line:"))
        self.order_label.setText(tr("Order of the attendee lists:"))
        self.script_label.setText(tr("Script:"))
        self.versions_label.setText(tr("Versions:"))
        self.save_line_button.setText(tr("Save"))
        self.circulate_button.setText(tr("Circulate for comments"))
        self.draft_button.setText(tr("Back to draft"))
        self.approve_button.setText(tr("Approve…"))
        self.correct_button.setText(tr("Correct (new version)…"))
        self.pdf_button.setText(tr("Minutes PDF…"))
        self.docx_button.setText(tr("Minutes for Word…"))
        self.docx_button.setToolTip(tr("The minutes as a Word document (.docx), for editing in WPS or Word"))
        self.sheet_button.setText(tr("Sign-in sheet PDF…"))
        self.sheet_button.setToolTip(tr("The printable sign-in sheet (签到表) for meetings that sign on paper"))
        self.reload()

    def reload(self) -> None:
        try:
            meeting = service.get_meeting(self.ctx.db, self.meeting_id)
            versions = service.minutes_versions(self.ctx.db, self.meeting_id)
        except Exception:  # noqa: BLE001 - the meeting went to the trash while the editor was open
            return
        current = meeting.minutes
        status = current.status if current else "draft"
        text = tr("Minutes, version {version}: {state}", version=current.version if current else 1,
                  state=minutes_label(status))
        if status == "approved" and current and current.approved_at:
            text += " — " + tr("approved on {date}", date=format_date(current.approved_at[:10]))
        self.state.setText(text)
        self.number_line.setText(current.number_line if current else "")
        writable = not self.ctx.db.read_only
        self.number_line.setEnabled(writable and not meeting.frozen)
        self.save_line_button.setEnabled(writable and not meeting.frozen)
        self.circulate_button.setEnabled(writable and status == "draft")
        self.draft_button.setEnabled(writable and status == "circulated")
        self.approve_button.setEnabled(writable and status in ("draft", "circulated"))
        self.correct_button.setEnabled(writable and status == "approved")
        self.versions.clear()
        for version in versions:
            when = version.approved_at or version.circulated_at
            self.versions.addItem(tr("Version {version}: {state}", version=version.version,
                                     state=minutes_label(version.status))
                                  + (f" ({format_datetime(when)})" if when else ""))

    # -- state -----------------------------------------------------------------------------------
    def _do(self, call) -> None:  # type: ignore[no-untyped-def]
        if attempt(self, call) is not None:
            self.ctx.changed()

    def save_line(self) -> None:
        self._do(lambda: service.set_minutes_line(self.ctx.db, self.meeting_id, self.number_line.text()))

    def circulate(self) -> None:
        self._do(lambda: service.circulate_minutes(self.ctx.db, self.meeting_id))

    def back_to_draft(self) -> None:
        self._do(lambda: service.return_minutes_to_draft(self.ctx.db, self.meeting_id))

    def approve(self) -> None:
        if confirm(self, tr("Approve the minutes? Approved minutes are frozen: the meeting's record (attendance, "
                            "agenda, decisions, action items) can then only change through a correction, a new "
                            "version that keeps this one."), tr("Approve")):
            self._do(lambda: service.approve_minutes(self.ctx.db, self.meeting_id))

    def correct(self) -> None:
        if confirm(self, tr("Make a new draft version of the approved minutes? The approved version stays as it "
                            "is until the correction is approved."), tr("Correct")):
            self._do(lambda: service.correct_minutes(self.ctx.db, self.meeting_id))

    # -- files ------------------------------------------------------------------------------------
    def _target(self, title: str, stem: str, suffix: str = ".pdf") -> Path | None:
        folder = Path(self.ctx.settings.get("meetings.folder") or Path.home())
        name = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", stem).strip(". ")[:120] + suffix
        pattern = tr("Word documents (*.docx)") if suffix == ".docx" else tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), pattern)
        if not path:
            return None
        path = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        self.ctx.settings.set("meetings.folder", str(path.parent))
        return path

    def _write(self, path: Path, work, label: str) -> None:  # type: ignore[no-untyped-def]
        self.ctx.settings.set(ORDER_SETTING, self.order.currentData())
        word = path.suffix.lower() == ".docx"
        run_job(self, label, work, lambda out: self.saved.setText(
                    tr("Word document saved: {path}", path=str(out)) if word else tr("PDF saved: {path}", path=str(out))),
                lambda exc: report_failure(self, exc), db=self.ctx.db)

    def export_minutes(self, path: Path | None = None, suffix: str = ".pdf") -> None:
        """The minutes as a PDF, or as a Word document (``suffix`` .docx, or ``path`` ending so)."""
        from core.meetings.minutes_source import export_minutes_pdf

        title = service.get_meeting(self.ctx.db, self.meeting_id).title
        word = (path.suffix.lower() if path else suffix) == ".docx"
        path = path or self._target(tr("Minutes for Word") if word else tr("Minutes PDF"), f"{title}纪要", suffix)
        if path is None:
            return
        script, order, fonts = self.script.currentData() or "hans", self.order.currentData(), \
            font_overrides(self.ctx.settings)
        self._write(path, lambda job_db, _p, _c: export_minutes_pdf(job_db, self.meeting_id, path, script, order,
                                                                    overwrite=True, fonts=fonts),
                    tr("Writing the minutes…"))

    def export_minutes_docx(self, path: Path | None = None) -> None:
        self.export_minutes(path, ".docx")

    def export_sheet(self, path: Path | None = None) -> None:
        from core.meetings.minutes_source import export_signin_sheet

        title = service.get_meeting(self.ctx.db, self.meeting_id).title
        path = path or self._target(tr("Sign-in sheet PDF"), f"{title}签到表")
        if path is None:
            return
        script, order, fonts = self.script.currentData() or "hans", self.order.currentData(), \
            font_overrides(self.ctx.settings)
        self._write(path, lambda job_db, _p, _c: export_signin_sheet(job_db, self.meeting_id, path, script, order,
                                                                     overwrite=True, fonts=fonts),
                    tr("Writing the sign-in sheet…"))
