"""The WordprocessingML details python-docx has no API for, as the .docx writers need them:
elements made and put in their schema order, points in twips, a text's width in ems."""

from __future__ import annotations

TWIPS_PER_PT = 20

# Children of w:pPr and w:rPr in the schema's order: Word refuses a file whose elements are out of order.
PPR_ORDER = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange")
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
              "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
              "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def put(parent, element) -> None:  # type: ignore[no-untyped-def]
    """Insert ``element`` into a w:pPr or w:rPr at its place in the schema's order, replacing one of its kind."""
    order = PPR_ORDER if parent.tag == _W + "pPr" else RPR_ORDER
    name = element.tag[len(_W):]
    for old in parent.findall(element.tag):
        parent.remove(old)
    rank = order.index(name)
    for k, child in enumerate(parent):
        tag = child.tag[len(_W):] if child.tag.startswith(_W) else ""
        if tag in order and order.index(tag) > rank:
            parent.insert(k, element)
            return
    parent.append(element)


def twips(points: float) -> int:
    return int(round(points * TWIPS_PER_PT))


def text_width(text: str, narrow: float = 0.5) -> float:
    """Width in ems: CJK and full-width characters one em, ASCII ``narrow`` (half an em)."""
    return sum(narrow if ord(ch) < 0x2E80 else 1.0 for ch in text)


def el(tag: str, **attrs: str | int):  # type: ignore[no-untyped-def]
    """A new ``tag`` element (``w:...``) with its ``w:`` attributes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn("w:" + key), str(value))
    return element


def w_name(name: str) -> str:
    """The qualified name of ``w:name``."""
    from docx.oxml.ns import qn

    return qn("w:" + name)
