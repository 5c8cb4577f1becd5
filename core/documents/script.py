"""Simplified / Traditional conversion of document text with OpenCC.

Targets: ``hans`` (t2s: text typed in Traditional comes out Simplified), ``hant-tw``
(s2tw: Taiwan standard characters, no vocabulary swaps, so 秘书处 -> 秘書處 and 用户
stays 用戶 rather than 使用者), ``hant-hk`` (s2hk).

Corrections on top of OpenCC:

* protected terms (names of people and units) are kept exactly as typed, in
  whichever script they were typed: they are swapped for private-use placeholders
  before the conversion and put back after it;
* surnames: OpenCC converts character by character, so 余秋雨 became 餘秋雨 and 于明
  於明. A person's name (a name field such as a signature or a minutes attendee,
  see ``Converter.name``) keeps the surname form of its first character
  (``SURNAMES``: 余 于 范 后 党 ...); the names of the document's name fields and of
  the protected list are then kept that way in the running text too; and in running
  text a 余 that opens a name pattern (余X同志, 余XX教授, 联系人：余XX) stays 余;
* a correction dictionary fixes OpenCC's known errors after the conversion. Its
  keys are matched longest first at each position, so a longer key is an exception
  to a shorter one. ``DEFAULT_CORRECTIONS`` serve both Traditional targets (OpenCC's
  牽頭髮布 and 理髮後頭發, 公佈/發佈/宣佈 -> 公布/發布/宣布 as both governments write,
  编制 in the sense "compile" -> 編製: 編製預算, not the staffing 編制);
  ``TARGET_CORRECTIONS`` add one target's conventions (Taiwan: 計畫, 帳戶, 占, 分布...).
  ``default_corrections(target)`` is the merged table. The reviewed corpus of
  official phrases in tests/data/conversion_corpus.tsv checks them all; grow the
  tables from it. Pass ``corrections={**default_corrections(t), ...}`` to extend them,
  or your own mapping to replace them.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Mapping

TARGETS = {"hans": "t2s", "hant-tw": "s2tw", "hant-hk": "s2hk"}

# "头发X" where 发X is a word (发言, 发起, 发布...): OpenCC takes 头发 (hair) -> 頭髮.
_FA_WORDS = "言起展揮表布佈放現力生出行動送函文電給掘明射覺達售貨揚光"
DEFAULT_CORRECTIONS: dict[str, str] = {
    "頭發": "頭髮",          # 理发后头发 -> 理髮後頭發: the hair is 頭髮...
    **{f"頭髮{c}": f"頭發{c}" for c in _FA_WORDS},  # ...but 牵头发布 is 牽頭發布, not 牽頭髮布
    **{f"頭發{c}": f"頭發{c}" for c in _FA_WORDS},  # (and stays so when typed in Traditional)
    "頭髮生長": "頭髮生長", "頭發生長": "頭髮生長",   # hair growth
    "頭髮光澤": "頭髮光澤", "頭發光澤": "頭髮光澤",
    "發佈": "發布",
    # 公布, 宣布: the Taiwan (法律統一用語表: 公布) and Hong Kong governments write 布, not 佈
    "公佈": "公布", "宣佈": "宣布",
    # 编制 means "compile, draw up" (編製) before or after a document, "staffing" (編制) in
    # 人员编制, 编制内, 事业编制: OpenCC writes 編制 for both.
    # (not 编制方案 alone: 机构编制方案 is a staffing plan)
    **{f"編制{w}": f"編製{w}" for w in ("預算", "報告", "說明", "説明", "計劃", "計畫", "規劃", "報表",
                                       "目錄", "指南", "手冊", "清單", "決算")},
    **{f"{w}編制": f"{w}編製" for w in ("預算", "決算", "報告", "報表", "規劃", "方案", "目錄")},
    **{f"編制{w}": f"編製{w}" for w in ("年度預算", "年度計劃", "年度工作", "年度報告", "工作計劃", "工作方案",
                                       "發展規劃")},
}

# One target's conventions, on top of DEFAULT_CORRECTIONS (see default_corrections).
TARGET_CORRECTIONS: dict[str, dict[str, str]] = {
    "hant-tw": {
        # 法律統一用語表 and the Ministry of Education's standard forms used in government documents
        "計劃": "計畫",           # 計畫 (noun and verb) in Taiwan's official texts
        "賬": "帳",               # 帳戶, 帳號, 對帳: 帳 is the standard form, 賬 its variant
        "佔": "占",               # 占用, 占比 (法律統一用語表: 占)
        "身份": "身分",           # 國民身分證, 身分證明 (法律統一用語表: 身分)
        "分佈": "分布", "散佈": "散布", "遍佈": "遍布", "頒佈": "頒布", "佈置": "布置", "佈局": "布局",
        "佈告": "布告",
    },
    "hant-hk": {},
    "hans": {},
}


def default_corrections(target: str) -> dict[str, str]:
    """The built-in corrections for ``target``: DEFAULT_CORRECTIONS, then the target's own,
    with the target's rules also applied to the replacements of the shared ones (编制计划 ->
    編製計畫 in Taiwan), so one longest-match pass gives the final text."""
    own = TARGET_CORRECTIONS.get(target, {})
    if target == "hans":
        return {}
    merged = {k: apply_corrections(v, own) for k, v in DEFAULT_CORRECTIONS.items()}
    merged.update(own)
    return merged


# Surnames that OpenCC, converting character by character, turns into other words' characters
# (余 -> 餘 "surplus", 于 -> 於 "at"): in a person's name the surname keeps this form.
SURNAMES: dict[str, str] = {
    "余": "余", "于": "于", "范": "范", "后": "后", "党": "党", "种": "种", "郁": "郁", "干": "干",
    "游": "游", "涂": "涂", "咸": "咸", "朴": "朴", "占": "占", "斗": "斗",
}
_HAN = "\u3400-\u9fff\U00020000-\U0003134f"
# Words after a name that mark it as a person's (余X同志, 余XX教授, 余先生), in both scripts.
_TITLES = "|".join((
    "同志", "先生", "女士", "教授", "副教授", "院士", "博士", "老师", "老師", "研究员", "研究員", "主任", "副主任",
    "处长", "處長", "局长", "局長", "部长", "部長", "所长", "所長", "院长", "院長", "理事长", "理事長", "秘书长",
    "秘書長", "会长", "會長", "主席", "书记", "書記", "总经理", "總經理", "董事长", "董事長", "总工程师", "總工程師",
    "工程师", "工程師", "同学", "同學"))
# Labels after which a name follows (联系人：余秋雨).
_LABELS = "联系人|聯繫人|聯絡人|主持人|负责人|負責人|报告人|報告人|主讲人|主講人|经办人|經辦人|签发人|簽發人|起草人|审核人|審核人"
# A running-text 余 that opens a name: at a boundary (start, not a Han character, or a word such as 由 请 和 与),
# not 余下/余额..., followed by a one- or two-character given name and a title, or after a label.
# Compiled when first needed (a Simplified export never needs it).
@functools.lru_cache(maxsize=1)
def _yu_name() -> re.Pattern:
    return re.compile(
        f"(?:(?<![{_HAN}])|(?<=[由请請和与與及同向对對经經派为為是即称稱、]))余(?![下额額数數量款粮糧热熱地力留存钱錢缺])"
        f"(?=(?:[{_HAN}]{{1,2}})?副?(?:{_TITLES}))"
        rf"|(?<=(?:{_LABELS}))[：:]?\s*余(?=[{_HAN}]{{1,2}}(?:[^{_HAN}]|$))")

_converters: dict[str, object] = {}
_lock = threading.Lock()
_PUA = 0xF0000  # supplementary private-use plane: never in real text, passed through by OpenCC


def _converter(config: str):
    with _lock:
        conv = _converters.get(config)
        if conv is None:
            import opencc

            conv = _converters[config] = opencc.OpenCC(config)
        return conv


@functools.lru_cache(maxsize=1)
def _t2s_changes() -> tuple[frozenset[str], dict[str, tuple[str, ...]]] | None:
    """What OpenCC's t2s can change: its one-character keys, and its longer keys by first character
    (resources/opencc/t2s_changing.txt, made from the installed dictionaries by the script beside
    it). None when the list is missing or unreadable: every text is then converted."""
    from core.resources import resource_path

    try:
        lines = resource_path("opencc", "t2s_changing.txt").read_text("utf-8").splitlines()
        split = lines.index("[phrases]")
    except (OSError, ValueError, UnicodeError):
        return None
    if lines[1:2] != ["[characters]"]:
        return None
    phrases: dict[str, list[str]] = {}
    for phrase in lines[split + 1:]:
        if phrase:
            phrases.setdefault(phrase[0], []).append(phrase)
    return frozenset("".join(lines[2:split])), {k: tuple(v) for k, v in phrases.items()}


def t2s_may_change(text: str) -> bool:
    """False when OpenCC's t2s would return ``text`` unchanged: no character and no phrase of it that
    t2s converts. A Simplified export of Simplified text then never loads OpenCC."""
    changes = _t2s_changes()
    if changes is None:
        return True
    chars, phrases = changes
    present = set(text)
    if not present.isdisjoint(chars):
        return True
    return any(phrase in text for first in present.intersection(phrases) for phrase in phrases[first])


def apply_corrections(text: str, corrections: Mapping[str, str]) -> str:
    """Replace keys of ``corrections`` in ``text``, longest key first at each position, no re-scan."""
    if not corrections or not text:
        return text
    lengths = sorted({len(k) for k in corrections if k}, reverse=True)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for length in lengths:
            piece = text[i:i + length]
            if len(piece) == length and piece in corrections:
                out.append(corrections[piece])
                i += length
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


# Before a name in running text: a boundary (start, not a Han character) or a word that cannot
# join the surname into another word (请余明, 和于红, 、于红; not 由于, 对于, 关于, 其余).
_BEFORE_NAME = f"(?:(?<![{_HAN}])|(?<=[请請和与與及派、]))"


def convert(text: str, target: str = "hans", protected: Iterable[str] = (),
            corrections: Mapping[str, str] | None = None, names: Mapping[str, str] | None = None) -> str:
    """``text`` in the ``target`` script, protected terms untouched, corrections applied.

    ``names``: people's names (as typed -> as converted by ``convert_name``), put in their
    converted form where they stand as a name (see ``_BEFORE_NAME``) rather than inside a word."""
    if target not in TARGETS:
        raise ValueError(f"unknown script {target!r}; expected one of {sorted(TARGETS)}")
    if not text:
        return text
    if corrections is None:
        corrections = default_corrections(target)
    keep: dict[str, str] = {}

    def hold(value: str) -> str:
        mark = chr(_PUA + len(keep))
        keep[mark] = value
        return mark

    for term in sorted({t for t in protected if t and t in text}, key=len, reverse=True):
        text = text.replace(term, hold(term))
    if target != "hans":
        for name in sorted((n for n in (names or {}) if n in text), key=len, reverse=True):
            mark = hold(names[name])
            text = re.sub(_BEFORE_NAME + re.escape(name), mark, text)
        if "余" in text:
            mark = hold("余")
            text = _yu_name().sub(lambda m: m.group(0).replace("余", mark), text)
    if target == "hans" and not t2s_may_change(text):
        result = text  # what OpenCC would return
    else:
        result = _converter(TARGETS[target]).convert(text)
    result = apply_corrections(result, corrections)
    for mark, term in keep.items():
        result = result.replace(mark, term)
    return result


_PERSON = f"[{_HAN}]{{2,4}}"
# Last characters of unit names (a 2-4 character name ending so is not a person's).
_UNIT_ENDS = set("市县縣区區省局会會院所部委厅廳处處社司厂廠校馆館站队隊组組办辦室署团團盟协協队中心行村镇鎮街")


def is_person_name(text: str) -> bool:
    """A name field value that reads as one person's name: 2-4 Chinese characters, not a unit."""
    return bool(re.fullmatch(_PERSON, text)) and text[-1] not in _UNIT_ENDS


