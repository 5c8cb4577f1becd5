"""A date field: shows the date as the UI language writes it (2013年11月6日, Nov 6, 2013),
with a calendar to pick from, and gives the editor an ISO date (2013-11-06) to store.

The clerk may also type any form the core accepts (2013-11-06, 2013/11/6, 2013年11月6日,
Nov 6, 2013); when the field is left the date is rewritten in the language's form. Text
that is not a date is handed on as typed, so the core's message appears beside the field
and nothing typed is lost. Alt+Down or F4 opens the calendar (Enter picks, Esc closes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from core.i18n import current_language, format_date, tr
from core.validation import FieldProblem, parse_date
from ui.common.icons import icon

_QT_LOCALES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "en": "en_US"}


def _iso_of(text: str) -> str | None:
    try:
        return parse_date(text)
    except FieldProblem:
        return None


class _CalendarPopup(QWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("date_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.activated.connect(self._pick)  # Enter or a double click
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class DateEdit(QLineEdit):
    """A line edit for one date: ``iso()`` / ``set_iso()`` carry the stored value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)
        self.popup: _CalendarPopup | None = None
        self.calendar_action = QAction(icon("calendar"), "", self)
        self.calendar_action.setObjectName("open_calendar")
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for keys in ("Alt+Down", "F4"):
            QShortcut(QKeySequence(keys), self, self.open_calendar, context=Qt.ShortcutContext.WidgetShortcut)
        self.editingFinished.connect(self._tidy)
        self.retranslate()

    # -- the value ---------------------------------------------------------------------
    def iso(self) -> str:
        """The date as 2013-11-06; "" when empty; the text as typed when it is not a date
        (the core then says what is wrong beside the field)."""
        text = self.text().strip()
        if not text:
            return ""
        return _iso_of(text) or text

    def set_iso(self, value: str | None) -> None:
        """Show ``value`` (an ISO date, or any text) as the UI language writes dates."""
        value = (value or "").strip()
        iso = _iso_of(value) if value else None
        self.setText(format_date(iso) if iso else value)
        self.setCursorPosition(0)

    def date(self) -> dt.date | None:
        iso = _iso_of(self.text().strip()) if self.text().strip() else None
        return dt.date.fromisoformat(iso) if iso else None

    def _tidy(self) -> None:
        """Leaving the field: a date typed in any accepted form is shown in the language's form."""
        if not self.isReadOnly() and _iso_of(self.text().strip() or "-"):
            self.set_iso(self.iso())

    # -- the calendar ----------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        calendar = self.popup.calendar
        calendar.setLocale(QLocale(_QT_LOCALES.get(current_language(), "en_US")))
        chosen = self.date() or dt.date.today()
        calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_iso(dt.date(day.year(), day.month(), day.day()).isoformat())
        self.setFocus()
        self.editingFinished.emit()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's name
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def retranslate(self) -> None:
        """After a language switch: the date in the new language's form, the calendar's tooltip."""
        if self.text().strip() and _iso_of(self.text().strip()):
            self.set_iso(self.iso())
        self.calendar_action.setToolTip(tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.setText(tr("Choose from a calendar (Alt+Down)"))
