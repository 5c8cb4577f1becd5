"""A notice that is not issued yet carries 草稿 across every page of its PDF (preview, print, export),
drawn as outlines: text copied out of the PDF holds no stray 草 or 稿."""

from __future__ import annotations

import pdfplumber

from core.demo import fill_demo
from core.notices import export, queries, service


def _grey_shapes(path) -> list[int]:
    with pdfplumber.open(path) as pdf:
        counts = []
        for page in pdf.pages:
            grey = [o for o in page.curves + page.rects
                    if o.get("fill") and o.get("non_stroking_color") in (0.86, (0.86,), [0.86])]
            counts.append(len(grey))
        return counts


def test_draft_pdf_has_the_mark_on_every_page_and_issued_has_none(db, tmp_path):
    fill_demo(db)
    notices = [service.get_notice(db, i) for i in queries.notice_ids(db)]
    draft = next(n for n in notices if n.status == "draft")
    issued = next(n for n in notices if n.status == "issued" and n.attachments)
    draft_pdf, issued_pdf = tmp_path / "draft.pdf", tmp_path / "issued.pdf"
    export.export_notice_pdf(db, draft.id, draft_pdf)
    export.export_notice_pdf(db, issued.id, issued_pdf)
    assert all(n > 0 for n in _grey_shapes(draft_pdf))
    assert not any(_grey_shapes(issued_pdf))
    with pdfplumber.open(draft_pdf) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "草" not in text and "稿" not in text and draft.title in text.replace("\n", "")
    hant = tmp_path / "draft-hant.pdf"
    export.export_notice_pdf(db, draft.id, hant, script="hant-tw")
    assert all(n > 0 for n in _grey_shapes(hant))


def test_the_mark_read_from_the_font_file_is_the_mark_fonttools_draws():
    """The 草稿 / 征求意见稿 outlines, decoded from the font file without fontTools, are the operations
    fontTools' glyph set draws (placed by the side bearing, quadratic curves raised to cubic ones),
    in every face the documents use."""
    from core.documents import draft_mark
    from core.documents.fonts import load_fonts

    fontset = load_fonts(None, "hans")
    faces = {(f.path, f.index) for f in fontset.roles.values()}
    compared = 0
    for path, index in sorted(faces):
        for text in ("草稿", "征求意见稿", "徵求意見稿"):
            try:
                upm, ops = draft_mark._read_ops(path, index, text)
            except draft_mark._NotSimple:
                continue  # left to fontTools, as drawn before
            ref_upm, ref = draft_mark._trace(*draft_mark._parsed(path, index), text)
            assert upm == ref_upm and [op for op, _ in ops] == [op for op, _ in ref]
            for (_op, args), (_ref_op, ref_args) in zip(ops, ref):
                assert all(abs(a - b) < 1e-9 for a, b in zip(args, ref_args))
            compared += 1
    assert compared
