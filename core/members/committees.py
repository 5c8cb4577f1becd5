"""The ten professional committees (专业委员会); each has at most one lead unit."""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import NotFound
from core.i18n import Msg, N_
from core.storage import committees as store
from core.storage import units as unit_store
from core.storage.database import Database
from core.text.search import fold


@dataclass(frozen=True)
class Committee:
    id: int
    code: str
    name: str
    lead_unit_id: int | None
    lead_unit_name: str | None
    member_count: int


def list_committees(db: Database) -> list[Committee]:
    return [Committee(r["id"], r["code"], r["name"], r["lead_unit_id"], r["lead_unit_name"], r["member_count"])
            for r in store.all_rows(db)]


def set_committee_lead(db: Database, committee_id: int, unit_id: int | None) -> Committee:
    """Make ``unit_id`` the committee's lead unit (it joins the committee if needed);
    ``None`` leaves the committee without a lead unit."""
    with db.action(N_("Set the lead unit of committee {id}"), id=committee_id) as conn:
        if not store.exists(conn, committee_id):
            raise NotFound(Msg("Committee {id} does not exist.", id=committee_id))
        if unit_id is not None:
            unit = unit_store.get(conn, unit_id)
            if unit is None or unit["deleted_at"] is not None:
                raise NotFound(Msg("Member unit {id} does not exist.", id=unit_id))
        store.set_lead(conn, committee_id, unit_id)
    return next(c for c in list_committees(db) if c.id == committee_id)


def committee_ids_from_names(db: Database, text: str) -> tuple[list[int], list[str]]:
    """Committee ids named in ``text`` (separated by 、,，;； or spaces, either script,
    with or without a trailing 专委会/专业委员会); also the names not recognised."""
    import re

    by_name: dict[str, int] = {}
    for c in list_committees(db):
        by_name[fold(c.name)] = c.id
        by_name[fold(c.code)] = c.id
    ids: list[int] = []
    unknown: list[str] = []
    for part in re.split(r"[、,，;；/\s]+", text or ""):
        if not part:
            continue
        key = fold(re.sub(r"(专业委员会|專業委員會|专委会|專委會|委员会|委員會)$", "", part))
        if key in by_name:
            ids.append(by_name[key])
        else:
            unknown.append(part)
    return ids, unknown
