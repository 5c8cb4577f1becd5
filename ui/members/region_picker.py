"""Province and city pickers over the national division list (core.regions).

Editable combo boxes with a contains-completer: the clerk picks 重庆市 from the list
(shown as 重慶市 in the Traditional UI, Chongqing in English) or types anything;
``text()`` gives the stored form, which core.members.units brings to the list's
spelling. They offer the ``text()/setText()`` of a line edit so forms treat them alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from core import regions
from core.i18n import current_language


class RegionCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setMaxLength(40)

    def set_names(self, names: list[str]) -> None:
        """Offer these stored names, shown in the UI's script, by pinyin; the typed text stays."""
        typed = self.text()
        self.blockSignals(True)
        self.clear()
        language = current_language()
        for name in sorted(names, key=regions.sort_key):
            self.addItem(regions.display(name, language), name)
        self.setText(typed)
        self.blockSignals(False)

    def text(self) -> str:
        shown = self.currentText().strip()
        index = self.findText(shown, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else shown

    def setText(self, stored: str) -> None:  # noqa: N802 (the QLineEdit name, on purpose)
        index = self.findData(stored)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(stored or "")

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802
        self.lineEdit().setPlaceholderText(text)


class RegionPicker:
    """A province combo and a city combo that follows it."""

    def __init__(self) -> None:
        self.province = RegionCombo()
        self.province.setObjectName("field_province")
        self.city = RegionCombo()
        self.city.setObjectName("field_city")
        self.province.currentTextChanged.connect(lambda _t: self._fill_cities())
        self.retranslate()

    def _fill_cities(self) -> None:
        self.city.set_names([c.name for c in regions.cities(self.province.text())])

    def retranslate(self) -> None:
        self.province.set_names([p.name for p in regions.provinces()])
        self._fill_cities()
