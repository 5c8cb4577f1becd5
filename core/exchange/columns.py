"""Which column of an imported sheet holds which field.

Headers are recognised in Simplified and Traditional Chinese (folded with
:func:`core.text.search.fold`) and in English, ignoring spaces, full-width forms,
required-field stars, trailing colons and remarks in brackets (``手机（必填）``).
An exact header name wins; otherwise a header that *ends* with a known name is
taken (``联系人手机`` -> mobile), unless it names someone else (``法定代表人职务``,
``推荐单位名称``). The first alias of each field is the header the exporter writes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from core.errors import UserError
from core.i18n import Msg, N_, tr
from core.members.units import UNIT_LABELS
from core.text.search import fold

UNIT_FIELDS = ("name", "short_name", "credit_code", "unit_type", "level", "province", "city", "address",
               "postcode", "website", "join_date", "member_no", "status", "notes", "committees")
CONTACT_FIELDS = ("contact_name", "contact_gender", "contact_position", "contact_title", "contact_mobile",
                  "contact_office_phone", "contact_email")
FIELDS = UNIT_FIELDS + CONTACT_FIELDS

FIELD_LABELS = {
    **{f: UNIT_LABELS["committee_ids" if f == "committees" else f] for f in UNIT_FIELDS},
    "contact_name": N_("Contact name"),
    "contact_gender": N_("Contact gender"),
    "contact_position": N_("Contact's position"),
    "contact_title": N_("Contact professional title"),
    "contact_mobile": N_("Contact mobile"),
    "contact_office_phone": N_("Contact office phone"),
    "contact_email": N_("Contact e-mail"),
}
NOT_IMPORTED = N_("(not imported)")

# First name of each field = the header the exporter writes.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("单位名称", "成员单位", "会员单位名称", "成员单位名称", "名称", "单位", "工作单位", "所在单位",
             "企业名称", "公司名称", "机构名称", "unit name", "name", "unit", "member unit", "company",
             "organization", "organisation"),
    "short_name": ("单位简称", "简称", "short name", "abbreviation"),
    "credit_code": ("统一社会信用代码", "信用代码", "社会信用代码", "统一信用代码", "unified social credit code",
                    "credit code", "uscc"),
    "unit_type": ("单位性质", "单位类型", "企业性质", "机构类型", "性质", "unit type", "type"),
    "level": ("会员类别", "会员级别", "会员等级", "级别", "申请会员类别", "会员类型", "membership level", "level",
              "member level"),
    "province": ("省份", "省", "所在省份", "地区", "所在地区", "地区（省份）", "region", "province"),
    "city": ("城市", "市", "所在城市", "地市", "city"),
    "address": ("单位地址", "地址", "通讯地址", "通信地址", "联系地址", "address"),
    "postcode": ("邮政编码", "邮编", "postcode", "postal code", "zip code", "zip"),
    "website": ("单位网址", "网址", "网站", "单位网站", "主页", "website", "web site", "url", "homepage"),
    "join_date": ("入会时间", "入会日期", "加入时间", "入盟时间", "join date", "date joined", "joined"),
    "member_no": ("会员编号", "会员号", "会员证号", "会员证编号", "member number", "member no", "membership number"),
    "status": ("状态", "会员状态", "status"),
    "notes": ("备注", "notes", "note", "remarks", "remark"),
    "committees": ("专业委员会", "所属专委会", "拟参加专业委员会", "专委会", "所属专业委员会", "参加专业委员会",
                   "professional committees", "committees", "committee"),
    "contact_name": ("联系人", "联系人姓名", "姓名", "联络人", "联络人姓名", "contact name", "contact",
                     "contact person"),
    "contact_gender": ("性别", "gender", "sex"),
    "contact_position": ("职务", "行政职务", "position", "post"),
    "contact_title": ("职称", "技术职称", "professional title", "title"),
    "contact_mobile": ("手机", "手机号", "手机号码", "移动电话", "行动电话", "手提电话", "mobile", "mobile phone",
                       "mobile number", "cell phone", "cellphone"),
    "contact_office_phone": ("办公电话", "电话", "固定电话", "联系电话", "联络电话", "办公室电话", "office phone",
                             "phone", "telephone", "tel"),
    "contact_email": ("电子邮箱", "邮箱", "电子邮件", "电子信箱", "电邮", "e-mail", "email", "email address",
                      "mail"),
}
PRIMARY_HEADERS = {field: names[0] for field, names in ALIASES.items()}

# A header starting with one of these names somebody other than the unit or its contact.
_OTHER_PARTIES = ("推荐", "法定代表人", "法人", "上级", "主管", "紧急")
_BRACKETS = re.compile(r"[(\[【][^)\]】]*[)\]】]")
_NOISE = re.compile(r"[*※:\-_.·\s]")


def header_key(text: object) -> str:
    """The comparable form of a header cell: ``联系人手机（必填）*`` -> ``联系人手机``."""
    value = unicodedata.normalize("NFKC", "" if text is None else str(text)).replace("\ufeff", "")
    without = _BRACKETS.sub("", value)
    if _NOISE.sub("", without):
        value = without
    return fold(_NOISE.sub("", value))


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for field in FIELDS:
        for name in (*ALIASES[field], FIELD_LABELS[field]):
            lookup.setdefault(header_key(name), field)
    return lookup


_EXACT = _build_lookup()
_SUFFIXES = sorted(((key, field) for key, field in _EXACT.items() if len(key) >= 2),
                   key=lambda item: -len(item[0]))


def recognise(header: object) -> tuple[str | None, bool]:
    """(field, exact) for one header cell; (None, False) if it is not recognised."""
    key = header_key(header)
    if not key:
        return None, False
    if key in _EXACT:
        return _EXACT[key], True
    if key.startswith(_OTHER_PARTIES):
        return None, False
    for suffix, field in _SUFFIXES:
        if key.endswith(suffix):
            return field, False
    return None, False


def propose_mapping(header: Sequence[object]) -> dict[int, str | None]:
    """{column index: field or None} for a header row; each field goes to one column
    (exact names before partial ones, then the leftmost column)."""
    found = [recognise(h) for h in header]
    mapping: dict[int, str | None] = {i: None for i in range(len(header))}
    taken: set[str] = set()
    for want_exact in (True, False):
        for i, (field, exact) in enumerate(found):
            if field and exact == want_exact and field not in taken:
                mapping[i] = field
                taken.add(field)
    return mapping


def duplicate_headers(header: Sequence[object]) -> list[tuple[int, int]]:
    """(first column, later column) for each header that repeats one on its left
    (``手机`` twice, or ``手机`` and ``手機``): the later one is not mapped by itself."""
    first: dict[str, int] = {}
    found = []
    for index, text in enumerate(header):
        key = header_key(text)
        if not key:
            continue
        if key in first:
            found.append((first[key], index))
        else:
            first[key] = index
    return found


def header_score(row: Sequence[object]) -> int:
    """How many cells of ``row`` are recognised headers (to find the header row)."""
    return sum(1 for field in propose_mapping(row).values() if field)


def find_header_row(rows: Sequence[Sequence[object]], lookahead: int = 10) -> int:
    """Index of the header among the first rows: the first one naming two fields or
    more (a title row above the table is skipped); 0 if none does."""
    for index, row in enumerate(rows[:lookahead]):
        if header_score(row) >= 2:
            return index
    return 0


def field_label(field: str | None) -> str:
    """The translated label of a field, as the column combo box shows it."""
    return tr(FIELD_LABELS[field]) if field else tr(NOT_IMPORTED)


def field_choices() -> list[tuple[str | None, str]]:
    """(field, translated label) for every field, "not imported" first."""
    return [(None, field_label(None))] + [(f, field_label(f)) for f in FIELDS]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column name Excel shows."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_mapping(mapping: Mapping[int, str | None]) -> dict[str, int]:
    """{field: column index} for a mapping the clerk chose; raises UserError when the
    unit name has no column, a field has two, or contact columns lack the name."""
    columns: dict[str, int] = {}
    for index in sorted(mapping):
        field = mapping[index]
        if not field:
            continue
        if field not in FIELD_LABELS:
            raise UserError(Msg("Unknown field {field} in the column choice.", field=field))
        if field in columns:
            raise UserError(Msg("{field} is chosen for two columns ({first} and {second}); choose one.",
                                field=Msg(FIELD_LABELS[field]), first=column_letter(columns[field]),
                                second=column_letter(index)))
        columns[field] = index
    if "name" not in columns:
        raise UserError(Msg("Choose the column that holds the unit name."))
    if any(f in columns for f in CONTACT_FIELDS) and "contact_name" not in columns:
        raise UserError(Msg("Contact columns are chosen but none holds the contact's name; "
                            "choose the column with the contact name, or do not import the contact columns."))
    return columns
