"""E-mail without a server: recipients from a selector, templates in either script, the
preview, .eml drafts parsed back, header injection, size warnings, queueing as one
undoable action, the keyring, and the upgrade of a database made before e-mail."""

from __future__ import annotations

import email
import email.policy
from email.header import decode_header, make_header

import keyring
import pytest

from core.errors import UserError
from core.mail import account as accounts
from core.mail import compose, drafts, outbox, selector
from core.mail.message import Mail, MailFile, to_bytes
from core.notices import service as notices
from core.safety import undo
from core.storage import migrations
from core.storage.database import open_database
from tests.mail_helpers import MemoryKeyring, fill_units, notice

SENDER = dict(sender_name="中国智慧城市产业联盟秘书处", sender_addr="office@alliance.example.org")


def spec(notice_id, **changes):
    return compose.ComposeSpec(source_id=notice_id, **{"selector": "all", **SENDER, **changes})


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)


@pytest.fixture
def mdb(db):
    fill_units(db, 3, level="council", committee="智能交通")
    fill_units(db, 2, level="member", email_of=lambda i: f"member{i}@example.com")
    return db


# ---- recipients ----------------------------------------------------------------------------------

def test_selector_terms_pick_units_once_each(mdb):
    everyone = selector.parse(mdb, "all")
    assert len(everyone.unit_ids) == 5
    council = selector.parse(mdb, "level:理事单位")
    assert len(council.unit_ids) == 3
    assert selector.parse(mdb, "committee:智能交通").unit_ids == council.unit_ids
    both = selector.parse(mdb, f"level:理事单位, unit:{everyone.unit_ids[0]}, level:会员单位")
    assert len(both.unit_ids) == 5 and len(set(both.unit_ids)) == 5


def test_selector_primary_or_all_contacts(mdb):
    sel = selector.parse(mdb, "level:会员单位")
    primary = selector.resolve(mdb, sel)
    assert [r.contact_name for r in primary.recipients] == ["张伟0", "张伟1"]
    assert [r.address for r in primary.recipients] == ["member0@example.com", "member1@example.com"]
    every = selector.resolve(mdb, sel, all_contacts=True)
    assert sorted(r.contact_name for r in every.recipients) == ["张伟0", "张伟1", "李娜0", "李娜1"]


@pytest.mark.parametrize("text", ["", "level:不存在的级别", "committee:没有", "unit:99999", "unit:abc", "everyone",
                                  "contact:424242"])
def test_selector_mistakes_are_told(mdb, text):
    with pytest.raises(UserError) as caught:
        selector.parse(mdb, text)
    assert str(caught.value)


def test_contact_without_address_is_skipped_with_reason(db):
    from core.members import contacts

    fill_units(db, 1)
    unit = selector.parse(db, "all").unit_ids[0]
    for c in contacts.unit_contacts(db, unit):
        contacts.update_contact(db, c.id, {**c.__dict__, "email": ""})
    result = selector.resolve(db, selector.parse(db, "all"))
    assert result.recipients == []
    assert result.skipped[0][0] == "测试单位0号科技有限公司" and "e-mail" in result.skipped[0][2].source


# ---- templates, preview, script ------------------------------------------------------------------

def test_each_recipient_gets_own_fields_and_the_notice_pdf(mdb):
    n = notice(mdb)
    plan = compose.prepare(mdb, spec(n.id, selector="level:会员单位", subject="【{联盟名称}】{标题}",
                                     body="{单位名称}：\n{联系人}您好！请于{截止日期}前回复。\n{发件人}",
                                     extra={"deadline": "2026年12月20日"}))
    assert [m.recipient.contact_name for m in plan.messages] == ["张伟0", "张伟1"]
    first = plan.messages[0]
    assert first.subject == "【中国智慧城市产业联盟】关于召开2026年度理事会会议的通知"
    assert first.body == "测试单位0号科技有限公司：\n张伟0您好！请于2026年12月20日前回复。\n中国智慧城市产业联盟秘书处"
    assert [f.name for f in first.files] == ["关于召开2026年度理事会会议的通知.pdf"]
    assert first.files[0].data.startswith(b"%PDF")
    text = plan.preview(1)
    assert "张伟1 <member1@example.com>" in text and "关于召开2026年度理事会会议的通知.pdf" in text
    assert "测试单位1号科技有限公司：" in text


