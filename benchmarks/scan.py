"""Benchmark the scan end to end: the four speed figures, each beside its baseline.

    python benchmarks/scan.py [FOLDER ...] [--quick]

1. Pages per second of `scan` (text PDFs → JSON) on one core with the fast reader (pdfium),
   beside the reference reader (pdfplumber) and plain pypdfium2 text extraction, on the same
   files in the same run.
2. Two worker processes against one, on the same folder of mixed contracts.
3. A one-page scan from process start to written report (`clause-scan scan F -o r.json`).
4. Peak memory of one worker scanning a 400-page PDF (made from the test PDFs).

Default folders: tests/pdfs/real and examples (scanned PDFs are skipped: OCR is another cost).
Figures are printed, never asserted: tests do not time things.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import ROOT, folder_parser, in_child, pdf_files, peak_mib, plain_text


def _scan_all(files: list[str], engine: str, jobs: int, queue) -> None:
    import io

    from clause_scan import report
    from clause_scan.scanner import scan_many
    from clause_scan.settings import Settings

    settings = Settings(engine=engine, ocr=False)
    list(scan_many(files[:1], settings, jobs=1))  # load the model before the clock starts
    start = time.perf_counter()
    summary = report.render(scan_many(files, settings, jobs=jobs), "json", io.StringIO())
    seconds = time.perf_counter() - start
    rss = peak_mib()
    queue.put((summary.pages, seconds, summary.errors, rss))


def _long_pdf(files: list[str], pages: int) -> str:
    """A PDF of ``pages`` pages, pages of the given PDFs repeated."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(f) for f in files]
    while len(out) < pages:
        for src in sources:
            if len(out) >= pages:
                break
            out.import_pages(src, [0])
    path = os.path.join(tempfile.mkdtemp(), f"long-{pages}.pdf")
    out.save(path)
    return path


def _startup(one_page: str, runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "clause_scan",
                    "scan",
                    one_page,
                    "-o",
                    os.path.join(tmp, "r.json"),
                ],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = folder_parser(__doc__)
    parser.add_argument("--quick", action="store_true", help="skip the pdfplumber baseline")
    args = parser.parse_args(argv)
    files = pdf_files(args.folders)
    print(f"{len(files)} PDFs; {os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M')}")

    print("\n1. end to end, one process (scan → JSON), same files, same run")
    rows = [("scan, engine=pdfium (default)", in_child(_scan_all, files, "pdfium", 1))]
    if not args.quick:
        rows.append(
            ("scan, engine=pdfplumber (reference)", in_child(_scan_all, files, "pdfplumber", 1))
        )
    rows.append(("baseline: pypdfium2 plain text only", in_child(plain_text, files)))
    for name, (pages, seconds, errors, rss) in rows:
        print(
            f"   {name:38} {pages:5d} pages {seconds:7.2f} s {pages / seconds:8.1f} pages/s"
            + (f"   peak {rss:.0f} MiB" if rss else "")
            + (f"   ({errors} unreadable)" if errors else "")
        )

    print("\n2. two worker processes against one (engine=pdfium)")
    one = in_child(_scan_all, files, "pdfium", 1)
    two = in_child(_scan_all, files, "pdfium", 2)
    print(
        f"   jobs=1 {one[0] / one[1]:7.1f} pages/s   jobs=2 {two[0] / two[1]:7.1f} pages/s   "
        f"speed-up {one[1] / two[1]:.2f}x"
    )

    print("\n3. one-page scan, process start to written report (5 runs)")
    one_page = str(ROOT / "tests" / "pdfs" / "real" / "cuad_amendment_netgear_1page.pdf")
    times = _startup(one_page, 5)
    print(
        f"   median {statistics.median(times):.2f} s  (min {min(times):.2f}, max {max(times):.2f})"
    )

    print("\n4. peak memory of one worker on a 400-page PDF")
    long_pdf = _long_pdf(files, 400)
    pages, seconds, errors, rss = in_child(_scan_all, [long_pdf], "pdfium", 1)
    print(
        f"   {pages} pages in {seconds:.1f} s ({pages / seconds:.0f} pages/s), "
        f"peak RSS {rss:.0f} MiB"
    )


if __name__ == "__main__":
    main()
