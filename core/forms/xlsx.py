"""The .xlsx template of a form (one row a nominee) and reading it back.

The first sheet has one column per value: plain fields, one column per tick box
(``擅长领域：智能交通``, ticked with ✓) and per table cell (``参加过的标准制修订情况1：标准编号``),
headers in the form's wording (``*`` marks the required ones), drop-down lists for
choices, text format for numbers that must stay text (ID, mobile, credit code). A
hidden sheet ``_form`` holds the marker (kind, version, choice lists) and each column's
field id, so columns are recognised by id even when a header was edited, and a renamed
or unknown column is named in the message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from core.forms.marker import MARKER_FIELD, marker_value
from core.forms.spec import CHOICE, MULTI, TABLE, FieldSpec, FormSpec

HIDDEN_SHEET = "_form"
DATA_ROWS = 500
TEXT_CHECKS = {"id_number", "mobile", "phone", "postcode", "credit_code"}


def column_label(spec: FormSpec, f: FieldSpec, detail: object) -> str:
    """The header of one value's column, unique within the form."""
    if f.type == MULTI:
        return f"{f.form_label}：{f.options[detail - 1]}"
    if f.type == TABLE:
        row, column = detail
        return f"{f.form_label}{row}：{column.form_label}"
    owner = next((o for o in spec.fields if o.date_field == f.id), None)
    if owner is not None:
        return f"{owner.form_label}日期"
    if f.id in ("legal_rep_title", "contact_title"):
        return f"{spec.field(f.id.rsplit('_', 1)[0]).form_label}职务"
    return f.form_label


def columns(spec: FormSpec) -> list[tuple[str, FieldSpec, object, str]]:
    """(flat id, field, detail, header) of every column of the template."""
    return [(flat_id, f, detail, column_label(spec, f, detail)) for flat_id, f, detail in spec.flat_ids(True)]


def write_template(spec: FormSpec) -> bytes:
    import io

    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = spec.title
    hidden = wb.create_sheet(HIDDEN_SHEET)
    hidden.sheet_state = "hidden"
    hidden["A1"] = MARKER_FIELD
    hidden["B1"] = marker_value(spec, "hans")
    hidden["A2"] = "column"
    hidden["B2"] = "field id"
    hidden["C2"] = "header"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for n, (flat_id, f, detail, header) in enumerate(columns(spec), 1):
        letter = get_column_letter(n)
        required = f.required and f.type not in (MULTI, TABLE)
        cell = ws.cell(row=1, column=n, value=("*" if required else "") + header)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        hidden.cell(row=n + 2, column=1, value=letter)
        hidden.cell(row=n + 2, column=2, value=flat_id)
        hidden.cell(row=n + 2, column=3, value=header)
        ws.column_dimensions[letter].width = max(10, min(40, len(header) * 2 + 2))
        target = f"{letter}2:{letter}{DATA_ROWS + 1}"
        kind = (detail[1] if f.type == TABLE else f)
        if f.type == MULTI:
            dv = DataValidation(type="list", formula1='"✓"', allow_blank=True)
            dv.add(target)
            ws.add_data_validation(dv)
        elif kind.type == CHOICE:
            dv = DataValidation(type="list", formula1='"' + ",".join(kind.options) + '"', allow_blank=True,
                                showErrorMessage=True)
            dv.add(target)
            ws.add_data_validation(dv)
        hint = {"date": "2013-11-06", "month": "1975-03", "year": "2013"}.get(kind.type)
        if hint:
            cell.comment = Comment(f"{header}：{hint}", "")
        if kind.check in TEXT_CHECKS or kind.type in ("date", "month"):
            for r in range(2, DATA_ROWS + 2):
                ws.cell(row=r, column=n).number_format = "@"
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def normalise_header(text: object) -> str:
    from core.documents.script import convert

    value = re.sub(r"[\s*＊]|（必填）|\(必填\)", "", str(text or ""))
    value = value.replace(":", "：")
    return convert(value, "hans") if value else value


def match_headers(spec: FormSpec, headers: Sequence[object], hidden_ids: dict[int, tuple[str, str]] | None
                  ) -> tuple[dict[int, str], list[tuple[int, str, str | None]]]:
    """Column index -> flat id, and the unknown columns as (index, header, what the template had there)."""
    by_label = {normalise_header(h): flat_id for flat_id, _f, _d, h in columns(spec)}
    by_id = {flat_id for flat_id, _f, _d, _h in columns(spec)}
    found: dict[int, str] = {}
    unknown: list[tuple[int, str, str | None]] = []
    for i, header in enumerate(headers):
        text = normalise_header(header)
        if not text:
            continue
        flat_id = by_label.get(text)
        if flat_id is None and text in by_id:
            flat_id = text  # a header holding the field id itself
        if flat_id is None:
            was = hidden_ids.get(i) if hidden_ids else None
            unknown.append((i, str(header), was[0] if was else None))
            continue
        found[i] = flat_id
    return found, unknown


def read_hidden(wb) -> tuple[str | None, dict[int, tuple[str, str]]]:
    """The marker text and {column index: (flat id, header)} of the template's hidden sheet."""
    if HIDDEN_SHEET not in wb.sheetnames:
        return None, {}
    ws = wb[HIDDEN_SHEET]
    marker = None
    ids: dict[int, tuple[str, str]] = {}
    for n, row in enumerate(ws.iter_rows(min_row=1, max_row=2000, max_col=3, values_only=True), 1):
        if n == 1:
            marker = row[1] if len(row) > 1 else None
            continue
        if n == 2 or not row or not row[1]:
            continue
        from openpyxl.utils import column_index_from_string

        try:
            ids[column_index_from_string(str(row[0])) - 1] = (str(row[1]), str(row[2] or ""))
        except ValueError:
            continue
    return marker, ids


def template_path_name(spec: FormSpec) -> str:
    return f"{spec.title}.xlsx"


__all__ = ["write_template", "columns", "match_headers", "read_hidden", "Path"]


def is_template_workbook(path: str | Path) -> bool:
    """Whether ``path`` is an .xlsx made from a form's template (it has the hidden sheet), told from the
    workbook's list of sheets without reading a row; any unreadable file is not one."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > 1024 * 1024:
                return False
            text = archive.read(info).decode("utf-8", "replace")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False
    return re.search(r'<(?:\w+:)?sheet\b[^>]*\bname="' + HIDDEN_SHEET + '"', text) is not None
