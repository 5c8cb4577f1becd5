"""Rows of a member list that are not units: totals (合计, 总计, 小计) and notes under
the table (注：…, 说明, a sentence in a single cell after the data). They are left
out of the import and listed in its report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from core.i18n import Msg

_TOTAL = re.compile(r"(合计|合計|总计|總計|小计|小計|共计|共計|总数|總數|总计数|grand\s*total|sub\s*total|total|sum)"
                    r"(\s*$|\s*[:：(（\d]|\s*[一-龥]{0,2}\s*\d)", re.IGNORECASE)
_NOTE = re.compile(r"(注|註|注意|说明|說明|备注|備註|附注|附註|填表说明|填表說明|制表|製表|数据来源|資料來源|来源|來源|"
                   r"note|notes|remark|remarks|source)\s*([:：、.．]|\d)", re.IGNORECASE)
_SENTENCE = re.compile(r"[。；;：:，,！!？?]")


def _filled(cells: Sequence[str]) -> list[str]:
    return [c.strip() for c in cells if c.strip()]


def left_out_rows(numbers: Sequence[int], rows: Iterable[Sequence[str]]) -> dict[int, Msg]:
    """{row number: why it is left out} for the total rows and the notes under the table.

    ``rows`` is read twice, one row at a time (nothing is copied: a sheet may be large)."""
    last_table_row = -1
    for i, cells in enumerate(rows):
        if sum(1 for c in cells if c.strip()) >= 2:
            last_table_row = i
    found: dict[int, Msg] = {}
    after_total = False
    for i, (number, cells) in enumerate(zip(numbers, rows)):
        filled = _filled(cells)
        if not filled:
            continue
        if _TOTAL.match(filled[0]):
            found[number] = Msg("a total row ({text}), left out", text=filled[0][:20])
            after_total = True
        elif len(filled) == 1 and (_NOTE.match(filled[0]) or (
                (after_total or 0 <= last_table_row < i) and (_SENTENCE.search(filled[0]) or len(filled[0]) > 40))):
            found[number] = Msg("a note under the table ({text}), left out", text=_short(filled[0]))
    return found


def _short(text: str) -> str:
    return text if len(text) <= 20 else text[:20] + "…"
