"""Reading a member list (.xlsx or .csv) into a :class:`Table` of text cells.

Every failure a clerk can meet (a damaged or renamed file, the wrong kind of file,
an empty sheet, a file too big to be a member list, a cell of millions of
characters) raises :class:`UserError` with a message in the clerk's language
saying what to do; nothing is written anywhere.

Both formats are read as a stream, row by row, into compact rows
(:mod:`core.exchange.table`): an .xlsx is checked from its zip directory before
anything is decompressed (:mod:`core.exchange.xlsx_reader`); a CSV is decoded and
split into lines chunk by chunk, so no line or cell is held beyond its limit.

CSV files are decoded without asking: a BOM decides (UTF-8 or UTF-16); otherwise
strict UTF-8, then GB18030 (what Excel on Chinese Windows writes; Big5 is tried too
when both decode, and the reading whose header is recognised wins), then
charset-normalizer's best guess. The delimiter (comma, tab or semicolon) is taken
from the header line. Line ends may be CRLF, LF or CR alone (Excel's "CSV
(Macintosh)").
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import NoReturn

from core.errors import UserError
from core.exchange.columns import column_letter, header_score
from core.exchange.table import Table, TableBuilder
from core.i18n import Msg
from core.validation import MAX_TEXT_LENGTH

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = MAX_TEXT_LENGTH  # the longest text a field takes (notes), so any export reads back
MAX_LINE_CHARS = 1_000_000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEAD_BYTES = 1 << 20
_CHUNK = 1 << 20

__all__ = ["Table", "read_table", "MAX_FILE_BYTES", "MAX_ROWS", "MAX_COLUMNS", "MAX_CELL_CHARS"]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return _CONTROL.sub("", str(value).replace("\ufeff", "")).strip()


def _too_many_rows(name: str) -> UserError:
    return UserError(Msg("{file} has more than {limit} rows; a member list that long cannot be imported at once. "
                         "Split it into several files.", file=name, limit=MAX_ROWS))


def _cell_too_long(name: str, row: int, column: int, length: int) -> UserError:
    return UserError(Msg("{file}, row {row}, column {column}: a cell of {length} characters (at most {limit}). "
                         "Shorten that cell and import the file again.", file=name, row=row,
                         column=column_letter(column), length=length, limit=MAX_CELL_CHARS))


def _too_wide(name: str, row: int) -> UserError:
    return UserError(Msg("{file}, row {row}: values beyond column {column}; a member list has at most {limit} "
                         "columns.", file=name, row=row, column=column_letter(MAX_COLUMNS - 1), limit=MAX_COLUMNS))


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


class _Collector:
    """Checks each row as it is read (width, cell length, row count) and keeps the non-empty ones."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.builder = TableBuilder(name)

    def add(self, number: int, values: list) -> None:
        cells = _trimmed([_cell_text(v) for v in values])
        if not cells:
            return
        if len(cells) > MAX_COLUMNS:
            raise _too_wide(self.name, number)
        for column, text in enumerate(cells):
            if len(text) > MAX_CELL_CHARS:
                raise _cell_too_long(self.name, number, column, len(text))
        if len(self.builder) >= MAX_ROWS:
            raise _too_many_rows(self.name)
        self.builder.add(number, cells)

    def table(self, **extra: object) -> Table:
        table = self.builder.build(**extra)
        if table is None:
            raise UserError(Msg("{file} is empty: it holds no rows to import.", file=self.name))
        if not table.rows:
            raise UserError(Msg("{file} holds only a header row and no data rows to import.", file=self.name))
        return table


# -- .xlsx ----------------------------------------------------------------------
def _read_xlsx(path: Path, name: str) -> Table:
    import zipfile
    import zlib
    from xml.etree import ElementTree
    from xml.parsers import expat

    from core.exchange import xlsx_reader as x

    collector = _Collector(name)
    with x.open_workbook(path, name) as zf:
        x.inspect(zf, name)
        sheet = x.first_sheet(zf, name)
        try:
            dates, date1904 = x._date_styles(zf)
            strings = x.shared_strings(zf, MAX_CELL_CHARS)
            x.read_rows(zf, sheet, strings, dates, date1904, MAX_CELL_CHARS, collector.add)
        except x.CellTooLong as exc:
            raise _cell_too_long(name, exc.row, exc.column, exc.length) from None
        except (expat.ExpatError, ElementTree.ParseError, zipfile.BadZipFile, zlib.error, EOFError, ValueError,
                KeyError, IndexError, RecursionError) as exc:
            raise UserError(Msg("{file} cannot be read as an Excel workbook: it is damaged, or it is not a "
                                "workbook. Open it in Excel or WPS and save it again as .xlsx or CSV.",
                                file=name)) from exc
    return collector.table()


# -- .csv -----------------------------------------------------------------------
def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes strictly (read in chunks, nothing kept)."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    except LookupError:
        return False
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _head_text(head: bytes, encoding: str, complete: bool) -> str:
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=complete)


def _first_lines(text: str, count: int = 10) -> list[list[str]]:
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if line.strip()][:count]
    return [re.split(r"[,\t;]", line) for line in lines]


def _score(text: str) -> int:
    return max((header_score(cells) for cells in _first_lines(text)), default=0)


