"""Import files that are not what they seem: damaged, huge, repeated headers, odd line ends; refused with a clear message or read right."""

from __future__ import annotations

import os
import re
from pathlib import Path

import openpyxl
import pytest

from core import i18n
from core.errors import UserError
from core.exchange import readers
from core.exchange.columns import propose_mapping
from core.exchange.member_export import export_members
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import read_table
from core.members.units import create_unit

from tests.exchange_helpers import HEADER, import_file, new_db, RARE_ROWS, units, write_csv, write_xlsx


def _truncated_xlsx(tmp_path: Path) -> Path:
    good = write_xlsx(tmp_path / "good.xlsx", RARE_ROWS)
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return bad


@pytest.mark.parametrize("make", [
    lambda p: _truncated_xlsx(p),
    lambda p: (p / "fake.xlsx").write_text("单位名称,联系人\n甲,乙\n", encoding="utf-8") and p / "fake.xlsx",
    lambda p: (p / "garbage.csv").write_bytes(bytes(range(256)) * 40) and p / "garbage.csv",
    lambda p: (p / "empty.csv").write_bytes(b"") or p / "empty.csv",
    lambda p: (p / "blank.csv").write_bytes(b"\xef\xbb\xbf\r\n\r\n") and p / "blank.csv",
    lambda p: write_csv(p / "header.csv", [HEADER]),
    lambda p: write_xlsx(p / "header.xlsx", [HEADER]),
    lambda p: (p / "members.docx").write_bytes(b"PK\x03\x04") and p / "members.docx",
    lambda p: (p / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0") and p / "old.xls",
    lambda p: p / "missing.csv",
], ids=["truncated-xlsx", "text-named-xlsx", "binary-csv", "empty", "blank", "header-only-csv",
        "header-only-xlsx", "unsupported", "old-xls", "missing"])
def test_broken_files_raise_user_error(tmp_path, make):
    """Broken, empty, binary and unsupported files give a clear UserError, never a traceback."""
    path = make(tmp_path)
    with pytest.raises(UserError) as info:
        read_table(path)
    assert str(info.value) and path.name in str(info.value)


def test_huge_files_refused(tmp_path, monkeypatch):
    """Files over the size limit, or with too many rows, are refused with a message."""
    i18n.set_language("en")
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "big.csv", RARE_ROWS * 5)
    with pytest.raises(UserError) as info:
        read_table(path)
    assert "too big" in info.value.message.source
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10**9)
    monkeypatch.setattr(readers, "MAX_ROWS", 3)
    rows = [HEADER] + [[f"单位{i}", "", "", "", "", "", ""] for i in range(10)]
    for path in (write_csv(tmp_path / "long.csv", rows), write_xlsx(tmp_path / "long.xlsx", rows)):
        with pytest.raises(UserError) as info:
            read_table(path)
        assert "more than 3 rows" in str(info.value)


def test_line_break_inside_a_chinese_name_joins_without_a_space(tmp_path):
    """重庆两江新区测试\\n数据有限公司 -> 重庆两江新区测试数据有限公司; Latin words keep a space; notes keep lines."""
    db = new_db(tmp_path)
    path = tmp_path / "m.csv"
    path.write_text('单位名称,单位地址,备注\n"重庆两江新区测试\n数据有限公司","Smart\nCity Road 1","第一行\n第二行"\n',
                    encoding="utf-8")
    import_file(db, path)
    assert tuple(db.query_one("SELECT name, address, notes FROM units")) == (
        "重庆两江新区测试数据有限公司", "Smart City Road 1", "第一行\n第二行")


# -- repeated headers, line ends -----------------------------------------------------------------
def test_repeated_header_is_reported_and_can_be_mapped(tmp_path):
    """Two columns named 手机: the second is not dropped silently; it is listed (naming both columns) and
    the clerk can give it a field."""
    i18n.set_language("en")
    db = new_db(tmp_path)
    table = read_table(write_csv(tmp_path / "m.csv", [["单位名称", "联系人", "手机", "手機"],
                                                      ["甲公司", "张三", "13800000001", "023-67891234"]]))
    mapping = propose_mapping(table.header)
    assert mapping[2] == "contact_mobile" and mapping[3] is None
    plan = plan_import(db, table, mapping)
    [note] = plan.notes
    assert str(note).startswith("Column D (手機)") and "same header as column C" in str(note)
    mapping[3] = "contact_office_phone"
    plan = plan_import(db, table, mapping)
    assert plan.notes == []
    apply_import(db, plan)
    assert tuple(db.query_one("SELECT mobile, office_phone FROM contacts")) == ("13800000001", "023-67891234")


