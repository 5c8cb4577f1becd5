"""Build the one-folder program and its portable zip (Windows and Linux).

    python build_spec/build.py                 # build dist/AllianceSecretariat/ and the portable zip
    python build_spec/build.py --reuse         # keep the last build if none of its inputs changed
    python build_spec/build.py --installer     # Windows: also run Inno Setup (ISCC.exe) on installer.iss

Steps: stage the free Chinese fonts the PDFs fall back on (with their licence
texts) in build/fonts-staging, run PyInstaller on build_spec/alliance.spec, check
that the bundle holds what the program reads at run time, write
dist/AllianceSecretariat-<version>-<platform>-portable.zip (the folder plus the
``portable`` marker, so data, settings and backups stay beside the program).

``--reuse`` is honest: the build is kept only when a fingerprint of every input
(the program's sources, resources, catalogs, the spec, the staged fonts, the
installed packages with their versions, the Python version, and on Debian the list
of installed system packages) equals the one stored with the last build. Run it with
the project's virtual environment's Python.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.version import read_version  # noqa: E402

NAME = "AllianceSecretariat"
SPEC = ROOT / "build_spec" / "alliance.spec"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
FONT_STAGING = BUILD / "fonts-staging"
STAMP_NAME = "build-fingerprint.json"
SOURCE_DIRS = ("cli", "core", "ui", "resources")
SOURCE_FILES = ("main.py", "pyproject.toml", "requirements.txt", "i18n/zh_Hans.ts", "i18n/zh_Hant.ts",
                "build_spec/alliance.spec", "build_spec/build.py")

# Free TrueType faces bundled as the PDFs' last resort (Windows and most Linux desktops have
# their own): file name -> (face, licence, Debian package whose licence texts are copied beside it).
FREE_FONTS = {
    "uming.ttc": ("AR PL UMing (Song/Ming; also the FangSong stand-in)", "Arphic Public License",
                  "fonts-arphic-uming"),
    "LXGWWenKai-Regular.ttf": ("LXGW WenKai Regular (Kai; rare characters such as 𠮷)", "SIL Open Font License 1.1",
                               "fonts-lxgw-wenkai"),
}
FONT_DIRS = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts"]

# What the frozen program reads at run time: checked in every build.
REQUIRED = [
    "pyproject.toml", "i18n/zh_Hans.ts", "i18n/zh_Hant.ts", "resources/LICENCES.txt", "resources/app/app.svg",
    "resources/icons/members.svg", "pypinyin/pinyin_dict.json", "pypinyin/phrases_dict.json",
]
REQUIRED_GLOBS = {
    "OpenCC's dictionaries": "opencc/clib/share/opencc/*.ocd2",
    "OpenCC's configurations": "opencc/clib/share/opencc/s2tw.json",
    "Qt's Simplified Chinese catalog": "PySide6/**/translations/qtbase_zh_CN.qm",
    "Qt's Traditional Chinese catalog": "PySide6/**/translations/qtbase_zh_TW.qm",
    "the SVG icon engine": "PySide6/**/plugins/iconengines/*qsvgicon*",
}
if sys.platform.startswith("linux"):
    REQUIRED_GLOBS["the offscreen platform"] = "PySide6/Qt/plugins/platforms/libqoffscreen.so"
    REQUIRED_GLOBS["the xcb platform"] = "PySide6/Qt/plugins/platforms/libqxcb.so"
elif sys.platform == "win32":
    REQUIRED_GLOBS["the Windows platform"] = "PySide6/plugins/platforms/qwindows.dll"
# What must not be in the bundle.
FORBIDDEN = ["pytest", "_pytest", "pytestqt", "pdfplumber", "tests", "PyInstaller", "tkinter"]


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


def version() -> str:
    return read_version(ROOT / "pyproject.toml")


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{platform.machine().lower()}"


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / NAME


def internal_dir(bundle: Path) -> Path:
    """The bundle's data folder (sys._MEIPASS of the frozen program)."""
    return bundle / "_internal"


def executable(bundle: Path, cli: bool = False) -> Path:
    if sys.platform == "win32":
        return bundle / (f"{NAME}-cli.exe" if cli else f"{NAME}.exe")
    return bundle / NAME


# -- fonts --------------------------------------------------------------------------------
def find_font(name: str) -> Path | None:
    for folder in FONT_DIRS:
        if folder.is_dir():
            for path in folder.rglob(name):
                return path
    return None


