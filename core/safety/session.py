"""The session lock: notices a second instance on the same file and a session that
ended without closing (crash, power cut), so the database is checked at start.

A small ``<database>.lock`` file beside the database holds the host and process id
of the instance that has it open; it is removed on a clean close.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg


class AlreadyOpen(UserError):
    pass


def _hostname() -> str:
    import socket  # only when a lock is taken or read: not on the way to a read-only window

    return socket.gethostname()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SessionLock:
    def __init__(self, db_path: Path) -> None:
        self.database = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self.unclean = False
        self.held = False

    def _info(self) -> dict | None:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return info if isinstance(info, dict) else None

    def held_elsewhere(self) -> AlreadyOpen | None:
        """The refusal to give when another running program (not this one) holds the lock."""
        info = self._info()
        if info is None:
            return None
        pid = int(info.get("pid", 0) or 0)
        if info.get("host") == _hostname():
            if pid != os.getpid() and _alive(pid):
                return AlreadyOpen(Msg("The database {path} is open in another window of this program (process "
                                       "{pid}). Close it there first, then try again.",
                                       path=str(self.database), pid=pid))
            return None
        return AlreadyOpen(Msg("The database {path} seems to be open on the computer {host}. Close it there first, "
                               "then try again.", path=str(self.database), host=info.get("host")))

    def acquire(self, force: bool = False) -> "SessionLock":
        """Take the lock. Raises AlreadyOpen when a live instance on this machine holds
        it (unless ``force``); sets ``unclean`` when a dead one left it behind."""
        info = self._info()
        if info is not None:
            same_host = info.get("host") == _hostname()
            if same_host and _alive(int(info.get("pid", 0))) and int(info.get("pid", 0)) != os.getpid():
                if not force:
                    raise AlreadyOpen(Msg("The database {path} is already open in another window of this program "
                                          "(process {pid}). Switch to that window, or close it first.",
                                          path=str(self.database), pid=info.get("pid")))
            elif not same_host and not force:
                raise AlreadyOpen(Msg("The database {path} seems to be open on the computer {host}. Opening it "
                                      "here too can lose changes.", path=str(self.database),
                                      host=info.get("host")))
            else:
                self.unclean = True
        try:
            self.path.write_text(json.dumps({"host": _hostname(), "pid": os.getpid()}), encoding="utf-8")
            self.held = True
        except OSError:
            self.held = False  # a read-only folder: the database itself will say so
        return self

    def release(self) -> None:
        if self.held:
            try:
                self.path.unlink()
            except OSError:
                pass
            self.held = False


def move_lock(current: SessionLock | None, new_path: Path, force: bool = False) -> SessionLock:
    """Open another database: take its lock (AlreadyOpen when another program has it,
    unless ``force``), then release the one held so far. Nothing changes on refusal."""
    new_path = Path(new_path).absolute()
    if current is not None and current.held and current.database == new_path:
        return current
    new = SessionLock(new_path).acquire(force)
    if current is not None:
        current.release()
    return new
