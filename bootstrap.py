"""Set up everything the program needs, then start it or run the tests.

    python3 bootstrap.py run  [main.py options]   # install, then start the program
    python3 bootstrap.py test [pytest options]    # install, then run the whole test suite

Uses only the standard library, so it works on a fresh machine with just Python
3.11+. It creates a virtual environment in .venv, installs the pinned packages of
requirements.txt (and requirements-dev.txt for tests), and on Debian/Ubuntu
installs the system packages Qt and the Chinese fonts need (with apt-get, as root
or through sudo). Reruns are quick: what is already there is not installed again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
# Qt's xcb/offscreen platform libraries, CJK fonts for the screen and for PDFs, PDF-to-PNG for checks.
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0", "libxcb-xinerama0",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-image0", "fonts-noto-cjk",
    # TrueType faces reportlab can embed in PDFs (Song/Ming, Kai, Hei, and Ext-B rare characters)
    "fonts-arphic-uming", "fonts-arphic-ukai", "fonts-wqy-zenhei", "fonts-lxgw-wenkai", "fonts-hanazono",
    "poppler-utils",
    # the .docx export is checked by LibreOffice converting it to PDF (tests/test_docx_export.py)
    "libreoffice-writer-nogui",
    # the forms' round-trip tests fill fillable PDFs with programs that are not ours
    "qpdf", "pdftk-java",
]


def build_packages() -> list[str]:
    """What the frozen build and its smoke test need (tests/test_build.py): strip from binutils,
    strace (which files the frozen program opens), and for Debian's own Python its shared
    libpython, which PyInstaller bundles."""
    packages = ["binutils", "strace"]
    if sys.executable.startswith("/usr/bin/"):
        packages.append(f"libpython{sys.version_info.major}.{sys.version_info.minor}")
    return packages


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def debian_packages() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        return
    missing = []
    for name in DEBIAN_PACKAGES + build_packages():
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            say("please install these Debian packages as root, then run again: apt-get install " + " ".join(missing))
            return
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False, env=env)
    subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
                   check=True, env=env)


def make_venv() -> None:
    if venv_python().exists():
        return
    say(f"creating the virtual environment in {VENV}")
    try:
        venv.create(VENV, with_pip=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        shutil.rmtree(VENV, ignore_errors=True)
        if sys.platform.startswith("linux") and shutil.which("apt-get"):
            version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
            say(f"venv needs Debian's {version}; installing it")
            prefix = [] if os.geteuid() == 0 else ["sudo"]
            subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False)
            subprocess.run([*prefix, "apt-get", "install", "-y", "-qq", version], check=True)
            venv.create(VENV, with_pip=True)
        else:
            raise SystemExit(f"cannot create a virtual environment: {exc}") from exc


def pip_install(requirements: str) -> None:
    files = [ROOT / "requirements.txt", ROOT / requirements]
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()
    stamp = VENV / f".installed-{requirements}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    say(f"installing Python packages from {requirements}")
    subprocess.run([str(venv_python()), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                    "-r", str(ROOT / requirements)], check=True)
    stamp.write_text(digest)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        raise SystemExit("Python 3.11 or newer is needed; this is " + sys.version.split()[0])
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    debian_packages()
    make_venv()
    pip_install("requirements.txt" if what == "run" else "requirements-dev.txt")
    if what == "run":
        command = [str(venv_python()), str(ROOT / "main.py"), *rest]
    else:
        command = [str(venv_python()), "-m", "pytest", *rest]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
