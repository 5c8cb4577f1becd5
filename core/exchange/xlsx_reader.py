"""Reading the first worksheet of an .xlsx file as a stream, with bounded memory.

Before anything is decompressed, the zip's own directory is checked: number of
entries, total expanded size, compression ratio of each large entry and the size
of the shared strings; a file beyond a limit is refused with a message (a 0.7 MB
file can expand to gigabytes). The sheet XML is then parsed with expat, row by
row, as it is decompressed; a cell longer than :data:`MAX_CELL_CHARS` is refused
with its row and column as soon as it is met, before it is held in memory.
Empty rows are skipped without being made (a sheet may declare a million rows).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn
from xml.etree import ElementTree
from xml.parsers import expat

from core.errors import UserError
from core.i18n import Msg

MAX_ENTRIES = 10_000
MAX_EXPANDED_BYTES = 400 * 1024 * 1024  # all entries together, once decompressed
MAX_RATIO = 100  # expanded / compressed, for entries over 1 MB expanded
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_SMALL_PART_BYTES = 16 * 1024 * 1024  # workbook.xml, its relations, styles.xml
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d*)")
# Built-in number formats that are dates or times (ECMA-376 18.8.30, East Asian ids included).
_DATE_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))


class CellTooLong(Exception):
    def __init__(self, row: int, column: int, length: int) -> None:
        super().__init__(row, column, length)
        self.row, self.column, self.length = row, column, length


def damaged(name: str) -> NoReturn:
    raise UserError(Msg("{file} cannot be read as an Excel workbook: it is damaged, or it is not a workbook. "
                        "Open it in Excel or WPS and save it again as .xlsx or CSV.", file=name))


def _mb(size: int) -> float:
    return round(size / 1048576, 1)


def inspect(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose zip directory promises too much, before decompressing anything."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UserError(Msg("{file} holds {count} parts; a workbook with more than {limit} cannot be a member list.",
                            file=name, count=len(infos), limit=MAX_ENTRIES))
    if any(i.flag_bits & 0x1 for i in infos):
        raise UserError(Msg("{file} is protected with a password. Open it in Excel or WPS, remove the password, "
                            "save it, then import it.", file=name))
    total = sum(i.file_size for i in infos)
    if total > MAX_EXPANDED_BYTES:
        raise UserError(Msg("{file} expands to {size} MB once opened (at most {limit} MB for a member list). "
                            "Save only the member list in a workbook of its own, or as CSV.",
                            file=name, size=_mb(total), limit=MAX_EXPANDED_BYTES // 1048576))
    for info in infos:
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UserError(Msg("{file} is compressed {ratio} times ({size} MB once opened): that is not an "
                                "ordinary workbook, and it is not read. Open it in Excel or WPS and save it again.",
                                file=name, ratio=info.file_size // max(info.compress_size, 1),
                                size=_mb(info.file_size)))
        if info.filename.lower().endswith("sharedstrings.xml") and info.file_size > MAX_SHARED_STRINGS_BYTES:
            raise UserError(Msg("{file} holds {size} MB of text (at most {limit} MB for a member list). Save only "
                                "the member list in a workbook of its own, or as CSV.", file=name,
                                size=_mb(info.file_size), limit=MAX_SHARED_STRINGS_BYTES // 1048576))


def _small_xml(zf: zipfile.ZipFile, part: str) -> ElementTree.Element | None:
    try:
        info = zf.getinfo(part)
    except KeyError:
        return None
    if info.file_size > MAX_SMALL_PART_BYTES:
        return None
    return ElementTree.fromstring(zf.read(info))


def _first_sheet(zf: zipfile.ZipFile) -> str | None:
    """The zip path of the first worksheet in the workbook's order."""
    names = set(zf.namelist())
    workbook = _small_xml(zf, "xl/workbook.xml")
    rels = _small_xml(zf, "xl/_rels/workbook.xml.rels")
    if workbook is not None and rels is not None:
        targets = {r.get("Id"): (r.get("Target") or "", r.get("Type") or "")
                   for r in rels.iter(f"{{{_PKG_REL}}}Relationship")}
        for sheet in workbook.iter(f"{{{_MAIN}}}sheet"):
            target, kind = targets.get(sheet.get(f"{{{_REL}}}id"), ("", ""))
            if not kind.endswith("/worksheet"):
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            if path in names:
                return path
    return "xl/worksheets/sheet1.xml" if "xl/worksheets/sheet1.xml" in names else None


