"""Benchmark: pages per second and peak memory of `read_pages`, beside plain-text extraction.

    python benchmarks/ingest.py [FOLDER ...] [--engine pdfium|pdfplumber|both]

Each reader runs in its own child process over the same PDFs in the same run, so peak memory
(max RSS) is that reader's alone. Plain-text baselines: pypdfium2's text extraction, and
poppler's `pdftotext` when installed. Prints a table and the ratio to the fastest baseline.
Default folders: tests/pdfs/real and examples. Scanned PDFs (no text layer) are skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

from common import folder_parser, in_child, pdf_files, peak_mib, plain_text


def _run_read_pages(files: list[str], engine: str, queue) -> None:
    from clause_scan.pages import read_pages
    from clause_scan.settings import Settings

    settings = Settings(engine=engine, ocr=False)
    pages = errors = 0
    start = time.perf_counter()
    for f in files:
        try:
            pages += len(read_pages(f, settings))
        except Exception:  # noqa: BLE001 - a benchmark counts failures, it does not stop
            errors += 1
    seconds = time.perf_counter() - start
    queue.put((pages, seconds, errors, peak_mib()))


def _pdftotext(files: list[str]) -> tuple[int, float] | None:
    if not shutil.which("pdftotext"):
        return None
    import pypdfium2 as pdfium

    pages = sum(len(pdfium.PdfDocument(f)) for f in files)
    start = time.perf_counter()
    for f in files:
        subprocess.run(["pdftotext", "-q", f, "-"], stdout=subprocess.DEVNULL, check=False)
    return pages, time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = folder_parser(__doc__)
    parser.add_argument("--engine", choices=["pdfium", "pdfplumber", "both"], default="both")
    args = parser.parse_args(argv)
    files = pdf_files(args.folders)
    if not files:
        sys.exit("no PDFs found")
    rows: list[tuple[str, int, float, int, float | None]] = []
    engines = ["pdfium", "pdfplumber"] if args.engine == "both" else [args.engine]
    for engine in engines:
        pages, seconds, errors, rss = in_child(_run_read_pages, files, engine)
        rows.append((f"read_pages (engine={engine})", pages, seconds, errors, rss))
    pages, seconds, errors, rss = in_child(plain_text, files)
    rows.append(("baseline: pypdfium2 plain text", pages, seconds, errors, rss))
    poppler = _pdftotext(files)
    if poppler:
        rows.append(("baseline: pdftotext (poppler)", poppler[0], poppler[1], 0, None))
    fastest = max(r[1] / r[2] for r in rows if r[0].startswith("baseline"))
    print(f"{len(files)} PDFs, one process each reader, {time.strftime('%Y-%m-%d')}")
    print(
        f"{'reader':38} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'peak MiB':>9} "
        f"{'vs fastest baseline':>20}"
    )
    for name, pages, seconds, errors, rss in rows:
        rate = pages / seconds if seconds else float("inf")
        peak = f"{rss:9.0f}" if rss is not None else f"{'-':>9}"
        note = f"  ({errors} unreadable)" if errors else ""
        print(
            f"{name:38} {pages:6d} {seconds:8.2f} {rate:8.1f} {peak} {rate / fastest:19.3f}x{note}"
        )


if __name__ == "__main__":
    main()
