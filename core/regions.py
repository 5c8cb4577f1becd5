"""Provinces and cities from the national division list (GB/T 2260), in every script.

The list ships in ``resources/regions/cn_regions.json`` (made by
``resources/regions/build_regions.py``): the 34 provincial-level divisions,
Hong Kong, Macao and Taiwan included, with their two-digit codes, and the
prefecture- and county-level cities with their four- and six-digit codes.

Names are stored as the list writes them (Simplified, full form: 重庆市,
香港特别行政区); whatever a clerk types or an import brings (重慶, 重庆, Chongqing,
香港) is brought to that one form by :func:`canonical_province` and
:func:`canonical_city`, and shown in the UI's script or in English by
:func:`display`. A credit code's positions 3-8 are the registering authority's
division code: :func:`from_credit_code` reads the province and city from it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

# Suffixes a clerk may leave out: 江苏 = 江苏省, 广西 = 广西壮族自治区, 延边 = 延边朝鲜族自治州.
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    english: str


@dataclass(frozen=True)
class City:
    code: str
    name: str
    province: str  # the province's code


@dataclass(frozen=True)
class _Tables:
    provinces: tuple[Province, ...]
    cities: tuple[City, ...]
    city_by_code: dict[str, City]
    sort_keys: dict[str, str]
    english: dict[str, str]


def _fold(text: str) -> str:
    from core.text.search import fold

    return fold(text)


def _short(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    from core.resources import resource_path

    raw = json.loads(resource_path("regions", "cn_regions.json").read_text(encoding="utf-8"))
    provinces = tuple(Province(code, name, english) for code, name, english in raw["provinces"])
    cities = tuple(City(code, name, code[:2]) for code, name in raw["cities"])
    return _Tables(provinces, cities, {c.code: c for c in cities}, raw.get("sort_keys", {}),
                   raw.get("english", {}))


@functools.lru_cache(maxsize=1)
def _province_by_name() -> dict[str, Province]:
    return {p.name: p for p in _tables().provinces}


@functools.lru_cache(maxsize=1)
def _province_by_key() -> dict[str, Province]:
    """Provinces by every folded spelling (made when a typed name is first looked up: folding
    loads OpenCC, which listing stored names in order does not need)."""
    by_key: dict[str, Province] = {}
    for p in _tables().provinces:
        for key in (p.name, _short(p.name), p.english, p.english.replace(" ", "")):
            by_key[_fold(key)] = p
    by_key[_fold("内蒙古")] = by_key[_fold("内蒙古自治区")]
    return by_key


def provinces() -> list[Province]:
    """All provincial-level divisions, in the order of their codes."""
    return list(_tables().provinces)


def province(name_or_code: str) -> Province | None:
    """The province a text names, however it was typed (重慶, 重庆市, chongqing, 50)."""
    text = (name_or_code or "").strip()
    if not text:
        return None
    tables = _tables()
    if text.isdigit():
        return next((p for p in tables.provinces if p.code == text[:2]), None)
    by_key = _province_by_key()
    return by_key.get(_fold(text)) or by_key.get(_fold(_short(text)))


def cities(province_name_or_code: str) -> list[City]:
    """The cities of a province (prefecture-level first, then county-level), by code."""
    p = province(province_name_or_code)
    if p is None:
        return []
    return [c for c in _tables().cities if c.province == p.code]


def canonical_province(text: str) -> str:
    """The list's own name for a typed province; text that names none is kept as typed."""
    p = province(text)
    return p.name if p else (text or "").strip()


def canonical_city(text: str, province_text: str = "") -> str:
    """The list's own name for a typed city (within the province when one is given)."""
    text = (text or "").strip()
    if not text:
        return ""
    key = _fold(text)
    candidates = cities(province_text) if province(province_text) else list(_tables().cities)
    for c in candidates:
        if _fold(c.name) == key or _fold(_short(c.name)) == key or _fold(_short(c.name)) == _fold(_short(text)):
            return c.name
    return text


def from_credit_code(code: str | None) -> tuple[str, str]:
    """(province, city) named by a credit code's division code (positions 3-8); '' where unknown."""
    if not code or len(code) < 8 or not code[2:8].isdigit():
        return "", ""
    division = code[2:8]
    tables = _tables()
    p = province(division[:2])
    if p is None:
        return "", ""
    city = (tables.city_by_code.get(division) or tables.city_by_code.get(division[:4])
            or tables.city_by_code.get(division[:2] + "01" if division[:2] in ("11", "12", "31", "50") else ""))
    return p.name, city.name if city and city.province == p.code else ""


def sort_key(name: str) -> str:
    """The pinyin sort key of a region name: from the shipped list (no pypinyin to load at
    start-up), computed only for a name the list does not have."""
    known = _tables().sort_keys.get(name)
    if known is not None:
        return known
    from core.text.pinyin import sort_key as pinyin_key

    return pinyin_key(name)


def display(name: str, language: str) -> str:
    """A stored region name as the UI shows it: Simplified, Traditional, or English for provinces."""
    if not name:
        return ""
    if language == "en":
        p = _province_by_name().get(name)  # the list's own name (a typed spelling is shown as stored)
        if p is not None:
            return p.english
        shipped = _tables().english.get(name)
        if shipped:
            return shipped
        c = next((c for c in _tables().cities if c.name == name), None)
        return english_city_name(c.name) if c is not None else name
    if language == "zh-Hant":
        return _traditional(name)
    return name


@functools.lru_cache(maxsize=1)
def _s2tw():  # building an OpenCC converter costs tenths of a second: once
    import opencc

    return opencc.OpenCC("s2tw")


@functools.lru_cache(maxsize=1024)
def _traditional(name: str) -> str:
    return _s2tw().convert(name)


@functools.lru_cache(maxsize=1024)
def english_city_name(name: str) -> str:
    """无锡市 -> Wuxi: the name's pinyin without its suffix (made ahead for the shipped list)."""
    from pypinyin import Style, lazy_pinyin

    base = _short(name)
    return "".join(lazy_pinyin(base, style=Style.NORMAL)).capitalize()
