"""Start-up does not depend on the database's size: the queries run while the main
window is built are bounded (indexes, first screens, small tables), and heavy
packages are not imported on the way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GROWING = ("units", "contacts", "unit_committees", "unit_history", "changes", "notice_addressees")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from bench.generate import generate

    return generate(tmp_path_factory.mktemp("gen") / "start.sqlite3", units=300, contacts_per_unit=3, seed=3).path


def test_window_start_reads_no_whole_table(qtbot, generated, monkeypatch):
    """Building the main window on 300 units runs no query that scans units, contacts or
    another table that grows with the data: every list starts from its count and first screen."""
    from core.settings import Settings
    from core.storage.database import open_database
    from ui.common.language import LanguageManager
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.safety import auto_backup

    monkeypatch.setattr(auto_backup, "TRASH_DELAY_MS", 10**8)  # not while the database closes after the test
    db = open_database(generated)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    window = MainWindow(AppContext(db, settings, manager))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for key in ("members", "contacts", "notices"):  # every list page painted once
        window.show_view(key)
        qtbot.wait(10)
    db.conn.set_trace_callback(None)
    window.auto_backup.timer.stop()
    selects = {s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))}
    assert any("FROM units" in s for s in selects) and any("FROM contacts" in s for s in selects)
    scans = []
    for sql in selects:
        for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql):
            detail = row[3]
            if " USING COVERING INDEX " in detail or " USING INDEX " in detail and "_live" in detail:
                continue  # a count walking a narrow index of the rows in use, not the table
            if detail.startswith("SCAN") and any(f" {t}" in f" {detail.split()[1]}" for t in GROWING):
                scans.append((detail, sql))
            if detail.startswith("SCAN") and len(detail.split()) > 1 and detail.split()[1] in ("u", "c", "uc"):
                scans.append((detail, sql))
    assert scans == []
    rows = window.pages["members"].model.count
    assert rows == db.query_one("SELECT count(*) FROM units WHERE deleted_at IS NULL")[0]
    window.close()
    db.close()


def test_heavy_packages_not_imported_at_start(tmp_path, generated):
    """sqlite-utils (and numpy behind it) and reportlab are not imported on the way to the
    main window: `main.py --screenshot` in a fresh process, then look at sys.modules. (On the
    members list: the dashboard loads pyqtgraph once shown, after the window appears; see
    tests/test_ui_overview.py.)"""
    probe = (
        "import sys\n"
        "sys.argv = ['main.py', '--db', sys.argv[1], '--screenshot', sys.argv[2], '--view', 'members']\n"
        "from cli.main import run\n"
        "code = run()\n"
        "heavy = [m for m in ('sqlite_utils', 'numpy', 'reportlab', 'openpyxl', 'pyqtgraph') if m in sys.modules]\n"
        "print('HEAVY', ','.join(heavy), 'CODE', code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLIANCE_SECRETARIAT_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe, str(generated), str(tmp_path / "shot.png")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=300)
    line = next(x for x in out.stdout.splitlines() if x.startswith("HEAVY"))
    assert line == "HEAVY  CODE 0", out.stdout + out.stderr
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_window_start_counts_the_list_shown_once_and_builds_no_other_page(qtbot, generated, monkeypatch):
    """The first screen (the overview) queries none of the lists; the member list, when shown, costs
    one count (not one more each time Qt sets its sort order), and the contact and notice lists,
    not shown yet, are never queried."""
    from core.settings import Settings
    from core.storage.database import open_database
    from ui.common.language import LanguageManager
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.safety import auto_backup

    monkeypatch.setattr(auto_backup, "TRASH_DELAY_MS", 10**8)
    db = open_database(generated)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    window = MainWindow(AppContext(db, settings, manager))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    assert not [s for s in statements if "u.id" in s or s.startswith("SELECT c.id")]  # no list counted yet
    window.show_view("members")
    qtbot.wait(20)
    db.conn.set_trace_callback(None)
    window.auto_backup.timer.stop()
    assert len([s for s in statements if s.startswith("SELECT count(*) FROM units")]) == 1
    assert not [s for s in statements if "contacts INDEXED BY contacts_live" in s or s.startswith("SELECT c.id")]
    assert not [s for s in statements if "FROM notices" in s]
    window.close()
    db.close()


def test_the_first_screen_is_drawn_before_what_it_does_not_show(tmp_path, generated):
    """The window on the overview (its first view), shown and painted once as at a clerk's start,
    in a fresh process: the charts (pyqtgraph, numpy), the lists, the search box and the record
    kinds' declarations are not loaded yet, and PySide6's Qt namespace (its hundred enum classes)
    is not built (ui/common/first_paint.py); the overview says it is counting."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "import PySide6.QtCore\n"
        "from ui.app import create_window\n"
        "app, window = create_window(Path(sys.argv[1]), 'zh-Hans', screenshot_mode=True)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "late = [m for m in ('pyqtgraph', 'numpy', 'ui.common.list_view', 'ui.common.lazy_model',\n"
        "                    'ui.overview.search_popup', 'core.storage.registry') if m in sys.modules]\n"
        "print('LATE', ','.join(late), 'QT', 'Qt' in vars(PySide6.QtCore), 'PAGE', window.page().objectName() or\n"
        "      type(window.page()).__name__, 'SAYS', window.page().loading.isVisible() and window.page().loading.text())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ALLIANCE_SECRETARIAT_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe, str(generated)], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    line = next((x for x in out.stdout.splitlines() if x.startswith("LATE")), out.stdout + out.stderr)
    assert line == "LATE  QT False PAGE DashboardView SAYS 正在统计……", out.stdout + out.stderr
