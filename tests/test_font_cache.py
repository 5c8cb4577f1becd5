"""The disk cache of parsed TrueType faces (issue 9, item 5): same PDF, no re-parse, safe.

A face loaded from the cache must give reportlab exactly what parsing the file gives
(so the PDF is byte for byte the same); a stale, damaged or foreign cache file is
ignored and rewritten; a cache folder that cannot be written only costs the parse.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.documents import pdffonts

ROOT = Path(__file__).resolve().parent.parent
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def same_face(cached, parsed) -> None:
    """Every table and attribute reportlab uses for measuring and embedding is equal; a subset
    (with composite glyphs such as é where the font has them) is byte for byte the same."""
    codes = sorted(parsed.charToGlyph)[:: max(1, len(parsed.charToGlyph) // 300)]
    codes += [c for c in (0xE9, 0xC5, 0x1EA0, 0x4E2D) if c in parsed.charToGlyph and c not in codes]
    assert cached.makeSubset(codes) == parsed.makeSubset(codes)  # the mapped file of a cached face
    assert dict(cached.charToGlyph) == parsed.charToGlyph
    assert dict(cached.charWidths) == parsed.charWidths
    assert list(cached.hmetrics) == parsed.hmetrics
    assert list(cached.glyphPos) == parsed.glyphPos
    skip = {"charToGlyph", "charWidths", "hmetrics", "glyphPos", "glyphToChar", "_ttf_data", "_pdfScale", "_pos"}
    for key, value in parsed.__dict__.items():
        if key not in skip:
            assert getattr(cached, key) == value, key
    assert cached._ttf_data == parsed._ttf_data
    assert cached._pdfScale(1234) == parsed._pdfScale(1234)
    assert cached.makeSubset(codes) == parsed.makeSubset(codes)  # the file read whole


@pytest.fixture
def font_copy(tmp_path):
    if not os.path.exists(DEJAVU):
        pytest.skip("fonts-dejavu-core is needed")
    path = tmp_path / "fonts" / "DejaVuSans.ttf"
    path.parent.mkdir()
    shutil.copyfile(DEJAVU, path)
    return str(path)


def parse_count(monkeypatch) -> list[str]:
    """Record every real parse of a font file by reportlab."""
    calls: list[str] = []
    original = pdffonts.ttfonts.TTFontFace.__init__

    def counting(self, filename, *args, **kwargs):
        calls.append(filename)
        original(self, filename, *args, **kwargs)

    monkeypatch.setattr(pdffonts.ttfonts.TTFontFace, "__init__", counting)
    return calls


def test_cached_face_equals_parsed_face(font_copy, monkeypatch):
    """The second load comes from the cache (no parse) and equals reportlab's own parse."""
    parsed = pdffonts.ttfonts.TTFontFace(font_copy)
    calls = parse_count(monkeypatch)
    first = pdffonts._load_or_parse(font_copy, 0)
    assert calls == [font_copy] and pdffonts.cache_file(font_copy, 0).is_file()
    second = pdffonts._load_or_parse(font_copy, 0)
    assert calls == [font_copy]                      # not parsed again
    assert isinstance(second, pdffonts._CachedFace)
    same_face(second, parsed)
    same_face(first, parsed)


@pytest.mark.skipif(not os.path.exists(UMING), reason="fonts-arphic-uming is needed")
def test_cached_cjk_collection_subfont_equals_parsed():
    """A subfont of a .ttc (AR PL UMing TW) round-trips through the cache unchanged."""
    parsed = pdffonts.ttfonts.TTFontFace(UMING, subfontIndex=2)
    pdffonts._load_or_parse(os.path.realpath(UMING), 2)
    cached = pdffonts._load_or_parse(os.path.realpath(UMING), 2)
    assert isinstance(cached, pdffonts._CachedFace)
    same_face(cached, parsed)


