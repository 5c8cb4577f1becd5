"""The three forms of forms.md as data: fields, labels, types, checks, layout order.

A form is a :class:`FormSpec` made by :func:`form_spec` for a kind (``expert``,
``standards``, ``membership``), the committees' areas offered as tick boxes (from
the database when the caller passes them, else the ten of domain.md) and whether
the call asks for the ID number. Field ids are stable English names: the PDF field
names, the .xlsx hidden ids and the keys of the values dict all come from them.

Values (``dict[field id, value]``):
* text, multiline, phone...: ``str``; dates: ISO ``"2013-11-06"``; months: ``"1975-03"``;
* ``choice``: one of the options (``str``, Simplified as in the spec);
* ``multi``: a list of options;
* ``table``: a list of row dicts (column id -> str), at most ``rows`` rows.

``FORM_VERSION`` rises whenever a field is added, removed or renamed; a returned form
names its kind and version (see :mod:`core.forms.marker`), so an old one is recognised.
"""

from __future__ import annotations

import functools

from collections.abc import Sequence
from dataclasses import dataclass, replace

from core.i18n import N_

KINDS = ("expert", "standards", "membership")
FORM_VERSION = 1
SCRIPTS = ("hans", "hant-tw", "hant-hk")

# The ten professional committees of domain.md (used when no database list is given).
DEFAULT_COMMITTEES = ("智能交通", "智能电网", "智能水务", "智能环保", "智慧医疗", "智能养老", "智慧社区",
                      "智能家居", "智慧教育", "智慧国土")
EXPERT_SIDES = ("政", "产", "学", "研", "用", "资本")
UNIT_TYPES = ("国有企业", "民营企业", "科研院所", "高等学校", "行业协会", "政府机构", "外资企业", "中外合资", "其他")
TITLES = ("正高级", "副高级", "中级", "初级", "其他")
LEVELS = ("理事长单位", "副理事长单位", "常务理事单位", "理事单位", "会员单位")
GENDERS = ("男", "女")
YES_NO = ("是", "否")
LANGUAGE_LEVELS = ("精通", "熟练", "一般")
STANDARD_TYPES = ("国家", "行业", "地方", "团体")
STANDARD_ROLES = ("主要起草人", "参与起草")

# Field types.
TEXT, MULTILINE, DATE, MONTH, YEAR, INTEGER, CHOICE, MULTI, TABLE = (
    "text", "multiline", "date", "month", "year", "integer", "choice", "multi", "table")


@dataclass(frozen=True)
class FieldSpec:
    id: str
    label: str                 # English source (messages, translated when shown)
    form_label: str            # the form's own wording, Simplified (converted for Traditional forms)
    type: str = TEXT
    check: str | None = None   # mobile, phone, email, postcode, credit_code, id_number, website
    required: bool = False
    options: tuple[str, ...] = ()
    columns: tuple["FieldSpec", ...] = ()   # TABLE: its columns
    rows: int = 0                           # TABLE: how many rows the form offers
    height: float = 0.0                     # MULTILINE: height of the box in mm
    secretariat: bool = False               # filled by the secretariat: no field in the fillable form
    signature: str = ""                     # MULTILINE opinion boxes: the signature line printed inside
    date_field: str = ""                    # the date field printed in the same box (signature blocks)
    width: float = 1.0                      # share of the row (layout)
    limit: int = 200
    static_text: str = ""                   # printed in the box instead of a field (the pledge)

    @property
    def fillable(self) -> bool:
        return not self.secretariat and not self.static_text


@dataclass(frozen=True)
class FormSpec:
    kind: str
    version: int
    title: str                   # Simplified form title
    label: str                   # English name (messages)
    rows: tuple[tuple[str, ...], ...]   # layout: field ids per table row
    fields: tuple[FieldSpec, ...]
    photo: bool = False
    photo_rows: int = 0          # the first rows that leave room for the photo box
    note: str = ""               # a line under the table (attachments expected...)

    def field(self, field_id: str) -> FieldSpec:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def has(self, field_id: str) -> bool:
        return any(f.id == field_id for f in self.fields)

    @property
    def choice_lists(self) -> dict[str, list[str]]:
        return {f.id: list(f.options) for f in self.fields if f.type in (CHOICE, MULTI)}

    def flat_ids(self, fillable_only: bool = False) -> list[tuple[str, FieldSpec, object]]:
        """Every cell a value lives in: (flat id, field, detail). ``detail`` is None for a plain
        field, the option index (1-based) for a ``multi`` box, (row, column) for a table cell."""
        out: list[tuple[str, FieldSpec, object]] = []
        for f in self.fields:
            if fillable_only and not f.fillable:
                continue
            if f.type == MULTI:
                out += [(f"{f.id}__{k}", f, k) for k in range(1, len(f.options) + 1)]
            elif f.type == TABLE:
                out += [(f"{f.id}__{r}__{c.id}", f, (r, c)) for r in range(1, f.rows + 1) for c in f.columns]
            else:
                out.append((f.id, f, None))
        return out


