"""A blank fillable form with some fields already typed in (a unit's own details), still
fillable: what goes to a unit with a call, so that it does not type its name again.

pypdf writes each value (/V) and its appearance with the form's own typing font (/CJK in
the form's /DR, core.forms.fillable); /NeedAppearances stays set for readers that redraw.
Only text fields are filled; a value the typing font cannot draw is still stored as typed.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping


def prefilled_pdf(blank: bytes, values: Mapping[str, str]) -> bytes:
    """``blank`` (a fillable form of core.forms.blank_pdf) with ``values`` (field id -> text) typed in."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(blank))
    known = {name for name, fld in (reader.get_fields() or {}).items() if fld.get("/FT") == "/Tx"}
    wanted = {name: text for name, text in values.items() if name in known and text}
    if not wanted:
        return blank
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its note on line breaks it cannot encode
    writer = PdfWriter(clone_from=reader)
    writer.update_page_form_field_values(None, wanted, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