def convert_name(name: str, target: str = "hans", protected: Iterable[str] = (),
                 corrections: Mapping[str, str] | None = None) -> str:
    """A name field (a signature, an attendee): converted like text, but a person's name keeps
    its surname's own form (余秋雨 stays 余秋雨, 于明 stays 于明, 钟汉良 -> 鍾漢良). A unit's name
    (余姚市人民政府 -> 餘姚市人民政府) is converted as text."""
    result = convert(name, target, protected, corrections)
    stripped = name.strip()
    if target == "hans" or not is_person_name(stripped) or stripped in set(protected):
        return result
    first = stripped[0]
    if first in SURNAMES and result.lstrip().startswith(_converter(TARGETS[target]).convert(first)):
        offset = len(result) - len(result.lstrip())
        result = result[:offset] + SURNAMES[first] + result[offset + 1:]
    return result


class Converter:
    """``convert`` with fixed target, protected terms and corrections (one call per text).

    ``names``: people's names from the document's name fields (signature, attendees); where
    they stand as names in the text they are converted with ``convert_name``, so a surname
    kept in the signature is kept in the body too (but 关于红 stays 關於紅 beside 于红).
    """

    def __init__(self, target: str = "hans", protected: Iterable[str] = (),
                 corrections: Mapping[str, str] | None = None, names: Iterable[str] = ()) -> None:
        if target not in TARGETS:
            raise ValueError(f"unknown script {target!r}; expected one of {sorted(TARGETS)}")
        self.target = target
        self.protected = tuple(protected)
        self.corrections = default_corrections(target) if corrections is None else corrections
        people = sorted({n.strip() for n in names if n and is_person_name(n.strip())})
        self.names = {p: convert_name(p, target, self.protected, self.corrections) for p in people}

    def __call__(self, text: str) -> str:
        return convert(text, self.target, self.protected, self.corrections, self.names)

    def name(self, text: str) -> str:
        """A name field: see ``convert_name``."""
        return convert_name(text, self.target, self.protected, self.corrections)
