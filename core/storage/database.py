"""Opening the SQLite file safely.

Guarantees of :func:`open_database`:

* a missing or empty (0 bytes) file is refused unless asked to create one;
* a file that is not SQLite, or a SQLite file of another program, is refused and
  not touched;
* a file that cannot be written (tried, not asked: root passes ``os.access``) is
  refused for writing; ``read_only=True`` opens any file without writing to it;
* with ``verify``, a file with damaged pages is refused before anything is written;
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
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage import errors, files, identity, search_index

if TYPE_CHECKING:
    from core.storage.touched import Touched

APPLICATION_ID = 0x414C5331  # "ALS1": marks files made by this program
SQLITE_HEADER = files.SQLITE_HEADER
BUSY_TIMEOUT_MS = 5000


class DatabaseOpenError(UserError):
    """The file cannot be opened; ``message`` says why and what the clerk can do."""

    def __init__(self, message: Msg, path: Path, kind: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind


class DatabaseTooNew(DatabaseOpenError):
    pass


class DatabaseTooOld(DatabaseOpenError):
    """Asked to read a file of an older data version without upgrading it."""


class DatabaseReadOnly(DatabaseOpenError):
    """The file (or its folder) cannot be written: it can only be opened read-only."""


class DatabaseDamaged(DatabaseOpenError):
    """SQLite's own check finds damaged pages: nothing is written to such a file."""


