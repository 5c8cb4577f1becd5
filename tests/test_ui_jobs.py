"""Background jobs run on a connection of their own, opened on the worker thread."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from core.errors import UserError
from core.i18n import N_
from core.members import queries, units
from ui.common.jobs import run_job, wait_for_jobs

from tests.qt_helpers import open_main_window


@pytest.fixture
def window(qtbot, db):
    return open_main_window(qtbot, db)


def test_window_reads_while_a_job_holds_its_write_transaction(qtbot, window, db):
    """While a job's transaction is open the list still answers and does not show the job's rows; the
    job's connection cannot be used from the UI thread; after the commit the list shows the new unit."""
    units.create_unit(db, {"name": "已有单位"})
    page = window.pages["members"]
    page.refresh()
    inside, release = threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def work(job_db, progress, cancelled):
        seen["job_db"] = job_db
        seen["same_connection"] = job_db.conn is db.conn
        with job_db.action(N_("Register member unit {name}"), name="后台单位"):
            units.insert_unit(job_db, units.validate_unit({"name": "后台单位"}))
            inside.set()
            if not release.wait(60):  # the UI thread did not get through: fail rather than hang
                raise RuntimeError("the UI thread was blocked")
        return "committed"

    results: list[object] = []

    def done(result):
        results.append(result)
        window.ctx.data_changed.emit("all")

    run_job(window, "import", work, done, results.append, db=db)
    assert inside.wait(60)
    # the job's write transaction is open now, on its own connection
    assert seen["same_connection"] is False
    page.refresh()
    assert page.model.rowCount() == 1  # only the unit committed before
    assert [r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()] == ["已有单位"]
    with pytest.raises(sqlite3.ProgrammingError):
        seen["job_db"].conn.execute("SELECT 1")  # a job's connection belongs to its thread
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == ["committed"]
    assert wait_for_jobs(60000)
    assert page.model.rowCount() == 2
    assert sorted(r.name for r in queries.unit_rows(db, queries.unit_ids(db)).values()) == ["后台单位", "已有单位"]


def test_a_job_on_a_read_only_view_cannot_write(qtbot, db):
    """A job started on a read-only view of a backup gets a read-only connection too."""
    db.conn.execute("PRAGMA query_only = ON")
    errors: list[BaseException] = []

    def work(job_db, progress, cancelled):
        with job_db.transaction() as conn:
            conn.execute("UPDATE units SET name = name")

    run_job(None, "write", work, errors.append, errors.append, db=db)
    qtbot.waitUntil(lambda: bool(errors), timeout=60000)
    assert isinstance(errors[0], UserError) and "只读" in str(errors[0])