def _f(field_id: str, label: str, form_label: str, type_: str = TEXT, **kw) -> FieldSpec:
    return FieldSpec(field_id, label, form_label, type_, **kw)


def _common_person() -> dict[str, FieldSpec]:
    return {f.id: f for f in (
        _f("name", N_("Name"), "姓名", required=True, limit=50),
        _f("gender", N_("Gender"), "性别", CHOICE, options=GENDERS, required=True),
        _f("birth", N_("Date of birth"), "出生年月", MONTH, required=True),
        _f("ethnicity", N_("Ethnic group"), "民族", limit=20),
        _f("id_number", N_("ID number"), "身份证号", check="id_number"),
        _f("address", N_("Postal address"), "通讯地址"),
        _f("postcode", N_("Postcode"), "邮政编码", check="postcode"),
        _f("email", N_("E-mail"), "电子邮箱", check="email", required=True),
        _f("school", N_("University graduated from"), "毕业院校"),
        _f("major", N_("Subject studied"), "所学专业"),
        _f("employer", N_("Employer"), "工作单位", required=True),
        _f("employer_type", N_("Type of employer"), "单位性质", CHOICE, options=UNIT_TYPES),
    )}


def _opinion(field_id: str, label: str, form_label: str, date_id: str, signature: str, height: float = 30.0,
             secretariat: bool = False) -> tuple[FieldSpec, FieldSpec]:
    return (_f(field_id, label, form_label, MULTILINE, height=height, signature=signature, date_field=date_id,
               secretariat=secretariat, limit=2000),
            _f(date_id, N_("Date"), "日期", DATE, secretariat=secretariat))


def _expert(areas: tuple[str, ...], id_mode: str) -> FormSpec:
    p = _common_person()
    opinion, opinion_date = _opinion("recommender_opinion", N_("Opinion of the recommending unit"), "推荐单位意见",
                                     "recommender_date", "推荐单位（盖章）      负责人签字：")
    pledge, pledge_date = _opinion("pledge_signature", N_("Personal pledge"), "本人承诺", "pledge_date",
                                   "本人签字：", height=14.0)
    pledge = replace(pledge, static_text="本人承诺以上所填内容真实、准确，愿意履行专家职责。")
    fields = [
        p["name"], p["gender"], p["birth"], p["ethnicity"],
        _f("political_status", N_("Political status"), "政治面貌", limit=30),
        _f("education", N_("Highest education"), "最高学历", limit=30),
        _f("degree", N_("Highest degree"), "最高学位", limit=30),
        p["school"], p["major"],
        _f("title", N_("Professional title"), "职称", CHOICE, options=TITLES),
        _f("position", N_("Position"), "职务"),
        p["employer"], p["employer_type"], p["address"], p["postcode"],
        _f("office_phone", N_("Office phone"), "办公电话", check="phone"),
        _f("mobile", N_("Mobile"), "手机", check="mobile", required=True),
        p["email"], p["id_number"],
        _f("side", N_("Expert side"), "专家类别", CHOICE, options=EXPERT_SIDES, required=True),
        _f("research_field", N_("Field and research direction"), "专业领域/研究方向", limit=300),
        _f("expertise", N_("Areas of expertise"), "擅长领域", MULTI, options=areas),
        _f("work_history", N_("Main work experience"), "主要工作经历", MULTILINE, height=62.0, required=True,
           limit=5000),
        _f("achievements", N_("Main achievements, publications and awards"), "主要成果、著作与获奖情况", MULTILINE,
           height=70.0, limit=5000),
        _f("recommender", N_("Nominating unit"), "推荐单位"),
        opinion, opinion_date, pledge, pledge_date,
    ]
    rows = [("name", "gender"), ("birth", "ethnicity"), ("political_status", "education"),
            ("degree", "position"), ("school", "major"), ("title",),
            ("employer",), ("employer_type",), ("address", "postcode"), ("office_phone", "mobile"),
            ("email", "id_number"), ("side",), ("research_field",), ("expertise",), ("work_history",),
            ("achievements",), ("recommender",), ("recommender_opinion",), ("pledge_signature",)]
    return _finish(FormSpec("expert", FORM_VERSION, "专家推荐表", N_("Expert nomination form"), tuple(rows),
                            tuple(fields), photo=True, photo_rows=6), id_mode)


