"""Scan documents: read → clauses → kinds → findings, for one document or many in parallel.

`scan(path)` returns one `DocumentResult`; `scan_many(paths)` yields one per document, in
input order, from worker processes. A document that cannot be read, or that takes longer than
the time limit, becomes a result with `status="error"` and its code; the batch goes on.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from .errors import ClauseScanError, Timeout
from .pages import SUPPORTED_SUFFIXES
from .records import DocumentResult
from .settings import Settings


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders searched recursively for PDF/DOCX/TXT, globs expanded.

    A path that matches nothing is kept, so that it is reported as `not_found`.
    """
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES
                )
            )
        elif not p.exists() and glob.has_magic(str(raw)):
            matches = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            out.extend(m for m in matches if m.is_file()) if matches else out.append(p)
        else:
            out.append(p)
    return list(dict.fromkeys(out))


class _Alarm(BaseException):
    """The time limit ran out. A BaseException, so no library's `except Exception` eats it."""


@contextmanager
def _time_limit(seconds: float | None, path: Path):
    """Raise `Timeout` if the block runs longer than ``seconds`` (main thread, Unix)."""
    usable = seconds and hasattr(signal, "setitimer")
    try:
        usable = usable and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    except ValueError:  # not the main thread
        usable = False
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise _Alarm()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def scan(
    path: str | Path,
    settings: Settings | None = None,
    *,
    model=None,
    all_clauses: bool = False,
) -> DocumentResult:
    """Scan one document. Never raises for a bad document: the result says what went wrong.

    ``model`` is a loaded `labels.Model` (default: the shipped classifier, loaded once).
    """
    from .pages import read_pages

    settings = settings or Settings()
    path = Path(path)
    started = time.perf_counter()
    try:
        with _time_limit(settings.timeout, path):
            document = read_pages(path, settings)
            clauses, terms = analyse(document, model if model is not None else _cached_model())
    except _Alarm:
        exc = Timeout(
            path, f"took longer than {settings.timeout:g} s; raise --timeout to allow more"
        )
        return _error(path, exc.code, str(exc), started)
    except ClauseScanError as exc:
        return _error(path, exc.code, str(exc), started)
    except Exception as exc:  # a bug must not stop a batch: report it on this document
        message = f"{path}: unexpected {type(exc).__name__}: {exc}; please report it"
        return _error(path, "internal_error", message, started)
    if not all_clauses:
        clauses = tuple(c for c in clauses if c.kinds)
    return DocumentResult(
        path=str(path),
        status="ok",
        sha256=document.sha256,
        pages=len(document),
        warnings=document.warnings,
        clauses=clauses,
        terms=terms,
        seconds=round(time.perf_counter() - started, 3),
    )


def _error(path: Path, code: str, message: str, started: float) -> DocumentResult:
    return DocumentResult(
        path=str(path),
        status="error",
        error_code=code,
        error_message=message,
        seconds=round(time.perf_counter() - started, 3),
    )


def analyse(document, model) -> tuple[tuple, tuple]:
    """Clauses with kinds, scores and findings, and the defined terms, for a read document.

    The same stages as the spaCy pipeline (`clause_scan.load()`), as plain functions: a scan
    needs clause offsets, not tokens, so it skips spaCy's tokenizer and its start-up.
    """
    from .checks import check_clauses
    from .clauses import segment
    from .labels import label_clauses
    from .terms import attach, find_terms

    segmented = segment(document)
    terms = tuple(find_terms(document.text))
    clauses = attach(segmented.clauses, terms)
    clauses = label_clauses(clauses, model)
    clauses = check_clauses(clauses, document, terms, segmented.title)
    return tuple(clauses), terms


_MODELS: dict[str | None, object] = {}


def _cached_model(model: str | None = None):
    """One loaded classifier per process and model folder."""
    if model not in _MODELS:
        from .labels import load_model

        _MODELS[model] = load_model(model)
    return _MODELS[model]


def _worker_init(model: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _cached_model(model)


def _worker_scan(args: tuple[str, Settings, bool, str | None]) -> DocumentResult:
    path, settings, all_clauses, model = args
    return scan(path, settings, model=_cached_model(model), all_clauses=all_clauses)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def scan_many(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    jobs: int | None = None,
    all_clauses: bool = False,
    model: str | None = None,
) -> Iterator[DocumentResult]:
    """Scan many documents in ``jobs`` worker processes; yield results in input order."""
    settings = settings or Settings()
    files = expand_paths(paths)
    jobs = max(1, jobs or os.cpu_count() or 1)
    if jobs == 1 or len(files) <= 1:
        loaded = _cached_model(model)
        for f in files:
            yield scan(f, settings, model=loaded, all_clauses=all_clauses)
        return
    tasks = [(str(f), settings, all_clauses, model) for f in files]
    # workers forked from this process share its loaded model; elsewhere each loads its own
    context = None
    if sys.platform.startswith("linux"):
        _cached_model(model)
        context = multiprocessing.get_context("fork")
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=min(jobs, len(files)),
            mp_context=context,
            initializer=_worker_init,
            initargs=(model,),
        ) as pool:
            # the biggest files first, so that no worker is left alone with one at the end
            futures = {}
            for i in sorted(range(len(tasks)), key=lambda i: -_size(files[i])):
                futures[i] = pool.submit(_worker_scan, tasks[i])
            try:
                for i in range(len(tasks)):
                    result = futures.pop(i).result()
                    done += 1
                    yield result
            except (KeyboardInterrupt, GeneratorExit):
                # Ctrl-C, or the caller stopped reading: drop the queued files rather than
                # scanning them all before the pool can close
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    except BrokenProcessPool:
        # a worker died (out of memory, a crash in a PDF library): report the rest, go on
        for path, *_ in tasks[done:]:
            yield DocumentResult(
                path=path,
                status="error",
                error_code="internal_error",
                error_message=f"{path}: a worker process died while scanning; "
                "scan this file alone with --jobs 1 to see why",
            )