def detect_encoding(path: Path, name: str) -> tuple[str, str]:
    """(encoding, the decoded first MB) of a CSV file."""
    with open(path, "rb") as fh:
        head = fh.read(_HEAD_BYTES)
        complete = not fh.read(1)
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UserError(Msg("{file} is empty: it holds no rows to import.", file=name))
    if head.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        if _decodes(path, encoding):
            if encoding == "gb18030" and _decodes(path, "big5hkscs"):
                gb, big5 = _head_text(head, "gb18030", complete), _head_text(head, "big5hkscs", complete)
                if _score(big5) > _score(gb):
                    return "big5hkscs", big5
            return encoding, _head_text(head, encoding, complete)
    if len(candidates) == 2:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
        if best is not None and best.encoding and _decodes(path, best.encoding):
            return best.encoding, _head_text(head, best.encoding, complete)
    _undecodable(name)


def _undecodable(name: str) -> NoReturn:
    raise UserError(Msg("The characters in {file} cannot be read: it is not a text file in a known encoding "
                        "(UTF-8, GB18030). Open it in Excel or WPS and save it as CSV UTF-8 or .xlsx.", file=name))


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever the header line (quotes removed) has most of."""
    first = next((line for line in re.split(r"\r\n|\r|\n", text) if line.strip()), "")
    if first.lower().startswith("sep=") and len(first) >= 5:
        return first[4]
    bare = re.sub(r'"[^"]*"', "", first)
    counts = {d: bare.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _LineTooLong(Exception):
    pass


class _Lines:
    """The lines of a text stream (ends kept: CRLF, LF or CR alone), read in chunks; a line
    longer than MAX_LINE_CHARS stops the reading. ``pending`` holds the lines of the row
    being read (for the message when it is refused)."""

    _LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)")

    def __init__(self, stream: io.TextIOBase) -> None:
        self.stream = stream
        self.pending: list[str] = []
        self.rest = ""
        self._iter = self._lines()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._iter)
        self.pending.append(line)
        return line

    def _lines(self):  # type: ignore[no-untyped-def]
        while True:
            chunk = self.stream.read(1 << 16)
            data = self.rest + chunk
            if not chunk:
                self.rest = ""
                if data:
                    yield data
                return
            end = len(data) - 1 if data.endswith("\r") else len(data)  # a CR may be half of CRLF
            cut = max(data.rfind("\n", 0, end), data.rfind("\r", 0, end)) + 1
            self.rest = data[cut:]
            yield from (m.group() for m in self._LINE.finditer(data, 0, cut))
            if len(self.rest) > MAX_LINE_CHARS:
                raise _LineTooLong


def _column_of_end(text: str, delimiter: str) -> int:
    """The 0-based column the end of ``text`` (the start of a CSV row) is in."""
    column, quoted = 0, False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            column += 1
    return column


def _read_csv(path: Path, name: str) -> Table:
    encoding, head = detect_encoding(path, name)
    sample = head[:200_000]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > max(3, len(sample) // 1000):
        raise UserError(Msg("{file} does not look like a table saved as CSV (it holds binary data). "
                            "Choose the .xlsx or .csv file of the member list.", file=name))
    delimiter = sniff_delimiter(head)
    skip_sep = head.lstrip("\ufeff").lower().startswith("sep=")
    collector = _Collector(name)
    number = 0
    with open(path, "rb") as raw:
        lines = _Lines(io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline=""))
        try:
            for values in csv.reader(lines, delimiter=delimiter):
                number += 1
                lines.pending.clear()
                if number == 1 and skip_sep:
                    continue
                collector.add(number, values)
        except (csv.Error, _LineTooLong) as exc:
            text = "".join(lines.pending) + lines.rest
            if len(text) > MAX_CELL_CHARS:
                column = _column_of_end(text[:MAX_LINE_CHARS], delimiter)
                raise _cell_too_long(name, number + 1, column, len(text)) from exc
            raise UserError(Msg("{file} is not a well-formed CSV file: row {row} cannot be read (a quote may be "
                                "missing). Open it in Excel or WPS and save it again as CSV.", file=name,
                                row=number + 1)) from exc
        except UnicodeDecodeError as exc:
            _undecodable(name)
            raise exc
    return collector.table(encoding=encoding, delimiter=delimiter)


def read_table(path: str | Path) -> Table:
    """The first worksheet of an .xlsx file, or a CSV file, as a :class:`Table`."""
    from core.exchange.file_errors import os_reason

    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(Msg("{file} is an old-format Excel file (.xls). Open it in Excel or WPS and save it as "
                            ".xlsx or CSV, then import that file.", file=name))
    if suffix not in EXCEL_SUFFIXES + TEXT_SUFFIXES:
        raise UserError(Msg("{file} cannot be imported: choose an Excel workbook (.xlsx) or a CSV file (.csv).",
                            file=name))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(Msg("{file} cannot be opened: {reason}", file=name, reason=os_reason(exc))) from exc
    if not path.is_file():
        raise UserError(Msg("{file} is not a file.", file=name))
    if size > MAX_FILE_BYTES:
        raise UserError(Msg("{file} is too big to be a member list ({size} MB; at most {limit} MB).", file=name,
                            size=round(size / 1048576, 1), limit=MAX_FILE_BYTES // 1048576))
    if size == 0:
        raise UserError(Msg("{file} is empty: it holds no rows to import.", file=name))
    try:
        return _read_xlsx(path, name) if suffix in EXCEL_SUFFIXES else _read_csv(path, name)
    except OSError as exc:
        raise UserError(Msg("{file} cannot be opened: {reason}", file=name, reason=os_reason(exc))) from exc
    except MemoryError as exc:
        raise UserError(Msg("{file} is too big to be a member list.", file=name)) from exc
