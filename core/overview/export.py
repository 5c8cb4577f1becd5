"""A chart's numbers as an .xlsx workbook (openpyxl, imported when used)."""

from __future__ import annotations

from pathlib import Path

from core.errors import UserError
from core.i18n import Msg
from core.overview.charts import Chart, table_rows


def chart_to_xlsx(chart: Chart, path: Path, overwrite: bool = False) -> Path:
    """Write the chart's table (labels in the current language) to ``path``: a sheet named
    after the chart, its title in the first row, the header, one row per bar."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    if path.exists() and not overwrite:
        raise UserError(Msg("The file {path} exists already.", path=str(path)))
    header, rows = table_rows(chart)
    wb = Workbook()
    ws = wb.active
    ws.title = "".join(c for c in chart.title if c not in "[]:*?/\\")[:31] or "Chart"
    ws.append([chart.title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(row)
    if chart.note:
        ws.append([])
        ws.append([chart.note])
    ws.column_dimensions["A"].width = max(12, min(40, max((len(str(r[0])) * 2 for r in rows), default=10)))
    try:
        wb.save(path)
    except OSError as exc:
        raise UserError(Msg("The file {path} could not be written: {reason}", path=str(path),
                            reason=exc.strerror or str(exc))) from exc
    return path
