"""The alliance settings: names in both scripts, issuer mark, document-number prefix
(机关代字), signing body, issuing office, the seal image, the script-conversion lists
(names not to convert, corrections), and this computer's font choice per role."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from core.errors import UserError
from core.i18n import Msg, N_, tr
from core.notices.alliance import ALLIANCE_LABELS, get_alliance, read_seal, save_alliance
from core.notices.service import format_number
from core.validation import Collector
from ui.common.form import FormDialog
from ui.common.messages import show_error
from ui.common.screen import fit_to_screen
from ui.context import AppContext
from ui.notices.common import FONT_ROLES, FONTS_SETTING

TEXT_FIELDS = ("name_hans", "name_hant", "issuer_mark", "number_prefix", "signatory", "issuing_office")
PLACEHOLDERS = {
    "name_hans": N_("e.g. 中国智慧城市产业联盟"),
    "name_hant": N_("e.g. 中國智慧城市產業聯盟 (used in Traditional exports)"),
    "issuer_mark": N_("e.g. 中国智慧城市产业联盟文件 (printed in red at the top)"),
    "number_prefix": N_("e.g. 智慧城市联盟 → 智慧城市联盟〔2026〕1号"),
    "signatory": N_("Printed above the date; usually the alliance's name"),
    "issuing_office": N_("e.g. 中国智慧城市产业联盟秘书处"),
}
SEAL_SIZE = 110


def _font_in_use() -> dict[str, tuple[str, bool]]:
    """The font file each role uses on this computer, and whether it is drawn faux-bold
    (empty when no font can be found)."""
    try:
        from core.documents import load_fonts

        fonts = load_fonts(None)
        return {role: (Path(fonts.face(role).path).name, role in fonts.faux_bold) for role in FONT_ROLES}
    except Exception:  # noqa: BLE001 - only a hint in the dialog
        return {}


class AllianceDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setSizeGripEnabled(True)
        fit_to_screen(self, 740, 470)  # names, mark, prefix and seal on one tab; fits a 1,024 × 640 screen
        current = get_alliance(ctx.db)
        self.seal_png: bytes | None = current.seal_png
        self.tabs = QTabWidget()
        self.inputs: dict[str, QLineEdit] = {}

        general = QWidget()
        general_form = QFormLayout(general)
        for key in TEXT_FIELDS:
            edit = QLineEdit(getattr(current, key))
            edit.setMaxLength(100)
            self.inputs[key] = self.add_field(key, ALLIANCE_LABELS[key], edit, general_form)
        self.number_example = QLabel()
        self.number_example.setTextFormat(Qt.TextFormat.PlainText)
        self.number_example.setStyleSheet("color: #555;")
        general_form.insertRow(TEXT_FIELDS.index("number_prefix") + 1, "", self.number_example)
        self.inputs["number_prefix"].textChanged.connect(lambda _t: self._show_number_example())

        # the seal, on the same tab: the image, its buttons beside it, the hint under them
        seal_page = QWidget()
        seal_layout = QVBoxLayout(seal_page)
        seal_layout.setContentsMargins(0, 0, 0, 0)
        self.seal_view = QLabel()
        self.seal_view.setObjectName("seal_view")
        self.seal_view.setFixedSize(SEAL_SIZE + 12, SEAL_SIZE + 12)
        self.seal_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_view.setStyleSheet("background: white; border: 1px solid #bbb;")
        self.choose_seal_button = QPushButton()
        self.choose_seal_button.clicked.connect(self.choose_seal)
        self.remove_seal_button = QPushButton()
        self.remove_seal_button.clicked.connect(self.remove_seal)
        self.seal_hint = QLabel()
        self.seal_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.seal_hint.setWordWrap(True)
        seal_buttons = QVBoxLayout()
        button_row = QHBoxLayout()
        button_row.addWidget(self.choose_seal_button)
        button_row.addWidget(self.remove_seal_button)
        button_row.addStretch(1)
        seal_buttons.addLayout(button_row)
        seal_buttons.addWidget(self.seal_hint)
        seal_buttons.addStretch(1)
        seal_row = QHBoxLayout()
        seal_row.addWidget(self.seal_view, 0, Qt.AlignmentFlag.AlignTop)
        seal_row.addLayout(seal_buttons, 1)
        seal_layout.addLayout(seal_row)
        self.seal_label = QLabel()
        general_form.addRow(self.seal_label, seal_page)
        self.tabs.addTab(general, "")

        # script conversion
        conversion = QWidget()
        conversion_form = QFormLayout(conversion)
        self.conversion_hint = QLabel()
        self.conversion_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.conversion_hint.setWordWrap(True)
        conversion_form.addRow(self.conversion_hint)
        terms_box = QWidget()
        terms_layout = QHBoxLayout(terms_box)
        terms_layout.setContentsMargins(0, 0, 0, 0)
        self.terms = QListWidget()
        self.terms.setObjectName("protected_terms")
        for term in current.protected_terms:
            self._add_term(term)
        self.add_term_button, self.remove_term_button = QPushButton(), QPushButton()
        self.add_term_button.clicked.connect(lambda: self._add_term("", edit=True))
        self.remove_term_button.clicked.connect(self._remove_term)
        terms_layout.addWidget(self.terms, 1)
        terms_layout.addLayout(self._button_column(self.add_term_button, self.remove_term_button))
        self.add_field("protected_terms", ALLIANCE_LABELS["protected_terms"], terms_box, conversion_form)
        corrections_box = QWidget()
        corrections_layout = QHBoxLayout(corrections_box)
        corrections_layout.setContentsMargins(0, 0, 0, 0)
        self.corrections = QTableWidget(0, 2)
        self.corrections.setObjectName("corrections")
        self.corrections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.corrections.verticalHeader().hide()
        self.corrections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for wrong, right in current.corrections.items():
            self._add_correction(wrong, right)
        self.add_correction_button, self.remove_correction_button = QPushButton(), QPushButton()
        self.add_correction_button.clicked.connect(lambda: self._add_correction("", "", edit=True))
        self.remove_correction_button.clicked.connect(self._remove_correction)
        corrections_layout.addWidget(self.corrections, 1)
        corrections_layout.addLayout(self._button_column(self.add_correction_button, self.remove_correction_button))
        self.add_field("corrections", ALLIANCE_LABELS["corrections"], corrections_box, conversion_form)
        self.tabs.addTab(conversion, "")

        # fonts of this computer
        fonts_page = QWidget()
        fonts_form = QFormLayout(fonts_page)
        self.fonts_hint = QLabel()
        self.fonts_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.fonts_hint.setWordWrap(True)
        fonts_form.addRow(self.fonts_hint)
        chosen = ctx.settings.get(FONTS_SETTING) or {}
        self.font_edits: dict[str, QLineEdit] = {}
        self.font_buttons: list[tuple[QPushButton, QPushButton]] = []
        for role, label in FONT_ROLES.items():
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            edit = QLineEdit(chosen.get(role, "") if isinstance(chosen, dict) else "")
            edit.setClearButtonEnabled(True)
            choose, clear = QPushButton(), QPushButton()
            choose.clicked.connect(lambda _c=False, r=role: self.choose_font(r))
            clear.clicked.connect(lambda _c=False, e=edit: e.clear())
            row.addWidget(edit, 1)
            row.addWidget(choose)
            row.addWidget(clear)
            self.font_edits[role] = edit
            self.font_buttons.append((choose, clear))
            self.add_field(f"font_{role}", label, box, fonts_form)
        self.tabs.addTab(fonts_page, "")

        self.finish_layout(self.tabs)
        self._show_seal()
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    @staticmethod
    def _button_column(*buttons: QPushButton) -> QVBoxLayout:
        column = QVBoxLayout()
        for b in buttons:
            column.addWidget(b)
        column.addStretch(1)
        return column

    def _show_number_example(self) -> None:
        prefix = self.inputs["number_prefix"].text().strip()
        self.number_example.setText(
            tr("Document numbers look like {example}", example=format_number(prefix, dt.date.today().year, 1))
            if prefix else tr("Without a prefix no notice can be issued."))

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Alliance settings"))
        self._show_number_example()
        self.retranslate_fields()
        self.seal_label.setText(tr("{label}:", label=tr("Seal")))
        for i, label in enumerate((N_("Alliance"), N_("Traditional characters"), N_("Fonts"))):
            self.tabs.setTabText(i, tr(label))
        for key, text in PLACEHOLDERS.items():
            self.inputs[key].setPlaceholderText(tr(text))
        self.choose_seal_button.setText(tr("Choose PNG image…"))
        self.remove_seal_button.setText(tr("Remove"))
        self.seal_hint.setText(tr("The seal is printed over the signature of sealed notices. Use a PNG image "
                                  "with a transparent background, the seal about 4 cm across; it is kept in the "
                                  "database (and its backups)."))
        self.conversion_hint.setText(tr("Traditional exports convert the text with OpenCC. Names listed here "
                                        "are never converted (people, companies, places); corrections replace a "
                                        "wrong conversion with the right text."))
        self.add_term_button.setText(tr("Add"))
        self.remove_term_button.setText(tr("Remove"))
        self.add_correction_button.setText(tr("Add"))
        self.remove_correction_button.setText(tr("Remove"))
        self.corrections.setHorizontalHeaderLabels([tr("Converted text"), tr("Correct text")])
        self.fonts_hint.setText(tr("Leave a role empty to use the fonts found on this computer. A chosen font "
                                   "file (TrueType .ttf or .ttc) is a setting of this computer and user; it is "
                                   "not saved in the database."))
        in_use = _font_in_use()
        for role, edit in self.font_edits.items():
            file, faux_bold = in_use.get(role, ("", False))
            if not file:
                edit.setPlaceholderText(tr("Automatic"))
            elif faux_bold:
                edit.setPlaceholderText(tr("Automatic: {file}, drawn bold (no 小标宋 font found)", file=file))
            else:
                edit.setPlaceholderText(tr("Automatic: {file}", file=file))
        for choose, clear in self.font_buttons:
            choose.setText(tr("Choose…"))
            clear.setText(tr("Clear"))

    # -- seal --------------------------------------------------------------------------
    def _show_seal(self) -> None:
        pixmap = QPixmap()
        if self.seal_png and pixmap.loadFromData(self.seal_png):
            self.seal_view.setPixmap(pixmap.scaled(SEAL_SIZE, SEAL_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            self.seal_view.clear()
            self.seal_view.setText(tr("No seal") if not self.seal_png else tr("Unreadable image"))
        self.remove_seal_button.setEnabled(self.seal_png is not None)

    def choose_seal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Seal image"), str(Path.home()), tr("PNG images (*.png)"))
        if path:
            self.set_seal_file(path)

    def set_seal_file(self, path: str) -> None:
        try:
            self.seal_png = read_seal(path)
        except UserError as exc:
            show_error(self, str(exc))
            return
        self._show_seal()

    def remove_seal(self) -> None:
        self.seal_png = None
        self._show_seal()

    # -- conversion lists ----------------------------------------------------------------
    def _add_term(self, text: str, edit: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.terms.addItem(item)
        if edit:
            self.terms.setCurrentItem(item)
            self.terms.editItem(item)

    def _remove_term(self) -> None:
        for item in self.terms.selectedItems():
            self.terms.takeItem(self.terms.row(item))

    def _add_correction(self, wrong: str, right: str, edit: bool = False) -> None:
        row = self.corrections.rowCount()
        self.corrections.insertRow(row)
        self.corrections.setItem(row, 0, QTableWidgetItem(wrong))
        self.corrections.setItem(row, 1, QTableWidgetItem(right))
        if edit:
            self.corrections.setCurrentCell(row, 0)
            self.corrections.editItem(self.corrections.item(row, 0))

    def _remove_correction(self) -> None:
        for row in sorted({i.row() for i in self.corrections.selectedIndexes()}, reverse=True):
            self.corrections.removeRow(row)

    # -- fonts ---------------------------------------------------------------------------
    def choose_font(self, role: str) -> None:
        edit = self.font_edits[role]
        start = edit.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, tr("Font file"), start, tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            edit.setText(path)

    # -- saving --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: self.inputs[k].text() for k in TEXT_FIELDS}
        data["seal_png"] = self.seal_png
        data["protected_terms"] = [self.terms.item(i).text() for i in range(self.terms.count())]
        corrections: dict[str, str] = {}
        for row in range(self.corrections.rowCount()):
            wrong, right = (self.corrections.item(row, c) for c in (0, 1))
            if wrong is not None and wrong.text().strip():
                corrections[wrong.text().strip()] = right.text().strip() if right is not None else ""
        data["corrections"] = corrections
        data["fonts"] = {role: edit.text().strip() for role, edit in self.font_edits.items() if edit.text().strip()}
        return data

    def submit(self, values: dict[str, Any]) -> Any:
        c = Collector()
        for role, path in values["fonts"].items():
            file = Path(path).expanduser()
            if not file.is_file():
                c.add(f"font_{role}", FONT_ROLES[role], Msg("The file {path} does not exist.", path=path))
            elif file.suffix.lower() not in (".ttf", ".ttc"):
                c.add(f"font_{role}", FONT_ROLES[role],
                      Msg("{path} is not a TrueType font (.ttf or .ttc).", path=path))
        c.raise_if_any()
        saved = save_alliance(self.ctx.db, {k: v for k, v in values.items() if k != "fonts"})
        self.ctx.settings.set(FONTS_SETTING, values["fonts"])
        self.ctx.data_changed.emit("alliance")
        return saved
