"""Notices through the core: numbers, freezing, corrections, attachments, PDF export."""

from __future__ import annotations

import pdfplumber
import pytest

from core.documents.model import Block
from core.errors import UserError
from core.notices import alliance, export, queries, service
from core.notices.service import AttachmentItem
from core.safety import undo
from core.validation import ValidationError

ALLIANCE = {"name_hans": "中国智慧城市产业联盟", "name_hant": "中國智慧城市產業聯盟",
            "issuer_mark": "中国智慧城市产业联盟文件", "number_prefix": "智慧城市联盟",
            "signatory": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处",
            "protected_terms": ["王志良"], "corrections": {}}


@pytest.fixture
def ndb(db):
    alliance.save_alliance(db, ALLIANCE)
    return db


def draft(db, title="关于召开理事会会议的通知", date="2013-11-06", **extra):
    return service.create_notice(db, {**service.new_notice_defaults(db), "title": title, "doc_date": date,
                                      "body": [Block("paragraph", "请各成员单位派代表参加。王志良同志主持会议。")],
                                      **extra})


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages)


def test_numbers_count_per_year_and_are_never_reused(ndb):
    """Issued notices get 〔year〕1号, 2号…; a new year starts at 1; a deleted notice's number is never
    given again, and undo cannot take an issued number back."""
    a = service.issue_notice(ndb, draft(ndb).id)
    b = service.issue_notice(ndb, draft(ndb, "第二个").id)
    c = service.issue_notice(ndb, draft(ndb, "新年第一个", "2014-01-02").id)
    assert [a.doc_number, b.doc_number, c.doc_number] == [
        "智慧城市联盟〔2013〕1号", "智慧城市联盟〔2013〕2号", "智慧城市联盟〔2014〕1号"]
    service.delete_notices(ndb, [b.id])
    d = service.issue_notice(ndb, draft(ndb, "第三个").id)
    assert d.doc_number == "智慧城市联盟〔2013〕3号"
    with pytest.raises(UserError) as refused:
        undo.undo(ndb)  # issuing gave a number for good: undo stops there
    assert "智慧城市联盟〔2013〕3号" in str(refused.value)
    assert service.get_notice(ndb, d.id).status == "issued"
    assert service.issue_notice(ndb, draft(ndb, "第四个").id).doc_number == "智慧城市联盟〔2013〕4号"


def test_issued_notice_is_frozen(ndb):
    """An issued notice cannot be edited; the message says to make a correction."""
    n = service.issue_notice(ndb, draft(ndb).id)
    with pytest.raises(UserError) as info:
        service.update_notice(ndb, n.id, {**n.__dict__, "title": "改过的标题"})
    assert "智慧城市联盟〔2013〕1号" in str(info.value)
    assert service.get_notice(ndb, n.id).title == "关于召开理事会会议的通知"


def test_correction_is_a_new_version_keeping_the_old(ndb):
    """Correcting gives a draft version 2 with the same number; issuing it supersedes version 1, which stays."""
    n = service.issue_notice(ndb, draft(ndb).id)
    fix = service.correct_notice(ndb, n.id)
    assert (fix.status, fix.version, fix.doc_number) == ("draft", 2, n.doc_number)
    service.update_notice(ndb, fix.id, {**fix.__dict__, "title": "关于召开理事会会议的通知（更正）"})
    service.issue_notice(ndb, fix.id)
    old, new = service.get_notice(ndb, n.id), service.get_notice(ndb, fix.id)
    assert (old.status, old.title) == ("superseded", "关于召开理事会会议的通知")
    assert (new.status, new.doc_number) == ("issued", "智慧城市联盟〔2013〕1号")
    with pytest.raises(UserError):
        service.correct_notice(ndb, old.id)


def test_issuing_needs_a_prefix_and_text(db):
    """Without a number prefix in the alliance settings, or without text, a notice is not issued."""
    n = draft(db)
    with pytest.raises(UserError):
        service.issue_notice(db, n.id)
    alliance.save_alliance(db, ALLIANCE)
    empty = service.create_notice(db, {"title": "空通知"})
    with pytest.raises(ValidationError):
        service.issue_notice(db, empty.id)


def test_validation_of_a_notice(ndb):
    """A missing title and a wrong date are reported per field; nothing is saved."""
    with pytest.raises(ValidationError) as info:
        service.create_notice(ndb, {"title": "", "doc_date": "2013-02-30"})
    assert set(info.value.by_field()) == {"title", "doc_date"}
    assert queries.notice_ids(ndb) == []


def test_duplicate_starts_a_new_draft(ndb):
    """Duplicating an issued notice gives a draft with the same text and no number."""
    n = service.issue_notice(ndb, draft(ndb, copies="国家标准化管理委员会、工业和信息化部").id)
    copy = service.duplicate_notice(ndb, n.id)
    assert (copy.status, copy.doc_number, copy.body) == ("draft", "", n.body)
    assert copy.copies == ["国家标准化管理委员会", "工业和信息化部"]


