"""When the database cannot be opened, the program says why and offers the ways out."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.members import units
from core.storage.database import DatabaseOpenError, open_database
from ui import startup


def press_in_boxes(qtbot, answers: list[str], seen: list[str]) -> None:
    """Answer the next message boxes, one after the other, by the text of a button."""
    def poke():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, poke)
            return
        seen.append(box.text())
        wanted = answers.pop(0) if answers else None
        button = next((b for b in box.buttons() if b.text() == wanted), box.buttons()[0])
        button.click()
        if answers:
            QTimer.singleShot(30, poke)

    QTimer.singleShot(0, poke)


def error_for(path) -> DatabaseOpenError:
    try:
        open_database(path)
    except DatabaseOpenError as exc:
        return exc
    raise AssertionError("the file opened")


def test_damaged_file_quit_changes_nothing(qtbot, tmp_path):
    """A damaged file: the message names it and offers other file / new / restore / quit; Quit leaves it be."""
    path = tmp_path / "main.sqlite3"
    path.write_bytes(b"garbage" * 100)
    seen: list[str] = []
    press_in_boxes(qtbot, ["退出"], seen)
    assert startup.recover(error_for(path)) is None
    assert str(path) in seen[0]
    assert path.read_bytes() == b"garbage" * 100


def test_damaged_file_restored_from_a_copy(qtbot, tmp_path, monkeypatch):
    """Restore a copy…: the chosen copy is checked and put in place, the damaged file is kept beside it."""
    good = tmp_path / "backup.sqlite3"
    db = open_database(good)
    units.create_unit(db, {"name": "樟树智慧水务有限公司"})
    db.close()
    path = tmp_path / "main.sqlite3"
    path.write_bytes(b"garbage" * 100)
    monkeypatch.setattr(startup.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    seen: list[str] = []
    press_in_boxes(qtbot, ["恢复副本…", "OK"], seen)
    restored = startup.recover(error_for(path))
    assert restored is not None
    assert [r[0] for r in restored.query("SELECT name FROM units")] == ["樟树智慧水务有限公司"]
    assert len(list(tmp_path.glob("main.damaged-*.sqlite3"))) == 1
    assert "main.damaged-" in seen[1]