def test_stale_cache_is_ignored_and_rebuilt(font_copy, monkeypatch):
    """A font file changed since it was cached (new mtime or size) is parsed again and re-cached."""
    pdffonts._load_or_parse(font_copy, 0)
    calls = parse_count(monkeypatch)
    st = os.stat(font_copy)
    os.utime(font_copy, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    face = pdffonts._load_or_parse(font_copy, 0)
    assert calls == [font_copy]
    same_face(face, pdffonts.ttfonts.TTFontFace(font_copy))
    calls.clear()
    pdffonts._load_or_parse(font_copy, 0)               # the rewritten cache matches the new stamp
    assert calls == []
    # another font under the same name (other size): parsed, not taken from the cache
    shutil.copyfile("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", font_copy)
    face = pdffonts._load_or_parse(font_copy, 0)
    assert calls == [font_copy] and b"Bold" in face.name


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty", "header"])
def test_damaged_cache_is_ignored_and_rebuilt(font_copy, monkeypatch, damage):
    """A damaged cache file never reaches reportlab: the font is parsed and the cache rewritten."""
    pdffonts._load_or_parse(font_copy, 0)
    target = pdffonts.cache_file(font_copy, 0)
    data = bytearray(target.read_bytes())
    if damage == "flip":
        data[-1000] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "garbage":
        data = bytearray(os.urandom(len(data)))
    elif damage == "empty":
        data = bytearray()
    else:
        data[12:40] = b"{not json at all, no; ]]]]]"
    target.write_bytes(bytes(data))
    calls = parse_count(monkeypatch)
    face = pdffonts._load_or_parse(font_copy, 0)
    assert calls == [font_copy]
    same_face(face, pdffonts.ttfonts.TTFontFace(font_copy))
    calls.clear()
    assert isinstance(pdffonts._load_or_parse(font_copy, 0), pdffonts._CachedFace)
    assert calls == []


def test_unwritable_cache_folder_only_costs_the_parse(font_copy, tmp_path, monkeypatch):
    """When the cache folder cannot be made (a file stands in its way) the face is parsed and works."""
    blocker = tmp_path / "home"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ALLIANCE_SECRETARIAT_HOME", str(blocker))
    face = pdffonts._load_or_parse(font_copy, 0)
    same_face(face, pdffonts.ttfonts.TTFontFace(font_copy))


CHILD = r"""
import io, sys
sys.path.insert(0, {root!r})
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfbase import ttfonts
if {forbid_parse!r}:
    def refuse(*a, **k):
        raise SystemExit("a font file was parsed although the cache is warm")
    ttfonts.TTFontFace.__init__ = refuse
from core.documents import render_pdf
from core.documents.samples import sample_notice
out = io.BytesIO()
render_pdf(sample_notice(2, seal={seal!r}), out, script={script!r})
sys.stdout.buffer.write(out.getvalue())
"""


@pytest.mark.skipif(not os.path.exists(UMING), reason="fonts-arphic-uming is needed")
def test_pdf_from_warm_cache_is_byte_identical(tmp_path, seal_png):
    """In fresh processes: the PDF written with a cold cache equals, byte for byte, the PDF
    written from the warm cache, where no font file is parsed at all; every font is embedded."""
    env = dict(os.environ, ALLIANCE_SECRETARIAT_HOME=str(tmp_path / "home"))

    def child(forbid_parse: bool, script: str = "hans") -> bytes:
        code = CHILD.format(root=str(ROOT), forbid_parse=forbid_parse, seal=str(seal_png), script=script)
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, cwd=ROOT, timeout=300)
        assert run.returncode == 0, run.stderr.decode(errors="replace")
        return run.stdout

    cold = child(forbid_parse=False)
    assert list((tmp_path / "home" / "cache" / "fonts").glob("*.face"))
    warm = child(forbid_parse=True)
    assert warm == cold
    if shutil.which("pdffonts"):
        pdf = tmp_path / "warm.pdf"
        pdf.write_bytes(warm)
        rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        fonts = rows.splitlines()[2:]
        assert fonts and all(row.split()[-5:-2] == ["yes", "yes", "yes"] for row in fonts), rows


def test_font_file_replaced_after_loading_is_a_clear_error(font_copy):
    """A font file replaced between measuring and embedding is refused with a message, not embedded wrong."""
    from core.errors import UserError

    pdffonts._load_or_parse(font_copy, 0)
    face = pdffonts._load_or_parse(font_copy, 0)
    shutil.copyfile("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", font_copy)
    with pytest.raises(UserError) as caught:
        face.makeSubset([65, 66])
    assert font_copy in str(caught.value)