def test_cli_refuses_a_repeated_header_naming_both_columns(tmp_path):
    """The command line cannot choose fields: it refuses, names both columns, and writes nothing."""
    import subprocess
    import sys

    source = write_csv(tmp_path / "m.csv", [["单位名称", "联系人", "手机", "手机"], ["甲公司", "张三", "13800000001", "13900000002"]])
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, str(root / "main.py"), "members", "import", str(source), "--db",
                          str(tmp_path / "t.sqlite3"), "--create", "--lang", "zh-Hans"], capture_output=True, text=True,
                         encoding="utf-8", env=env, cwd=root, timeout=120)
    assert out.returncode == 1
    assert "C" in out.stderr and "D" in out.stderr and "手机" in out.stderr and "Traceback" not in out.stderr
    assert units(new_db(tmp_path)) == []


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_cr_only_csv_from_excel_for_mac_imports(tmp_path, encoding):
    """"CSV (Macintosh)" ends lines with CR alone; a quoted cell may hold a CR-only line break too."""
    db = new_db(tmp_path)
    text = '单位名称,城市,联系人\r甲公司,重庆,张三\r"乙公司\r（测试）",成都,李四\r'
    path = tmp_path / "mac.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.header == ["单位名称", "城市", "联系人"] and table.row_numbers == [2, 3]
    import_file(db, path)
    assert units(db) == ["甲公司", "乙公司（测试）"]


# -- limits checked before reading, every message in the clerk's language ---------------------------
def _entries_xlsx(path: Path, rows: int = 50) -> Path:
    return write_xlsx(path, [HEADER] + [[f"单位{i}", "", "会员单位", "北京", f"联系人{i}", "", ""] for i in range(rows)])


@pytest.mark.parametrize("limit, value, words", [
    ("MAX_EXPANDED_BYTES", 2000, "expands to"),
    ("MAX_RATIO", 2, "is compressed"),
    ("MAX_SHARED_STRINGS_BYTES", 100, "MB of text"),
    ("MAX_ENTRIES", 3, "parts"),
])
def test_xlsx_refused_from_its_zip_directory_before_reading(tmp_path, monkeypatch, limit, value, words):
    """What an .xlsx expands to (total, ratio, shared strings, number of parts) is checked from the zip
    directory, and the sheet is never parsed when a limit is passed."""
    from core.exchange import xlsx_reader

    i18n.set_language("en")
    if limit == "MAX_SHARED_STRINGS_BYTES":
        path = _shared_xlsx(tmp_path / "big.xlsx", [HEADER, ["单位一", "", "", "", "联系人"]])
    else:
        path = _entries_xlsx(tmp_path / "big.xlsx", 20000 if limit == "MAX_RATIO" else 50)
    monkeypatch.setattr(xlsx_reader, limit, value)
    parsed = []
    monkeypatch.setattr(xlsx_reader, "read_rows", lambda *a: parsed.append(a))
    with pytest.raises(UserError) as info:
        read_table(path)
    assert words in str(info.value) and "big.xlsx" in str(info.value)
    assert parsed == []


@pytest.mark.parametrize("kind", ["xlsx", "xlsx-shared", "xlsx-inline", "csv", "csv-one-line"])
def test_overlong_cell_refused_with_row_and_column(tmp_path, kind):
    """A cell over the limit (20,000 characters, what a note may hold) is refused, naming its row and column."""
    i18n.set_language("en")
    long = "很长" * 15000  # 30,000 characters
    rows = [["单位名称", "备注"], ["甲公司", "短"], ["乙公司", long]]
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "xlsx-shared":
        path = _shared_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "xlsx-inline":
        path = _inline_xlsx(tmp_path / "m.xlsx", rows)
    elif kind == "csv":
        path = write_csv(tmp_path / "m.csv", rows)
    else:
        path = write_csv(tmp_path / "m.csv", rows[:2] + [["乙公司", "x" * 3_000_000]])
    with pytest.raises(UserError) as info:
        read_table(path)
    assert "row 3, column B" in str(info.value) and "at most 20000" in str(info.value)


