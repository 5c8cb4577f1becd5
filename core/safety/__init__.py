"""Data safety: undo/redo, change history, trash, backups, the database check, and
the session lock that notices a second instance or an unclean shutdown."""
