"""What a clerk writes: the input of the layout engine, as plain dataclasses.

The engine numbers headings itself: the clerk types ``Block("h1", "总体要求")`` and
gets ``一、总体要求``; （一）, 1. and （1） restart under each higher level.
``blocks_from_text`` turns pasted plain text into blocks, recognising (and
stripping) numbering the clerk typed by hand.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

BlockKind = Literal["paragraph", "h1", "h2", "h3", "h4"]
HEADING_LEVEL = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}
# Font role of each heading level (the tail after a run-in heading is body text).
HEADING_ROLE = {"paragraph": "fangsong", "h1": "hei", "h2": "kai", "h3": "fangsong", "h4": "fangsong"}


@dataclass
class Block:
    """A paragraph or a heading. ``tail`` is body text run in after a heading:
    ``Block("h2", "加强组织领导。", tail="各成员单位要……")`` -> （一）加强组织领导。各成员单位要……"""

    kind: BlockKind = "paragraph"
    text: str = ""
    tail: str = ""

    def __post_init__(self) -> None:
        if self.kind not in HEADING_ROLE:
            raise ValueError(f"unknown block kind {self.kind!r}")


@dataclass
class Table:
    """A ruled table in the text (the action items of minutes): a header row, repeated at the
    top of each page the table continues on, and rows of cells. Cells are set in 4号 仿宋
    (the header in 黑体), wrapped inside their column, each line on the body's line grid.

    ``widths``: one number per column: 0 sizes the column to its widest cell (never
    wrapped: numbers, dates, statuses), a positive number is the column's share of the
    width the sized columns leave. ``centred``: columns whose cells are centred.
    """

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    widths: list[float] | None = None
    centred: list[bool] | None = None
    literal: list[bool] | None = None     # columns of names, never converted to another script
    kind: str = "table"

    def __post_init__(self) -> None:
        n = len(self.header)
        if not n or any(len(row) != n for row in self.rows):
            raise ValueError("every row of a table needs one cell per header column")
        if self.widths is not None and len(self.widths) != n:
            raise ValueError("a table needs one width per column")
        if self.centred is not None and len(self.centred) != n:
            raise ValueError("a table needs one alignment per column")
        if self.literal is not None and len(self.literal) != n:
            raise ValueError("a table needs one literal flag per column")

    def column_widths(self, measure: Callable[[str, bool], float], total: float, size: float,
                      pad: float) -> list[float]:
        """Width of each column (points) in a table ``total`` wide, as the PDF and the .docx lay it
        out: sized columns fit their widest cell line (``measure(text, header)``: its width at the
        cells' size) plus ``pad`` each side, the others share the rest; when sized columns leave
        less than three characters a shared column, all columns share the width equally."""
        n = len(self.header)
        shares = self.widths or [1.0] * n
        cols = [0.0] * n
        for k in range(n):
            if shares[k] <= 0:
                widest = max([measure(part, True) for part in self.header[k].split("\n")]
                             + [measure(part, False) for r in self.rows for part in r[k].split("\n")])
                cols[k] = widest + 2 * pad + 0.5
        rest = total - sum(cols)
        shared = sum(w for w in shares if w > 0)
        if shared and rest < 3 * size * sum(1 for w in shares if w > 0):
            return [total / n] * n
        return [c if shares[k] <= 0 else rest * shares[k] / shared for k, c in enumerate(cols)]


@dataclass(frozen=True)
class PageFrame:
    """Where the pages of a drawn attachment (a form) go, in PDF points (origin bottom-left):
    the text block's sides and bottom, the top of the free space on its first page (under
    附件N and the title), the top of the pages after it; ``fonts``: the document's FontSet;
    ``title``: the drawing starts on a page of its own (after typed text) and names itself."""

    left: float
    right: float
    first_top: float
    top: float
    bottom: float
    fonts: Any
    title: bool = False


@dataclass
class DrawnPage:
    """One page of a drawn attachment: ``paint(canvas)`` draws it (reportlab canvas, page
    coordinates); ``bottom``: the lowest point it draws, in points from the page's bottom edge."""

    paint: Callable[[Any], None]
    bottom: float


@dataclass
class Attachment:
    """An attachment: listed in the 附件说明; with a body, laid out on its own pages; with
    ``drawn`` (a form), its pages are drawn by ``drawn(frame)`` after 附件N and the title."""

    name: str
    body: list[Block] | None = None
    drawn: Callable[[PageFrame], list[DrawnPage]] | None = None


