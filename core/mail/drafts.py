"""One .eml draft per recipient in a folder, for Outlook, Foxmail or Thunderbird to send.

Each file is written to a temporary name and renamed, and an existing file is never
replaced (a number is added). The folder holds nothing else the clerk did not ask for.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from email.utils import make_msgid
from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.mail.compose import Plan
from core.mail.message import to_bytes

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def domain_of(address: str) -> str:
    return address.rpartition("@")[2] or "localhost"


def file_stem(unit_name: str, contact_name: str, address: str) -> str:
    stem = _UNSAFE.sub("_", f"{unit_name}-{contact_name}" if contact_name else unit_name or address)
    return stem.strip(" .")[:100] or "message"


def write_drafts(plan: Plan, folder: str | Path, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Path]:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be written: {reason}", path=str(folder), reason=exc.strerror or str(exc))
                        ) from exc
    spec = plan.spec
    written: list[Path] = []
    for done, item in enumerate(plan.messages, start=1):
        if cancelled is not None and cancelled():
            break
        data = to_bytes(item.mail(spec.sender_name, spec.sender_addr, make_msgid(domain=domain_of(spec.sender_addr))),
                        draft=True)
        stem = file_stem(item.recipient.unit_name, item.recipient.contact_name, item.recipient.address)
        target, n = folder / f"{stem}.eml", 2
        while target.exists():
            target, n = folder / f"{stem} ({n}).eml", n + 1
        tmp = target.with_name(target.name + ".partial")
        try:
            with open(tmp, "xb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except OSError as exc:
            raise UserError(Msg("{path} cannot be written: {reason}", path=str(target),
                                reason=exc.strerror or str(exc))) from exc
        finally:
            tmp.unlink(missing_ok=True)
        written.append(target)
        if progress is not None:
            progress(done, len(plan.messages))
    return written
