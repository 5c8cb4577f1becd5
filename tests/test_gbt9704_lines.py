"""GB/T 9704 layout, the cases an audit of exported notices found: long titles, words split in titles,
stretched lines, long URLs, long attachment lists, text order, the document number's place."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.documents import Attachment, Block
from core.documents.geometry import MM
from core.documents.linebreak import CLOSING, OPENING
from tests.pdf_layout import (
    LEFT, PITCH, RIGHT, ALLIANCE, char_origins, find_line, lines_of, max_cjk_pitch_of, notice, pdftotext,
    poppler_words, pure_text, render, render_bytes, text_of,
)

ROOT = Path(__file__).resolve().parent.parent
LONG_TITLE = (f"{ALLIANCE}关于开展2014年度智慧城市优秀案例评选以及专家组评审附件材料报送工作和召开第二次理事会会议"
              "暨标准组成员增补有关事项的通知")


def title_of_length(n: int) -> str:
    text = (LONG_TITLE[:-3] + "、") * (n // len(LONG_TITLE) + 1)
    return text[:n - 3] + "的通知"


# ---- 1. titles in bounded work ---------------------------------------------------------------

def test_title_wrapping_work_grows_linearly_with_length():
    """A 200-character title lays out, and the wrapper's work per character stays flat from 50 to 400."""
    from core.documents.titles import WrapStats, wrap_title

    per_char = {}
    for n in (50, 100, 200, 400):
        stats = WrapStats()
        lines = wrap_title(title_of_length(n), lambda ch: 22.0 if ord(ch) > 0x2000 else 11.0, 156 * MM,
                           stats=stats)
        assert "".join(lines) == title_of_length(n)
        per_char[n] = stats.evaluations / n
    assert per_char[400] < 2.5 * per_char[50] and per_char[400] < 400


def test_notice_with_a_200_character_title_exports(tmp_path):
    """Export of a notice whose title has 200 characters (the most validation accepts) finishes."""
    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from tests.pdf_layout import notice\nfrom tests.test_gbt9704_lines import title_of_length\n"
              "from core.documents import render_pdf\n"
              f"info = render_pdf(notice(title=title_of_length(200)), {str(tmp_path / 't.pdf')!r})\n"
              "print(info.pages)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[-1]) >= 1


# ---- 2. titles: words whole, trapezoid or diamond, centred -------------------------------------

def test_title_never_splits_a_word_and_keeps_a_trapezoid_or_diamond():
    """The audit's titles: no cut inside 以及 or 材料 (nor any word the segmenter sees); no hourglass."""
    from core.documents.titles import wrap_title, word_boundaries

    width = lambda ch: 22.0 if ord(ch) > 0x2000 else 11.0  # noqa: E731
    for n in (40, 60, 90, 116, 150, 200):
        title = title_of_length(n)
        lines = wrap_title(title, width, 156 * MM)
        bounds = word_boundaries(title)
        cut = 0
        for line in lines[:-1]:
            cut += len(line)
            assert cut in bounds, (n, lines)
        for word in ("以及", "材料", "专家组", "标准组", "理事会"):
            assert title.count(word) == "|".join(lines).count(word), (word, lines)
        widths = [sum(width(c) for c in line) for line in lines]
        peak = widths.index(max(widths))
        assert all(a <= b + 0.01 for a, b in zip(widths[:peak], widths[1:peak + 1])), widths
        assert all(a + 0.01 >= b for a, b in zip(widths[peak:], widths[peak + 1:])), widths


def test_title_line_ending_in_a_latin_word_is_centred_without_its_space():
    """Each title line is centred on the block, measured by poppler: a trailing space is not counted."""
    title = f"{ALLIANCE}关于征集Smart City Reference Architecture Working Group成员单位的通知"
    data = render_bytes(notice(title=title))
    rows: dict[float, list] = {}
    for x0, y0, x1, y1, text in poppler_words(data, 1):
        if abs((y1 - y0) - 22) < 0.5:
            rows.setdefault(round(y0, 1), []).append((x0, x1, text))
    assert len(rows) >= 2
    assert any(re.search(r"[A-Za-z]$", words[-1][2]) for words in rows.values())  # a line ends with Latin
    for words in rows.values():
        centre = (min(w[0] for w in words) + max(w[1] for w in words)) / 2
        assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=0.2 * MM), words


# ---- 3. no stretched lines ------------------------------------------------------------------------

