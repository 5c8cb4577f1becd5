"""The print preview: the pages exactly as the PDF prints them (rendered by PDFium
from the very bytes that are exported), with zoom, the script choice, Print… and
Save as PDF…."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from core.i18n import N_, format_number, tr
from core.notices import export, service
from ui.common.jobs import run_job
from ui.common.mnemonics import on_show
from ui.context import AppContext
from ui.common.screen import fit_to_screen
from ui.notices.common import (
    FOLDER_SETTING, SCRIPT_SETTING, fill_scripts, font_overrides, last_script, notify, report_failure,
)

ZOOMS = [(0.0, N_("Fit width")), (0.5, "50%"), (0.75, "75%"), (1.0, "100%"), (1.5, "150%"), (2.0, "200%")]
PAGE_GAP = 16
PRINT_DPI_LIMIT = 300  # enough for laser printers; more only makes huge page images


def page_image(page: pdfium.PdfPage, scale: float) -> QImage:
    """One PDF page as a QImage, ``scale`` pixels per PDF point (72 points an inch)."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
    try:
        if bitmap.n_channels == 4:
            fmt = QImage.Format.Format_RGBX8888
        elif bitmap.n_channels == 3:
            fmt = QImage.Format.Format_RGB888
        else:
            fmt = QImage.Format.Format_Grayscale8
        data = bytes(bitmap.buffer)
        return QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    finally:
        bitmap.close()


