"""The clerk's actions on notices: draft, edit, duplicate, issue (which gives the
document number and freezes the notice), correct (a new version that keeps the old
one), delete and restore. Each is one undoable action."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.documents.model import Block
from core.errors import NotFound, UserError
from core.i18n import Msg, N_
from core.notices.alliance import get_alliance
from core.paths import read_file_to_keep
from core.storage import notices as store
from core.storage import changes, records
from core.storage.database import Database
from core.text.pinyin import sort_key
from core.text.search import build_search_text
from core.validation import MAX_TEXT_LENGTH, Collector, clean_text, parse_date

MAX_BODY_CHARS = 200_000

NOTICE_LABELS = {
    "title": N_("Title"),
    "addressees": N_("Addressees"),
    "body": N_("Text"),
    "signatory": N_("Signed by"),
    "doc_date": N_("Date"),
    "sealed": N_("Sealed"),
    "note": N_("Note"),
    "copies": N_("Copies to"),
    "issuing_office": N_("Issuing office"),
    "print_date": N_("Printed on"),
    "attachments": N_("Attachments"),
}


@dataclass
class AttachmentItem:
    kind: str  # "text": typed in the program, laid out in the PDF; "file": a stored file
    name: str
    body: list[Block] = field(default_factory=list)
    blob_id: int | None = None
    file_size: int | None = None
    id: int | None = None


@dataclass
class Notice:
    id: int
    title: str
    addressees: str = ""
    body: list[Block] = field(default_factory=list)
    signatory: str = ""
    doc_date: str | None = None
    sealed: bool = True
    note: str = ""
    copies: list[str] = field(default_factory=list)
    issuing_office: str = ""
    print_date: str | None = None
    status: str = "draft"
    prefix: str | None = None
    year: int | None = None
    serial: int | None = None
    version: int = 1
    version_of: int | None = None
    issued_at: str | None = None
    attachments: list[AttachmentItem] = field(default_factory=list)
    addressee_unit_ids: list[int] = field(default_factory=list)

    @property
    def doc_number(self) -> str:
        return format_number(self.prefix, self.year, self.serial)

    @property
    def frozen(self) -> bool:
        return self.status != "draft"


def format_number(prefix: str | None, year: int | None, serial: int | None) -> str:
    """``智慧城市联盟〔2013〕5号``: hexagonal brackets, four-digit year, no leading zeros."""
    if not year or not serial:
        return ""
    return f"{prefix or ''}〔{year}〕{serial}号"


def blocks_to_json(blocks: list[Block]) -> str:
    return json.dumps([{"kind": b.kind, "text": b.text, "tail": b.tail} for b in blocks], ensure_ascii=False)


def blocks_from_json(text: str) -> list[Block]:
    return [Block(item["kind"], item.get("text", ""), item.get("tail", "")) for item in json.loads(text or "[]")]


def split_names(text: str | Iterable[str]) -> list[str]:
    parts = re.split(r"[，,、；;\n]+", text) if isinstance(text, str) else list(text)
    return [p.strip().rstrip("。") for p in parts if p and p.strip().rstrip("。")]


def _blocks(raw: Any) -> list[Block]:
    items = raw or []
    return [b if isinstance(b, Block) else Block(b["kind"], b.get("text", ""), b.get("tail", "")) for b in items]


def validate_notice(raw: Mapping[str, Any]) -> dict[str, Any]:
    c = Collector()
    L = NOTICE_LABELS
    out: dict[str, Any] = {}
    out["title"] = c.text("title", L["title"], raw.get("title", ""), 200, required=True)
    for key, limit in (("addressees", 2000), ("signatory", 100), ("issuing_office", 100)):
        out[key] = c.text(key, L[key], raw.get(key, ""), limit)
    out["note"] = c.text("note", L["note"], raw.get("note", ""), 2000, multiline=True)
    for key in ("doc_date", "print_date"):
        value = raw.get(key)
        out[key] = c.run(key, L[key], parse_date, value) if value not in (None, "") else None
    body = _blocks(raw.get("body"))
    if sum(len(b.text) + len(b.tail) for b in body) > MAX_BODY_CHARS:
        c.add("body", L["body"], Msg("is too long ({length} characters; at most {limit})",
                                     length=sum(len(b.text) for b in body), limit=MAX_BODY_CHARS))
    out["body"] = blocks_to_json([Block(b.kind, clean_text(b.text, MAX_TEXT_LENGTH, True),
                                        clean_text(b.tail, MAX_TEXT_LENGTH, True)) for b in body
                                  if b.text.strip() or b.tail.strip()])
    out["copies"] = "，".join(split_names(raw.get("copies", "")))
    out["sealed"] = 1 if raw.get("sealed", True) else 0
    attachments = []
    for item in raw.get("attachments", []) or []:
        a = item if isinstance(item, AttachmentItem) else AttachmentItem(**item)
        name = clean_text(a.name, 200)
        if not name:
            c.add("attachments", L["attachments"], Msg("every attachment needs a name"))
        attachments.append({"id": a.id, "kind": a.kind, "name": name, "body": blocks_to_json(a.body),
                            "blob_id": a.blob_id})
    out["attachments"] = attachments
    out["addressee_unit_ids"] = sorted({int(u) for u in raw.get("addressee_unit_ids", []) or []})
    c.raise_if_any()
    return out


def _search_text(title: str, addressees: str, body: list[Block], number: str = "") -> str:
    body_text = " ".join(b.text + b.tail for b in body)
    return build_search_text(title, number, addressees, body_text[:4000])


search_text = _search_text  # the registry's search-text upkeep (core.records) uses it


def _row_values(values: Mapping[str, Any], number: str = "") -> dict[str, Any]:
    row = {k: values[k] for k in store.NOTICE_COLUMNS}
    row["search_text"] = _search_text(values["title"], values["addressees"], blocks_from_json(values["body"]), number)
    row["sort_key"] = sort_key(values["title"][:60])
    return row


def get_notice(db: Database, notice_id: int) -> Notice:
    with db.lock:
        row = store.get(db, notice_id)
        if row is None:
            raise NotFound(Msg("Notice {id} does not exist.", id=notice_id))
        attachments = [AttachmentItem(a["kind"], a["name"], blocks_from_json(a["body"]), a["blob_id"], a["file_size"],
                                      a["id"]) for a in store.attachments(db, notice_id)]
        units = store.addressee_units(db, notice_id)
    return Notice(id=row["id"], title=row["title"], addressees=row["addressees"], body=blocks_from_json(row["body"]),
                  signatory=row["signatory"], doc_date=row["doc_date"], sealed=bool(row["sealed"]), note=row["note"],
                  copies=split_names(row["copies"]), issuing_office=row["issuing_office"],
                  print_date=row["print_date"], status=row["status"], prefix=row["prefix"], year=row["year"],
                  serial=row["serial"], version=row["version"], version_of=row["version_of"],
                  issued_at=row["issued_at"], attachments=attachments, addressee_unit_ids=units)


def _write(db: Database, notice_id: int | None, values: Mapping[str, Any], extra: Mapping[str, Any] = ()) -> int:
    conn = db
    extra = dict(extra)
    number = format_number(extra.get("prefix"), extra.get("year"), extra.get("serial"))
    row = {**_row_values(values, number), **extra}
    if notice_id is None:
        notice_id = store.insert(conn, row)
    else:
        store.update(conn, notice_id, row)
    store.replace_attachments(conn, notice_id, values["attachments"])
    store.set_addressee_units(conn, notice_id, values["addressee_unit_ids"])
    return notice_id


def new_notice_defaults(db: Database) -> dict[str, Any]:
    """What a new notice starts with: addressed to 各成员单位, signed and sealed by the alliance."""
    alliance = get_alliance(db)
    return {"title": "", "addressees": "各成员单位", "signatory": alliance.signatory or alliance.name_hans,
            "issuing_office": alliance.issuing_office, "sealed": alliance.seal_png is not None,
            "doc_date": dt.date.today().isoformat(), "body": [], "attachments": [], "copies": []}


def create_notice(db: Database, raw: Mapping[str, Any]) -> Notice:
    """A new draft notice (no number until it is issued)."""
    values = validate_notice(raw)
    with db.action(N_("Create draft notice {title}"), title=values["title"]):
        notice_id = _write(db, None, values)
    return get_notice(db, notice_id)


def _require_draft(notice: Notice) -> None:
    if notice.frozen:
        raise UserError(Msg("The notice {number} was issued and can no longer be changed. Make a correction to "
                            "issue a corrected version.", number=notice.doc_number or notice.title))


def update_notice(db: Database, notice_id: int, raw: Mapping[str, Any]) -> Notice:
    """Save an edited draft. Issued notices are frozen: correct them instead."""
    values = validate_notice(raw)
    with db.action(N_("Edit notice {title}"), title=values["title"]):
        _require_draft(get_notice(db, notice_id))
        _write(db, notice_id, values)
    return get_notice(db, notice_id)


def as_raw(notice: Notice) -> dict[str, Any]:
    return {**notice.__dict__, "attachments": [AttachmentItem(a.kind, a.name, a.body, a.blob_id) for a in
                                               notice.attachments]}


def duplicate_notice(db: Database, notice_id: int) -> Notice:
    """A new draft with the same content, to start a similar notice."""
    source = get_notice(db, notice_id)
    values = validate_notice({**as_raw(source), "doc_date": dt.date.today().isoformat(), "print_date": None})
    with db.action(N_("Duplicate notice {title}"), title=source.title):
        new_id = _write(db, None, values)
    return get_notice(db, new_id)


def issue_notice(db: Database, notice_id: int, issued_at: str | None = None) -> Notice:
    """Give the draft its document number and freeze it.

    ``issued_at`` (ISO date-time) records when a notice issued on paper long ago was
    entered (the demo's 2013 notices); by default it is now.

    The number is ``<prefix>〔year〕N号`` with N counting per year (the year of the
    notice's date), never given twice. A correction takes over the number of the
    notice it corrects, which then stays on record as superseded.
    """
    with db.action(N_("Issue notice {title}"), title=get_notice(db, notice_id).title) as conn:
        notice = get_notice(db, notice_id)
        _require_draft(notice)
        c = Collector()
        if not notice.body:
            c.add("body", NOTICE_LABELS["body"], Msg("a notice needs some text before it is issued"))
        c.raise_if_any()
        today = dt.date.today().isoformat()
        date = notice.doc_date or today
        extra: dict[str, Any] = {"status": "issued", "issued_at": issued_at or records.now(), "doc_date": date}
        if notice.version_of is not None:
            old = get_notice(db, notice.version_of)
            store.update(conn, old.id, {"status": "superseded"})
            extra.update(prefix=old.prefix, year=old.year, serial=old.serial)
        else:
            prefix = get_alliance(db).number_prefix
            if not prefix:
                raise UserError(Msg("Set the document-number prefix (机关代字) in the alliance settings before "
                                    "issuing a notice."))
            year = int(date[:4])
            extra.update(prefix=prefix, year=year, serial=store.next_serial(conn, year))
        number = format_number(extra["prefix"], extra["year"], extra["serial"])
        extra["search_text"] = _search_text(notice.title, notice.addressees, notice.body, number)
        store.update(conn, notice_id, extra)
        # a number once given is never taken back: undo stops here
        changes.mark_barrier(conn, N_("Issue notice {number}"), replaces=N_("Issue notice {title}"), number=number)
    return get_notice(db, notice_id)


def correct_notice(db: Database, notice_id: int) -> Notice:
    """A new draft version of an issued notice; the issued one stays unchanged until
    the correction is issued (then it is kept as superseded)."""
    source = get_notice(db, notice_id)
    if source.status != "issued":
        raise UserError(Msg("Only an issued notice can be corrected; a draft can simply be edited."))
    values = validate_notice(as_raw(source))
    with db.action(N_("Correct notice {number}"), number=source.doc_number):
        new_id = _write(db, None, values, {"version": source.version + 1, "version_of": source.id,
                                           "prefix": source.prefix, "year": source.year, "serial": source.serial})
    return get_notice(db, new_id)


def delete_notices(db: Database, ids: Iterable[int]) -> list[int]:
    """Move notices to the trash; their numbers stay used (never given again)."""
    ids = list(ids)
    label, params = records.action_label(db, "notices", ids, N_("Delete notice {name}"),
                                         N_("Delete {count} notices"), "title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "notices", ids, True)


def restore_notices(db: Database, ids: Iterable[int]) -> list[int]:
    ids = list(ids)
    label, params = records.action_label(db, "notices", ids, N_("Restore notice {name}"),
                                         N_("Restore {count} notices"), "title")
    with db.action(label, **params) as conn:
        return records.set_deleted(conn, "notices", ids, False)


def deleted_notices(db: Database) -> list[tuple[int, str, str]]:
    with db.lock:
        return [(r["id"], r["name"], r["deleted_at"]) for r in store.deleted(db)]


def store_file(db: Database, path: str | Path) -> AttachmentItem:
    """Keep a copy of a file (an attachment) inside the database; returns the item to attach."""
    path = Path(path)
    data = read_file_to_keep(path)
    with db.transaction() as conn:
        blob_id = store.store_blob(conn, path.name, data)
    return AttachmentItem("file", path.stem, [], blob_id, len(data))


def attachment_file(db: Database, blob_id: int) -> tuple[str, bytes]:
    with db.lock:
        row = store.blob(db, blob_id)
    if row is None:
        raise NotFound(Msg("The attached file is missing from the database."))
    return row["name"], row["data"]
