"""Benchmark of the GB/T 9704 notice export, and the same notice through LibreOffice.

Run from the repository root:

    python bench/bench_notice_pdf.py [--batch 200] [--reps 9] [--pairs 7] [--only-cli]

Prints one ``figure: value`` line per measurement:

* cold export of a 3-page sealed notice in a fresh interpreter (imports, font search,
  font registration and layout included), with an empty font cache, then with it filled;
* warm export (median of ``--reps``), the PDF's size, ``--batch`` notices in one process;
* side by side, in one run (issue 9, item 5): ``python main.py notices export ID --out
  F.pdf`` in a fresh process against ``soffice --headless --convert-to pdf`` of the same
  notice (the demo's 〔2013〕5号: sealed, note, copies, two attachments) written as .docx
  with python-docx (same text, faces, seal picture, attachments). ``--pairs`` paired runs,
  alternating which goes first; medians and their ratio (target >= 3x). The first run of
  each (empty font cache / new LibreOffice profile) is reported apart. Skipped with a
  clear line when soffice or python-docx is missing.

Targets: warm <= 0.3 s, cold <= 1.5 s, 200 notices <= 30 s, cold CLI export >= 3x faster
than LibreOffice on the same notice (medians of paired runs).

Every figure runs with its own data folder (ALLIANCE_SECRETARIAT_HOME in a temporary
folder): the user's settings and font cache are not touched.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.documents import render_pdf  # noqa: E402
from core.documents.model import OfficialDocument, format_date, number_headings  # noqa: E402
from core.documents.samples import make_seal_png, sample_notice  # noqa: E402

COLD = """
import sys, time, io
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from core.documents import render_pdf
from core.documents.samples import sample_notice
out = io.BytesIO()
info = render_pdf(sample_notice(3, seal={seal!r}), out)
print(time.perf_counter() - t0, info.pages)
"""


def figure(name: str, value: str) -> None:
    print(f"{name}: {value}", flush=True)


def cold_export(seal: Path, env: dict) -> tuple[float, float, int]:
    """(seconds inside the fresh interpreter, wall seconds including its start-up, pages)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD.format(root=str(ROOT), seal=str(seal))],
                         capture_output=True, text=True, check=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - start
    inner, pages = out.stdout.split()
    return float(inner), wall, int(pages)


