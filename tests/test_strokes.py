"""Stroke order of names (姓氏笔画): stroke count first, then the strokes' classes 横竖撇点折 in
writing order, from the shipped Unihan and stroke-sequence tables; rare characters, compound
surnames; attendee lists by level then strokes, or by pinyin."""

from __future__ import annotations

import random

import pytest

from core.meetings.attendee_order import order_attendees
from core.meetings.minutes_model import Attendee
from core.text.strokes import stroke_classes, stroke_count, stroke_key


def by_strokes(names: list[str]) -> list[str]:
    shuffled = list(names)
    random.Random(7).shuffle(shuffled)
    return sorted(shuffled, key=stroke_key)


def test_equal_stroke_counts_are_ordered_by_the_first_stroke():
    """Four strokes each: 王 starts with 横, 毛 with 撇, 方 with 点, 尹 and 孔 with 折 (尹's second
    stroke 横 before 孔's 折); seven strokes: 李 (横) before 张 and 陈 (折, then 横 before 竖)."""
    four = ["王", "毛", "方", "尹", "孔"]
    assert {stroke_count(c) for c in four} == {4}
    assert by_strokes([n + "明" for n in four]) == [n + "明" for n in four]
    seven = ["李", "张", "陈"]
    assert {stroke_count(c) for c in seven} == {7}
    assert by_strokes(["陈红", "张红", "李红"]) == ["李红", "张红", "陈红"]
    # fewer strokes first whatever the first stroke: 丁 (2) 马 (3) 王 (4) 叶 (5) 刘 (6)
    assert by_strokes(["刘力", "叶力", "王力", "马力", "丁力"]) == ["丁力", "马力", "王力", "叶力", "刘力"]


def test_same_surname_goes_on_with_the_given_name():
    assert by_strokes(["王志良", "王一", "王三", "王"]) == ["王", "王一", "王三", "王志良"]


def test_stroke_classes_follow_the_official_grouping():
    """提 counts as 横, 竖钩 as 竖, 捺 as 点 (GF 3002-1999): 汉 = 点点提横撇捺 -> 44154,
    丁 = 横竖钩 -> 12, 小 = 竖钩撇点 -> 234."""
    assert stroke_classes("汉") == "44154"
    assert stroke_classes("丁") == "12"
    assert stroke_classes("小") == "234"


@pytest.mark.parametrize("char,count", [("堃", 11), ("喆", 12), ("镕", 15), ("犇", 12), ("\U00020BB7", 6)])
def test_rare_name_characters_have_counts(char, count):
    assert stroke_count(char) == count


def test_rare_characters_sort_among_their_stroke_count():
    """𠮷 (U+20BB7, 6 strokes, no known sequence) sorts after the 6-stroke surnames whose first
    stroke is known and before the 7-stroke ones; 堃 (11) between 10 and 12 strokes."""
    names = ["李明", "𠮷明", "刘明", "吉明", "朱明"]
    result = by_strokes(names)
    assert result.index("𠮷明") == 3 and result[-1] == "李明"
    assert by_strokes(["喆明", "堃明", "高明"]) == ["高明", "堃明", "喆明"]  # 10, 11, 12 strokes


def test_compound_surnames_sort_by_their_first_character():
    """欧阳 goes with 欧 (8 strokes), 司马 with 司 (5 strokes, 折 first: after 叶's 竖)."""
    result = by_strokes(["欧阳修", "司马光", "叶青", "吉利", "陈明", "周平", "姜华"])
    assert result == ["叶青", "司马光", "吉利", "陈明", "欧阳修", "周平", "姜华"]


def test_traditional_and_unknown_characters():
    """Traditional forms count their own strokes (陳 16 > 陈 7); Latin names come after Chinese ones."""
    assert stroke_count("陳") > stroke_count("陈")
    assert by_strokes(["Smith", "陳明", "陈明"]) == ["陈明", "陳明", "Smith"]


def test_every_gb2312_character_has_a_count_and_a_stroke_sequence():
    """The shipped tables cover the whole GB 2312 character set (6,763 characters; a stroke sequence
    for every one but the 31 radicals listed as characters: 丨 亠 氵 ...), and the two
    sources agree on the count (sequence length = kTotalStrokes) for all but a character or two
    (皙: 12 strokes in the sequence, 13 in Unihan)."""
    missing_count, missing_order, disagree = [], [], []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                ch = bytes([high, low]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if stroke_count(ch) is None:
                missing_count.append(ch)
            if stroke_classes(ch) is None:
                missing_order.append(ch)
                continue
            elif len(stroke_classes(ch)) != min(6, stroke_count(ch)):  # six strokes kept at most
                disagree.append(ch)
    assert not missing_count and len(missing_order) == 31 and "氵" in missing_order
    assert len(disagree) <= 2, disagree


def test_attendees_by_level_then_strokes_guests_last():
    people = [Attendee("王明", "乙公司", "member"), Attendee("丁一", "丙公司", "council"),
              Attendee("马力", "甲公司", "member"), Attendee("方正", "部委", None),
              Attendee("熊伟", "丁研究院", "chair"), Attendee("毛宁", "戊大学", "council")]
    ordered = [p.name for p in order_attendees(people, "level-strokes")]
    assert ordered == ["熊伟", "丁一", "毛宁", "马力", "王明", "方正"]


def test_attendees_by_pinyin():
    people = [Attendee("王明", "乙公司", "member"), Attendee("丁一", "丙公司", "council"),
              Attendee("马力", "甲公司", "member"), Attendee("熊伟", "丁研究院", "chair")]
    assert [p.name for p in order_attendees(people, "pinyin")] == ["丁一", "马力", "王明", "熊伟"]


def test_unknown_order_is_refused():
    with pytest.raises(ValueError):
        order_attendees([], "random")