def _date_styles(zf: zipfile.ZipFile) -> tuple[set[int], bool]:
    """(indexes of the cell styles that show dates, whether the workbook counts from 1904)."""
    from openpyxl.styles.numbers import is_date_format

    dates: set[int] = set()
    styles = _small_xml(zf, "xl/styles.xml")
    if styles is not None:
        custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
                  for f in styles.iter(f"{{{_MAIN}}}numFmt")}
        xfs = styles.find(f"{{{_MAIN}}}cellXfs")
        for index, xf in enumerate(xfs if xfs is not None else []):
            fmt = int(xf.get("numFmtId", "0"))
            if fmt in _DATE_IDS or (fmt in custom and is_date_format(custom[fmt])):
                dates.add(index)
    workbook = _small_xml(zf, "xl/workbook.xml")
    pr = workbook.find(f"{{{_MAIN}}}workbookPr") if workbook is not None else None
    return dates, pr is not None and pr.get("date1904") in ("1", "true")


class _Text:
    """Character data of one element, refused beyond ``limit`` characters as it arrives."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[str] = []
        self.length = 0
        self.active = False

    def start(self) -> None:
        self.parts, self.length, self.active = [], 0, True

    def add(self, data: str) -> bool:
        """False when the text has grown beyond the limit."""
        self.length += len(data)
        if self.length > self.limit:
            return False
        self.parts.append(data)
        return True

    def take(self) -> str:
        self.active = False
        return "".join(self.parts)


def shared_strings(zf: zipfile.ZipFile, limit: int) -> list[str | int]:
    """The shared strings; one longer than ``limit`` is kept as its length (refused when a cell uses it)."""
    try:
        info = zf.getinfo("xl/sharedStrings.xml")
    except KeyError:
        return []
    found: list[str | int] = []
    text = _Text(limit)
    state = {"depth_rph": 0, "in_si": False, "too_long": False}

    def start(tag: str, _attrs: dict) -> None:
        local = tag.rsplit("}", 1)[-1]
        if local == "si":
            state["in_si"], state["too_long"] = True, False
            text.start()
            text.active = False
        elif local == "rPh":
            state["depth_rph"] += 1
        elif local == "t" and state["in_si"] and not state["depth_rph"]:
            text.active = True

    def end(tag: str) -> None:
        local = tag.rsplit("}", 1)[-1]
        if local == "si":
            found.append(text.length if state["too_long"] else text.take())
            state["in_si"] = False
        elif local == "rPh":
            state["depth_rph"] -= 1
        elif local == "t":
            text.active = False

    def data(chunk: str) -> None:
        if text.active and not state["too_long"] and not text.add(chunk):
            state["too_long"] = True

    _parse(zf, info, start, end, data)
    return found


def _parse(zf: zipfile.ZipFile, info: zipfile.ZipInfo, start: Callable, end: Callable, data: Callable) -> None:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    with zf.open(info) as stream:
        while True:
            chunk = stream.read(1 << 16)
            parser.Parse(chunk, not chunk)
            if not chunk:
                break


def column_index(ref: str) -> int:
    """``B`` -> 1 (0-based)."""
    index = 0
    for ch in ref:
        index = index * 26 + ord(ch) - 64
    return index - 1


def read_rows(zf: zipfile.ZipFile, sheet: str, strings: list[str | int], dates: set[int], date1904: bool,
              limit: int, emit: Callable[[int, list[Any]], None]) -> None:
    """Call ``emit(row number, values)`` for every row of ``sheet`` with a value (values are str,
    float, bool, date/datetime or None); raise :class:`CellTooLong` for a cell beyond ``limit``."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
    text = _Text(limit)
    cell: dict[str, Any] = {}
    row: dict[str, Any] = {"number": 0, "values": [], "col": -1}
    depth = {"is": 0, "rPh": 0}

    def start(tag: str, attrs: dict) -> None:
        local = tag.rsplit("}", 1)[-1]
        if local == "c":
            ref = _CELL_REF.match(attrs.get("r", ""))
            col = column_index(ref.group(1)) if ref else row["col"] + 1
            row["col"] = col
            cell.clear()
            cell.update(col=col, t=attrs.get("t", "n"), s=int(attrs.get("s", "0") or 0), v=None)
        elif local == "row":
            row["number"] = int(attrs.get("r") or row["number"] + 1)
            row["values"], row["col"] = [], -1
        elif local == "v":
            text.start()
        elif local == "t" and depth["is"] and not depth["rPh"]:
            text.active = True
        elif local == "is":
            depth["is"] += 1
            text.start()
            text.active = False
        elif local == "rPh":
            depth["rPh"] += 1

    def data(chunk: str) -> None:
        if text.active and not text.add(chunk):
            raise CellTooLong(row["number"], cell.get("col", 0), text.length)

    def end(tag: str) -> None:
        local = tag.rsplit("}", 1)[-1]
        if local == "v":
            cell["v"] = text.take()
        elif local == "t" and depth["is"] and not depth["rPh"]:
            text.active = False
        elif local == "is":
            depth["is"] -= 1
            cell["v"] = "".join(text.parts)
            text.active = False
        elif local == "rPh":
            depth["rPh"] -= 1
        elif local == "c":
            try:
                value = _value(cell, strings, dates, epoch, from_excel)
            except CellTooLong as exc:  # a shared string over the limit: now its row is known
                raise CellTooLong(row["number"], exc.column, exc.length) from None
            if value is not None and value != "":
                values = row["values"]
                values.extend([None] * (cell["col"] - len(values)))
                values.append(value)
        elif local == "row":
            if row["values"]:
                emit(row["number"], row["values"])

    _parse(zf, zf.getinfo(sheet), start, end, data)