def notice_docx(doc: OfficialDocument, path: Path) -> Path:
    """The notice as a .docx (python-docx): A4, GB/T 9704 margins, the same text in the same
    faces and sizes, the red mark and rule, the seal picture, the attachment note, every
    attachment on pages of its own, the closing block."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    out = Document()
    sec = out.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
             "both": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}

    def para(text: str = "", font: str = "仿宋", size: float = 16, how: str | None = None, indent: int = 0,
             red: bool = False, rule: str | None = None, page_break: bool = False):
        p = out.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(28.95)
        fmt.space_before = fmt.space_after = Pt(0)
        if align[how] is not None:
            p.alignment = align[how]
        if indent:
            fmt.first_line_indent = Pt(size * indent)
        if page_break:
            p.add_run().add_break(WD_BREAK.PAGE)
        if text:
            run = p.add_run(text)
            run.font.name, run.font.size = font, Pt(size)
            run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
            if red:
                run.font.color.rgb = RGBColor(0xE6, 0x00, 0x12)
        if rule:
            borders = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", rule)):
                bottom.set(qn(key), value)
            borders.append(bottom)
            p._p.get_or_add_pPr().append(borders)
        return p

    fonts = {"paragraph": "仿宋", "h1": "黑体", "h2": "楷体", "h3": "仿宋", "h4": "仿宋"}

    def blocks(items) -> None:
        for block, label in zip(items, number_headings(items)):
            p = para(label + block.text, fonts[block.kind], 16, "both", 2)
            if block.tail:
                run = p.add_run(block.tail)
                run.font.name, run.font.size = "仿宋", Pt(16)

    for _ in range(3):
        para()
    para(doc.issuer_mark, "方正小标宋简体", 36, "center", red=True)
    para()
    para(doc.doc_number or "", "仿宋", 16, "center", rule="E60012")
    para()
    para(doc.title, "方正小标宋简体", 22, "center")
    para()
    para(doc.addressees + "：")
    blocks(doc.body)
    para()
    for k, att in enumerate(doc.attachments, start=1):
        para(("附件：" if k == 1 else "　　　") + f"{k}. {att.name}", indent=2)
    para()
    if doc.seal_image:
        seal = out.add_paragraph()
        seal.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        seal.add_run().add_picture(str(doc.seal_image), width=Mm(42))
    para(doc.signatory, how="right")
    para(format_date(doc.date), how="right")
    if doc.note:
        para(f"（{doc.note}）", indent=2)
    for k, att in enumerate(doc.attachments, start=1):
        para(f"附件{k}", "黑体", 16, page_break=True)
        para()
        para(att.name, "方正小标宋简体", 22, "center")
        para()
        blocks(att.body or [])
    para("抄送：" + "，".join(doc.copies) + "。", "仿宋", 14, indent=1, rule="000000", page_break=True)
    para(f"{doc.issuing_office}　　{format_date(doc.print_date or doc.date)}印发", "仿宋", 14, indent=1,
         rule="000000")
    out.save(path)
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_convert(docx: Path, outdir: Path, profile: Path) -> float:
    """Wall time of ``soffice --headless --convert-to pdf`` of ``docx`` in a fresh process."""
    start = time.perf_counter()
    subprocess.run([soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx)], capture_output=True, check=True, timeout=300)
    elapsed = time.perf_counter() - start
    if not (outdir / (docx.stem + ".pdf")).exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    return elapsed


def cli_export(env: dict, db: Path, notice_id: int, out: Path) -> float:
    """Wall time of ``python main.py notices export ID --out F.pdf`` in a fresh process."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "main.py", "notices", "export", str(notice_id), "--db", str(db),
                    "--out", str(out), "--force"], capture_output=True, check=True, cwd=ROOT, env=env, timeout=300)
    return time.perf_counter() - start


def page_count(pdf: Path) -> str:
    if not shutil.which("pdfinfo"):
        return "?"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def embedded_fonts(pdf: Path) -> str:
    """'all N embedded' (poppler's pdffonts), or what is not."""
    if not shutil.which("pdffonts"):
        return "pdffonts not installed: not checked"
    rows = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    bad = [r.split()[0] for r in rows if r.split()[-5] != "yes"]
    return f"all {len(rows)} embedded" if not bad else f"NOT embedded: {', '.join(bad)}"


