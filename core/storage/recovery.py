"""Ways out when the database file cannot be opened: put a good copy in its place."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.storage.database import DatabaseOpenError, open_database


def restore_copy(copy_path: str | Path, target: str | Path) -> Path | None:
    """Replace ``target`` with the copy at ``copy_path``, after checking the copy opens.

    The file being replaced is never deleted: it is renamed to
    ``<name>.damaged-<time><suffix>`` next to itself and that path is returned
    (None when there was no file to replace).
    """
    copy_path, target = Path(copy_path), Path(target)
    if copy_path.resolve() == target.resolve():
        raise UserError(Msg("Choose a copy other than the file itself."))
    check = copy_path.with_name(copy_path.name + ".check")
    shutil.copy2(copy_path, check)
    try:
        open_database(check, create=False).close()
    except DatabaseOpenError as exc:
        raise UserError(Msg("The copy cannot be used: {reason}", reason=exc.message)) from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(check) + suffix).unlink(missing_ok=True)
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
