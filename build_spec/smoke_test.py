"""Smoke test of the frozen program, with the source folder out of reach.

    python build_spec/smoke_test.py            # build (or --reuse an unchanged build), then test it
    python build_spec/smoke_test.py --reuse    # what tests/test_build.py runs
    python build_spec/smoke_test.py --bundle dist/AllianceSecretariat   # test a given folder, no build

The portable zip is unpacked into a fresh temporary folder and the program is run
from there: working directory elsewhere (holding a decoy ``core`` package that stops
the program if anything imports from the working directory), PYTHONPATH,
PYTHONHOME and VIRTUAL_ENV unset, HOME and the data folder temporary. The frozen
program must then

1. say its version (the one of pyproject.toml) and its help in Chinese;
2. in portable mode (the zip's ``portable`` marker) open its default database in <folder>/data;
3. create a demo database (``demo --db``) and list its members (``members list``);
4. export a notice PDF (``notices export``) with every font embedded (pdffonts),
   in Simplified and Traditional, and once more with the bundled fonts chosen in
   the settings (so they are proven to work from the bundle);
5. render the main window offscreen to PNG (``--screenshot``) at its size, with
   the sidebar's icons drawn; where strace works, no file of the source folder is
   opened, and the catalogs (the program's and Qt's qtbase_zh_CN) and the icons come
   from the bundle.

Prints one JSON report (checks, sizes) as its last output; exit 1 on the first failure.
Linux only (pdffonts from poppler-utils).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402  (build_spec/build.py)

TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def extract(zip_path: Path, into: Path) -> Path:
    """Unpack the portable zip like a clerk would, keeping the executable bits."""
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = into / info.filename
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            mode = info.external_attr >> 16
            if (mode & 0o170000) == 0o120000:  # a symbolic link
                os.symlink(zf.read(info).decode(), target)
                continue
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            if mode & 0o111:
                target.chmod(0o755)
    return into / build.NAME


def clean_env(home: Path, data: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "ALLIANCE_SECRETARIAT_HOME")
           and not k.startswith("SECRETARIAT_")}
    env.update({"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CONFIG_HOME": str(home / ".config")})
    if data is not None:
        env["ALLIANCE_SECRETARIAT_HOME"] = str(data)
    return env


class Runner:
    def __init__(self, exe: Path, cwd: Path, env: dict[str, str]) -> None:
        self.exe, self.cwd, self.env = exe, cwd, env

    def __call__(self, *args: str, env: dict[str, str] | None = None, prefix: tuple[str, ...] = ()) -> str:
        started = time.perf_counter()
        result = subprocess.run([*prefix, str(self.exe), *args], cwd=self.cwd, env=env or self.env,
                                capture_output=True, text=True, timeout=TIMEOUT)
        took = time.perf_counter() - started
        output = result.stdout + result.stderr
        if str(ROOT) in output:
            raise SmokeFailure(f"{' '.join(args)}: the output mentions the source folder {ROOT}:\n{output}")
        if result.returncode != 0:
            raise SmokeFailure(f"{' '.join(args)} exited with {result.returncode}:\n{output}")
        print(f"[smoke] ok ({took:.1f} s): {self.exe.name} {' '.join(args)}", flush=True)
        return result.stdout


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts (name, type, emb, sub, uni)."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    header = out[1]
    columns = [(m.start(), m.end()) for m in re.finditer(r"-+", header)]
    rows = []
    for line in out[2:]:
        name = line[:columns[0][1]].strip()
        emb, sub, uni = line.split()[-5:-2]
        rows.append({"name": name, "emb": emb, "sub": sub, "uni": uni})
    return rows


def check_pdf(pdf: Path, label: str) -> list[str]:
    if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
        raise SmokeFailure(f"{label}: no PDF was written at {pdf}")
    fonts = pdf_fonts(pdf)
    if not fonts:
        raise SmokeFailure(f"{label}: the PDF has no fonts")
    loose = [f["name"] for f in fonts if f["emb"] != "yes"]
    if loose:
        raise SmokeFailure(f"{label}: fonts not embedded: {loose}")
    print(f"[smoke] {label}: {len(fonts)} fonts, all embedded: {', '.join(f['name'] for f in fonts)}", flush=True)
    return [f["name"] for f in fonts]


def check_opened(log: Path, bundle: Path) -> dict:
    """From strace's log: nothing opened (or looked at) from the source folder; the catalogs,
    Qt's Chinese catalog and the icons read from the bundle. The program's catalog counts when its
    parsed copy in the cache was checked against it (a stat of the bundle's .ts)."""
    opened = re.findall(r'(?:openat|newfstatat|statx|stat|lstat)\([^"]*"([^"]+)"[^)]*\)\s*=\s*\d+',
                        log.read_text(errors="replace"))
    from_source = sorted({p for p in opened if p.startswith(str(ROOT) + os.sep)})
    if from_source:
        raise SmokeFailure(f"the frozen program opened files of the source folder: {from_source[:5]}")
    inside = str(bundle.resolve()) + os.sep
    wanted = {"zh_Hans.ts": "the program's catalog", "qtbase_zh_CN.qm": "Qt's Chinese catalog",
              "members.svg": "the sidebar icons", "app-16.png": "the program icon"}
    for name, what in wanted.items():
        if not any(p.startswith(inside) and p.endswith(os.sep + name) for p in opened):
            raise SmokeFailure(f"{what} ({name}) was not opened from the bundle")
    print(f"[smoke] strace: {len(opened)} files opened, none from the source folder; catalogs and icons "
          f"from the bundle", flush=True)
    return {"count": len(opened), "from_source": 0, "from_bundle": sorted(wanted)}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SmokeFailure(f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def check_screenshot(path: Path) -> dict:
    from PIL import Image

    width, height = png_size(path)
    if (width, height) != (1280, 780):
        raise SmokeFailure(f"the window screenshot is {width}×{height}, not 1280×780")
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        pixels = list(getattr(rgb, "get_flattened_data", rgb.getdata)())
        colours = len(set(pixels))
        # the sidebar's first item (selected: blue, under the menu and the tool bar) carries the white
        # members icon at about x 25-45: find the item's rows by their blue, then count the icon's white
        def is_blue(px) -> bool:  # type: ignore[no-untyped-def]
            return px[2] > 180 and px[0] < 100

        rows = [y for y in range(min(height, 300))
                if sum(is_blue(rgb.getpixel((x, y))) for x in range(60, 140, 4)) >= 16]
        if rows:
            icon_area = rgb.crop((20, rows[0], 48, rows[-1] + 1))
            icon_pixels = list(getattr(icon_area, "get_flattened_data", icon_area.getdata)())
        else:
            icon_pixels = []
        white = sum(1 for px in icon_pixels if min(px) > 200)
        blue = sum(1 for px in icon_pixels if is_blue(px))
    if colours < 50:
        raise SmokeFailure(f"the window screenshot looks blank ({colours} colours)")
    if not (blue > 100 and 20 < white < 500):
        raise SmokeFailure(f"the sidebar icon is not drawn in the screenshot (white {white}, blue {blue} pixels)")
    print(f"[smoke] screenshot {width}×{height}, {colours} colours, sidebar icon drawn", flush=True)
    return {"size": [width, height], "colours": colours}


def smoke(zip_path: Path, keep: Path | None = None) -> dict:
    report: dict = {"checks": []}
    tmp = Path(tempfile.mkdtemp(prefix="alliance-smoke-"))
    try:
        bundle = extract(zip_path, tmp / "stick")
        exe = build.executable(bundle, cli=True)
        elsewhere = tmp / "elsewhere"
        (elsewhere / "core").mkdir(parents=True)
        (elsewhere / "core" / "__init__.py").write_text("raise SystemExit('imported from the working directory')\n")
        home, data, work = tmp / "home", tmp / "data", tmp / "work"
        for folder in (home, data, work):
            folder.mkdir()
        run = Runner(exe, elsewhere, clean_env(home, data))

        # 1. version and catalogs
        expected = build.version()
        said = run("--version").strip()
        if said != f"Alliance Secretariat {expected}":
            raise SmokeFailure(f"--version says {said!r}, pyproject.toml says {expected}")
        helptext = run("--lang", "zh-Hans", "--help")
        if "数据库文件" not in helptext:
            raise SmokeFailure("--help in zh-Hans is not translated: the catalogs were not found in the bundle")
        report["checks"].append("version and translated help")

        # 2. portable mode: the zip's marker keeps the data beside the program
        if not (bundle / "portable").is_file():
            raise SmokeFailure("the portable zip lacks the portable marker")
        # reading commands never create a database; the first writing command on the default
        # database does (its first use), here an import of one unit
        first = work / "first-unit.csv"
        first.write_text("单位名称,城市\n无锡测试有限公司,无锡\n", encoding="utf-8-sig")
        run("members", "import", str(first), env=clean_env(home, None))
        if not (bundle / "data" / "secretariat.sqlite3").is_file():
            raise SmokeFailure("portable mode: the database was not created in the program's data folder")
        if (home / ".local").exists():
            raise SmokeFailure("portable mode wrote into the user's data folder")
        report["checks"].append("portable mode keeps the database in <folder>/data")

        # 3. demo database and member list
        db = work / "demo.sqlite3"
        run("demo", "--db", str(db))
        members = json.loads(run("members", "list", "--db", str(db), "--format", "json"))
        names = [m.get("name", "") for m in members]
        if len(members) < 5 or not any(re.search(r"[\u4e00-\u9fff]", n) for n in names):
            raise SmokeFailure(f"members list gave {len(members)} rows: {names[:3]}")
        report["checks"].append(f"demo database, {len(members)} member units listed")

        # 4. notice PDFs, every font embedded
        notices = json.loads(run("notices", "list", "--db", str(db), "--format", "json"))
        if not notices:
            raise SmokeFailure("the demo database has no notice")
        first = str(max(notices, key=lambda n: n.get("attachment_count") or 0)["id"])  # the fullest notice
        hans, hant = work / "notice-hans.pdf", work / "notice-hant.pdf"
        run("notices", "export", first, "--out", str(hans), "--db", str(db))
        run("notices", "export", first, "--out", str(hant), "--script", "hant-tw", "--db", str(db))
        report["pdf_fonts"] = check_pdf(hans, "notice PDF (Simplified)")
        check_pdf(hant, "notice PDF (Traditional)")
        bundled = sorted((build.internal_dir(bundle) / "resources" / "fonts").glob("*.tt[fc]"))
        faces = {"uming.ttc": "UMing", "LXGWWenKai-Regular.ttf": "LXGW"}
        report["bundled_fonts_in_pdf"] = []
        for font in bundled:  # each bundled face, chosen for every role in the settings
            settings = {"fonts": {role: str(font) for role in ("fangsong", "song", "hei", "kai", "xiaobiaosong")}}
            (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
            own = work / f"notice-{font.stem}.pdf"
            run("notices", "export", first, "--out", str(own), "--db", str(db))
            used = check_pdf(own, f"notice PDF in the bundled {font.name}")
            face = faces.get(font.name, "")
            if not any(face.lower() in u.lower() for u in used):
                raise SmokeFailure(f"the bundled {font.name} was chosen but {face} is not in the PDF: {used}")
            report["bundled_fonts_in_pdf"] += used
        (data / "settings.json").unlink(missing_ok=True)
        report["checks"].append("notice PDFs with every font embedded")

        # 5. the main window, offscreen (under strace where it works: which files did it open?)
        shot = work / "window.png"
        args = ("--screenshot", str(shot), "--db", str(db), "--lang", "zh-Hans")
        log = work / "openat.log"
        strace = shutil.which("strace")
        try:
            out = run(*args, prefix=(strace, "-f", "-qq", "-e", "trace=openat,newfstatat,statx,stat,lstat", "-o", str(log)) if strace else ())
        except SmokeFailure:
            if not log.is_file() or log.stat().st_size == 0:  # strace not permitted here: run plainly
                log.unlink(missing_ok=True)
                out = run(*args)
            else:
                raise
        if log.is_file():
            report["files_opened"] = check_opened(log, bundle)
        report["screenshot"] = check_screenshot(shot)
        report["screenshot_line"] = out.strip()
        report["checks"].append("main window rendered to PNG")

        # 6. the licence texts LICENCES.txt points to are in the folder
        internal = build.internal_dir(bundle)
        needed = [internal / "resources" / "LICENCES.txt", internal / "resources" / "licences" / "LGPL-3.0.txt",
                  internal / "licences" / "reportlab" / "LICENSE", internal / "licences" / "opencc" / "LICENSE"]
        if (internal / "numpy").is_dir():
            needed.append(internal / "licences" / "numpy" / "LICENSE.txt")
        missing = [str(path.relative_to(internal)) for path in needed if not path.is_file()]
        if missing:
            raise SmokeFailure(f"licence texts missing from the bundle: {missing}")
        if (internal / "numpy").is_dir() and "libquadmath" not in (internal / "licences" / "numpy" / "LICENSE.txt").read_text(encoding="utf-8"):
            raise SmokeFailure("numpy's licence text does not cover the libquadmath it ships")
        report["licence_folders"] = sorted(p.name for p in (internal / "licences").iterdir())
        report["checks"].append("licence texts carried")
        if keep:
            keep.mkdir(parents=True, exist_ok=True)
            for path in (shot, hans):
                shutil.copy2(path, keep / path.name)
        return report
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reuse", action="store_true", help="reuse the last build if none of its inputs changed")
    parser.add_argument("--zip", type=Path, help="test this portable zip instead of building")
    parser.add_argument("--keep", type=Path, help="copy the screenshot and the PDF to this folder")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("the smoke test runs on Linux (pdffonts, offscreen Qt)", file=sys.stderr)
        return 2
    if not shutil.which("pdffonts"):
        print("pdffonts is missing: install poppler-utils", file=sys.stderr)
        return 2
    summary = {}
    if args.zip is None:
        summary = build.build(reuse=args.reuse)
        zip_path = Path(summary["zip"])
    else:
        zip_path = args.zip.resolve()
    try:
        report = smoke(zip_path, args.keep)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"[smoke] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    report.update({k: summary[k] for k in ("version", "bundle_bytes", "zip_bytes", "reused", "build_seconds",
                                            "fonts") if k in summary})
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
