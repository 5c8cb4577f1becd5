"""Reading returned forms: a filled PDF, an .xlsx of the template, or a folder of them.

:func:`read_returned` never raises on a bad file: each file (or .xlsx row) becomes a
:class:`ReturnedForm` whose ``error`` says in the user's language why nothing could be
read (not a PDF, another form, an older version, no fields, encrypted, damaged, wrong
columns, too large), or whose ``values`` are the checked, normalised values with every
problem listed per field in ``problems``; ``raw`` keeps what was typed.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.forms.marker import MARKER_FIELD, parse_keywords, parse_marker
from core.forms.pdfobjects import Objects, text
from core.forms.spec import FORM_LABELS, FORM_VERSION, KINDS, MULTI, FormSpec, form_spec
from core.forms.values import check_values, from_flat
from core.i18n import Msg
from core.validation import FieldError

MAX_FILE_BYTES = 25 * 1024 * 1024          # a filled form is about 2 MB
MAX_XLSX_UNPACKED = 60 * 1024 * 1024
MAX_XLSX_ROWS = 5000
SUFFIXES = (".pdf", ".xlsx")


@dataclass
class ReturnedForm:
    path: Path
    kind: str | None = None
    version: int | None = None
    script: str | None = None
    values: dict = field(default_factory=dict)      # checked and normalised (field id -> value)
    raw: dict = field(default_factory=dict)         # as typed (flat id -> text), nothing lost
    problems: list[FieldError] = field(default_factory=list)
    error: Msg | None = None                        # the file (or row) could not be read as a form
    row: int | None = None                          # .xlsx: the sheet row

    @property
    def ok(self) -> bool:
        return self.error is None and not self.problems

    def messages(self) -> list[str]:
        """Every message, in the current language: the file's, then one per field."""
        where = self.path.name + (f" (row {self.row})" if self.row else "")
        out = [str(Msg("{file}: {problem}", file=where, problem=self.error))] if self.error else []
        out += [str(Msg("{file}: {problem}", file=where, problem=p.text())) for p in self.problems]
        return out


def _fail(path: Path, message: Msg, **kw) -> list[ReturnedForm]:
    return [ReturnedForm(path=path, error=message, **kw)]


