"""Minutes (纪要) as a PDF in the 纪要 layout of GB/T 9704-2012, or as a .docx for WPS and Word.

``to_document`` turns ``Minutes`` into the layout engine's ``OfficialDocument``:
the red mark 「<会议名称>纪要」, the number and date line, an opening paragraph,
one section per agenda item (一、…) with its notes, the decisions numbered through
the meeting (会议议定事项), the action items as a ruled table (督办事项: item,
responsible unit and person, due date, status), then the 出席 / 请假 / 列席 lists in
the order the clerk chose. ``render_minutes_pdf`` lays it out in Simplified or
Traditional characters: the lists and the responsible column keep names of people and
units exactly as typed, and people's names in the text are kept too. Draft minutes
carry the 草稿 mark, minutes circulated for comments 征求意见稿. ``render_minutes_docx`` writes the
same document as a Word file (``core.documents.docx_writer``).

The document's own words are Chinese whatever the language of the program.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from core.documents.model import Block, OfficialDocument, Table, blocks_from_text, format_date
from core.errors import UserError
from core.i18n import Msg
from core.meetings.attendee_order import ORDERS, order_attendees
from core.meetings.minutes_model import Attendee, Minutes

SCRIPTS = ("hans", "hant-tw", "hant-hk")
STATUS_TEXT = {"open": "未完成", "done": "已完成", "dropped": "已撤销"}
TABLE_HEADER = ["序号", "事项", "责任单位\n责任人", "完成时限", "状态"]
DECISIONS_HEADING = "会议议定事项"
ACTIONS_HEADING = "督办事项"


def _units(people: Iterable[Attendee]) -> list[str]:
    seen: dict[str, None] = {}
    for p in people:
        if p.unit.strip():
            seen.setdefault(p.unit.strip())
    return list(seen)


def opening(m: Minutes) -> str:
    """The opening paragraph written from the facts, as officials write it."""
    where = f"在{m.place.strip()}" if m.place.strip() else ""
    parts = [f"{format_date(m.date)}，{m.mark[:-2]}{where}召开。"]
    members = [p for p in m.present if p.level is not None]
    if members:
        parts.append(f"{len(_units(members))}家成员单位的{len(members)}名代表出席会议")
    elif m.present:
        parts.append(f"{len(m.present)}名代表出席会议")
    if m.observers:
        guests = _units(m.observers) or [p.name.strip() for p in m.observers]
        parts.append(("，" if m.present else "") + "、".join(guests) + ("有关同志" if _units(m.observers) else "")
                     + "列席会议")
    if m.present or m.observers:
        parts.append("。")
    if m.chair.strip():
        parts.append(f"会议由{m.chair.strip()}主持。")
    parts.append("现将会议主要内容纪要如下。")
    return "".join(parts)


def action_table(m: Minutes) -> Table | None:
    actions = m.actions
    if not actions:
        return None
    rows = []
    for k, a in enumerate(actions, start=1):
        who = "\n".join(x.strip() for x in (a.unit, a.person) if x.strip())
        rows.append([str(k), a.text.strip(), who, format_date(a.due) if a.due else "", STATUS_TEXT[a.status]])
    return Table(list(TABLE_HEADER), rows, widths=[0, 1, 1, 0, 0], centred=[True, False, False, True, True],
                 literal=[False, False, True, False, False])


def to_document(m: Minutes, order: str = "level-strokes") -> OfficialDocument:
    if order not in ORDERS:
        raise UserError(Msg("Unknown order {order}: choose level-strokes or pinyin.", order=order))
    body: list[Block | Table] = [Block("paragraph", p) for p in (m.summary or opening(m)).splitlines() if p.strip()]
    for item in m.items:
        body.append(Block("h1", item.title.strip()))
        body += blocks_from_text(item.notes)
    decisions = m.decisions
    if decisions:
        body.append(Block("h1", DECISIONS_HEADING))
        body += [Block("paragraph", f"{d.number}.{d.text.strip()}") for d in decisions]
    table = action_table(m)
    if table is not None:
        body += [Block("h1", ACTIONS_HEADING), table]
    return OfficialDocument(
        kind="minutes", issuer_mark=m.mark_lines, minutes_number=m.number.strip() or None, body=body,
        date=m.minutes_date or m.date,
        issuing_office=m.issuing_office.strip(), print_date=m.print_date, copies=list(m.copies),
        draft=m.status != "approved", draft_text="征求意见稿" if m.status == "circulated" else "草稿",
        names_as_typed=True,
        present=[p.label() for p in order_attendees(m.present, order)],
        absent=[p.label() for p in order_attendees(m.absent, order)],
        observers=[p.label() for p in order_attendees(m.observers, order)])


def names_of(m: Minutes) -> list[str]:
    """People's names in the minutes: kept as typed wherever they stand, in every script. (The
    lists and the table's responsible column, names of units included, are not converted at all;
    a unit named in the text is text, so that a short unit name inside a longer one, 联盟秘书处
    in 中国智慧城市产业联盟秘书处, never leaves half a name unconverted.)"""
    names: set[str] = set()
    for p in [*m.present, *m.absent, *m.observers]:
        names.update((p.name.strip(), p.substitute_for.strip()))
    for a in m.actions:
        names.add(a.person.strip())
    return sorted(n for n in names if len(n) > 1)


def render_minutes_pdf(m: Minutes, out: str | os.PathLike | Any, script: str = "hans", order: str = "level-strokes",
                       fonts: Any = None, protected: Iterable[str] = (),
                       corrections: Mapping[str, str] | None = None):
    """Lay the minutes out and write the PDF to ``out`` (a path or a binary file); returns
    the engine's RenderInfo."""
    from core.documents import render_pdf

    if script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    doc = to_document(m, order)
    return render_pdf(doc, out, script=script, fonts=fonts or None, protected=[*protected, *names_of(m)],
                      corrections=corrections)


def render_minutes_docx(m: Minutes, out: str | os.PathLike | Any, script: str = "hans",
                        order: str = "level-strokes", protected: Iterable[str] = (),
                        corrections: Mapping[str, str] | None = None,
                        font_names: Mapping[str, str] | None = None) -> None:
    """The same minutes as a Word document (.docx) for WPS and Word: the document ``to_document``
    makes for the PDF, converted to ``script`` the same way, written by ``docx_writer``."""
    from core.documents.docx_writer import write_docx

    if script not in SCRIPTS:
        raise UserError(Msg("Unknown script {script}: choose hans, hant-tw or hant-hk.", script=script))
    write_docx(to_document(m, order), out, script=script, protected=[*protected, *names_of(m)],
               corrections=corrections, font_names=font_names)


def write_pdf_file(out: str | Path, write, overwrite: bool = False) -> Path:
    """Call ``write(path)`` on a temporary name beside ``out`` and rename it into place: never
    replaces a file unless ``overwrite``, and a failed export leaves no half file."""
    out = Path(out)
    if out.exists() and not overwrite:
        raise UserError(Msg("{path} already exists; choose another name or allow replacing it.", path=str(out)))
    tmp = out.with_name(out.name + ".partial")
    try:
        write(tmp)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be written: {reason}", path=str(out), reason=exc.strerror or str(exc))
                        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
