"""The PDFs of a form: blank printable, blank fillable, filled from values (one or a batch)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from core.errors import UserError
from core.forms.spec import SCRIPTS, FormSpec, form_spec
from core.i18n import Msg

_lock = threading.Lock()
_layouts: dict[tuple, object] = {}
_stamps: dict[tuple, object] = {}


def _spec(kind: str | FormSpec, committees: Sequence[str] | None, id_number: str) -> FormSpec:
    if isinstance(kind, FormSpec):
        return kind
    return form_spec(kind, committees, id_number)


def _fonts(fonts, script: str):
    if script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    if fonts is None or isinstance(fonts, Mapping):
        from core.documents.fonts import load_fonts

        return load_fonts(fonts or None, script)
    return fonts


def _layout(spec: FormSpec, script: str, fonts):
    from core.forms.layout import build_layout

    key = (spec, script, id(fonts))
    with _lock:
        found = _layouts.get(key)
    if found is None:
        found = build_layout(spec, script, fonts)
        with _lock:
            _layouts[key] = found
    return found


def _stamp(spec: FormSpec, script: str, fonts):
    """The blank form of (spec, script, fonts) drawn once, to stamp values on (core.forms.stamp); None
    when the drawn blank is not laid out as the stamp expects (filled forms are then drawn whole)."""
    from core.forms.stamp import Stamp

    key = (spec, script, id(fonts))
    with _lock:
        found = _stamps.get(key, _lock)
    if found is _lock:
        try:
            found = Stamp(spec, script, fonts, _layout(spec, script, fonts))
        except ValueError:
            found = None
        with _lock:
            _stamps[key] = found
    return found


def blank_pdf(kind: str | FormSpec, *, script: str = "hans", fillable: bool = True,
              committees: Sequence[str] | None = None, id_number: str = "optional", fonts=None) -> bytes:
    """The blank form: fillable (fields, typing font, marker) or for printing only."""
    from core.forms.render import render

    spec = _spec(kind, committees, id_number)
    fontset = _fonts(fonts, script)
    pdf, layout = render(spec, script, fontset, layout=_layout(spec, script, fontset))
    if not fillable:
        return pdf
    from core.forms.fillable import make_fillable
    from core.forms.typing_font import typing_font

    return make_fillable(pdf, layout, typing_font(fontset, script))


def filled_pdf(kind: str | FormSpec, values: Mapping, *, script: str = "hans",
               committees: Sequence[str] | None = None, id_number: str = "optional", fonts=None) -> bytes:
    """The form filled from ``values`` (field id -> value, as :func:`core.forms.values.check_values` gives
    them), flat, for the archive or to send back for checking. Values are drawn as typed (names are
    never converted to the other script); labels follow ``script``."""
    spec = _spec(kind, committees, id_number)
    fontset = _fonts(fonts, script)
    stamp = _stamp(spec, script, fontset)
    if stamp is not None:
        return stamp.fill(values)
    from core.forms.render import render

    return render(spec, script, fontset, values=values, layout=_layout(spec, script, fontset))[0]


def write_file(data: bytes, out: str | os.PathLike, overwrite: bool = False) -> Path:
    """Write ``data`` to ``out`` through a temporary name; never replaces a file unless ``overwrite``."""
    out = Path(out)
    if out.exists() and not overwrite:
        raise UserError(Msg("{path} already exists; choose another name or allow replacing it.", path=str(out)))
    tmp = out.with_name(out.name + ".partial")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be written: {reason}", path=str(out), reason=exc.strerror or str(exc))
                        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def safe_file_name(stem: str, suffix: str = ".pdf") -> str:
    stem = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", str(stem)).strip(". ")[:120] or "form"
    return stem + suffix


def _targets(folder: Path, stems: list[str]) -> list[Path]:
    """A free file name for each stem (existing files are kept: a number is added)."""
    taken: set[Path] = set()
    out = []
    for stem in stems:
        name = safe_file_name(stem)
        target = folder / name
        n = 2
        while target.exists() or target in taken:
            target = folder / safe_file_name(f"{Path(name).stem} ({n})")
            n += 1
        taken.add(target)
        out.append(target)
    return out


def _fill_chunk(spec: FormSpec, script: str, font_setting, jobs: list[tuple[Path, Mapping]]) -> list[Path]:
    """One worker's share of a batch (a separate process: fonts are loaded there)."""
    fontset = _fonts(font_setting, script)
    return [write_file(filled_pdf(spec, values, script=script, fonts=fontset), target) for target, values in jobs]


def filled_batch(kind: str | FormSpec, items: Iterable[tuple[str, Mapping]], folder: str | os.PathLike, *,
                 script: str = "hans", committees: Sequence[str] | None = None, id_number: str = "optional",
                 fonts=None, progress: Callable[[int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, workers: int = 1) -> list[Path]:
    """One filled PDF per (file stem, values) in ``folder``; existing files are kept (a number is
    added to the new name). Cancel stops after the current form (with ``workers`` > 1: after the
    chunks already started); those written stay. ``workers`` > 1 shares the batch among that many
    processes (``fonts`` must then be the font setting, a mapping, or None)."""
    spec = _spec(kind, committees, id_number)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    items = list(items)
    targets = _targets(folder, [stem for stem, _values in items])
    jobs = [(target, values) for target, (_stem, values) in zip(targets, items)]
    written: list[Path] = []
    if workers > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        if fonts is not None and not isinstance(fonts, Mapping):
            raise ValueError("with workers, pass the font setting (a mapping) or None, not a loaded font set")
        _fonts(fonts, script)  # an unknown script fails here, before any process starts
        size = max(1, min(50, len(jobs) // (workers * 4) or 1))
        chunks = [jobs[k:k + size] for k in range(0, len(jobs), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending = [pool.submit(_fill_chunk, spec, script, fonts, chunk) for chunk in chunks]
            stopped = False
            for future in pending:
                if not stopped and cancel is not None and cancel():
                    stopped = True
                    for other in pending:
                        other.cancel()
                if future.cancelled():
                    continue
                written += future.result()
                if progress is not None:
                    progress(len(written))
        return written
    fontset = _fonts(fonts, script)
    for done, (target, values) in enumerate(jobs, 1):
        if cancel is not None and cancel():
            break
        written.append(write_file(filled_pdf(spec, values, script=script, fonts=fontset), target))
        if progress is not None:
            progress(done)
    return written