def demo_call_pdf(tmp_path) -> bytes:
    from core.demo import fill_demo
    from core.notices import export, queries
    from core.storage.database import open_database

    db = open_database(tmp_path / "demo.sqlite3")
    fill_demo(db)
    rows = queries.notice_rows(db, queries.notice_ids(db))
    call = next(r for r in rows.values() if r.doc_number == "智慧城市联盟〔2013〕5号")
    return export.render_notice_bytes(db, call.id)


def test_demo_notice_has_no_stretched_line(tmp_path):
    """In the demo 〔2013〕5号 no two neighbouring characters are more than 1.25 pitches apart, and every
    full line still ends on the block's right edge (poppler)."""
    data = demo_call_pdf(tmp_path)
    worst, line = max_cjk_pitch_of(data)
    assert worst <= 1.25 + 1e-3, (worst, line)
    for x0, _y0, x1, _y1, text in poppler_words(data):
        assert x1 <= RIGHT + 0.3, text  # nothing runs past the block


def test_group_pushed_to_the_next_line_is_answered_by_squeezing_not_spreading():
    """见。 at cells 26-27 of a 26-cell first line used to drag 意 down and spread 25 characters over
    26 cells; now the line's commas give up half their width and the sentence fits, unspread."""
    body = [Block("paragraph", "主要工作经历，主要成果、著作与获奖情况，推荐单位意见。" + pure_text(30))]
    data = render_bytes(notice(body=body))
    worst, line = max_cjk_pitch_of(data)
    assert worst <= 1.01, (worst, line)
    lines = ["".join(c for c, _x in line) for page in char_origins(data) for line in page]
    assert "主要工作经历，主要成果、著作与获奖情况，推荐单位意见。" in lines


def test_short_run_before_a_long_url_does_not_stand_alone():
    """下载地址： before a URL longer than the rest of the line: the URL is broken after / instead of
    leaving five characters spread across the line."""
    url = "https://www.example.org/downloads/2013/forms/expert-recommendation-form-2013.xlsx"
    body = [Block("paragraph", pure_text(26) + "下载地址：" + url + "，请于月底前报送。")]
    data = render_bytes(notice(body=body))
    worst, line = max_cjk_pitch_of(data)
    assert worst <= 1.25 + 1e-3, (worst, line)
    texts = ["".join(c for c, _x in line) for line in char_origins(data)[0]]
    start = next(t for t in texts if "下载地址" in t)
    assert start.endswith("/") or start.index("下载地址") < len(start) - 10, texts


# ---- 4. a run wider than a line ------------------------------------------------------------------

def test_run_wider_than_a_line_breaks_after_url_separators_only():
    """A URL and a long number code wider than the block are cut only after / . ? & = - _."""
    url = ("https://standards.example.org/catalogue/smart-city/reference_architecture/index.html"
           "?year=2013&lang=zh-cn&section=expert-group&page=2")
    code = "-".join(f"{k:04d}" for k in range(1, 16))
    pdf, _info = render(notice(body=[Block("paragraph", pure_text(10) + url + "。"),
                                     Block("paragraph", pure_text(5) + code + "。")]))
    texts = [text_of(line) for page in pdf.pages for line in lines_of(page)]
    for run in (url, code):
        first = next(k for k, t in enumerate(texts) if run[:20] in t)
        pieces, seen = [], ""
        for t in texts[first:]:
            part = t[t.index(run[:20]):] if not seen else t
            part = part[:len(run) - len(seen)]
            pieces.append(part)
            seen += part
            if len(seen) >= len(run):
                break
        assert seen == run and len(pieces) >= 2
        for piece in pieces[:-1]:
            assert piece[-1] in "/.?&=-_", pieces


# ---- 6. long attachment lists ---------------------------------------------------------------------

def test_thirty_attachments_leave_no_page_a_third_empty():
    """30 attachments flow over the pages: no page before the signature's is more than a third empty."""
    names = [f"{ALLIANCE}第{k}号专家推荐表" + ("及其填写说明和报送要求的补充材料" if k % 7 == 3 else "")
             for k in range(1, 31)]
    for length in (400, 600):
        pdf, _info = render(notice(body=[Block("paragraph", pure_text(length))],
                                   attachments=[Attachment(n) for n in names]))
        number, _date = find_line(pdf, "2013年11月6日")
        for page in pdf.pages[1:number - 1]:
            lines = lines_of(page)
            last_row = round((lines[-1][0]["top"] - lines[0][0]["top"]) / PITCH) + 1
            assert 22 - last_row <= 7, (length, [text_of(line) for line in lines])
        listed = [text_of(line) for page in pdf.pages for line in lines_of(page) if re.match(r"\d+\.", text_of(line))]
        assert [int(t.split(".")[0]) for t in listed] == list(range(2, 31))