@dataclass
class OfficialDocument:
    kind: Literal["notice", "minutes"] = "notice"
    issuer_mark: str = ""                 # 中国智慧城市产业联盟文件 / …会议纪要 (a line break: where it wraps)
    doc_number: str | None = None         # 智慧城市联盟〔2013〕5号
    title: str = ""
    addressees: str = ""                  # 各成员单位 (the full-width colon is added)
    body: list[Block | Table] = field(default_factory=list)  # tables: minutes only
    attachments: list[Attachment] = field(default_factory=list)
    signatory: str = ""                   # 发文机关署名
    date: _dt.date | None = None          # 成文日期
    seal_image: str | Path | None = None  # PNG with transparency
    sealed: bool | None = None            # None: sealed when there is a seal image
    note: str | None = None               # 附注, printed in full-width brackets
    copies: list[str] = field(default_factory=list)  # 抄送 (分送 for minutes)
    issuing_office: str = ""              # 印发机关
    print_date: _dt.date | None = None    # 印发日期 (default: date)
    draft: bool = False                   # not issued yet: 草稿 across every page
    draft_text: str = "草稿"              # the mark's words (征求意见稿: minutes circulated for comments)
    # minutes (纪要)
    minutes_number: str | None = None     # 第1期 / 〔2013〕1号, centred under the mark
    present: list[str] = field(default_factory=list)    # 出席
    absent: list[str] = field(default_factory=list)     # 请假
    observers: list[str] = field(default_factory=list)  # 列席
    names_as_typed: bool = False          # the three lists are names: never converted to another script

    @property
    def is_sealed(self) -> bool:
        if self.kind == "minutes":
            return False
        return bool(self.seal_image) if self.sealed is None else self.sealed


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五, 105 -> 一百零五, 110 -> 一百一十
    (1-999; larger numbers in Arabic digits)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = digits[hundreds] + "百"
        if not rest:
            return head
        return head + ("零" + digits[rest] if rest < 10 else ("一" if rest < 20 else "") + chinese_number(rest))
    return str(n)


def heading_label(kind: str, number: int) -> str:
    if kind == "h1":
        return f"{chinese_number(number)}、"
    if kind == "h2":
        return f"（{chinese_number(number)}）"
    if kind == "h3":
        return f"{number}."
    if kind == "h4":
        return f"（{number}）"
    return ""


def number_headings(blocks: list[Block] | list[Block | Table]) -> list[str]:
    """The label of each block (empty for paragraphs and tables); counters restart under higher levels."""
    counters = [0, 0, 0, 0]
    labels = []
    for block in blocks:
        level = HEADING_LEVEL.get(block.kind)
        if level is None:
            labels.append("")
            continue
        counters[level] += 1
        for deeper in range(level + 1, 4):
            counters[deeper] = 0
        labels.append(heading_label(block.kind, counters[level]))
    return labels


def format_date(day: _dt.date) -> str:
    """Arabic numerals, full year, no leading zeros: 2013年11月6日."""
    return f"{day.year}年{day.month}月{day.day}日"


_CN_NUM = "[一二三四五六七八九十]+"
_HEADING_PATTERNS = [
    ("h1", re.compile(rf"^{_CN_NUM}\s*[、，,.．]\s*")),
    ("h2", re.compile(rf"^[（(]\s*{_CN_NUM}\s*[）)]\s*")),
    ("h4", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]\s*")),
    ("h3", re.compile(r"^\d{1,2}\s*(?:[.．](?!\d)|、)\s*")),
]


def blocks_from_text(text: str) -> list[Block]:
    """Plain text -> blocks: one per non-empty line; numbered lines become headings.

    ``一、…`` -> h1, ``（一）…`` -> h2, ``1. …``/``1．…`` -> h3, ``（1）…`` -> h4; the typed
    number is dropped (the engine numbers). A heading line that goes on after its first
    sentence (``（一）加强领导。各单位要……``) keeps the rest as the heading's run-in tail.
    """
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.strip().strip("\u3000")
        if not line:
            continue
        for kind, pattern in _HEADING_PATTERNS:
            match = pattern.match(line)
            if match and len(line) > match.end():
                rest = line[match.end():]
                stop = rest.find("。")
                if 0 <= stop < len(rest) - 1:
                    blocks.append(Block(kind, rest[:stop + 1], tail=rest[stop + 1:]))
                else:
                    blocks.append(Block(kind, rest))
                break
        else:
            blocks.append(Block("paragraph", line))
    return blocks