def _shared_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose text is in the shared strings (as Excel writes it)."""
    from xml.sax.saxutils import escape

    from bench.bench_import_memory import _workbook
    from core.exchange.columns import column_letter

    texts = sorted({v for row in rows for v in row if v})
    index = {v: i for i, v in enumerate(texts)}
    xml = "".join(f'<row r="{r}">' + "".join(f'<c r="{column_letter(c)}{r}" t="s"><v>{index[v]}</v></c>'
                                             for c, v in enumerate(row) if v) + "</row>"
                  for r, row in enumerate(rows, start=1))
    _workbook(path, iter([xml]), iter(f"<si><t>{escape(t)}</t></si>" for t in texts))
    return path


def _inline_xlsx(path: Path, rows: list[list[str]]) -> Path:
    """A workbook whose cells are inline strings (as some programs write them), rich text runs included."""
    import zipfile

    from bench.bench_import_memory import _CT, _NS, _RELS, _WB, _WB_RELS
    from core.exchange.columns import column_letter

    xml = "".join(f'<row r="{r}">' + "".join(
        f'<c r="{column_letter(c)}{r}" t="inlineStr"><is><r><t>{v[:1]}</t></r><r><t>{v[1:]}</t></r></is></c>'
        for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows, start=1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.replace("sharedStrings.xml", "missing.xml"))
        zf.writestr("xl/worksheets/sheet1.xml", f"<worksheet {_NS}><sheetData>{xml}</sheetData></worksheet>")
    return path


def test_inline_strings_and_sparse_rows_are_read(tmp_path):
    """Inline rich-text cells read as one text; rows far apart keep their Excel row numbers."""
    path = _inline_xlsx(tmp_path / "m.xlsx", [["单位名称", "城市"], ["甲公司", "重庆"]])
    table = read_table(path)
    assert table.header == ["单位名称", "城市"] and list(table.rows) == [["甲公司", "重庆"]]


def test_a_value_beyond_the_column_limit_is_refused(tmp_path):
    """A sheet with a value in column XFD (a common trick to make a tiny file huge) is refused, not padded."""
    i18n.set_language("en")
    wb = openpyxl.Workbook()
    wb.active.append(["单位名称", "联系人"])
    wb.active.append(["甲公司", "张三"])
    wb.active.cell(row=1048576, column=16384, value="x")
    wb.save(tmp_path / "wide.xlsx")
    with pytest.raises(UserError) as info:
        read_table(tmp_path / "wide.xlsx")
    assert "row 1048576" in str(info.value) and "at most 256 columns" in str(info.value)


_ENGLISH_NAMES = re.compile(r"Excel|WPS|CSV|zip|UTF-8|GB18030|xlsx|xls|csv|[\w.-]+\.(?:xlsx|csv|xls)", re.IGNORECASE)


def _damaged_sheet(p: Path) -> Path:
    import zipfile

    good = _entries_xlsx(p / "good.xlsx")
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(p / "broken.xlsx", "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[: len(data) // 2] if info.filename.endswith("sheet1.xml") else data)
    return p / "broken.xlsx"


@pytest.mark.parametrize("make", [
    lambda p: (p / "report.xlsx").write_bytes(_docx_bytes()) and p / "report.xlsx",
    lambda p: (p / "secret.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and p / "secret.xlsx",
    lambda p: _truncated_xlsx(p),
    _damaged_sheet,
    lambda p: (p / "empty.csv").write_bytes(b"") or p / "empty.csv",
    lambda p: (p / "bad.csv").write_bytes(b"\x81\x30\xff\xfe\x00" * 300) and p / "bad.csv",
    lambda p: (p / "quote.csv").write_text('单位名称,联系人\n"甲公司,张三\n' + "x" * 25000, encoding="utf-8") and p / "quote.csv",
], ids=["not-a-spreadsheet", "encrypted", "truncated", "damaged-sheet", "empty", "wrong-encoding", "unclosed-quote"])
def test_bad_file_messages_are_in_the_clerks_language(tmp_path, make):
    """Every refusal is a sentence in the UI language, naming the file, with no English from Python or SQLite."""
    i18n.set_language("zh-Hans")
    path = make(tmp_path)
    with pytest.raises(UserError) as info:
        read_table(path)
    text = str(info.value)
    assert path.name in text
    assert re.search(r"[a-zA-Z]{3,}", _ENGLISH_NAMES.sub("", text)) is None, text


def _docx_bytes() -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    return out.getvalue()


def test_file_errors_are_translated(tmp_path, monkeypatch):
    """An export that fails on a full disk says so in the UI language (not the system's English text)."""
    import errno

    i18n.set_language("zh-Hans")
    db = new_db(tmp_path)
    create_unit(db, {"name": "甲公司"})

    def full(*_a):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError) as info:
        export_members(db, tmp_path / "out.csv")
    assert "No space" not in str(info.value) and "磁盘已满" in str(info.value)
