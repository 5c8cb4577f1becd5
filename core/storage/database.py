"""Opening the SQLite file safely.

Guarantees of :func:`open_database`:

* a file that is not SQLite, or a SQLite file of another program, is refused and
  not touched;
* a file written by a newer version of this program is refused before anything is
  written to it;
* an older file is copied next to itself before its schema is upgraded;
* every connection has foreign keys on, a busy timeout, WAL journaling and full
  fsync, so a killed process or a pulled USB stick leaves a consistent file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg

APPLICATION_ID = 0x414C5331  # "ALS1": marks files made by this program
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseOpenError(UserError):
    """The file cannot be opened; ``message`` says why and what the clerk can do."""

    def __init__(self, message: Msg, path: Path) -> None:
        super().__init__(message)
        self.path = path


class DatabaseTooNew(DatabaseOpenError):
    pass


class DatabaseLocked(UserError):
    pass


class DatabaseVanished(UserError):
    """The file went away under the program (a USB stick pulled out, a network drive
    gone). The open connection still holds the data: :func:`rescue_copy` saves it."""


class Database:
    """One connection to the alliance's SQLite file.

    ``sql`` is the sqlite-utils view of the same connection, for schema work in
    migrations (made on first use: sqlite-utils and numpy behind it cost 100+ ms to
    import). Writes go through :meth:`transaction`.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._sql = None
        self.lock = threading.RLock()
        self.read_only_source: Path | None = None  # set when this is a read-only view of a backup
        self._touched: set[str] = set()  # tables written by committed actions, see take_touched()
        self._pending: set[str] = set()

    @property
    def sql(self):  # type: ignore[no-untyped-def]
        if self._sql is None:
            import sqlite_utils

            self._sql = sqlite_utils.Database(self.conn)
        return self._sql

    # -- what changed ---------------------------------------------------------
    def note_action_tables(self, conn: sqlite3.Connection, action_id: int) -> None:
        """Remember the tables whose rows the logged action ``action_id`` changed; they
        count as touched once the current transaction commits."""
        self._pending.update(r[0] for r in conn.execute(
            "SELECT DISTINCT tbl FROM changes WHERE action_id = ?", (action_id,)))

    def take_touched(self) -> frozenset[str]:
        """The tables that committed actions (and undo/redo) changed since the last call."""
        with self.lock:
            touched, self._touched = frozenset(self._touched), set()
        return touched

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: ``BEGIN IMMEDIATE`` (savepoints when nested).

        One user action is one call of this. An exception rolls back everything
        done inside and propagates.
        """
        with self.lock:
            conn = self.conn
            if conn.in_transaction:
                name = f"sp_{id(object())}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:
                        conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        conn.execute(f"RELEASE SAVEPOINT {name}")
                    raise
                else:
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                return
            if not self.path.exists():
                raise DatabaseVanished(Msg("The database file {path} is no longer there (was a USB stick removed?). "
                                           "Nothing was saved. Put it back and try again, or save everything to "
                                           "another file.", path=str(self.path)))
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise _translate_operational(exc, self.path) from exc
            self._pending.clear()
            try:
                yield conn
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if _is_environmental(exc):
                    raise _translate_operational(exc, self.path) from exc
                raise
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            else:
                try:
                    conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise _translate_operational(exc, self.path) from exc
                self._touched |= self._pending
            finally:
                self._pending.clear()

    @contextlib.contextmanager
    def action(self, label: str, **params: object) -> Iterator[sqlite3.Connection]:
        """One clerk action: a transaction whose changes are logged for undo and history.

        ``label`` is the English source of the action's name (marked with ``N_``),
        with named placeholders filled from ``params`` when shown ("Delete member
        unit {name}"). Nested inside another action, it joins that one.
        """
        from core.storage import changes
        from core.storage.records import now

        with self.transaction() as conn:
            current = conn.execute("SELECT action_id FROM change_control WHERE id = 1").fetchone()[0]
            if current is not None:
                yield conn
                return
            action_id = changes.begin_action(conn, label, {k: str(v) for k, v in params.items()}, now())
            yield conn
            self.note_action_tables(conn, action_id)
            changes.end_action(conn, action_id)

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        with self.lock:
            return self.conn.execute(sql, params).fetchone()

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def reopen(self) -> "Database":
        """A second connection to the same file, for work on another thread."""
        return open_database(self.path, create=False)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()


def _is_environmental(exc: sqlite3.OperationalError) -> bool:
    """Errors of the disk or of other programs (not of this program's SQL)."""
    text = str(exc).lower()
    return any(w in text for w in ("locked", "busy", "readonly", "read-only", "full", "disk i/o", "query_only"))


def _translate_operational(exc: sqlite3.OperationalError, path: Path) -> UserError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(Msg("The database file {path} is busy: another program is writing to it. "
                                  "Wait a moment and try again.", path=str(path)))
    if "readonly" in text or "read-only" in text or "query_only" in text:
        return DatabaseLocked(Msg("The database file {path} is read-only: nothing can be saved. "
                                  "Copy it to a writable folder and open the copy.", path=str(path)))
    if "disk" in text and "full" in text:
        return DatabaseLocked(Msg("The disk holding {path} is full: nothing was saved. "
                                  "Free some space and try again.", path=str(path)))
    return DatabaseLocked(Msg("The database file {path} could not be written: {reason}",
                              path=str(path), reason=str(exc)))


def _check_file(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabaseOpenError(Msg("{path} is a folder, not a database file.", path=str(path)), path)
    if not path.exists():
        if not create:
            raise DatabaseOpenError(Msg("The database file {path} does not exist.", path=str(path)), path)
        if not path.parent.is_dir():
            raise DatabaseOpenError(Msg("The folder {folder} does not exist.", folder=str(path.parent)), path)
        if not os.access(path.parent, os.W_OK):
            raise DatabaseOpenError(Msg("The folder {folder} is read-only: a new database cannot be created there.",
                                        folder=str(path.parent)), path)
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(Msg("The database file {path} cannot be read: {reason}",
                                    path=str(path), reason=exc.strerror or str(exc)), path) from exc
    if head and head != SQLITE_HEADER:
        raise DatabaseOpenError(Msg("{path} is not a database file of this program (it may be damaged). "
                                    "Open another file or restore a copy.", path=str(path)), path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DatabaseOpenError(Msg("The database file {path} is read-only (or its folder is). "
                                    "Copy it to a writable folder and open the copy.", path=str(path)), path)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                           isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def copy_database(src: sqlite3.Connection, dest: Path) -> Path:
    """A consistent copy of an open database, made with SQLite's online backup API."""
    target = sqlite3.connect(str(dest))
    try:
        src.backup(target)
    finally:
        target.close()
    return dest


def rescue_copy(db: Database, dest: Path) -> Path:
    """Save everything the open connection holds to ``dest`` (after the file vanished)."""
    if dest.exists():
        raise UserError(Msg("{path} already exists. Choose another name.", path=str(dest)))
    with db.lock:
        return copy_database(db.conn, dest)


def open_database(path: str | Path, create: bool = True) -> Database:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    Raises :class:`DatabaseOpenError` (or :class:`DatabaseTooNew`) with a message
    for the clerk; the file is left exactly as it was in that case.
    """
    from core.storage.migrations import LATEST_VERSION, migrate

    path = Path(path).expanduser().absolute()
    _check_file(path, create)
    try:
        conn = _connect(path)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(Msg("{path} cannot be opened as a database ({reason}). "
                                    "Open another file or restore a copy.", path=str(path), reason=str(exc)),
                                path) from exc
    if tables and app_id != APPLICATION_ID:
        conn.close()
        raise DatabaseOpenError(Msg("{path} is a database of another program; it was not changed.",
                                    path=str(path)), path)
    if version > LATEST_VERSION:
        conn.close()
        raise DatabaseTooNew(Msg("{path} was written by a newer version of this program (data version {found}; "
                                 "this version knows up to {known}). Install the newer version to open it; "
                                 "the file was not changed.", path=str(path), found=version, known=LATEST_VERSION),
                             path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(path, conn)
        if version < LATEST_VERSION:
            if tables:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                copy_database(conn, path.with_name(f"{path.stem}.before-v{LATEST_VERSION}-{stamp}{path.suffix}"))
            migrate(db)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise DatabaseOpenError(_translate_operational(exc, path).message, path) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseOpenError(Msg("{path} cannot be opened as a database ({reason}). "
                                    "Open another file or restore a copy.", path=str(path), reason=str(exc)),
                                path) from exc
    return db