class PreviewDialog(QDialog):
    """Opens on ``notice_id``; ``page_images`` holds the rendered pages once shown."""

    def __init__(self, ctx: AppContext, notice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.notice_id = notice_id
        self.notice = service.get_notice(ctx.db, notice_id)
        self.pdf: pdfium.PdfDocument | None = None
        self.pdf_bytes = b""
        self.page_images: list[QImage] = []
        self.loading = False
        self.closed = False
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 900, 980)

        self.script_combo = QComboBox()
        self.script_combo.setObjectName("script")
        fill_scripts(self.script_combo, last_script(ctx.settings))
        self.script_combo.currentIndexChanged.connect(lambda _i: self._script_changed())
        self.zoom_combo = QComboBox()
        self.zoom_combo.setObjectName("zoom")
        for value, _label in ZOOMS:
            self.zoom_combo.addItem("", value)
        self.zoom_combo.currentIndexChanged.connect(lambda _i: self.show_pages())
        self.script_label, self.zoom_label = QLabel(), QLabel()
        self.script_label.setBuddy(self.script_combo)
        self.zoom_label.setBuddy(self.zoom_combo)
        self.pages_label = QLabel()
        self.pages_label.setTextFormat(Qt.TextFormat.PlainText)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_pages)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for w in (self.script_label, self.script_combo, self.zoom_label, self.zoom_combo):
            bar.addWidget(w)
        bar.addWidget(self.pages_label, 1)
        for w in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(w)

        self.pages = QWidget()
        self.pages.setObjectName("pages")
        self.pages.setStyleSheet("#pages { background: #7a7a7a; }")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_labels: list[QLabel] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setStyleSheet("QScrollArea { background: #7a7a7a; }")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self.show_pages)
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)
        self.load()

    def retranslate(self) -> None:
        title = self.notice.doc_number or self.notice.title
        self.setWindowTitle(tr("Preview: {title}", title=title))
        self.script_label.setText(tr("Script:"))
        self.zoom_label.setText(tr("Zoom:"))
        for i, (_value, label) in enumerate(ZOOMS):
            self.zoom_combo.setItemText(i, tr(label) if i == 0 else label)
        fill_scripts(self.script_combo)
        self.print_button.setText(tr("Print…"))
        self.save_button.setText(tr("Save as PDF…"))
        self.close_button.setText(tr("Close"))
        self._update_pages_label()

    def _update_pages_label(self) -> None:
        if self.loading:
            self.pages_label.setText(tr("Laying out the pages…"))
        elif self.pdf is not None:
            self.pages_label.setText(tr("Pages: {count}", count=format_number(len(self.pdf))))
        else:
            self.pages_label.setText("")
        for b in (self.print_button, self.save_button):
            b.setEnabled(self.pdf is not None and not self.loading)

    def script(self) -> str:
        return self.script_combo.currentData() or "hans"

    def _script_changed(self) -> None:
        self.ctx.settings.set(SCRIPT_SETTING, self.script())
        self.load()

    # -- rendering ---------------------------------------------------------------------
    def load(self) -> None:
        """Lay the notice out (off the UI thread: the first layout loads the fonts)."""
        db, notice_id, script, fonts = self.ctx.db, self.notice_id, self.script(), font_overrides(self.ctx.settings)
        self.loading = True
        self._update_pages_label()
        run_job(self, tr("Laying out the pages…"),
                lambda _progress, _cancelled: export.render_notice_bytes(db, notice_id, script, fonts),
                self._loaded, self._failed)

    def _loaded(self, data: bytes) -> None:
        self.loading = False
        if self.closed:
            return
        if self.pdf is not None:
            self.pdf.close()
        self.pdf_bytes = data
        self.pdf = pdfium.PdfDocument(data)
        self._update_pages_label()
        self.show_pages()

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        if self.closed:
            return
        self._update_pages_label()
        report_failure(self, exc)

    def scale(self) -> float:
        """Pixels per PDF point for the chosen zoom (fit width: the page fills the view)."""
        zoom = self.zoom_combo.currentData() or 0.0
        if zoom:
            return zoom * self.logicalDpiX() / 72
        if self.pdf is None or not len(self.pdf):
            return 1.0
        width_pt = self.pdf[0].get_width()
        bar = self.scroll.verticalScrollBar()
        available = self.scroll.viewport().width() - 2 * PAGE_GAP - (0 if bar.isVisible() else bar.sizeHint().width())
        return max(0.2, available / width_pt)

    def show_pages(self) -> None:
        if self.pdf is None:
            return
        fit = not (self.zoom_combo.currentData() or 0.0)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit
                                                 else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scale = self.scale()
        ratio = self.devicePixelRatioF()
        self.page_images = []
        for i in range(len(self.pdf)):
            page = self.pdf[i]
            image = page_image(page, scale * ratio)
            page.close()
            image.setDevicePixelRatio(ratio)
            self.page_images.append(image)
        while len(self.page_labels) < len(self.page_images):
            label = QLabel()
            label.setStyleSheet("background: white;")
            self.page_labels.append(label)
            self.pages_layout.addWidget(label)
        for i, label in enumerate(self.page_labels):
            if i < len(self.page_images):
                label.setPixmap(QPixmap.fromImage(self.page_images[i]))
                label.setFixedSize(self.page_images[i].deviceIndependentSize().toSize())
            label.setVisible(i < len(self.page_images))

    def resizeEvent(self, event) -> None:  # noqa: N802  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if not (self.zoom_combo.currentData() or 0.0):
            self._resize_timer.start()

    # -- printing and saving -------------------------------------------------------------
    def print_pages(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.notice.doc_number or self.notice.title)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page image drawn over the whole A4 sheet at the printer's resolution, no scaling margins."""
        if self.pdf is None:
            return
        printer.setFullPage(True)
        dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
        painter = QPainter()
        if not painter.begin(printer):
            report_failure(self, RuntimeError(tr("The printer cannot be opened.")))
            return
        try:
            sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
            for i in range(len(self.pdf)):
                if i:
                    printer.newPage()
                page = self.pdf[i]
                image = page_image(page, dpi / 72)
                page.close()
                painter.drawImage(QRectF(0, 0, sheet.width(), sheet.height()), image)
        finally:
            painter.end()

    def save_pdf(self) -> None:
        folder = Path(self.ctx.settings.get(FOLDER_SETTING) or Path.home())
        path, _ = QFileDialog.getSaveFileName(self, tr("Save as PDF"), str(folder / export.file_name(self.notice)),
                                              tr("PDF files (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            out = export.export_notice_pdf(self.ctx.db, self.notice_id, path, self.script(), overwrite=True,
                                           fonts=font_overrides(self.ctx.settings))
        except Exception as exc:  # noqa: BLE001 - shown to the clerk
            report_failure(self, exc)
            return
        self.ctx.settings.set(FOLDER_SETTING, str(out.parent))
        notify(self, tr("PDF saved: {path}", path=str(out)))

    def done(self, result: int) -> None:
        self.closed = True
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        super().done(result)
