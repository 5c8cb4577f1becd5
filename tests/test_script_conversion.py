"""Simplified/Traditional conversion of document text (OpenCC + corrections + protected terms)."""

from __future__ import annotations

import pytest

pytest.importorskip("opencc")

from core.documents.script import DEFAULT_CORRECTIONS, Converter, apply_corrections, convert  # noqa: E402


def test_taiwan_standard_characters_without_vocabulary_swaps():
    """hant-tw converts characters only: 秘书处 -> 秘書處 (not 祕), 发布 -> 發布 (not 釋出/發佈), 用户 stays 用戶."""
    assert convert("中国智慧城市产业联盟秘书处", "hant-tw") == "中國智慧城市產業聯盟秘書處"
    assert convert("发布通知", "hant-tw") == "發布通知"
    assert convert("用户登录软件", "hant-tw") == "用戶登錄軟件"


def test_hong_kong_target():
    """hant-hk uses Hong Kong forms (裏面, 後台) and the same corrections."""
    assert convert("联盟秘书处发布", "hant-hk") == "聯盟秘書處發布"
    assert convert("里面", "hant-hk") == "裏面"
    assert convert("后台", "hant-hk") == "後台"


def test_traditional_input_to_simplified():
    """Text typed in Traditional comes out in Simplified for the hans target."""
    assert convert("中國智慧城市產業聯盟秘書處關於發布頭髮的通知", "hans") == "中国智慧城市产业联盟秘书处关于发布头发的通知"


def test_simplified_input_unchanged_by_hans():
    """Simplified text stays as it is for the hans target."""
    text = "各成员单位：请于2013年11月30日前报送GB/T 9704-2012培训名单。"
    assert convert(text, "hans") == text


def test_hair_correction():
    """OpenCC's 理髮後頭發 is corrected to 理髮後頭髮; 牽頭發布 and 帶頭發言 keep 發."""
    assert convert("理发后头发", "hant-tw") == "理髮後頭髮"
    assert convert("理发后头发", "hant-hk") == "理髮後頭髮"
    assert convert("由秘书处牵头发布", "hant-tw") == "由秘書處牽頭發布"
    assert convert("他带头发言", "hant-tw") == "他帶頭發言"
    assert convert("帶頭發言", "hant-tw") == "帶頭發言"  # already Traditional: left alone
    assert convert("头发生长", "hant-tw") == "頭髮生長"


def test_protected_terms_kept_as_typed_in_any_script():
    """Protected names are not converted, whether typed in Simplified or Traditional."""
    assert convert("钟汉良出席联盟会议", "hant-tw", protected=["钟汉良"]) == "钟汉良出席聯盟會議"
    assert convert("香港科技園公司加入聯盟", "hans", protected=["香港科技園公司"]) == "香港科技園公司加入联盟"
    assert convert("钟汉良出席联盟会议", "hant-tw") == "鍾漢良出席聯盟會議"


def test_overlapping_protected_terms_longest_first():
    """A protected term inside a longer one keeps the longer one intact."""
    out = convert("中兴通讯股份有限公司和中兴", "hant-tw", protected=["中兴", "中兴通讯股份有限公司"])
    assert out == "中兴通讯股份有限公司和中兴"


def test_corrections_can_be_replaced_or_extended():
    """corrections=None uses the defaults; a mapping replaces them; {} turns them off."""
    assert convert("发布", "hant-tw", corrections={}) == "發佈"
    assert convert("发布", "hant-tw", corrections={"發佈": "發布"}) == "發布"
    assert convert("软件", "hant-tw", corrections={**DEFAULT_CORRECTIONS, "軟件": "軟體"}) == "軟體"


def test_apply_corrections_longest_match_wins():
    """A longer key is an exception to a shorter one; replacements are not re-scanned."""
    table = {"ab": "X", "abc": "abc", "X": "Y"}
    assert apply_corrections("ab abc abd", table) == "X abc Xd"


def test_converter_object_and_unknown_target():
    """Converter fixes target and options; an unknown target is a programming error (ValueError)."""
    conv = Converter("hant-tw", protected=["王志良"])
    assert conv("王志良主持会议") == "王志良主持會議"
    with pytest.raises(ValueError):
        convert("联盟", "zh-TW")
    with pytest.raises(ValueError):
        Converter("s2twp")


def test_empty_text():
    """Empty text converts to empty text."""
    assert convert("", "hant-tw") == ""
