"""Checking and normalising the values of a returned form, field by field (forms.md).

:func:`check_values` takes what was typed (field id -> value; tick boxes as lists or
flat cells, see :func:`from_flat`) and returns the normalised values and every problem
as :class:`core.validation.FieldError` (field id, label, message in the user's
language). Nothing typed is lost: a wrong value is left out of ``values`` but kept in
the raw values the caller holds. Dates typed any common way become ISO dates; 出生年月
becomes ``YYYY-MM``; the ID number's check digit and birth date are checked, and the
birth date against 出生年月; the credit code's check character; a value that plainly
belongs in another field (an e-mail address under 手机, a mobile number as a name) is
named as such.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from core.forms.spec import CHOICE, DATE, INTEGER, MONTH, MULTI, MULTILINE, TABLE, YEAR, FieldSpec, FormSpec
from core.i18n import Msg, N_
from core.validation import (EMAIL_RE, REQUIRED, FieldError, FieldProblem, check_credit_code, check_email,
                             check_mobile, check_phone, check_postcode, check_website, clean_text, parse_date)

ID_WEIGHTS = tuple(2 ** (17 - i) % 11 for i in range(17))
TICKED = {"/yes", "yes", "y", "true", "1", "on", "x", "✓", "√", "✔", "是", "☑", "■", "v"}


def id_check_digit(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return "10X98765432"[total % 11]


def check_id_number(value: str) -> str:
    """居民身份证号: 18 characters, the last a check digit or X (ISO 7064 MOD 11-2), a real birth date."""
    code = re.sub(r"\s", "", str(value)).upper()
    if len(code) != 18:
        raise FieldProblem(Msg("must have 18 characters (has {length})", length=len(code)))
    if not re.fullmatch(r"\d{17}[\dX]", code):
        raise FieldProblem(Msg("must be 17 digits followed by a digit or X"))
    try:
        born = dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        raise FieldProblem(Msg("the birth date inside ({date}) is not a real date", date=code[6:14])) from None
    if born.year < 1900 or born > dt.date.today():
        raise FieldProblem(Msg("the birth date inside ({date}) is not possible", date=born.isoformat()))
    expected = id_check_digit(code[:17])
    if code[17] != expected:
        raise FieldProblem(Msg("check digit is wrong: the last character should be {expected}", expected=expected))
    return code


_MONTH_PATTERNS = [re.compile(p) for p in (r"(\d{4})-(\d{1,2})", r"(\d{4})/(\d{1,2})", r"(\d{4})\.(\d{1,2})",
                                           r"(\d{4})年(\d{1,2})月?", r"(\d{4})(\d{2})")]


def parse_month(value: object) -> str:
    """出生年月 and other months: 1975-03, 1975/3, 1975.3, 1975年3月, 197503 (or a whole date) -> '1975-03'."""
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    text = str(value).strip().replace(" ", "")
    for pattern in _MONTH_PATTERNS:
        m = pattern.fullmatch(text)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            if not 1 <= month <= 12 or not 1900 <= year <= 2100:
                raise FieldProblem(Msg("{text} is not a real month", text=text))
            return f"{year:04d}-{month:02d}"
    try:
        return parse_date(text)[:7]
    except FieldProblem:
        raise FieldProblem(Msg("is not a month; write it as 1975-03, 1975/3 or 1975年3月")) from None


def parse_year(value: object) -> str:
    text = str(value).strip().rstrip("年")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= 2100:
        raise FieldProblem(Msg("is not a year, e.g. 2013"))
    return text


def parse_integer(value: object) -> int:
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().replace(",", "").replace("，", "").rstrip("人名")
    if not text.isdigit():
        raise FieldProblem(Msg("must be a whole number, e.g. 120"))
    return int(text)


CHECKS = {"mobile": check_mobile, "phone": check_phone, "email": check_email, "postcode": check_postcode,
          "credit_code": check_credit_code, "id_number": check_id_number, "website": check_website}
# What a misplaced value looks like, tried in this order.
_LOOKS = (("email", N_("an e-mail address")), ("id_number", N_("an ID number")),
          ("credit_code", N_("a unified social credit code")), ("mobile", N_("a mobile number")))


def looks_like(text: str) -> tuple[str, str] | None:
    """(check, English description) of a value that fits one of the distinctive kinds."""
    compact = re.sub(r"[\s-]", "", text)
    for check, description in _LOOKS:
        if check == "email" and not EMAIL_RE.fullmatch(text.strip()):
            continue
        if check == "mobile" and not re.fullmatch(r"(\+86)?1\d{10}", compact):
            continue
        try:
            CHECKS[check](text)
        except FieldProblem:
            continue
        return check, description
    return None


def _misplaced(f: FieldSpec, text: str) -> Msg | None:
    found = looks_like(text)
    if found is None or found[0] == f.check or (f.check == "phone" and found[0] == "mobile"):
        return None
    return Msg("holds {what}: was it typed in the wrong field?", what=Msg(found[1]))


def _ticked(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in TICKED


def _option(f: FieldSpec, value: object) -> str:
    """One option of a choice: as written, by index state (/c2), or typed in the other script."""
    text = str(value).strip()
    m = re.fullmatch(r"/?c(\d+)", text)
    if m and 1 <= int(m.group(1)) <= len(f.options):
        return f.options[int(m.group(1)) - 1]
    if text in f.options:
        return text
    from core.documents.script import convert

    simplified = convert(text, "hans")
    for option in f.options:
        if simplified == option or (len(simplified) > len(option) and simplified.startswith(option)):
            return option
    raise FieldProblem(Msg("must be one of: {options}", options="、".join(f.options)))


def from_flat(spec: FormSpec, flat: Mapping[str, object]) -> dict[str, object]:
    """Values keyed by flat ids (PDF field names, .xlsx hidden ids: ``expertise__3`` = tick box 3,
    ``standards_work__2__code`` = table row 2) -> values keyed by field id (lists, row dicts)."""
    raw: dict[str, object] = {}
    for flat_id, f, detail in spec.flat_ids():
        if flat_id not in flat:
            continue
        value = flat[flat_id]
        if f.type == MULTI:
            chosen = raw.setdefault(f.id, [])
            if _ticked(value):
                chosen.append(f.options[detail - 1])
        elif f.type == TABLE:
            r, column = detail
            rows = raw.setdefault(f.id, [{} for _ in range(f.rows)])
            rows[r - 1][column.id] = value
        else:
            raw[f.id] = value
    return raw


def _empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip() or value.strip() == "/Off"
    if isinstance(value, (list, tuple)):
        return all(_empty(v) for v in value) if not all(isinstance(v, Mapping) for v in value) else not any(
            not _empty(x) for v in value for x in v.values())
    if isinstance(value, Mapping):
        return not any(not _empty(v) for v in value.values())
    return False


def _check_one(f: FieldSpec, value: object, field_id: str, problems: list[FieldError]):
    def fail(message: Msg) -> None:
        problems.append(FieldError(field_id, f.label, message))

    try:
        if f.type == DATE:
            return parse_date(value)
        if f.type == MONTH:
            return parse_month(value)
        if f.type == YEAR:
            return parse_year(value)
        if f.type == INTEGER:
            return parse_integer(value)
        if f.type == CHOICE:
            return _option(f, value)
        if f.check == "id_number" and isinstance(value, (int, float)) and not isinstance(value, bool):
            raise FieldProblem(Msg("was stored by Excel as a number, which loses the last digits of an ID "
                                   "number: format the column as text and type it again"))
        if f.type == MULTI:
            items = value if isinstance(value, (list, tuple, set)) else re.split(r"[、,，;；/\s]+", str(value))
            return [_option(f, v) for v in items if str(v).strip()]
        text = clean_text(value, max(f.limit, 2000) if f.type == MULTILINE else f.limit, f.type == MULTILINE)
        if f.check:
            try:
                return CHECKS[f.check](text)
            except FieldProblem as problem:
                hint = _misplaced(f, text)
                fail(Msg("{problem} ({hint})", problem=problem.message, hint=hint) if hint else problem.message)
                return None
        if f.type != MULTILINE and f.id not in ("address",):
            hint = _misplaced(f, text)
            if hint:
                fail(hint)
                return None
        return text
    except FieldProblem as problem:
        fail(problem.message)
        return None


def check_values(spec: FormSpec, raw: Mapping[str, object]) -> tuple[dict[str, object], list[FieldError]]:
    """Normalised values and problems of ``raw`` (field id -> typed value) for the form ``spec``."""
    values: dict[str, object] = {}
    problems: list[FieldError] = []
    for f in spec.fields:
        value = raw.get(f.id)
        if _empty(value):
            if f.required and f.fillable:
                problems.append(FieldError(f.id, f.label, Msg(REQUIRED)))
            continue
        if f.type == TABLE:
            rows = []
            for r, row in enumerate(value if isinstance(value, (list, tuple)) else [], 1):
                if not isinstance(row, Mapping) or _empty(row):
                    continue
                clean = {}
                for column in f.columns:
                    cell = row.get(column.id)
                    if _empty(cell):
                        continue
                    checked = _check_one(column, cell, f"{f.id}__{r}__{column.id}", problems)
                    if checked is not None:
                        clean[column.id] = checked
                if clean:
                    rows.append(clean)
            if rows:
                values[f.id] = rows
            continue
        checked = _check_one(f, value, f.id, problems)
        if checked is not None and checked != [] and checked != "":
            values[f.id] = checked
        elif checked is None and f.type == MULTI:
            pass
    _cross_checks(spec, values, problems)
    return values, problems


def _cross_checks(spec: FormSpec, values: dict, problems: list[FieldError]) -> None:
    """The ID number's birth date against 出生年月."""
    code, birth = values.get("id_number"), values.get("birth")
    if code and birth:
        inside = f"{code[6:10]}-{code[10:12]}"
        if not str(birth).startswith(inside):
            f = spec.field("id_number")
            problems.append(FieldError("id_number", f.label, Msg(
                "the birth date inside ({inside}) does not match the date of birth {birth}", inside=inside,
                birth=birth)))
