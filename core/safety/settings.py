"""The data-safety settings (backup folder, interval, thinning, trash) with defaults."""

from __future__ import annotations

from pathlib import Path

from core import paths
from core.safety.backups import Thinning
from core.settings import Settings

DEFAULT_INTERVAL_MINUTES = 30
DEFAULT_TRASH_DAYS = 30


def backup_folder(settings: Settings | None = None) -> Path:
    """The folder for backups: the setting (e.g. a second drive or a USB stick) or the data folder's."""
    settings = settings or Settings()
    chosen = settings.get("backup_folder")
    return Path(chosen) if chosen else paths.backups_dir()


def thinning(settings: Settings | None = None) -> Thinning:
    settings = settings or Settings()
    d = Thinning()
    return Thinning(*(int(settings.get(f"keep_{k}", getattr(d, k))) for k in ("recent", "days", "weeks", "months")))


def interval_minutes(settings: Settings | None = None) -> int:
    return int((settings or Settings()).get("backup_interval_minutes", DEFAULT_INTERVAL_MINUTES))


def trash_days(settings: Settings | None = None) -> int:
    return int((settings or Settings()).get("trash_days", DEFAULT_TRASH_DAYS))
