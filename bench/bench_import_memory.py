"""Peak memory of importing member lists, hostile ones included (issue 7, item 9):

    python bench/bench_import_memory.py [--runs 3] [--root OTHER_CHECKOUT]

Generates the files below in a temporary folder, then imports each one (read, check,
write into a fresh database) in a fresh process, --runs times, and prints the median
peak RSS (ru_maxrss of that process), the median wall time and how the import ended.
``--root`` runs the same files against another checkout of the program (e.g. the
previous commit, unpacked with ``git archive``) to compare side by side.

Cases:
* csv-55mb:        a 55 MB CSV of ~170,000 rows (units with three contacts each)
* csv-55mb-long:   a 55 MB CSV of 400,000 short rows (more rows than allowed)
* csv-huge-cell:   a 90 MB CSV whose second row holds one cell of 30 million characters
* xlsx-20k:        an ordinary 20,000-row workbook
* xlsx-bomb:       a 0.2 MB workbook whose sheet expands to ~150 MB (three million repeated rows)
* xlsx-huge-cell:  a 0.2 MB workbook with a 200-million-character shared string
* xlsx-sparse:     a tiny workbook that declares A1:XFD1048576 and has cells at both ends

Target: every case peaks at <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["单位名称", "统一社会信用代码", "会员类别", "单位性质", "省份", "城市", "单位地址", "联系人", "职务", "手机",
          "办公电话", "电子邮箱", "备注"]
_HAN = [chr(c) for c in range(0x4E00, 0x9FA5, 7)]


def _han(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_HAN) for _ in range(n))


def make_csv(path: Path, target_bytes: int, rows_per_unit: int = 3, short: bool = False) -> int:
    rng = random.Random(7)
    rows = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(",".join(HEADER) + "\r\n")
        unit = 0
        while fh.tell() < target_bytes:
            unit += 1
            name = f"{_han(rng, 8)}科技有限公司{unit}"
            for k in range(rows_per_unit):
                if short:
                    line = [name, "", "", "", "", "", "", f"联系人{k}", "", "", "", "", ""]
                else:
                    line = [name if k == 0 else "", "", "会员单位" if k == 0 else "", "企业" if k == 0 else "",
                            "重庆" if k == 0 else "", "重庆" if k == 0 else "",
                            f"重庆市两江新区{_han(rng, 12)}路{unit}号" if k == 0 else "",
                            _han(rng, 3), "主任", f"13{rng.randrange(10**9):09d}", f"023-{rng.randrange(10**8):08d}",
                            f"u{unit}k{k}@example.com", _han(rng, 250) if k == 0 else ""]
                fh.write(",".join(line) + "\r\n")
                rows += 1
    return rows


def make_csv_huge_cell(path: Path, chars: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("单位名称,备注\n甲公司,")
        block = "很长的备注" * 20000
        written = 0
        while written < chars:
            fh.write(block)
            written += len(block)
        fh.write("\n")


def make_xlsx_20k(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.generate import write_xlsx

    write_xlsx(path, 20000)


_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
       'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
       'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="'
       'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
       'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" '
       'sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            '</Relationships>')
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook(path: Path, sheet_parts, strings_parts, dimension: str = "A1") -> None:
    """A minimal .xlsx whose sheet and shared strings are written from generators of text pieces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WB)
        zf.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS}>'.encode())
            for piece in strings_parts:
                fh.write(piece.encode())
            fh.write(b"</sst>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="{dimension}"/>'
                     f'<sheetData>'.encode())
            for piece in sheet_parts:
                fh.write(piece.encode())
            fh.write(b"</sheetData></worksheet>")


def make_xlsx_bomb(path: Path, rows: int = 3_000_000) -> None:
    """Rows without their optional r="" reference repeat byte for byte: they compress about 1,000 times."""
    def sheet():
        yield '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        for _ in range(rows):
            yield '<row><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>'
    _workbook(path, sheet(), iter(["<si><t>单位名称</t></si><si><t>联系人</t></si><si><t>甲公司</t></si>"
                                   "<si><t>张三</t></si>"]))


