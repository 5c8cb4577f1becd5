"""The three forms (专家推荐表, 标准组推荐表, 成员单位入会申请表) as files, headless, no database.

Public API (heavy packages are imported when a function is called):

* ``form_spec(kind, committees=None, id_number="optional") -> FormSpec`` (core.forms.spec)
* ``blank_pdf(kind, *, script="hans", fillable=True, committees=None, id_number="optional", fonts=None) -> bytes``
* ``filled_pdf(kind, values, *, script="hans", committees=None, id_number="optional", fonts=None) -> bytes``
* ``filled_batch(kind, items, folder, *, script=..., progress=None, cancel=None) -> list[Path]``
* ``xlsx_template(kind, *, committees=None, id_number="optional") -> bytes``
* ``write_file(data, out, overwrite=False) -> Path``
* ``read_returned(path, *, kind=None, committees=None, id_number="optional") -> list[ReturnedForm]``
* ``check_values(spec, raw) -> (values, problems)`` (core.forms.values)

``kind`` is ``"expert"``, ``"standards"`` or ``"membership"`` (or a FormSpec).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.forms.spec import FORM_VERSION, KINDS, SCRIPTS, FieldSpec, FormSpec, form_spec


def blank_pdf(kind, **kw) -> bytes:
    from core.forms.pdf import blank_pdf as _blank

    return _blank(kind, **kw)


def filled_pdf(kind, values, **kw) -> bytes:
    from core.forms.pdf import filled_pdf as _filled

    return _filled(kind, values, **kw)


def filled_batch(kind, items, folder, **kw):
    from core.forms.pdf import filled_batch as _batch

    return _batch(kind, items, folder, **kw)


def xlsx_template(kind: str | FormSpec, *, committees: Sequence[str] | None = None,
                  id_number: str = "optional") -> bytes:
    from core.forms.xlsx import write_template

    spec = kind if isinstance(kind, FormSpec) else form_spec(kind, committees, id_number)
    return write_template(spec)


def write_file(data: bytes, out, overwrite: bool = False):
    from core.forms.pdf import write_file as _write

    return _write(data, out, overwrite)


def read_returned(path, **kw):
    from core.forms.returns import read_returned as _read

    return _read(path, **kw)


def check_values(spec: FormSpec, raw):
    from core.forms.values import check_values as _check

    return _check(spec, raw)


__all__ = ["FORM_VERSION", "KINDS", "SCRIPTS", "FieldSpec", "FormSpec", "form_spec", "blank_pdf", "filled_pdf",
           "filled_batch", "xlsx_template", "write_file", "read_returned", "check_values"]
