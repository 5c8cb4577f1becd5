"""Help → About: version, data folder, database file, and the licences of the bundled
libraries and fonts (resources/LICENCES.txt, shown as plain text)."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from core.about import about_info
from core.i18n import tr
from ui.common.icons import app_icon
from ui.common.mnemonics import on_show
from ui.context import AppContext


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.info = about_info(ctx.db.path)
        self.setWindowTitle(tr("About Alliance Secretariat"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QVBoxLayout()
        self.name_label = _plain(tr("Alliance Secretariat"))
        self.name_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.version_label = _plain(tr("Version {version}", version=self.info.version))
        self.summary_label = _plain(tr("Member units, contacts and the work of the secretariat, on one local file."))
        for widget in (self.name_label, self.version_label, self.summary_label):
            title.addWidget(widget)
        head.addLayout(title, 1)
        layout.addLayout(head)

        form = QFormLayout()
        self.data_label = _plain(str(self.info.data_folder))
        self.db_label = _plain(str(self.info.database))
        form.addRow(tr("Data folder:"), self.data_label)
        form.addRow(tr("Database file:"), self.db_label)
        self.mode_label = _plain(tr("Portable: data, settings and backups stay in the program's folder.")
                                 if self.info.portable else tr("Installed: data in the user's data folder."))
        form.addRow(tr("Mode:"), self.mode_label)
        layout.addLayout(form)

        layout.addWidget(_plain(tr("Licences of the libraries and fonts this program carries:")))
        self.licences = QPlainTextEdit()
        self.licences.setReadOnly(True)
        self.licences.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # the columns line up
        self.licences.setPlainText(self.info.licences if self.info.licences is not None else
                                   tr("The list of licences is missing from this installation: {path}",
                                      path=str(self.info.licences_path)))
        layout.addWidget(self.licences, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = buttons.addButton(tr("Open data folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.info.data_folder)))
