"""Taking a meeting to a sign-in laptop with no network, and bringing its results back.

Design: a **package** is one small zip file holding ``package.json``: the meeting's facts
and, for each invitee, only what sign-in needs (name, unit and its short name, position,
guest / walk-in flags, reply, status, substitute, sign-ins so far), never mobiles, e-mail
or ID numbers. On the laptop the program **imports it into a database of its own**
(:func:`open_package` makes a new database file; :func:`import_package` adds it to a
laptop database already in use): the meeting is then an ordinary meeting there (marked
``package_of``), signed in with the same services (core.meetings.attendance,
signin_search). Every meeting, invitee and sign-in carries a uid that is the same in
both databases.

Afterwards :func:`export_results` writes one **results** file (``results.json`` in a
zip): every invitee with its status as the package had it and as it is now, walk-ins
added on the laptop, and every sign-in (with its time, and when it was undone).
:func:`merge_results` merges it into the office database in one undoable action:

* sign-ins and walk-ins are matched by uid: merging the same file twice (or two files
  of two laptops) never doubles anything;
* a sign-in undone on the laptop is undone in the office too (its time kept);
* someone signed in both at the office (or on another laptop) and on this laptop keeps
  the first sign-in; the later one is kept as undone and reported;
* a status changed on the laptop is taken unless the office changed it too since the
  package was made: then the office's stays and the difference is reported;
* walk-ins are listed, to offer them as new contacts (a walk-in whose name is already a
  contact of the unit named is linked to that contact).

Public API (stable):

* ``export_package(db, meeting_id, path, overwrite=False) -> PackageSummary``
* ``open_package(package_path, db_path) -> tuple[Database, int]`` (new laptop database, meeting id)
* ``import_package(db, package_path) -> int`` (meeting id)
* ``export_results(db, meeting_id, path, overwrite=False, device=None) -> ResultsSummary``
* ``merge_results(db, path) -> MergeReport`` (``.text()``, ``.conflict_lines()``, ``.walk_ins``)
"""

from __future__ import annotations

import json
import os
import socket
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import UserError
from core.i18n import Msg, N_
from core.meetings import attendance, service
from core.meetings.attendance import Attendee
from core.meetings.choices import PRESENT, REPLIES, STATUSES
from core.storage import meetings as store
from core.storage import records
from core.storage.database import Database

PACKAGE_FORMAT = "alliance-secretariat-meeting-package"
RESULTS_FORMAT = "alliance-secretariat-signin-results"
FORMAT_VERSION = 1
PACKAGE_MEMBER = "package.json"
RESULTS_MEMBER = "results.json"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_JSON_BYTES = 200 * 1024 * 1024
PACKAGE_SUFFIX = ".meeting.zip"
RESULTS_SUFFIX = ".signin.zip"
MEETING_FIELDS = ("kind", "title", "meeting_date", "start_time", "end_time", "place", "organiser", "chair",
                  "recorder")


@dataclass
class PackageSummary:
    path: Path
    invitees: int
    signed_in: int


@dataclass
class ResultsSummary:
    path: Path
    signins: int  # sign-ins recorded on this laptop (undone ones included)
    walk_ins: int


@dataclass
class MergeReport:
    meeting_id: int
    title: str
    signins_added: int = 0
    signins_undone: int = 0
    walk_ins_added: int = 0
    statuses_changed: int = 0
    conflicts: list[Msg] = field(default_factory=list)
    walk_ins: list[Attendee] = field(default_factory=list)  # walk-ins not yet contacts: offer them

    @property
    def nothing_new(self) -> bool:
        return not (self.signins_added or self.signins_undone or self.walk_ins_added or self.statuses_changed)

    def text(self) -> str:
        if self.nothing_new and not self.conflicts:
            return str(Msg("Nothing new for {title}: these results were merged before.", title=self.title))
        text = str(Msg("Merged into {title}: {signins} sign-ins, {undone} sign-ins undone, {walk_ins} walk-ins, "
                       "{statuses} attendance changes.", title=self.title, signins=self.signins_added,
                       undone=self.signins_undone, walk_ins=self.walk_ins_added, statuses=self.statuses_changed))
        if self.conflicts:
            text += " " + str(Msg("{count} differences between the office and the laptop (see below).",
                                  count=len(self.conflicts)))
        if self.walk_ins:
            text += " " + str(Msg("{count} walk-ins are not contacts yet: {names}.", count=len(self.walk_ins),
                                  names="、".join(a.name for a in self.walk_ins)))
        return text

    def conflict_lines(self) -> list[str]:
        return [str(m) for m in self.conflicts]


