"""Why a file could not be read or written, in the clerk's language (never the
operating system's English text)."""

from __future__ import annotations

import errno

from core.i18n import Msg, N_

_REASONS = {
    errno.ENOENT: N_("it does not exist (it may have been moved or renamed)"),
    errno.EACCES: N_("there is no permission to use it"),
    errno.EPERM: N_("there is no permission to use it"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EBUSY: N_("another program is using it"),
    errno.ENAMETOOLONG: N_("its name is too long"),
    errno.EIO: N_("the disk could not be read or written (it may be damaged or removed)"),
}


def os_reason(exc: OSError) -> Msg:
    """A translated reason for ``exc`` (by its error number)."""
    if exc.errno in _REASONS:
        return Msg(_REASONS[exc.errno])
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation: open in Excel or WPS
        return Msg("another program is using it")
    return Msg("system error {number}", number=exc.errno if exc.errno is not None else "?")
