"""A notice of a call for nominations ends with the blank form(s) of its calls, laid out as its
attachments (GB/T 9704: each on a new page, 附件N flush left on the first line, the title centred,
page numbers going on, the closing block after them), in the core, the command line and the
export dialog. Read back from the PDF: page count, the form's title and fields on the attachment
pages, page numbers, the attachment note; the notice's own pages unchanged."""

from __future__ import annotations

import io
import re
import subprocess

import pdfplumber
import pytest
from pypdf import PdfReader

from core.calls import service as calls
from core.documents.model import Block
from core.notices import alliance, export, service
from core.notices.service import AttachmentItem
from tests.test_cli import run

ALLIANCE = {"name_hans": "中国智慧城市产业联盟", "name_hant": "中國智慧城市產業聯盟",
            "issuer_mark": "中国智慧城市产业联盟文件", "number_prefix": "智慧城市联盟",
            "signatory": "中国智慧城市产业联盟", "issuing_office": "中国智慧城市产业联盟秘书处",
            "protected_terms": [], "corrections": {}}
MM = 72 / 25.4
LEFT, RIGHT, TOP, BOTTOM = 28 * MM, (28 + 156) * MM, 37 * MM, (37 + 225) * MM   # pdfplumber: top downwards
EXPERT = "中国智慧城市产业联盟专家推荐表"
STANDARDS = "中国智慧城市产业联盟标准组推荐表"


@pytest.fixture
def ndb(db):
    alliance.save_alliance(db, ALLIANCE)
    return db


def notice_with(db, attachments=(), repeat=1, **extra):
    body = [Block("paragraph", "为进一步发挥成员单位的作用，联盟决定组建专家组，请各成员单位推荐专家。" * repeat),
            Block("h1", "推荐要求"), Block("paragraph", "请于2013年11月30日前报送推荐表。")]
    return service.create_notice(db, {**service.new_notice_defaults(db), "title": "关于成立联盟专家组的通知",
                                      "doc_date": "2013-11-07", "addressees": "各成员单位", "body": body,
                                      "copies": "国家标准化管理委员会", "attachments": list(attachments), **extra})


def call_for(db, kind, notice_id, title="2013年专家组征集"):
    return calls.create_call(db, {"kind": kind, "title": title, "notice_id": notice_id, "deadline": "2013-11-30"})


def pages_of(data: bytes) -> list[dict]:
    """Each page: its text (no spaces), its characters (text, x0, top in points) and its rectangles."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            chars = [(c["text"], c["x0"], c["top"]) for c in page.chars]
            out.append({"text": re.sub(r"\s+", "", page.extract_text() or ""), "chars": chars,
                        "lines": (page.extract_text() or "").splitlines(),
                        "rects": [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in page.rects]})
    return out


def page_number(page: dict) -> int | None:
    found = re.search(r"—(\d+)—", page["text"][-8:])
    return int(found.group(1)) if found else None


def test_the_pdf_ends_with_the_blank_form_after_the_notice_unchanged(ndb):
    """An expert call uses the notice, whose attachment note names 专家推荐表: the PDF keeps the notice's
    own pages as they were (every character within 0.1 mm) and ends with the form's pages: 附件 flush
    left on the first line, the attachment title, the form's fields and its full-size photo box inside
    the text block, 专家推荐表（续） on the next page, page numbers going on, the closing block last."""
    n = notice_with(ndb, [AttachmentItem("text", EXPERT)])
    call_for(ndb, "expert", n.id)
    plain = pages_of(export.render_notice_bytes(ndb, n.id, forms=False))
    full = pages_of(export.render_notice_bytes(ndb, n.id))
    index = next(k for k, p in enumerate(full) if p["lines"][0].strip().startswith("附件"))
    first = full[index]
    assert index >= 1 and len(full) > len(plain)
    for before, after in zip(plain[:index], full):  # the notice's own pages, but for the closing block
        closing = next((c[2] for c in before["chars"] if c[0] == "抄"), None)
        kept = [c for c in before["chars"] if closing is None or c[2] < closing - 1 or c[2] > BOTTOM]
        assert len(kept) == len(after["chars"])
        for (t0, x0, y0), (t1, x1, y1) in zip(kept, after["chars"]):
            assert t0 == t1 and abs(x0 - x1) < 0.1 * MM and abs(y0 - y1) < 0.1 * MM
    note_page = next(p for p in full[:index] if "附件：" in p["text"])
    assert "附件：" + EXPERT in note_page["text"]

    assert first["lines"][0].strip() == "附件"  # one attachment: no number
    label = [c for c in first["chars"] if c[0] in "附件"][:2]
    assert abs(label[0][1] - LEFT) < 1 and abs(label[0][2] - TOP) < 0.3 * 225 * MM / 22
    assert EXPERT in first["text"] and "姓名" in first["text"] and "专家类别" in first["text"]
    assert "照片" in first["text"]
    photo = [r for r in first["rects"] if abs(r[2] - r[0] - 35 * MM) < 0.5 and abs(r[3] - r[1] - 49 * MM) < 0.5]
    assert photo, "the photo box keeps its 35 × 49 mm"
    following = full[index + 1]
    assert "专家推荐表（续）" in following["text"] and "推荐单位意见" in following["text"]
    for page in full[index:]:
        body = [c for c in page["chars"] if c[2] < BOTTOM]
        assert all(LEFT - 0.5 <= x <= RIGHT for _t, x, _y in body)  # the form stays inside the text block
    numbers = [page_number(p) for p in full]
    assert numbers[:index + 2] == list(range(1, index + 3))  # the form's pages are numbered on
    assert "抄送：国家标准化管理委员会。" in full[-1]["text"]
    assert full.index(next(p for p in full if "抄送" in p["text"])) > index  # the 版记 comes after the form


def test_two_calls_two_forms_one_added_to_the_note_and_typed_text_kept(ndb):
    """The expert form goes on the pages of the attachment that names it, after its typed text (the
    form then prints its own title on a new page); the standards call's form, not named, is added to
    the note as 2.; a deleted call's form goes; in Traditional the form speaks Traditional."""
    n = notice_with(ndb, [AttachmentItem("text", EXPERT, [Block("paragraph", "推荐表须加盖推荐单位公章。")])],
                    repeat=12)
    call_for(ndb, "expert", n.id)
    standards = call_for(ndb, "standards", n.id, "2013年标准组征集")
    full = pages_of(export.render_notice_bytes(ndb, n.id))
    text = "".join(p["text"] for p in full)
    assert "附件：1." + EXPERT + "2." + STANDARDS in text
    first = next(k for k, p in enumerate(full) if p["lines"][0].strip() == "附件1")
    assert "推荐表须加盖推荐单位公章。" in full[first]["text"] and "姓名" not in full[first]["text"]
    assert full[first + 1]["lines"][0].strip() == "专家推荐表" and "专家类别" in full[first + 1]["text"]
    second = next(k for k, p in enumerate(full) if p["lines"][0].strip() == "附件2")
    assert second > first + 1 and STANDARDS in full[second]["text"] and "参加过的标准制修订情况" in text
    assert [page_number(p) for p in full[:second + 1]] == list(range(1, second + 2))

    hant = pages_of(export.render_notice_bytes(ndb, n.id, script="hant-tw"))
    assert "中國智慧城市產業聯盟專家推薦表" in "".join(p["text"] for p in hant)
    assert "專家類別" in "".join(p["text"] for p in hant)

    calls.delete_calls(ndb, [standards.id])
    again = "".join(p["text"] for p in pages_of(export.render_notice_bytes(ndb, n.id)))
    assert STANDARDS not in again and "附件：" + EXPERT in again


