"""Fixed vocabularies: membership levels, unit types, statuses, genders.

Stored as stable English codes; shown through the translation catalogs. ``parse``
accepts a code, the English label, or the Chinese label in either script, so that
imports from Excel sheets written by hand are understood.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.i18n import N_, tr
from core.text.search import fold


@dataclass(frozen=True)
class Choice:
    code: str
    label: str  # English source, translated when shown
    chinese: tuple[str, ...]  # Simplified names (and common variants) recognised on import


class Vocabulary:
    def __init__(self, choices: list[Choice]) -> None:
        self.choices = choices
        self._by_code = {c.code: c for c in choices}
        self._lookup: dict[str, str] | None = None  # made on the first parse (folding loads OpenCC)

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def label(self, code: str) -> str:
        choice = self._by_code.get(code)
        return tr(choice.label) if choice else code

    def rank(self, code: str) -> int:
        return self.codes().index(code) if code in self._by_code else len(self.choices)

    def parse(self, text: str) -> str | None:
        """The code for a typed or imported value, or None if it is not recognised."""
        if not text or not text.strip():
            return None
        if self._lookup is None:
            self._lookup = {fold(name): c.code for c in self.choices for name in (c.code, c.label, *c.chinese)}
        return self._lookup.get(fold(text.strip()))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code


LEVELS = Vocabulary([  # highest first
    Choice("chair", N_("Chair unit"), ("理事长单位",)),
    Choice("vice_chair", N_("Vice-chair unit"), ("副理事长单位",)),
    Choice("standing", N_("Standing council unit"), ("常务理事单位",)),
    Choice("council", N_("Council unit"), ("理事单位",)),
    Choice("member", N_("Member unit"), ("会员单位", "成员单位", "普通会员单位")),
])

UNIT_TYPES = Vocabulary([
    Choice("enterprise", N_("Enterprise"), ("企业", "公司", "国有企业", "民营企业", "外资企业", "中外合资")),
    Choice("university", N_("University"), ("高等院校", "高等学校", "高校", "大学")),
    Choice("research", N_("Research institute"), ("科研院所", "研究院", "研究所")),
    Choice("government", N_("Government body"), ("政府机构", "事业单位", "政府部门")),
    Choice("association", N_("Association"), ("行业协会", "协会", "社会团体", "社团")),
    Choice("investment", N_("Investment fund"), ("投资机构", "投资基金", "基金")),
    Choice("other", N_("Other"), ("其他", "其它")),
])

STATUSES = Vocabulary([
    Choice("active", N_("Active"), ("在册", "正常")),
    Choice("suspended", N_("Suspended"), ("暂停",)),
    Choice("left", N_("Left"), ("退出", "已退出")),
])

GENDERS = Vocabulary([
    Choice("M", N_("Male"), ("男",)),
    Choice("F", N_("Female"), ("女",)),
])
