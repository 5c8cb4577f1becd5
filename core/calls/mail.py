"""E-mail about a call for nominations (registered with core.mail.sources when first asked for).

Recipients: ``invited`` (the units the call is addressed to: its committees' active units, or
every active unit) and ``unanswered`` (those of them that have sent nothing yet, the usual
reminder). Attachments: the call's blank fillable form (PDF) and the Excel template for many
nominations at once, made by core.forms in the chosen script, and the call's notice if it has
one. Nothing personal goes out: the forms are blank and no field carries an ID number or a
mobile number.
"""

from __future__ import annotations

from core.calls import service
from core.calls.values import today
from core.i18n import Msg, N_
from core.mail.message import MailFile
from core.mail.selector import Recipient, Selector
from core.mail.sources import Source, Subject, long_date, notice_files, register
from core.storage.database import Database

FILES = (("pdf", N_("The blank form as a fillable PDF")),
         ("xlsx", N_("The Excel template for many nominations at once")),
         ("notice", N_("The call's notice as PDF, and its attached files")),
         ("prefilled", N_("The fillable form with each unit's own details already typed in")))
# what a unit's pre-filled form carries, per form: field id -> the unit's detail (never a mobile or an ID number)
PREFILLED = {
    "expert": {"recommender": "unit_name"},
    "membership": {"unit_name": "unit_name", "credit_code": "credit_code", "address": "address",
                   "postcode": "postcode", "website": "website", "contact": "contact_name", "email": "address_to"},
}
GROUPS = (("invited", N_("Units invited to the call")), ("unanswered", N_("Units that have not answered yet")))


def _load(db: Database, call_id: int | None) -> Subject:
    from core.errors import NotFound
    from core.notices.alliance import get_alliance

    if call_id is None:
        raise NotFound(Msg("Call {id} does not exist.", id=""))
    call = service.get_call(db, call_id)
    if call.deleted_at is not None:
        raise NotFound(Msg("Call {id} does not exist.", id=call_id))
    count = service.call_count(db, call_id)
    unanswered = [unit_id for unit_id, _name in count.not_answered]
    answered = {a[0] for a in count.answered if a[0] is not None}
    invited = unanswered + [u for u in _targeted_ids(db, call_id, call.kind) if u in answered]
    values = {"title": call.title, "deadline": long_date(call.deadline), "date": long_date(today()),
              "alliance": get_alliance(db).name_hans}
    files = [("pdf", FILES[0][1], True), ("xlsx", FILES[1][1], call.kind != "membership")]
    if call.form_kind in PREFILLED:
        files.append(("prefilled", FILES[3][1], False))
    notes: list[Msg] = []
    if call.notice_id is not None:
        notice = _live_notice(db, call.notice_id)
        if notice is not None:
            values["doc_number"] = notice.doc_number
            files.append(("notice", FILES[2][1], True))
            if notice.status == "draft":
                notes.append(Msg("The call's notice is still a draft: its PDF carries the word 草稿 (draft)."))
    if call.kind == "membership":
        notes.append(Msg("A call for new members is addressed to no member units: choose the recipients."))
    groups = {"invited": Selector(tuple(invited)), "unanswered": Selector(tuple(unanswered))}
    return Subject("call", call.id, call.title, values, invited, groups, files, notes)


def _targeted_ids(db: Database, call_id: int, kind: str) -> list[int]:
    from core.storage import calls as store

    if kind == "membership":
        return []
    with db.lock:
        return [r["id"] for r in store.targeted_units(db, call_id)]


def _live_notice(db: Database, notice_id: int):  # type: ignore[no-untyped-def]
    """The notice, unless it is gone or in the deleted items."""
    from core.notices.service import get_notice
    from core.storage import notices as notice_store

    with db.lock:
        row = notice_store.get(db, notice_id)
    if row is None or row["deleted_at"] is not None:
        return None
    return get_notice(db, notice_id)


