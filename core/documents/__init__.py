"""Official documents (通知 notices, 纪要 minutes) laid out to GB/T 9704-2012 as PDF.

Headless (reportlab canvas, no Qt). Public API::

    from core.documents import OfficialDocument, Block, Attachment, blocks_from_text, render_pdf
    info = render_pdf(doc, "notice.pdf", script="hant-tw", protected=["王志良"])

Importing this package loads only the plain data model; reportlab, OpenCC and the
fonts are loaded by the first ``render_pdf`` call.
"""

from __future__ import annotations

from core.documents.geometry import PageGeometry
from core.documents.model import (
    Attachment, Block, OfficialDocument, blocks_from_text, chinese_number, format_date, number_headings,
)

__all__ = ["Attachment", "Block", "OfficialDocument", "PageGeometry", "blocks_from_text", "chinese_number",
           "format_date", "number_headings", "render_pdf", "convert", "load_fonts",
           "preload_fonts"]


def render_pdf(doc, out, **options):
    """See ``core.documents.gbt9704.render_pdf``."""
    from core.documents.gbt9704 import render_pdf as _render

    return _render(doc, out, **options)


def convert(text, target="hans", protected=(), corrections=None):
    """See ``core.documents.script.convert``."""
    from core.documents.script import convert as _convert

    return _convert(text, target, protected, corrections)


def preload_fonts(overrides=None, script="hans"):
    """See ``core.documents.fonts.preload_fonts``; also loads the word segmenter titles are cut with."""
    from core.documents.fonts import preload_fonts as _preload
    from core.documents.titles import preload_segmenter

    fontset = _preload(overrides, script)
    preload_segmenter()
    return fontset


def load_fonts(overrides=None, script="hans"):
    """See ``core.documents.fonts.load_fonts``."""
    from core.documents.fonts import load_fonts as _load

    return _load(overrides, script)
