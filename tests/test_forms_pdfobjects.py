"""The quick reader of a returned form's field objects (core.forms.pdfobjects): the same values as
pypdf reads, from forms filled by pypdf, qpdf and pdftk; anything it does not know is left to pypdf."""

from __future__ import annotations

import shutil

import pytest

from core.forms import blank_pdf, read_returned
from core.forms import pdfobjects as P
from tests.form_fillers import fill_with_pdftk, fill_with_pypdf, fill_with_qpdf

TYPED = {"name": "王𠮷堃喆", "birth": "1975年3月", "employer": "中国科学院(自动化)研究所\\所",
         "mobile": "138 1234 5678", "email": "wang@example.com",
         "work_history": "1998-2003 清华大学 博士\n2003-至今 (中国科学院) 研究员", "recommender_date": "2013/11/6",
         "expertise__2": True, "expertise__5": True, "gender": "c1", "side": "c4"}


def parse(text: bytes, num: int = 7):
    return P.parse_object(b"%PDF-1.7\n" + text, 9, num)


def test_values_escapes_and_containers_are_read_as_written():
    value = parse(rb"7 0 obj << /T (a\(b\)c\\d\101\12x\
y) /V <FEFF738B> /Odd <4142 4> /N /A#20B /K [1 -2.5 .5 3 0 R true null] % note" b"\n"
                  rb"/D << /E /F >> >>" b"\nendobj\n")
    assert P.text(value["/T"]) == "a(b)c\\dA\nxy"
    assert P.text(value["/V"]) == "王" and P.text(value["/Odd"]) == "AB@"
    assert value["/N"] == "/A B" and isinstance(value["/N"], P.Name)
    assert value["/K"] == [1, -2.5, 0.5, P.Ref(3, 0), True, None] and value["/D"] == {"/E": "/F"}


@pytest.mark.parametrize("text", [rb"7 0 obj << /T (a (nested) b) >> endobj",   # left to pypdf
                                  rb"7 0 obj << /Length 3 >> stream",
                                  rb"8 0 obj << /T (x) >> endobj",                 # not the object asked for
                                  rb"7 0 obj << /T (unterminated >> endobj",
                                  rb"7 0 obj << /T >> endobj"])
def test_what_it_does_not_read_is_refused_not_guessed(text):
    with pytest.raises(P.Unsupported):
        parse(text)


def fillers():
    out = [("pypdf", lambda blank, tmp: fill_with_pypdf(blank.read_bytes(), TYPED))]
    if shutil.which("qpdf"):
        out.append(("qpdf", lambda blank, tmp: fill_with_qpdf(blank, TYPED, tmp / "q.pdf").read_bytes()))
    if shutil.which("pdftk"):
        out.append(("pdftk", lambda blank, tmp: fill_with_pdftk(blank, TYPED, tmp / "k.pdf").read_bytes()))
    return out


@pytest.mark.parametrize(("program", "fill"), fillers(), ids=[name for name, _f in fillers()])
def test_a_return_reads_the_same_as_pypdf_reads_it(program, fill, tmp_path, monkeypatch):
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(blank_pdf("expert"))
    path = tmp_path / f"{program}.pdf"
    path.write_bytes(fill(blank, tmp_path))
    parsed: list[int] = []
    real = P.parse_object

    def counted(data, offset, num):
        parsed.append(num)
        return real(data, offset, num)

    monkeypatch.setattr(P, "parse_object", counted)
    (quick,) = read_returned(path, kind="expert")
    assert parsed  # the quick reader read the fields ...

    def refuse(data, offset, num):
        raise P.Unsupported("pypdf reads everything")

    monkeypatch.setattr(P, "parse_object", refuse)
    (slow,) = read_returned(path, kind="expert")
    assert quick.error is None and not quick.problems, quick.messages()
    assert (quick.values, quick.raw) == (slow.values, slow.raw)  # ... and read what pypdf reads
    assert quick.values["name"] == "王𠮷堃喆" and quick.values["employer"] == "中国科学院(自动化)研究所\\所"
    assert quick.values["work_history"] == TYPED["work_history"]
    assert quick.values["expertise"] == ["智能电网", "智慧医疗"] and quick.values["side"] == "研"


def test_a_return_saved_again_incrementally_reads_its_newest_values(tmp_path):
    import io

    from pypdf import PdfReader, PdfWriter

    first = fill_with_pypdf(blank_pdf("expert"), TYPED)
    writer = PdfWriter(io.BytesIO(first), incremental=True)  # as a reader saving again appends to the file
    writer.update_page_form_field_values(None, {"name": "李四(二)", "side": "/c2"}, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert data.startswith(first) and len(PdfReader(io.BytesIO(data)).xref[0]) > 0
    path = tmp_path / "again.pdf"
    path.write_bytes(data)
    (form,) = read_returned(path, kind="expert")
    assert form.values["name"] == "李四(二)" and form.values["side"] == "产"
    assert form.values["employer"] == TYPED["employer"]
