"""The common form every source (a .docx, Markdown, plain or pasted text) is read into:
one ``Line`` per paragraph, with the few hints the recogniser uses (centred, bold, a
heading depth given by markup, a level given by the document's automatic numbering)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.errors import UserError
from core.i18n import Msg

# Characters that only make a line look indented or centred.
SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Line:
    text: str
    centred: bool = False
    bold: bool = False
    depth: int | None = None   # heading depth from markup: Markdown #, Word "Heading N" / "Title" (0)
    kind: str | None = None    # h1..h4 from the document's automatic numbering (the number is not in the text)
    indented: bool = False     # plain text typed with leading spaces


def clean(text: str) -> str:
    """Control characters (form feeds, bells) become spaces; the ends are trimmed."""
    return _CONTROL.sub(" ", text).strip(SPACES)


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n") \
        .replace("\x0b", "\n").replace("\x0c", "\n").split("\n")


def text_lines(text: str) -> list[Line]:
    """Plain text: one line, one paragraph (as Notepad and WPS write a .txt)."""
    out = []
    for raw in split_lines(text):
        line = clean(raw)
        if line:
            lead = len(raw) - len(raw.lstrip(SPACES))
            out.append(Line(line, indented=lead >= 4))
    return out


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _chinese(data: bytes) -> str | None:
    """GB18030 (mainland Windows) or Big5 (Taiwan, Hong Kong): GB18030 decodes Big5 bytes
    too, into nonsense, so charset-normalizer chooses between them; else anything it finds."""
    from charset_normalizer import from_bytes

    sample = data[:1_000_000]
    best = from_bytes(sample, cp_isolation=["gb18030", "big5"]).best()
    choices = ["big5hkscs", "big5"] if best is not None and best.encoding == "big5" else []
    for encoding in choices + ["gb18030"]:
        text = _strict(data, encoding)
        if text is not None:
            return text
    best = from_bytes(sample).best()
    return _strict(data, best.encoding) if best is not None and best.encoding else None


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), GB18030 (what
    Chinese Windows writes) or Big5, else what charset-normalizer finds; binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _strict(data, "utf-16")
    elif b"\x00" in data[:4096]:
        text = None
    else:
        text = _strict(data, "utf-8")
        if text is None:
            text = _chinese(data)
    if text is None or "\x00" in text or len(_CONTROL.findall(text[:200_000])) > max(3, len(text[:200_000]) // 200):
        raise UserError(Msg("{file} does not look like a text file (it holds binary data or characters in an "
                            "unknown encoding). Choose a .docx, .md or .txt file, or save the document as .docx "
                            "in WPS or Word.", file=name))
    return text
