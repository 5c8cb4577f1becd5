"""A draft notice from a document written elsewhere: a .docx (WPS, Word), a Markdown or a
plain-text file, or text pasted in.

``draft_from_file`` / ``draft_from_text`` read and recognise (no database change): the
editor opens the result for checking. ``create_notice_from_file`` /
``create_notice_from_text`` make the draft in one action and return its id (the
command line). Bad input raises ``UserError`` with a message for the clerk and
creates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.documents.model import Block
from core.errors import UserError
from core.i18n import Msg
from core.notices.from_file.lines import Line, decode_text, text_lines
from core.notices.from_file.recognise import MAX_TITLE, Recognised, recognise
from core.notices.service import AttachmentItem, create_notice, new_notice_defaults
from core.storage.database import Database
from core.validation import MAX_TEXT_LENGTH

MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_PASTED_CHARS = 1_000_000
DOCX_SUFFIXES = (".docx", ".docm", ".dotx", ".wps", ".doc")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
FILE_PATTERNS = "*.docx *.md *.markdown *.txt"

__all__ = ["NoticeDraft", "create_notice_from_file", "create_notice_from_text", "draft_from_file",
           "draft_from_text", "read_file", "FILE_PATTERNS"]


@dataclass
class NoticeDraft:
    """What was read: the values of a new notice (as ``create_notice`` takes them) and
    what the clerk should check."""

    values: dict[str, Any]
    warnings: list[Msg] = field(default_factory=list)
    source: str = ""


def _kind(path: Path, head: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in DOCX_SUFFIXES or head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return "docx"
    if head.startswith(b"%PDF"):
        raise UserError(Msg("{file} is a PDF: its text cannot be read back reliably. Open the original document "
                            "(.docx) instead, or copy the text and use New from pasted text.", file=path.name))
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        raise UserError(Msg("{file} is an RTF document. Open it in WPS or Word and save it as .docx.",
                            file=path.name))
    return "markdown" if suffix in MARKDOWN_SUFFIXES else "text"


def read_file(path: str | Path) -> tuple[list[Line], list[Msg]]:
    """The lines of a .docx, Markdown or text file, and what was not carried over; refuses what
    cannot be read."""
    from core.notices.from_file.docx_reader import docx_lines
    from core.notices.from_file.markdown_reader import markdown_lines

    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
        kind = _kind(path, head)
        limit = MAX_DOCX_BYTES if kind == "docx" else MAX_TEXT_BYTES
        if size > limit:
            raise UserError(Msg("{file} is too large to be a notice ({size} MB; at most {limit} MB).",
                                file=path.name, size=round(size / 1024 / 1024, 1), limit=limit // 1024 // 1024))
        if size == 0:
            raise UserError(Msg("{file} is empty: it holds no text.", file=path.name))
        notes: list[Msg] = []
        if kind == "docx":
            lines, notes = docx_lines(path, path.name)
        else:
            text = decode_text(path.read_bytes(), path.name)
            lines = markdown_lines(text) if kind == "markdown" else text_lines(text)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
    if not lines:
        raise UserError(Msg("{file} is empty: it holds no text.", file=path.name))
    return lines, notes


def _looks_like_markdown(text: str) -> bool:
    import re

    return bool(re.search(r"^ {0,3}#{1,6}\s+\S", text, re.M) or re.search(r"\*\*\S.*?\S\*\*", text))


def _split_long(blocks: list[Block]) -> list[Block]:
    """A paragraph longer than a stored one may be is cut at a sentence end: nothing dropped."""
    out: list[Block] = []
    for block in blocks:
        text, tail = block.text, block.tail
        if len(text) + len(tail) <= MAX_TEXT_LENGTH and len(text) <= MAX_TEXT_LENGTH:
            out.append(block)
            continue
        whole = text + tail
        kind = block.kind
        while whole:
            cut = len(whole) if len(whole) <= MAX_TEXT_LENGTH else whole.rfind("。", 0, MAX_TEXT_LENGTH) + 1
            if cut <= 0:
                cut = MAX_TEXT_LENGTH
            out.append(Block(kind, whole[:cut]))
            whole, kind = whole[cut:], "paragraph"
    return out


def _values(db: Database, found: Recognised, title: str | None, fallback_title: str) -> dict[str, Any]:
    values = new_notice_defaults(db)
    chosen = (title or "").strip() or found.title or fallback_title[:MAX_TITLE]
    values.update(title=chosen, body=_split_long(found.body), note=found.note, copies=found.copies,
                  attachments=[AttachmentItem("text", name, _split_long(body)) for name, body in found.attachments])
    for key in ("addressees", "signatory", "doc_date", "issuing_office", "print_date"):
        value = getattr(found, key)
        if value is not None:
            values[key] = value
    return values


def _draft(db: Database, lines: list[Line], title: str | None, fallback_title: str, source: str,
           notes: list[Msg] = ()) -> NoticeDraft:  # type: ignore[assignment]
    found = recognise(lines)
    warnings = list(found.warnings) + list(notes)
    if not found.title_found and not (title or "").strip() and fallback_title:
        warnings.insert(0, Msg("No title was found in the text: the file name is used as the title."))
    return NoticeDraft(_values(db, found, title, fallback_title), warnings, source)


def draft_from_file(db: Database, path: str | Path, title: str | None = None) -> NoticeDraft:
    """Read ``path`` into the values of a new notice (nothing is saved)."""
    path = Path(path)
    lines, notes = read_file(path)
    return _draft(db, lines, title, path.stem, path.name, notes)


def draft_from_text(db: Database, text: str, title: str | None = None) -> NoticeDraft:
    """Pasted text (plain, or Markdown when it looks like it) into the values of a new notice."""
    from core.notices.from_file.markdown_reader import markdown_lines

    if len(text) > MAX_PASTED_CHARS:
        raise UserError(Msg("The pasted text is too long to be a notice ({length} characters; at most {limit}).",
                            length=len(text), limit=MAX_PASTED_CHARS))
    if "\x00" in text:
        raise UserError(Msg("The pasted text holds binary data; paste the text of the notice only."))
    lines = markdown_lines(text) if _looks_like_markdown(text) else text_lines(text)
    if not lines:
        raise UserError(Msg("There is no text to make a notice from."))
    return _draft(db, lines, title, "", "")


def create_notice_from_file(db: Database, path: str | Path, title: str | None = None) -> int:
    """A new draft notice from a .docx, Markdown or text file, in one action; its id."""
    return create_notice(db, draft_from_file(db, path, title).values).id


def create_notice_from_text(db: Database, text: str, title: str | None = None) -> int:
    """A new draft notice from pasted text, in one action; its id."""
    return create_notice(db, draft_from_text(db, text, title).values).id
