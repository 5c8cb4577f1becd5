"""Returned forms into a call: filled by another program (pypdf), read back, checked, compared with
what is recorded, saved in one undoable action; bad returns change nothing; a nomination's form
filled again; the forms import/export commands."""

from __future__ import annotations

import subprocess

import pytest

from core.calls import queries, returns, service
from core.calls import nominations
from core.forms import blank_pdf
from core.members import units
from core.safety import undo
from tests.form_fillers import fill_with_pypdf
from tests.test_cli import run

NAME = "王𠮷堃"
TYPED = {"name": NAME, "birth": "1975年3月", "employer": "中国科学院自动化研究所", "mobile": "138 1234 5678",
         "email": "wang@example.com", "work_history": "1998-2003 清华大学\n2003-至今 中国科学院",
         "recommender": "南京交研", "expertise__2": True, "expertise__5": True, "gender": "c1", "side": "c4",
         "title": "c1"}


@pytest.fixture
def call(db):
    units.create_unit(db, {"name": "南京智能交通研究院", "short_name": "南京交研"})
    return service.create_call(db, {"kind": "expert", "title": "2013年专家组征集"})


def filled(folder, file="wang.pdf", **changes):
    path = folder / file
    path.write_bytes(fill_with_pypdf(blank_pdf("expert"), {**TYPED, **changes}))
    return path


def test_a_filled_pdf_becomes_a_nomination_with_every_value(db, call, tmp_path):
    path = filled(tmp_path)
    call_read, items = returns.read_for_call(db, path)  # the newest expert call, nothing written yet
    assert call_read.id == call.id and queries.nomination_ids(db) == []
    [item] = items
    assert item.ok and item.duplicates == []
    returns.save_returns(db, call_read, items)
    n = nominations.get_nomination(db, item.nomination_id)
    assert (n.name, n.gender, n.side, n.mobile, n.work_unit, n.nominating_unit_id) == (
        NAME, "M", "research", "13812345678", "中国科学院自动化研究所", 1)
    assert n.committees == ["智能电网", "智慧医疗"]
    assert n.form_values["work_history"] == "1998-2003 清华大学\n2003-至今 中国科学院"
    assert n.form_values["birth_date"] == "1975-03" and n.form_values["title"] == "正高级"


def test_a_folder_is_one_action_and_bad_files_change_nothing(db, call, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    filled(folder, file="a.pdf")
    filled(folder, file="b.pdf", name="李静", mobile="13900001111", email="lj@example.com")
    filled(folder, file="c.pdf", name="赵强", mobile="12345", email="zq@example.com")  # a wrong mobile
    (folder / "d.pdf").write_bytes(b"not a pdf at all")
    report = returns.import_returns(db, folder)
    assert [i.name for i in report.recorded] == [NAME, "李静"]
    bad = [i for i in report.items if i.problems]
    assert len(bad) == 2 and any("c.pdf" in p for i in bad for p in i.problems)
    assert "2" in str(undo.undo_text(db))  # "Import 2 returned forms"
    undo.undo(db)  # the whole import at once
    assert queries.nomination_ids(db) == []


def test_the_same_person_returned_twice_is_left_out_and_compared(db, call, tmp_path):
    returns.import_returns(db, filled(tmp_path))
    again = returns.import_returns(db, filled(tmp_path, file="again.pdf", employer="中科院自动化所"))
    [item] = again.items
    assert item.ok and [d.where for d in item.duplicates] == ["nominations"] and again.recorded == []
    assert len(queries.nomination_ids(db)) == 1


def test_a_form_of_another_kind_is_refused_for_the_call(db, call, tmp_path):
    path = tmp_path / "m.pdf"
    path.write_bytes(fill_with_pypdf(blank_pdf("membership"), {"unit_name": "某公司"}))
    _call, items = returns.read_for_call(db, path, call.id)
    assert not items[0].ok and queries.nomination_ids(db) == []


def test_an_xlsx_of_applications_becomes_applications(db, tmp_path):
    from core.validation import uscc_check_char
    from tests.test_forms import fill_template

    call = service.create_call(db, {"kind": "membership", "title": "入会申请"})
    code = "91110108MA01ABCD1" + uscc_check_char("91110108MA01ABCD1")
    path = tmp_path / "apply.xlsx"
    path.write_bytes(fill_template("membership", [{
        "单位名称": "北京新智慧科技有限公司", "统一社会信用代码": code, "联系人": "王敏", "手机": "13900001111",
        "电子邮箱": "wm@example.com", "申请会员类别": "理事单位"}]))
    report = returns.import_returns(db, path, call.id)
    assert [i.problems for i in report.items] == [[]], report.items
    n = nominations.get_nomination(db, report.recorded[0].nomination_id)
    assert (n.name, n.credit_code, n.mobile, n.form_values["contact_name"], n.form_values["level"]) == (
        "北京新智慧科技有限公司", code, "13900001111", "王敏", "council")


def test_a_nomination_fills_its_form_again(db, call, tmp_path):
    report = returns.import_returns(db, filled(tmp_path))
    out = returns.export_form(db, report.recorded[0].nomination_id, tmp_path / "archive.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "专家推荐表" in text and "中国科学院自动化研究所" in text and "13812345678" in text


def test_forms_import_and_export_commands(tmp_path):
    home = tmp_path
    path = home / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--lang", "en", home=home).returncode == 0
    folder = home / "returns"
    folder.mkdir()
    filled(folder, file="a.pdf", recommender="")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    dry = run("forms", "import", str(folder), "--dry-run", "--db", str(path), "--lang", "en", home=home)
    assert dry.returncode == 1 and "Dry run" in dry.stdout and "broken.pdf" in dry.stderr
    listed = run("nominations", "list", "--db", str(path), "--format", "json", "--lang", "en", home=home)
    before = listed.stdout.count('"id"')
    done = run("forms", "import", str(folder), "--call", "1", "--db", str(path), "--lang", "zh-Hans", home=home)
    assert done.returncode == 1 and "a.pdf" in done.stdout and "broken.pdf" in done.stderr, done.stdout + done.stderr
    after = run("nominations", "list", "--db", str(path), "--format", "json", "--lang", "en", home=home)
    assert after.stdout.count('"id"') == before + 1
    out = home / "n1.pdf"
    exported = run("forms", "export", "1", "--out", str(out), "--db", str(path), "--lang", "en", home=home)
    assert exported.returncode == 0 and out.exists()
    assert run("forms", "export", "1", "--out", str(out), "--db", str(path), "--lang", "en",
               home=home).returncode == 1  # not overwritten unasked
