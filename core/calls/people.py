"""Personal data of nominees: the resident ID number (居民身份证号) checked as forms.md says,
and how ID numbers and mobiles appear in lists (masked)."""

from __future__ import annotations

import datetime as dt

from core.i18n import Msg
from core.members.contacts import mask_mobile
from core.validation import FieldProblem

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of an 18-character resident ID number."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def check_id_number(value: str) -> str:
    """18 characters: 17 digits and a check digit or X; the birth date inside must be real."""
    text = value.strip().upper().replace(" ", "")
    if len(text) != 18 or not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise FieldProblem(Msg("must have 18 characters: 17 digits and a check digit or X"))
    try:
        dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise FieldProblem(Msg("holds no real birth date ({date})", date=text[6:14])) from None
    expected = id_check_char(text[:17])
    if text[17] != expected:
        raise FieldProblem(Msg("check digit is wrong: the last character should be {expected}", expected=expected))
    return text


def birth_date(id_number: str) -> str:
    return f"{id_number[6:10]}-{id_number[10:12]}-{id_number[12:14]}"


def mask_id_number(value: str) -> str:
    """110101********123X: the region and the last four only."""
    if len(value) == 18:
        return f"{value[:6]}********{value[-4:]}"
    return "*" * len(value)


__all__ = ["check_id_number", "mask_id_number", "mask_mobile", "birth_date", "id_check_char"]
