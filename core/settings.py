"""Per-user (or portable) program settings in a small JSON file.

Settings belong to the person and the machine (language, last database, window
size), not to the alliance's data, so they live beside the database rather than in
it. A missing or damaged file gives defaults; writes go through a temporary file
and an atomic rename so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from core import paths


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.settings_path()
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` and write the file at once; a failed write keeps the old file."""
        self._values[key] = value
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            # Settings are a convenience: a read-only folder must not stop the program.
            pass
