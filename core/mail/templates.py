"""Subject and body templates with fields, in Simplified or Traditional characters.

A field is written ``{单位名称}``, ``{單位名稱}`` or ``{unit}``. The template's own words are
converted to the chosen script (core/documents/script.py, the alliance's protected terms
and corrections); the values of name fields (unit, contact, sender) are put in as they
are stored, never converted. A field the message cannot fill, or an unknown field, is
refused before anything is written or queued.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import Msg, N_


@dataclass(frozen=True)
class Field:
    key: str
    hans: str
    hant: str
    label: str  # N_ text shown in the compose dialog
    is_name: bool = False  # a name: never converted


FIELDS = (
    Field("unit", "单位名称", "單位名稱", N_("Unit name"), True),
    Field("contact", "联系人", "聯絡人", N_("Contact"), True),
    Field("title", "标题", "標題", N_("Title")),
    Field("doc_number", "文号", "文號", N_("Document number")),
    Field("date", "日期", "日期", N_("Date")),
    Field("deadline", "截止日期", "截止日期", N_("Deadline")),
    Field("meeting_time", "会议时间", "會議時間", N_("Meeting time")),
    Field("place", "地点", "地點", N_("Place")),
    Field("sender", "发件人", "寄件人", N_("Sender"), True),
    Field("alliance", "联盟名称", "聯盟名稱", N_("Alliance")),
)
_BY_NAME: dict[str, Field] = {}
for _f in FIELDS:
    for _n in (_f.key, _f.hans, _f.hant):
        _BY_NAME[_n] = _f
_BY_NAME["聯繫人"] = _BY_NAME["联系人"]  # what OpenCC makes of 联系人 in Hong Kong usage
_PLACEHOLDER = re.compile(r"\{([^{}\r\n]{1,20})\}")

DEFAULT_SUBJECT = "{标题}"
DEFAULT_BODY = ("{单位名称}：\n\n{联系人}，您好！\n\n现将《{标题}》发送给贵单位，请查收附件。\n\n"
                "{发件人}\n{日期}")


class TemplateError(UserError):
    pass


def fields_in(template: str) -> list[str]:
    return _PLACEHOLDER.findall(template or "")


def check(templates: Iterable[str], available: Iterable[str]) -> None:
    """Refuse unknown fields and fields this kind of message has no value for."""
    have = set(available)
    unknown, missing = [], []
    for template in templates:
        for name in fields_in(template):
            field = _BY_NAME.get(name)
            if field is None:
                unknown.append("{" + name + "}")
            elif field.key not in have:
                missing.append("{" + name + "}")
    if unknown:
        raise TemplateError(Msg("Unknown fields in the template: {fields}. Known fields: {known}.",
                                fields="、".join(dict.fromkeys(unknown)),
                                known="、".join("{" + f.hans + "}" for f in FIELDS)))
    if missing:
        raise TemplateError(Msg("This message has no value for {fields}: give it or take it out of the template.",
                                fields="、".join(dict.fromkeys(missing))))


class Renderer:
    """Fills templates in one script; ``convert`` is a core.documents.script.Converter (or None
    for Simplified as typed)."""

    def __init__(self, script: str = "hans", protected: Iterable[str] = (),
                 corrections: Mapping[str, str] | None = None) -> None:
        self.script = script
        self._converter = None
        if script != "hans":
            from core.documents.script import Converter

            self._converter = Converter(script, protected, corrections)
        self._cache: dict[str, str] = {}

    def text(self, value: str) -> str:
        """Ordinary text (the template's words, a title) in the chosen script."""
        if self._converter is None or not value:
            return value
        if value not in self._cache:
            self._cache[value] = self._converter(value)
        return self._cache[value]

    def fill(self, template: str, values: Mapping[str, str]) -> str:
        """Convert the template's words (fields held apart), then put the values in: names as they
        are, other values converted."""
        parts = _PLACEHOLDER.split(template or "")
        out = []
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(self.text(part))
                continue
            field = _BY_NAME.get(part)
            if field is None or field.key not in values:
                out.append("{" + part + "}")  # check() refused these before
                continue
            value = values[field.key] or ""
            out.append(value if field.is_name else self.text(value))
        return "".join(out)
