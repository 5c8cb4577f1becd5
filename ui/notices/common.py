"""What the notice views and dialogs share: status and script names, the per-user
font setting, the remembered export choices, and issuing with confirmation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from core.errors import UserError
from core.i18n import N_, tr
from core.notices import service
from core.notices.alliance import get_alliance
from core.notices.service import Notice
from core.settings import Settings
from ui.common.messages import confirm, show_error, show_info
from ui.common.widgets import select_data
from ui.context import AppContext

STATUS_LABELS = {"draft": N_("Draft"), "issued": N_("Issued"), "superseded": N_("Superseded")}
SCRIPT_LABELS = {"hans": N_("Simplified Chinese"), "hant-tw": N_("Traditional Chinese (Taiwan)"),
                 "hant-hk": N_("Traditional Chinese (Hong Kong)")}
FONT_ROLES = {"xiaobiaosong": N_("Title and issuer mark (小标宋)"), "fangsong": N_("Body text (仿宋)"),
              "hei": N_("Level-1 headings (黑体)"), "kai": N_("Level-2 headings (楷体)"),
              "song": N_("Page numbers (宋体)")}
FONTS_SETTING = "fonts"
SCRIPT_SETTING = "notice_script"
FOLDER_SETTING = "notice_export_folder"


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def font_overrides(settings: Settings) -> dict[str, str] | None:
    """The font files this user chose per role (None: the fonts found on this computer)."""
    fonts = settings.get(FONTS_SETTING) or {}
    chosen = {role: path for role, path in fonts.items() if role in FONT_ROLES and path} \
        if isinstance(fonts, dict) else {}
    return chosen or None


def last_script(settings: Settings) -> str:
    script = settings.get(SCRIPT_SETTING)
    return script if script in SCRIPT_LABELS else "hans"


def fill_scripts(combo: QComboBox, current: str | None = None) -> None:
    """(Re)fill a script choice with translated names, keeping (or setting) the choice."""
    keep = current or combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, label in SCRIPT_LABELS.items():
        combo.addItem(tr(label), code)
    select_data(combo, keep)
    combo.blockSignals(False)


def issue_with_confirmation(parent: QWidget, ctx: AppContext, notice: Notice) -> Notice | None:
    """Ask, then issue (number + freeze). Returns the issued notice, or None if not issued.
    A ValidationError (e.g. no text yet) is raised for the caller to show beside its field."""
    if notice.version_of is None and not get_alliance(ctx.db).number_prefix:
        show_error(parent, tr("Set the document-number prefix (机关代字) in the alliance settings before "
                              "issuing a notice."))
        return None
    if notice.version_of is not None:
        text = tr("Issue this correction of {number}? It takes over that number, the earlier version is kept "
                  "as superseded, and the correction can no longer be changed afterwards.",
                  number=notice.doc_number)
    else:
        year = (notice.doc_date or dt.date.today().isoformat())[:4]
        text = tr("Issue the notice “{title}”? It gets the next document number of {year} and can no longer "
                  "be changed afterwards.", title=notice.title, year=year)
    if not confirm(parent, text, tr("Issue")):
        return None
    return service.issue_notice(ctx.db, notice.id)


def report_failure(parent: QWidget, exc: BaseException) -> None:
    """A failed background job or action, told in the clerk's words."""
    show_error(parent, str(exc) if isinstance(exc, UserError) else tr("Unexpected error: {reason}",
                                                                       reason=str(exc)))


def notify(widget: QWidget, text: str) -> None:
    """A short note in the main window's status bar (no dialog to close); in a dialog, a message box."""
    window: Any = widget.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 10000)
    else:
        show_info(widget, text)
