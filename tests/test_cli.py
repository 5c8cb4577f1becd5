"""The command line of docs/cli.md: commands, formats, exit codes and messages."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("clihome")
    path = home / "demo.sqlite3"
    result = run("demo", "--db", str(path), "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    assert "80 member units" in result.stdout
    return home, path


def test_help_lists_the_commands(tmp_path):
    """--help exits 0 and names every command."""
    result = run("--help", "--lang", "en", home=tmp_path)
    assert result.returncode == 0
    for command in ("demo", "members", "notices", "backup", "restore", "check"):
        assert command in result.stdout


def test_usage_error_exits_2_with_one_message_in_the_chosen_language(tmp_path):
    """A wrong command exits 2 with one line on stderr, in Simplified Chinese when asked, no traceback."""
    result = run("members", "lst", "--lang", "zh-Hans", home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("用法错误") and "Traceback" not in result.stderr


def test_failure_exits_1_with_a_message(tmp_path):
    """Listing a database file that does not exist exits 1 with a clear message."""
    result = run("members", "list", "--db", str(tmp_path / "absent.sqlite3"), "--lang", "en", home=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_members_list_json_has_english_keys_and_ids(demo):
    """members list --format json is a list of objects with English keys, ids included."""
    home, path = demo
    result = run("members", "list", "--db", str(path), "--format", "json", home=home)
    rows = json.loads(result.stdout)
    assert len(rows) == 80 and {"id", "name", "level", "credit_code"} <= set(rows[0])
    assert {r["level"] for r in rows} == {"chair", "vice_chair", "standing", "council", "member"}


def test_members_list_filters_and_csv(demo):
    """--search finds Traditional names from Simplified; --format csv has a header row."""
    home, path = demo
    result = run("members", "list", "--db", str(path), "--search", "香港", "--format", "csv", home=home)
    rows = list(csv.reader(result.stdout.splitlines()))
    assert rows[0][0] == "id" and any("香港" in r[1] for r in rows[1:])
    table = run("members", "list", "--db", str(path), "--level", "理事长单位", "--lang", "zh-Hans", home=home)
    assert table.returncode == 0 and "理事长单位" in table.stdout


def test_members_export_and_import_round_trip(demo, tmp_path):
    """Export to .xlsx, import into a new database (dry run first, then for real), same units; no overwrite."""
    home, path = demo
    out = tmp_path / "members.xlsx"
    assert run("members", "export", str(out), "--db", str(path), home=home).returncode == 0
    again = run("members", "export", str(out), "--db", str(path), "--lang", "en", home=home)
    assert again.returncode == 1 and "exists" in again.stderr
    target = tmp_path / "new.sqlite3"
    dry = run("members", "import", str(out), "--db", str(target), "--create", "--dry-run", "--lang", "en", home=home)
    assert dry.returncode == 0, dry.stderr
    assert not target.exists()  # a dry run writes nothing, not even a new file
    real = run("members", "import", str(out), "--db", str(target), "--create", "--lang", "en", home=home)
    assert real.returncode == 0, real.stderr
    names = {r["name"] for r in json.loads(run("members", "list", "--db", str(target), "--format", "json",
                                               home=home).stdout)}
    assert len(names) == 80 and "香港智慧城市聯盟有限公司" in names


def test_import_with_bad_rows_writes_nothing_unless_asked(tmp_path):
    """A file with a bad row: the report names row, column and reason; nothing is imported (exit 1) unless
    --skip-bad-rows."""
    source = tmp_path / "list.csv"
    source.write_text("单位名称,统一社会信用代码\n好单位,\n坏单位,12345\n", encoding="gb18030")
    db = tmp_path / "t.sqlite3"
    result = run("members", "import", str(source), "--db", str(db), "--create", "--lang", "en", home=tmp_path)
    assert result.returncode == 1 and "Row 3" in result.stdout + result.stderr
    assert json.loads(run("members", "list", "--db", str(db), "--format", "json", home=tmp_path).stdout) == []
    result = run("members", "import", str(source), "--db", str(db), "--skip-bad-rows", home=tmp_path)
    assert result.returncode == 0
    assert [r["name"] for r in json.loads(run("members", "list", "--db", str(db), "--format", "json",
                                              home=tmp_path).stdout)] == ["好单位"]


def test_notices_list_and_export(demo, tmp_path):
    """notices list shows 〔2013〕5号; notices export writes a Traditional PDF; exporting over it fails."""
    home, path = demo
    rows = json.loads(run("notices", "list", "--db", str(path), "--format", "json", home=home).stdout)
    call = next(r for r in rows if r["doc_number"] == "智慧城市联盟〔2013〕5号")
    out = tmp_path / "call.pdf"
    result = run("notices", "export", str(call["id"]), "--out", str(out), "--script", "hant-tw", "--db", str(path),
                 home=home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert run("notices", "export", str(call["id"]), "--out", str(out), "--db", str(path), home=home).returncode == 1


def test_notices_export_to_docx_and_refuses_other_formats(demo, tmp_path):
    """notices export --out F.docx writes a Word document with the notice's title in it; F.odt is refused
    with a message in the chosen language and writes nothing."""
    from docx import Document

    home, path = demo
    rows = json.loads(run("notices", "list", "--db", str(path), "--format", "json", home=home).stdout)
    call = next(r for r in rows if r["doc_number"] == "智慧城市联盟〔2013〕5号")
    out = tmp_path / "call.docx"
    result = run("notices", "export", str(call["id"]), "--out", str(out), "--db", str(path), home=home)
    assert result.returncode == 0, result.stderr
    text = "".join(p.text for p in Document(str(out)).paragraphs)
    assert call["title"] in text and "智慧城市联盟〔2013〕5号" in text
    odt = tmp_path / "call.odt"
    refused = run("notices", "export", str(call["id"]), "--out", str(odt), "--db", str(path), "--lang", "zh-Hans",
                  home=home)
    assert refused.returncode == 1 and ".docx" in refused.stderr and "Traceback" not in refused.stderr
    assert "导出" in refused.stderr and not odt.exists()


def test_backup_check_restore(demo, tmp_path):
    """backup writes a file, check says the database is in order, restore brings a backup back."""
    home, path = demo
    out = tmp_path / "copy.sqlite3"
    assert run("backup", "--db", str(path), "--out", str(out), home=home).returncode == 0
    check = run("check", "--db", str(path), "--lang", "en", home=home)
    assert check.returncode == 0 and "good order" in check.stdout
    restore = run("restore", str(out), "--db", str(path), "--lang", "en", home=home)
    assert restore.returncode == 0 and "80 member units" in restore.stdout


def test_demo_refuses_a_database_with_units(demo):
    """demo on a file that already holds units fails with a message and changes nothing."""
    home, path = demo
    result = run("demo", "--db", str(path), "--lang", "en", home=home)
    assert result.returncode == 1 and "already holds member units" in result.stderr


def test_screenshot_of_each_view(demo, tmp_path):
    """--screenshot renders the main window to a PNG on each list view; a view that does not exist is
    a usage error."""
    home, path = demo
    for view in ("members", "contacts", "notices", "meetings", "nominations", "experts", "mail"):
        out = tmp_path / f"{view}.png"
        result = run("--db", str(path), "--screenshot", str(out), "--view", view, home=home)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10000
    missing = run("--db", str(path), "--screenshot", str(tmp_path / "x.png"), "--view", "calendar", "--lang", "en",
                  home=home)
    assert missing.returncode == 2 and "calendar" in missing.stderr and not (tmp_path / "x.png").exists()


def test_search_across_kinds_in_three_formats(demo):
    """search cq lists the 重庆 units; JSON has English keys and kinds; CSV has the header;
    --kind limits; nothing found is exit 0 with a message in the language."""
    home, path = demo
    table = run("search", "cq", "--db", str(path), "--lang", "zh-Hans", home=home)
    assert table.returncode == 0 and "成员单位" in table.stdout and "重庆" in table.stdout
    rows = json.loads(run("search", "重慶", "--db", str(path), "--format", "json", home=home).stdout)
    # units and their contacts; nominees and roster members working at a 重庆 unit too
    assert {"units", "contacts"} <= {r["kind"] for r in rows} <= {"units", "contacts", "nominations", "experts",
                                                                   "standards_members"}
    assert set(rows[0]) == {"kind", "id", "title", "detail"}
    assert all(r["title"].startswith("重庆") for r in rows if r["kind"] == "units")
    only = json.loads(run("search", "王", "--kind", "contacts", "--limit", "3", "--db", str(path), "--format", "json",
                          home=home).stdout)
    assert len(only) == 3 and {r["kind"] for r in only} == {"contacts"}
    lines = run("search", "wzl", "--db", str(path), "--format", "csv", home=home).stdout.splitlines()
    assert lines[0] == "kind,id,title,detail"
    none = run("search", "xyzzy", "--db", str(path), "--lang", "en", home=home)
    assert none.returncode == 0 and "Nothing found for xyzzy." in none.stdout
    bad = run("search", "x", "--limit", "0", "--db", str(path), "--lang", "en", home=home)
    assert bad.returncode == 2 and "--limit" in bad.stderr


def test_screenshot_of_the_dashboard(demo, tmp_path):
    """--screenshot OUT.png --view dashboard draws the window on the dashboard, charts included."""
    from PySide6.QtGui import QImage

    home, path = demo
    out = tmp_path / "dashboard.png"
    result = run("--db", str(path), "--screenshot", str(out), "--view", "dashboard", "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() > 800
    blue = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).name() == "#2563eb")
    assert blue > 500  # the bars (and the selected sidebar entry) are drawn
