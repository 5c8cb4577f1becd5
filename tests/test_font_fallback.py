"""Per-character font fallback keeps the style of the text (issue 8, item 5).

A character the body face lacks (𠮷 U+20BB7 in every free face but HanaMinB and LXGW
WenKai; 镕 in GB2312 faces such as 仿宋_GB2312) must be drawn from a face of the same
style: a Song/Ming face inside 仿宋/宋 text, a Hei face (or failing that a print face,
never 楷) inside 黑 text, a Kai face inside 楷 text. Read back glyph by glyph from the PDF.
"""

from __future__ import annotations

import os

import pytest

from core.documents import Block
from tests.pdf_layout import notice, render

HANAMIN_B = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
KAI_WORDS = ("kai", "wenkai")

needs_faces = pytest.mark.skipif(not (os.path.exists(HANAMIN_B) and os.path.exists(UMING)),
                                 reason="fonts-hanazono and fonts-arphic-uming are needed")


def fonts_of(pdf, ch: str) -> list[str]:
    """The font name of every drawn ``ch`` in the PDF (subset prefix removed)."""
    return [c["fontname"].split("+", 1)[-1] for page in pdf.pages for c in page.chars if c["text"] == ch]


def is_kai(fontname: str) -> bool:
    return any(word in fontname.lower() for word in KAI_WORDS)


@needs_faces
def test_ext_b_character_in_song_text_comes_from_a_ming_face():
    """𠮷 in body (仿宋) text and in the 小标宋 title: HanaMinB, not a 楷 face."""
    doc = notice(title="关于吉𠮷同志任职的通知", body=[Block("paragraph", "兹任命吉𠮷同志为联盟秘书处副秘书长。")])
    pdf, info = render(doc)
    assert info.missing_chars == ""
    names = fonts_of(pdf, "𠮷")
    assert len(names) == 2                          # the title and the body
    for name in names:
        assert "HanaMin" in name, names             # HanaMinA or B (Ming faces)
        assert not is_kai(name)
    body_face = fonts_of(pdf, "兹")[0]
    assert "UMing" in body_face                     # the body itself stays in its own face


@needs_faces
def test_ext_b_character_in_hei_and_kai_headings():
    """𠮷 in a 黑体 heading (一、) is not drawn in 楷; in a 楷体 heading (（一）) it is drawn in 楷."""
    doc = notice(body=[Block("h1", "吉𠮷同志简历"), Block("h2", "吉𠮷同志的工作"), Block("paragraph", "正文。")])
    pdf, _info = render(doc)
    hei_glyph, kai_glyph = fonts_of(pdf, "𠮷")
    assert not is_kai(hei_glyph), hei_glyph
    assert "HanaMin" in hei_glyph                   # no free Hei face has it: the nearest print style
    assert is_kai(kai_glyph), kai_glyph


def gb2312_like(source: str, name: str, folder) -> str:
    """A face without 镕 or 𠮷, as the GB2312 faces 仿宋_GB2312 or AR PL SungtiL GB are: a subset
    of ``source`` (subfont 0) renamed ``name``, so its glyphs can be told apart in the PDF."""
    if not os.path.exists(source):
        pytest.skip(f"{source} is needed")
    from fontTools import subset
    from fontTools.ttLib import TTFont

    text = "".join(sorted(set(
        "中国智慧城市产业联盟文件关于征集专家组和标准组成员的通知各单位兹任命同志为秘书处副长参会人员赵朱基"
        "〔〕号：，。、（）一二三0123456789年月日— 简历")))
    font = TTFont(source, fontNumber=0)
    sub = subset.Subsetter(subset.Options(layout_features=[], name_languages=["*"], notdef_outline=True))
    sub.populate(text=text)
    sub.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 6):
            record.string = name
    path = folder / f"{name}.ttf"
    font.save(path)
    return str(path)


@pytest.fixture(scope="module")
def gb2312_like_face(tmp_path_factory):
    """A Song face without 镕 (from AR PL UMing CN)."""
    return gb2312_like(UMING, "SongGBTest", tmp_path_factory.mktemp("gb2312"))


def test_character_missing_from_a_gb2312_body_face_comes_from_a_song_face(gb2312_like_face):
    """With GB2312 faces chosen for 仿宋 and 宋, 朱镕基's 镕 is drawn from AR PL UMing (Song), not from the Hei face."""
    doc = notice(body=[Block("paragraph", "参会人员：朱镕基同志。")])
    fonts = {"fangsong": gb2312_like_face, "song": gb2312_like_face}
    pdf, info = render(doc, fonts=fonts)
    assert info.missing_chars == ""
    (name,) = fonts_of(pdf, "镕")
    assert "UMing" in name, name
    assert "SongGBTest" in fonts_of(pdf, "朱")[0]   # 朱 itself comes from the chosen face


def test_character_missing_from_a_gb2312_hei_face_comes_from_a_hei_face(tmp_path):
    """With a GB2312 黑体 chosen, 镕 in a 一、 heading is drawn from WenQuanYi Zen Hei, not from the Song face."""
    hei = gb2312_like(ZENHEI, "HeiGBTest", tmp_path)
    doc = notice(body=[Block("h1", "朱镕基同志简历"), Block("paragraph", "正文。")])
    pdf, info = render(doc, fonts={"hei": hei})
    assert info.missing_chars == ""
    assert "HeiGBTest" in fonts_of(pdf, "朱")[0]
    (name,) = fonts_of(pdf, "镕")
    assert "WenQuanYi" in name, name
