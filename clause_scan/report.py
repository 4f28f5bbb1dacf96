"""Reports: results → JSON (`clause-scan/report@1`), CSV, HTML, Markdown, terminal; pandas.

`render(results, fmt, stream)` writes results as they come (JSON and CSV are streamed; HTML
keeps only its summary table in memory) and returns a `Summary` for the exit code.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from . import __version__
from .records import Clause, DocumentResult

SCHEMA_ID = "clause-scan/report@1"
FORMATS = ("terminal", "json", "csv", "html", "md")
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}
CSV_COLUMNS = (
    "document",
    "status",
    "error",
    "page",
    "clause_id",
    "clause_number",
    "heading",
    "section",
    "kinds",
    "check",
    "severity",
    "evidence",
    "reason",
    "source",
    "start",
    "end",
)


@dataclass
class Summary:
    """What a report saw: for the exit code and the closing line."""

    documents: int = 0
    errors: int = 0
    pages: int = 0
    flagged: int = 0
    findings: dict[str, int] = field(default_factory=dict)  # per severity

    def add(self, result: DocumentResult) -> None:
        self.documents += 1
        if result.status != "ok":
            self.errors += 1
            return
        self.pages += result.pages
        for clause in result.clauses:
            self.flagged += bool(clause.kinds)
            for f in clause.findings:
                self.findings[f.severity] = self.findings.get(f.severity, 0) + 1

    def worst(self) -> int:
        return max((SEVERITY_RANK[s] for s, n in self.findings.items() if n), default=0)


# --------------------------------------------------------------------------------------------
# Plain data


def model_info(model_dir: str | Path | None = None) -> dict:
    """The model block of a report: name, version, corpus hash."""
    from .labels import DEFAULT_MODEL_DIR

    try:
        meta = json.loads((Path(model_dir or DEFAULT_MODEL_DIR) / "meta.json").read_text())
    except OSError:
        return {"name": "clause-classifier", "version": None, "corpus_sha256": None}
    return {
        "name": meta.get("name", "clause-classifier"),
        "version": meta.get("version"),
        "corpus_sha256": meta.get("corpus_sha256"),
    }


def clause_dict(c: Clause) -> dict:
    lay = c.layout
    return {
        "id": c.id,
        "number": c.number,
        "heading": c.heading,
        "section": list(c.section),
        "page": c.page,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "kinds": list(c.kinds),
        "scores": {k: c.scores[k] for k in sorted(c.scores)},
        "restrictive": c.restrictive,
        "layout": {
            "bold": lay.bold,
            "all_caps": lay.all_caps,
            "font_size_ratio": lay.font_size_ratio,
            "small_print": lay.small_print,
            "initialed": lay.initialed,
            "in_standard_terms": lay.in_standard_terms,
            "layout_known": lay.layout_known,
        },
        "findings": [
            {
                "check": f.check,
                "severity": f.severity,
                "evidence": f.evidence,
                "start": f.start,
                "end": f.end,
                "reason": f.reason,
                "source": f.source,
            }
            for f in c.findings
        ],
    }


def document_dict(r: DocumentResult) -> dict:
    return {
        "path": r.path,
        "sha256": r.sha256,
        "status": r.status,
        "error": {"code": r.error_code, "message": r.error_message} if r.status != "ok" else None,
        "pages": r.pages,
        "warnings": list(r.warnings),
        "terms": [{"term": t.term, "title": t.title} for t in r.terms],
        "clauses": [clause_dict(c) for c in r.clauses],
    }


def to_dict(results: Iterable[DocumentResult], model: dict | None = None) -> dict:
    """The whole report as one dict (for small batches and tests; `render` streams)."""
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "clause-scan", "version": __version__},
        "model": model or model_info(),
        "documents": [document_dict(r) for r in results],
    }


def finding_rows(result: DocumentResult) -> list[dict]:
    """One row per finding, one per flagged clause without findings, one per failed document."""
    if result.status != "ok":
        return [
            {
                **dict.fromkeys(CSV_COLUMNS, ""),
                "document": result.path,
                "status": "error",
                "error": f"{result.error_code}: {result.error_message}",
            }
        ]
    rows = []
    for c in result.clauses:
        if not c.kinds:
            continue
        base = {
            "document": result.path,
            "status": "ok",
            "error": "",
            "page": c.page,
            "clause_id": c.id,
            "clause_number": c.number,
            "heading": c.heading,
            "section": " / ".join(c.section),
            "kinds": ";".join(c.kinds),
        }
        if not c.findings:
            rows.append({**dict.fromkeys(CSV_COLUMNS, ""), **base})
        for f in c.findings:
            rows.append(
                {
                    **base,
                    "check": f.check,
                    "severity": f.severity,
                    "evidence": f.evidence,
                    "reason": f.reason,
                    "source": f.source,
                    "start": f.start,
                    "end": f.end,
                }
            )
    return rows


def to_frame(results: Iterable[DocumentResult]):
    """A pandas DataFrame with one row per finding (and per flagged clause without findings)."""
    import pandas as pd

    rows = [row for r in results for row in finding_rows(r)]
    return pd.DataFrame(rows, columns=list(CSV_COLUMNS))


# --------------------------------------------------------------------------------------------
# Writers


class _Writer:
    def __init__(self, stream: IO[str], model: dict) -> None:
        self.stream, self.model = stream, model

    def write(self, result: DocumentResult) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        pass


class JsonWriter(_Writer):
    """Streams `{"schema": ..., "documents": [ ... ]}` one document at a time."""

    def __init__(self, stream, model) -> None:
        super().__init__(stream, model)
        self.count = 0
        head = {
            "schema": SCHEMA_ID,
            "tool": {"name": "clause-scan", "version": __version__},
            "model": model,
        }
        text = json.dumps(head, indent=2, ensure_ascii=False)
        self.stream.write(text[:-2] + ',\n  "documents": [')

    def write(self, result: DocumentResult) -> None:
        body = json.dumps(document_dict(result), indent=2, ensure_ascii=False)
        body = "\n".join("    " + line for line in body.splitlines())
        self.stream.write(("," if self.count else "") + "\n" + body)
        self.count += 1

    def close(self) -> None:
        self.stream.write(("\n  " if self.count else "") + "]\n}\n")


class CsvWriter(_Writer):
    def __init__(self, stream, model) -> None:
        super().__init__(stream, model)
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, result: DocumentResult) -> None:
        self.writer.writerows(finding_rows(result))


def _segments(clause: Clause) -> list[tuple[str, str]]:
    """The clause text cut into (text, checks) pieces; evidence pieces name their checks."""
    marks = sorted((f.start - clause.start, f.end - clause.start, f.check) for f in clause.findings)
    bounds = sorted(
        {0, len(clause.text)}
        | {max(0, min(len(clause.text), x)) for s, e, _ in marks for x in (s, e)}
    )
    out = []
    for a, b in zip(bounds, bounds[1:]):
        checks = [c for s, e, c in marks if s <= a and b <= e]
        out.append((clause.text[a:b], " ".join(dict.fromkeys(checks))))
    return out


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("clause_scan", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v: f"{100 * v:.0f}%"
    return env


def _sorted_clauses(result: DocumentResult) -> list[Clause]:
    """Worst first: highest severity, then most findings, then document order."""
    return sorted(
        (c for c in result.clauses if c.kinds),
        key=lambda c: (
            -max((SEVERITY_RANK[f.severity] for f in c.findings), default=0),
            -len(c.findings),
            c.start,
        ),
    )


class HtmlWriter(_Writer):
    """One self-contained HTML file: a summary table, then each document's flagged clauses."""

    def __init__(self, stream, model) -> None:
        super().__init__(stream, model)
        self.env = _env()
        self.rows: list[dict] = []
        self.body = tempfile.SpooledTemporaryFile(max_size=8 * 2**20, mode="w+", encoding="utf-8")
        self.section = self.env.get_template("document.html.j2")

    def write(self, result: DocumentResult) -> None:
        n = len(self.rows) + 1
        clauses = _sorted_clauses(result) if result.status == "ok" else []
        counts: dict[str, int] = {}
        for c in clauses:
            for f in c.findings:
                counts[f.severity] = counts.get(f.severity, 0) + 1
        self.rows.append({"n": n, "result": result, "flagged": len(clauses), "counts": counts})
        self.body.write(
            self.section.render(
                n=n,
                result=result,
                clauses=clauses,
                segments=_segments,
                all_clauses=[c for c in result.clauses if not c.kinds],
            )
        )

    def close(self) -> None:
        self.body.seek(0)
        page = self.env.get_template("report.html.j2")
        head, tail = page.render(
            rows=self.rows, model=self.model, version=__version__, body="\x00BODY\x00"
        ).split("\x00BODY\x00")
        self.stream.write(head)
        for chunk in iter(lambda: self.body.read(1 << 16), ""):
            self.stream.write(chunk)
        self.stream.write(tail)
        self.body.close()


