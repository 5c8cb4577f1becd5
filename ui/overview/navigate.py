"""Going from the dashboard, a saved search or the search box to a list with a filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def open_list(widget: QWidget, view: str, fields: dict[str, Any]) -> None:
    """Show the list ``view`` of the window holding ``widget``, filtered by ``fields``
    (the list's filter fields: text, level, status, year...)."""
    window = widget.window()
    window.show_view(view)
    page = window.page()
    if hasattr(page, "apply_filter"):
        page.apply_filter(fields)
