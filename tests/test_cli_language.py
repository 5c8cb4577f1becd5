"""The command line speaks the chosen language, argparse's own words included, and a
one-off --lang is for that run only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def test_help_in_chinese_has_no_argparse_english(tmp_path):
    """--help in Simplified and Traditional: 用法/選項 instead of usage:/options:, the -h line translated."""
    hans = run("--help", "--lang", "zh-Hans", home=tmp_path)
    assert hans.returncode == 0
    assert hans.stdout.startswith("用法：main.py")
    assert "显示本帮助并退出" in hans.stdout
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in hans.stdout
    hant = run("members", "--help", "--lang", "zh-Hant", home=tmp_path)
    assert hant.returncode == 0
    assert hant.stdout.startswith("用法：") and "顯示本說明並退出" in hant.stdout
    assert "usage:" not in hant.stdout


def test_usage_errors_in_chinese(tmp_path):
    """A wrong choice and a missing command read in Chinese, exit 2, one message."""
    wrong = run("members", "list", "--format", "xx", "--lang", "zh-Hant", home=tmp_path)
    assert wrong.returncode == 2
    assert "無效的選擇" in wrong.stderr and "'xx'" in wrong.stderr
    assert "invalid choice" not in wrong.stderr
    missing = run("--lang", "zh-Hans", "members", home=tmp_path)
    assert missing.returncode == 2
    assert "缺少必需的参数" in missing.stderr and "required" not in missing.stderr
    english = run("members", "list", "--format", "xx", "--lang", "en", home=tmp_path)
    assert "invalid choice" in english.stderr


def test_help_names_only_the_views_that_exist(tmp_path):
    """--help offers every module's view for --view: the dashboard, members, contacts, notices,
    nominations, experts, mail and meetings."""
    result = run("--help", "--lang", "en", home=tmp_path)
    view_help = " ".join(result.stdout[result.stdout.index("--view VIEW "):].split())
    assert "dashboard, members, contacts, notices, nominations, experts, mail, meetings" in view_help


def test_one_off_language_is_not_remembered(tmp_path):
    """--screenshot --lang en renders in English but a later command still speaks the saved language."""
    db = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(db), "--lang", "zh-Hans", home=tmp_path).returncode == 0
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"language": "zh-Hant"}), encoding="utf-8")
    shot = run("--db", str(db), "--lang", "en", "--screenshot", str(tmp_path / "en.png"), home=tmp_path)
    assert shot.returncode == 0, shot.stderr
    assert json.loads(settings.read_text(encoding="utf-8")).get("language") == "zh-Hant"
    later = run("members", "list", "--format", "xx", home=tmp_path)
    assert "無效的選擇" in later.stderr


def test_screenshot_of_a_database_open_elsewhere_says_why(tmp_path):
    """A --screenshot that cannot take the database says so on stderr instead of exiting silently."""
    db = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(db), "--lang", "en", home=tmp_path).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = db.with_name(db.name + ".lock")
        import socket

        lock.write_text(json.dumps({"host": socket.gethostname(), "pid": holder.pid}), encoding="utf-8")
        shot = run("--db", str(db), "--lang", "en", "--screenshot", str(tmp_path / "s.png"), home=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    if shot.returncode == 0:  # a read-only render needs no lock: then the picture must be there
        assert (tmp_path / "s.png").stat().st_size > 0
    else:
        assert shot.returncode == 1
        assert "already open" in shot.stderr
