"""The order of attendee lists, as the clerk chooses it.

``level-strokes``: by the membership level of the person's unit (理事长单位 first,
guests of no member unit last), then by the strokes of the name (姓氏笔画, see
core.text.strokes), then by the unit's name in the same order.
``pinyin``: by the pinyin of the name, then of the unit.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.meetings.minutes_model import Attendee

ORDERS = ("level-strokes", "pinyin")


def level_rank(level: str | None) -> int:
    from core.members.choices import LEVELS

    if level is None:
        return len(LEVELS.codes()) + 1
    return LEVELS.rank(level)


def order_attendees(people: Iterable[Attendee], order: str = "level-strokes") -> list[Attendee]:
    """``people`` sorted; a stable sort, so equal keys keep the order they came in."""
    if order == "level-strokes":
        from core.text.strokes import stroke_key

        return sorted(people, key=lambda p: (level_rank(p.level), stroke_key(p.name), stroke_key(p.unit)))
    if order == "pinyin":
        from core.text.pinyin import sort_key

        return sorted(people, key=lambda p: (sort_key(p.name.strip()), sort_key(p.unit.strip())))
    raise ValueError(f"unknown order {order!r}; expected one of {ORDERS}")
