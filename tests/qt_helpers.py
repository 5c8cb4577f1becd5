"""Helpers for driving the real windows in tests: typing Chinese, answering modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type like an input method does (qtbot.keyClicks cannot type Chinese)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def in_modal_dialog(qtbot, action, then):
    """Run ``action`` (which opens a modal dialog) and ``then(dialog)`` once the dialog shows."""
    seen, failures = [], []

    def poke():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in seen:
            QTimer.singleShot(20, poke)
            return
        seen.append(dialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            then(dialog)
        except BaseException as exc:  # report it after the dialog is closed, never hang
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, poke)
    action()
    if failures:
        raise failures[0]
    assert seen, "no dialog appeared"
    return seen[0]


def open_main_window(qtbot, db, language: str = "zh-Hans", view: str = "members"):
    """The real main window on ``db``, shown on ``view`` (the dashboard comes first in the
    sidebar; most tests work on a list), in ``language`` (not remembered), closed after the test."""
    from core.settings import Settings
    from ui.common.language import LanguageManager
    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply(language, remember=False)
    window = MainWindow(AppContext(db, settings, manager))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(view)
    window.activateWindow()  # the keyboard goes to this window (a page built when first shown takes focus)
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window