# ---- files -----------------------------------------------------------------------------------------

def _write_zip(path: Path, member: str, data: dict[str, Any], overwrite: bool) -> Path:
    path = Path(path)
    if path.exists() and not overwrite:
        raise UserError(Msg("{path} already exists; choose another name or allow replacing it.", path=str(path)))
    tmp = path.with_name(path.name + ".partial")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(member, json.dumps(data, ensure_ascii=False, indent=1))
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(Msg("{path} cannot be written: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _read_zip(path: Path, member: str, fmt: str, what: Msg) -> dict[str, Any]:
    path = Path(path)
    wrong = Msg("{path} is not {what} of this program; nothing was changed.", path=str(path), what=what)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(wrong)
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(member)
            if info.file_size > MAX_JSON_BYTES:
                raise UserError(wrong)
            data = json.loads(zf.read(member).decode("utf-8"))
    except FileNotFoundError as exc:
        raise UserError(Msg("{path} does not exist.", path=str(path))) from exc
    except OSError as exc:
        raise UserError(Msg("{path} cannot be read: {reason}", path=str(path), reason=exc.strerror or str(exc))
                        ) from exc
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as exc:
        raise UserError(wrong) from exc
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise UserError(wrong)
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise UserError(Msg("{path} was written by a newer version of this program; install it to read the file. "
                            "Nothing was changed.", path=str(path)))
    return data


def _text(value: Any, limit: int = 200) -> str:
    return str(value or "")[:limit] if isinstance(value, (str, int)) or value is None else ""


def _choice(value: Any, vocabulary: Any, default: str) -> str:
    return value if isinstance(value, str) and (value in vocabulary or value == "") else default


# ---- office: export the package ------------------------------------------------------------------------

def _attendee_entry(a: Attendee, uids: dict[int, str], signins: list[Any]) -> dict[str, Any]:
    return {"uid": a.uid, "name": a.name, "unit_name": a.unit_name, "unit_short_name": a.unit_short_name or "",
            "position": a.position, "is_guest": a.is_guest, "walk_in": a.walk_in, "reply": a.reply,
            "status": a.status, "substitute_for": uids.get(a.substitute_for) if a.substitute_for else None,
            "signins": [{"uid": s["uid"], "signed_in_at": s["signed_in_at"], "undone_at": s["undone_at"],
                         "device": s["device"]} for s in signins]}


def export_package(db: Database, meeting_id: int, path: str | Path, overwrite: bool = False) -> PackageSummary:
    """Write the meeting package for a sign-in laptop (never replaces a file unless ``overwrite``).
    The office keeps what each invitee's status was, to tell later who changed what."""
    meeting = service.get_meeting(db, meeting_id)
    if meeting.deleted_at is not None:
        service.meeting_row(db, meeting_id)
    if meeting.frozen:
        raise UserError(Msg("The minutes of {title} are approved: there is nothing left to sign in.",
                            title=meeting.title))
    people = attendance.list_attendees(db, meeting_id)
    uids = {a.id: a.uid for a in people}
    with db.lock:
        by_attendee: dict[int, list[Any]] = {}
        for s in store.meeting_signins(db, meeting_id):
            by_attendee.setdefault(s["attendee_id"], []).append(s)
        source = db.identity() or ""
    package_uid = uuid.uuid4().hex
    data = {"format": PACKAGE_FORMAT, "version": FORMAT_VERSION, "package_uid": package_uid,
            "made_at": records.now(), "source": source,
            "meeting": {"uid": meeting.uid, **{k: getattr(meeting, k) for k in MEETING_FIELDS},
                        "committee_name": meeting.committee_name or ""},
            "attendees": [_attendee_entry(a, uids, by_attendee.get(a.id, [])) for a in people]}
    written = _write_zip(Path(path), PACKAGE_MEMBER, data, overwrite)
    baseline = {a.uid: [a.status, a.reply] for a in people}
    with db.transaction():
        store.insert_package(db, meeting_id, "out", package_uid, json.dumps(baseline))
    return PackageSummary(written, len(people), sum(1 for a in people if a.signed_in))


# ---- laptop: open the package, export the results ---------------------------------------------------------

def import_package(db: Database, package_path: str | Path) -> int:
    """Add the meeting of a package to this (laptop) database, in one undoable action; returns its id."""
    data = _read_zip(Path(package_path), PACKAGE_MEMBER, PACKAGE_FORMAT, Msg("a meeting package"))
    m = data.get("meeting") or {}
    uid = _text(m.get("uid"), 64)
    if not uid:
        raise UserError(Msg("{path} is not {what} of this program; nothing was changed.", path=str(package_path),
                            what=Msg("a meeting package")))
    raw = {k: m.get(k) for k in MEETING_FIELDS}
    values = service.validate_meeting(db, raw)
    with db.action(N_("Open meeting package {title}"), title=values["title"]):
        if store.by_uid(db, uid) is not None:
            raise UserError(Msg("This database holds the meeting {title} already (the package was opened here "
                                "before, or this is the office database).", title=values["title"]))
        meeting_id = service.insert_meeting(db, values, uid=uid, package_of=_text(data.get("source"), 64) or "?")
        ids: dict[str, int] = {}
        substitutes: list[tuple[int, str]] = []
        baseline: dict[str, list[str]] = {}
        for entry in data.get("attendees") or []:
            a_uid = _text(entry.get("uid"), 64)
            if not a_uid or a_uid in ids:
                continue
            values_a = {"name": _text(entry.get("name"), 60), "unit_name": _text(entry.get("unit_name")),
                        "position": _text(entry.get("position"), 80), "is_guest": bool(entry.get("is_guest")),
                        "walk_in": bool(entry.get("walk_in")),
                        "reply": _choice(entry.get("reply"), REPLIES, "pending"),
                        "status": _choice(entry.get("status"), STATUSES, "")}
            if values_a["reply"] == "":
                values_a["reply"] = "pending"
            attendee_id = attendance.insert_attendee(db, meeting_id, values_a, uid=a_uid,
                                                     unit_short_name=_text(entry.get("unit_short_name")))
            ids[a_uid] = attendee_id
            baseline[a_uid] = [values_a["status"], values_a["reply"]]
            if entry.get("substitute_for"):
                substitutes.append((attendee_id, _text(entry["substitute_for"], 64)))
            for s in entry.get("signins") or []:
                if _text(s.get("uid"), 64) and _text(s.get("signed_in_at"), 32):
                    store.insert_signin(db, {"uid": _text(s["uid"], 64), "meeting_id": meeting_id,
                                             "attendee_id": attendee_id, "signed_in_at": _text(s["signed_in_at"], 32),
                                             "undone_at": _text(s.get("undone_at"), 32) or None,
                                             "device": _text(s.get("device"), 100)})
            store.set_signed_in_at(db, attendee_id, store.first_live_signin(db, attendee_id))
        for attendee_id, other in substitutes:
            if other in ids:
                store.update_attendee(db, attendee_id, {"substitute_for": ids[other]})
        store.insert_package(db, meeting_id, "in", _text(data.get("package_uid"), 64), json.dumps(baseline))
    return meeting_id


def open_package(package_path: str | Path, db_path: str | Path) -> tuple[Database, int]:
    """A new database file at ``db_path`` holding the package's meeting, for signing in on a
    laptop; returns the open database and the meeting's id. An existing file is refused."""
    from core.storage.database import open_database

    db_path = Path(db_path)
    if db_path.exists():
        raise UserError(Msg("{path} already exists; choose another name or allow replacing it.", path=str(db_path)))
    _read_zip(Path(package_path), PACKAGE_MEMBER, PACKAGE_FORMAT, Msg("a meeting package"))  # before making a file
    db = open_database(db_path, create=True)
    try:
        return db, import_package(db, package_path)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        raise


def export_results(db: Database, meeting_id: int, path: str | Path, overwrite: bool = False,
                   device: str | None = None) -> ResultsSummary:
    """The laptop's sign-in results of a meeting opened from a package, as one file for the office."""
    meeting = service.get_meeting(db, meeting_id)
    if meeting.package_of is None:
        raise UserError(Msg("{title} was not opened from a meeting package: its sign-ins are in this database "
                            "already.", title=meeting.title))
    with db.lock:
        row = store.package_baseline(db, meeting_id, "in")
        baseline = json.loads(row["baseline"]) if row else {}
        package_uid = row["package_uid"] if row else ""
        signins = store.meeting_signins(db, meeting_id)
    people = attendance.list_attendees(db, meeting_id)
    uids = {a.id: a.uid for a in people}
    entries = []
    for a in people:
        entry = _attendee_entry(a, uids, [])
        del entry["signins"]
        before = baseline.get(a.uid)
        entry["new"] = before is None
        entry["package_status"], entry["package_reply"] = before if before else ("", "pending")
        entries.append(entry)
    data = {"format": RESULTS_FORMAT, "version": FORMAT_VERSION, "results_uid": uuid.uuid4().hex,
            "package_uid": package_uid, "meeting_uid": meeting.uid, "made_at": records.now(),
            "device": device if device is not None else socket.gethostname(),
            "attendees": entries,
            "signins": [{"uid": s["uid"], "attendee_uid": s["attendee_uid"], "signed_in_at": s["signed_in_at"],
                         "undone_at": s["undone_at"], "device": s["device"]} for s in signins]}
    written = _write_zip(Path(path), RESULTS_MEMBER, data, overwrite)
    return ResultsSummary(written, len(signins), sum(1 for e in entries if e["new"]))


# ---- office: merge the results ---------------------------------------------------------------------------

def _time(value: str | None) -> str:
    return (value or "")[11:16]


def _label(vocabulary: Any, code: str) -> Any:
    """The choice's label as a message (shown in the language of the moment), or — for none."""
    choice = next((c for c in vocabulary.choices if c.code == code), None)
    return Msg(choice.label) if choice else "—"


def _match_contact(db: Database, unit_name: str, name: str) -> tuple[int | None, int | None]:
    """(unit id, contact id) of a member unit named exactly ``unit_name`` and its contact ``name``."""
    from core.storage import contacts as contact_store
    from core.storage import units as unit_store

    if not unit_name:
        return None, None
    unit = unit_store.find_active_by(db, "name", unit_name)
    if unit is None:
        return None, None
    contact = contact_store.find_in_unit(db, unit["id"], name) if name else None
    return unit["id"], contact["id"] if contact else None


def merge_results(db: Database, path: str | Path) -> MergeReport:
    """Merge a laptop's results file into this database (see the module's docstring): one
    undoable action; merging the same file again changes nothing."""
    data = _read_zip(Path(path), RESULTS_MEMBER, RESULTS_FORMAT, Msg("a sign-in results file"))
    row = store.by_uid(db, _text(data.get("meeting_uid"), 64))
    if row is None:
        raise UserError(Msg("The meeting of {path} is not in this database; nothing was changed.", path=str(path)))
    if row["deleted_at"] is not None:
        raise UserError(Msg("The meeting {title} is in the trash: restore it first; nothing was changed.",
                            title=row["title"]))
    meeting_id = row["id"]
    report = MergeReport(meeting_id, row["title"])
    device = _text(data.get("device"), 100)
    with db.action(N_("Merge sign-in results into {title}"), title=row["title"]):
        service.require_editable(db, meeting_id)
        out = store.package_baseline(db, meeting_id, "out", _text(data.get("package_uid"), 64))
        office_baseline = json.loads(out["baseline"]) if out else {}
        entries = [e for e in data.get("attendees") or [] if isinstance(e, dict) and _text(e.get("uid"), 64)]
        live_signin_uids = {_text(s.get("attendee_uid"), 64) for s in data.get("signins") or []
                            if isinstance(s, dict) and not s.get("undone_at")}
        ids: dict[str, int] = {}
        for e in entries:
            _merge_attendee(db, meeting_id, e, office_baseline, live_signin_uids, ids, report)
        for e in entries:  # substitutes, once every row is there
            other = _text(e.get("substitute_for"), 64)
            here = ids.get(_text(e.get("uid"), 64))
            if other and here and other in ids:
                current = store.attendee(db, here)
                if current["substitute_for"] is None:
                    store.update_attendee(db, here, {"substitute_for": ids[other]})
        touched: set[int] = set()
        added: set[str] = set()  # uids of the sign-ins this merge adds
        for s in data.get("signins") or []:
            if isinstance(s, dict):
                _merge_signin(db, meeting_id, s, ids, device, touched, added, report)
        for attendee_id in sorted(touched):
            _settle(db, attendee_id, added, report)
        store.insert_package(db, meeting_id, "merged", _text(data.get("results_uid"), 64), "{}")
    report.walk_ins = attendance.walk_ins_to_offer(db, meeting_id)
    return report


def _merge_attendee(db: Database, meeting_id: int, e: dict[str, Any], office_baseline: dict[str, Any],
                    live_signin_uids: set[str], ids: dict[str, int], report: MergeReport) -> None:
    uid = _text(e.get("uid"), 64)
    name = _text(e.get("name"), 60)
    status = _choice(e.get("status"), STATUSES, "")
    reply = _choice(e.get("reply"), REPLIES, "pending") or "pending"
    here = store.attendee_by_uid(db, uid)
    if here is not None and here["meeting_id"] != meeting_id:
        return  # a uid of another meeting: never touched
    if here is None:
        if not e.get("new") and uid not in live_signin_uids:
            return  # taken off the list at the office, and not signed in on the laptop
        unit_id, contact_id = _match_contact(db, _text(e.get("unit_name")), name)
        values = {"name": name, "unit_name": _text(e.get("unit_name")), "position": _text(e.get("position"), 80),
                  "is_guest": bool(e.get("is_guest")), "walk_in": True, "reply": reply, "status": status,
                  "unit_id": unit_id, "contact_id": contact_id}
        ids[uid] = attendance.insert_attendee(db, meeting_id, values, uid=uid,
                                              unit_short_name=_text(e.get("unit_short_name")))
        report.walk_ins_added += 1
        if not e.get("new"):
            report.conflicts.append(Msg("{name} was taken off the list at the office but signed in on the laptop: "
                                        "put back on the list.", name=name))
        return
    ids[uid] = here["id"]
    changes: dict[str, str] = {}
    package_values = {"status": _text(e.get("package_status"), 20), "reply": _text(e.get("package_reply"), 20)}
    office_before = office_baseline.get(uid)
    for index, column, value in ((0, "status", status), (1, "reply", reply)):
        laptop_changed = value != package_values[column]
        if not laptop_changed or value == here[column]:
            continue
        if column == "status" and value in PRESENT and uid in live_signin_uids:
            continue  # follows from the sign-in, merged below
        office_changed = office_before is not None and here[column] != office_before[index]
        if office_changed:
            vocabulary = STATUSES if column == "status" else REPLIES
            report.conflicts.append(Msg("{name}: the office recorded {office}, the laptop {laptop}; the office's "
                                        "is kept.", name=name or here["unit_name"],
                                        office=_label(vocabulary, here[column]),
                                        laptop=_label(vocabulary, value)))
            continue
        changes[column] = value
    if "status" in changes and here["signed_in_at"] and changes["status"] not in PRESENT:
        del changes["status"]  # signed in at the office: stays present
    if changes:
        store.update_attendee(db, here["id"], changes)
        report.statuses_changed += 1


def _merge_signin(db: Database, meeting_id: int, s: dict[str, Any], ids: dict[str, int], device: str,
                  touched: set[int], added: set[str], report: MergeReport) -> None:
    uid = _text(s.get("uid"), 64)
    at = _text(s.get("signed_in_at"), 32)
    attendee_id = ids.get(_text(s.get("attendee_uid"), 64))
    if not uid or not at or attendee_id is None:
        return
    undone_at = _text(s.get("undone_at"), 32) or None
    existing = store.signin_by_uid(db, uid)
    if existing is not None:
        if undone_at and existing["undone_at"] is None:
            store.set_signin_undone(db, existing["id"], undone_at)
            report.signins_undone += 1
            touched.add(existing["attendee_id"])
        return
    store.insert_signin(db, {"uid": uid, "meeting_id": meeting_id, "attendee_id": attendee_id, "signed_in_at": at,
                             "undone_at": undone_at, "device": _text(s.get("device"), 100) or device})
    if undone_at is None:
        report.signins_added += 1
        added.add(uid)
    touched.add(attendee_id)


def _settle(db: Database, attendee_id: int, added: set[str], report: MergeReport) -> None:
    """After merging: one sign-in stands (the first), the attendee's time and status follow."""
    live = [s for s in store.signins(db, attendee_id) if s["undone_at"] is None]
    row = store.attendee(db, attendee_id)
    if len(live) > 1:
        first, later = live[0], live[1:]
        stamp = records.now()
        for s in later:
            store.set_signin_undone(db, s["id"], stamp)
            report.signins_added -= 1 if s["uid"] in added else 0
        report.conflicts.append(Msg("{name} signed in twice ({first} and {second}); the first sign-in is kept.",
                                    name=row["name"] or row["unit_name"], first=_time(first["signed_in_at"]),
                                    second=_time(later[0]["signed_in_at"])))
    first_at = store.first_live_signin(db, attendee_id)
    values: dict[str, Any] = {}
    if row["signed_in_at"] != first_at:
        values["signed_in_at"] = first_at
    if first_at and row["status"] not in PRESENT:
        values["status"] = "observer" if row["is_guest"] else "present"
    if not first_at and row["signed_in_at"] and row["status"] in PRESENT:
        values["status"] = "leave" if row["reply"] == "leave" else ""
    if values:
        store.update_attendee(db, attendee_id, values)
