"""The translation catalogs are complete and the languages switch at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

from core import i18n
from core.i18n import Msg, format_date, format_number, tr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "i18n"))
import extract  # noqa: E402


def test_every_string_of_the_code_is_translated_in_both_catalogs():
    """No string marked in the code is missing, unfinished or has other placeholders in zh_Hans/zh_Hant."""
    strings = extract.extract()
    assert len(strings) > 200
    assert extract.problems(strings) == []


def test_traditional_catalog_is_written_in_traditional_characters():
    """Every zh_Hant translation stays the same under Simplified→Traditional conversion (no Simplified left)."""
    to_trad = opencc.OpenCC("s2tw")
    entries = extract.load(ROOT / "i18n" / "zh_Hant.ts")
    leftovers = [t for t, kind in entries.values() if t and not kind and to_trad.convert(t) != t]
    assert leftovers == []


def test_simplified_catalog_is_written_in_simplified_characters():
    """Every zh_Hans translation stays the same under Traditional→Simplified conversion."""
    to_simp = opencc.OpenCC("t2s")
    entries = extract.load(ROOT / "i18n" / "zh_Hans.ts")
    leftovers = [t for t, kind in entries.values() if t and not kind and to_simp.convert(t) != t
                 and "年" not in t]
    assert leftovers == []


def test_messages_follow_the_current_language():
    """A message made before a language switch is shown in the new language."""
    msg = Msg("Member units shown: {count}", count=3)
    i18n.set_language("zh-Hans")
    assert str(msg) == "显示成员单位：3 家"
    i18n.set_language("zh-Hant")
    assert str(msg) == "顯示成員單位：3 家"
    i18n.set_language("en")
    assert str(msg) == "Member units shown: 3"
    assert tr("Unit name") == "Unit name"


def test_dates_and_numbers_in_each_locale():
    """Dates read 2013年11月6日 in Chinese and Nov 6, 2013 in English; thousands are grouped."""
    assert format_date("2013-11-06", "zh-Hans") == "2013年11月6日"
    assert format_date("2013-11-06", "zh-Hant") == "2013年11月6日"
    assert format_date("2013-11-06", "en") == "Nov 6, 2013"
    assert format_number(20000, "zh-Hans") == "20,000"


def test_language_names_from_system_locales():
    """System locale names map to the UI languages (Taiwan/Hong Kong → Traditional)."""
    assert i18n.normalize_language("zh_CN") == "zh-Hans"
    assert i18n.normalize_language("zh_TW") == "zh-Hant"
    assert i18n.normalize_language("zh-HK") == "zh-Hant"
    assert i18n.normalize_language("en_GB") == "en"
    assert i18n.normalize_language("fr_FR") is None


def test_whole_numbers_are_grouped_as_babel_groups_them():
    """The quick path for counts writes what babel (CLDR) writes, in each UI language."""
    from babel.numbers import format_decimal

    for n in (0, 7, 999, 1000, 20000, 600001, 1234567, -5000):
        for language in ("zh-Hans", "zh-Hant", "en"):
            assert format_number(n, language) == format_decimal(n, locale=i18n.babel_locale(language))


def test_a_catalog_read_through_its_cache_is_the_catalog_and_follows_the_file(tmp_path, monkeypatch):
    """Start-up reads a catalog from its cache (no XML parse); the cache gives what the .ts file
    says, and a changed .ts file is read again, not the stale cache."""
    monkeypatch.setenv("ALLIANCE_SECRETARIAT_HOME", str(tmp_path / "home"))
    ts = tmp_path / "zh_Hans.ts"
    ts.write_bytes((ROOT / "i18n" / "zh_Hans.ts").read_bytes())
    first = i18n._cached_catalog(ts)
    assert first == i18n.read_catalog(ts) and first["Contacts"] == "联系人"
    assert list((tmp_path / "home" / "cache" / "i18n").glob("*.json"))  # the cache was written
    assert i18n._cached_catalog(ts) == first  # read from the cache
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>联系人</translation>",
                                                         "<translation>联络人</translation>"), encoding="utf-8")
    assert i18n._cached_catalog(ts)["Contacts"] == "联络人"