class MarkdownWriter(_Writer):
    def write(self, result: DocumentResult) -> None:
        w = self.stream.write
        w(f"## {result.path}\n\n")
        if result.status != "ok":
            w(f"**Error `{result.error_code}`**: {result.error_message}\n\n")
            return
        clauses = _sorted_clauses(result)
        w(f"{plural(result.pages, 'page')}, {plural(len(clauses), 'flagged clause')}.\n\n")
        for c in clauses:
            label = f"{c.number} {c.heading}".strip() or c.id
            w(f"### {label} (page {c.page}) — {', '.join(c.kinds)}\n\n")
            w("> " + " ".join(c.text.split())[:600] + "\n\n")
            for f in c.findings:
                w(
                    f"- **{f.check}** ({f.severity}): {f.reason} Evidence: “{f.evidence}”. "
                    f"_Source: {f.source}_\n"
                )
            if not c.findings:
                w("- no findings\n")
            w("\n")


class TerminalWriter(_Writer):
    """A readable summary per document: flagged clauses worst first, with their findings."""

    def __init__(self, stream, model, console=None) -> None:
        super().__init__(stream, model)
        from rich.console import Console

        self.console = console or Console(file=stream, highlight=False, soft_wrap=False)

    def write(self, result: DocumentResult) -> None:
        from rich.markup import escape
        from rich.text import Text

        con = self.console
        if result.status != "ok":
            con.print(
                Text.assemble(
                    ("✗ ", "bold red"),
                    (result.path, "bold"),
                    f"  error [{result.error_code}] {result.error_message}",
                )
            )
            return
        clauses = _sorted_clauses(result)
        n_find = sum(len(c.findings) for c in clauses)
        con.print(
            Text.assemble(
                ("■ ", "bold"),
                (result.path, "bold"),
                f"  {plural(result.pages, 'page')} · {plural(len(clauses), 'flagged clause')} · "
                f"{plural(n_find, 'finding')}",
            )
        )
        for w in result.warnings:
            con.print(f"  [yellow]warning:[/] {escape(w)}")
        for c in clauses:
            label = f"{c.number} {c.heading}".strip() or c.id
            scores = ", ".join(f"{k} {c.scores.get(k, 0):.2f}" for k in c.kinds)
            marks = _layout_words(c)
            con.print(
                Text.assemble(
                    "  ",
                    (f"p.{c.page} {label}", "bold cyan"),
                    f"  [{scores}]",
                    (f"  {marks}" if marks else "", "dim"),
                )
            )
            con.print(Text("    “" + _preview(c.text, 150) + "”", style="italic"))
            for f in sorted(c.findings, key=lambda f: -SEVERITY_RANK[f.severity]):
                colour = {"high": "red", "medium": "yellow", "low": "blue"}[f.severity]
                con.print(
                    Text.assemble(
                        "    ",
                        (f"{f.severity.upper():6}", f"bold {colour}"),
                        (f" {f.check}", "bold"),
                        f": {f.reason}",
                    )
                )
                con.print(Text(f"           evidence: “{_preview(f.evidence, 120)}”", style="dim"))
            if not c.findings:
                con.print(
                    Text(
                        "    no findings" + (" (restricts use)" if c.restrictive else ""),
                        style="green",
                    )
                )
        con.print()


