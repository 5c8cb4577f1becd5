"""A sheet read from a file, as text, held compactly (one string per row).

A 200,000-row list held as lists of cell strings costs several hundred MB in
Python; joined into one string per row it costs about what the text itself
weighs. Rows are split back into cells when they are read.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

SEPARATOR = "\x1f"  # the ASCII unit separator: control characters are removed from cells


class Rows(Sequence[list[str]]):
    """The data rows: ``rows[i]`` is a list of ``width`` cell strings."""

    def __init__(self, width: int = 0) -> None:
        self._rows: list[str] = []
        self.width = width

    def append(self, cells: Sequence[str]) -> None:
        self._rows.append(SEPARATOR.join(cells))

    def _cells(self, joined: str) -> list[str]:
        cells = joined.split(SEPARATOR) if joined else []
        return cells + [""] * (self.width - len(cells))

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return [self._cells(r) for r in self._rows[index]]
        return self._cells(self._rows[index])

    def __iter__(self) -> Iterator[list[str]]:
        for joined in self._rows:
            yield self._cells(joined)

    def set_cell(self, index: int, column: int, value: str) -> None:
        cells = self._cells(self._rows[index])
        cells[column] = value
        self._rows[index] = SEPARATOR.join(cells)


@dataclass
class Table:
    """A sheet as text: ``header`` and each row of ``rows`` have the same width;
    ``row_numbers[i]`` is the row number Excel shows for ``rows[i]`` (the header is
    ``header_row``)."""

    source: str
    header: list[str]
    rows: Sequence[list[str]]
    row_numbers: Sequence[int]
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None

    def __len__(self) -> int:
        return len(self.rows)

    def set_cell(self, index: int, column: int, value: str) -> None:
        """Replace the cell of ``rows[index]`` in ``column`` (a correction made in the preview;
        the file is not touched). Control characters are removed, as when a file is read."""
        value = "".join(ch for ch in value if ch in "\n\t" or (ord(ch) >= 32 and ord(ch) != 127))
        if isinstance(self.rows, Rows):
            self.rows.set_cell(index, column, value)
        else:
            self.rows[index][column] = value


@dataclass
class TableBuilder:
    """Collects the non-empty rows of a file as they are read (header found among the first ten)."""

    source: str
    first: list[tuple[int, list[str]]] = field(default_factory=list)  # until the header is known
    rows: Rows = field(default_factory=Rows)
    numbers: array = field(default_factory=lambda: array("l"))
    width: int = 0

    LOOKAHEAD = 10

    def add(self, number: int, cells: list[str]) -> None:
        if len(self.first) < self.LOOKAHEAD:
            self.first.append((number, cells))
            return
        self.rows.append(cells)
        self.numbers.append(number)
        self.width = max(self.width, len(cells))

    def __len__(self) -> int:
        return len(self.first) + len(self.rows)

    def build(self, **extra: object) -> Table | None:
        """The table, or None when the file held no row at all (header-only is the caller's check)."""
        from core.exchange.columns import find_header_row

        if not self.first:
            return None
        index = find_header_row([cells for _, cells in self.first], self.LOOKAHEAD)
        header_row, header = self.first[index]
        before = self.rows
        rows = Rows()
        numbers = array("l")
        for number, cells in self.first[index + 1:]:
            rows.append(cells)
            numbers.append(number)
        rows._rows.extend(before._rows)
        numbers.extend(self.numbers)
        width = max([self.width, len(header)] + [len(c) for _, c in self.first[index:]])
        rows.width = width
        self.rows, self.numbers, self.first = Rows(), array("l"), []
        return Table(self.source, header + [""] * (width - len(header)), rows, numbers.tolist(), header_row,
                     **extra)  # type: ignore[arg-type]
