"""Headless core of the alliance secretariat program.

Nothing in this package imports PySide6, pyqtgraph or ``ui``; tests/test_architecture.py
keeps it that way. Every action a clerk can take is a function here first.
"""

APP_NAME = "AllianceSecretariat"


def __getattr__(name: str) -> str:
    """``APP_VERSION``: read from pyproject.toml when first asked for (core/version.py)."""
    if name == "APP_VERSION":
        from core.version import version

        return version()
    raise AttributeError(f"module 'core' has no attribute {name!r}")
