"""Starting the GUI: language, database (with a way out when it cannot be opened),
the main window; or, with ``screenshot``, render the window to a PNG and exit."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import APP_NAME, paths
from core.i18n import tr
from core.settings import Settings
from core.safety.session import AlreadyOpen, SessionLock
from core.storage.database import Database, DatabaseOpenError, DatabaseReadOnly, open_database
from ui.common.icons import app_icon
from ui.common.messages import confirm
from ui.common.language import LanguageManager
from ui.context import AppContext
from ui.main_window import MainWindow

START_ENV = "SECRETARIAT_BENCH_T0"
VIEWS = ("members", "contacts", "notices", "meetings")


def open_for_window(db_path: Path, explicit: bool, screenshot_mode: bool = False) -> Database | None:
    """The database the window shows.

    --screenshot only looks: the file is opened read-only (nothing written, no lock).
    Otherwise the file is opened for writing; only the default file is created when
    missing (first start), never a path given with --db. A file that cannot be written
    (tried: a chmod 444 file, a read-only drive) is opened read-only, the window says so.
    Any other failure offers the ways out (open another, create, restore a copy).
    """
    if screenshot_mode:
        return open_database(db_path, create=False, read_only=True)
    try:
        return open_database(db_path, create=not explicit and not db_path.exists())
    except DatabaseReadOnly:
        try:
            return open_database(db_path, create=False, read_only=True)
        except DatabaseOpenError as exc:
            error = exc
    except DatabaseOpenError as exc:
        error = exc
    from ui.startup import recover

    return recover(error)


def create_window(db_path: Path, language: str | None, screenshot_mode: bool = False, explicit: bool = True
                  ) -> tuple[QApplication, MainWindow | None]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.common import gc_guard

    gc_guard.install(app)  # Qt objects are freed on the UI thread only
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())  # every window and dialog
    settings = Settings()
    manager = LanguageManager(settings)
    # A --lang given on the command line is for this run only; the Language menu remembers.
    manager.apply(manager.initial_language(language), remember=False)
    db = open_for_window(db_path, explicit, screenshot_mode)
    if db is None:
        return app, None
    lock = None
    if not db.read_only:  # a file only looked at is not locked (and nothing is written beside it)
        lock = SessionLock(db.path)
        try:
            lock.acquire()
        except AlreadyOpen as exc:
            if not confirm(None, str(exc), tr("Open anyway")):
                db.close()
                return app, None
            lock.acquire(force=True)
    ctx = AppContext(db, settings, manager)
    ctx.picture_only = screenshot_mode
    window = MainWindow(ctx)
    window.session_lock = lock
    if lock is not None and lock.unclean:
        from core.safety import check  # only after an unclean end

        report = check.check_database(db)
        if not report.ok:
            from ui.common.messages import show_error

            show_error(window, tr("The program did not close properly last time. The database check found:") +
                       "\n\n" + report.text() + "\n\n" + tr("Use File → Check database to repair, or restore a "
                                                              "backup from File → Backups."))
    return app, window


WARM_UP_DELAY_MS = 3000


def _warm_up_fonts(overrides: dict | None) -> None:
    """Parse the PDF fonts in the background a while after start (not competing with the
    window's first paint), so the first export is quick."""
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: _start_font_thread(overrides))


def _start_font_thread(overrides: dict | None) -> None:
    import threading

    def work() -> None:
        try:
            from core.documents import preload_fonts

            preload_fonts(overrides)
        except Exception:  # no fonts: the export will say so, with the fix
            pass

    threading.Thread(target=work, name="font-warm-up", daemon=True).start()


def install_error_handler(window: MainWindow | None = None) -> None:
    """Errors that reach the event loop are shown to the clerk (and logged), never lost
    in a console nobody reads; the program keeps running."""
    import traceback

    from core.errors import UserError
    from ui.common.messages import show_error

    def handle(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        if isinstance(value, UserError):
            show_error(QApplication.activeWindow(), str(value))
            return
        if isinstance(value, sqlite3.DatabaseError) and window is not None:  # a damaged page met while reading
            from core.storage import errors

            path = window.ctx.db.read_only_source or window.ctx.db.path
            if errors.kind_of(value, path) is not None:
                show_error(QApplication.activeWindow(), str(errors.message(errors.kind_of(value, path), path, value)))
                return
        log = paths.data_dir() / "errors.log"
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(kind, value, tb)) + "\n")
        except OSError:
            pass
        show_error(QApplication.activeWindow(), tr("Unexpected error: {reason}", reason=f"{kind.__name__}: {value}")
                   + "\n\n" + tr("Details were written to {path}.", path=str(log)))

    sys.excepthook = handle


def run_gui(db_path: Path | None, language: str | None, screenshot: Path | None = None,
            view: str | None = None) -> int:
    started = time.perf_counter()
    app, window = create_window(db_path or paths.default_db_path(), language, screenshot is not None,
                                explicit=db_path is not None)
    if window is None:
        return 1
    if screenshot is None:
        install_error_handler(window)
        _warm_up_fonts(window.ctx.settings.get("fonts") or None)
    if view:
        window.show_view(view)
    window.show()
    if os.environ.get(START_ENV):  # bench/bench_members.py: time from process start to window shown
        app.processEvents()
        print(f"start-to-window-ms: {(time.time() - float(os.environ[START_ENV])) * 1000:.0f}", flush=True)
        print(f"start-to-window-cpu-ms: {time.process_time() * 1000:.0f}", flush=True)  # this process's CPU
    if screenshot is not None:
        app.processEvents()
        finish = getattr(window.page(), "ensure_built", None)  # what a page draws after the window shows
        if finish is not None:
            finish()
        QTimer.singleShot(50, app.quit)
        app.exec()
        window.grab().save(str(screenshot))
        print(tr("Window shown after {ms} ms; screenshot written to {path}",
                 ms=round((time.perf_counter() - started) * 1000), path=str(screenshot)))
        window.close()
        return 0
    return app.exec()
