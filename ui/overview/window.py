"""What the overview adds to the main window: the search box across everything (Ctrl+K,
in the Edit menu and the tool bar) and the saved searches under the modules in the sidebar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from core.i18n import tr
from ui.common.first_paint import set_shortcut
from ui.common.icons import icon
from ui.overview.saved_searches import SavedSearchesSection

SHORTCUT = "Ctrl+K"


def _open_search(window) -> None:  # type: ignore[no-untyped-def]
    from ui.overview.search_popup import open_search  # when first asked for, not at start

    open_search(window.ctx, window)


def install(window) -> None:  # type: ignore[no-untyped-def]
    action = QAction(icon("search"), "", window)
    action.setObjectName("search_everything")
    set_shortcut(action, SHORTCUT)
    action.triggered.connect(lambda: _open_search(window))
    window.edit_menu.insertAction(window.act_preview, action)
    window.toolbar.insertAction(window.act_backups, action)
    window.act_search_all = action
    window.saved_searches = SavedSearchesSection(window)

    def retranslate() -> None:
        action.setText(tr("Search everything…"))
        action.setIconText(tr("Search"))
        action.setToolTip(tr("{action} ({keys})", action=tr("Search everything…"),
                             keys=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))

    window.ctx.language.changed.connect(lambda _lang: retranslate())
    retranslate()