def plural(n: int, noun: str) -> str:
    """ "1 page", "2 pages"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _layout_words(c: Clause) -> str:
    lay = c.layout
    words = []
    if lay.layout_known:
        if lay.bold > 0.5:
            words.append("bold")
        if lay.small_print:
            words.append("small print")
    if lay.all_caps > 0.9:
        words.append("caps")
    if lay.initialed:
        words.append("initialed")
    if lay.in_standard_terms:
        words.append("in standard terms")
    if not lay.layout_known:
        words.append("layout unknown")
    return ", ".join(words)


def _preview(text: str, n: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


WRITERS = {
    "json": JsonWriter,
    "csv": CsvWriter,
    "html": HtmlWriter,
    "md": MarkdownWriter,
    "terminal": TerminalWriter,
}


def render(
    results: Iterable[DocumentResult],
    fmt: str,
    stream: IO[str],
    model: dict | None = None,
    on_result=None,
) -> Summary:
    """Write ``results`` to ``stream`` in format ``fmt`` as they come; return the summary."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    writer = WRITERS[fmt](stream, model or model_info())
    summary = Summary()
    for result in results:
        writer.write(result)
        summary.add(result)
        if on_result:
            on_result(result)
    writer.close()
    return summary


def render_string(results: Iterable[DocumentResult], fmt: str) -> str:
    buf = io.StringIO()
    render(results, fmt, buf)
    return buf.getvalue()
