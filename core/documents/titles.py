"""Wrapping of titles and marks into balanced, centred lines (梯形 / 菱形).

A long title is cut into the fewest lines that fit, as equal in width as possible,
at word boundaries: the 标点禁则 and Latin runs are never broken, words of a small
lexicon of document vocabulary (and the protected names passed in) are not split,
a cut after 关于 or before 的通知 is preferred. The widths must form a trapezoid
(growing or shrinking downwards) or a diamond (widest in the middle), never an
hourglass.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterable

from core.documents.linebreak import EPS, break_groups

# Words a title should not be cut inside (Simplified; titles in Traditional are
# matched through their Simplified form).
LEXICON = frozenset("""
中国 中华人民共和国 智慧城市 智慧 城市 产业 联盟 产业联盟 秘书处 秘书长 理事会 常务理事会 理事长 副理事长 会员大会
专家委员会 专业委员会 委员会 专家组 标准组 工作组 成员单位 会员单位 理事单位 成员 单位 工作会议 会议 第一次 第二次
第三次 年度 工作 征集 推荐 召开 举办 开展 组织 申报 通知 决定 报告 意见 通报 纪要 名单 公布 印发 关于 做好 进一步
加强 管理 办法 管理办法 实施 细则 实施细则 规范 标准 标准化 征求 意见稿 调整 增补 换届 选举 表彰 优秀 案例 服务 平台
建设 发展 技术 交流 培训 活动 论坛 大会 峰会 展览 合作 协议 合作协议 签署 项目 评审 结果 参加 学习 贯彻 落实 部署
安排 有关 事项 相关 计划 方案 总结 成立 筹备 年会 会费 缴纳 收取 信息 统计 调研 考察 座谈会 研讨会 推进 应用 示范
试点 评选 认定 审议 通过 修订 修改 章程 制度 规定 国家 标准化管理委员会 委员 专家 人员 负责人 联络员 智能 交通
电网 水务 环保 医疗 养老 社区 家居 教育 国土 数据 平台 系统 体系 创新 中心 项目服务中心 会员管理中心
""".split())
_PREFERRED_AFTER = ("关于", "關於")
_DOC_TYPES = "通知 决定 决议 报告 意见 通报 纪要 公告 批复 函 请示 方案 办法 规定 通告 決定 決議 報告 意見 通報 紀要 請示 規定".split()
_FUNCTION = set("的和与及暨并、，與並")


def _boundaries(text: str, words: Iterable[str]) -> dict[int, float]:
    """Penalty of a cut before index i (absent = not allowed)."""
    lexicon = set(LEXICON) | {w for w in words if w}
    longest = max((len(w) for w in lexicon), default=1)
    allowed = {a for a, _b in break_groups(text)[1:]}
    penalty: dict[int, float] = {}
    inside: set[int] = set()
    i = 0
    while i < len(text):  # forward maximum matching
        for size in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + size] in lexicon:
                inside.update(range(i + 1, i + size))
                i += size
                break
        else:
            i += 1
    for cut in allowed:
        p = 60.0 if cut in inside else 8.0
        before, after = text[:cut], text[cut:]
        if before.endswith(_PREFERRED_AFTER):
            p = -12.0
        elif after.startswith("的") and any(after[1:] == t for t in _DOC_TYPES):
            p = -6.0
        elif before[-1] in _FUNCTION or after[0] in "和与及暨與":
            p = min(p, 0.0)
        elif cut not in inside:
            # a cut between two characters no known word covers: plausible but unsure
            p = 8.0 if (cut - 1 in inside or cut + 1 in inside or before[-1:] in "会组处") else 15.0
        if before.count("《") > before.count("》"):
            p += 20.0  # inside a quoted book title
        penalty[cut] = p
    return penalty


def _shape_ok(widths: list[float]) -> bool:
    """Trapezoid (monotonic) or diamond (rises then falls); no hourglass."""
    peak = widths.index(max(widths))
    rising = all(widths[k] <= widths[k + 1] + EPS for k in range(peak))
    falling = all(widths[k] + EPS >= widths[k + 1] for k in range(peak, len(widths) - 1))
    return rising and falling


def wrap_title(text: str, char_width: Callable[[str], float], max_width: float, track: float = 0.0,
               words: Iterable[str] = (), segment_text: str | None = None) -> list[str]:
    """``text`` as balanced lines no wider than ``max_width``.

    ``char_width`` gives the advance of one character, ``track`` the spacing between
    characters; ``segment_text`` is the same title in Simplified (same length), used
    to find words.
    """
    text = text.strip()
    prefix = [0.0]
    for ch in text:
        prefix.append(prefix[-1] + char_width(ch))

    def span(a: int, b: int) -> float:
        return prefix[b] - prefix[a] + track * (b - a - 1)

    def width_of(line: str) -> float:
        return sum(char_width(c) for c in line) + track * (len(line) - 1)

    total = span(0, len(text))
    if total <= max_width + EPS or len(text) < 2:
        return [text]
    seg = segment_text if segment_text and len(segment_text) == len(text) else text
    penalties = _boundaries(seg, words)
    cuts = sorted(penalties)
    best: tuple[float, list[str]] | None = None
    least = max(2, math.ceil(total / max_width))
    for count in range(least, least + 3):
        if count - 1 > len(cuts):
            break
        for chosen in itertools.combinations(cuts, count - 1):
            bounds = (0, *chosen, len(text))
            lines = [text[a:b] for a, b in zip(bounds, bounds[1:])]
            widths = [span(a, b) for a, b in zip(bounds, bounds[1:])]
            if max(widths) > max_width + EPS or not _shape_ok(widths):
                continue
            mean = sum(widths) / count
            spread = sum((w - mean) ** 2 for w in widths) / (max_width ** 2) * 400
            cost = spread + sum(penalties[c] for c in chosen) + 25 * (count - least)
            if best is None or cost < best[0]:
                best = (cost, lines)
        if best is not None and count > least:
            break
    if best is None:  # nothing balanced fits (e.g. one enormous Latin run): greedy cut
        lines, cur = [], ""
        for ch in text:
            if cur and width_of(cur + ch) > max_width + EPS:
                lines.append(cur)
                cur = ""
            cur += ch
        return lines + [cur]
    return best[1]
