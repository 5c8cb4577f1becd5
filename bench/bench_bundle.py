"""The frozen program against the program run from source: size and start-to-window.

    python bench/bench_bundle.py [--runs 7] [--zip dist/AllianceSecretariat-…-portable.zip]

Builds the one-folder program (or reuses an unchanged build, build_spec/build.py
--reuse), unpacks the portable zip into a temporary folder, then starts the main
window offscreen (``--screenshot``) on the same demo database alternately from the
bundle and from source (``python main.py``), ``--runs`` times each, both with
fresh processes and the same clean environment. Start-to-window is measured from
just before the process is spawned to the window shown (ui/app.py prints it when
SECRETARIAT_BENCH_T0 is set). Prints the medians side by side and their ratio,
and the bundle's size uncompressed and zipped.

Targets (issue 15): bundle <= 250 MB, zip <= 100 MB, start no slower than from source.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_spec"))

import build  # noqa: E402
from smoke_test import clean_env, extract  # noqa: E402


def start_to_window(command: list[str], db: Path, shot: Path, env: dict[str, str], cwd: Path) -> float:
    env = {**env, "SECRETARIAT_BENCH_T0": repr(time.time())}
    out = subprocess.run([*command, "--db", str(db), "--screenshot", str(shot)], capture_output=True, text=True,
                         env=env, cwd=cwd, check=True, timeout=120)
    line = next(x for x in out.stdout.splitlines() if x.startswith("start-to-window-ms:"))
    return float(line.split(":")[1]) / 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--zip", type=Path, help="use this portable zip instead of building")
    args = parser.parse_args(argv)
    if args.zip:
        zip_path, bundle_bytes = args.zip.resolve(), None
    else:
        summary = build.build(reuse=True)
        zip_path, bundle_bytes = Path(summary["zip"]), summary["bundle_bytes"]
    with tempfile.TemporaryDirectory(prefix="alliance-bench-") as tmp_name:
        tmp = Path(tmp_name)
        bundle = extract(zip_path, tmp / "stick")
        bundle_bytes = bundle_bytes or build.folder_size(bundle)
        home, data = tmp / "home", tmp / "data"
        home.mkdir()
        data.mkdir()
        env = clean_env(home, data)
        db = tmp / "demo.sqlite3"
        subprocess.run([str(build.executable(bundle, cli=True)), "demo", "--db", str(db)], env=env, check=True,
                       capture_output=True, cwd=tmp)
        frozen_cmd = [str(build.executable(bundle, cli=True))]
        source_cmd = [sys.executable, str(ROOT / "main.py")]
        # one warm-up each (file cache), then alternate so both see the same machine load
        start_to_window(frozen_cmd, db, tmp / "w.png", env, tmp)
        start_to_window(source_cmd, db, tmp / "w.png", env, ROOT)
        frozen, source = [], []
        for i in range(args.runs):
            frozen.append(start_to_window(frozen_cmd, db, tmp / f"f{i}.png", env, tmp))
            source.append(start_to_window(source_cmd, db, tmp / f"s{i}.png", env, ROOT))
    f_med, s_med = statistics.median(frozen), statistics.median(source)
    print(f"bundle (one folder, uncompressed): {bundle_bytes / 1e6:.0f} MB (target <= 250 MB)")
    print(f"portable zip: {zip_path.stat().st_size / 1e6:.0f} MB (target <= 100 MB)")
    print(f"start to window, median of {args.runs} (offscreen, demo database, fresh processes):")
    print(f"  frozen {f_med:.2f} s  |  from source {s_med:.2f} s  |  frozen / source = {f_med / s_med:.2f}")
    print(f"  frozen runs: {', '.join(f'{t:.2f}' for t in frozen)}")
    print(f"  source runs: {', '.join(f'{t:.2f}' for t in source)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
