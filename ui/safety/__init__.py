"""Data-safety windows: backups, check, settings, change history, automatic backups."""
