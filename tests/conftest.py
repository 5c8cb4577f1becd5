"""Shared fixtures: a real temporary database, an isolated data folder, offscreen Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import gc  # noqa: E402

import pytest  # noqa: E402

# As in the program (ui/common/gc_guard.py): cycles holding Qt objects are freed on the main
# thread only, between tests, never by a worker thread of a job in the middle of one.
gc.disable()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Settings and the default database go to a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ALLIANCE_SECRETARIAT_HOME", str(home))
    from core import i18n

    i18n.set_language("zh-Hans")
    yield home
    i18n.set_language("zh-Hans")


@pytest.fixture(autouse=True)
def no_late_safety_timers(monkeypatch):
    """A main window empties old trash 10 s after it opens and checks for a backup every
    minute; on a busy machine those timers fired in a later test, on a database (or a
    window) already gone. The test's own windows stop them when it ends."""
    try:
        from ui.safety import auto_backup
    except ImportError:  # no Qt: core tests
        yield
        return
    made = []
    original = auto_backup.AutoBackup.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(auto_backup.AutoBackup, "__init__", init)
    monkeypatch.setattr(auto_backup, "TRASH_DELAY_MS", 10**8)
    yield
    for backup in made:
        try:
            backup.timer.stop()
        except RuntimeError:  # already deleted with its window
            pass


@pytest.fixture
def db(tmp_path):
    from core.storage.database import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.conn.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo alliance (core.demo), made once for the whole run: copy it before opening it."""
    from core.demo import fill_demo
    from core.storage.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    fill_demo(database)
    database.close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    """An open copy of the demo database, for a test that may change it."""
    import shutil

    from core.storage.database import open_database

    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


# ---- fixtures of the GB/T 9704 layout tests (tests/test_gbt9704_*.py) ----------------------------

@pytest.fixture(scope="module")
def long_pdf():
    from core.documents import Attachment, Block
    from tests.pdf_layout import notice, pure_text, render

    """A 5+ page notice of plain paragraphs, with attachments listed and a closing block."""
    body = [Block("paragraph", pure_text(300 + 7 * k, k)) for k in range(6)]
    doc = notice(body=body, attachments=[Attachment("专家推荐表"), Attachment("标准组推荐表")],
                 copies=["国家标准化管理委员会", "工业和信息化部"])
    pdf, info = render(doc)
    yield pdf, info
    pdf.close()


@pytest.fixture(scope="module")
def seal_png(tmp_path_factory):
    from core.documents.samples import make_seal_png

    return make_seal_png(tmp_path_factory.mktemp("seal") / "seal.png")