def make_xlsx_huge_cell(path: Path, chars: int = 200_000_000) -> None:
    def strings():
        yield "<si><t>单位名称</t></si><si><t>备注</t></si><si><t>甲公司</t></si><si><t>"
        block = "A" * 1_000_000
        for _ in range(chars // len(block)):
            yield block
        yield "</t></si>"
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>']
    _workbook(path, iter(rows), strings())


def make_xlsx_sparse(path: Path) -> None:
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
            '<row r="1048576"><c r="XFD1048576" t="s"><v>2</v></c></row>']
    _workbook(path, iter(rows), iter(["<si><t>单位名称</t></si><si><t>联系人</t></si><si><t>甲公司</t></si>"
                                      "<si><t>张三</t></si>"]), dimension="A1:XFD1048576")


CASES = {
    "csv-55mb": lambda p: make_csv(p / "list.csv", 55 * 1024 * 1024) and p / "list.csv",
    "csv-55mb-long": lambda p: make_csv(p / "long.csv", 55 * 1024 * 1024, short=True) and p / "long.csv",
    "csv-huge-cell": lambda p: make_csv_huge_cell(p / "cell.csv", 30_000_000) or p / "cell.csv",
    "xlsx-20k": lambda p: make_xlsx_20k(p / "20k.xlsx") or p / "20k.xlsx",
    "xlsx-bomb": lambda p: make_xlsx_bomb(p / "bomb.xlsx") or p / "bomb.xlsx",
    "xlsx-huge-cell": lambda p: make_xlsx_huge_cell(p / "cell.xlsx") or p / "cell.xlsx",
    "xlsx-sparse": lambda p: make_xlsx_sparse(p / "sparse.xlsx") or p / "sparse.xlsx",
}

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from core import i18n
i18n.set_language("en")
from core.errors import UserError
from core.exchange.columns import propose_mapping
from core.exchange.member_import import apply_import, plan_import
from core.exchange.readers import read_table
from core.storage.database import open_database
started = time.perf_counter()
try:
    db = open_database(sys.argv[3])
    table = read_table(sys.argv[2])
    plan = plan_import(db, table, propose_mapping(table.header), "skip")
    counts = apply_import(db, plan)
    outcome = f"imported: {counts.units_created} units, {counts.contacts_added} contacts"
except UserError as exc:
    outcome = "refused: " + str(exc)[:150]
except MemoryError:
    outcome = "MemoryError"
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.perf_counter() - started, "outcome": outcome}))
"""


def measure(root: Path, source: Path, work: Path, run: int, timeout: float) -> dict:
    db = work / f"import-{source.stem}-{run}.sqlite3"
    try:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(root), str(source), str(db)], capture_output=True,
                             text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"rss_mb": float("nan"), "seconds": timeout, "outcome": f"killed after {timeout:.0f} s"}
    finally:
        for leftover in work.glob(db.name + "*"):
            leftover.unlink()
    if out.returncode != 0:
        return {"rss_mb": float("nan"), "seconds": float("nan"), "outcome": "crashed: " + out.stderr[-200:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout of the program to measure")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-memory-"))
    print(f"program: {args.root}; files in {work}; {args.runs} runs per case, each in a fresh process")
    for case in args.cases.split(","):
        source = CASES[case](work)
        size = source.stat().st_size / 1048576
        results = [measure(args.root, source, work, run, args.timeout) for run in range(args.runs)]
        rss = statistics.median(r["rss_mb"] for r in results)
        seconds = statistics.median(r["seconds"] for r in results)
        print(f"{case} ({size:.1f} MB): peak RSS median {rss:.0f} MB "
              f"(runs: {', '.join('%.0f' % r['rss_mb'] for r in results)}), "
              f"{seconds:.1f} s; {results[0]['outcome']}", flush=True)


if __name__ == "__main__":
    main()
