"""The forms' PDFs: fillable blanks filled by other programs and read back, what poppler shows,
filled copies, and every kind of bad return with its message."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from core import i18n
from core.forms import blank_pdf, filled_pdf, form_spec, read_returned
from core.forms.marker import MARKER_FIELD, parse_marker
from tests.form_fillers import fill_with_pdftk, fill_with_pypdf, fill_with_qpdf

NAME = "王𠮷堃喆"          # 𠮷 (Ext-B) is outside the typing font, 堃 and 喆 inside it
CV = "1998-2003 清华大学 博士\n2003-至今 中国科学院 研究员，智慧城市"
TYPED = {"name": NAME, "birth": "1975年3月", "ethnicity": "汉族", "employer": "中国科学院自动化研究所",
         "mobile": "138 1234 5678", "email": "wang@example.com", "work_history": CV,
         "achievements": "《城市计算》𠮷林出版社", "recommender_date": "2013/11/6",
         "expertise__2": True, "expertise__5": True, "gender": "c1", "side": "c4", "title": "c1"}
EXPECTED = {"name": NAME, "birth": "1975-03", "ethnicity": "汉族", "employer": "中国科学院自动化研究所",
            "mobile": "13812345678", "email": "wang@example.com", "work_history": CV,
            "achievements": "《城市计算》𠮷林出版社", "recommender_date": "2013-11-06",
            "expertise": ["智能电网", "智慧医疗"], "gender": "男", "side": "研", "title": "正高级"}


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          timeout=120).stdout.decode("utf-8")


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def expert_blank(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("forms") / "expert.pdf"
    path.write_bytes(blank_pdf("expert"))
    return path


@pytest.fixture(scope="module")
def standards_tw(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("forms") / "standards-tw.pdf"
    path.write_bytes(blank_pdf("standards", script="hant-tw"))
    return path


def read_one(path: Path, **kw):
    found = read_returned(path, **kw)
    assert len(found) == 1
    return found[0]


# ---- the fillable blank ---------------------------------------------------------------------------

def test_fillable_blank_has_every_field_an_embedded_chinese_font_and_its_marker(expert_blank):
    data = expert_blank.read_bytes()
    assert len(data) <= 2 * 1024 * 1024
    reader = PdfReader(expert_blank)
    fields = reader.get_fields()
    spec = form_spec("expert")
    assert {flat for flat, f, _d in spec.flat_ids(True)} <= set(fields)
    assert fields["work_history"].get("/Ff", 0) & (1 << 12)         # multi-line
    assert fields["gender"].get("/Ff", 0) & (1 << 15)               # a radio group
    acro = reader.trailer["/Root"]["/AcroForm"]
    assert acro["/NeedAppearances"] is True or acro["/NeedAppearances"] == True  # noqa: E712
    font = acro["/DR"]["/Font"]["/CJK"].get_object()
    assert font["/Subtype"] == "/Type0" and font["/Encoding"] == "/Identity-H"
    descendant = font["/DescendantFonts"][0].get_object()
    program = descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data()
    from fontTools.ttLib import TTFont

    cmap = TTFont(io.BytesIO(program)).getBestCmap()
    assert all(ord(c) in cmap for c in "王堃喆镕智慧城市，。（）@0123456789abcXYZ")  # what recipients type
    assert len(cmap) > 9000
    marker = parse_marker(fields[MARKER_FIELD]["/V"])
    assert marker["form"] == "expert" and marker["version"] == 1
    assert marker["choices"]["expertise"][0] == "智能交通"
    assert reader.metadata["/AllianceForm"] == "expert"


def test_committees_from_the_database_become_the_tick_boxes(tmp_path):
    areas = ["智慧水利", "数字乡村", "城市大脑"]
    path = tmp_path / "m.pdf"
    path.write_bytes(blank_pdf("membership", committees=areas))
    text = squeeze(pdftotext(path))
    assert all(a in text for a in areas) and "智能交通" not in text
    fields = PdfReader(path).get_fields()
    assert "committees__3" in fields and "committees__4" not in fields
    path2 = tmp_path / "m-filled.pdf"
    path2.write_bytes(fill_with_pypdf(path.read_bytes(), {"unit_name": "无锡物联网产业研究院",
                                                          "committees__3": True}))
    assert read_one(path2).values["committees"] == ["城市大脑"]


def test_printable_blank_has_no_fields_and_is_small(tmp_path):
    data = blank_pdf("expert", fillable=False)
    assert len(data) < 200_000
    assert not PdfReader(io.BytesIO(data)).get_fields()
    path = tmp_path / "p.pdf"
    path.write_bytes(data)
    text = squeeze(pdftotext(path))
    for label in ("专家推荐表", "姓名", "出生年月", "照片", "推荐单位意见", "推荐单位（盖章）", "本人签字"):
        assert label in text


def test_traditional_blank_is_in_traditional_characters(standards_tw):
    text = squeeze(pdftotext(standards_tw))
    for label in ("標準組推薦表", "參加過的標準制修訂情況", "擬參加的", "工作方向", "推薦單位意見", "智慧醫療"):
        assert label in text
    assert "标准组推荐表" not in text


# ---- round trips through programs that are not ours -----------------------------------------------

def test_filled_by_pypdf_reads_back_every_value_and_poppler_shows_the_text(expert_blank, tmp_path):
    path = tmp_path / "pypdf.pdf"
    path.write_bytes(fill_with_pypdf(expert_blank.read_bytes(), TYPED))
    form = read_one(path, kind="expert")
    assert form.error is None and form.problems == []
    assert form.values == EXPECTED
    assert form.raw["name"] == NAME and form.raw["expertise__5"] == "/Yes"
    text = pdftotext(path)
    assert "王" in text and "堃喆" in text.replace("\ufffd", "")
    assert "中国科学院自动化研究所" in squeeze(text)
    assert "1998-2003 清华大学 博士" in text and "2003-至今 中国科学院 研究员" in text


@pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed (Debian package qpdf)")
def test_filled_through_qpdf_reads_back_and_renders(expert_blank, tmp_path):
    out = fill_with_qpdf(expert_blank, TYPED, tmp_path / "qpdf.pdf", generate_appearances=False)
    form = read_one(out)
    assert form.values == EXPECTED and form.problems == []
    text = squeeze(pdftotext(out))
    assert "堃喆" in text and "中国科学院自动化研究所" in text and "2003-至今中国科学院研究员" in text


@pytest.mark.skipif(not shutil.which("pdftk"), reason="pdftk is not installed (Debian package pdftk-java)")
def test_filled_by_pdftk_reads_back_and_renders(expert_blank, tmp_path):
    out = fill_with_pdftk(expert_blank, TYPED, tmp_path / "pdftk.pdf")
    form = read_one(out)
    assert form.values == EXPECTED and form.problems == []
    text = squeeze(pdftotext(out))
    assert "堃喆" in text and "清华大学博士" in text


def test_traditional_standards_form_round_trip_with_its_table(standards_tw, tmp_path):
    typed = {"name": "陳鎔", "gender": "c2", "birth": "1980.7", "employer": "臺北市資訊局", "employer_type": "c6",
             "phone": "010-62345678", "email": "chen@example.org.tw", "work_history": "2005年起任職資訊局\n負責標準",
             "standards_work__1__name": "智慧城市 術語", "standards_work__1__code": "GB/T 37043-2018",
             "standards_work__1__type": "國家", "standards_work__1__role": "主要起草人",
             "standards_work__1__year": "2018", "standards_work__3__name": "城市大腦 總體要求",
             "standards_work__3__type": "團體標準", "standards_work__3__role": "參與起草",
             "directions__1": True, "directions__10": True}
    path = tmp_path / "tw.pdf"
    path.write_bytes(fill_with_pypdf(standards_tw.read_bytes(), typed))
    form = read_one(path, kind="standards")
    assert form.script == "hant-tw" and form.problems == []
    v = form.values
    assert v["name"] == "陳鎔" and v["gender"] == "女" and v["employer_type"] == "政府机构"
    assert v["birth"] == "1980-07" and v["work_history"] == "2005年起任職資訊局\n負責標準"
    assert v["directions"] == ["智能交通", "智慧国土"]
    assert v["standards_work"] == [
        {"name": "智慧城市 術語", "code": "GB/T 37043-2018", "type": "国家", "role": "主要起草人", "year": "2018"},
        {"name": "城市大腦 總體要求", "type": "团体", "role": "参与起草"}]
    assert "陳鎔" in squeeze(pdftotext(path))


# ---- filled copies --------------------------------------------------------------------------------

def test_filled_copy_draws_every_value_rare_characters_included(tmp_path):
    values = {**EXPECTED, "name": "王𠮷堃喆犇", "id_number": "11010519491231002X"}
    path = tmp_path / "filled.pdf"
    path.write_bytes(filled_pdf("expert", values))
    text = squeeze(pdftotext(path))
    assert "王𠮷堃喆犇" in text
    for shown in ("1975年3月", "中国科学院自动化研究所", "13812345678", "2013年11月6日", "11010519491231002X",
                  "2003-至今中国科学院研究员，智慧城市"):
        assert shown in text
    form = read_one(path)
    assert form.kind == "expert" and "no form fields left" in form.error.source


def test_filled_copy_in_traditional_keeps_values_as_typed(tmp_path):
    path = tmp_path / "filled-hk.pdf"
    path.write_bytes(filled_pdf("membership", {"unit_name": "无锡市物联网创新中心", "level": "理事单位",
                                               "committees": ["智慧社区"]}, script="hant-hk"))
    text = squeeze(pdftotext(path))
    assert "成員單位入會申請表" in text and "无锡市物联网创新中心" in text


# ---- bad returns ----------------------------------------------------------------------------------

def messages(path: Path, **kw) -> str:
    return " | ".join(m for form in read_returned(path, **kw) for m in form.messages())


def test_not_a_pdf(tmp_path):
    path = tmp_path / "推荐表.pdf"
    path.write_text("这不是 PDF", encoding="utf-8")
    i18n.set_language("en")
    assert "neither a PDF nor an Excel" in messages(path)
    i18n.set_language("zh-Hans")
    assert "既不是 PDF" in messages(path)


def test_a_pdf_form_of_another_program(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "other.pdf"
    c = canvas.Canvas(str(path))
    c.acroForm.textfield(name="applicant", value="x", x=100, y=700)
    c.showPage()
    c.save()
    i18n.set_language("en")
    assert "not one of this program's forms" in messages(path)


def test_another_kind_of_our_forms(standards_tw):
    i18n.set_language("en")
    text = messages(standards_tw, kind="expert")
    assert "Standards group nomination form" in text and "Expert nomination form is expected" in text


def test_an_older_version_of_the_form(expert_blank, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(expert_blank))
    for ref in writer.pages[0]["/Annots"]:
        annot = ref.get_object()
        if annot.get("/T") == MARKER_FIELD:
            annot[NameObject("/V")] = TextStringObject(str(annot["/V"]).replace('"version":1', '"version":0'))
    path = tmp_path / "old.pdf"
    writer.write(path)
    i18n.set_language("en")
    assert "older version of the form (version 0; now 1)" in messages(path)


def test_flattened_and_scanned_pdfs_have_no_fields(tmp_path):
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(filled_pdf("expert", {"name": "王志良"}))
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(scan))
    c.drawString(100, 700, "scanned page")
    c.save()
    i18n.set_language("en")
    assert "printed to PDF, flattened or scanned" in messages(printed)
    assert "has no form fields (a scanned or printed document" in messages(scan)


def test_encrypted_pdf(expert_blank, tmp_path):
    writer = PdfWriter(clone_from=PdfReader(expert_blank))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    i18n.set_language("en")
    assert "protected by a password" in messages(path)


def test_damaged_pdf(expert_blank, tmp_path):
    data = bytearray(expert_blank.read_bytes())
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data[:4000]) + b"\x00garbage" * 50)
    i18n.set_language("en")
    text = messages(path)
    assert "damaged PDF" in text or "has no form fields" in text


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(100 * 1024 * 1024)
    i18n.set_language("en")
    assert "is 100.0 MB; a returned form is at most 25 MB" in messages(path)


def test_values_in_the_wrong_fields_are_named(expert_blank, tmp_path):
    path = tmp_path / "swapped.pdf"
    path.write_bytes(fill_with_pypdf(expert_blank.read_bytes(), {
        "name": "13812345678", "mobile": "wang@example.com", "email": "13812345678", "gender": "c1",
        "birth": "1975-03", "employer": "中国科学院", "side": "c1", "work_history": "…"}))
    form = read_one(path)
    by_field = {p.field: p for p in form.problems}
    i18n.set_language("en")
    assert "a mobile number" in by_field["name"].text() and "wrong field" in by_field["name"].text()
    assert "an e-mail address" in by_field["mobile"].text()
    assert "a mobile number" in by_field["email"].text()
    assert "name" not in form.values and form.raw["name"] == "13812345678"   # kept as typed, not lost


def test_a_folder_reads_every_file_and_reports_the_others(expert_blank, tmp_path):
    folder = tmp_path / "returns"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(fill_with_pypdf(expert_blank.read_bytes(), TYPED))
    (folder / "note.txt").write_text("see attachment", encoding="utf-8")
    (folder / "~$lock.xlsx").write_bytes(b"lock")
    found = read_returned(folder)
    assert [f.path.name for f in found] == ["a.pdf", "note.txt"]
    assert found[0].values == EXPECTED and found[1].error is not None
