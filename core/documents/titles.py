"""Wrapping of titles and marks into balanced, centred lines (梯形 / 菱形).

A long title is cut into the fewest lines that fit, as equal in width as possible,
at word boundaries only: the words come from a Chinese word segmenter (rjieba, the
Rust port of jieba: its dictionary is built in, it writes no cache file and prints
nothing), the 标点禁则 and Latin runs are never broken, protected names are not
split, a cut after 关于 or before 的通知 is preferred and a cut inside 《…》 avoided.
The widths must form a trapezoid (growing or shrinking downwards) or a diamond
(widest in the middle), never an hourglass.

The search is a dynamic programme over the allowed cut points: a state is one line
(its start and end cut) and whether the shape still grows or already shrinks; a
line holds at most as many cut points as fit in ``max_width``, so the work grows
linearly with the title's length (``WrapStats.evaluations`` counts it): each cut
point is looked at with at most (cuts per line)² pairs.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from core.documents.linebreak import EPS, break_groups

_PREFERRED_AFTER = ("关于", "關於")
_DOC_TYPES = "通知 决定 决议 报告 意见 通报 纪要 公告 批复 函 请示 方案 办法 规定 通告 決定 決議 報告 意見 通報 紀要 請示 規定".split()
_FUNCTION = set("的和与及暨并、，與並")


@dataclass
class WrapStats:
    """Work done by one ``wrap_title`` call: candidate line pairs looked at."""

    evaluations: int = 0
    cuts: int = 0


# Alliance vocabulary the general dictionary cuts wrongly (标准|组成员): added to our own segmenter.
DOMAIN_WORDS = ("专家组", "标准组", "工作组", "秘书组", "筹备组", "成员单位", "会员单位", "理事单位", "秘书处")


@lru_cache(maxsize=1)
def _segmenter():
    import rjieba  # imported where used: its dictionary takes a few hundred ms to load

    for word in DOMAIN_WORDS:  # importing rjieba builds its default segmenter: use that one
        rjieba.add_word(word, 50000, None)
    return rjieba


def preload_segmenter() -> None:
    """Load the segmenter's dictionary now (a few hundred ms), e.g. on a warm-up thread."""
    _segmenter()


@lru_cache(maxsize=512)
def word_boundaries(text: str) -> frozenset[int]:
    """Indices between two words of ``text`` (Simplified Chinese), as the segmenter sees them."""
    bounds: set[int] = set()
    for _word, start, end in _segmenter().tokenize(text):
        bounds.add(start)
        bounds.add(end)
    return frozenset(bounds)


def _penalties(text: str, words: Iterable[str]) -> dict[int, float]:
    """Penalty of a cut before index i; absent = not allowed (inside a word, a run or a 禁则 group)."""
    allowed = {a for a, _b in break_groups(text)[1:]} & word_boundaries(text)
    for word in {w for w in words if w and len(w) > 1}:  # protected names and the issuer's name stay whole
        start = text.find(word)
        while start >= 0:
            allowed -= set(range(start + 1, start + len(word)))
            start = text.find(word, start + 1)
    penalty: dict[int, float] = {}
    for cut in allowed:
        before, after = text[:cut], text[cut:]
        p = 8.0
        if before.endswith(_PREFERRED_AFTER):
            p = -12.0
        elif after.startswith("的") and any(after[1:] == t for t in _DOC_TYPES):
            p = -6.0
        elif before[-1] in _FUNCTION or after[0] in "和与及暨與":
            p = 0.0
        if before.count("《") > before.count("》"):
            p += 20.0  # inside a quoted book title
        penalty[cut] = p
    return penalty