class DatabaseUnavailable(UserError):
    """The disk or another program stopped an action (busy, read-only, full, damaged,
    I/O error); ``kind`` is one of :data:`core.storage.errors.ENVIRONMENTAL`."""

    def __init__(self, message: Msg, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


DatabaseLocked = DatabaseUnavailable  # the name used before the errors were classified


class DatabaseVanished(UserError):
    """The file went away under the program (a USB stick pulled out, a network drive
    gone). The open connection still holds the data: :func:`rescue_copy` saves it."""


def unavailable(exc: BaseException, path: Path) -> DatabaseUnavailable:
    kind = errors.kind_of(exc, path)
    return DatabaseUnavailable(errors.message(kind, path, exc), kind)


class Database:
    """One connection to the alliance's SQLite file.

    ``sql`` is the sqlite-utils view of the same connection, for schema work in
    migrations, made when first asked for (sqlite-utils imports numpy: 0.1-0.5 s that
    a command or the start of the window does not need). Writes go through :meth:`transaction`.
    A database opened with ``read_only=True`` refuses every transaction with a message.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.lock = threading.RLock()
        self.read_only_source: Path | None = None  # set when this is a read-only view of a backup
        self.temporary_folder: Path | None = None  # removed on close (the copy behind a read-only view)
        self._versioned = False  # True once the data version is kept (schema 4 on, opened for writing)
        self._sql = None
        # tables written by committed actions, with the columns changed (see take_touched())
        self._touched: dict[str, frozenset[str] | None] = {}
        self._pending: dict[str, frozenset[str] | None] = {}

    @property
    def sql(self):  # type: ignore[no-untyped-def]
        if self._sql is None:
            import sqlite_utils

            self._sql = sqlite_utils.Database(self.conn)
        return self._sql

    # -- what changed ---------------------------------------------------------
    def note_action_tables(self, conn: sqlite3.Connection, action_id: int) -> None:
        """Remember the tables (and columns) the logged action ``action_id`` changed; they
        count as touched once the current transaction commits."""
        from core.storage import changes, touched

        touched.merge(self._pending, changes.action_columns(conn, action_id))

    def take_touched(self) -> Touched:
        """The tables that committed actions (and undo/redo) changed since the last call, with
        the columns each changed (core.storage.touched): an empty set when none."""
        from core.storage.touched import Touched

        with self.lock:
            columns, self._touched = self._touched, {}
        return Touched(columns)

    # -- the narrow interface services reach storage through -------------------
    # Services (core/members, core/notices, core/safety, ...) hand the Database itself to the
    # functions of core/storage and never touch ``conn``: these two calls, ``transaction`` and
    # ``action`` are all that storage code asks of it, so a server database can take SQLite's
    # place as a change of this one class (docs/architecture.md).
    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    # -- transactions -------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """All or nothing: ``BEGIN IMMEDIATE`` (savepoints when nested).

        One user action is one call of this. An exception rolls back everything
        done inside and propagates; errors of the disk or of other programs come
        out as :class:`DatabaseUnavailable` with a message for the clerk.
        """
        with self.lock:
            conn = self.conn
            if self.read_only:
                raise DatabaseUnavailable(Msg("The database file {path} is open read-only: nothing can be saved.",
                                              path=str(self.read_only_source or self.path)), errors.READ_ONLY)
            if conn.in_transaction:
                name = f"sp_{id(object())}"
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield self
                except BaseException:
                    if conn.in_transaction:
                        with contextlib.suppress(sqlite3.Error):
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
            except sqlite3.DatabaseError as exc:
                if errors.kind_of(exc, self.path) is None:
                    raise
                raise unavailable(exc, self.path) from exc
            before = conn.total_changes
            self._pending.clear()
            try:
                try:
                    yield self
                    if self._versioned and conn.total_changes != before:
                        identity.bump_data_version(conn)
                except sqlite3.DatabaseError as exc:
                    self._rollback()
                    if errors.kind_of(exc, self.path) is not None:
                        raise unavailable(exc, self.path) from exc
                    raise
                except BaseException:
                    self._rollback()
                    raise
                else:
                    try:
                        conn.execute("COMMIT")
                    except sqlite3.DatabaseError as exc:
                        self._rollback()
                        raise unavailable(exc, self.path) from exc
                    from core.storage import touched

                    touched.merge(self._touched, self._pending)  # what the views showing these tables re-read
            finally:
                self._pending.clear()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def action(self, label: str, **params: object) -> Iterator["Database"]:
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
            action_id = changes.begin_action(conn, label, dict(params), now())
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

    # -- which database, how sound ---------------------------------------------
    def identity(self) -> str | None:
        """The stable id of this database (kept in the file; a copy elsewhere gets its own)."""
        with self.lock:
            return identity.read(self.conn).get("id")

    def data_stamp(self) -> str | None:
        """Changes whenever data is written; equal stamps mean the same data (see backups)."""
        with self.lock:
            return identity.data_stamp(self.conn)

    def damage(self) -> list[str]:
        """SQLite's quick check (every page, without cross-checking indexes): [] when sound."""
        with self.lock:
            try:
                rows = [r[0] for r in self.conn.execute("PRAGMA quick_check(20)")]
            except sqlite3.DatabaseError as exc:
                if errors.kind_of(exc, self.path) in (errors.DAMAGED, errors.NOT_A_DATABASE):
                    return [errors.error_name(exc)]
                raise unavailable(exc, self.path) from exc
        return [r for r in rows if r != "ok"]

    def ensure_sound(self) -> None:
        """Raise :class:`DatabaseDamaged` when the file has damaged pages."""
        if self.damage():
            raise DatabaseDamaged(damaged_message(self.read_only_source or self.path), self.path, errors.DAMAGED)

    def reopen(self) -> "Database":
        """A second connection to the same (already opened and upgraded) file, for work on
        another thread: call it ON that thread. The connection is bound to it (sqlite3
        refuses its use from any other thread), has its own transactions (WAL: the other
        connections neither wait for it nor see what it has not committed), and is as
        read-only as this one."""
        if not self.path.exists():
            raise DatabaseVanished(Msg("The database file {path} is no longer there (was a USB stick removed?). "
                                       "Nothing was saved. Put it back and try again, or save everything to "
                                       "another file.", path=str(self.path)))
        conn = _connect(self.path, read_only=self.read_only, thread_bound=True)
        if not self.read_only:
            conn.execute("PRAGMA synchronous = FULL")
        if self.conn.execute("PRAGMA query_only").fetchone()[0]:
            conn.execute("PRAGMA query_only = ON")
        other = Database(self.path, conn, read_only=self.read_only)
        other.read_only_source = self.read_only_source
        other._versioned = self._versioned  # its writes count as changes too (backups on close)
        return other

    def close(self) -> None:
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.temporary_folder is not None:
            import shutil

            shutil.rmtree(self.temporary_folder, ignore_errors=True)


def damaged_message(path: Path) -> Msg:
    return Msg("The database file {path} is damaged (SQLite's check finds broken pages). Nothing was written "
               "to it. Restore a backup (File → Backups, or the restore command); File → Save a copy keeps what "
               "can still be read.", path=str(path))


def _probe_folder(folder: Path) -> bool:
    """True when a file can really be created in ``folder`` (os.access says yes to root)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def file_is_writable(path: Path) -> bool:
    """Tried, not asked: the file opens for writing, is not marked read-only (no write
    permission bit: the Windows read-only attribute, or chmod 444, which root would
    ignore) and its folder takes the journal files."""
    try:
        if not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return False
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return _probe_folder(path.parent)


def _check_file(path: Path, create: bool, read_only: bool) -> None:
    if path.is_dir():
        raise DatabaseOpenError(Msg("{path} is a folder, not a database file.", path=str(path)), path)
    if not path.exists():
        if not create:
            raise DatabaseOpenError(Msg("The database file {path} does not exist. Check the name and the folder.",
                                        path=str(path)), path, errors.CANT_OPEN)
        if not path.parent.is_dir():
            raise DatabaseOpenError(Msg("The folder {folder} does not exist.", folder=str(path.parent)), path)
        if not _probe_folder(path.parent):
            raise DatabaseReadOnly(Msg("The folder {folder} is read-only: a new database cannot be created there.",
                                       folder=str(path.parent)), path, errors.READ_ONLY)
        return
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseOpenError(Msg("The database file {path} cannot be read.", path=str(path)), path,
                                errors.CANT_OPEN) from exc
    if size == 0:
        if create and not read_only:
            return  # asked to create a database: an empty file becomes one
        raise DatabaseOpenError(Msg("{path} is an empty file (0 bytes), not a database; it was not changed. "
                                    "Check the name, or restore a backup.", path=str(path)), path,
                                errors.NOT_A_DATABASE)
    if head != SQLITE_HEADER:
        raise DatabaseOpenError(errors.message(errors.NOT_A_DATABASE, path), path, errors.NOT_A_DATABASE)
    if not read_only and not file_is_writable(path):
        raise DatabaseReadOnly(Msg("The database file {path} is read-only (or its folder is). "
                                   "Copy it to a writable folder and open the copy.", path=str(path)), path,
                               errors.READ_ONLY)


def _connect(path: Path, read_only: bool = False, thread_bound: bool = False) -> sqlite3.Connection:
    """``thread_bound``: usable only on the opening thread (every connection but the UI's)."""
    target, uri = (files.read_only_uri(path), True) if read_only else (str(path), False)
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=thread_bound,
                           isolation_level=None, uri=uri)
    conn.row_factory = sqlite3.Row
    search_index.register(conn)  # the search index's triggers call it
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
        try:
            return copy_database(db.conn, dest)
        except sqlite3.DatabaseError as exc:
            dest.unlink(missing_ok=True)
            raise UserError(errors.file_message(errors.kind_of(exc, dest), dest, exc)) from exc


def _open_error(exc: sqlite3.Error, path: Path) -> DatabaseOpenError:
    kind = errors.kind_of(exc, path)
    if kind == errors.DAMAGED:
        return DatabaseDamaged(damaged_message(path), path, kind)
    if kind == errors.READ_ONLY:
        return DatabaseReadOnly(errors.message(kind, path, exc), path, kind)
    return DatabaseOpenError(errors.message(kind, path, exc), path, kind)


def _side_files(path: Path) -> set[str]:
    return {s for s in ("-wal", "-shm") if Path(str(path) + s).exists()}


def _remove_new_empty_side_files(path: Path, before: set[str]) -> None:
    """After a failed open (e.g. a full disk while switching to WAL): the side files this
    open made, with nothing written into the journal, go again; the file is as it was."""
    wal = Path(str(path) + "-wal")
    if before or not wal.exists():
        return
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()
            Path(str(path) + "-shm").unlink(missing_ok=True)


def _same_path(a: str, b: Path) -> bool:
    if os.path.normcase(a) == os.path.normcase(str(b)):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def _claim_identity(db: Database) -> None:
    """Record where this file lives; a copy of a database that still exists at its
    recorded path becomes a database of its own (new id, its own backups)."""
    info = identity.read(db.conn)
    recorded = info.get("path", "")
    if info.get("id") and recorded and _same_path(recorded, db.path):
        return
    copied = bool(recorded) and Path(recorded).is_file() and identity.peek(Path(recorded)).get("id") == info.get("id")
    with db.transaction() as conn:
        if copied or not info.get("id"):
            if info.get("id"):
                identity.write(conn, "copy_of", info["id"])
            identity.write(conn, "id", identity.new_id())
        identity.write(conn, "path", str(db.path))


def open_database(path: str | Path, create: bool = True, read_only: bool = False, verify: bool = False) -> Database:
    """Open (or, with ``create``, make) the database at ``path`` and bring its schema up to date.

    ``read_only``: nothing is ever written to the file or beside it (no WAL switch,
    no upgrade: an older file is refused, no optimize); every transaction is refused.
    ``verify``: SQLite's quick check runs before anything is written; a damaged file
    is refused (:class:`DatabaseDamaged`). A missing or empty file is refused unless
    ``create``. Raises :class:`DatabaseOpenError` (or a subclass) with a message for the
    clerk; the file is left exactly as it was in that case.
    """
    from core.storage.migrations import LATEST_VERSION, migrate

    path = Path(path).expanduser().absolute()
    _check_file(path, create and not read_only, read_only)
    sides_before = _side_files(path)
    conn = None
    try:
        conn = _connect(path, read_only)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if not read_only:
            _remove_new_empty_side_files(path, sides_before)
        raise _open_error(exc, path) from exc
    if tables and app_id != APPLICATION_ID:
        conn.close()
        raise DatabaseOpenError(Msg("{path} is a database of another program; it was not changed.",
                                    path=str(path)), path, errors.NOT_A_DATABASE)
    if version > LATEST_VERSION:
        conn.close()
        raise DatabaseTooNew(Msg("{path} was written by a newer version of this program (data version {found}; "
                                 "this version knows up to {known}). Install the newer version to open it; "
                                 "the file was not changed.", path=str(path), found=version, known=LATEST_VERSION),
                             path)
    if read_only:
        if version < LATEST_VERSION:
            conn.close()
            raise DatabaseTooOld(Msg("{path} is of an older data version ({found}; this version uses {known}). "
                                     "Open it once in the program, which upgrades it (keeping a copy), and try "
                                     "again; the file was not changed.", path=str(path), found=version,
                                     known=LATEST_VERSION), path)
        conn.execute("PRAGMA query_only = ON")
        db = Database(path, conn, read_only=True)
    else:
        db = Database(path, conn)
    try:
        if verify:
            db.ensure_sound()
        if read_only:
            return db
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if version < LATEST_VERSION:
            if tables:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                copy_database(conn, path.with_name(f"{path.stem}.before-v{LATEST_VERSION}-{stamp}{path.suffix}"))
            migrate(db)
        if identity.exists(conn):  # always, but in tests that build files of an older data version
            _claim_identity(db)
            db._versioned = True
    except (sqlite3.DatabaseError, UserError) as exc:
        conn.close()
        _remove_new_empty_side_files(path, sides_before)
        if isinstance(exc, DatabaseOpenError):
            raise
        if isinstance(exc, DatabaseUnavailable):
            raise DatabaseOpenError(exc.message, path, exc.kind) from exc
        raise _open_error(exc, path) from exc  # type: ignore[arg-type]
    return db
