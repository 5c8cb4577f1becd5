"""What an action is called in the Edit menu, the status bar and the history: its stored English
source (the msgid) and parameters, translated when shown, in whatever language is current then.

Change logs written earlier stay readable in every language:

* a label whose English was reworded since keeps its old text in the log: ``RENAMED`` maps it to
  today's source, which the catalogs translate;
* parameters that were messages themselves (a field's label, "member unit {name}") used to be
  stored as text in the language of the moment; they are recognised (in English, Simplified or
  Traditional) and translated again.
"""

from __future__ import annotations

import re
from typing import Any

from core.i18n import Msg, known_source

# the English of an action's name as an older version stored it -> today's source
RENAMED: dict[str, str] = {
    "Empty the trash ({count} items)": "Empty deleted items ({count})",
}
_COUNT_ITEMS = "{count} items"


def action_name(label: str, params: dict[str, Any]) -> Msg:
    """The action's name as a message, translated each time it is shown."""
    return Msg(RENAMED.get(label, label), **{key: _param(key, value) for key, value in params.items()})


def _param(key: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if key == "field":  # "Revert {field} of {name}": a field's label, once stored as shown
        source = known_source(value)
        return Msg(source) if source is not None else value
    if key == "record":  # "Delete {record}": "member unit 某某" or "3 items", once stored as shown
        return _record(value) or value
    return value


def _record(text: str) -> Msg | None:
    for source, pattern in _record_patterns():
        match = pattern.fullmatch(text)
        if match:
            return Msg(source, **match.groupdict())
    return None


def _record_patterns() -> list[tuple[str, re.Pattern[str]]]:
    from core.i18n import translations_of
    from core.storage import registry  # the record kinds' declarations: not needed before the first paint

    patterns = []
    for source in [kind.label for kind in registry.kinds() if kind.label] + [_COUNT_ITEMS]:
        for text in {source, *translations_of(source)}:
            parts = re.split(r"\{(name|count)\}", text)
            if len(parts) != 3:
                continue
            group = r"(?P<name>.+)" if parts[1] == "name" else r"(?P<count>\d+)"
            patterns.append((source, re.compile(re.escape(parts[0]) + group + re.escape(parts[2]), re.S)))
    return patterns
