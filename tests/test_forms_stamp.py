"""Filled forms stamped on the blank drawn once (core.forms.stamp) and their font subsets
(core.forms.subset): they show what the form drawn whole by reportlab shows, carry the typed
text, and a batch keeps its progress and cancel."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.ttLib import TTFont
from PIL import ImageChops

from core.forms import filled_batch, filled_pdf, form_spec, read_returned
from core.forms.pdf import _fonts, _layout
from core.forms.render import render
from core.forms.subset import _checksum, glyph_source

EXPERT = {"name": "王𠮷堃喆", "gender": "男", "birth": "1975-03", "ethnicity": "汉族",
          "employer": "中国科学院自动化研究所", "mobile": "13812345678", "email": "wang.jiji@example.com",
          "side": "研", "expertise": ["智能电网", "智慧医疗"], "title": "正高级",
          "work_history": "1998-2003 清华大学 博士\n2003-至今 中国科学院 研究员，负责智慧城市标准研究，"
                          "主持国家重点研发计划项目三项，参与制定国家标准五项",
          "achievements": "《城市计算》𠮷林出版社", "recommender_date": "2013-11-06",
          "id_number": "11010519491231002X"}
STANDARDS = {"name": "陳鎔", "employer": "台灣智慧城市協會", "standards_work": [
    {"name": "智慧城市 術語", "code": "GB/T 37043-2018", "type": "国家", "role": "主要起草人", "year": "2018"},
    {"name": "城市大腦 總體要求", "type": "团体", "role": "参与起草"}]}


def whole(kind: str, values: dict, script: str = "hans") -> bytes:
    """The filled form drawn whole by reportlab (table, labels and values in one drawing)."""
    spec = form_spec(kind)
    fonts = _fonts(None, script)
    pdf, _layout_used = render(spec, script, fonts, values=values, layout=_layout(spec, script, fonts))
    return pdf


def pages(pdf: bytes):
    doc = pdfium.PdfDocument(pdf)
    return [page.render(scale=1.5).to_pil().convert("L") for page in doc]


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "f.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          timeout=120).stdout.decode("utf-8")


@pytest.mark.parametrize(("kind", "values", "script"), [("expert", EXPERT, "hans"),
                                                       ("standards", STANDARDS, "hant-tw")])
def test_a_stamped_form_looks_like_the_form_drawn_whole(kind, values, script):
    stamped, drawn = pages(filled_pdf(kind, values, script=script)), pages(whole(kind, values, script))
    blank = pages(whole(kind, {}, script))
    assert len(stamped) == len(drawn)
    for mine, theirs, empty in zip(stamped, drawn, blank):
        # the values are there (the page is not the blank one) ...
        assert ImageChops.difference(mine, empty).point(lambda v: 255 if v > 96 else 0).getbbox() is not None
        # ... where and as the whole drawing puts them: no pixel differs by more than a shade
        differing = ImageChops.difference(mine, theirs).point(lambda v: 255 if v > 96 else 0)
        assert differing.getbbox() is None


def test_a_stamped_form_carries_the_typed_text_and_embeds_its_fonts(tmp_path):
    pdf = filled_pdf("expert", EXPERT)
    assert pdftotext(pdf, tmp_path) == pdftotext(whole("expert", EXPERT), tmp_path)
    text = "".join(pdftotext(pdf, tmp_path).split())
    for shown in ("王𠮷堃喆", "wang.jiji@example.com", "1975年3月", "2013年11月6日", "《城市计算》𠮷林出版社"):
        assert shown in text
    path = tmp_path / "f.pdf"
    path.write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                             timeout=120).stdout.splitlines()[2:]
    listing = [line for line in listing if not line.startswith("Helvetica ")]  # reportlab's default, no text
    assert len(listing) >= 4 and all(" yes " in line for line in listing)  # labels, title, values, 𠮷
    assert sum("CID TrueType" in line and "Identity-H" in line for line in listing) >= 2
    form = read_returned(path)[0]
    assert form.kind == "expert" and "no form fields left" in form.error.source  # still names its form


def test_a_subset_has_the_faces_own_outlines_composite_glyphs_included():
    fonts = _fonts(None, "hans")
    for role in ("song", "hei"):
        face = fonts.face(role)
        text = "ijÀ王喆国家电网公司2013年"  # i, j and À are composite glyphs in AR PL UMing
        codes = [ord(c) for c in text if face.has(ord(c))]
        sub = glyph_source(face).subset(codes)
        assert _checksum(sub.data) == 0xB1B0AFBA  # the font's checksum adjustment is right
        mine = TTFont(io.BytesIO(sub.data), checkChecksums=2)
        theirs = TTFont(face.path, fontNumber=face.index, lazy=True)
        mine_set, their_set, their_cmap = mine.getGlyphSet(), theirs.getGlyphSet(), theirs.getBestCmap()
        assert mine["maxp"].numGlyphs == len(mine.getGlyphOrder()) > len(set(codes))
        for code in codes:
            drawn, wanted = DecomposingRecordingPen(mine_set), DecomposingRecordingPen(their_set)
            mine_set[mine.getGlyphOrder()[sub.gids[code]]].draw(drawn)
            their_set[their_cmap[code]].draw(wanted)
            assert drawn.value == wanted.value and drawn.value, chr(code)
            assert mine["hmtx"][mine.getGlyphOrder()[sub.gids[code]]] == theirs["hmtx"][their_cmap[code]]


def test_a_batch_reports_progress_and_stops_when_cancelled(tmp_path):
    items = [(f"专家推荐表-{n}", {**EXPERT, "name": f"王{n}"}) for n in range(6)]
    seen: list[int] = []
    written = filled_batch("expert", items, tmp_path / "all", progress=seen.append)
    assert seen == [1, 2, 3, 4, 5, 6] and [p.name for p in written] == [f"专家推荐表-{n}.pdf" for n in range(6)]
    for n, path in enumerate(written):
        assert f"王{n}" in "".join(pdftotext(path.read_bytes(), tmp_path).split())
    done: list[int] = []
    stopped = filled_batch("expert", items, tmp_path / "some", progress=done.append, cancel=lambda: len(done) >= 2)
    assert len(stopped) == 2 and sorted(p.name for p in (tmp_path / "some").iterdir()) == [
        "专家推荐表-0.pdf", "专家推荐表-1.pdf"]


def test_a_character_no_face_has_is_still_copied_out_as_typed(tmp_path):
    odd = "王\U000F0001李\U000F0002"  # private-use characters: no face draws them (.notdef), the text keeps them
    text = "".join(pdftotext(filled_pdf("expert", {**EXPERT, "name": odd}), tmp_path).split())
    assert odd in text


def test_a_blank_not_laid_out_as_expected_is_drawn_whole(tmp_path, monkeypatch):
    from core.forms import pdf, stamp

    def unexpected(self, data):
        raise ValueError("unexpected cross-reference table")

    monkeypatch.setattr(pdf, "_stamps", {})
    monkeypatch.setattr(stamp._Template, "__init__", unexpected)
    text = "".join(pdftotext(filled_pdf("expert", EXPERT), tmp_path).split())
    assert "王𠮷堃喆" in text and "wang.jiji@example.com" in text
