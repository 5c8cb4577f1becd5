"""Small widget helpers: choice combos filled from the core's vocabularies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from core.i18n import tr
from core.members.choices import Vocabulary


def fill_choices(combo: QComboBox, vocabulary: Vocabulary, any_label: str | None = None) -> None:
    """(Re)fill ``combo`` with translated labels, keeping the selected code."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if any_label is not None:
        combo.addItem(tr(any_label), None)
    for code in vocabulary.codes():
        combo.addItem(vocabulary.label(code), code)
    select_data(combo, current)
    combo.blockSignals(False)


def fill_items(combo: QComboBox, items: list[tuple[str, Any]], any_label: str | None = None) -> None:
    """(Re)fill ``combo`` with (text, data) pairs; texts are data, shown as they are."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if any_label is not None:
        combo.addItem(tr(any_label), None)
    for text, data in items:
        combo.addItem(text, data)
    select_data(combo, current)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
