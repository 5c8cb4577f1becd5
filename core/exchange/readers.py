"""Reading a member list (.xlsx or .csv) into a :class:`Table` of text cells.

Every failure a clerk can meet (a damaged or renamed file, the wrong kind of file,
an empty sheet, a file too big to be a member list) raises :class:`UserError`
with a message saying what to do; nothing is written anywhere.

CSV files are decoded without asking: a BOM decides (UTF-8 or UTF-16); otherwise
strict UTF-8, then GB18030 (what Excel on Chinese Windows writes; Big5 is tried too
when both decode, and the reading whose header is recognised wins), then
charset-normalizer's best guess. The delimiter (comma, tab or semicolon) is taken
from the header line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from core.errors import UserError
from core.exchange.columns import find_header_row, header_score
from core.i18n import Msg

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Table:
    """A sheet as text: ``header`` and ``rows`` have the same width; ``row_numbers[i]``
    is the row number Excel shows for ``rows[i]`` (the header is ``header_row``)."""

    source: str
    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None

    def __len__(self) -> int:
        return len(self.rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    return str(value).replace("\ufeff", "").strip()


def _too_many_rows(name: str) -> UserError:
    return UserError(Msg("{file} has more than {limit} rows; a member list that long cannot be imported at once. "
                         "Split it into several files.", file=name, limit=MAX_ROWS))


def _build(name: str, numbered: list[tuple[int, list[str]]], **extra: object) -> Table:
    """Header detection, width and the 'nothing to import' checks shared by both formats."""
    if not numbered:
        raise UserError(Msg("{file} is empty: it holds no rows to import.", file=name))
    index = find_header_row([cells for _, cells in numbered])
    header_row, header = numbered[index]
    data = numbered[index + 1:]
    if not data:
        raise UserError(Msg("{file} holds only a header row and no data rows to import.", file=name))
    width = max(len(cells) for _, cells in numbered[index:])
    header = header + [""] * (width - len(header))
    rows = [cells + [""] * (width - len(cells)) for _, cells in data]
    return Table(name, header, rows, [n for n, _ in data], header_row, **extra)  # type: ignore[arg-type]


def _trimmed(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells.pop()
    return cells


# -- .xlsx ----------------------------------------------------------------------
def _read_xlsx(path: Path, name: str) -> Table:
    import zipfile

    import openpyxl

    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(Msg("{file} is an old-format (.xls) or password-protected workbook. Open it in Excel or "
                            "WPS, remove the password if any, and save it as .xlsx or CSV.", file=name))
    if not zipfile.is_zipfile(path):
        raise UserError(Msg("{file} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS "
                            "and save it again as .xlsx or CSV.", file=name))
    numbered: list[tuple[int, list[str]]] = []
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise UserError(Msg("{file} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS and "
                            "save it again as .xlsx or CSV.", file=name, reason=type(exc).__name__)) from exc
    try:
        if not wb.worksheets:
            raise UserError(Msg("{file} has no worksheet.", file=name))
        sheet = wb.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = _trimmed([_cell_text(v) for v in values])
            if cells:
                if len(numbered) > MAX_ROWS:
                    raise _too_many_rows(name)
                numbered.append((number, cells))
    except UserError:
        raise
    except Exception as exc:
        raise UserError(Msg("{file} cannot be read as an Excel workbook ({reason}). Open it in Excel or WPS and "
                            "save it again as .xlsx or CSV.", file=name, reason=type(exc).__name__)) from exc
    finally:
        wb.close()
    return _build(name, numbered)


# -- .csv -----------------------------------------------------------------------
def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _first_lines(text: str, count: int = 10) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip()][:count]
    return [re.split(r"[,\t;]", line) for line in lines]


def _score(text: str) -> int:
    return max((header_score(cells) for cells in _first_lines(text)), default=0)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) for the bytes of a CSV file."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8")
        return (text, "utf-8-sig") if text is not None else _undecodable(name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
        return (text, "utf-16") if text is not None else _undecodable(name)
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    text = _strict(data, "gb18030")
    if text is not None:
        big5 = _strict(data, "big5hkscs")
        if big5 is not None and _score(big5) > _score(text):
            return big5, "big5hkscs"
        return text, "gb18030"
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        text = _strict(data, best.encoding)
        if text is not None:
            return text, best.encoding
    return _undecodable(name)


def _undecodable(name: str) -> NoReturn:
    raise UserError(Msg("The characters in {file} cannot be read: it is not a text file in a known encoding "
                        "(UTF-8, GB18030). Open it in Excel or WPS and save it as CSV UTF-8 or .xlsx.", file=name))


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever the header line (quotes removed) has most of."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lower().startswith("sep=") and len(first) >= 5:
        return first[4]
    bare = re.sub(r'"[^"]*"', "", first)
    counts = {d: bare.count(d) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, name: str) -> Table:
    data = path.read_bytes()
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise UserError(Msg("{file} is empty: it holds no rows to import.", file=name))
    text, encoding = decode_text(data, name)
    bad = len(_CONTROL.findall(text[:200_000]))
    if "\x00" in text or bad > max(3, len(text[:200_000]) // 1000):
        raise UserError(Msg("{file} does not look like a table saved as CSV (it holds binary data). "
                            "Choose the .xlsx or .csv file of the member list.", file=name))
    delimiter = sniff_delimiter(text)
    lines = text.splitlines(keepends=True)
    if lines and lines[0].lower().startswith("sep="):
        lines[0] = "\n"
    numbered: list[tuple[int, list[str]]] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO("".join(lines)), delimiter=delimiter), start=1):
            cells = _trimmed([_cell_text(v) for v in values])
            if cells:
                if len(numbered) > MAX_ROWS:
                    raise _too_many_rows(name)
                numbered.append((number, cells))
    except csv.Error as exc:
        raise UserError(Msg("{file} is not a well-formed CSV file ({reason}).", file=name, reason=str(exc))) from exc
    return _build(name, numbered, encoding=encoding, delimiter=delimiter)


def read_table(path: str | Path) -> Table:
    """The first worksheet of an .xlsx file, or a CSV file, as a :class:`Table`."""
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
        raise UserError(Msg("{file} cannot be opened: {reason}", file=name, reason=exc.strerror or str(exc))) from exc
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
        raise UserError(Msg("{file} cannot be opened: {reason}", file=name, reason=exc.strerror or str(exc))) from exc
    except MemoryError as exc:
        raise UserError(Msg("{file} is too big to be a member list.", file=name)) from exc
