"""The window and its database file: read-only files shown read-only, no database made from
a typo, the session lock moving with File → Open another database, restore from the
Backups dialog by the program that holds the file, closing backups only after changes."""

from __future__ import annotations

import os
import shutil
import stat

from core.members import units
from core.safety import backups
from core.safety.session import SessionLock
from core.safety.settings import backup_folder
from core.storage.database import open_database
from tests.file_helpers import fingerprint, make_db
from tests.test_ui_startup import press_in_boxes


def _window(qtbot, path, explicit=True):
    from ui.app import create_window

    _app, window = create_window(path, "zh-Hans", explicit=explicit)
    if window is not None:
        qtbot.addWidget(window)
    return window


def _reject_next_box(seen: list[str]) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def poke():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, poke)
            return
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, poke)


def _lock_pid(path):
    import json

    return json.loads(SessionLock(path).path.read_text(encoding="utf-8"))["pid"]


def test_chmod_444_file_opens_read_only_with_a_message(qtbot, tmp_path):
    """A file that cannot be written is opened read-only: the banner says so, nothing is written or locked."""
    path = make_db(tmp_path / "ro.sqlite3", units=3)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = fingerprint(path)
    window = _window(qtbot, path)
    assert window is not None and window.ctx.db.read_only
    assert window.banner.isVisibleTo(window) and "只读" in window.banner_label.text()
    assert not window.banner_button.isVisibleTo(window)
    assert window.session_lock is None
    window.close()
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").rglob("*.sqlite3"))


def test_a_missing_db_given_to_the_window_is_not_created(qtbot, tmp_path):
    """--db with a typo: the ways out are offered (quit here); no file appears."""
    typo = tmp_path / "secretraiat.sqlite3"
    seen: list[str] = []
    press_in_boxes(qtbot, ["退出"], seen)
    assert _window(qtbot, typo) is None
    assert str(typo) in seen[0]
    assert not list(tmp_path.iterdir())


def test_first_start_creates_the_default_database(qtbot, tmp_path):
    path = tmp_path / "default.sqlite3"
    window = _window(qtbot, path, explicit=False)
    assert window is not None and path.exists()
    window.close()


def test_open_another_database_moves_the_session_lock(qtbot, tmp_path):
    """File → Open another database: the lock is released on the old file and taken on the new one."""
    first = make_db(tmp_path / "first.sqlite3", units=1)
    second = make_db(tmp_path / "second.sqlite3", units=2)
    window = _window(qtbot, first)
    assert SessionLock(first).path.exists() and _lock_pid(first) == os.getpid()
    assert window._switch_to(second, create=False)
    assert window.ctx.db.path == second
    assert not SessionLock(first).path.exists()
    assert SessionLock(second).path.exists() and _lock_pid(second) == os.getpid()
    window.close()
    assert not SessionLock(second).path.exists()


def test_open_another_database_held_by_another_program_keeps_everything(qtbot, tmp_path):
    """The new file is locked by another running program and the clerk declines: nothing moves."""
    import socket

    first = make_db(tmp_path / "first.sqlite3", units=1)
    second = make_db(tmp_path / "second.sqlite3", units=2)
    SessionLock(second).path.write_text('{"host": "%s", "pid": 1}' % socket.gethostname(), encoding="utf-8")
    window = _window(qtbot, first)
    seen: list[str] = []
    _reject_next_box(seen)
    assert not window._switch_to(second, create=False)
    assert window.ctx.db.path == first and _lock_pid(first) == os.getpid()
    assert "1" in seen[0]
    window.close()


def test_restore_from_the_backups_dialog_by_the_program_holding_the_lock(qtbot, tmp_path):
    """The program itself restores: its connection is closed, the file replaced, the window reopened on it."""
    from ui.safety.backups_dialog import BackupsDialog

    path = make_db(tmp_path / "main.sqlite3", units=2)
    window = _window(qtbot, path)
    root = backup_folder(window.ctx.settings)
    made = backups.backup_now(window.ctx.db, root)
    units.create_unit(window.ctx.db, {"name": "备份之后的单位"})
    dialog = BackupsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [b.path for b in dialog.items] == [made.path]
    dialog.table.selectRow(0)
    seen: list[str] = []
    press_in_boxes(qtbot, ["恢复", "OK"], seen)
    dialog.restore_selected()
    assert window.ctx.db.query_one("SELECT count(*) FROM units")[0] == 2
    assert SessionLock(path).path.exists() and _lock_pid(path) == os.getpid()
    reasons = sorted(b.reason for b in backups.database_backups(window.ctx.db, root))
    assert reasons == ["manual", "restore"]
    window.close()


def test_closing_backs_up_only_when_the_data_changed(qtbot, tmp_path):
    """Close after a change: one closing backup; open and close again without a change: none more."""
    path = make_db(tmp_path / "main.sqlite3", units=1)
    window = _window(qtbot, path)
    units.create_unit(window.ctx.db, {"name": "关闭前新增"})
    window.close()
    db = open_database(path, create=False)
    root = backup_folder()
    assert [b.reason for b in backups.database_backups(db, root)] == ["close"]
    db.close()
    for _ in range(2):
        window = _window(qtbot, path)
        window.auto_backup.backup("auto")
        window.close()
    db = open_database(path, create=False)
    assert [b.reason for b in backups.database_backups(db, root)] == ["close"]
    db.close()


def test_screenshot_is_read_only_and_makes_no_backup(tmp_path):
    """--screenshot opens the file read-only: same bytes, no lock, no -wal/-shm, no backup."""
    from tests.file_helpers import run_cli

    path = make_db(tmp_path / "shot.sqlite3", units=3)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    before = fingerprint(path)
    result = run_cli("--db", str(path), "--screenshot", str(tmp_path / "s.png"), "--lang", "en", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert fingerprint(path) == before
    assert not (tmp_path / "backups").exists()


def test_import_into_a_damaged_database_is_stopped_by_its_backup(qtbot, tmp_path):
    """Before an import the window backs up; a damaged database cannot be backed up, so the import must not
    go on (the dialog shows this refusal) and no backup file is left."""
    from tests.file_helpers import damage

    path = make_db(tmp_path / "main.sqlite3", units=40)
    damage(path)
    window = _window(qtbot, path)
    refusal = window.ctx.backup_before("import")
    assert refusal and "损坏" in refusal
    root = backup_folder(window.ctx.settings)
    assert root.is_dir() and not [p for p in root.rglob("*.sqlite3*")]
    window.close()