def read_returned(path: str | os.PathLike, *, kind: str | None = None, committees: Sequence[str] | None = None,
                  id_number: str = "optional", max_bytes: int = MAX_FILE_BYTES) -> list[ReturnedForm]:
    """Every form in ``path`` (a .pdf, an .xlsx or a folder of them, not recursive).

    ``kind``: the form the call expects (another kind is refused with a message); ``committees``:
    the areas offered when the return does not name its own (a template without its hidden sheet);
    ``id_number``: ``required`` makes an empty ID number a problem."""
    path = Path(path)
    if path.is_dir():
        out: list[ReturnedForm] = []
        for child in sorted(path.iterdir()):
            if child.name.startswith(("~$", ".")) or not child.is_file():
                continue
            out += read_returned(child, kind=kind, committees=committees, id_number=id_number, max_bytes=max_bytes)
        return out
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        return _fail(path, Msg("cannot be read: {reason}", reason=exc.strerror or str(exc)))
    if size > max_bytes:
        return _fail(path, Msg("is {size} MB; a returned form is at most {limit} MB, so it was not read",
                               size=round(size / 1048576, 1), limit=max_bytes // 1048576))
    if b"%PDF-" in head:
        return [_read_pdf(path, kind, committees, id_number)]
    if head.startswith(b"PK"):
        return _read_xlsx(path, kind, committees, id_number)
    if size == 0:
        return _fail(path, Msg("is empty (0 bytes)"))
    return _fail(path, Msg("is neither a PDF nor an Excel (.xlsx) file"))


# ---- PDF ------------------------------------------------------------------------------------------

def _pdf_fields(reader, objects) -> dict[str, object]:
    """Field name -> value (text, or a button's state name) of every terminal field, widgets' states
    used where a reader set /AS but not /V. ``objects``: the file's objects (core.forms.pdfobjects)."""
    get = objects.get
    out: dict[str, object] = {}
    for page in objects.pages():
        annots = get(page.get("/Annots"))
        for ref in annots if isinstance(annots, list) else []:
            annot = get(ref)
            if not isinstance(annot, dict) or annot.get("/Subtype") != "/Widget":
                continue
            holder = annot if "/T" in annot else get(annot.get("/Parent"))
            if not isinstance(holder, dict) or "/T" not in holder:
                continue
            name = text(get(holder["/T"]))
            ft = get(holder.get("/FT", annot.get("/FT")))
            value = get(holder.get("/V"))
            if ft == "/Btn":
                state = text(value) if value is not None else ""
                if state in ("", "/Off"):
                    widget_state = text(get(annot.get("/AS")))
                    if widget_state not in ("", "/Off"):
                        state = widget_state
                if name not in out or out[name] in ("", "/Off"):
                    out[name] = state
            else:
                out[name] = text(value)
    if not out:  # fields without widgets on the pages (a damaged or odd file)
        for name, f in (reader.get_fields() or {}).items():
            value = f.get("/V")
            out[name] = "" if value is None else str(value.get_object())
    return out


def _open_pdf(fh, result: ReturnedForm):
    """(fields, keywords, /AllianceForm, /AllianceFormVersion) of the open PDF ``fh``, or None with
    ``result.error`` set. pypdf reads the structure from the file; the widgets are read from the
    file mapped in memory (core.forms.pdfobjects): nothing is copied whole."""
    import mmap

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            reader = PdfReader(fh, strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception:  # noqa: BLE001 - unsupported encryption: the same answer
                    opened = 0
                if not opened:
                    result.error = Msg("is protected by a password; ask the sender for a copy without one")
                    return None
            objects = Objects(reader, data)
            get = objects.get
            info = get(reader.trailer.raw_get("/Info")) if "/Info" in reader.trailer else None
            info = info if isinstance(info, dict) else {}
            keywords = parse_keywords(text(get(info.get("/Keywords"))))
            form_name, version = text(get(info.get("/AllianceForm"))), text(get(info.get("/AllianceFormVersion")))
            root = get(reader.trailer.raw_get("/Root"))
            acro = get(root.get("/AcroForm")) if isinstance(root, dict) else None
            listed = get(acro.get("/Fields")) if isinstance(acro, dict) else None
            flat = _pdf_fields(reader, objects) if isinstance(listed, list) and listed else {}
            return flat, keywords, form_name, version
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError,
            AssertionError) as exc:
        result.error = Msg("is a damaged PDF that cannot be read ({reason})", reason=type(exc).__name__)
        return None
    except Exception as exc:  # noqa: BLE001 - whatever a broken file raises inside pypdf
        if isinstance(exc, (MemoryError, KeyboardInterrupt)):
            raise
        result.error = Msg("is a damaged PDF that cannot be read ({reason})", reason=type(exc).__name__)
        return None


def _kind_label(kind: str) -> Msg:
    return Msg(FORM_LABELS[kind])


def _read_pdf(path: Path, kind: str | None, committees, id_number: str) -> ReturnedForm:
    result = ReturnedForm(path=path)
    try:
        with open(path, "rb") as fh:
            opened = _open_pdf(fh, result)
    except OSError as exc:
        result.error = Msg("is a damaged PDF that cannot be read ({reason})", reason=type(exc).__name__)
        return result
    if opened is None:
        return result
    flat, keywords, form_name, version = opened
    marker = parse_marker(flat.get(MARKER_FIELD))
    if marker is None:
        if form_name in KINDS and version.isdigit():
            marker = {"form": form_name, "version": int(version), "choices": {}}
    if not flat:
        if keywords or marker:
            result.kind = (marker or {}).get("form") or keywords[0]
            result.error = Msg("has no form fields left: it was printed to PDF, flattened or scanned. Enter it "
                               "by hand, or ask the sender to return the fillable form")
        else:
            result.error = Msg("has no form fields (a scanned or printed document, or not a form). Enter it by "
                               "hand, or ask the sender to fill the fillable form")
        return result
    if marker is None:
        result.error = Msg("is a PDF form, but not one of this program's forms")
        return result
    result.kind, result.version = marker["form"], marker["version"]
    result.script = marker.get("script")
    if result.kind not in KINDS:
        result.error = Msg("is a PDF form, but not one of this program's forms")
        return result
    if kind is not None and result.kind != kind:
        result.error = Msg("is a {found}, but a {expected} is expected here", found=_kind_label(result.kind),
                           expected=_kind_label(kind))
        return result
    if result.version < FORM_VERSION:
        result.error = Msg("was made from an older version of the form (version {found}; now {current}). Send the "
                           "current form and ask for it again", found=result.version, current=FORM_VERSION)
        return result
    if result.version > FORM_VERSION:
        result.error = Msg("was made by a newer version of this program (form version {found}); update the "
                           "program to read it", found=result.version)
        return result
    spec = _spec_for(result.kind, marker, committees, id_number)
    result.raw = {k: v for k, v in flat.items() if k != MARKER_FIELD and v not in ("", "/Off")}
    result.values, result.problems = check_values(spec, from_flat(spec, flat))
    return result


def _spec_for(kind: str, marker: dict, committees, id_number: str) -> FormSpec:
    """The spec the return was made from: its own choice lists (the committees of that call)."""
    spec = form_spec(kind, committees, id_number)
    areas = next((v for k, v in (marker.get("choices") or {}).items()
                  if spec.has(k) and spec.field(k).type == MULTI and isinstance(v, list)), None)
    if areas:
        spec = form_spec(kind, [str(a) for a in areas], id_number)
    return spec


# ---- .xlsx ----------------------------------------------------------------------------------------

def _read_xlsx(path: Path, kind: str | None, committees, id_number: str) -> list[ReturnedForm]:
    from core.forms.xlsx import columns, match_headers, read_hidden

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return _fail(path, Msg("is a damaged Excel file that cannot be read"))
    if "xl/workbook.xml" not in names:
        return _fail(path, Msg("is neither a PDF nor an Excel (.xlsx) file"))
    if unpacked > MAX_XLSX_UNPACKED:
        return _fail(path, Msg("unpacks to {size} MB; a returned sheet is at most {limit} MB, so it was not read",
                               size=round(unpacked / 1048576), limit=MAX_XLSX_UNPACKED // 1048576))
    try:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on broken files
        return _fail(path, Msg("is a damaged Excel file that cannot be read"))
    try:
        marker_text, hidden_ids = read_hidden(wb)
        marker = parse_marker(marker_text)
        sheet = next((wb[n] for n in wb.sheetnames if n != "_form"), None)
        if sheet is None:
            return _fail(path, Msg("has no sheet with data"))
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None) or ()
        found_kind = marker["form"] if marker else None
        if marker and marker.get("version") != FORM_VERSION:
            return _fail(path, Msg("was made from an older version of the template (version {found}; now "
                                   "{current}). Send the current template and ask for it again",
                                   found=marker.get("version"), current=FORM_VERSION), kind=found_kind)
        if found_kind is None:
            found_kind = _guess_kind(header, kind, committees, id_number)
            if found_kind is None:
                return _fail(path, Msg("is not a template of this program's forms: its first row holds none "
                                       "of the forms' column headers"))
        if kind is not None and found_kind != kind:
            return _fail(path, Msg("is a {found}, but a {expected} is expected here", found=_kind_label(found_kind),
                                   expected=_kind_label(kind)), kind=found_kind)
        spec = _spec_for(found_kind, marker or {}, committees, id_number)
        mapping, unknown = match_headers(spec, header, hidden_ids)
        if unknown:
            return _fail(path, Msg("has columns this form does not have: {columns}. Use the template's headers "
                                   "unchanged", columns=_Columns(unknown, spec)), kind=found_kind)
        present = set(mapping.values())
        missing = [column_label for flat_id, f, _d, column_label in columns(spec)
                   if f.required and f.type != MULTI and flat_id not in present]
        if missing:
            return _fail(path, Msg("lacks the required columns {columns}", columns="、".join(missing)),
                         kind=found_kind)
        out: list[ReturnedForm] = []
        for number, row in enumerate(rows, 2):
            if number > MAX_XLSX_ROWS + 1:
                out.append(ReturnedForm(path=path, kind=found_kind, row=number, error=Msg(
                    "more than {limit} rows: the rest of the sheet was not read", limit=MAX_XLSX_ROWS)))
                break
            flat = {mapping[i]: v for i, v in enumerate(row) if i in mapping and v not in (None, "")}
            if not flat:
                continue
            raw = {k: (v.isoformat() if hasattr(v, "isoformat") else str(v)) for k, v in flat.items()}
            values, problems = check_values(spec, from_flat(spec, flat))
            out.append(ReturnedForm(path=path, kind=found_kind, version=FORM_VERSION, script="hans", values=values,
                                    raw=raw, problems=problems, row=number))
        if not out:
            return _fail(path, Msg("has the form's columns but no filled rows"), kind=found_kind)
        return out
    except Exception as exc:  # noqa: BLE001 - a sheet broken inside (bad XML, bad cells)
        if isinstance(exc, (MemoryError, KeyboardInterrupt)):
            raise
        return _fail(path, Msg("is a damaged Excel file that cannot be read"))
    finally:
        wb.close()


class _Columns:
    """The unknown columns, written out in the language current when the message is shown."""

    def __init__(self, unknown: list[tuple[int, str, str | None]], spec: FormSpec) -> None:
        from openpyxl.utils import get_column_letter

        from core.forms.xlsx import columns

        headers = {flat_id: h for flat_id, _f, _d, h in columns(spec)}
        self.items = [(get_column_letter(i + 1), header, headers.get(was) if was else None)
                      for i, header, was in unknown]

    def __str__(self) -> str:
        return "; ".join(f"{letter}「{header}」" + (str(Msg(" (was 「{header}」)", header=original)) if original else "")
                         for letter, header, original in self.items)


def _guess_kind(header, kind, committees, id_number) -> str | None:
    from core.forms.xlsx import match_headers

    best, score = None, 0
    for candidate in ([kind] if kind else KINDS):
        found, _unknown = match_headers(form_spec(candidate, committees, id_number), header, None)
        if len(found) > score:
            best, score = candidate, len(found)
    return best if score >= 3 else None
