"""Find, register and fall back between the Chinese TrueType faces a document needs.

Roles: ``fangsong`` (body), ``song`` (page numbers, stand-in), ``hei`` (一、 headings,
附件N), ``kai`` (（一） headings), ``xiaobiaosong`` (issuer mark and titles).
Each role is taken from, in order: the font setting (``overrides``: role -> file path,
or (path, subfont index)), the Windows system faces (仿宋, 宋体, 黑体, 楷体, 方正小标宋),
then the free Debian faces, found by file name in the usual font folders or through
``fc-list``: AR PL UMing (宋/明; also the stand-in for 仿宋, which no free Chinese
font provides), WenQuanYi Zen Hei (黑), LXGW WenKai then AR PL UKai (楷), and
HanaMin A/B for rare characters. The AR PL collections are used in their CN, TW
or HK form according to the target script.
Only TrueType outlines are used (reportlab refuses CFF/OTF), never the built-in CID
fonts (they are not embedded). Where no 小标宋 exists, a Song face drawn faux-bold
stands in for it.

A character missing from a role's face is drawn from a face of the same style that
has it: Song/Ming faces for 仿宋, 宋 and 小标宋 text (the Song face, then SimSun-ExtB,
MingLiU-ExtB, HanaMinA/B), Hei faces for 黑, Kai faces for 楷; only when no face of
that style has the character does it come from another style (Song before Kai for
Hei text: both are print styles, Kai is a handwritten one). So 𠮷 in body text is
drawn from HanaMinB, never from a 楷 face. Cmaps and parsed metrics come from the
disk cache of ``pdffonts``; registrations are cached per process.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Mapping, Union

from core.documents import pdffonts
from core.errors import UserError
from core.i18n import Msg

ROLES = ("fangsong", "song", "hei", "kai", "xiaobiaosong")
FontSpec = Union[str, os.PathLike, tuple]  # a path, or (path, subfont index)

# Subfont of the AR PL collections by target script (regional glyph forms).
_ARPHIC_INDEX = {"hans": 0, "hant-hk": 1, "hant-tw": 2}
_ARPHIC = ("uming.ttc", "ukai.ttc")

# role -> file names tried in order (case-insensitive), Windows faces first.
_CANDIDATES: dict[str, tuple[str, ...]] = {
    "fangsong": ("simfang.ttf", "fangsong_gb2312.ttf", "仿宋_gb2312.ttf", "fs_gb2312.ttf", "stfangso.ttf"),
    "song": ("simsun.ttc", "simsun.ttf", "stsong.ttf", "uming.ttc"),
    "hei": ("simhei.ttf", "stheiti.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc"),
    "kai": ("simkai.ttf", "kaiti_gb2312.ttf", "楷体_gb2312.ttf", "stkaiti.ttf", "lxgwwenkai-regular.ttf", "ukai.ttc"),
    "xiaobiaosong": ("fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf", "方正小标宋_gbk.ttf", "fzxbsk.ttf"),
}
# What a role uses when none of its own faces exists (the first found wins).
_STAND_INS = {"fangsong": ("song",), "song": ("fangsong",), "hei": ("song",), "kai": ("song",),
              "xiaobiaosong": ("song", "hei")}
# The style of each role's text, and the styles tried, in order, for a character its face lacks.
_STYLE = {"fangsong": "song", "song": "song", "xiaobiaosong": "song", "hei": "hei", "kai": "kai"}
_STYLE_ORDER = {"song": ("song", "hei", "kai"), "hei": ("hei", "song", "kai"), "kai": ("kai", "song", "hei")}
# Extra faces for per-character fallback (Ext-B and beyond), by style, after the role faces.
_FALLBACK_EXTRA = {"song": ("simsunb.ttf", "mingliub.ttc", "hanamina.ttf", "hanaminb.ttf"),
                   "hei": (), "kai": ("lxgwwenkai-regular.ttf",)}
# fc-list family keywords, for systems whose files carry other names.
_FAMILY_WORDS = {"fangsong": ("fangsong", "仿宋"), "song": ("song", "ming", "宋", "明"),
                 "hei": ("hei", "黑"), "kai": ("kai", "楷"), "xiaobiaosong": ("小标宋", "xbs")}

_lock = threading.RLock()
_file_index: dict[str, str] | None = None
_fc_faces: list[tuple[str, int, str]] | None = None
_fontsets: dict[tuple, "FontSet"] = {}


class Face:
    """One TrueType face (file + subfont), registered with reportlab when first drawn."""

    def __init__(self, path: str, index: int = 0) -> None:
        self.path = path
        self.index = index
        self._font = None
        self._cmap = None

    def __repr__(self) -> str:
        return f"Face({Path(self.path).name}#{self.index})"

    @property
    def font(self):
        """The registered reportlab TTFont (parsed once per process)."""
        if self._font is None:
            with _lock:
                if self._font is None:
                    self._font = pdffonts.register(self.path, self.index)
        return self._font

    @property
    def name(self) -> str:
        return self.font.fontName

    def has(self, code: int) -> bool:
        if self._cmap is None:  # the parsed (or cached) face's cmap: no need to register it
            self._cmap = pdffonts.load_face(self.path, self.index).charToGlyph
        return code in self._cmap

    def width(self, code: int, size: float) -> float:
        return self.font.face.getCharWidth(code) * size / 1000.0

    @property
    def descent(self) -> float:
        """Descent below the baseline as a share of the size (negative, e.g. -0.12)."""
        return self.font.face.descent / 1000.0


_faces: dict[tuple[str, int], Face] = {}


def _face(path: str, index: int) -> Face:
    key = (os.path.realpath(path), index)
    with _lock:
        if key not in _faces:
            _faces[key] = Face(key[0], index)
        return _faces[key]


def font_dirs() -> list[Path]:
    """Folders searched for font files, system folders first."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    if sys.platform == "win32":
        dirs.append(Path("C:/Windows/Fonts"))
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts", home / ".fonts",
             Path("/Library/Fonts"), home / "Library/Fonts"]
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    dirs.append(base / "resources" / "fonts")  # faces bundled with a packaged build, if any
    return dirs


