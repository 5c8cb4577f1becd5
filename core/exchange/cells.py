"""Cell-level rules shared by imports, exports and the command line's CSV output."""

from __future__ import annotations

import re
import unicodedata

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MOBILE = re.compile(r"1[3-9]\d{9}")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def neutralise(text: str) -> str:
    """``=cmd|' /C calc'!A0`` -> ``'=cmd|' /C calc'!A0``: a spreadsheet shows it as text, never runs it
    (the apostrophe OWASP recommends against CSV injection)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def unquote(text: str) -> str:
    """Undo :func:`neutralise` on import: ``'=x`` -> ``=x``."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r" else text


def mobile_number(text: str) -> str | None:
    """The 11 digits of a mainland mobile number (1[3-9]xxxxxxxxx, spaces, dashes and +86 allowed),
    else None: such a number is personal data wherever it was typed."""
    digits = re.sub(r"[\s\-－()（）]", "", text.strip())
    for prefix in ("+86", "0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11:
            digits = digits[len(prefix):]
    return digits if _MOBILE.fullmatch(digits) else None


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def join_lines(text: str) -> str:
    """A cell's line breaks for a one-line field: Chinese joins without a space
    (重庆两江新区测试 / 数据有限公司 -> 重庆两江新区测试数据有限公司), other words keep one."""
    if "\n" not in text and "\r" not in text:
        return text
    parts = [p.strip() for p in _LINE_BREAK.split(text)]
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (_wide(out[-1]) and _wide(part[0])):
            out += " "
        out += part
    return out
