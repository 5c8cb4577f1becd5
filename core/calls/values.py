"""Small value rules shared by the calls' services (calls, nominations, the expert pool)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from core.i18n import Msg
from core.validation import FieldProblem


def today() -> str:
    return dt.date.today().isoformat()


def choice(vocabulary, value: Any) -> str:  # type: ignore[no-untyped-def]
    """The code of ``value`` in ``vocabulary`` (a code, or a label in any language)."""
    code = value if value in vocabulary else vocabulary.parse(str(value or ""))
    if code is None:
        raise FieldProblem(Msg("{value} is not one of the choices", value=str(value)))
    return code


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == ()


def split_list(value: Any) -> list[str]:
    """A list typed in one cell (、，,;； or new lines between items) or given as a list."""
    if blank(value):
        return []
    if isinstance(value, (list, tuple, set)):
        items = [str(v) for v in value]
    else:
        items = re.split(r"[、，,;；\n/]+", str(value))
    return [i.strip() for i in items if i and i.strip()]