def _index_files() -> dict[str, str]:
    """Lower-case file name -> path, for every .ttf/.ttc in the font folders (first wins)."""
    global _file_index
    with _lock:
        if _file_index is None:
            found: dict[str, str] = {}
            for folder in font_dirs():
                if not folder.is_dir():
                    continue
                for root, _dirs, files in os.walk(folder):
                    for name in files:
                        low = name.lower()
                        if low.endswith((".ttf", ".ttc")) and low not in found:
                            found[low] = os.path.join(root, name)
            _file_index = found
        return _file_index


def _fc_list() -> list[tuple[str, int, str]]:
    """(path, index, families) of TrueType Chinese faces known to fontconfig, if it exists."""
    global _fc_faces
    with _lock:
        if _fc_faces is None:
            _fc_faces = []
            exe = shutil.which("fc-list")
            if exe:
                try:
                    out = subprocess.run([exe, ":lang=zh", "--format", "%{file}|%{index}|%{family}|%{fontformat}\n"],
                                         capture_output=True, text=True, timeout=10).stdout
                except (OSError, subprocess.SubprocessError):
                    out = ""
                for line in out.splitlines():
                    parts = line.split("|")
                    if len(parts) == 4 and parts[3] == "TrueType" and parts[1].isdigit():
                        _fc_faces.append((parts[0], int(parts[1]), parts[2].lower()))
        return _fc_faces


def _subfont_index(filename: str, script: str) -> int:
    return _ARPHIC_INDEX.get(script, 0) if filename.lower() in _ARPHIC else 0


def _by_name(names, script: str) -> list[Face]:
    files = _index_files()
    faces = []
    for name in names:
        path = files.get(name.lower())
        if path and pdffonts.is_truetype(path, _subfont_index(name, script)):
            faces.append(_face(path, _subfont_index(name, script)))
    return faces


def _by_family(role: str) -> list[Face]:
    words = _FAMILY_WORDS[role]
    return [_face(p, i) for p, i, fam in _fc_list() if any(w in fam for w in words) and pdffonts.is_truetype(p, i)]


def _override_face(role: str, spec: FontSpec) -> Face:
    path, index = (spec[0], int(spec[1])) if isinstance(spec, tuple) else (spec, 0)
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise UserError(Msg("The font file chosen for {role} does not exist: {path}", role=role, path=path))
    if not pdffonts.is_truetype(path, index):
        raise UserError(Msg("The font file {path} is not a TrueType font (PostScript/CFF outlines cannot be "
                            "embedded in a PDF). Choose a .ttf or .ttc file.", path=path))
    return _face(path, index)


