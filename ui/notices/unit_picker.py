"""Choosing member units as the addressees of a notice: a filterable list to tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from core.i18n import format_number, tr
from core.members import queries
from core.members.queries import UnitFilter
from ui.common.mnemonics import on_show
from ui.context import AppContext

DEFAULT_ADDRESSEES = "各成员单位"


class UnitPickerDialog(QDialog):
    """``chosen_ids()`` and ``chosen_names()`` once accepted (in list order)."""

    def __init__(self, ctx: AppContext, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_show(self)  # Alt+letters for its form labels
        self.ctx = ctx
        self.resize(520, 560)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("unit_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("unit_list")
        chosen = set(selected)
        for unit_id, name in queries.unit_choices(ctx.db):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit_id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tick_shown = QPushButton()
        self.untick_all = QPushButton()
        self.tick_shown.clicked.connect(lambda: self._tick(True, only_shown=True))
        self.untick_all.clicked.connect(lambda: self._tick(False, only_shown=False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.tick_shown)
        row.addWidget(self.untick_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._timer.start())
        self.list.itemChanged.connect(lambda _i: self._update_count())
        self.retranslate()
        ctx.language.changed.connect(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Choose addressee units"))
        self.filter_edit.setPlaceholderText(tr("Filter by name, short name or credit code"))
        self.tick_shown.setText(tr("Tick all shown"))
        self.untick_all.setText(tr("Untick all"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self._update_count()

    def apply_filter(self) -> None:
        text = self.filter_edit.text().strip()
        shown = set(queries.unit_ids(self.ctx.db, UnitFilter(text=text))) if text else None
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(shown is not None and item.data(Qt.ItemDataRole.UserRole) not in shown)

    def _tick(self, checked: bool, only_shown: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not (only_shown and item.isHidden()):
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._update_count()

    def _checked(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _update_count(self) -> None:
        self.count_label.setText(tr("Units chosen: {count}", count=format_number(len(self._checked()))))

    def chosen_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._checked()]

    def chosen_names(self) -> list[str]:
        return [item.text() for item in self._checked()]

    def addressee_text(self) -> str:
        """The chosen names joined with 、 (各成员单位 when none is chosen)."""
        return "、".join(self.chosen_names()) or DEFAULT_ADDRESSEES
