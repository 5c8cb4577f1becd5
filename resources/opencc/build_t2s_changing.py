"""Make t2s_changing.txt: the characters OpenCC's Traditional -> Simplified conversion (t2s, used
for Simplified exports) can change, so that a Simplified export of text holding none of them
does not load OpenCC at all (core/documents/script.py).

Run at development time, after installing the pinned opencc (requirements.txt):

    python resources/opencc/build_t2s_changing.py

It reads the dictionaries of the t2s configuration as OpenCC ships them, dumped to text by the
wheel's own ``opencc_dict`` tool, and lists the entries whose first (used) value differs from
the key: under [characters] the one-character keys, under [phrases] the longer ones, one a line.
Text that holds none of those characters and none of those phrases matches no entry that changes
anything, so OpenCC would return it unchanged (沈阳 stays 沈阳; 深沈 would become 深沉). The
file's first line names the OpenCC version and a digest of the dictionaries;
tests/test_script_conversion.py checks them against the installed ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "t2s_changing.txt"


def share_dir() -> Path:
    import opencc

    return Path(opencc.__file__).parent / "clib" / "share" / "opencc"


def dictionaries(config: str = "t2s.json") -> list[Path]:
    """The .ocd2 files of a configuration, normalisation first."""
    spec = json.loads((share_dir() / config).read_text("utf-8"))
    files: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        if isinstance(node, dict):
            if node.get("type") == "ocd2" and "file" in node:
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec.get("normalization", []))
    walk(spec.get("conversion_chain", []))
    return [share_dir() / name for name in files]


def digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def header() -> str:
    import opencc

    return f"# opencc {opencc.__version__} t2s {digest(dictionaries())}"


def changing(paths: list[Path]) -> tuple[set[str], set[str]]:
    """(characters, phrases): the keys whose conversion is not the key itself."""
    tool = share_dir().parent.parent / "bin" / ("opencc_dict.exe" if sys.platform == "win32" else "opencc_dict")
    env = {**os.environ, "LD_LIBRARY_PATH": str(share_dir().parent.parent / "lib64")}
    chars: set[str] = set()
    phrases: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            text = Path(folder) / (path.stem + ".txt")
            subprocess.run([str(tool), "-i", str(path), "-o", str(text), "-f", "ocd2", "-t", "text"], check=True,
                           env=env, capture_output=True)
            for line in text.read_text("utf-8").splitlines():
                key, _tab, values = line.partition("\t")
                value = values.split(" ")[0] if values else key
                if key and value != key:
                    (chars if len(key) == 1 else phrases).add(key)
    return chars, phrases


def main() -> None:
    chars, phrases = changing(dictionaries())
    ordered = sorted(chars)
    lines = [header(), "[characters]"] + ["".join(ordered[k:k + 64]) for k in range(0, len(ordered), 64)]
    lines += ["[phrases]"] + sorted(phrases)
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(chars)} characters and {len(phrases)} phrases written to {OUT}")


if __name__ == "__main__":
    main()