def _standards(areas: tuple[str, ...], id_mode: str) -> FormSpec:
    p = _common_person()
    opinion, opinion_date = _opinion("recommender_opinion", N_("Opinion of the recommending unit"), "推荐单位意见",
                                     "recommender_date", "推荐单位（盖章）      负责人签字：")
    columns = (
        _f("name", N_("Standard title"), "标准名称", limit=200, width=2.4),
        _f("code", N_("Standard number"), "标准编号", limit=60, width=1.4),
        _f("type", N_("Standard type"), "类型", CHOICE, options=STANDARD_TYPES, width=0.8),
        _f("role", N_("Role"), "担任角色", CHOICE, options=STANDARD_ROLES, width=1.1),
        _f("year", N_("Year published"), "发布年份", YEAR, width=0.9),
    )
    fields = [
        p["name"], p["gender"], p["birth"], p["ethnicity"], p["id_number"],
        p["employer"], p["employer_type"],
        _f("admin_position", N_("Administrative position"), "行政职务"),
        _f("tech_title", N_("Technical title"), "技术职称"),
        _f("tech_title_date", N_("Date the title was awarded"), "评定时间", MONTH),
        _f("specialty", N_("Current field of work"), "现从事专业"),
        p["school"], p["major"],
        _f("education", N_("Education"), "学历", limit=30),
        _f("degree", N_("Degree"), "学位", limit=30),
        _f("graduation_date", N_("Graduation date"), "毕业时间", MONTH),
        p["address"], p["postcode"],
        _f("phone", N_("Telephone"), "联系电话", check="phone", required=True),
        _f("fax", N_("Fax"), "传真", check="phone"),
        p["email"],
        _f("employed", N_("In employment"), "是否在职", CHOICE, options=YES_NO),
        _f("language", N_("Foreign language"), "外语语种", limit=30),
        _f("language_level", N_("Proficiency"), "熟练程度", CHOICE, options=LANGUAGE_LEVELS),
        _f("expertise_text", N_("Technical strengths"), "专业技术特长", MULTILINE, height=22.0, limit=2000),
        _f("work_history", N_("Work history"), "工作简历", MULTILINE, height=40.0, required=True, limit=5000),
        _f("standards_work", N_("Standards drafted or revised"), "参加过的标准制修订情况", TABLE, columns=columns,
           rows=5),
        _f("directions", N_("Intended work areas"), "拟参加的工作方向", MULTI, options=areas),
        opinion, opinion_date,
    ]
    rows = [("name", "gender"), ("birth", "ethnicity"), ("id_number",), ("employer",), ("employer_type",),
            ("admin_position", "tech_title"), ("tech_title_date", "specialty"), ("school", "major"),
            ("education", "degree"), ("graduation_date", "employed"), ("address", "postcode"), ("phone", "fax"),
            ("email",), ("language", "language_level"), ("expertise_text",), ("work_history",),
            ("standards_work",), ("directions",), ("recommender_opinion",)]
    return _finish(FormSpec("standards", FORM_VERSION, "标准组推荐表", N_("Standards group nomination form"),
                            tuple(rows), tuple(fields), photo=True, photo_rows=5), id_mode)