def form_file_name(form_title: str, call_title: str, suffix: str) -> str:
    """专家推荐表（2026年度专家征集）.pdf: the form, and the call it answers."""
    from core.forms.pdf import safe_file_name

    return safe_file_name(f"{form_title}（{call_title}）", suffix)


def _files(db: Database, subject: Subject, script: str, fonts: dict | None, keys: frozenset[str]) -> list[MailFile]:
    from core.forms import blank_pdf, form_spec, xlsx_template
    from core.members.committees import list_committees

    call = service.get_call(db, subject.id)  # type: ignore[arg-type]
    committees = [c.name for c in list_committees(db)] or None
    spec = form_spec(call.form_kind, committees)
    out: list[MailFile] = []
    if "pdf" in keys:
        out.append(MailFile(form_file_name(in_script(db, spec.title, script), call.title, ".pdf"),
                            blank_pdf(spec, script=script, fonts=fonts)))
    if "xlsx" in keys:
        out.append(MailFile(form_file_name(spec.title, call.title, ".xlsx"), xlsx_template(spec)))
    if "notice" in keys and call.notice_id is not None and _live_notice(db, call.notice_id) is not None:
        out += notice_files(db, call.notice_id, script, fonts)
    return out


def _own_files(db: Database, subject: Subject, recipient: Recipient, script: str,
               keys: frozenset[str]) -> list[MailFile]:
    """The form with the recipient unit's details typed in (the blank made once for all of them)."""
    if "prefilled" not in keys:
        return []
    from core.forms import blank_pdf, form_spec
    from core.forms.pdf import safe_file_name
    from core.forms.prefill import prefilled_pdf
    from core.members.committees import list_committees
    from core.members.units import get_unit

    call = service.get_call(db, subject.id)  # type: ignore[arg-type]
    spec = form_spec(call.form_kind, [c.name for c in list_committees(db)] or None)
    if ("blank", script) not in subject.cache:
        subject.cache[("blank", script)] = blank_pdf(spec, script=script)
    unit = get_unit(db, recipient.unit_id)
    details = {"unit_name": unit.name, "credit_code": unit.credit_code or "", "address": unit.address,
               "postcode": unit.postcode, "website": unit.website, "contact_name": recipient.contact_name,
               "address_to": recipient.address}
    values = {field_id: details[key] for field_id, key in PREFILLED.get(call.form_kind, {}).items()}
    name = safe_file_name(f"{in_script(db, spec.title, script)}（{unit.name}）", ".pdf")
    return [MailFile(name, prefilled_pdf(subject.cache[("blank", script)], values))]


def in_script(db: Database, text: str, script: str) -> str:
    """The form's own title in the script of its labels (a title typed by the clerk stays as typed)."""
    if script == "hans":
        return text
    from core.mail.templates import Renderer
    from core.notices.alliance import get_alliance
    from core.notices.export import conversion_for

    conv = conversion_for(get_alliance(db), script)
    return Renderer(script, conv.protected, conv.corrections).text(text)


def _templates(subject: Subject, selector: str) -> tuple[str, str]:
    deadline = "请于{截止日期}前" if subject.values.get("deadline") else "请尽快"
    if selector.strip().lower() in ("unanswered", "未回复"):
        return ("【提醒】{标题}",
                "{单位名称}：\n\n{联系人}，您好！\n\n我们尚未收到贵单位对《{标题}》的回复。" + deadline
                + "填写附件中的表格并报送联盟秘书处；如无推荐人选，也请回复告知。\n\n{发件人}\n{日期}")
    return ("{标题}",
            "{单位名称}：\n\n{联系人}，您好！\n\n现将《{标题}》及所需表格发送给贵单位，" + deadline
            + "填写并报送联盟秘书处。附件中的PDF表格可在电脑上直接填写；推荐多人时可填写Excel模板。\n\n{发件人}\n{日期}")


register(Source("call", N_("Call"), _load, shared_files=_files, own_files=_own_files, templates=_templates,
                group_labels=GROUPS))