class FontSet:
    """The faces chosen for each role, plus the per-character fallback chain."""

    def __init__(self, roles: dict[str, Face], faux_bold: set[str], chains: dict[str, list[Face]]) -> None:
        self.roles = roles
        self.faux_bold = faux_bold        # roles drawn with a stroke (no real bold face found)
        self.chains = chains              # style -> every face, in the fallback order of that style
        self.chain = chains["song"]       # every face (Song-style order)
        self._pick: dict[tuple[str, str], Face] = {}

    def face(self, role: str) -> Face:
        return self.roles[role]

    def face_for(self, role: str, ch: str) -> Face:
        """The role's face if it has ``ch``, else the first face of the role's style that has it
        (then of the nearest other style)."""
        key = (role, ch)
        face = self._pick.get(key)
        if face is None:
            face = own = self.roles[role]
            code = ord(ch)
            own.font  # the role's own face is drawn anyway: register it, use its parsed cmap
            if not own.has(code) and not ch.isspace():
                chain = self.chains[_STYLE[role]]
                face = next((f for f in chain if f is not own and f.has(code)), own)
            self._pick[key] = face
        return face

    def files(self) -> list[str]:
        return sorted({f"{Path(f.path).name}#{f.index}" for f in self.roles.values()})


def load_fonts(overrides: Mapping[str, FontSpec] | None = None, script: str = "hans") -> FontSet:
    """The font set for ``script`` (cached): overrides, then system faces, then free faces.

    Raises UserError naming what to install when no usable Chinese face exists.
    """
    overrides = dict(overrides or {})
    unknown = set(overrides) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown font roles {sorted(unknown)}")
    key = (tuple(sorted((k, str(v)) for k, v in overrides.items())), script)
    with _lock:
        if key in _fontsets:
            return _fontsets[key]
        own: dict[str, list[Face]] = {}
        for role in ROLES:
            faces = [_override_face(role, overrides[role])] if role in overrides else []
            faces += _by_name(_CANDIDATES[role], script)
            if not faces and role != "xiaobiaosong":
                faces = _by_family(role)
            own[role] = faces
        roles: dict[str, Face] = {}
        faux: set[str] = set()
        for role in ROLES:
            if own[role]:
                roles[role] = own[role][0]
                continue
            for stand_in in _STAND_INS[role]:
                if own[stand_in]:
                    roles[role] = own[stand_in][0]
                    break
            if role == "xiaobiaosong" and role in roles:
                faux.add(role)
        if not roles:
            any_face = _by_family("song") + _by_family("hei") + _by_family("kai")
            if not any_face:
                raise UserError(Msg(
                    "No Chinese TrueType font was found, so the PDF cannot be written. On Windows the system "
                    "fonts FangSong, SimSun, SimHei and KaiTi are used; on Linux install the packages "
                    "fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei, fonts-lxgw-wenkai and "
                    "fonts-hanazono, or choose font files in the settings."))
            own["song"] = any_face
        for role in ROLES:  # a role with nothing of its own: the first face found at all
            if role not in roles:
                roles[role] = next(f for r in ("song", "fangsong", "hei", "kai") for f in own[r])
                if role == "xiaobiaosong":
                    faux.add(role)
        by_style: dict[str, list[Face]] = {"song": [], "hei": [], "kai": []}
        for role in ROLES:  # the faces chosen for the roles first, then every other face found
            by_style[_STYLE[role]].append(roles[role])
        for role in ROLES:
            by_style[_STYLE[role]] += own[role]
        for style, names in _FALLBACK_EXTRA.items():
            by_style[style] += _by_name(names, script)
        chains: dict[str, list[Face]] = {}
        for style, order in _STYLE_ORDER.items():
            chain: list[Face] = []
            for face in (f for s in order for f in by_style[s]):
                if face not in chain:
                    chain.append(face)
            chains[style] = chain
        fontset = FontSet(roles, faux, chains)
        _fontsets[key] = fontset
        return fontset


def preload_fonts(overrides: Mapping[str, FontSpec] | None = None, script: str = "hans") -> FontSet:
    """Find and register every role's face now (e.g. in a background thread at start-up),
    so that the first export does not pay for parsing the font files."""
    fontset = load_fonts(overrides, script)
    for role in ROLES:
        fontset.face(role).font
    return fontset


def reset_font_cache() -> None:
    """Forget the font search (after fonts were installed or the font setting changed).
    Faces already registered with reportlab stay registered."""
    global _file_index, _fc_faces
    with _lock:
        _file_index = None
        _fc_faces = None
        _fontsets.clear()
