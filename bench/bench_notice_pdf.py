"""Benchmark of the GB/T 9704 notice export, and the same notice through LibreOffice.

Run from the repository root:

    python bench/bench_notice_pdf.py [--batch 200] [--reps 9]

Prints one ``figure: value`` line per measurement:

* cold export of a 3-page sealed notice in a fresh interpreter (imports, font search,
  font registration and layout included; interpreter start-up shown separately);
* warm export (median of ``--reps``);
* ``--batch`` notices written to files in one process;
* the PDF's size;
* the same notice written as a minimal .docx (python-docx when installed, else plain
  WordprocessingML through zipfile) and converted by ``libreoffice --headless
  --convert-to pdf``, timed the same way, and the ratio. Skipped with a message when
  LibreOffice is not installed.

Targets: warm <= 0.3 s, cold <= 1.5 s, 200 notices <= 30 s, >= 10x faster than LibreOffice.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

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


def cold_export(seal: Path) -> tuple[float, float, int]:
    """(seconds inside the fresh interpreter, wall seconds including its start-up, pages)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD.format(root=str(ROOT), seal=str(seal))],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    wall = time.perf_counter() - start
    inner, pages = out.stdout.split()
    return float(inner), wall, int(pages)


def _run(text: str, size_half_points: int, font: str, *, bold=False, red=False) -> str:
    props = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
             + ("<w:b/>" if bold else "") + ('<w:color w:val="E60012"/>' if red else "")
             + f'<w:sz w:val="{size_half_points}"/>')
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(runs: str, align: str | None = None, indent_chars: int = 0, page_break=False) -> str:
    ppr = '<w:spacing w:line="579" w:lineRule="exact"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if indent_chars:
        ppr += f'<w:ind w:firstLineChars="{indent_chars * 100}"/>'
    if page_break:
        ppr += "<w:pageBreakBefore/>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def write_docx(doc: OfficialDocument, path: Path) -> Path:
    """The notice as WordprocessingML: A4, GB/T 9704 margins, the same text and fonts."""
    paras = [_para(""), _para(""), _para(""), _para(""),
             _para(_run(doc.issuer_mark, 72, "方正小标宋简体", red=True), "center"), _para(""), _para(""),
             _para(_run(doc.doc_number or "", 32, "仿宋"), "center"), _para(""),
             _para(_run(doc.title, 44, "方正小标宋简体"), "center"), _para(""),
             _para(_run(doc.addressees + "：", 32, "仿宋"))]
    fonts = {"paragraph": "仿宋", "h1": "黑体", "h2": "楷体", "h3": "仿宋", "h4": "仿宋"}
    for block, label in zip(doc.body, number_headings(doc.body)):
        runs = _run(label + block.text, 32, fonts[block.kind]) + (_run(block.tail, 32, "仿宋") if block.tail else "")
        paras.append(_para(runs, "both", 2))
    paras.append(_para(""))
    for k, att in enumerate(doc.attachments, start=1):
        paras.append(_para(_run(("附件：" if k == 1 else "　　　") + f"{k}. {att.name}", 32, "仿宋"), indent_chars=2))
    paras += [_para(""), _para(_run(doc.signatory, 32, "仿宋"), "right"),
              _para(_run(format_date(doc.date), 32, "仿宋"), "right")]
    if doc.note:
        paras.append(_para(_run(f"（{doc.note}）", 32, "仿宋"), indent_chars=2))
    paras.append(_para(_run("抄送：" + "，".join(doc.copies) + "。", 28, "仿宋"), page_break=True))
    paras.append(_para(_run(f"{doc.issuing_office}　　{format_date(doc.print_date or doc.date)}印发", 28, "仿宋")))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:body>{"".join(paras)}{sect}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
    return path


def libreoffice_convert(docx: Path, outdir: Path, profile: Path) -> float:
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    start = time.perf_counter()
    subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx)], capture_output=True, check=True, timeout=300)
    elapsed = time.perf_counter() - start
    if not (outdir / (docx.stem + ".pdf")).exists():
        raise RuntimeError("LibreOffice wrote no PDF")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench_notice_"))
    seal = make_seal_png(work / "seal.png")
    doc = sample_notice(3, seal=seal)

    inner, wall, pages = cold_export(seal)
    figure("cold export, 3-page notice, fresh interpreter (imports + fonts + layout)", f"{inner:.3f} s")
    figure("cold export incl. interpreter start-up (wall)", f"{wall:.3f} s")

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

    if not (shutil.which("libreoffice") or shutil.which("soffice")):
        figure("LibreOffice", "not installed: .docx -> PDF figure skipped")
        return
    docx = write_docx(sample_notice(3), work / "notice.docx")
    profile = work / "lo-profile"
    first = libreoffice_convert(docx, work / "lo1", profile)
    runs = [libreoffice_convert(docx, work / f"lo{k + 2}", profile) for k in range(3)]
    lo = statistics.median(runs)
    figure("LibreOffice .docx -> PDF, first run (new profile)", f"{first:.2f} s")
    figure("LibreOffice .docx -> PDF (median of 3)", f"{lo:.2f} s")
    figure("ratio LibreOffice / cold export", f"{lo / inner:.1f}x")
    figure("ratio LibreOffice / warm export", f"{lo / warm:.0f}x")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