def bench_env(home: Path) -> dict:
    env = dict(os.environ, ALLIANCE_SECRETARIAT_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program runs from compiled bytecode
    return env


def side_by_side(work: Path, reps: int) -> None:
    """The demo's notice 〔2013〕5号 (sealed, two attachments, note, copies): the command line
    in a fresh process against LibreOffice converting the same notice as .docx, paired runs."""
    env = bench_env(work / "home")
    db = work / "demo.sqlite3"
    subprocess.run([sys.executable, "main.py", "demo", "--db", str(db)], check=True, cwd=ROOT, env=env,
                   capture_output=True)
    from core.notices import queries
    from core.notices.alliance import get_alliance
    from core.notices.export import to_document
    from core.notices.service import get_notice
    from core.storage.database import open_database

    database = open_database(db)
    rows = queries.notice_rows(database, queries.notice_ids(database, queries.NoticeFilter()))
    notice_id = max(i for i, row in rows.items() if (row.doc_number or "").endswith("〔2013〕5号"))
    notice, alliance = get_notice(database, notice_id), get_alliance(database)
    seal = work / "seal.png"
    seal.write_bytes(alliance.seal_png)
    doc = to_document(notice, alliance, seal)
    database.conn.close()

    pdf = work / "cli.pdf"
    first_cli = cli_export(env, db, notice_id, pdf)  # empty font cache, no bytecode yet
    figure("notice", f"{doc.doc_number} {doc.title}: sealed, {len(doc.attachments)} attachments")
    figure("CLI export, first run (empty font cache, bytecode not compiled yet)", f"{first_cli:.2f} s")
    figure("CLI PDF", f"{page_count(pdf)} pages, fonts: {embedded_fonts(pdf)}")
    if not soffice():
        figure("LibreOffice", "SKIPPED: soffice is not installed (apt-get install libreoffice-writer-nogui)")
        return
    try:
        docx = notice_docx(doc, work / "notice.docx")
    except ImportError:
        figure("LibreOffice", "SKIPPED: python-docx is not installed (pip install -r requirements-dev.txt)")
        return
    profile = work / "lo-profile"
    first_lo = libreoffice_convert(docx, work / "lo-first", profile)
    figure("LibreOffice, first run (new profile)", f"{first_lo:.2f} s")
    ours, theirs = [], []
    for k in range(reps):  # paired, alternating which goes first
        pair = [lambda: ours.append(cli_export(env, db, notice_id, pdf)),
                lambda: theirs.append(libreoffice_convert(docx, work / f"lo{k}", profile))]
        for run in (pair if k % 2 == 0 else pair[::-1]):
            run()
    cli_med, lo_med = statistics.median(ours), statistics.median(theirs)
    figure(f"CLI notices export, fresh process (median of {reps})",
           f"{cli_med:.3f} s  (runs: {' '.join(f'{t:.2f}' for t in ours)})")
    figure(f"soffice --headless --convert-to pdf, same notice as .docx (median of {reps})",
           f"{lo_med:.3f} s  (runs: {' '.join(f'{t:.2f}' for t in theirs)})")
    pairs = statistics.median(b / a for a, b in zip(ours, theirs))
    figure("ratio LibreOffice / CLI export (medians)", f"{lo_med / cli_med:.2f}x (median of paired ratios "
           f"{pairs:.2f}x; target >= 3x)")
    lo_pdf = work / "lo0" / "notice.pdf"
    figure("LibreOffice PDF", f"{page_count(lo_pdf)} pages, fonts: {embedded_fonts(lo_pdf)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--pairs", type=int, default=7, help="paired CLI / LibreOffice runs (>= 5)")
    parser.add_argument("--only-cli", action="store_true", help="only the side-by-side CLI / LibreOffice figures")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (PDFs, .docx) and print it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_notice_"))
    os.environ["ALLIANCE_SECRETARIAT_HOME"] = str(work / "home-inprocess")
    if args.only_cli:
        side_by_side(work, args.pairs)
    else:
        in_process(work, args)
    if args.keep:
        figure("work folder kept", str(work))
    else:
        shutil.rmtree(work, ignore_errors=True)


def in_process(work: Path, args: argparse.Namespace) -> None:
    seal = make_seal_png(work / "seal.png")
    doc = sample_notice(3, seal=seal)

    env = bench_env(work / "home-inprocess")
    inner, wall, pages = cold_export(seal, env)
    figure("cold export, 3-page notice, fresh interpreter, empty font cache (imports + fonts + layout)",
           f"{inner:.3f} s (wall incl. interpreter start-up {wall:.3f} s)")
    inner, wall, pages = cold_export(seal, env)
    figure("cold export, 3-page notice, fresh interpreter, font cache filled", f"{inner:.3f} s (wall {wall:.3f} s)")

    buffer = io.BytesIO()
    info = render_pdf(doc, buffer)  # warm-up in this process
    samples = []
    for _ in range(args.reps):
        buffer = io.BytesIO()
        start = time.perf_counter()
        render_pdf(doc, buffer)
        samples.append(time.perf_counter() - start)
    warm = statistics.median(samples)
    figure("pages", str(info.pages))
    figure(f"warm export (median of {args.reps})", f"{warm * 1000:.1f} ms")
    figure("PDF size", f"{len(buffer.getvalue()) / 1024:.1f} KiB")

    start = time.perf_counter()
    for k in range(args.batch):
        doc.doc_number = f"智慧城市联盟〔2013〕{k + 1}号"
        render_pdf(doc, work / f"notice-{k + 1}.pdf")
    batch = time.perf_counter() - start
    figure(f"{args.batch} notices in one batch", f"{batch:.2f} s ({batch / args.batch * 1000:.1f} ms each)")

    side_by_side(work, args.pairs)


if __name__ == "__main__":
    main()