def _value(cell: dict[str, Any], strings: list[str | int], dates: set[int], epoch: dt.datetime,
           from_excel: Callable) -> Any:
    raw, kind = cell["v"], cell["t"]
    if raw is None:
        return None
    if kind == "s":
        found = strings[int(raw)] if raw.strip().isdigit() and int(raw) < len(strings) else ""
        if isinstance(found, int):
            raise CellTooLong(0, cell["col"], found)
        return found
    if kind in ("str", "inlineStr", "e"):
        return raw
    if kind == "b":
        return raw.strip() in ("1", "true")
    try:
        number = float(raw)
    except ValueError:
        return raw
    if cell["s"] in dates:
        try:
            return from_excel(number, epoch)
        except (ValueError, OverflowError):
            return number
    return number


def open_workbook(path: Path, name: str) -> zipfile.ZipFile:
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(Msg("{file} is an old-format (.xls) or password-protected workbook. Open it in Excel or "
                            "WPS, remove the password if any, and save it as .xlsx or CSV.", file=name))
    if not zipfile.is_zipfile(path):
        raise UserError(Msg("{file} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS "
                            "and save it again as .xlsx or CSV.", file=name))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        damaged(name)


def first_sheet(zf: zipfile.ZipFile, name: str) -> str:
    try:
        sheet = _first_sheet(zf)
    except (ElementTree.ParseError, zipfile.BadZipFile, ValueError, EOFError, OSError, KeyError):
        damaged(name)
    if sheet is None:
        if "xl/workbook.xml" in zf.namelist():
            raise UserError(Msg("{file} has no worksheet.", file=name))
        raise UserError(Msg("{file} is not an Excel workbook (.xlsx): it is another kind of document saved as a "
                            "zip file. Choose the .xlsx or .csv file of the member list.", file=name))
    return sheet
