"""The `clause-scan` command: a thin typer layer over the library.

Library errors become one-line messages with their code here, at the edge; nothing ends in a
traceback. Exit codes: 0 done; 1 findings at or above --fail-on; 2 usage error; 3 a document
could not be read.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .errors import ClauseScanError
from .settings import MIB, Settings

ENGINES = ("pdfplumber",)
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3

app = typer.Typer(
    name="clause-scan",
    help=(
        "Find the clauses in performer contracts that allow digital replicas, digital alteration, "
        "synthetic performers or AI training, and check the consent they ask for.\n\n"
        "Exit codes: 0 scanned; 1 findings at or above --fail-on; 2 usage error; "
        "3 at least one document could not be read."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

PasswordOpt = Annotated[
    str | None, typer.Option("--password", help="Password of an encrypted PDF.")
]
OcrOpt = Annotated[
    bool | None,
    typer.Option(
        "--ocr/--no-ocr",
        help="OCR image-only pages with tesseract. Default: OCR only a PDF with no text layer.",
    ),
]
MaxMbOpt = Annotated[float, typer.Option("--max-mb", help="Refuse files larger than this (MiB).")]
MaxPagesOpt = Annotated[int, typer.Option("--max-pages", help="Refuse PDFs with more pages.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="PDF reader: pdfplumber.")]


def _settings(**kw) -> Settings:
    max_mb = kw.pop("max_mb", None)
    if max_mb is not None:
        kw["max_bytes"] = int(max_mb * MIB)
    engine = kw.get("engine")
    if engine is not None and engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}; use {' or '.join(ENGINES)}")
    return Settings(**{k: v for k, v in kw.items() if v is not None})


def _fail(exc: ClauseScanError) -> None:
    err.print(f"error [{exc.code}] {exc}", markup=False)
    raise typer.Exit(EXIT_UNREADABLE)


@app.command()
def pages(
    file: Annotated[Path, typer.Argument(help="A PDF, DOCX or TXT file.")],
    password: PasswordOpt = None,
    ocr: OcrOpt = None,
    max_mb: MaxMbOpt = 100.0,
    max_pages: MaxPagesOpt = 2000,
    engine: EngineOpt = Settings.engine,
) -> None:
    """Print what was read: page, line and style marks (bold, caps, small, initials, ocr)."""
    from .pages import read_pages

    settings = _settings(
        password=password, ocr=ocr, max_mb=max_mb, max_pages=max_pages, engine=engine
    )
    try:
        document = read_pages(file, settings)
    except ClauseScanError as exc:
        _fail(exc)
    body = document.body_font_size
    out.print(
        f"{document.path}: {_count(len(document), 'page')}, {document.kind.upper()}, body text "
        + (f"{body:g} pt" if body else "size unknown (no fonts in this format)")
    )
    for warning in document.warnings:
        out.print(f"warning: {warning}")
    table = Table(box=None, pad_edge=False, show_edge=False)
    for col in ("page", "line", "block", "size", "marks", "text"):
        table.add_column(
            col,
            no_wrap=col != "text",
            justify="right" if col in ("page", "line", "block", "size") else "left",
        )
    for page in document:
        for i, line in enumerate(page.lines, start=1):
            table.add_row(
                str(page.number),
                str(i),
                str(line.block),
                f"{line.font_size:g}" if line.font_size else "-",
                _line_marks(line, body),
                line.text,
            )
        if page.header or page.footer:
            table.add_row(
                str(page.number), "", "", "", "running", " | ".join(page.header + page.footer)
            )
    out.print(table)
    out.print("marks: B bold, C all caps, s small print, I initials line, S signature line, O OCR")


def _line_marks(line, body: float | None) -> str:
    return "".join(
        (
            "B" if line.bold else "-",
            "C" if line.caps else "-",
            "s" if line.font_size and body and line.font_size < 0.85 * body else "-",
            "I" if line.role == "initials" else ("S" if line.role == "signature" else "-"),
            "O" if line.ocr else "-",
        )
    )


@app.command()
def clauses(
    file: Annotated[Path, typer.Argument(help="A PDF, DOCX or TXT file.")],
    password: PasswordOpt = None,
    ocr: OcrOpt = None,
    engine: EngineOpt = Settings.engine,
) -> None:
    """Print the clause table (number, heading, page, layout marks, first words) and defined terms."""
    from . import load
    from .clauses import split_clauses
    from .components import clause_spans
    from .pages import read_pages

    try:
        document = read_pages(file, _settings(password=password, ocr=ocr, engine=engine))
    except ClauseScanError as exc:
        _fail(exc)
    doc = split_clauses(document, load(classifier=False))
    spans = clause_spans(doc)
    out.print(
        f"{document.path}: {_count(len(spans), 'clause')} on {_count(len(document), 'page')}"
        + (f" — {doc._.clause_title}" if doc._.clause_title else "")
    )
    if not document.layout_known:
        out.print("note: plain text has no fonts, so bold, size and small print are unknown")
    table = Table(box=None, pad_edge=False, show_edge=False)
    for col in ("id", "number", "page", "marks", "heading", "section", "text"):
        table.add_column(col, no_wrap=col not in ("text", "section"), overflow="fold")
    for span in spans:
        c = span._.clause
        table.add_row(
            c.id,
            ("  " * max(0, c.level - 1)) + c.number,
            str(c.page),
            layout_marks(c.layout),
            c.heading,
            " › ".join(c.section),
            _first_words(c.text, 12),
        )
    out.print(table)
    out.print(
        "marks: B bold, C all caps, s small print, I initialed, T in standard terms, ? layout unknown"
    )
    if doc._.clause_terms:
        out.print("\ndefined terms:")
        for term in doc._.clause_terms:
            names = f' → "{term.title}"' if term.title else ""
            out.print(f'  "{term.term}"{names}: {_first_words(term.definition, 14)}')


def layout_marks(layout) -> str:
    if not layout.layout_known:
        return "".join(
            (
                "?",
                "C" if layout.all_caps > 0.9 else "-",
                "?",
                "I" if layout.initialed else "-",
                "T" if layout.in_standard_terms else "-",
            )
        )
    return "".join(
        (
            "B" if layout.bold > 0.5 else "-",
            "C" if layout.all_caps > 0.9 else "-",
            "s" if layout.small_print else "-",
            "I" if layout.initialed else "-",
            "T" if layout.in_standard_terms else "-",
        )
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def main() -> None:  # pragma: no cover - entry point for `python -m clause_scan`
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
