"""Exporting member units and contacts to .xlsx or .csv, in a shape the importer
reads back unchanged (round trip).

One row per contact (a unit without contacts gets one row with empty contact
cells); headers are the Chinese names the importer recognises first; levels, types,
statuses and genders are written as labels in the current language. Mobile numbers
are personal data (PIPL): their column is left out unless ``include_personal``, and
so is an office phone that is in fact a mobile number.
Text that Excel would run as a formula (starting with = + - @, tab or CR) gets a
leading ``'``. The file is written next to the target under a temporary name and
renamed at the end, so a failed export leaves no half-written file; an existing
file is replaced only with ``overwrite=True``.
"""

from __future__ import annotations

import contextlib
import csv
import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.errors import UserError
from core.exchange.cells import mobile_number, neutralise
from core.exchange.file_errors import os_reason
from core.exchange.columns import CONTACT_FIELDS, FIELDS, PRIMARY_HEADERS
from core.exchange.grouping import shown
from core.i18n import Msg, tr
from core.storage import member_lists
from core.storage.database import Database
from core.storage.units import UNIT_COLUMNS

PERSONAL_FIELDS = ("contact_mobile",)
EXPORT_SUFFIXES = (".xlsx", ".csv")
_WIDTHS = {"name": 36, "credit_code": 22, "address": 36, "notes": 30, "committees": 24, "contact_email": 26,
           "website": 24}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    units: int
    contacts: int
    rows: int


def export_fields(include_personal: bool = False) -> list[str]:
    return [f for f in FIELDS if include_personal or f not in PERSONAL_FIELDS]


def export_rows(db: Database, include_personal: bool = False,
                unit_ids: Iterable[int] | None = None) -> tuple[list[str], list[list[str]], int, int]:
    """(header, rows, unit count, contact count) as they will be written (already neutralised);
    ``unit_ids``: only these units (the selected or filtered rows of the list), else every one."""
    fields = export_fields(include_personal)
    with db.lock:
        units = member_lists.units_for_export(db)
        if unit_ids is not None:
            wanted = set(unit_ids)
            units = [u for u in units if u["id"] in wanted]
        ids = [u["id"] for u in units]
        committees = {r["id"]: r["committees"] or "" for r in member_lists.unit_rows(db, ids)}
        contacts: dict[int, list] = {}
        for r in member_lists.contacts_for_export(db):
            contacts.setdefault(r["unit_id"], []).append(r)
    rows: list[list[str]] = []
    count = 0
    for unit in units:
        base = {f: shown(f, unit[f]) for f in UNIT_COLUMNS}
        base["committees"] = committees.get(unit["id"], "")
        for contact in contacts.get(unit["id"]) or [None]:
            values = dict(base)
            if contact is not None:
                count += 1
                for f in CONTACT_FIELDS:
                    key = f.removeprefix("contact_")
                    values[f] = shown(key, contact[key])
                if not include_personal and mobile_number(values["contact_office_phone"]):
                    values["contact_office_phone"] = ""  # a mobile typed as the office phone is personal too
            rows.append([neutralise(values.get(f, "")) for f in fields])
    return [PRIMARY_HEADERS[f] for f in fields], rows, len(units), count


def _write_csv(tmp: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:  # the BOM makes Excel read UTF-8
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(tmp: Path, header: list[str], rows: list[list[str]], fields: list[str]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    from core.exchange.columns import column_letter

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(title=tr("Member units")[:31])
    for i, f in enumerate(fields):
        ws.column_dimensions[column_letter(i)].width = _WIDTHS.get(f, 14)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    cells = []
    for text in header:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        cells.append(cell)
    ws.append(cells)
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if v else None for v in row])
    wb.save(tmp)


def _target(path: Path, overwrite: bool) -> None:
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        raise UserError(Msg("{file}: choose a name ending in .xlsx (Excel) or .csv.", file=path.name))
    if not path.parent.is_dir():
        raise UserError(Msg("The folder {folder} does not exist.", folder=str(path.parent)))
    if path.is_dir():
        raise UserError(Msg("{path} is a folder, not a file.", path=str(path)))
    if path.exists() and not overwrite:
        raise UserError(Msg("{file} already exists. Choose another name, or confirm that it may be replaced.",
                            file=path.name))


@contextlib.contextmanager
def _temporary_next_to(path: Path) -> Iterator[Path]:
    for _ in range(100):  # open() with "x" keeps the usual permissions (mkstemp would make it private)
        tmp = path.with_name(f".{path.stem}-{secrets.token_hex(4)}{path.suffix}")
        try:
            open(tmp, "xb").close()
            break
        except FileExistsError:
            continue
    try:
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def export_members(db: Database, path: str | Path, include_personal: bool = False,
                   overwrite: bool = False, unit_ids: Iterable[int] | None = None) -> ExportResult:
    """Write every registered unit and contact to ``path`` (.xlsx or .csv by its suffix), or only
    the units of ``unit_ids`` with their contacts.

    Raises UserError if ``path`` exists (unless ``overwrite``), has another suffix,
    or cannot be written; nothing is left behind in that case.
    """
    path = Path(path).expanduser().absolute()
    _target(path, overwrite)
    header, rows, units, contacts = export_rows(db, include_personal, unit_ids)
    try:
        with _temporary_next_to(path) as tmp:
            if path.suffix.lower() == ".csv":
                _write_csv(tmp, header, rows)
            else:
                _write_xlsx(tmp, header, rows, export_fields(include_personal))
            if path.exists() and not overwrite:
                raise UserError(Msg("{file} already exists. Choose another name, or confirm that it may be "
                                    "replaced.", file=path.name))
            os.replace(tmp, path)
    except OSError as exc:
        raise UserError(Msg("{file} cannot be written: {reason}. If it is open in Excel or WPS, close it and try "
                            "again.", file=path.name, reason=os_reason(exc))) from exc
    return ExportResult(path, units, contacts, len(rows))
