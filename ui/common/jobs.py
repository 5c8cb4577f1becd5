"""Running long work (imports, exports, backups, mail) off the UI thread.

``run_job`` hands ``work`` to a thread pool. With ``db`` (the UI's Database), the job
gets a connection of its own, opened on the worker thread (``db.reopen()``, bound to
that thread) and closed when the work ends: ``work(job_db, progress, cancelled)``.
The window then never waits for the job's transaction, and the UI's reads never see
rows the job has not committed (WAL). Without ``db``, ``work(progress, cancelled)``
must not touch the database. ``progress(done, total)`` may be called from the
worker; ``cancelled()`` tells the work that the clerk pressed Cancel. A progress
dialog appears only when the work takes longer than 600 ms. ``on_done(result)`` or
``on_error(exc)`` then run on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.i18n import tr
from core.storage.database import Database


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: _Signals, cancel: threading.Event,
                 db: Database | None) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.db = db

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.signals.progress.emit(done, total)

        job_db: Database | None = None
        try:
            if self.db is None:
                result = self.work(progress, self.cancel.is_set)
            else:
                job_db = self.db.reopen()  # on this thread, for this job only
                result = self.work(job_db, progress, self.cancel.is_set)
        except BaseException as exc:  # delivered to the UI thread, shown to the clerk
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            if job_db is not None:
                job_db.close()


class Job(QObject):
    """A running job; keeps its signals alive until it ends."""

    _running: set["Job"] = set()

    def __init__(self, parent: QWidget | None, label: str, work: Callable[..., Any],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 db: Database | None = None) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(600)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel.set)
        self.signals.progress.connect(self._on_progress)
        self.signals.finished.connect(lambda result: self._end(on_done, result))
        self.signals.failed.connect(lambda exc: self._end(on_error, exc))
        Job._running.add(self)
        QThreadPool.globalInstance().start(_Runnable(work, self.signals, self.cancel, db))

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _end(self, callback: Callable[[Any], None], value: Any) -> None:
        self.dialog.reset()
        self.dialog.close()
        Job._running.discard(self)
        callback(value)


def run_job(parent: QWidget | None, label: str, work: Callable[..., Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], db: Database | None = None) -> Job:
    """Start ``work`` off the UI thread; with ``db``, on a connection of its own (see the module)."""
    return Job(parent, label, work, on_done, on_error, db)


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Block until background jobs end (tests, and closing the window)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