def test_traditional_converts_words_never_names(db):
    from core.members import contacts, units

    unit = units.create_unit(db, {"name": "余姚发展研究会", "level": "council"})
    contacts.create_contact(db, {"unit_id": unit.id, "name": "于发", "email": "yu@example.com", "is_primary": True})
    n = notice(db, "关于发布团体标准的通知")
    plan = compose.prepare(db, spec(n.id, script="hant-tw", subject="【{联盟名称}】{标题}",
                                    body="{单位名称}：{联系人}您好，现发布通知，请查收。"))
    item = plan.messages[0]
    assert item.subject == "【中國智慧城市產業聯盟】關於發布團體標準的通知"
    assert item.body == "余姚发展研究会：于发您好，現發布通知，請查收。"  # names as stored
    assert item.files[0].data.startswith(b"%PDF")


def test_unknown_or_empty_fields_are_refused_before_anything(mdb):
    n = notice(mdb)
    with pytest.raises(UserError, match="会议|meeting|{会议时间}"):
        compose.prepare(mdb, spec(n.id, body="请于{会议时间}到会"))
    with pytest.raises(UserError, match="{地址}"):
        compose.prepare(mdb, spec(n.id, body="{地址}"))
    with pytest.raises(UserError):
        compose.prepare(mdb, spec(n.id, sender_addr="not an address"))


def test_a_call_or_meeting_that_does_not_exist_is_said_plainly(mdb):
    for kind, word in (("call", "征集"), ("meeting", "会议")):
        with pytest.raises(UserError, match=word):
            compose.prepare(mdb, compose.ComposeSpec(source=kind, source_id=4242, selector="invited", **SENDER))


# ---- drafts -----------------------------------------------------------------------------------

def test_drafts_parse_back_with_chinese_subject_names_and_attachment_bytes(mdb, tmp_path):
    n = notice(mdb)
    blob = notices.store_file(mdb, _file(tmp_path / "附件2：专家推荐表（2026年度）.docx", b"PK\x03\x04 form" * 100))
    notices.update_notice(mdb, n.id, {**notices.as_raw(notices.get_notice(mdb, n.id)), "attachments": [blob]})
    plan = compose.prepare(mdb, spec(n.id, selector="level:理事单位"))
    paths = drafts.write_drafts(plan, tmp_path / "drafts")
    assert len(paths) == 3 and all(p.suffix == ".eml" for p in paths)
    assert paths[0].name == "测试单位0号科技有限公司-张伟0.eml"
    raw = paths[0].read_bytes()
    assert raw.isascii() and b"\r\n" in raw  # 7-bit, CRLF: every client reads it
    msg = parse(raw)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "关于召开2026年度理事会会议的通知"
    assert msg["From"].addresses[0].display_name == "中国智慧城市产业联盟秘书处"
    assert msg["To"].addresses[0].display_name == "张伟0"
    assert msg["To"].addresses[0].addr_spec == "unit0@example.com"
    assert msg.get_body(("plain",)).get_content().startswith("测试单位0号科技有限公司：")
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == ["关于召开2026年度理事会会议的通知.pdf", "附件2：专家推荐表（2026年度）.docx"]
    assert parts[0].get_content() == plan.messages[0].files[0].data
    assert parts[1].get_content() == b"PK\x03\x04 form" * 100
    # both spellings of each name: RFC 2231 (Content-Disposition) and RFC 2047 (Content-Type name=)
    assert raw.count(b"filename*=utf-8''") == 2 and raw.count(b'name="=?utf-8?b?') == 2
    for part in parts:
        name = part.get_param("name", header="content-type")
        assert str(make_header(decode_header(name))) == part.get_filename()


def test_drafts_never_overwrite(mdb, tmp_path):
    n = notice(mdb)
    plan = compose.prepare(mdb, spec(n.id, selector="level:会员单位"))
    first = drafts.write_drafts(plan, tmp_path)
    second = drafts.write_drafts(plan, tmp_path)
    assert len({*first, *second}) == 4 and second[0].name.endswith("(2).eml")


def _file(path, data):
    path.write_bytes(data)
    return path


# ---- header injection ---------------------------------------------------------------------------

@pytest.mark.parametrize("evil", ["通知\r\nBcc: victim@example.com", "通知\nBcc: victim@example.com",
                                  "通知\rBcc: victim@example.com", "通知\u2028Bcc: victim@example.com",
                                  "通知\x00\nContent-Type: text/html"])
def test_no_line_break_reaches_a_header(evil):
    data = to_bytes(Mail(evil, "office@example.org", evil, "to@example.com", evil, "正文", "<id@example.org>",
                         [MailFile(evil + ".pdf", b"x")]))
    msg = parse(data)
    assert msg["Bcc"] is None and msg.get_all("Content-Type") and len(msg.get_all("Content-Type")) == 1
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc" not in head and b"victim" not in head  # encoded inside the subject, never a header
    assert "Bcc: victim@example.com" in msg["Subject"] or "Content-Type" in msg["Subject"]
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]


