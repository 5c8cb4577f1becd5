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
from collections.abc import Iterator
from typing import Any

from core.errors import UserError
from core.i18n import Msg
from core.notices.from_file.lines import Line, clean, split_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
V = "{urn:schemas-microsoft-com:vml}"
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


def _on(element: Any, tag: str) -> bool | None:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) of a properties element; None when not set."""
    node = element.find(f"{W}{tag}") if element is not None else None
    if node is None:
        return None
    return node.get(f"{W}val", "true").lower() not in ("0", "false", "off")


class _Styles:
    """What the recogniser needs of each paragraph style, read once from styles.xml (python-docx's
    own style lookup scans every style on each call: seconds for a long document)."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, Any] = {}
        self.default: str | None = None
        try:
            root = document.part.styles.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        for style in root.iter(f"{W}style"):
            if style.get(f"{W}type") != "paragraph":
                continue
            self.styles[style.get(f"{W}styleId")] = style
            if style.get(f"{W}default") in ("1", "true", "on"):
                self.default = style.get(f"{W}styleId")

    def chain(self, style_id: str | None) -> list[Any]:
        """The style and the styles it is based on, nearest first."""
        out: list[Any] = []
        current = self.styles.get(style_id or self.default or "")
        while current is not None and len(out) < 20 and current not in out:
            out.append(current)
            based = current.find(f"{W}basedOn")
            current = self.styles.get(based.get(f"{W}val")) if based is not None else None
        return out


def _paragraph_props(p: Any, styles: _Styles) -> tuple[bool, bool, int | None, tuple[str | None, str | None]]:
    """(centred, bold, heading depth from the style name, numbering) of a ``w:p``."""
    ppr = p.find(f"{W}pPr")
    style_ref = ppr.find(f"{W}pStyle") if ppr is not None else None
    chain = styles.chain(style_ref.get(f"{W}val") if style_ref is not None else None)
    sources = [ppr] + [style.find(f"{W}pPr") for style in chain]
    alignment = next((jc.get(f"{W}val") for src in sources if src is not None
                      for jc in [src.find(f"{W}jc")] if jc is not None), None)
    numbering: tuple[str | None, str | None] = (None, None)
    for src in sources:
        num = src.find(f"{W}numPr") if src is not None else None
        if num is not None:
            num_id, ilvl = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            value = num_id.get(f"{W}val") if num_id is not None else None
            numbering = (None if value == "0" else value), (ilvl.get(f"{W}val") if ilvl is not None else "0")
            break
    style_bold = next((b for style in chain for b in [_on(style.find(f"{W}rPr"), "b")] if b is not None), False)
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    bold = bool(runs) and all((b if b is not None else style_bold) for r in runs
                              for b in [_on(r.find(f"{W}rPr"), "b")])
    name_node = chain[0].find(f"{W}name") if chain else None
    return alignment in ("center", "distribute"), bold, _depth(name_node.get(f"{W}val") if name_node is not None
                                                              else ""), numbering


def _depth(style_name: str) -> int | None:
    name = style_name.lower()
    if name in ("title", "标题"):
        return 0
    for prefix in ("heading ", "标题 ", "标题"):
        if name.startswith(prefix) and name[len(prefix):].strip().isdigit():
            return int(name[len(prefix):].strip())
    return None


def _paragraph_lines(p: Any, numbering: _Numbering, styles: _Styles) -> list[Line]:
    out = [Line(clean(t)) for t in _text_boxes(p) for t in split_lines(t) if clean(t)]
    centred, bold, depth, num = _paragraph_props(p, styles)
    kind = numbering.kind(*num)
    for k, piece in enumerate(t for t in split_lines(_text(p)) if clean(t)):
        out.append(Line(clean(piece), centred=centred, bold=bold, depth=depth, kind=kind if k == 0 else None))
    return out


def _table_lines(tbl: Any) -> list[Line]:
    """One line per row, the cells' text separated by an ideographic space (nested tables inside)."""
    out = []
    for row in tbl.findall(f"{W}tr"):
        cells = []
        for cell in row.findall(f"{W}tc"):
            text = " ".join(clean(t) for p in cell.iter(f"{W}p") if not _inside(p, cell, (f"{W}txbxContent",))
                            for t in [_text(p)] if clean(t))
            if text:
                cells.append(text)
        if cells:
            out.append(Line("　".join(cells)))
    return out


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables of the body in order, also inside content controls (w:sdt)."""
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            yield from _blocks(child)


def docx_lines(path: Path, name: str) -> tuple[list[Line], list[Msg]]:
    """The lines of a .docx, and what the clerk should know was not carried over."""
    check_package(path, name)
    import docx

    try:
        document = docx.Document(str(path))
        numbering, styles = _Numbering(document), _Styles(document)
        lines: list[Line] = []
        tables = 0
        body = document.element.body
        for block in _blocks(body):
            if block.tag == f"{W}tbl":
                tables += 1
                lines.extend(_table_lines(block))
            else:
                lines.extend(_paragraph_lines(block, numbering, styles))
        pictures = sum(1 for _ in body.iter(f"{PIC}pic", f"{V}imagedata"))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - any fault in the package is a damaged file to the clerk
        raise _damaged(name) from exc
    notes = []
    if tables:
        notes.append(Msg("{count} tables were read as lines of text, one line per row: check them.", count=tables))
    if pictures:
        notes.append(Msg("{count} pictures in the document were not carried over; attach them as files if "
                         "they belong to the notice.", count=pictures))
    return lines, notes
