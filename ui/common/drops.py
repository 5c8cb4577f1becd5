"""Files dropped on the main window.

* Returned forms (a filled .pdf, an .xlsx of the template, or a folder of them), dropped on any page:
  the 征集 page is shown and imports them as its "Import returned forms" button does (the same
  reading, the same per-file messages, the same review before anything is recorded); files among
  them that are no form are listed there with their message.
* A member list (.xlsx, .csv or .txt) dropped on the Member units page: the import preview opens.
* Anything else (a photo, a Word file outside the Notices page, a web link): a message says what
  can be dropped where; nothing is read, nothing changes.

The Notices page takes the documents dropped on it itself (a new notice from a .docx/.md/.txt).
The work starts after the drop has finished (the file manager is not kept waiting).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from core.i18n import current_language, tr

FORM_SUFFIXES = (".pdf", ".xlsx")
MEMBER_SUFFIXES = (".xlsx", ".csv", ".txt")


@dataclass(frozen=True)
class DropPlan:
    action: str                 # "returns", "members" or "refuse"
    paths: tuple[Path, ...]


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders of a drag (web links and other data left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def _is_form(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in FORM_SUFFIXES


def plan_drop(paths: list[Path], page: str) -> DropPlan:
    """What a drop of ``paths`` on the page ``page`` (a module key) does."""
    if page == "members" and len(paths) == 1 and paths[0].is_file() \
            and paths[0].suffix.lower() in MEMBER_SUFFIXES:
        from core.forms.xlsx import is_template_workbook

        if not is_template_workbook(paths[0]):  # the forms' template goes to the returns
            return DropPlan("members", tuple(paths))
    if paths and any(_is_form(p) for p in paths):
        return DropPlan("returns", tuple(paths))
    return DropPlan("refuse", tuple(paths))


def drag_enter(event: QDragEnterEvent | QDragMoveEvent) -> None:
    if local_paths(event.mimeData()):
        event.acceptProposedAction()


def drop(window, event: QDropEvent) -> None:  # type: ignore[no-untyped-def]
    """Take the drop on ``window`` (the main window) and do what :func:`plan_drop` says, once the
    drop has finished."""
    paths = local_paths(event.mimeData())
    if not paths:
        return
    event.acceptProposedAction()
    keys = window.module_keys()
    row = window.sidebar.currentRow()
    plan = plan_drop(paths, keys[row] if 0 <= row < len(keys) else "")
    QTimer.singleShot(0, lambda: carry_out(window, plan))


def carry_out(window, plan: DropPlan) -> None:  # type: ignore[no-untyped-def]
    from ui.common.messages import show_error

    if plan.action == "members":
        from ui.exchange.import_dialog import import_member_file

        import_member_file(window.ctx, window, plan.paths[0])
    elif plan.action == "returns":
        window.show_view("nominations")
        window.pages["nominations"].import_returns(list(plan.paths))
    else:
        comma = "、" if current_language().startswith("zh") else ", "
        names = comma.join(p.name or str(p) for p in plan.paths[:5]) + ("…" if len(plan.paths) > 5 else "")
        show_error(window, tr("Nothing was imported from {files}. Drop returned forms (.pdf or .xlsx, or a folder "
                              "of them) anywhere on the window, a member list (.xlsx or .csv) on the Member "
                              "units page, or a document (.docx, .md or .txt) on the Notices page.", files=names))
