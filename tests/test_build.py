"""The Linux one-folder build, made and smoke-tested from outside the source folder.

Marked ``build``: it runs with the rest of the suite (README's test command, CI), and
can be left out while developing with ``-m "not build"``. It builds once per run at most
(build_spec/build.py --reuse keeps a build whose inputs are all unchanged) and needs
PyInstaller (requirements-dev.txt) and pdffonts (poppler-utils, bootstrap.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.build


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test is for the Linux build")
def test_frozen_program_works_without_the_source(tmp_path):
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with requirements-dev.txt")
    assert shutil.which("pdffonts"), "pdffonts comes with poppler-utils (bootstrap.py DEBIAN_PACKAGES)"
    result = subprocess.run([sys.executable, str(ROOT / "build_spec" / "smoke_test.py"), "--reuse",
                             "--keep", str(tmp_path)], capture_output=True, text=True, timeout=3600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    report = json.loads(result.stdout[result.stdout.rindex("\n{\n") + 1:])
    assert len(report["checks"]) == 6, report["checks"]
    # 250 MB / 100 MB until the dashboard: pyqtgraph needs numpy, whose core loads OpenBLAS,
    # libgfortran and libquadmath (42 MB in all, 11 MB of it numpy's own after the spec leaves out
    # its tests, f2py, random, fft, polynomial, ma), and PySide6.QtOpenGL (9 MB), which pyqtgraph
    # imports when it is imported: none of these can go. Measured 283 MB / 117 MB (were 287 / 119).
    assert report["bundle_bytes"] <= 290_000_000, f"the bundle grew to {report['bundle_bytes'] / 1e6:.0f} MB"
    assert report["zip_bytes"] <= 120_000_000, f"the portable zip grew to {report['zip_bytes'] / 1e6:.0f} MB"
    assert (tmp_path / "window.png").is_file() and (tmp_path / "notice-hans.pdf").is_file()
