"""The session lock: notices a second instance on the same file and a session that
ended without closing (crash, power cut), so the database is checked at start.

A small ``<database>.lock`` file beside the database holds the host and process id
of the instance that has it open; it is removed on a clean close.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg


class AlreadyOpen(UserError):
    pass


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
        self.path = db_path.with_name(db_path.name + ".lock")
        self.unclean = False
        self.held = False

    def acquire(self, force: bool = False) -> "SessionLock":
        """Take the lock. Raises AlreadyOpen when a live instance on this machine holds
        it (unless ``force``); sets ``unclean`` when a dead one left it behind."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = None
        if info is not None:
            same_host = info.get("host") == socket.gethostname()
            if same_host and _alive(int(info.get("pid", 0))) and int(info.get("pid", 0)) != os.getpid():
                if not force:
                    raise AlreadyOpen(Msg("The database {path} is already open in another window of this program "
                                          "(process {pid}). Switch to that window, or close it first.",
                                          path=str(self.path.with_suffix("")), pid=info.get("pid")))
            elif not same_host and not force:
                raise AlreadyOpen(Msg("The database {path} seems to be open on the computer {host}. Opening it "
                                      "here too can lose changes.", path=str(self.path.with_suffix("")),
                                      host=info.get("host")))
            else:
                self.unclean = True
        try:
            self.path.write_text(json.dumps({"host": socket.gethostname(), "pid": os.getpid()}), encoding="utf-8")
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
