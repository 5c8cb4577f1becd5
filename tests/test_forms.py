"""The forms as data: fields, checks of returned values, the .xlsx template and its return, the commands."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from core import i18n
from core.forms import check_values, form_spec, read_returned, xlsx_template
from core.forms.spec import DEFAULT_COMMITTEES, KINDS
from core.forms.values import check_id_number, parse_month
from core.forms.xlsx import columns
from core.validation import FieldProblem


# ---- the specification -----------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_every_form_has_unique_ids_and_lays_out_every_field(kind):
    spec = form_spec(kind)
    ids = [f.id for f in spec.fields]
    assert len(ids) == len(set(ids))
    flat = [flat_id for flat_id, _f, _d in spec.flat_ids()]
    assert len(flat) == len(set(flat))
    laid_out = {i for row in spec.rows for i in row}
    dates_in_boxes = {f.date_field for f in spec.fields if f.date_field}
    assert laid_out | dates_in_boxes == set(ids)
    headers = [h for _i, _f, _d, h in columns(spec)]
    assert len(headers) == len(set(headers))


def test_committees_and_the_id_number_follow_the_call():
    assert form_spec("expert").field("expertise").options == DEFAULT_COMMITTEES
    spec = form_spec("expert", committees=["城市大脑", "数字乡村", "城市大脑"])
    assert spec.field("expertise").options == ("城市大脑", "数字乡村")
    assert not form_spec("standards", id_number="omit").has("id_number")
    assert form_spec("standards", id_number="required").field("id_number").required
    assert not form_spec("standards").field("id_number").required
    assert not form_spec("membership").has("id_number")


# ---- checks of returned values -------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2013-11-06", "2013/11/6", "2013.11.6", "2013年11月6日", dt.date(2013, 11, 6)])
def test_dates_typed_any_common_way_become_iso(typed):
    values, problems = check_values(form_spec("membership"), {"apply_date": typed})
    assert values["apply_date"] == "2013-11-06"
    assert not [p for p in problems if p.field == "apply_date"]


@pytest.mark.parametrize("typed", ["1975-03", "1975/3", "1975.3", "1975年3月", "197503", "1975-03-15"])
def test_months_of_birth(typed):
    assert parse_month(typed) == "1975-03"


def test_wrong_months_and_dates_are_named():
    spec = form_spec("expert")
    _values, problems = check_values(spec, {"birth": "1975-13", "recommender_date": "2013-02-30"})
    by_field = {p.field: p for p in problems}
    i18n.set_language("en")
    assert "not a real month" in by_field["birth"].text()
    assert "not a real date" in by_field["recommender_date"].text()


def test_id_number_check_digit_and_birth_date():
    assert check_id_number("11010519491231002x") == "11010519491231002X"
    with pytest.raises(FieldProblem) as wrong:
        check_id_number("110105194912310021")
    i18n.set_language("en")
    assert "should be X" in str(wrong.value.message)
    with pytest.raises(FieldProblem):
        check_id_number("110105194902300028")  # 30 February
    spec = form_spec("expert")
    values, problems = check_values(spec, {"birth": "1949年12月", "id_number": "11010519491231002X"})
    assert values["id_number"] == "11010519491231002X" and not [p for p in problems if p.field == "id_number"]
    _values, problems = check_values(spec, {"birth": "1950-01", "id_number": "11010519491231002X"})
    assert "does not match the date of birth 1950-01" in {p.field: p for p in problems}["id_number"].text()


def test_credit_code_required_fields_and_choices():
    spec = form_spec("membership")
    values, problems = check_values(spec, {"unit_name": "无锡物联网产业研究院", "credit_code": "91110108MA01ABCD1F",
                                           "level": "理事單位", "committees": "智能交通、智慧醫療",
                                           "staff": "1,200人", "contact": "李明"})
    by_field = {p.field: p for p in problems}
    i18n.set_language("zh-Hans")
    assert "校验" in by_field["credit_code"].text()
    assert by_field["mobile"].text() == "手机：为必填项"
    assert values["level"] == "理事单位" and values["committees"] == ["智能交通", "智慧医疗"]
    assert values["staff"] == 1200 and "credit_code" not in values


# ---- the .xlsx template ---------------------------------------------------------------------------

def fill_template(kind: str, rows: list[dict], rename: dict | None = None, drop_hidden: bool = False) -> bytes:
    wb = load_workbook(io.BytesIO(xlsx_template(kind)))
    ws = wb.worksheets[0]
    headers = {str(c.value).lstrip("*"): c.column for c in ws[1]}
    for label, new in (rename or {}).items():
        ws.cell(row=1, column=headers[label]).value = new
    for r, row in enumerate(rows, 2):
        for label, value in row.items():
            ws.cell(row=r, column=headers[label], value=value)
    if drop_hidden:
        del wb["_form"]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


ROW = {"姓名": "张喆", "性别": "男", "出生年月": dt.datetime(1968, 5, 1), "工作单位": "国家电网公司",
       "手机": "13900001111", "电子邮箱": "zhang@sgcc.example.cn", "专家类别": "产", "擅长领域：智能电网": "✓",
       "主要工作经历": "1990年起从事电网调度\n2008年起负责智能电网", "身份证号": "110105196805010012",
       "推荐单位意见日期": "2013年11月6日"}


def test_template_has_headers_hidden_ids_lists_and_text_columns():
    wb = load_workbook(io.BytesIO(xlsx_template("expert")))
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["*姓名", "*性别", "*出生年月"] and "擅长领域：智慧国土" in headers
    assert wb["_form"].sheet_state == "hidden"
    assert '"form":"expert"' in wb["_form"]["B1"].value
    lists = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["B2"] == '"男,女"'
    id_col = headers.index("身份证号") + 1
    assert ws.cell(row=2, column=id_col).number_format == "@"


def test_xlsx_rows_read_back_checked(tmp_path):
    path = tmp_path / "return.xlsx"
    bad = {**ROW, "姓名": "李𠮷", "手机": "li@example.com", "身份证号": "110105196805010010"}
    number = {**ROW, "身份证号": 110105196805010012}
    path.write_bytes(fill_template("expert", [ROW, bad, number]))
    first, second, third = read_returned(path, kind="expert")
    assert first.row == 2 and first.problems == []
    assert first.values["birth"] == "1968-05" and first.values["expertise"] == ["智能电网"]
    assert first.values["work_history"] == "1990年起从事电网调度\n2008年起负责智能电网"
    assert first.values["recommender_date"] == "2013-11-06"
    assert second.values["name"] == "李𠮷"
    i18n.set_language("en")
    texts = " ".join(second.messages())
    assert "(row 3)" in texts and "an e-mail address" in texts and "check digit" in texts
    assert "stored by Excel as a number" in third.problems[0].text()


def test_xlsx_with_renamed_or_unknown_columns_is_refused_with_the_columns_named(tmp_path):
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(fill_template("expert", [ROW], rename={"手机": "手机号码"}))
    (form,) = read_returned(path)
    i18n.set_language("en")
    assert form.error is not None and form.values == {}
    assert "「手机号码」" in str(form.error) and "(was 「手机」)" in str(form.error)


def test_xlsx_without_a_required_column_is_refused(tmp_path):
    path = tmp_path / "no-mobile.xlsx"
    row = {k: v for k, v in ROW.items() if k != "手机"}
    path.write_bytes(fill_template("expert", [row], rename={"手机": None}))
    (form,) = read_returned(path)
    i18n.set_language("en")
    assert "lacks the required columns 手机" in str(form.error) and form.values == {}


def test_xlsx_without_its_hidden_sheet_is_recognised_by_its_headers(tmp_path):
    path = tmp_path / "copied.xlsx"
    path.write_bytes(fill_template("expert", [ROW], drop_hidden=True))
    (form,) = read_returned(path)
    assert form.kind == "expert" and form.values["name"] == "张喆"


def test_xlsx_of_another_form_or_without_rows(tmp_path):
    other = tmp_path / "membership.xlsx"
    other.write_bytes(xlsx_template("membership"))
    i18n.set_language("en")
    (form,) = read_returned(other, kind="expert")
    assert "Membership application form" in str(form.error)
    (empty,) = read_returned(other)
    assert "no filled rows" in str(empty.error)
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    assert "damaged Excel" in str(read_returned(junk)[0].error)


# ---- the commands ---------------------------------------------------------------------------------

def test_cli_blank_and_template(tmp_path, capsys):
    from cli.main import run

    out = tmp_path / "expert.pdf"
    assert run(["forms", "blank", "expert", "--out", str(out), "--printable", "--db", str(tmp_path / "none.db")]) == 1
    assert run(["forms", "blank", "expert", "--out", str(out), "--printable", "--script", "hant-tw"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run(["forms", "blank", "expert", "--out", str(out), "--printable", "--lang", "zh-Hans"]) == 1
    assert "已存在" in capsys.readouterr().err
    xlsx = tmp_path / "t.xlsx"
    assert run(["forms", "template", "standards", "--out", str(xlsx), "--id-number", "omit"]) == 0
    headers = [c.value for c in load_workbook(xlsx).worksheets[0][1]]
    assert "身份证号" not in headers and "参加过的标准制修订情况5：发布年份" in headers
    assert run(["forms", "blank", "nominees", "--out", str(out)]) == 2