def stage_fonts(require: bool) -> list[str]:
    """Copy the free faces found on this machine, with their licence texts, to the staging folder."""
    shutil.rmtree(FONT_STAGING, ignore_errors=True)
    FONT_STAGING.mkdir(parents=True)
    staged, missing = [], []
    for name, (face, licence, package) in FREE_FONTS.items():
        path = find_font(name)
        if path is None:
            missing.append(f"{name} ({face}; Debian package {package})")
            continue
        shutil.copy2(path, FONT_STAGING / name)
        doc = Path("/usr/share/doc") / package
        texts = [doc / f for f in ("copyright", "license", "LICENSE", "OFL.txt") if (doc / f).is_file()]
        if not texts:
            raise SystemExit(f"the licence text of {name} was not found in {doc}: a font is never bundled without it")
        with open(FONT_STAGING / f"{Path(name).stem}.LICENCE.txt", "w", encoding="utf-8") as out:
            out.write(f"{face}\nLicence: {licence}\nFile: {name}, from the Debian package {package}\n\n")
            for text in texts:
                out.write(f"===== {text.name} =====\n{text.read_text(encoding='utf-8', errors='replace')}\n")
        staged.append(name)
    if missing:
        message = "free fonts not found, not bundled: " + "; ".join(missing)
        if require:
            raise SystemExit(message)
        say(message)
    return staged


# -- fingerprint ------------------------------------------------------------------------------
def fingerprint() -> str:
    """A hash of every input of the build (see the module's doc)."""
    digest = hashlib.sha256()
    files = [ROOT / f for f in SOURCE_FILES]
    for folder in SOURCE_DIRS:
        files += [p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    files += sorted(FONT_STAGING.iterdir()) if FONT_STAGING.is_dir() else []
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest() if path.exists() else b"missing")
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode())
    digest.update(sys.version.encode())
    dpkg = Path("/var/lib/dpkg/status")  # the system libraries PyInstaller copies (Qt's xcb, fontconfig...)
    if dpkg.is_file():
        digest.update(hashlib.sha256(dpkg.read_bytes()).digest())
    return digest.hexdigest()


def stored_fingerprint(bundle: Path) -> str | None:
    try:
        return json.loads((bundle.parent / STAMP_NAME).read_text())["fingerprint"]
    except (OSError, ValueError, KeyError):
        return None


# -- checks ---------------------------------------------------------------------------------
def check_bundle(bundle: Path, fonts: list[str]) -> list[str]:
    """What is missing from (or wrongly in) the bundle; empty when it is complete."""
    internal = internal_dir(bundle)
    problems = []
    if not executable(bundle).is_file():
        problems.append(f"the executable {executable(bundle).name} is missing")
    for rel in REQUIRED + [f"resources/fonts/{f}" for f in fonts]:
        if not (internal / rel).is_file():
            problems.append(f"{rel} is missing")
    for label, pattern in REQUIRED_GLOBS.items():
        if not any(internal.glob(pattern)):
            problems.append(f"{label} ({pattern}) is missing")
    for name in FORBIDDEN:
        if (internal / name).exists():
            problems.append(f"{name} should not be bundled")
    problems += unlisted_licences(internal)
    return problems


def unlisted_licences(internal: Path) -> list[str]:
    """Libraries in the bundle that resources/LICENCES.txt (shown in Help → About) does not name."""
    listed = (ROOT / "resources" / "LICENCES.txt").read_text(encoding="utf-8").lower().replace("_", "-")
    owners = importlib.metadata.packages_distributions()
    names = {e.name.split(".")[0] if e.is_file() else e.name for e in internal.iterdir()}
    names |= pyz_top_level(internal.parent)
    problems = []
    for name in sorted(names):
        for dist in owners.get(name, []):
            if dist.lower().replace("_", "-") not in listed:
                problems.append(f"{dist} is bundled (as {name}) but not named in resources/LICENCES.txt")
    return sorted(set(problems))


def pyz_top_level(bundle: Path) -> set[str]:
    """Top-level names of the Python modules inside the executable's archive (pure-Python packages)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable(bundle)))
    inner = next(name for name in archive.toc if name.endswith(".pyz"))
    return {name.split(".")[0] for name in archive.open_embedded_archive(inner).toc}


def strip_python_debug(bundle: Path) -> int:
    """Linux: remove the debugging sections of Python's own libraries (libpython, lib-dynload),
    which this Python carries (about 20 MB). Wheels' libraries are left alone (stripping
    patchelf-edited files can break them). Returns the bytes saved."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or not strip:
        return 0
    internal = internal_dir(bundle)
    files = [p for p in internal.glob("libpython3*.so*") if p.is_file() and not p.is_symlink()]
    files += [p for p in internal.glob("python3*/lib-dynload/*.so") if p.is_file() and not p.is_symlink()]
    before = sum(p.stat().st_size for p in files)
    if files:
        subprocess.run([strip, "--strip-debug", *map(str, files)], check=True)
    return before - sum(p.stat().st_size for p in files)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


