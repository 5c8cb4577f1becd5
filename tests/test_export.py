"""Export of member units and contacts: round trips, personal data left out, formulas neutralised, files never half written."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import openpyxl
import pytest

from core import i18n
from core.errors import UserError
from core.exchange.columns import propose_mapping
from core.exchange.member_export import export_members
from core.members.committees import list_committees
from core.members.contacts import create_contact
from core.members.units import create_unit

from tests.exchange_helpers import code, contacts, import_file, new_db, units


def _sample_members(db):
    traffic, health = [c.id for c in list_committees(db)][:1] + [list_committees(db)[4].id]
    a = create_unit(db, {"name": "中国𠮷祥科技有限公司", "short_name": "𠮷祥", "credit_code": code(7),
                         "unit_type": "research", "level": "vice_chair", "province": "江苏", "city": "南京",
                         "address": "南京市江宁区1号", "postcode": "211100", "website": "www.example.com",
                         "join_date": "2013-11-06", "member_no": "M-001", "status": "active",
                         "notes": "第一行\n第二行", "committee_ids": [traffic, health]})
    create_contact(db, {"unit_id": a.id, "name": "王堃", "gender": "M", "position": "主任", "title": "正高级",
                        "mobile": "13812345678", "office_phone": "025-12345678", "email": "kun@example.com"})
    create_contact(db, {"unit_id": a.id, "name": "陈喆", "gender": "F", "mobile": "13900001111"})
    create_unit(db, {"name": "无联系人的单位", "status": "suspended", "level": "council"})


def _snapshot(db):
    unit_rows = [tuple(r) for r in db.query(
        "SELECT name, short_name, credit_code, unit_type, level, province, city, address, postcode, website, "
        "join_date, member_no, status, notes FROM units ORDER BY name")]
    committee_rows = [tuple(r) for r in db.query(
        "SELECT u.name, uc.committee_id FROM unit_committees uc JOIN units u ON u.id = uc.unit_id ORDER BY 1, 2")]
    contact_rows = [tuple(r) for r in db.query(
        "SELECT u.name, c.name, c.gender, c.position, c.title, c.mobile, c.office_phone, c.email, c.is_primary "
        "FROM contacts c JOIN units u ON u.id = c.unit_id ORDER BY 1, 2")]
    return unit_rows, committee_rows, contact_rows


@pytest.mark.parametrize("suffix, language", [(".xlsx", "zh-Hans"), (".csv", "zh-Hans"), (".xlsx", "en"),
                                              (".csv", "zh-Hant")])
def test_export_round_trip(tmp_path, suffix, language):
    """Exporting then importing into a fresh database gives back the same units and contacts."""
    i18n.set_language(language)
    db = new_db(tmp_path, "a.sqlite3")
    _sample_members(db)
    result = export_members(db, tmp_path / f"members{suffix}", include_personal=True)
    assert (result.units, result.contacts, result.rows) == (2, 2, 3)
    fresh = new_db(tmp_path, "b.sqlite3")
    plan, counts = import_file(fresh, result.path)
    assert counts.error_rows == 0 and counts.units_created == 2
    assert _snapshot(fresh) == _snapshot(db)


def test_export_csv_has_bom_and_primary_headers(tmp_path):
    """The CSV starts with a UTF-8 BOM (Excel reads it right) and the importer's header names."""
    db = new_db(tmp_path)
    _sample_members(db)
    path = export_members(db, tmp_path / "m.csv").path
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].decode("utf-8").splitlines()[0].split(",")
    assert header[:3] == ["单位名称", "单位简称", "统一社会信用代码"] and "联系人" in header
    assert all(f for f in propose_mapping(header).values())


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_neutralises_formulas(tmp_path, suffix):
    """Cells starting with = + - @ are written with a leading quote, never as formulas; import undoes it."""
    db = new_db(tmp_path)
    unit = create_unit(db, {"name": "=cmd|' /C calc'!A0", "notes": "@SUM(1+1)"})
    create_contact(db, {"unit_id": unit.id, "name": "+张三", "position": "-1"})
    path = export_members(db, tmp_path / f"x{suffix}").path
    if suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        cells = [c for row in wb.active.iter_rows(min_row=2) for c in row if c.value]
        assert all(c.data_type == "s" for c in cells)
        values = [c.value for c in cells]
    else:
        values = [v for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()[1:]) for v in row if v]
    for text in ("'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+张三", "'-1"):
        assert text in values
    fresh = new_db(tmp_path, "fresh.sqlite3")
    import_file(fresh, path)
    assert units(fresh) == ["=cmd|' /C calc'!A0"] and contacts(fresh)[0][1] == "+张三"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_omits_mobiles_unless_asked(tmp_path, suffix):
    """Mobile numbers are left out of exports (no column) unless include_personal=True."""
    db = new_db(tmp_path)
    _sample_members(db)

    def cells(path: Path) -> list[str]:
        if suffix == ".csv":
            return [v for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()) for v in row]
        return [str(v) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for v in row]

    plain = cells(export_members(db, tmp_path / f"plain{suffix}").path)
    assert "手机" not in plain and not any("13812345678" in v for v in plain)
    full = cells(export_members(db, tmp_path / f"full{suffix}", include_personal=True).path)
    assert "手机" in full and "13812345678" in full


