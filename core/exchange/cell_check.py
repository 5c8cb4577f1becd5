"""One cell of an import checked on its own, as the clerk corrects it in the preview.

The words are the full check's (:func:`member_import.plan_import`): the same
validation of the editors, the same "{field}: {problem}" message; committees are looked up
among the database's professional committees, as the full check does. What one cell cannot
tell on its own (two rows of one unit that disagree, a unit already registered) is left to
the full check, which runs again after a correction.
"""

from __future__ import annotations

from functools import lru_cache

from core.exchange.cells import mobile_number
from core.exchange.columns import CONTACT_FIELDS
from core.exchange.grouping import to_code, translated_codes
from core.exchange.member_import import _CHOICE_FIELDS, CONTACT_KEYS, _cell, _reason, unknown_committees
from core.i18n import Msg
from core.members.committees import committee_ids_from_names
from core.members.contacts import validate_contact
from core.members.units import validate_unit
from core.storage.database import Database
from core.validation import ValidationError

_PLACEHOLDER_NAME = "—"  # the other required field, filled so that only the cell is judged


@lru_cache(maxsize=1)
def _translated() -> dict[str, dict[str, str]]:
    return translated_codes()


def check_cell(field: str | None, text: str, db: Database | None = None) -> Msg | None:
    """Why ``text`` cannot be imported as ``field`` ("Mobile: is not a mobile number…"), or None
    when it can (an empty cell, or a column not imported, is never wrong here). Committees need
    ``db``, whose committees they must name (without it they are left to the full check)."""
    if not field or not text.strip():
        return None
    if field == "committees":
        if db is None:
            return None
        with db.lock:
            _ids, unknown = committee_ids_from_names(db, text)
        return unknown_committees(unknown)
    value = _cell(field, text)
    if field in _CHOICE_FIELDS:
        value = to_code(field.removeprefix("contact_"), value, _translated())
    if field in CONTACT_FIELDS:
        key = CONTACT_KEYS[field]
        if key == "office_phone" and mobile_number(value) is not None:
            return None  # a mobile in the phone column goes to the mobile field
        data = {"name": _PLACEHOLDER_NAME, "unit_id": 0, key: value}
        check, wanted = validate_contact, key
    else:
        data = {"name": _PLACEHOLDER_NAME, field: value}
        check, wanted = validate_unit, field
    try:
        check(data)
    except ValidationError as exc:
        for e in exc.errors:
            if e.field == wanted:
                return _reason(field, e.message)
    return None