def test_attachments_text_and_file(ndb, tmp_path):
    """A typed attachment and a stored file are kept in order; the file's bytes come back unchanged."""
    f = tmp_path / "专家推荐表.xlsx"
    f.write_bytes(b"PK\x03\x04 fake workbook \x00\xff")
    item = service.store_file(ndb, f)
    n = draft(ndb, attachments=[AttachmentItem("text", "中国智慧城市产业联盟专家推荐表", [Block("paragraph", "姓名")]),
                                item])
    assert [a.name for a in n.attachments] == ["中国智慧城市产业联盟专家推荐表", "专家推荐表"]
    assert service.attachment_file(ndb, n.attachments[1].blob_id) == ("专家推荐表.xlsx", f.read_bytes())
    reordered = service.update_notice(ndb, n.id, {**n.__dict__, "attachments": list(reversed(n.attachments))})
    assert [a.kind for a in reordered.attachments] == ["file", "text"]


def test_list_filter_finds_either_script(ndb):
    """The notice list filter finds 聯盟 by 联盟 and by the document number."""
    n = service.issue_notice(ndb, draft(ndb, "關於聯盟會費的通知").id)
    assert queries.notice_ids(ndb, queries.NoticeFilter(text="联盟会费")) == [n.id]
    assert queries.notice_ids(ndb, queries.NoticeFilter(text="〔2013〕1号")) == [n.id]
    assert queries.notice_ids(ndb, queries.NoticeFilter(status="draft")) == []


def test_export_pdf_simplified_and_traditional(ndb, tmp_path):
    """The PDF holds the title and number; the Traditional export says 聯盟 (never 联盟) and keeps a
    protected name as typed; an existing file is not replaced."""
    n = service.issue_notice(ndb, draft(ndb, "关于发布联盟标准的通知").id)
    simp = export.export_notice_pdf(ndb, n.id, tmp_path / "n.pdf")
    text = pdf_text(simp)
    assert "关于发布联盟标准的通知" in text and "智慧城市联盟〔2013〕1号" in text
    trad = pdf_text(export.export_notice_pdf(ndb, n.id, tmp_path / "t.pdf", "hant-tw"))
    assert "聯盟" in trad and "联盟" not in trad and "發布" in trad and "中國智慧城市產業聯盟" in trad
    assert "王志良" in trad
    with pytest.raises(UserError):
        export.export_notice_pdf(ndb, n.id, tmp_path / "n.pdf")


def test_batch_export_and_cancel(ndb, tmp_path):
    """A batch writes one PDF per notice with safe file names; a cancelled batch stops."""
    ids = [draft(ndb, f"批量通知{i}/测试").id for i in range(3)]
    done = []
    files = export.export_batch(ndb, ids, tmp_path / "out", progress=lambda d, t: done.append((d, t)))
    assert len(files) == 3 and all(f.exists() and "/" not in f.name for f in files)
    assert done[-1] == (3, 3)
    with pytest.raises(export.ExportCancelled):
        export.export_batch(ndb, ids, tmp_path / "out2", cancel=lambda: True)


def test_seal_must_be_png(tmp_path):
    """A seal that is not a PNG is refused with a message."""
    bad = tmp_path / "seal.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    with pytest.raises(UserError):
        alliance.read_seal(bad)


def test_alliance_settings_round_trip(db):
    """Alliance settings, protected names and corrections are saved and read back."""
    saved = alliance.save_alliance(db, {**ALLIANCE, "corrections": {"頭發": "頭髮"}})
    assert saved.number_prefix == "智慧城市联盟" and saved.corrections == {"頭發": "頭髮"}
    assert saved.protected_terms == ["王志良"]


def test_demo_has_the_2013_call_with_two_attachments(tmp_path):
    """The demo data holds 〔2013〕5号 on the expert and standards groups with its two attachments, and a
    notice long enough for several pages."""
    from core.demo import fill_demo
    from core.storage.database import open_database

    db = open_database(tmp_path / "demo.sqlite3")
    fill_demo(db)
    rows = queries.notice_rows(db, queries.notice_ids(db))
    call = next(r for r in rows.values() if r.doc_number == "智慧城市联盟〔2013〕5号")
    assert "专家组和标准组" in call.title and call.attachment_count == 2
    plan = next(r for r in rows.values() if "工作要点" in r.title)
    info = export.render_notice_bytes(db, plan.id)
    import io

    with pdfplumber.open(io.BytesIO(info)) as pdf:
        assert len(pdf.pages) >= 5


def test_notice_history_and_revert_of_a_draft(ndb):
    """A draft's history shows the title and text changes; reverting the title puts it back; an issued
    notice refuses a revert."""
    from core.safety import history

    n = draft(ndb)
    service.update_notice(ndb, n.id, {**service.as_raw(n), "title": "关于召开理事会第二次会议的通知",
                                      "body": [Block("paragraph", "会议改在南京召开。")]})
    changes = history.record_history(ndb, "notices", n.id)
    title = next(c for c in changes if c.field == "title")
    body = next(c for c in changes if c.field == "body")
    assert (title.old_text(), title.new_text()) == ("关于召开理事会会议的通知", "关于召开理事会第二次会议的通知")
    assert body.new_text() == "会议改在南京召开。"
    history.revert_change(ndb, title)
    assert service.get_notice(ndb, n.id).title == "关于召开理事会会议的通知"
    issued = service.issue_notice(ndb, n.id)
    status = next(c for c in history.record_history(ndb, "notices", issued.id) if c.field == "status")
    with pytest.raises(UserError):
        history.revert_change(ndb, status)
