"""Translation catalogs shared by the core, the command line and the Qt UI.

English is the source language. The Simplified and Traditional catalogs are Qt
Linguist ``.ts`` files in the top-level ``i18n/`` folder, read here with the standard
library so that the headless core can translate its own messages (validation
errors, import reports, CLI output). ``i18n/extract.py`` keeps them in step with the
strings marked in the code:

* ``tr("Text {name}", name=...)`` translates now, into the current language;
* ``Msg("Text {name}", name=...)`` translates later, each time it is shown, so a
  message created before a language switch is shown in the new language;
* ``N_("Text")`` only marks a string for extraction (labels kept in tables).

Placeholders are named (``{count}``), never positional, never concatenated.
"""

from __future__ import annotations

import datetime as _dt
import functools
import sys
from pathlib import Path
from typing import Any

LANGUAGES: dict[str, str] = {
    # code -> name of the language written in itself (menus show these untranslated)
    "zh-Hans": "简体中文",
    "zh-Hant": "繁體中文",
    "en": "English",
}
DEFAULT_LANGUAGE = "zh-Hans"
_CATALOG_FILES = {"zh-Hans": "zh_Hans.ts", "zh-Hant": "zh_Hant.ts"}
_BABEL_LOCALES = {"zh-Hans": "zh_Hans_CN", "zh-Hant": "zh_Hant_TW", "en": "en_US"}

_current = DEFAULT_LANGUAGE
_catalogs: dict[str, dict[str, str]] = {}


def catalog_dir() -> Path:
    """Folder holding the .ts catalogs (next to main.py, or inside a frozen build)."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base / "i18n"


def read_catalog(path: Path) -> dict[str, str]:
    """Source text -> finished translation, from one .ts file.

    Unfinished, vanished and obsolete entries are left out, so they fall back to
    English instead of showing a half-done translation.
    """
    import xml.etree.ElementTree as ET

    result: dict[str, str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return result  # a missing or broken catalog falls back to English, never crashes
    for message in root.iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is None or node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if node.text:
            result[source] = node.text
    return result


def _cached_catalog(path: Path) -> dict[str, str]:
    """:func:`read_catalog` through a cache file (the parsed catalog as JSON, in the cache
    folder, checked against the .ts file's path, size and modification time): starting the
    program in Chinese does not parse 170 kB of XML each time. Any problem with the cache
    only means reading the .ts file."""
    import json
    import os

    from core import paths

    try:
        stat = path.stat()
    except OSError:
        return {}
    stamp = [str(path), stat.st_size, stat.st_mtime_ns]
    cache = paths.cache_dir() / "i18n" / (path.stem + ".json")
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("source") == stamp and isinstance(cached.get("messages"), dict):
            return cached["messages"]
    except (OSError, ValueError, AttributeError):
        pass
    messages = read_catalog(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"source": stamp, "messages": messages}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, cache)
    except OSError:
        pass
    return messages


def _catalog(language: str) -> dict[str, str]:
    if language not in _catalogs:
        name = _CATALOG_FILES.get(language)
        _catalogs[language] = _cached_catalog(catalog_dir() / name) if name else {}
    return _catalogs[language]


def normalize_language(value: str | None) -> str | None:
    """Map user input or a system locale name (zh_CN, zh-TW, zh_Hant_HK, en_GB...) to a code."""
    if not value:
        return None
    v = value.replace("_", "-").lower()
    if v in ("zh-hans", "zh-cn", "zh-sg", "zh-hans-cn", "zh"):
        return "zh-Hans"
    if v.startswith("zh-hant") or v.startswith(("zh-tw", "zh-hk", "zh-mo")):
        return "zh-Hant"
    if v.startswith("zh"):
        return "zh-Hans"
    if v.startswith("en"):
        return "en"
    return None


def set_language(language: str) -> None:
    """Make ``language`` current for every later ``tr`` call and ``Msg`` rendering."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _catalog(language)
    _current = language


def current_language() -> str:
    return _current


def babel_locale(language: str | None = None) -> str:
    return _BABEL_LOCALES[language or _current]


def _render(value: Any) -> Any:
    return str(value) if isinstance(value, Msg) else value


def tr(source: str, **params: Any) -> str:
    """Translate ``source`` into the current language and fill its named placeholders."""
    text = _catalog(_current).get(source, source)
    if params:
        return text.format(**{k: _render(v) for k, v in params.items()})
    return text


def N_(source: str) -> str:
    """Mark ``source`` for extraction only; translate it with ``tr`` where it is shown."""
    return source


class Msg:
    """A message translated when it is shown, in whatever language is current then."""

    __slots__ = ("source", "params")

    def __init__(self, source: str, **params: Any) -> None:
        self.source = source
        self.params = params

    def __str__(self) -> str:
        return tr(self.source, **self.params)

    def __repr__(self) -> str:
        return f"Msg({self.source!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.source, self.params) == (other.source, other.params)

    def __hash__(self) -> int:
        return hash(self.source)


def format_date(value: str | _dt.date | None, language: str | None = None) -> str:
    """An ISO date as the chosen locale writes it (2013年11月6日 / Nov 6, 2013)."""
    if not value:
        return ""
    return _formatted_date(value, babel_locale(language))


@functools.lru_cache(maxsize=4096)  # a list shows the same dates again on every screen it paints
def _formatted_date(value: str | _dt.date, locale: str) -> str:
    from babel.dates import format_date as _fmt

    day = _dt.date.fromisoformat(value) if isinstance(value, str) else value
    return _fmt(day, format="medium", locale=locale)


def format_datetime(value: str | _dt.datetime | None, language: str | None = None) -> str:
    """An ISO date-time as the locale writes its date, then the time to the minute
    (2026年12月1日 15:34 / Dec 1, 2026 15:34)."""
    if not value:
        return ""
    moment = _dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{format_date(moment.date(), language)} {moment:%H:%M}"


def format_number(value: int | float, language: str | None = None) -> str:
    """20000 -> 20,000. Whole numbers are grouped by threes with a comma in all three UI
    languages (CLDR zh_CN, zh_TW, en): written directly, so that a list's count on the
    screen does not load babel's locale data at start-up; fractions go through babel."""
    if isinstance(value, int) and (language or _current) in LANGUAGES:
        return f"{value:,}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=babel_locale(language))


def translations_of(source: str) -> list[str]:
    """The finished translations of ``source`` in every catalog (to recognise text that an older
    version stored as it was shown)."""
    return [text for language in _CATALOG_FILES if (text := _catalog(language).get(source))]


def known_source(text: str) -> str | None:
    """The English source whose text (English, Simplified or Traditional) ``text`` is, if a short
    label: "Level", "级别" and "級別" give "Level". None when the catalogs do not know it."""
    if "{" in text:
        return None
    for language in _CATALOG_FILES:
        catalog = _catalog(language)
        if text in catalog:
            return text
    return _reverse().get(text)


@functools.lru_cache(maxsize=1)
def _reverse() -> dict[str, str]:
    found: dict[str, str] = {}
    for language in _CATALOG_FILES:
        for source, text in _catalog(language).items():
            if "{" not in source:
                found.setdefault(text, source)
    return found
