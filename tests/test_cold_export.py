"""What a fresh process loads to export minutes (issue 11: cold export within a second): only the
meetings' command modules, not Pillow's image code (no image in minutes), not OpenCC (Simplified
text exported in Simplified), and for the 草稿 mark only the mark's glyphs (not fontTools' parse of
the whole face: cmap, glyph names). The PDF is
the same as ever: the mark drawn, the text extractable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber

from core.meetings.minutes_sample import sample_minutes
from tests.minutes_helpers import record_meeting

ROOT = Path(__file__).resolve().parent.parent
CODE = """
import json, sys
from cli.main import run
status = run(sys.argv[1:])
print(json.dumps([status, sorted(sys.modules)]))
"""


def test_a_fresh_draft_export_loads_little(tmp_path):
    from core.storage.database import open_database

    db = open_database(tmp_path / "m.sqlite3", create=True)
    meeting_id = record_meeting(db, sample_minutes(12))
    db.conn.close()
    out = tmp_path / "draft.pdf"
    env = {**os.environ, "ALLIANCE_SECRETARIAT_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", CODE, "--db", str(tmp_path / "m.sqlite3"), "--lang", "en",
                             "meetings", "export", str(meeting_id), "--out", str(out)],
                            capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    status, modules = json.loads(result.stdout.splitlines()[-1])
    assert status == 0, result.stderr
    loaded = set(modules)
    assert "cli.minutes" in loaded and not loaded & {"cli.notices", "cli.calls", "cli.forms", "cli.mail"}
    assert "PIL._imaging" not in loaded  # Pillow's image code: only to draw an image
    assert "fontTools.ttLib.ttFont" not in loaded  # the 草稿 mark: its glyphs read from the font file
    assert "opencc" not in loaded  # Simplified text in a Simplified export: nothing to convert
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        grey = [o for o in page.curves + page.rects
                if o.get("fill") and o.get("non_stroking_color") in (0.86, (0.86,), [0.86])]
        assert grey  # the mark is there
        text = page.extract_text() or ""
        assert "理事会第一次工作会议纪要" in text.replace("\n", "").replace(" ", "") and "草" not in text
