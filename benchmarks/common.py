"""What the benchmarks share: the PDFs to read, a measurement in its own process, a baseline."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT / "tests" / "pdfs" / "real", ROOT / "examples"]


def folder_parser(doc: str) -> argparse.ArgumentParser:
    """A command line taking the folders of PDFs to measure (default: the repository's own)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_FOLDERS)
    return parser


def pdf_files(folders: list[Path]) -> list[str]:
    """The PDFs in ``folders`` (recursive), scanned ones left out: OCR is another cost."""
    files = sorted({p for f in folders for p in (f.rglob("*.pdf") if f.is_dir() else [f])})
    return [str(p) for p in files if not p.name.startswith("simscan_")]


def in_child(target, *args):
    """Run ``target(*args, queue)`` in a fresh process and return what it put on the queue,
    so that its peak memory (max RSS) is its own."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(*args, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plain_text(files: list[str], queue) -> None:
    """Baseline: pypdfium2's plain text of every page, nothing else."""
    import pypdfium2 as pdfium

    pages, start = 0, time.perf_counter()
    for f in files:
        pdf = pdfium.PdfDocument(f)
        for page in pdf:
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    queue.put((pages, time.perf_counter() - start, 0, peak_mib()))
