"""Every number of the GB/T 9704-2012 layout, in one place.

All lengths are stored in millimetres (as the standard writes them) or points (font
sizes) and converted by the properties below; the layout code never writes a bare
number. Values the standard leaves open (size of the issuer mark, thickness of the
red rule, the red itself, the seal's diameter) are ordinary fields with the usual
value as default, so a settings page can change them:
``PageGeometry(rule_thickness_mm=0.35, mark_size_max_pt=42)``.

Colour: the standard's ink is Y80 % M80 %. PDFs from this program are read on
screens and printed on office printers, which both work in RGB, so the default red
is sRGB (230, 0, 18), the usual screen rendering of "公文红". Setting ``red_cmyk``
(e.g. ``(0, 0.8, 0.8, 0)``) writes that exact CMYK ink instead, for a print shop.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72.0 / 25.4  # points per millimetre

# Chinese point sizes (字号) used by the standard.
ERHAO = 22.0   # 二号
SANHAO = 16.0  # 三号
SIHAO = 14.0   # 四号
XIAOSI = 12.0  # 小四


@dataclass(frozen=True)
class PageGeometry:
    # -- page and text block (版心) -------------------------------------------------
    page_width_mm: float = 210.0
    page_height_mm: float = 297.0
    top_margin_mm: float = 37.0         # 天头
    left_margin_mm: float = 28.0        # 订口
    block_width_mm: float = 156.0
    block_height_mm: float = 225.0
    # -- body grid ------------------------------------------------------------------
    body_size_pt: float = SANHAO        # 3号 仿宋
    chars_per_line: int = 28
    lines_per_page: int = 22
    paragraph_indent_chars: int = 2
    # -- header (版头) ----------------------------------------------------------------
    mark_offset_mm: float = 35.0        # top of the issuer mark below the top of the block
    mark_size_min_pt: float = 36.0      # the mark is fitted to the block width in this range
    mark_size_max_pt: float = 48.0
    mark_blank_lines: int = 2           # blank lines between the mark and the document number
    rule_gap_mm: float = 4.0            # document number -> red rule
    rule_thickness_mm: float = 0.5      # red rule (standard: not fixed; 0.35-0.5 usual)
    title_size_pt: float = ERHAO        # 2号 小标宋
    title_blank_lines: int = 2          # blank lines between the red rule and the title
    addressee_blank_lines: int = 1      # blank lines between the title and the addressees
    # -- signature, seal ------------------------------------------------------------
    seal_diameter_mm: float = 42.0      # drawn width of the seal image
    seal_date_indent_chars: int = 4     # with a seal: date indented 4 characters from the right
    plain_name_indent_chars: int = 2    # without a seal: name indented 2 characters from the right
    plain_date_shift_chars: int = 2     # without a seal: date starts 2 characters right of the name
    note_indent_chars: int = 2          # 附注 and 附件说明
    # -- tables (minutes' action items): cells on the body's line grid -------------------
    table_size_pt: float = SIHAO        # 4号 仿宋 in cells, 黑体 in the header
    table_rule_pt: float = 0.5          # ruling
    table_padding_em: float = 0.3       # space between a cell's text and its rules, each side
    # -- closing block (版记) ---------------------------------------------------------
    closing_size_pt: float = SIHAO      # 4号 仿宋
    closing_thick_mm: float = 0.35
    closing_thin_mm: float = 0.25
    closing_indent_chars: int = 1
    closing_row_mm: float = 225.0 / 22  # height of one 版记 row (one body line by default)
    closing_on_even_page: bool = False  # duplex printing: add a blank page so 版记 is on the back
    # -- page numbers -------------------------------------------------------------------
    page_number_size_pt: float = SIHAO  # 4号 半角宋体
    page_number_gap_mm: float = 7.0     # top edge of the number below the block
    page_number_indent_chars: int = 1
    # -- colour -------------------------------------------------------------------------
    red_rgb: tuple[int, int, int] = (230, 0, 18)
    red_cmyk: tuple[float, float, float, float] | None = None
    # -- faux bold, where no real 小标宋 face exists (stroke width as a share of the size)
    faux_bold_ratio: float = 0.028

    # ---- derived values (points) ----------------------------------------------------
    @property
    def page_width(self) -> float:
        return self.page_width_mm * MM

    @property
    def page_height(self) -> float:
        return self.page_height_mm * MM

    @property
    def left(self) -> float:
        return self.left_margin_mm * MM

    @property
    def right(self) -> float:
        return (self.left_margin_mm + self.block_width_mm) * MM

    @property
    def block_width(self) -> float:
        return self.block_width_mm * MM

    @property
    def block_height(self) -> float:
        return self.block_height_mm * MM

    @property
    def block_top_y(self) -> float:
        """PDF y (from the bottom of the page) of the top edge of the text block."""
        return self.page_height - self.top_margin_mm * MM

    @property
    def block_bottom_y(self) -> float:
        return self.block_top_y - self.block_height

    @property
    def char_pitch(self) -> float:
        """156 mm / 28 = 15.79 pt: the width of one grid cell."""
        return self.block_width / self.chars_per_line

    @property
    def line_pitch(self) -> float:
        """225 mm / 22 = 28.95 pt."""
        return self.block_height / self.lines_per_page

    @property
    def grid_char_space(self) -> float:
        """Tracking that puts 16 pt characters on the 15.79 pt grid (about -0.21 pt)."""
        return self.char_pitch - self.body_size_pt

    def row_top_y(self, row: float) -> float:
        """PDF y of the top of grid row ``row`` (0 = first line of the block)."""
        return self.block_top_y - row * self.line_pitch

    def indent(self, chars: float, size: float | None = None) -> float:
        """Width of ``chars`` characters: grid cells for body text, em for other sizes."""
        if size is None or size == self.body_size_pt:
            return chars * self.char_pitch
        return chars * size

    def red_components(self) -> tuple[str, tuple[float, ...]]:
        if self.red_cmyk is not None:
            return "cmyk", tuple(self.red_cmyk)
        return "rgb", tuple(c / 255.0 for c in self.red_rgb)