def test_export_refuses_to_overwrite(tmp_path):
    """An existing file is kept unless overwrite=True; no temporary files are left behind."""
    db = new_db(tmp_path)
    _sample_members(db)
    target = tmp_path / "out" / "members.xlsx"
    target.parent.mkdir()
    target.write_text("keep me")
    with pytest.raises(UserError):
        export_members(db, target)
    assert target.read_text() == "keep me"
    export_members(db, target, overwrite=True)
    assert openpyxl.load_workbook(target).active["A1"].value == "单位名称"
    assert os.listdir(target.parent) == ["members.xlsx"]


def test_failed_export_leaves_nothing(tmp_path, monkeypatch):
    """A write failure raises UserError and leaves neither the file nor a temporary file."""
    from core.exchange import member_export

    db = new_db(tmp_path)
    _sample_members(db)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")  # the system's English text is not shown

    monkeypatch.setattr(member_export, "_write_xlsx", fail)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as info:
        export_members(db, folder / "m.xlsx")
    assert "No space left" not in str(info.value) and "磁盘已满" in str(info.value)
    assert os.listdir(folder) == []
    with pytest.raises(UserError):
        export_members(db, folder / "m.pdf")


def test_export_leaves_out_a_mobile_stored_as_office_phone(tmp_path):
    """Data stored before this check (a mobile in the office phone) is still left out of exports by default."""
    db = new_db(tmp_path)
    unit = create_unit(db, {"name": "甲公司"})
    create_contact(db, {"unit_id": unit.id, "name": "张三", "office_phone": "13812345678"})
    assert "13812345678" not in export_members(db, tmp_path / "a.csv").path.read_text(encoding="utf-8-sig")
    with_personal = export_members(db, tmp_path / "b.csv", include_personal=True).path
    assert "13812345678" in with_personal.read_text(encoding="utf-8-sig")


def test_members_list_csv_neutralises_formulas(tmp_path):
    """`members list --format csv` writes =1+1, +cmd|' /C calc'!A0 and @SUM(...) as text (leading ')."""
    import subprocess
    import sys

    db = new_db(tmp_path)
    for name in ("=1+1", "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"):
        create_unit(db, {"name": name})
    db.conn.close()
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, str(root / "main.py"), "members", "list", "--db", str(tmp_path / "t.sqlite3"),
                          "--format", "csv"], capture_output=True, text=True, encoding="utf-8", env=env, cwd=root,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    names = [row["name"] for row in csv.DictReader(out.stdout.splitlines())]
    assert sorted(names) == sorted(["'=1+1", "''+cmd|' /C calc'!A0"[1:], "'@SUM(A1:A9)", "'-2+3"])


def test_export_only_the_chosen_units_with_their_contacts(tmp_path):
    """Exporting the selected (or filtered) units writes those units and their contacts, no others."""
    db = new_db(tmp_path)
    _sample_members(db)
    every = export_members(db, tmp_path / "all.csv")
    chosen = [r[0] for r in db.query("SELECT id FROM units WHERE deleted_at IS NULL ORDER BY id")][:1]
    some = export_members(db, tmp_path / "one.csv", unit_ids=chosen)
    assert some.units == 1 < every.units
    name = db.query("SELECT name FROM units WHERE id = ?", (chosen[0],))[0][0]
    rows = list(csv.reader(some.path.read_text(encoding="utf-8-sig").splitlines()))[1:]
    assert rows and all(row[0] == name for row in rows)


def test_the_export_asks_which_units_when_the_list_is_filtered(qtbot, db, monkeypatch):
    """With a filter on the member list, Export offers every unit, the selected ones and the ones the
    filter shows; choosing the filtered ones exports just those."""
    from PySide6.QtWidgets import QInputDialog

    from tests.qt_helpers import open_main_window
    from ui.exchange.import_dialog import export_scope

    for name in ("重庆智能交通科技有限公司", "重庆数字城市研究院", "北京智慧水务有限公司"):
        create_unit(db, {"name": name})
    window = open_main_window(qtbot, db)
    page = window.pages["members"]
    page.filter_edit.setText("重庆")
    qtbot.waitUntil(lambda: not page._timer.isActive() and page.model.rowCount() == 2)
    offered = []

    def pick(_parent, _title, _label, items, current, _editable):
        offered.extend(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    ids, go = export_scope(window.ctx, window, page)
    assert go and len(offered) == 2 and "2" in offered[-1]  # every unit, or the 2 the filter shows
    names = {r[0] for r in db.query(f"SELECT name FROM units WHERE id IN ({','.join('?' * len(ids))})", ids)}
    assert names == {"重庆智能交通科技有限公司", "重庆数字城市研究院"}
