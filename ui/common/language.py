"""Switching the UI language at run time, without restart.

``LanguageManager.apply`` sets the core's catalog language, swaps Qt's own
translator (for Qt's standard buttons and dialogs) and emits ``changed``; every
view connects ``changed`` to its ``retranslate()``.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from core import i18n
from core.settings import Settings

_QT_CATALOGS = {"zh-Hans": "qtbase_zh_CN", "zh-Hant": "qtbase_zh_TW"}
_QT_LOCALES = {"zh-Hans": "zh_CN", "zh-Hant": "zh_TW", "en": "en_US"}


def system_language() -> str:
    """Simplified Chinese on a Chinese system (Traditional on a TW/HK/MO one), else English."""
    name = QLocale.system().name()  # e.g. zh_CN, zh_TW, en_US
    script = QLocale.system().script()
    if name.startswith("zh") and script == QLocale.Script.TraditionalHanScript:
        return "zh-Hant"
    return i18n.normalize_language(name) or "en"


class LanguageManager(QObject):
    changed = Signal(str)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self._qt_translator: QTranslator | None = None

    def initial_language(self, requested: str | None) -> str:
        return (i18n.normalize_language(requested) or i18n.normalize_language(self.settings.get("language"))
                or system_language())

    def apply(self, language: str, remember: bool = True) -> None:
        i18n.set_language(language)
        app = QApplication.instance()
        if self._qt_translator is not None:
            app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        catalog = _QT_CATALOGS.get(language)
        if catalog:
            translator = QTranslator(app)
            if translator.load(catalog, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(translator)
                self._qt_translator = translator
        QLocale.setDefault(QLocale(_QT_LOCALES[language]))
        if remember:
            self.settings.set("language", language)
        self.changed.emit(language)
