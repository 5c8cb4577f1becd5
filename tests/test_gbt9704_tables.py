"""Tables in the GB/T 9704 layout (the action items of minutes): ruled cells on the line grid,
wrapped inside their columns, the header row repeated on every page the table continues on; the
line break of a long minutes mark."""

from __future__ import annotations

import datetime as dt

from core.documents import Block, OfficialDocument
from core.documents.model import Table
from tests.pdf_layout import ALLIANCE, BOTTOM, LEFT, RIGHT, lines_of, poppler_words, render, render_bytes, text_of

HEADER = ["序号", "事项", "责任单位（人）", "完成时限", "状态"]


def minutes_with_table(rows: int) -> OfficialDocument:
    cells = [[str(k), "汇总各成员单位推荐材料并提交理事会审议" * (1 + k % 2), "会员管理中心\n李喆",
              "2013年12月31日", "未完成"] for k in range(1, rows + 1)]
    table = Table(HEADER, cells, widths=[0, 3, 2, 0, 0], centred=[True, False, False, True, True])
    return OfficialDocument(kind="minutes", issuer_mark=f"{ALLIANCE}理事会第一次工作会议纪要",
                            body=[Block("paragraph", "会议议定了以下督办事项。"), Block("h1", "督办事项"), table],
                            date=dt.date(2013, 11, 6), present=["北京邮电大学 李喆"])


def test_a_long_table_repeats_its_header_on_every_page():
    pdf, info = render(minutes_with_table(24))
    assert info.pages >= 3
    pages_with_rows = [k for k, page in enumerate(pdf.pages) if "2013年12月31日" in (page.extract_text() or "")]
    assert len(pages_with_rows) >= 2
    for k in pages_with_rows:
        header = [c for c in pdf.pages[k].chars if abs(c["size"] - 14) < 0.01 and c["text"] in "序号"]
        assert header, f"page {k + 1} has table rows without the header"
        numbers = [c for c in pdf.pages[k].chars
                   if abs(c["size"] - 14) < 0.01 and c["text"].isdigit() and c["x1"] < LEFT + 2.5 * 14]
        assert max(c["top"] for c in header) < min(c["top"] for c in numbers)  # the header comes first


def test_every_row_number_appears_once_and_cells_stay_inside_the_block():
    data = render_bytes(minutes_with_table(24))
    words = poppler_words(data)
    numbers = [w[4] for w in words if w[4].isdigit() and abs((w[3] - w[1]) - 14) < 3 and w[0] < LEFT + 40 and w[3] < BOTTOM]
    assert [int(n) for n in numbers] == list(range(1, 25))
    for x0, _y0, x1, _y1, _text in words:
        assert LEFT - 0.5 <= x0 and x1 <= RIGHT + 0.5


def test_cells_wrap_inside_their_column_and_a_line_break_starts_a_new_line():
    pdf, _info = render(minutes_with_table(2))
    page = pdf.pages[0]
    # the cell "会员管理中心\n李喆": 李喆 on its own line, left-aligned with 会员管理中心
    lines = lines_of(page, 14.0)
    unit_line = next(line for line in lines if "会员管理中心" in text_of(line))
    unit = unit_line[text_of(unit_line).index("会员管理中心")]
    name = next(c for line in lines for c in line if c["text"] == "李")
    assert name["top"] > unit["top"] and abs(name["x0"] - unit["x0"]) < 0.5
    # ruling: vertical rules of the five columns plus the frame's right edge
    xs = sorted({round(e["x0"], 1) for e in page.edges if e["orientation"] == "v"})
    assert len(xs) == 6 and abs(xs[0] - LEFT) < 0.5 and abs(xs[-1] - RIGHT) < 0.5
    texts = [text_of(line) for line in lines]
    assert any("2013年12月31日" in t for t in texts)


def test_a_line_break_in_the_mark_is_where_it_wraps():
    """Minutes' marks are long: a line break typed in the mark decides where it wraps (when each
    part fits); a mark that fits on one line ignores it."""
    def mark_rows(mark: str) -> list[str]:
        pdf, _info = render(OfficialDocument(kind="minutes", issuer_mark=mark, body=[Block("paragraph", "正文。")],
                                             date=dt.date(2013, 11, 6)))
        chars = [c for c in pdf.pages[0].chars if c["size"] > 30]
        rows = sorted({round(c["top"]) for c in chars})
        return ["".join(c["text"] for c in chars if round(c["top"]) == r) for r in rows]

    assert mark_rows("智慧城市产业联盟理事会\n第一次工作会议纪要") == ["智慧城市产业联盟理事会", "第一次工作会议纪要"]
    assert mark_rows("智慧城市产业联盟\n理事会第一次工作会议纪要") == ["智慧城市产业联盟", "理事会第一次工作会议纪要"]
    assert mark_rows("产业联盟\n会议纪要") == ["产业联盟会议纪要"]