def _membership(areas: tuple[str, ...], id_mode: str) -> FormSpec:
    rec, rec_date = _opinion("recommender_opinion", N_("Opinion of the recommending unit"), "推荐单位意见",
                             "recommender_date", "推荐单位（盖章）", height=25.0)
    app, app_date = _opinion("applicant_opinion", N_("Opinion of the applicant"), "申请单位意见",
                             "applicant_date", "法定代表人签字：          单位盖章：", height=25.0)
    sec, sec_date = _opinion("secretariat_opinion", N_("First review by the secretariat"), "秘书处初审意见",
                             "secretariat_date", "经办人：", height=22.0, secretariat=True)
    council, council_date = _opinion("council_opinion", N_("Approval by the council"), "理事会审批意见",
                                     "council_date", "（盖章）", height=22.0, secretariat=True)
    fields = [
        _f("apply_date", N_("Date of application"), "申请日期", DATE),
        _f("unit_name", N_("Unit name"), "单位名称", required=True),
        _f("credit_code", N_("Unified social credit code"), "统一社会信用代码", check="credit_code", required=True),
        _f("legal_rep", N_("Legal representative"), "法定代表人", limit=50),
        _f("legal_rep_title", N_("Position of the legal representative"), "职务"),
        _f("unit_type", N_("Unit type"), "单位性质", CHOICE, options=UNIT_TYPES),
        _f("founded", N_("Date founded"), "成立时间", DATE),
        _f("registered_capital", N_("Registered capital"), "注册资本", limit=50),
        _f("staff", N_("Number of employees"), "员工人数", INTEGER),
        _f("address", N_("Address of the unit"), "单位地址"),
        _f("postcode", N_("Postcode"), "邮政编码", check="postcode"),
        _f("website", N_("Website"), "单位网址", check="website"),
        _f("contact", N_("Contact"), "联系人", required=True, limit=50),
        _f("contact_title", N_("Contact's position"), "职务"),
        _f("office_phone", N_("Office phone"), "办公电话", check="phone"),
        _f("mobile", N_("Mobile"), "手机", check="mobile", required=True),
        _f("email", N_("E-mail"), "电子邮箱", check="email", required=True),
        _f("level", N_("Membership level applied for"), "申请会员类别", CHOICE, options=LEVELS, required=True),
        _f("committees", N_("Committees to join"), "拟参加专业委员会", MULTI, options=areas),
        _f("business", N_("Main business and profile of the unit"), "主营业务/单位简介", MULTILINE, height=40.0,
           limit=5000),
        _f("recommender", N_("Nominating unit"), "推荐单位"),
        rec, rec_date, app, app_date, sec, sec_date, council, council_date,
    ]
    rows = [("apply_date",), ("unit_name",), ("credit_code",), ("unit_type",), ("legal_rep", "legal_rep_title"),
            ("founded", "registered_capital", "staff"), ("address",), ("postcode", "website"),
            ("contact", "contact_title"), ("office_phone", "mobile"), ("email",), ("level",), ("committees",),
            ("business",), ("recommender",), ("recommender_opinion",), ("applicant_opinion",),
            ("secretariat_opinion",), ("council_opinion",)]
    return _finish(FormSpec("membership", FORM_VERSION, "成员单位入会申请表", N_("Membership application form"),
                            tuple(rows), tuple(fields),
                            note="附件：1. 营业执照复印件（加盖公章）  2. 单位简介"), id_mode)


ID_MODES = ("omit", "optional", "required")


def _finish(spec: FormSpec, id_mode: str) -> FormSpec:
    """Apply the call's choice about the ID number: left off the form, optional or required."""
    if not spec.has("id_number"):
        return spec
    if id_mode == "omit":
        fields = tuple(f for f in spec.fields if f.id != "id_number")
        rows = tuple(r for r in (tuple(i for i in row if i != "id_number") for row in spec.rows) if r)
        return replace(spec, fields=fields, rows=rows)
    if id_mode == "required":
        fields = tuple(replace(f, required=True) if f.id == "id_number" else f for f in spec.fields)
        return replace(spec, fields=fields)
    return spec


_BUILDERS = {"expert": _expert, "standards": _standards, "membership": _membership}
FORM_LABELS = {"expert": N_("Expert nomination form"), "standards": N_("Standards group nomination form"),
               "membership": N_("Membership application form")}
FORM_TITLES = {"expert": "专家推荐表", "standards": "标准组推荐表", "membership": "成员单位入会申请表"}


def form_spec(kind: str, committees: Sequence[str] | None = None, id_number: str = "optional") -> FormSpec:
    """The form ``kind`` with the committees' areas ``committees`` (names; default: the ten of
    domain.md) as tick boxes, and the ID number ``omit``-ted, ``optional`` or ``required``."""
    if kind not in _BUILDERS:
        raise ValueError(f"unknown form kind {kind!r}; one of {KINDS}")
    if id_number not in ID_MODES:
        raise ValueError(f"id_number must be one of {ID_MODES}")
    areas = tuple(dict.fromkeys(str(c).strip() for c in (committees or DEFAULT_COMMITTEES) if str(c).strip()))
    return _built(kind, areas or DEFAULT_COMMITTEES, id_number)


@functools.lru_cache(maxsize=64)
def _built(kind: str, areas: tuple[str, ...], id_number: str) -> FormSpec:
    """A spec is immutable (frozen dataclasses): made once per (kind, areas, ID mode), e.g. once for a
    folder of returns instead of twice for each file."""
    return _BUILDERS[kind](areas, id_number)


__all__ = ["KINDS", "FORM_VERSION", "FieldSpec", "FormSpec", "form_spec", "DEFAULT_COMMITTEES"]
