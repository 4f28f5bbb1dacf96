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
from .report import plural
from .settings import MIB, Settings

ENGINES = ("pdfium", "pdfplumber")
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
EngineOpt = Annotated[
    str, typer.Option("--engine", help="PDF reader: pdfium (fast) or pdfplumber (reference).")
]


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
        f"{document.path}: {plural(len(document), 'page')}, {document.kind.upper()}, body text "
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
    """Print the clause table (number, heading, page, layout marks, first words) and terms."""
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
        f"{document.path}: {plural(len(spans), 'clause')} on {plural(len(document), 'page')}"
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
        "marks: B bold, C all caps, s small print, I initialed, T in standard terms, "
        "? layout unknown"
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


def _first_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def main() -> None:  # pragma: no cover - entry point for `python -m clause_scan`
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


@app.command()
def scan(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (searched recursively) or globs.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, json, csv, html or md. Default: from the "
            "-o file's extension, else terminal.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    all_clauses: Annotated[
        bool, typer.Option("--all-clauses", help="Include unflagged clauses.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: cores).")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Seconds allowed per document.")
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on", help="Exit 1 if any finding is at least this severe: high, medium or low."
        ),
    ] = None,
    password: PasswordOpt = None,
    ocr: OcrOpt = None,
    max_mb: MaxMbOpt = 100.0,
    max_pages: MaxPagesOpt = 2000,
    engine: EngineOpt = Settings.engine,
    model: Annotated[str | None, typer.Option("--model", help="A trained model folder.")] = None,
) -> None:
    """Scan contracts and report the AI replica, alteration, synthetic-performer and training
    clauses, with what is wrong with the consent each asks for.

    Exit codes: 0 scanned; 1 findings at or above --fail-on; 2 usage error; 3 at least one
    document could not be read.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from .report import FORMATS, SEVERITY_RANK, model_info, render
    from .scanner import expand_paths, scan_many

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = (
            {"htm": "html", "markdown": "md"}.get(suffix, suffix)
            if suffix in (*FORMATS, "htm", "markdown")
            else ("terminal" if output is None else "")
        )
        if not fmt:
            raise typer.BadParameter(
                f"cannot tell the format from {output}; give --format", param_hint="--format"
            )
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"unknown format {fmt!r}; use {', '.join(FORMATS)}", param_hint="--format"
        )
    if fail_on is not None and fail_on not in SEVERITY_RANK:
        raise typer.BadParameter("use high, medium or low", param_hint="--fail-on")
    if jobs is not None and jobs < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--jobs")
    settings = _settings(
        password=password,
        ocr=ocr,
        max_mb=max_mb,
        max_pages=max_pages,
        engine=engine,
        timeout=timeout,
    )
    files = expand_paths(paths)
    if not files:
        err.print("error: no PDF, DOCX or TXT files found in the paths given")
        raise typer.Exit(EXIT_USAGE)
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    results = scan_many(files, settings, jobs=jobs, all_clauses=all_clauses, model=model)
    show_progress = len(files) > 1 and (output is not None or fmt != "terminal" or err.is_terminal)
    try:
        if show_progress:
            with Progress(
                TextColumn("scanning"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.description}"),
                console=err,
                transient=False,
            ) as progress:
                task = progress.add_task("", total=len(files))
                summary = render(
                    results,
                    fmt,
                    stream,
                    model_info(model),
                    on_result=lambda r: progress.update(
                        task, advance=1, description=Path(r.path).name
                    ),
                )
        else:
            summary = render(results, fmt, stream, model_info(model))
    finally:
        if output:
            stream.close()
    found = sum(summary.findings.values())
    err.print(
        f"{plural(summary.documents, 'document')}, {plural(summary.pages, 'page')}: "
        f"{plural(summary.flagged, 'flagged clause')}, {plural(found, 'finding')}"
        + (f", {summary.errors} could not be read" if summary.errors else "")
        + (f"; report written to {output}" if output else ""),
        markup=False,
    )
    if summary.errors:
        raise typer.Exit(EXIT_UNREADABLE)
    if fail_on and summary.worst() >= SEVERITY_RANK[fail_on]:
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def train(
    out: Annotated[Path | None, typer.Option("--out", help="Model folder to write.")] = None,
    build: Annotated[
        bool,
        typer.Option(
            "--build/--no-build", help="Rebuild corpus/clauses.jsonl from its sources first."
        ),
    ] = True,
) -> None:
    """Build the corpus, train the classifier and write it with its card and metrics."""
    from . import corpus
    from .labels import DEFAULT_MODEL_DIR
    from .train import train as run_train

    if build:
        path = corpus.build()
        out_console = f"built {path} ({corpus.sha256(path)[:12]})"
        err.print(out_console, markup=False)
    run_train(out=out or DEFAULT_MODEL_DIR, log=lambda m: err.print(m, markup=False))


@app.command()
def evaluate(
    model: Annotated[str | None, typer.Option("--model", help="A trained model folder.")] = None,
    show: Annotated[
        int, typer.Option("--show", help="How many misclassified clauses to list.")
    ] = 20,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures as JSON.")
    ] = None,
) -> None:
    """Figures on the held-out test split: the model beside the keyword baseline, the false
    positives on real CUAD paragraphs, the checks, and the misclassified clauses."""
    import json

    from . import corpus
    from .labels import load_model
    from .train import evaluate as run_evaluate

    m = load_model(model)
    if m.meta.get("corpus_sha256") != corpus.sha256():
        err.print(
            "warning: corpus/clauses.jsonl has changed since this model was trained; "
            "run `clause-scan train`",
            markup=False,
        )
    result = run_evaluate(m, corpus.load(split="test"), check_report=True)
    out.print(
        f"test split: {result['records']} clauses from {result['documents']} documents "
        f"(model {m.version})"
    )
    table = Table(box=None)
    for col in ("kind", "P", "R", "F1", "P@80R", "kw P", "kw R", "kw F1", "n"):
        table.add_column(col, justify="right" if col != "kind" else "left", no_wrap=True)
    for kind, v in result["model"]["per_kind"].items():
        b = result["keyword_baseline"]["per_kind"][kind]
        table.add_row(
            kind,
            f"{v['precision']:.3f}",
            f"{v['recall']:.3f}",
            f"{v['f1']:.3f}",
            f"{v['precision_at_80_recall']:.3f}",
            f"{b['precision']:.3f}",
            f"{b['recall']:.3f}",
            f"{b['f1']:.3f}",
            str(v["support"]),
        )
    out.print(table)
    out.print("kw: the keyword baseline, same clauses; n: test clauses of the kind")
    mf, bf = result["model"]["macro_f1"], result["keyword_baseline"]["macro_f1"]
    out.print(f"macro-F1 {mf:.3f} (keyword baseline {bf:.3f}, {mf - bf:+.3f})")
    fp = result["cuad_false_positives"]
    out.print(
        f"false positives on {fp['paragraphs']} held-out CUAD paragraphs "
        f"({fp['contracts']} contracts): {fp['model']} ({100 * fp['model_rate']:.2f}%); "
        f"keyword baseline {fp['keyword_baseline']} ({100 * fp['keyword_baseline_rate']:.1f}%)"
    )
    for hand, v in result["per_hand"].items():
        out.print(
            f"  hand {hand} ({v['records']} authored test clauses): macro-F1 {v['macro_f1']:.3f} "
            f"(keyword baseline {v['keyword_macro_f1']:.3f})"
        )
    screened = result["screened_out"]
    if screened:
        out.print(
            f"screen (words only, threshold {screened['threshold']}) keeps "
            f"{100 * screened['test_clauses']:.0f}% of test clauses and "
            f"{100 * screened['cuad_paragraphs']:.0f}% of CUAD paragraphs from the full model"
        )
    checks = result["checks"]
    out.print(f"\nchecks against the corpus defect labels ({checks['note']}):")
    for name, v in checks["per_check"].items():
        out.print(
            f"  {name:26} precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
            f"F1 {v['f1']:.3f}  (support {v['support']})"
        )
    r = checks["restrictive_detection"]
    out.print(
        f"  {'restrictive clauses':26} precision {r['precision']:.3f}  recall {r['recall']:.3f}"
    )
    mis = result["misclassified"]
    out.print(f"\n{len(mis)} misclassified test clauses; the {min(show, len(mis))} most confident:")
    for m_ in mis[:show]:
        out.print(
            f"  {m_['id']}: gold {m_['gold'] or '-'} predicted {m_['predicted'] or '-'}\n"
            f"    {_first_words(m_['text'], 30)}",
            markup=False,
        )
    if json_out:
        json_out.write_text(json.dumps(result, indent=2) + "\n")
