"""Checks of the values clerks type, as forms.md describes them.

Each ``check_*`` function takes what was typed and returns the normalised value
to store, or raises :class:`FieldProblem` whose message names the rule. Callers
turn problems into :class:`FieldError` (field + message) so that a dialog can show
each message next to its field and keep everything that was typed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import Msg, N_

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # no I, O, S, V, Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 20000


REQUIRED = N_("is required")


class FieldProblem(ValueError):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.source)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    field: str
    label: str  # English source of the field's label, translated when shown
    message: Msg

    def text(self) -> str:
        return str(Msg("{field}: {problem}", field=Msg(self.label), problem=self.message))


class ValidationError(UserError):
    """Several fields are wrong; ``errors`` lists each with its message."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(Msg("Please correct: {problems}", problems=_JoinedErrors(errors)))
        self.errors = errors

    def by_field(self) -> dict[str, FieldError]:
        return {e.field: e for e in self.errors}


class _JoinedErrors:
    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors

    def __str__(self) -> str:
        return "; ".join(e.text() for e in self.errors)


def clean_text(value: object, limit: int = MAX_NAME_LENGTH, multiline: bool = False) -> str:
    """Trim, unify line ends, refuse control characters and over-long text."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " " if not multiline else "\u3000")
    if not multiline:
        text = " ".join(text.split())
    else:
        text = text.strip()
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text):
        raise FieldProblem(Msg("contains control characters that cannot be stored"))
    if len(text) > limit:
        raise FieldProblem(Msg("is too long ({length} characters; at most {limit})", length=len(text), limit=limit))
    return text


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17.upper(), USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(value: str) -> str:
    """统一社会信用代码 (GB 32100-2015): 18 characters with a check character."""
    code = value.strip().upper().replace(" ", "")
    if len(code) != 18:
        raise FieldProblem(Msg("must have 18 characters (has {length})", length=len(code)))
    bad = [c for c in code if c not in USCC_ALPHABET]
    if bad:
        raise FieldProblem(Msg("may only hold digits and the letters A–Y without I, O, S, V, Z (found {chars})",
                               chars="".join(dict.fromkeys(bad))))
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise FieldProblem(Msg("check character is wrong: the last character should be {expected}",
                               expected=expected))
    return code


def check_mobile(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value.strip())
    if digits.startswith("+86"):
        digits = digits[3:]
    if not re.fullmatch(r"1\d{10}", digits):
        raise FieldProblem(Msg("must be 11 digits starting with 1, e.g. 13812345678"))
    return digits


def check_phone(value: str) -> str:
    """Landline with area code and optional extension: 010-12345678, 0571-8765432 转 123."""
    text = value.strip().replace("－", "-").replace("—", "-").replace(" ", "")
    text = re.sub(r"(转|轉|ext\.?|x)", "-", text, flags=re.IGNORECASE)
    m = re.fullmatch(r"\(?(0\d{2,3})\)?-?(\d{7,8})(?:-(\d{1,6}))?", text)
    if m:
        area, number, ext = m.groups()
        return f"{area}-{number}" + (f"-{ext}" if ext else "")
    if re.fullmatch(r"(400|800)-?\d{3}-?\d{4}", text):
        return text
    try:
        return check_mobile(value)
    except FieldProblem:
        raise FieldProblem(Msg("must be a landline with area code (010-12345678, extension after a dash) "
                               "or a mobile number")) from None


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def check_email(value: str) -> str:
    text = value.strip()
    if not EMAIL_RE.fullmatch(text) or ".." in text:
        raise FieldProblem(Msg("is not an e-mail address, e.g. name@example.com"))
    return text


def check_postcode(value: str) -> str:
    text = value.strip()
    if not re.fullmatch(r"\d{6}", text):
        raise FieldProblem(Msg("must be 6 digits"))
    return text


_DATE_PATTERNS = [
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
]


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # written out: strftime's names follow the system's locale
_MONTHS = {**{name: n for n, name in enumerate(_MONTH_NAMES, 1)},
           **{name[:3]: n for n, name in enumerate(_MONTH_NAMES, 1)}, "sept": 9}
_ENGLISH_DATES = [  # as the English UI writes a date (Nov 6, 2013), and the day-first British way
    re.compile(r"(?P<month>[a-z]+)\.? (?P<day>\d{1,2}),? (?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2}) (?P<month>[a-z]+)\.?,? (?P<year>\d{4})", re.I),
]


def _english_date(text: str) -> tuple[int, int, int] | None:
    for pattern in _ENGLISH_DATES:
        m = pattern.fullmatch(text)
        if m and m["month"].lower() in _MONTHS:
            return int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])
    return None


def parse_date(value: object) -> str:
    """2013-11-06, 2013/11/6, 2013.11.6, 2013年11月6日, Nov 6, 2013 (as the editors show dates in
    each language), or a date object -> '2013-11-06'."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?", text):
        text = text[:10]
    text = re.sub(r"\s+", " ", text)
    for pattern in _DATE_PATTERNS:
        m = pattern.fullmatch(text.replace(" ", "")) if "年" in text else pattern.fullmatch(text)
        english = None if m else _english_date(text)
        if m or english:
            year, month, day = english or (int(g) for g in m.groups())  # type: ignore[union-attr]
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                raise FieldProblem(Msg("{text} is not a real date", text=text)) from None
    raise FieldProblem(Msg("is not a date; write it as 2013-11-06, 2013/11/6 or 2013年11月6日"))


def check_website(value: str) -> str:
    text = value.strip()
    if " " in text or "." not in text:
        raise FieldProblem(Msg("is not a web address, e.g. www.example.com"))
    return text


class Collector:
    """Gathers field errors while values are cleaned, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def run(self, field: str, label: str, check, value):  # type: ignore[no-untyped-def]
        try:
            return check(value)
        except FieldProblem as problem:
            self.errors.append(FieldError(field, label, problem.message))
            return None

    def text(self, field: str, label: str, value: object, limit: int = MAX_NAME_LENGTH, required: bool = False,
             multiline: bool = False) -> str:
        """Cleaned text of a field ('' when wrong, with the problem recorded); empty + required is a problem."""
        cleaned = self.run(field, label, lambda v: clean_text(v, limit, multiline), "" if value is None else value)
        if required and not cleaned and not any(e.field == field for e in self.errors):
            self.add(field, label, Msg(REQUIRED))
        return cleaned or ""

    def add(self, field: str, label: str, message: Msg) -> None:
        self.errors.append(FieldError(field, label, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

