"""Printing lists as an aligned table (CJK characters count double), JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from core.exchange.cells import neutralise


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _csv_cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (=, +, -, @...) gets a leading apostrophe."""
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value


def render(rows: list[dict[str, Any]], columns: Sequence[tuple[str, str]], fmt: str) -> str:
    """``columns`` are (key, header); JSON keeps every key of the rows, English names."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([_csv_cell(row.get(k)) for k, _ in columns])
        return out.getvalue().rstrip("\n")
    cells = [[header for _, header in columns]]
    cells += [["" if row.get(k) is None else str(row.get(k)) for k, _ in columns] for row in rows]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
