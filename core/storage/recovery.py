"""Ways out when the database file cannot be opened: put a good copy in its place."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage.database import Database, DatabaseOpenError, open_database


def _temporary_copy(path: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="secretariat-check-"))
    target = folder / path.name
    try:
        shutil.copy2(path, target)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
    return target


def check_copy(path: Path) -> None:
    """Raise UserError unless ``path`` is a database this program can open (tested on
    a temporary copy: ``path`` itself is never written)."""
    copy = _temporary_copy(path)
    try:
        open_database(copy, create=False).close()
    except DatabaseOpenError as exc:
        raise UserError(Msg("The copy cannot be used: {reason}", reason=exc.message)) from exc
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)


def open_copy_read_only(path: Path) -> Database:
    """A temporary copy of ``path``, upgraded if old, with every write refused."""
    copy = _temporary_copy(path)
    try:
        db = open_database(copy, create=False)
    except DatabaseOpenError as exc:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise UserError(Msg("The copy cannot be used: {reason}", reason=exc.message)) from exc
    db.conn.execute("PRAGMA query_only = ON")
    db.read_only_source = path
    return db


def restore_copy(copy_path: str | Path, target: str | Path) -> Path | None:
    """Replace ``target`` with the copy at ``copy_path``, after checking the copy opens.

    The file being replaced is never deleted: it is renamed to
    ``<name>.damaged-<time><suffix>`` next to itself and that path is returned
    (None when there was no file to replace).
    """
    copy_path, target = Path(copy_path), Path(target)
    if copy_path.resolve() == target.resolve():
        raise UserError(Msg("Choose a copy other than the file itself."))
    check_copy(copy_path)
    moved: Path | None = None
    if target.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = target.with_name(f"{target.stem}.damaged-{stamp}{target.suffix}")
        os.replace(target, moved)
        for suffix in ("-wal", "-shm"):
            side = Path(str(target) + suffix)
            if side.exists():
                os.replace(side, Path(str(moved) + suffix))
    tmp = target.with_name(target.name + ".restoring")
    shutil.copy2(copy_path, tmp)
    os.replace(tmp, target)
    return moved
