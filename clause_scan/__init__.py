"""clause-scan: find AI replica, alteration and synthetic-performer clauses and check their consent.

Heavy libraries (spaCy, scikit-learn, pdfplumber) load on first use, so `import clause_scan`
stays fast for command-line use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

_RECORDS = ("Clause", "Document", "DocumentResult", "Finding", "Layout", "Line", "Page", "Term")

__all__ = [
    "__version__",
    "load",
    "read_pages",
    "scan",
    "scan_many",
    "ClauseScanError",
    "Settings",
    *_RECORDS,
]

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def load(model: str | None = None, *, checks: bool = True, classifier: bool = True) -> Language:
    """`spacy.blank("en")` with clause-scan's components: segmenter, terms, classifier, checker.

    ``model`` is a folder holding a trained classifier (default: the shipped model).
    """
    import spacy

    from . import components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("clause_scan_segmenter")
    nlp.add_pipe("clause_scan_terms")
    if classifier:
        config = {"model": model} if model else {}
        nlp.add_pipe("clause_scan_classifier", config=config)
        if checks:
            nlp.add_pipe("clause_scan_checker")
    return nlp


def __getattr__(name: str):
    if name == "read_pages":
        from .pages import read_pages

        return read_pages
    if name in ("scan", "scan_many"):
        from . import scanner

        return getattr(scanner, name)
    if name == "ClauseScanError":
        from .errors import ClauseScanError

        return ClauseScanError
    if name == "Settings":
        from .settings import Settings

        return Settings
    if name in _RECORDS:
        from . import records

        return getattr(records, name)
    raise AttributeError(f"module 'clause_scan' has no attribute {name!r}")
