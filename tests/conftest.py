"""Shared fixtures: a real temporary database, an isolated data folder, offscreen Qt."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """Settings and the default database go to a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ALLIANCE_SECRETARIAT_HOME", str(home))
    from core import i18n

    i18n.set_language("zh-Hans")
    yield home
    i18n.set_language("zh-Hans")


@pytest.fixture
def db(tmp_path):
    from core.storage.database import open_database

    database = open_database(tmp_path / "test.sqlite3")
    yield database
    database.conn.close()