@pytest.mark.parametrize("address", ["to@example.com\r\nBcc: victim@example.com", "a@b.com, victim@example.com",
                                     "张三", "x@example.com>\nBcc:y@example.com", ""])
def test_addresses_are_validated(address):
    with pytest.raises(UserError):
        to_bytes(Mail("秘书处", "office@example.org", "张三", address, "通知", "正文", "<id@example.org>"))


def test_a_template_cannot_inject_headers_either(mdb):
    n = notice(mdb)
    plan = compose.prepare(mdb, spec(n.id, selector="level:会员单位", subject="{标题}\r\nBcc: victim@example.com"))
    assert "\n" not in plan.messages[0].subject
    assert parse(to_bytes(plan.messages[0].mail("秘书处", "office@example.org", "<x@y.org>")))["Bcc"] is None


# ---- size limit, queueing, undo ------------------------------------------------------------------------

def test_attachments_over_the_limit_are_warned_before_queueing(mdb):
    n = notice(mdb)
    plan = compose.prepare(mdb, spec(n.id, selector="level:会员单位", size_limit_mb=0.001))
    assert len(plan.oversize) == 2 and "张伟0" in str(plan.oversize[0])
    with pytest.raises(UserError, match="张伟0"):
        outbox.queue(mdb, plan)
    assert outbox.rows(mdb) == []
    assert len(outbox.queue(mdb, plan, accept_large=True)) == 2


def test_queueing_is_one_action_and_undo_takes_it_back(mdb):
    n = notice(mdb)
    plan = compose.prepare(mdb, spec(n.id))
    ids = outbox.queue(mdb, plan)
    assert len(ids) == 5 and {r.status for r in outbox.rows(mdb)} == {"queued"}
    # the PDF is stored once for all five messages
    assert mdb.execute("SELECT count(*) FROM mail_files").fetchone()[0] == 1
    assert [a for a, _ in outbox.attachments_of(mdb, ids[0])] == ["关于召开2026年度理事会会议的通知.pdf"]
    undo.undo(mdb)
    assert outbox.rows(mdb) == []
    undo.redo(mdb)
    assert len(outbox.rows(mdb)) == 5


# ---- keyring and account -----------------------------------------------------------------------------

@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_password_goes_to_the_keyring_never_to_the_settings(memory_keyring, tmp_path):
    from core.settings import Settings

    settings = Settings(tmp_path / "settings.json")
    account = accounts.SmtpAccount(host="smtp.example.com", port=465, user="office", sender_addr="office@example.com")
    accounts.save(settings, account)
    accounts.set_password(account, "授权码-abc123")
    assert "授权码" not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert accounts.get_password(accounts.load(Settings(tmp_path / "settings.json"))) == "授权码-abc123"
    assert list(memory_keyring.store) == [(accounts.KEYRING_SERVICE, "office@smtp.example.com:465")]
    accounts.set_password(account, "")
    assert accounts.get_password(account) is None


def test_no_keyring_is_told_plainly(tmp_path):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(accounts.NoKeyring, match="密码"):
            accounts.set_password(accounts.SmtpAccount(host="h", user="u"), "x")
    finally:
        keyring.set_keyring(previous)


def test_incomplete_account_is_refused_with_every_problem():
    with pytest.raises(UserError) as caught:
        accounts.SmtpAccount(host="smtp.example.com\r\nX", port=0, security="tls", sender_addr="x").check()
    text = str(caught.value)
    assert text.count("；") + text.count(";") >= 3


# ---- the upgrade -------------------------------------------------------------------------------------

def test_database_made_before_e_mail_upgrades_and_keeps_its_data(tmp_path, monkeypatch):
    before = migrations.MIGRATIONS[:migrations.MIGRATIONS.index(migrations._v12_mail)]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(before))
    path = tmp_path / "old.sqlite3"
    old = open_database(path)
    fill_units(old, 2)
    old.close()
    monkeypatch.undo()
    db = open_database(path)
    assert db.schema_version() == migrations.LATEST_VERSION > migrations.MIGRATIONS.index(migrations._v12_mail)
    assert db.execute("SELECT count(*) FROM contacts").fetchone()[0] == 4
    assert outbox.rows(db) == [] and outbox.counts(db)["queued"] == 0
    n = notice(db)
    assert len(outbox.queue(db, compose.prepare(db, spec(n.id)))) == 2
    db.close()