def wrap_title(text: str, char_width: Callable[[str], float], max_width: float, track: float = 0.0,
               words: Iterable[str] = (), segment_text: str | None = None,
               stats: WrapStats | None = None) -> list[str]:
    """``text`` as balanced lines no wider than ``max_width`` (outer spaces of each line dropped).

    ``char_width`` gives the advance of one character, ``track`` the spacing between
    characters; ``segment_text`` is the same title in Simplified (same length), used
    to find words; ``words`` are names never to be split.
    """
    text = text.strip()
    stats = stats if stats is not None else WrapStats()
    prefix = [0.0]
    for ch in text:
        prefix.append(prefix[-1] + char_width(ch))

    def span(a: int, b: int) -> float:
        while b > a and text[b - 1].isspace():  # a line's trailing and leading spaces are not drawn
            b -= 1
        while a < b and text[a].isspace():
            a += 1
        return prefix[b] - prefix[a] + track * (b - a - 1) if b > a else 0.0

    total = span(0, len(text))
    if total <= max_width + EPS or len(text) < 2:
        return [text]
    seg = segment_text if segment_text and len(segment_text) == len(text) else text
    penalties = _penalties(seg, words)
    cuts = [0, *sorted(penalties), len(text)]
    stats.cuts = len(cuts)
    least = max(2, math.ceil(total / max_width))
    best: tuple[float, list[int]] | None = None
    for count in (least, least + 1, least + 2):
        found = _best_cuts(cuts, count, span, total, max_width, penalties, stats)
        if found is not None:
            cost = found[0]
            if best is None or cost < best[0]:
                best = (cost, found[1])
            if count > least:
                break
    if best is None:  # nothing balanced fits (e.g. one enormous Latin run): cut it where full
        return _greedy(text, span, max_width)
    bounds = best[1]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _best_cuts(cuts: list[int], count: int, span, total: float, max_width: float,
               penalties: dict[int, float], stats: WrapStats) -> tuple[float, list[int]] | None:
    """Cheapest lines over ``cuts``, balanced around ``total / count``, whose widths make a
    trapezoid or a diamond. Each extra line costs 25, so ``count`` lines win unless more
    lines are much better balanced."""
    mean = total / count
    scale = 400.0 / (max_width ** 2)
    n = len(cuts)
    reach = []  # reach[i]: first j with cuts[i]..cuts[j] too wide for one line
    j = 0
    for i in range(n):
        j = max(j, i + 1)
        while j < n and span(cuts[i], cuts[j]) <= max_width + EPS:
            j += 1
        reach.append(j)

    def line_cost(a: int, b: int, w: float) -> float:
        return (w - mean) ** 2 * scale + penalties.get(cuts[b], 0.0) + 25.0

    # states[e]: {(s, falling): (cost, previous state)} for a last line cuts[s]..cuts[e]
    states: list[dict[tuple[int, bool], tuple[float, tuple[int, int, bool] | None]]] = [{} for _ in range(n)]
    for e in range(1, reach[0]):
        states[e][(0, False)] = (line_cost(0, e, span(cuts[0], cuts[e])), None)
    for e in range(1, n - 1):
        for (s, falling), (cost, _back) in states[e].items():
            prev_w = span(cuts[s], cuts[e])
            for f in range(e + 1, reach[e]):
                stats.evaluations += 1
                w = span(cuts[e], cuts[f])
                if w >= prev_w - EPS and not falling:
                    state = False
                elif w <= prev_w + EPS:
                    state = True
                else:
                    continue  # an hourglass: shrinking, then growing again
                c = cost + line_cost(e, f, w)
                old = states[f].get((e, state))
                if old is None or c < old[0]:
                    states[f][(e, state)] = (c, (s, e, falling))
    if not states[n - 1]:
        return None
    (s, falling), (cost, back) = min(states[n - 1].items(), key=lambda item: item[1][0])
    bounds = [cuts[n - 1], cuts[s]]
    while back is not None:
        s, e, falling = back
        bounds.append(cuts[s])
        back = states[e][(s, falling)][1]
    return cost, bounds[::-1]


def _greedy(text: str, span, max_width: float) -> list[str]:
    lines, start = [], 0
    for k in range(1, len(text) + 1):
        if k - start > 1 and span(start, k) > max_width + EPS:
            lines.append(text[start:k - 1].strip())
            start = k - 1
    return [*lines, text[start:].strip()]
