"""A .docx as WPS or Word writes it -> lines with their hints.

The text of each paragraph is read from the XML itself (inserted tracked changes,
hyperlinks, fields and text boxes included, deleted text left out), so that what the
clerk sees in Word is what arrives. Tables give one line per row. Automatic
numbering (一、 （一） 1. （1） set as a list in Word) becomes the heading level.
python-docx is imported here only, when a .docx is read.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from core.errors import UserError
from core.i18n import Msg
from core.notices.from_file.lines import Line, clean, split_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_XML_BYTES = 100 * 1024 * 1024
CHINESE_FORMATS = {"chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
                   "ideographDigital", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"}
DECIMAL_FORMATS = {"decimal", "decimalFullWidth", "decimalFullWidth2", "decimalHalfWidth", "decimalZero"}


def _damaged(name: str) -> UserError:
    return UserError(Msg("{file} is not a Word document (.docx) or it is damaged. Open it in WPS or Word and save it "
                         "again as .docx.", file=name))


def check_package(path: Path, name: str) -> None:
    """Refuse, before python-docx sees it, what is not a readable .docx."""
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UserError(Msg("{file} is protected by a password, or it is an old Word 97–2003 or WPS document. "
                            "Open it in WPS or Word, remove the password if there is one, and save it as .docx.",
                            file=name))
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise UserError(Msg("{file} is too large to read as a notice.", file=name))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise _damaged(name) from exc


def _text(element: Any) -> str:
    """The visible text of a paragraph: runs, hyperlinks, inserted changes, fields."""
    parts: list[str] = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen", f"{W}sym"):
        if _inside(node, element, (f"{W}del", f"{W}txbxContent")):
            continue
        tag = node.tag
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}sym":
            code = node.get(f"{W}char")
            if code:
                try:
                    parts.append(chr(int(code, 16) if int(code, 16) < 0xF000 else int(code, 16) - 0xF000))
                except ValueError:
                    pass
    return "".join(parts)


def _inside(node: Any, top: Any, tags: tuple[str, ...]) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _text_boxes(element: Any) -> list[str]:
    """The text of text boxes anchored in a paragraph (the copy Word keeps for old readers skipped)."""
    return [_text(p) for box in element.iter(f"{W}txbxContent") if not _inside(box, element, (f"{MC}Fallback",))
            for p in box.findall(f"{W}p")]


class _Numbering:
    """numId + ilvl -> the heading kind its format prints (一、 -> h1, （一） -> h2, 1. -> h3, （1） -> h4)."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, str], tuple[str, str]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in root.iter(f"{W}abstractNum")}
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            source = abstract.get(ref.get(f"{W}val")) if ref is not None else None
            if source is None:
                continue
            for lvl in source.iter(f"{W}lvl"):
                fmt, text = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText")
                self.levels[(num.get(f"{W}numId"), lvl.get(f"{W}ilvl"))] = (
                    fmt.get(f"{W}val") if fmt is not None else "", text.get(f"{W}val") if text is not None else "")

    def kind(self, num_id: str | None, ilvl: str | None) -> str | None:
        fmt, text = self.levels.get((num_id or "", ilvl or "0"), ("", ""))
        if text.count("%") != 1:
            return None
        bracketed = text.lstrip().startswith(("（", "("))
        if fmt in CHINESE_FORMATS:
            return "h2" if bracketed else "h1"
        if fmt in DECIMAL_FORMATS:
            return "h4" if bracketed else "h3"
        return None


def _num_pr(paragraph: Any) -> tuple[str | None, str | None]:
    """The numbering of a paragraph, set on it or on its style (and the styles it is based on)."""
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        if num is not None:
            num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            value = num_id.get(f"{W}val") if num_id is not None else None
            return (None if value == "0" else value), (ilvl.get(f"{W}val") if ilvl is not None else "0")
    return None, None


def _centred(paragraph: Any) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    alignment = paragraph.alignment
    style = paragraph.style
    while alignment is None and style is not None:
        alignment = style.paragraph_format.alignment
        style = style.base_style
    return alignment in (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.DISTRIBUTE)


def _bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(r.bold or (r.bold is None and style_bold) for r in runs)


def _depth(paragraph: Any) -> int | None:
    style = paragraph.style
    name = (style.name or "").lower() if style is not None else ""
    if name in ("title", "标题"):
        return 0
    for prefix in ("heading ", "标题 ", "标题"):
        if name.startswith(prefix) and name[len(prefix):].strip().isdigit():
            return int(name[len(prefix):].strip())
    return None


def _paragraph_lines(paragraph: Any, numbering: _Numbering) -> list[Line]:
    out = [Line(clean(t)) for t in _text_boxes(paragraph._p) for t in split_lines(t) if clean(t)]
    kind = numbering.kind(*_num_pr(paragraph))
    centred, bold, depth = _centred(paragraph), _bold(paragraph), _depth(paragraph)
    for k, piece in enumerate(t for t in split_lines(_text(paragraph._p)) if clean(t)):
        out.append(Line(clean(piece), centred=centred, bold=bold, depth=depth, kind=kind if k == 0 else None))
    return out


def _table_lines(table: Any) -> list[Line]:
    out = []
    for row in table._tbl.iter(f"{W}tr"):
        cells = []
        for cell in row.iter(f"{W}tc"):
            text = " ".join(clean(_text(p)) for p in cell.iter(f"{W}p") if clean(_text(p)))
            if text:
                cells.append(text)
        if cells:
            out.append(Line("　".join(cells)))
    return out


def docx_lines(path: Path, name: str) -> list[Line]:
    check_package(path, name)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
        numbering = _Numbering(document)
        lines: list[Line] = []
        for item in document.iter_inner_content():
            lines.extend(_table_lines(item) if isinstance(item, Table) else _paragraph_lines(item, numbering))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - any fault in the package is a damaged file to the clerk
        raise _damaged(name) from exc
    return lines
