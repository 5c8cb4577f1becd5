"""From lines of a document written elsewhere to the fields of a notice.

What is recognised: the title (a centred, bold or heading line at the top, else the
first short line), the addressees (``各成员单位：`` under the title), headings from
their typed numbers ``一、`` ``（一）`` ``1.`` ``（1）`` (or the document's automatic
numbering, or Markdown/Word heading depth), the attachment note (``附件：1.…`` with
its items, continued lines joined), the signature and the date above the closing
lines (``2013年11月6日``, ``2013-11-06``, ``二〇一三年十一月六日``), a note in brackets
under the date, ``抄送：`` and the ``……印发`` line, and the text of attachments laid
out after the date (``附件1`` + title + text). Everything else stays in the body, in
its order: nothing typed is lost. Typed heading numbers are dropped because the
program numbers headings itself; a number that does not match the one the program
will print is reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.documents.model import Block, number_headings
from core.i18n import Msg
from core.notices.from_file.lines import Line

MAX_TITLE = 200
_CN = "[一二三四五六七八九十百零〇]+"
_HEADING_PATTERNS = [  # as core.documents.model.blocks_from_text, plus the number kept for checking
    ("h1", re.compile(rf"^({_CN})\s*[、，,.．]\s*")),
    ("h2", re.compile(rf"^[（(]\s*({_CN})\s*[）)]\s*")),
    ("h4", re.compile(r"^[（(]\s*(\d{1,2})\s*[）)]\s*")),
    ("h3", re.compile(r"^(\d{1,2})\s*(?:[.．](?!\d)|、)\s*")),
]
_TITLE_ENDINGS = re.compile(r"(通知|通报|意见|决定|函|办法|方案|报告|请示|公告|通告|纪要|规定|细则|批复|公示|"
                            r"邀请函|倡议书|规则|章程|指南|要点|计划|总结|的复函)$")
_ORG_ENDINGS = re.compile(r"(联盟|秘书处|委员会|协会|学会|研究会|中心|办公室|办公厅|公司|集团|研究院|研究所|"
                          r"大学|学院|工作组|领导小组)$")
_CLOSING_PUNCT = "。；，：！？,.;:!?、"
_NAME_PUNCT = "；;，,。 "
_DOC_NUMBER = re.compile(r"^\S{0,30}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,4}\s*号$")
_ISSUER_MARK = re.compile(r"^\S{2,40}文件$")
_ADDRESSEES = re.compile(r"^(.{1,1000}?)\s*[：:]$")
_ATTACHMENT_NOTE = re.compile(r"^附\s*件\s*[：:]\s*(.*)$")
_ATTACHMENT_HEADER = re.compile(r"^附\s*件\s*(?:(\d{1,3})\s*[：:]?)?$")
_ITEM = re.compile(r"^(\d{1,3})\s*(?:[.．、]|\s)\s*(.+)$")
_COPIES = re.compile(r"^(抄\s*送|分\s*送)\s*[：:]\s*(.*?)[。.]?$")
_NOTE = re.compile(r"^[（(](.+)[）)]$")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "O": 0, "０": 0, "Ｏ": 0}
_DATE_AR = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_NUM = re.compile(r"(\d{4})\s*[-/.．]\s*(\d{1,2})\s*[-/.．]\s*(\d{1,2})")
_DATE_CN = re.compile(r"([〇○零Ｏ０O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*"
                      r"([一二三四五六七八九十]{1,3})\s*日")
_DATE_ANY = re.compile(f"(?:{_DATE_AR.pattern}|{_DATE_NUM.pattern}|{_DATE_CN.pattern})")
_PRINTED = re.compile(rf"^(.*?)\s*({_DATE_ANY.pattern})\s*印\s*发$")


@dataclass
class Recognised:
    title: str = ""
    title_found: bool = False
    addressees: str | None = None
    body: list[Block] = field(default_factory=list)
    attachments: list[tuple[str, list[Block]]] = field(default_factory=list)
    signatory: str | None = None
    doc_date: str | None = None
    note: str = ""
    copies: list[str] = field(default_factory=list)
    issuing_office: str | None = None
    print_date: str | None = None
    warnings: list[Msg] = field(default_factory=list)


# -- dates ---------------------------------------------------------------------------------------
def _cn_small(text: str) -> int:
    """十一 -> 11, 二十六 -> 26, 三十一 -> 31, 六 -> 6; -1 for what is not such a number (十十)."""
    m = re.fullmatch(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)", text)
    if not m or not text or (m.group(1) and not m.group(2) and m.group(3)):
        return -1
    tens, ten, ones = m.groups()
    if not ten:
        return _CN_DIGITS[ones or tens]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def parse_date_text(text: str) -> str | None:
    """The ISO date of a whole date (in any of the ways clerks write one), else None."""
    text = text.strip()
    digits = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for pattern in (_DATE_AR, _DATE_NUM):
        m = pattern.fullmatch(digits)
        if m:
            year, month, day = (int(g) for g in m.groups())
            break
    else:
        m = _DATE_CN.fullmatch(text)
        if not m:
            return None
        year = int("".join(str(_CN_DIGITS[c]) for c in m.group(1)))
        month, day = _cn_small(m.group(2)), _cn_small(m.group(3))
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _signature_and_date(text: str) -> tuple[str, str] | None:
    """``中国智慧城市产业联盟　2013年11月6日`` on one line -> (name, ISO date)."""
    for m in _DATE_ANY.finditer(text):
        if m.end() == len(text) and m.start() > 0:
            name, date = text[:m.start()].strip(), parse_date_text(m.group(0))
            if date and name and _is_signature(name):
                return name, date
    return None


# -- line kinds -----------------------------------------------------------------------------------
def _is_signature(text: str) -> bool:
    return (len(text) <= 50 and text[-1] not in _CLOSING_PUNCT and not _numbered(text)
            and not _ATTACHMENT_NOTE.match(text) and parse_date_text(text) is None)


def _numbered(text: str) -> tuple[str, str, str, str] | None:
    """(kind, number, rest, the number as typed) of a line that starts with heading numbering."""
    for kind, pattern in _HEADING_PATTERNS:
        m = pattern.match(text)
        if m and len(text) > m.end():
            return kind, m.group(1), text[m.end():], text[:m.end()].strip()
    return None


def _closing_kind(text: str) -> str | None:
    """What a line that may follow the date is: the note in brackets, 抄送, the 印发 line."""
    if _COPIES.match(text):
        return "copies"
    if _PRINTED.match(text):
        return "printed"
    return "note" if _NOTE.match(text) else None


def _closing(lines: list[Line]) -> bool:
    """Lines that are each a closing line, at most one of each kind."""
    kinds = [_closing_kind(line.text) for line in lines]
    return None not in kinds and len(set(kinds)) == len(kinds)


def _title_like(line: Line) -> bool:
    return line.centred or line.bold or line.depth is not None


_SPREAD = re.compile(r"(?<=[\u3400-\u9fff\U00020000-\U0003ffff])[ \t\u3000\u00a0]+"
                     r"(?=[\u3400-\u9fff\U00020000-\U0003ffff])")


def _unspread(text: str) -> str:
    """``通　　知`` (a short title spread with spaces to look wide) -> ``通知``."""
    return _SPREAD.sub("", text)


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out


# -- the recogniser -------------------------------------------------------------------------------------
class _Reader:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.result = Recognised()
        self.front: list[Line] = []

    def run(self) -> Recognised:
        start = self._title(0)
        start = self._addressees(start)
        stop = len(self.lines)
        while stop > start + 1 and _closing_kind(self.lines[stop - 1].text) in ("copies", "printed") \
                and _closing(self.lines[stop - 1:]):
            stop -= 1  # the closing block (版记) at the very end, after any attachment
        for line in self.lines[stop:]:
            self._closing_line(line.text)
        end, attachment_lines = self._closing_block(start, stop)
        end = self._attachment_note(start, end)
        self.result.body = self._blocks(self.front + self.lines[start:end])
        for number, lines in attachment_lines:
            self._attachment_body(number, lines)
        return self.result

    # title and addressees
    def _title(self, pos: int) -> int:
        lines, r = self.lines, self.result
        while pos < len(lines) and pos < 3 and (_DOC_NUMBER.match(lines[pos].text) or (
                _ISSUER_MARK.match(lines[pos].text) and pos + 1 < len(lines)
                and (_title_like(lines[pos + 1]) or _TITLE_ENDINGS.search(lines[pos + 1].text)
                     or _DOC_NUMBER.match(lines[pos + 1].text)))):
            self.front.append(lines[pos])  # the red-head mark and a document number: kept, reported
            pos += 1
        window = []
        for line in lines[pos:pos + 4]:
            if _ADDRESSEES.match(line.text):
                break
            window.append(line)
        strong = next((i for i, line in enumerate(window) if _title_like(line) and line.kind is None
                       and not _numbered(line.text) and len(line.text) <= MAX_TITLE), None)
        if strong is not None:
            self.front.extend(window[:strong])
            pos += strong
            parts = [lines[pos].text]
            first = lines[pos]
            pos += 1
            while (first.centred and pos < len(lines) and lines[pos].centred and len(parts) < 3
                   and not _ADDRESSEES.match(lines[pos].text) and parse_date_text(lines[pos].text) is None
                   and len(_join(parts + [lines[pos].text])) <= MAX_TITLE):
                parts.append(lines[pos].text)
                pos += 1
            r.title, r.title_found = _unspread(_join(parts)), True
        elif pos < len(lines):
            text = lines[pos].text
            if (len(text) <= 80 and text[-1] not in _CLOSING_PUNCT and not _numbered(text)
                    and parse_date_text(text) is None and not _ATTACHMENT_NOTE.match(text)):
                parts = [text]
                pos += 1
                if (not _TITLE_ENDINGS.search(text) and pos < len(lines) and len(lines[pos].text) <= 40
                        and _TITLE_ENDINGS.search(lines[pos].text) and not _numbered(lines[pos].text)):
                    parts.append(lines[pos].text)  # a title typed on two lines
                    pos += 1
                r.title, r.title_found = _unspread(_join(parts)), True
        if self.front:
            r.warnings.append(Msg("The lines above the title were kept at the start of the text: {lines}",
                                  lines=" / ".join(line.text for line in self.front)))
        return pos

    def _addressees(self, pos: int) -> int:
        if pos < len(self.lines):
            text = self.lines[pos].text
            m = _ADDRESSEES.match(text)
            if m and len(m.group(1)) <= 1000 and not _numbered(text) and not _ATTACHMENT_NOTE.match(text) \
                    and not m.group(1).startswith(("附件", "抄送")):
                self.result.addressees = m.group(1).strip()
                return pos + 1
        return pos

    # the closing lines, from the end
    def _closing_block(self, start: int, stop: int) -> tuple[int, list[tuple[int, list[Line]]]]:
        """Finds the date (and what follows it); returns where the body and attachment
        note end, and the attachments laid out after the date."""
        lines, r = self.lines[:stop], self.result
        # from the end, once: where the next 附件N header is, and whether each header from there on
        # has lines under it (linear, however many dates the text holds)
        next_header, sound = [len(lines)] * (len(lines) + 1), [True] * (len(lines) + 1)
        for k in range(len(lines) - 1, -1, -1):
            is_header = bool(_ATTACHMENT_HEADER.match(lines[k].text))
            next_header[k] = k if is_header else next_header[k + 1]
            sound[k] = (not is_header or (k + 1 < len(lines) and next_header[k + 1] != k + 1)) and sound[k + 1]
        for i in range(len(lines) - 1, start - 1, -1):
            text = lines[i].text
            date = parse_date_text(text)
            both = None if date else _signature_and_date(text)
            if not date and not both:
                continue
            header = next_header[i + 1]
            if header - i - 1 > 3 or not _closing(lines[i + 1:header]) or not sound[header]:
                continue
            after, sections = lines[i + 1:], self._split_attachments(lines[header:])
            header -= i + 1
            end = i
            if both:
                r.signatory, r.doc_date = both
            else:
                r.doc_date = date
                if i - 1 >= start and _is_signature(lines[i - 1].text) and _closing_kind(lines[i - 1].text) is None:
                    r.signatory = lines[i - 1].text
                    end = i - 1
            for line in after[:header]:
                self._closing_line(line.text)
            return end, sections
        # no date: a last line that names an organisation is the signature
        if len(lines) > start + 1 and _is_signature(lines[-1].text) and _ORG_ENDINGS.search(lines[-1].text):
            r.signatory = lines[-1].text
            return len(lines) - 1, []
        return len(lines), []

    def _closing_line(self, text: str) -> None:
        r = self.result
        if m := _COPIES.match(text):
            r.copies.extend(p.strip() for p in re.split(r"[，,、；;]+", m.group(2)) if p.strip())
        elif m := _PRINTED.match(text):
            r.issuing_office = m.group(1).strip() or r.issuing_office
            r.print_date = parse_date_text(m.group(2))
        elif m := _NOTE.match(text):
            r.note = (r.note + "\n" if r.note else "") + m.group(1).strip()

    @staticmethod
    def _split_attachments(lines: list[Line]) -> list[tuple[int, list[Line]]]:
        out: list[tuple[int, list[Line]]] = []
        for line in lines:
            m = _ATTACHMENT_HEADER.match(line.text)
            if m:
                out.append((int(m.group(1) or len(out) + 1), []))
            else:
                out[-1][1].append(line)
        return out

    # the attachment note
    def _attachment_note(self, start: int, end: int) -> int:
        lines = self.lines
        for i in range(end - 1, start - 1, -1):
            m = _ATTACHMENT_NOTE.match(lines[i].text)
            if not m:
                continue
            items = self._items([m.group(1)] if m.group(1) else [], lines[i + 1:end])
            if items is None:
                return end
            names = [name.rstrip(_NAME_PUNCT) or name for name in items]
            if names != items:
                self.result.warnings.append(Msg("The punctuation after the attachment names was left out, as "
                                                "GB/T 9704 asks: {marks}", marks=" ".join(
                                                    n[len(k):] for n, k in zip(items, names) if n != k)))
            self.result.attachments = [(name, []) for name in names]
            return i
        return end

    @staticmethod
    def _items(first: list[str], rest: list[Line]) -> list[str] | None:
        """The names of ``附件：1.… 2.…``; None when what follows is not a list of names."""
        names: list[str] = []
        numbered = False
        for text in first + [line.text for line in rest]:
            m = _ITEM.match(text)
            if m and int(m.group(1)) == len(names) + 1:
                names.append(m.group(2).strip())
                numbered = True
            elif names and numbered and len(text) <= 60 and text[-1] not in "。":
                names[-1] = _join([names[-1], text])  # a long name continued on the next line
            elif not names:
                names.append(text)
            else:
                return None
        if not numbered and names and names[0].endswith("。"):
            return None  # 附件：… as a sentence, not a name
        return names if names and all(len(name) <= MAX_TITLE for name in names) else None

    def _attachment_body(self, number: int, lines: list[Line]) -> None:
        """The text laid out after the date under ``附件N``: given to the item of the note with the
        same name, else to item N (its differing title kept as the first line), else a new item."""
        attachments = self.result.attachments
        title = lines[0].text if lines else ""
        match = next((k for k, (name, body) in enumerate(attachments) if name == title and not body), None)
        if match is not None:
            attachments[match] = (title, self._blocks(lines[1:]))
        elif 0 < number <= len(attachments) and not attachments[number - 1][1] and lines:
            attachments[number - 1] = (attachments[number - 1][0], self._blocks(lines))
        elif lines:
            attachments.append((title, self._blocks(lines[1:])))

    # body blocks
    def _blocks(self, lines: list[Line]) -> list[Block]:
        depths = [line.depth for line in lines if line.depth]
        top = min(depths) if depths else 1
        blocks: list[Block] = []
        typed: list[tuple[int, str, str, str]] = []
        for line in lines:
            text, kind = line.text, line.kind
            numbered = None if kind else _numbered(text)
            if numbered:
                kind, number, text, as_typed = numbered
                typed.append((len(blocks), kind, number, as_typed))
            elif kind is None and line.depth:
                kind = f"h{min(4, line.depth - top + 1)}"
            blocks.append(_block(kind or "paragraph", text))
        labels = number_headings(blocks)
        for index, kind, number, as_typed in typed:
            if _label(kind, number) != labels[index]:
                self.result.warnings.append(Msg("The heading “{text}” is numbered {label} in the notice ({typed} in "
                                                "the file).", text=blocks[index].text,
                                                typed=as_typed, label=labels[index]))
        return blocks


def _label(kind: str, number: str) -> str:
    return {"h1": f"{number}、", "h2": f"（{number}）", "h3": f"{number}.", "h4": f"（{number}）"}[kind]


def _block(kind: str, text: str) -> Block:
    """A heading that goes on after its first sentence keeps the rest as its run-in tail."""
    if kind != "paragraph":
        stop = text.find("。")
        if 0 <= stop < len(text) - 1:
            return Block(kind, text[:stop + 1], tail=text[stop + 1:].lstrip())
    return Block(kind, text)


def recognise(lines: list[Line]) -> Recognised:
    return _Reader([line for line in lines if line.text]).run()