# -- zip --------------------------------------------------------------------------------------
def portable_zip(bundle: Path) -> Path:
    """The folder plus an empty ``portable`` file: data, settings and backups stay in <folder>/data."""
    out = bundle.parent / f"{NAME}-{version()}-{platform_tag()}-portable.zip"
    tmp = out.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(bundle.rglob("*")):
            arc = Path(NAME) / path.relative_to(bundle)
            if path.is_symlink():
                info = zipfile.ZipInfo(str(arc))
                info.create_system = 3
                info.external_attr = 0o120777 << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_file():
                zf.write(path, arc)
        zf.writestr(f"{NAME}/portable", "")
    tmp.replace(out)
    return out


def windows_version_file(path: Path) -> Path:
    """The file version resource of the Windows executables (Explorer's Details tab)."""
    parts = [int(p) if p.isdigit() else 0 for p in version().split(".")[:4]]
    parts += [0] * (4 - len(parts))
    numbers = ", ".join(str(p) for p in parts)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[StringFileInfo([StringTable('080404b0', [
    StringStruct('CompanyName', 'Alliance Secretariat'),
    StringStruct('FileDescription', 'Alliance Secretariat'),
    StringStruct('FileVersion', '{version()}'),
    StringStruct('ProductName', 'Alliance Secretariat'),
    StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])])
""", encoding="utf-8")
    return path


def run_installer(bundle: Path) -> Path:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    for candidate in (Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)")) / "Inno Setup 6/ISCC.exe",
                      Path(os.environ.get("ProgramFiles", "C:/Program Files")) / "Inno Setup 6/ISCC.exe"):
        if not iscc and candidate.is_file():
            iscc = str(candidate)
    if not iscc:
        raise SystemExit("Inno Setup's ISCC.exe was not found; install Inno Setup 6 (see docs/packaging.md)")
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DBundleDir={bundle}", f"/DOutputDir={bundle.parent}",
                    str(ROOT / "build_spec" / "installer.iss")], check=True)
    return bundle.parent / f"{NAME}-{version()}-setup.exe"


# -- main -------------------------------------------------------------------------------------
def build(reuse: bool = False, require_fonts: bool = False, installer: bool = False, dist: Path = DIST) -> dict:
    """Build (or reuse) the bundle and the portable zip; returns a summary (also written as JSON)."""
    fonts = stage_fonts(require_fonts)
    bundle = bundle_dir(dist)
    fp = fingerprint()
    zip_path = dist / f"{NAME}-{version()}-{platform_tag()}-portable.zip"
    reused = reuse and stored_fingerprint(bundle) == fp and bundle.is_dir() and zip_path.is_file()
    seconds = 0.0
    if reused:
        say(f"inputs unchanged since the last build: reusing {bundle}")
    else:
        (dist / STAMP_NAME).unlink(missing_ok=True)
        env = {**os.environ, "ALLIANCE_FONT_STAGING": str(FONT_STAGING)}
        if sys.platform == "win32":
            env["ALLIANCE_VERSION_FILE"] = str(windows_version_file(BUILD / "version_info.txt"))
        say(f"building version {version()} with PyInstaller (this takes minutes)")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                        "--distpath", str(dist), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)],
                       check=True, cwd=ROOT, env=env)
        seconds = time.perf_counter() - started
        saved = strip_python_debug(bundle)
        if saved:
            say(f"debugging sections of Python's libraries removed: {saved / 1e6:.0f} MB")
    problems = check_bundle(bundle, fonts)
    if problems:
        raise SystemExit("the bundle is incomplete:\n  " + "\n  ".join(problems))
    if not reused:
        zip_path = portable_zip(bundle)
    summary = {
        "version": version(), "bundle": str(bundle), "zip": str(zip_path), "fonts": fonts, "reused": reused,
        "build_seconds": round(seconds, 1), "bundle_bytes": folder_size(bundle), "zip_bytes": zip_path.stat().st_size,
    }
    if installer:
        summary["installer"] = str(run_installer(bundle))
    (dist / STAMP_NAME).write_text(json.dumps({"fingerprint": fp, **summary}, indent=2))
    say(f"bundle {summary['bundle_bytes'] / 1e6:.0f} MB in {bundle}; portable zip {summary['zip_bytes'] / 1e6:.0f} MB "
        f"in {zip_path}")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep the last build if no input changed")
    parser.add_argument("--require-fonts", action="store_true", help="fail when a free font to bundle is missing")
    parser.add_argument("--installer", action="store_true", help="Windows: also build the installer with Inno Setup")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    args = parser.parse_args(argv)
    summary = build(args.reuse, args.require_fonts, args.installer, args.dist.resolve())
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
