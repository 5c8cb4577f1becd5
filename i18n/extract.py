"""Keep the translation catalogs (zh_Hans.ts, zh_Hant.ts) in step with the code.

    python i18n/extract.py            # add new strings (unfinished), mark gone ones vanished
    python i18n/extract.py --check    # exit 1 if a catalog lacks a string or has one unfinished
    python i18n/extract.py --hant-from-hans   # fill unfinished zh_Hant entries from zh_Hans
                                              # with OpenCC s2twp (review them afterwards!)

Strings are found by reading the source (``ast``), not by running it: the first
argument of every ``tr(...)``, ``Msg(...)`` and ``N_(...)`` call that is a string
literal. The .ts files are Qt Linguist's format, so translators can use Linguist.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["main.py", "core", "ui", "cli"]
MARKERS = {"tr", "Msg", "N_"}
CATALOGS = {"zh_Hans.ts": "zh_CN", "zh_Hant.ts": "zh_TW"}


def source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        files.extend([path] if path.is_file() else sorted(path.rglob("*.py")))
    return files


def extract() -> dict[str, tuple[str, int]]:
    """Source string -> (first file, line) for every marked string in the code."""
    found: dict[str, tuple[str, int]] = {}
    for path in source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            arg = node.args[0]
            if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, (path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def load(path: Path) -> dict[str, tuple[str, str | None]]:
    """Source -> (translation, type) from a .ts file ('' and 'unfinished' when absent)."""
    entries: dict[str, tuple[str, str | None]] = {}
    if not path.exists():
        return entries
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        entries[source] = ((node.text or "") if node is not None else "", node.get("type") if node is not None
                           else "unfinished")
    return entries


def write(path: Path, language: str, strings: dict[str, tuple[str, int]],
          entries: dict[str, tuple[str, str | None]]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "app"
    for source in sorted(set(strings) | set(entries)):
        translation, kind = entries.get(source, ("", "unfinished"))
        if source not in strings:
            if not translation:
                continue
            kind = "vanished"
        elif kind == "vanished":
            kind = None
        message = ET.SubElement(context, "message")
        if source in strings:
            file, line = strings[source]
            ET.SubElement(message, "location", filename=f"../{file}")
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        node.text = translation
        if kind:
            node.set("type", kind)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(strings: dict[str, tuple[str, int]]) -> list[str]:
    """Every string of the code that a catalog lacks or leaves unfinished."""
    import string

    found: list[str] = []
    for name in CATALOGS:
        entries = load(ROOT / "i18n" / name)
        for source in strings:
            translation, kind = entries.get(source, ("", "unfinished"))
            if kind or not translation:
                found.append(f"{name}: untranslated: {source!r}")
                continue
            fields = {f for _, f, _, _ in string.Formatter().parse(source) if f}
            got = {f for _, f, _, _ in string.Formatter().parse(translation) if f}
            if fields != got:
                found.append(f"{name}: placeholders differ in {source!r}: {sorted(got)} != {sorted(fields)}")
    return found


# Taiwan UI vocabulary, applied after character conversion (s2tw). OpenCC's
# phrase mode (s2twp) is not used: it turns 代码 into 程式碼 and 项目 into 專案,
# which is wrong for 信用代码 and 已删除项目.
TAIWAN_UI = [
    ("文件夹", "資料夾"), ("文件", "檔案"), ("数据库", "資料庫"), ("数据", "資料"), ("默认", "預設"),
    ("信息", "資訊"), ("程序", "程式"), ("保存", "儲存"), ("打开", "開啟"), ("设置", "設定"), ("创建", "建立"),
    ("导入", "匯入"), ("导出", "匯出"), ("字体", "字型"), ("视图", "檢視"), ("窗口", "視窗"), ("用户", "使用者"),
    ("只读", "唯讀"), ("撤销", "復原"), ("账户", "帳戶"), ("计算机", "電腦"), ("磁盘", "磁碟"), ("U盘", "隨身碟"),
    ("演示", "示範"), ("筛选", "篩選"), ("联系人", "聯絡人"), ("调用栈", "呼叫堆疊"), ("字符", "字元"),
    ("点击", "點選"), ("新建", "新增"), ("硬盘", "硬碟"), ("帮助", "說明"),
]


def to_taiwan_ui(text: str) -> str:
    """Simplified UI text -> Traditional (Taiwan) UI text: characters, vocabulary, 「」 quotes."""
    import opencc

    for simplified, taiwan in TAIWAN_UI:
        text = text.replace(simplified, "\x00" + taiwan + "\x01")
    parts = text.split("\x00")
    out = [opencc.OpenCC("s2tw").convert(parts[0])]
    for part in parts[1:]:
        fixed, _, rest = part.partition("\x01")
        out.append(fixed + opencc.OpenCC("s2tw").convert(rest))
    return "".join(out).replace("“", "「").replace("”", "」")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--hant-from-hans", action="store_true")
    args = parser.parse_args(argv)
    strings = extract()
    if args.check:
        found = problems(strings)
        print("\n".join(found) if found else f"catalogs complete: {len(strings)} strings")
        return 1 if found else 0
    hans = load(ROOT / "i18n" / "zh_Hans.ts")
    for name, language in CATALOGS.items():
        path = ROOT / "i18n" / name
        entries = load(path)
        if args.hant_from_hans and name == "zh_Hant.ts":
            for source, (text, kind) in hans.items():
                if text and not kind and (source not in entries or entries[source][1] or not entries[source][0]):
                    entries[source] = (to_taiwan_ui(text), None)
        write(path, language, strings, entries)
    print(f"{len(strings)} strings extracted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
