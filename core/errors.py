"""Errors the core raises on purpose: each carries a message fit to show a clerk."""

from __future__ import annotations

from core.i18n import Msg


class UserError(Exception):
    """An error whose ``message`` can be shown as it is (translated when shown)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.source)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class NotFound(UserError):
    pass
