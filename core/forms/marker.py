"""How a form names itself, so that a return is recognised.

A fillable form carries a hidden, read-only text field ``alliance_form`` whose value is
JSON: the program, the form's kind and version, its script and its choice lists (the
committees offered in that call, so tick boxes are read back by the list the recipient
saw). The document information repeats kind and version (``/AllianceForm``,
``/AllianceFormVersion``) and every PDF of a form says so in its keywords. Readers keep
form fields and the information dictionary when they save a filled form.
"""

from __future__ import annotations

import json

from core.forms.spec import FormSpec

MARKER_FIELD = "alliance_form"
APP = "alliance-secretariat"


def marker_value(spec: FormSpec, script: str) -> str:
    return json.dumps({"app": APP, "form": spec.kind, "version": spec.version, "script": script,
                       "choices": spec.choice_lists, "id_number": spec.has("id_number")},
                      ensure_ascii=False, separators=(",", ":"))


def marker_keywords(spec: FormSpec) -> str:
    return f"{APP} form={spec.kind} version={spec.version}"


def parse_marker(text: object) -> dict | None:
    """The marker's content, or None when ``text`` is not one of ours."""
    if not isinstance(text, str):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("app") != APP or not isinstance(data.get("form"), str):
        return None
    if not isinstance(data.get("version"), int) or not isinstance(data.get("choices", {}), dict):
        return None
    return data


def parse_keywords(text: object) -> tuple[str, int] | None:
    """(kind, version) from the keywords of one of our PDFs (a flattened or printed copy keeps them)."""
    if not isinstance(text, str) or APP not in text:
        return None
    parts = dict(p.split("=", 1) for p in text.split() if "=" in p)
    try:
        return parts["form"], int(parts["version"])
    except (KeyError, ValueError):
        return None
