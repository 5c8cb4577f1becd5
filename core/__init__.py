"""Headless core of the alliance secretariat program.

Nothing in this package imports PySide6, pyqtgraph or ``ui``; tests/test_architecture.py
keeps it that way. Every action a clerk can take is a function here first.
"""

APP_NAME = "AllianceSecretariat"
APP_VERSION = "0.1.0"
