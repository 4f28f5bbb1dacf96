"""Shared fixtures: paths to the generated and real test PDFs, and cached reads."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

HERE = Path(__file__).parent
GENERATED = HERE / "pdfs" / "generated"
REAL = HERE / "pdfs" / "real"
ROOT = HERE.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def expected() -> dict:
    """Facts about each generated fixture, written by tests/pdfs/generate.py."""
    return json.loads((GENERATED / "EXPECTED.json").read_text())


@functools.cache
def read(path: str | Path):
    """Read a test file once per session (reading PDFs is the slow part of the suite)."""
    from clause_scan.pages import read_pages

    return read_pages(path)


@functools.cache
def segmented(path: str | Path):
    """The spaCy Doc of a test file, clauses and terms only (no classifier)."""
    from clause_scan.clauses import split_clauses

    return split_clauses(read(path), _nlp_without_model())


@functools.lru_cache(maxsize=1)
def _nlp_without_model():
    import clause_scan

    return clause_scan.load(classifier=False)


def flat(text: str) -> str:
    """Whitespace folded to single spaces."""
    return " ".join(text.split())
