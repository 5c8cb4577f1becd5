"""The minutes (纪要) of a meeting as plain data: what the PDF is made from.

Filled from the database by ``minutes_source`` or built directly (tests, benchmarks).
Names of people and units are kept exactly as typed: the PDF never converts them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ActionStatus = Literal["open", "done", "dropped"]
MinutesStatus = Literal["draft", "circulated", "approved"]


@dataclass
class Attendee:
    """One person on a list (出席 / 请假 / 列席) or on the sign-in sheet."""

    name: str
    unit: str = ""
    level: str | None = None     # membership level code of the unit (chair ... member); None: not a member
    title: str = ""              # 职务, on the sign-in sheet
    substitute_for: str = ""     # attends in place of this person (代)

    def label(self) -> str:
        """As the minutes list them: 中兴通讯股份有限公司 李四（代张三）."""
        name = self.name.strip()
        if self.substitute_for.strip():
            name += f"（代{self.substitute_for.strip()}）"
        return f"{self.unit.strip()} {name}" if self.unit.strip() else name


@dataclass
class Decision:
    number: int                  # numbered through the meeting
    text: str


@dataclass
class ActionItem:
    text: str
    unit: str = ""
    person: str = ""
    due: dt.date | None = None
    status: ActionStatus = "open"


@dataclass
class AgendaItem:
    title: str
    notes: str = ""              # discussion notes; one paragraph a line


@dataclass
class Minutes:
    alliance: str                # 中国智慧城市产业联盟
    meeting: str                 # 理事会第一次工作会议
    date: dt.date                # the meeting's date
    number: str = ""             # 第1期 / 〔2013〕1号
    minutes_date: dt.date | None = None  # the date line under the mark (default: the meeting's date)
    place: str = ""
    chair: str = ""              # 副理事长王志良
    summary: str = ""            # the opening paragraph(s); empty: written from the facts
    items: list[AgendaItem] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)  # numbered through the meeting
    actions: list[ActionItem] = field(default_factory=list)
    present: list[Attendee] = field(default_factory=list)    # 出席
    absent: list[Attendee] = field(default_factory=list)     # 请假
    observers: list[Attendee] = field(default_factory=list)  # 列席
    issuing_office: str = ""     # 印发机关 (the secretariat)
    print_date: dt.date | None = None
    copies: list[str] = field(default_factory=list)          # 分送
    status: MinutesStatus = "draft"

    @property
    def mark(self) -> str:
        """The red mark: <会议名称>纪要, the alliance's name in front unless the title has it."""
        return self.mark_lines.replace("\n", "")

    @property
    def mark_lines(self) -> str:
        """The mark with a line break after the alliance's name: where it wraps when too long."""
        name = self.meeting.strip()
        alliance = self.alliance.strip()
        if name.startswith(alliance):
            name = name[len(alliance):]
        name = name if name.endswith("纪要") else name + "纪要"
        return f"{alliance}\n{name}" if alliance else name
