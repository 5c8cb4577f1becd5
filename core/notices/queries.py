"""The notice list: filter as you type, by status and year; newest first."""

from __future__ import annotations

from dataclasses import dataclass

from core.notices.service import format_number
from core.storage import notices as store
from core.storage.database import Database
from core.text.search import search_form


@dataclass(frozen=True)
class NoticeFilter:
    text: str = ""
    status: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class NoticeRow:
    id: int
    title: str
    status: str
    doc_number: str
    version: int
    doc_date: str | None
    addressees: str
    attachment_count: int


def notice_ids(db: Database, flt: NoticeFilter = NoticeFilter(), sort: str = "date", descending: bool = True
               ) -> list[int]:
    where = {"form": search_form(flt.text), "status": flt.status, "year": flt.year}
    with db.lock:
        return store.list_ids(db, where, sort, descending)


def notice_rows(db: Database, ids: list[int]) -> dict[int, NoticeRow]:
    with db.lock:
        rows = store.rows(db, ids)
    return {r["id"]: NoticeRow(r["id"], r["title"], r["status"], format_number(r["prefix"], r["year"], r["serial"]),
                               r["version"], r["doc_date"], r["addressees"], r["attachment_count"]) for r in rows}


def notice_years(db: Database) -> list[int]:
    with db.lock:
        return store.years(db)