# ---- 7. text order, dashes -------------------------------------------------------------------------

def test_attachment_note_copies_out_in_reading_order():
    """Copied in the PDF's own order (pdftotext -raw, as a viewer copies): 附件：1.… then 2.…, a wrapped
    name continuing on the next line."""
    names = ["中国智慧城市产业联盟专家推荐表", "中国智慧城市产业联盟标准组推荐表及其填写说明和报送要求的补充材料"]
    data = render_bytes(notice(attachments=[Attachment(n) for n in names]))
    text = re.sub(r"\s+", "", pdftotext(data, raw=True))
    assert f"附件：1.{names[0]}2.{names[1]}" in text


def test_two_em_dashes_touch():
    """—— is one unbroken dash: the ink of the second starts where the first one's ends; copied as ——."""
    from core.documents.fonts import load_fonts
    from core.documents.glyphs import side_bearings

    data = render_bytes(notice(body=[Block("paragraph", "他说——这是破折号——的测试。" + pure_text(30))]))
    assert "他说——这是破折号——的测试" in pdftotext(data)
    line = next(line for line in char_origins(data)[0] if line[0][0] == "他")
    face = load_fonts().face_for("fangsong", "—")
    left, right = side_bearings(face.path, face.index, face.font.face.charToGlyph[ord("—")])
    dashes = [x for c, x in line if c == "—"]
    assert len(dashes) == 4
    for a, b in zip(dashes[0::2], dashes[1::2]):
        ink_end = a + 16 * (1 - right)
        ink_start = b + 16 * left
        assert -0.5 <= ink_start - ink_end <= 0.05  # touching (the grid's tracking overlaps them a hair)


# ---- 8. the document number ------------------------------------------------------------------------

def test_document_number_two_blank_lines_under_the_mark():
    """The number's top is exactly two line pitches under the mark's bottom (poppler boxes, 0.1 mm)."""
    words = poppler_words(render_bytes(notice()), 1)
    mark = next(w for w in words if w[4] == f"{ALLIANCE}文件")
    number = next(w for w in words if "〔2013〕5号" in w[4])
    assert number[1] - mark[3] == pytest.approx(2 * PITCH, abs=0.1 * MM)


# ---- line breaker rules --------------------------------------------------------------------------

def test_breaker_squeezes_only_inside_lines_and_keeps_the_rules():
    """break_lines: every line fits (squeezes included), no 禁则 violation, the last character of a
    line is never squeezed, and no justified line's gaps exceed 1.25 pitches."""
    from core.documents.linebreak import break_lines

    def measure(ch, _role):
        return 16.0 if ord(ch) > 0x2000 else 8.0

    text = "主要工作经历，主要成果、著作与获奖情况，推荐单位意见。“智慧城市”（试点）、标准，" * 6
    lines = break_lines([(text, "fangsong")], measure, 16 * 28, first_indent=32.0, pitch=16.0)
    assert "".join(line.text for line in lines) == text
    for line in lines:
        assert line.text[0] not in CLOSING and line.text[-1] not in OPENING
        assert line.width(0.0) <= 16 * 28 - line.indent + 0.01
        assert line.adjust[-1] == 0.0
        assert line.spread(16 * 28 - line.indent, 0.0) <= 0.25 * 16 + 1e-6
    assert any(min(line.adjust) < 0 for line in lines)  # something was squeezed
    xs = lines[0].offsets(16 * 28 - 32.0, 0.0)
    assert xs[-1] + 16 == pytest.approx(16 * 28 - 32.0, abs=0.01)  # justified to the edge



def test_word_segmenter_is_silent_and_writes_no_cache(tmp_path):
    """Loading the segmenter prints nothing and leaves no cache file in the working or home folder."""
    import os

    script = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from core.documents.titles import word_boundaries\n"
              "print(sorted(word_boundaries('关于征集专家组成员的通知')))")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                         env=env)
    assert out.returncode == 0 and out.stderr == ""
    assert out.stdout.strip() == "[0, 2, 4, 7, 9, 10, 12]"  # 关于|征集|专家组|成员|的|通知
    assert list(tmp_path.iterdir()) == []
