"""A blank form as the attachment pages of an official document (a notice's 附件, GB/T 9704).

The form is laid out again inside the document's text block at full size (the photo box stays
35 × 49 mm), its first page under the document's 附件N and title, the next pages from the top
of the block, and drawn on the document's own pages with the document's fonts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.documents.model import DrawnPage, PageFrame
from core.forms.spec import SCRIPTS, FormSpec, form_spec


def _lowest(page) -> float:
    ys = [min(y0, y1) for _x0, y0, _x1, y1, _w in page.lines] + [min(y0, y1) for _x0, y0, _x1, y1 in page.rects]
    ys += [t.y - 0.25 * t.size for t in page.texts]
    return min(ys) if ys else 0.0


def form_pages(kind: str | FormSpec, *, script: str = "hans", committees: Sequence[str] | None = None,
               id_number: str = "optional") -> Callable[[PageFrame], list[DrawnPage]]:
    """What ``Attachment.drawn`` takes: given the document's frame, the pages of the blank printable
    form (with the form's own title when the frame asks for it: the form follows typed text)."""
    if script not in SCRIPTS:
        from core.errors import UserError
        from core.i18n import Msg

        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    spec = kind if isinstance(kind, FormSpec) else form_spec(kind, committees, id_number)

    def pages(frame: PageFrame) -> list[DrawnPage]:
        from core.forms.layout import Frame, build_layout
        from core.forms.render import draw_layout

        layout = build_layout(spec, script, frame.fonts, Frame(
            left=frame.left, right=frame.right, top=frame.top, bottom=frame.bottom, first_top=frame.first_top,
            title=frame.title, note_inside=True))

        def painter(number: int) -> Callable[[object], None]:
            def paint(c) -> None:
                c.setFillColorRGB(0, 0, 0)
                draw_layout(c, layout, frame.fonts, number)
            return paint

        return [DrawnPage(painter(k), _lowest(page)) for k, page in enumerate(layout.pages)]

    return pages
