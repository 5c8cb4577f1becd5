"""Filling a fillable form with programs that are not ours, as a recipient's reader would.

* pypdf: ``update_page_form_field_values`` (writes /V and appearance streams with the form's font);
* qpdf: the form's objects as JSON (``--json-output``), values set in /V and /AS, written back with
  ``--update-from-json`` (qpdf then regenerates appearances with ``--generate-appearances``);
* pdftk: ``fill_form`` from an XFDF file (UTF-8), with ``need_appearances``.

Values: field name -> text for text fields, True for a ticked check box, ``"cN"`` for option N
of a radio group.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape


def fill_with_pypdf(blank: bytes, values: dict) -> bytes:
    import logging

    from pypdf import PdfReader, PdfWriter

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warning about line breaks it cannot encode

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(blank)))
    fields = {}
    for name, value in values.items():
        if value is True:
            fields[name] = "/Yes"
        elif isinstance(value, str) and value.startswith("c") and value[1:].isdigit():
            fields[name] = "/" + value
        else:
            fields[name] = value
    writer.update_page_form_field_values(None, fields, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def fill_with_qpdf(blank: Path, values: dict, out: Path, generate_appearances: bool = True) -> Path:
    exe = shutil.which("qpdf")
    dump = json.loads(subprocess.run([exe, "--json-output", str(blank)], capture_output=True, check=True,
                                     timeout=120).stdout)
    header, objects = dump["qpdf"][0], dump["qpdf"][1]
    update = {}
    for key, obj in objects.items():
        value = obj.get("value") if isinstance(obj, dict) else None
        if not isinstance(value, dict) or "/T" not in value:
            continue
        name = value["/T"][2:]
        if name not in values:
            continue
        new = dict(value)
        wanted = values[name]
        if wanted is True:
            new["/V"] = new["/AS"] = "/Yes"
        elif isinstance(wanted, str) and "/Kids" in value and wanted.startswith("c"):
            new["/V"] = "/" + wanted
            for kid in value["/Kids"]:
                kid_key = "obj:" + kid
                kid_value = dict(objects[kid_key]["value"])
                states = kid_value["/AP"]["/N"]
                kid_value["/AS"] = "/" + wanted if ("/" + wanted) in states else "/Off"
                update[kid_key] = {"value": kid_value}
        else:
            new["/V"] = "u:" + wanted
        update[key] = {"value": new}
    patch = out.with_suffix(".json")
    patch.write_text(json.dumps({"qpdf": [header, update]}, ensure_ascii=False), encoding="utf-8")
    args = [exe, str(blank), str(out), f"--update-from-json={patch}"]
    if generate_appearances:
        args.append("--generate-appearances")
    subprocess.run(args, capture_output=True, check=False, timeout=120)
    return out


def fill_with_pdftk(blank: Path, values: dict, out: Path) -> Path:
    rows = []
    for name, value in values.items():
        text = "Yes" if value is True else value
        rows.append(f'<field name="{escape(name)}"><value>{escape(text)}</value></field>')
    xfdf = out.with_suffix(".xfdf")
    xfdf.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" '
                    f'xml:space="preserve"><fields>{"".join(rows)}</fields></xfdf>', encoding="utf-8")
    subprocess.run([shutil.which("pdftk"), str(blank), "fill_form", str(xfdf), "output", str(out),
                    "need_appearances"], capture_output=True, check=True, timeout=120)
    return out