def test_a_notice_without_calls_is_the_same_pdf(ndb):
    """No call uses the notice: the export is the very same with and without forms."""
    n = notice_with(ndb, [AttachmentItem("text", EXPERT)])
    assert export.notice_forms(ndb, n.id).kinds == ()
    a, b = (pages_of(export.render_notice_bytes(ndb, n.id, forms=f)) for f in (True, False))
    assert [p["chars"] for p in a] == [p["chars"] for p in b]


def test_the_command_line_exports_with_the_forms_or_without(ndb, tmp_path):
    """notices export writes the notice with the blank form and says so; --no-forms leaves it out;
    pdftotext reads the attachment note, the form's title and the page numbers."""
    n = notice_with(ndb)
    call_for(ndb, "membership", n.id, "2026年入会申请")
    path = str(ndb.path)
    with_forms, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    done = run("notices", "export", str(n.id), "--out", str(with_forms), "--db", path, "--lang", "zh-Hans",
               home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "成员单位入会申请表" in done.stdout
    plain = run("notices", "export", str(n.id), "--out", str(without), "--no-forms", "--db", path, home=tmp_path)
    assert plain.returncode == 0, plain.stderr
    count = len(PdfReader(str(with_forms)).pages)
    assert count > len(PdfReader(str(without)).pages)
    text = subprocess.run(["pdftotext", "-layout", str(with_forms), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "附件：中国智慧城市产业联盟成员单位入会申请表" in re.sub(r"[ \t]+", "", text)
    assert "法定代表人" in text and "成员单位入会申请表（续）" in text
    assert f"— {count - 1} —" in text or f"— {count} —" in text  # the last page may hold only the 版记
    assert "附件" not in subprocess.run(["pdftotext", str(without), "-"], capture_output=True, text=True,
                                         check=True).stdout


def test_a_word_export_names_the_forms_in_its_attachment_note(ndb, tmp_path):
    """The .docx of a notice names the form of its call in the attachment note (the pages are the PDF's)."""
    from docx import Document

    n = notice_with(ndb)
    call_for(ndb, "membership", n.id, "2026年入会申请")
    out = export.export_notice_pdf(ndb, n.id, tmp_path / "n.docx")
    text = "".join(p.text for p in Document(str(out)).paragraphs)
    assert "中国智慧城市产业联盟成员单位入会申请表" in text
    plain = export.export_notice_pdf(ndb, n.id, tmp_path / "plain.docx", forms=False)
    assert "入会申请表" not in "".join(p.text for p in Document(str(plain)).paragraphs)


def test_the_export_dialog_offers_the_forms_and_passes_the_choice(qtbot, ndb):
    """The export dialog of a notice used by a call offers its forms (ticked); unticked, the export
    leaves them out; a notice no call uses shows no such choice."""
    from core.i18n import set_language
    from ui.notices.batch_export import ExportDialog

    set_language("zh-Hans")
    from core.settings import Settings
    from ui.common.language import LanguageManager
    from ui.context import AppContext

    settings = Settings()
    manager = LanguageManager(settings)
    manager.apply("zh-Hans", remember=False)
    ctx = AppContext(ndb, settings, manager)
    n = notice_with(ndb)
    call_for(ndb, "expert", n.id)
    dialog = ExportDialog(ctx, "/tmp/x.pdf", None, forms=export.notice_forms(ndb, n.id).kinds)
    qtbot.addWidget(dialog)
    assert "专家推荐表" in dialog.forms_box.text() and dialog.with_forms()
    dialog.forms_box.setChecked(False)
    assert not dialog.with_forms()
    other = ExportDialog(ctx, "/tmp/y.pdf", None, forms=export.notice_forms(ndb, notice_with(ndb).id).kinds)
    qtbot.addWidget(other)
    assert not other.with_forms() and other.forms_box.parent() is None
