"""Validation of the values clerks type, as forms.md describes it."""

from __future__ import annotations

import pytest

from core import i18n
from core.validation import (
    FieldProblem, check_credit_code, check_email, check_mobile, check_phone, check_postcode, parse_date,
    uscc_check_char,
)


def test_known_real_credit_code_passes():
    """A published 统一社会信用代码 with its check character is accepted and upper-cased."""
    assert check_credit_code("91350100m000100y43") == "91350100M000100Y43"


def test_credit_code_with_wrong_check_character_names_the_expected_one():
    """A wrong last character is refused and the message says which character is right."""
    with pytest.raises(FieldProblem) as info:
        check_credit_code("91350100M000100Y44")
    i18n.set_language("en")
    assert "Y43"[-1] in str(info.value.message)
    assert "check character" in str(info.value.message)


@pytest.mark.parametrize("code", ["9135010", "91350100M000100Y4O", "91350100I000100Y43", ""])
def test_credit_code_wrong_length_or_letters(code):
    """Wrong length, or the letters I, O, S, V, Z, are refused."""
    with pytest.raises(FieldProblem):
        check_credit_code(code)


def test_check_character_can_be_a_digit_zero():
    """When 31 - sum mod 31 is 31, the check character is 0."""
    for body in ("91110000100000000", "12100000400010398", "5111000050000000X"[:17]):
        code = body + uscc_check_char(body)
        assert check_credit_code(code) == code


@pytest.mark.parametrize("typed,stored", [("13812345678", "13812345678"), ("138 1234 5678", "13812345678"),
                                          ("+86 138-1234-5678", "13812345678")])
def test_mobile_accepted_forms(typed, stored):
    """Mobiles typed with spaces, dashes or +86 are stored as 11 digits."""
    assert check_mobile(typed) == stored


@pytest.mark.parametrize("typed", ["1381234567", "23812345678", "138123456789", "abc"])
def test_mobile_refused(typed):
    """A mobile that is not 11 digits starting with 1 is refused."""
    with pytest.raises(FieldProblem):
        check_mobile(typed)


@pytest.mark.parametrize("typed,stored", [("010-12345678", "010-12345678"), ("0571-8765432", "0571-8765432"),
                                          ("0571-8765432转123", "0571-8765432-123"),
                                          ("(025)83792345", "025-83792345"), ("0510-8123456x88", "0510-8123456-88")])
def test_landlines_with_area_code_and_extension(typed, stored):
    """Landlines need an area code; extensions after 转, x or a dash are kept."""
    assert check_phone(typed) == stored


def test_landline_without_area_code_refused():
    """A local number without area code is refused."""
    with pytest.raises(FieldProblem):
        check_phone("12345678")


@pytest.mark.parametrize("typed", ["2013-11-06", "2013/11/6", "2013.11.6", "2013年11月6日", "20131106",
                                   "Nov 6, 2013", "November 6, 2013", "6 Nov 2013", "2013 年 11 月 6 日"])
def test_dates_in_every_usual_form_are_stored_as_iso(typed):
    """Dates typed the usual Chinese ways, or as the English UI shows them, are stored as 2013-11-06."""
    assert parse_date(typed) == "2013-11-06"


@pytest.mark.parametrize("typed", ["2013-02-30", "2013年13月1日", "next week", "Feb 30, 2013", "Nov 6"])
def test_impossible_dates_refused(typed):
    """A date that does not exist, or is not a date, is refused."""
    with pytest.raises(FieldProblem):
        parse_date(typed)


def test_email_and_postcode():
    """E-mail addresses need a real shape; postcodes are 6 digits."""
    assert check_email(" li@zhcity.cn ") == "li@zhcity.cn"
    assert check_postcode("100081") == "100081"
    for bad in ("li@", "li@zhcity", "li zhcity.cn", "a..b@x.cn"):
        with pytest.raises(FieldProblem):
            check_email(bad)
    with pytest.raises(FieldProblem):
        check_postcode("10008")
