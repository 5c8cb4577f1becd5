"""Simplified / Traditional conversion of document text with OpenCC.

Targets: ``hans`` (t2s: text typed in Traditional comes out Simplified), ``hant-tw``
(s2tw: Taiwan standard characters, no vocabulary swaps, so 秘书处 -> 秘書處 and 用户
stays 用戶 rather than 使用者), ``hant-hk`` (s2hk).

Two corrections on top of OpenCC:

* protected terms (names of people and units) are kept exactly as typed, in
  whichever script they were typed: they are swapped for private-use placeholders
  before the conversion and put back after it;
* a correction dictionary fixes OpenCC's known errors after the conversion. Its
  keys are matched longest first at each position, so a longer key is an exception
  to a shorter one. OpenCC reads 牵头发布 as 牽頭髮布 and 理发后头发 as 理髮後頭發; the
  defaults below repair those and use 發布 (the Taiwan and Hong Kong government
  form) for 發佈. Pass ``corrections={**DEFAULT_CORRECTIONS, ...}`` to extend them,
  or your own mapping to replace them.
"""

from __future__ import annotations

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
}

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


def convert(text: str, target: str = "hans", protected: Iterable[str] = (),
            corrections: Mapping[str, str] | None = None) -> str:
    """``text`` in the ``target`` script, protected terms untouched, corrections applied."""
    if target not in TARGETS:
        raise ValueError(f"unknown script {target!r}; expected one of {sorted(TARGETS)}")
    if not text:
        return text
    if corrections is None:
        corrections = DEFAULT_CORRECTIONS
    terms = sorted({t for t in protected if t and t in text}, key=len, reverse=True)
    keep: dict[str, str] = {}
    for k, term in enumerate(terms):
        mark = chr(_PUA + k)
        keep[mark] = term
        text = text.replace(term, mark)
    result = _converter(TARGETS[target]).convert(text)
    result = apply_corrections(result, corrections)
    for mark, term in keep.items():
        result = result.replace(mark, term)
    return result


class Converter:
    """``convert`` with fixed target, protected terms and corrections (one call per text)."""

    def __init__(self, target: str = "hans", protected: Iterable[str] = (),
                 corrections: Mapping[str, str] | None = None) -> None:
        if target not in TARGETS:
            raise ValueError(f"unknown script {target!r}; expected one of {sorted(TARGETS)}")
        self.target = target
        self.protected = tuple(protected)
        self.corrections = DEFAULT_CORRECTIONS if corrections is None else corrections

    def __call__(self, text: str) -> str:
        return convert(text, self.target, self.protected, self.corrections)
