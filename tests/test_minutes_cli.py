"""``meetings export`` and ``meetings signin-sheet`` on the command line (docs/cli.md): PDFs written,
never over an existing file without --force, messages in the chosen language, exit codes 0/1/2."""

from __future__ import annotations

import pdfplumber
import pytest

from core.meetings.minutes_sample import sample_minutes
from tests.minutes_helpers import record_meeting
from tests.test_cli import run


@pytest.fixture(scope="module")
def meeting_db(tmp_path_factory):
    from core.storage.database import open_database

    home = tmp_path_factory.mktemp("minutes-cli")
    path = home / "m.sqlite3"
    db = open_database(path, create=True)
    meeting_id = record_meeting(db, sample_minutes(12))
    db.conn.close()
    return home, path, meeting_id


def test_export_writes_the_minutes_and_refuses_to_overwrite(meeting_db):
    home, path, meeting_id = meeting_db
    out = home / "纪要.pdf"
    result = run("meetings", "export", str(meeting_id), "--out", str(out), "--order", "pinyin", "--db", str(path),
                 "--lang", "en", home=home)
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    with pdfplumber.open(out) as pdf:
        assert "纪要" in "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 30)
    again = run("meetings", "export", str(meeting_id), "--out", str(out), "--db", str(path), "--lang", "zh-Hans",
                home=home)
    assert again.returncode == 1 and "已存在" in again.stderr and "Traceback" not in again.stderr
    forced = run("meetings", "export", str(meeting_id), "--out", str(out), "--script", "hant-hk", "--force",
                 "--db", str(path), home=home)
    assert forced.returncode == 0, forced.stderr
    with pdfplumber.open(out) as pdf:
        assert "紀要" in "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 30)


def test_export_as_word_document(meeting_db):
    """meetings export ID --out F.docx: the minutes as a .docx (mark, 出席 list, the action items'
    table), refused over an existing file without --force, Traditional with --script."""
    import docx

    home, path, meeting_id = meeting_db
    out = home / "纪要.docx"
    result = run("meetings", "export", str(meeting_id), "--out", str(out), "--db", str(path), "--lang", "en",
                 home=home)
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    document = docx.Document(str(out))
    text = "".join(p.text for p in document.paragraphs)
    assert "理事会第一次工作会议纪要" in text and "出席：" in text
    actions = document.tables[0]  # (the second: the closing block, 分送 and 印发)
    assert actions.rows[0].cells[0].text == "序号" and len(actions.rows) == 1 + 8
    again = run("meetings", "export", str(meeting_id), "--out", str(out), "--db", str(path), "--lang", "zh-Hans",
                home=home)
    assert again.returncode == 1 and "已存在" in again.stderr
    forced = run("meetings", "export", str(meeting_id), "--out", str(out), "--script", "hant-tw", "--force",
                 "--db", str(path), home=home)
    assert forced.returncode == 0, forced.stderr
    assert "理事會第一次工作會議紀要" in "".join(p.text for p in docx.Document(str(out)).paragraphs)


def test_signin_sheet(meeting_db):
    home, path, meeting_id = meeting_db
    out = home / "signin.pdf"
    result = run("meetings", "signin-sheet", str(meeting_id), "--out", str(out), "--db", str(path), "--lang", "en",
                 home=home)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        assert "签到表" in (pdf.pages[0].extract_text() or "")


def test_bad_input_is_told_clearly(meeting_db):
    home, path, meeting_id = meeting_db
    missing = run("meetings", "export", "999", "--out", str(home / "x.pdf"), "--db", str(path), "--lang", "en",
                  home=home)
    assert missing.returncode == 1 and "999" in missing.stderr and "Traceback" not in missing.stderr
    assert not (home / "x.pdf").exists()
    text = run("meetings", "export", str(meeting_id), "--out", str(home / "x.txt"), "--db", str(path),
               "--lang", "zh-Hant", home=home)
    assert text.returncode == 1 and ".docx" in text.stderr and not (home / "x.txt").exists()
    sheet = run("meetings", "signin-sheet", str(meeting_id), "--out", str(home / "x.docx"), "--db", str(path),
                "--lang", "en", home=home)
    assert sheet.returncode == 1 and "PDF" in sheet.stderr and not (home / "x.docx").exists()
    order = run("meetings", "export", str(meeting_id), "--out", str(home / "x.pdf"), "--order", "random",
                "--db", str(path), "--lang", "en", home=home)
    assert order.returncode == 2 and "Usage error" in order.stderr
