"""Where the program keeps its database, settings and backups.

Normal mode: the per-user data folder (platformdirs). Portable mode, for a USB
stick at a conference: when a file named ``portable`` or a folder named ``data``
sits next to main.py (or next to the packaged executable), everything lives in that
``data`` folder instead. ``ALLIANCE_SECRETARIAT_HOME`` overrides both (tests, scripts).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core import APP_NAME

ENV_HOME = "ALLIANCE_SECRETARIAT_HOME"
DEFAULT_DB_NAME = "secretariat.sqlite3"


def program_dir() -> Path:
    """Folder of the packaged executable, or of main.py when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable(base: Path | None = None) -> bool:
    base = base or program_dir()
    return (base / "portable").exists() or (base / "data").is_dir()


def data_dir() -> Path:
    """The folder for the default database, settings.json and backups (created if missing)."""
    override = os.environ.get(ENV_HOME)
    if override:
        path = Path(override)
    elif is_portable():
        path = program_dir() / "data"
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """The folder for data the program can rebuild (parsed fonts): the per-user cache folder,
    or ``cache`` inside the data folder in portable mode and under ``ALLIANCE_SECRETARIAT_HOME``.
    Not created here."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override) / "cache"
    if is_portable():
        return program_dir() / "data" / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def settings_path() -> Path:
    return data_dir() / "settings.json"


def backups_dir() -> Path:
    return data_dir() / "backups"


MAX_KEPT_FILE_BYTES = 50 * 1024 * 1024  # an attachment or a scanned copy kept inside the database


def read_file_to_keep(path: str | Path) -> bytes:
    """The bytes of a file the clerk chose to keep inside the database (a notice's attachment, a
    scanned form): a clear message if it is too big or cannot be read, nothing kept then."""
    from core.errors import UserError
    from core.i18n import Msg

    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_KEPT_FILE_BYTES:
            raise UserError(Msg("{path} is too big to attach ({size} MB; at most 50 MB).", path=str(path),
                                size=round(size / 1e6)))
        return path.read_bytes()
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
