"""From a notice to its PDF in the GB/T 9704 layout, in Simplified or Traditional
characters; one at a time or in a batch (with progress and cancel)."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.documents.model import Attachment, OfficialDocument
from core.errors import UserError
from core.i18n import Msg
from core.notices.alliance import AllianceSettings, get_alliance
from core.notices.service import Notice, get_notice
from core.storage.database import Database

SCRIPTS = ("hans", "hant-tw", "hant-hk")


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(Msg("The export was cancelled."))


@dataclass(frozen=True)
class Conversion:
    protected: tuple[str, ...]
    corrections: dict[str, str]


def conversion_for(alliance: AllianceSettings, script: str) -> Conversion:
    """Protected names and corrections; in a Traditional export the alliance's own
    Traditional name replaces its Simplified one wherever it appears."""
    from core.documents.script import default_corrections

    corrections = {**default_corrections(script), **alliance.corrections}  # the built-in list, then the clerk's
    if script != "hans" and alliance.name_hans and alliance.name_hant:
        corrections[alliance.name_hans] = alliance.name_hant
    return Conversion(tuple(alliance.protected_terms), corrections)


@dataclass(frozen=True)
class NoticeForms:
    """The blank forms a notice ends with: those of the calls that use it (core.calls)."""
    kinds: tuple[str, ...] = ()
    committees: tuple[str, ...] = ()


def notice_forms(db: Database, notice_id: int) -> NoticeForms:
    """The forms of the calls that use notice ``notice_id``, with the committees they offer."""
    from core.calls.queries import notice_forms as kinds_of
    from core.members.committees import list_committees

    kinds = tuple(kinds_of(db, notice_id))
    return NoticeForms(kinds, tuple(c.name for c in list_committees(db)) if kinds else ())


def form_names(kinds) -> str:
    """The forms' names in the user's language, as a list (专家推荐表、标准组推荐表)."""
    from core.forms.spec import FORM_LABELS
    from core.i18n import current_language, tr

    return ("、" if current_language().startswith("zh") else ", ").join(tr(FORM_LABELS[k]) for k in kinds)


def form_attachment_name(kind: str, alliance: AllianceSettings) -> str:
    """中国智慧城市产业联盟专家推荐表: the name a form gets in the attachment note."""
    from core.forms.spec import FORM_TITLES

    return alliance.name_hans + FORM_TITLES[kind]


def _matches(name: str, title: str) -> bool:
    return title in re.sub(r"[\s《》〈〉“”\"]", "", name)


def attachments_of(notice: Notice, alliance: AllianceSettings, forms: NoticeForms | None = None,
                   script: str = "hans") -> list[Attachment]:
    """The notice's attachments, each form of ``forms`` drawn on the pages of the attachment that names
    it (``…专家推荐表``: after its typed text, if any) or added at the end of the list."""
    items = [Attachment(a.name, a.body if a.kind == "text" and a.body else None) for a in notice.attachments]
    if forms is None or not forms.kinds:
        return items
    from core.forms.attachment import form_pages
    from core.forms.spec import FORM_TITLES

    for kind in forms.kinds:
        pages = form_pages(kind, script=script, committees=forms.committees or None)
        target = next((a for a in items if a.drawn is None and _matches(a.name, FORM_TITLES[kind])), None)
        if target is None:
            items.append(Attachment(form_attachment_name(kind, alliance), None, pages))
        else:
            target.drawn = pages
    return items


def to_document(notice: Notice, alliance: AllianceSettings, seal_path: Path | None,
                forms: NoticeForms | None = None, script: str = "hans") -> OfficialDocument:
    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    return OfficialDocument(
        kind="notice", issuer_mark=alliance.issuer_mark or (alliance.name_hans + "文件" if alliance.name_hans else ""),
        doc_number=notice.doc_number or None, title=notice.title, addressees=notice.addressees, body=notice.body,
        attachments=attachments_of(notice, alliance, forms, script),
        signatory=notice.signatory, date=day(notice.doc_date) or dt.date.today(),
        seal_image=seal_path if notice.sealed else None, sealed=notice.sealed and seal_path is not None,
        note=notice.note or None, copies=notice.copies, issuing_office=notice.issuing_office,
        print_date=day(notice.print_date), draft=notice.status == "draft")


def _write_pdf(notice: Notice, alliance: AllianceSettings, out: Path | Any, script: str,
               fonts: dict | None, forms: NoticeForms | None = None) -> Any:
    from core.documents import render_pdf

    if script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    conv = conversion_for(alliance, script)
    with tempfile.TemporaryDirectory(prefix="notice-seal-") as folder:
        seal = None
        if alliance.seal_png and notice.sealed:
            seal = Path(folder) / "seal.png"
            seal.write_bytes(alliance.seal_png)
        doc = to_document(notice, alliance, seal, forms, script)
        return render_pdf(doc, out, script=script, fonts=fonts or None, protected=conv.protected,
                          corrections=conv.corrections)


def _write_docx(notice: Notice, alliance: AllianceSettings, out: Path | Any, script: str,
                fonts: dict | None, forms: NoticeForms | None = None) -> None:
    """The notice as a .docx for WPS and Word (no seal: it belongs on the issued PDF; the forms of its
    calls are named in the attachment note, their pages are the PDF's)."""
    from core.documents.docx_writer import font_names_of, write_docx

    if script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    conv = conversion_for(alliance, script)
    write_docx(to_document(notice, alliance, None, forms, script), out, script=script, protected=conv.protected,
               corrections=conv.corrections, font_names=font_names_of(fonts))


FORMATS = {".pdf": _write_pdf, ".docx": _write_docx}


def export_notice_pdf(db: Database, notice_id: int, out: str | Path, script: str = "hans",
                      overwrite: bool = False, fonts: dict | None = None, forms: bool = True) -> Path:
    """Write notice ``notice_id`` as a PDF, or as a .docx when ``out`` ends in .docx; never
    replaces a file unless ``overwrite``. ``forms``: the PDF ends with the blank forms of the
    calls that use the notice, as its attachments (附件).

    Written to a temporary name beside ``out`` and renamed at the end, so a failed
    export leaves no half file.
    """
    out = Path(out)
    writer = FORMATS.get(out.suffix.lower())
    if writer is None:
        raise UserError(Msg("{path}: a notice is exported as .pdf or .docx.", path=str(out)))
    if out.exists() and not overwrite:
        raise UserError(Msg("{path} already exists; choose another name or allow replacing it.", path=str(out)))
    notice, alliance = get_notice(db, notice_id), get_alliance(db)
    tmp = out.with_name(out.name + ".partial")
    try:
        writer(notice, alliance, tmp, script, fonts, notice_forms(db, notice_id) if forms else None)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be written: {reason}", path=str(out), reason=exc.strerror or str(exc))
                        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def render_notice_bytes(db: Database, notice_id: int, script: str = "hans", fonts: dict | None = None,
                        forms: bool = True) -> bytes:
    """The PDF of a notice in memory (for the preview, printing and e-mail), ending with the blank
    forms of its calls unless ``forms`` is False."""
    import io

    buffer = io.BytesIO()
    _write_pdf(get_notice(db, notice_id), get_alliance(db), buffer, script, fonts,
               notice_forms(db, notice_id) if forms else None)
    return buffer.getvalue()


def file_name(notice: Notice) -> str:
    """A file name that works on Windows: number and title, no reserved characters."""
    stem = f"{notice.doc_number}-{notice.title}" if notice.doc_number else notice.title
    stem = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", stem).strip(". ")[:120] or f"notice-{notice.id}"
    return stem + ".pdf"


def export_batch(db: Database, ids: Iterable[int], folder: str | Path, script: str = "hans",
                 progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
                 fonts: dict | None = None, forms: bool = True) -> list[Path]:
    """Export several notices into ``folder``; existing files are not replaced (a
    number is added to the name). Cancel stops after the current notice; the PDFs
    already written stay."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    ids = list(ids)
    written: list[Path] = []
    alliance = get_alliance(db)
    for done, notice_id in enumerate(ids):
        if cancel is not None and cancel():
            raise ExportCancelled()
        notice = get_notice(db, notice_id)
        target = folder / file_name(notice)
        n = 2
        while target.exists():
            target = folder / f"{Path(file_name(notice)).stem} ({n}).pdf"
            n += 1
        tmp = target.with_name(target.name + ".partial")
        try:
            _write_pdf(notice, alliance, tmp, script, fonts, notice_forms(db, notice_id) if forms else None)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(target)
        if progress is not None:
            progress(done + 1, len(ids))
    return written
