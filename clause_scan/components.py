"""Every spaCy factory and extension of clause-scan, in one place.

A pipeline built by `clause_scan.load()` is `spacy.blank("en")` plus, in order:

* ``clause_scan_segmenter``: `doc.spans["clauses"]`, one span per clause;
* ``clause_scan_terms``: defined terms (`doc._.clause_terms`) and what each clause refers to;
* ``clause_scan_classifier``: kinds and scores per clause (the trained scikit-learn model);
* ``clause_scan_checker``: findings per flagged clause.

Each span carries its `Clause` record in `span._.clause`; the getters `span._.clause_kinds`,
`span._.clause_findings` and so on read from it. A component that adds to a clause replaces
the record (records are frozen).
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import clauses as _clauses
from . import terms as _terms
from .records import Document

SPANS_KEY = "clauses"


def _register_extensions() -> None:
    if not Doc.has_extension("clause_document"):
        Doc.set_extension("clause_document", default=None)  # the read Document
        Doc.set_extension("clause_title", default="")
        Doc.set_extension("clause_terms", default=())  # tuple[Term, ...]
        Doc.set_extension("clause_skipped", default=())  # TOC entries, signature blocks
    if not Span.has_extension("clause"):
        Span.set_extension("clause", default=None)  # the Clause record
        for name in (
            "id",
            "number",
            "heading",
            "section",
            "page",
            "layout",
            "level",
            "parent",
            "kinds",
            "scores",
            "findings",
            "restrictive",
            "terms_used",
            "projects",
        ):
            Span.set_extension(f"clause_{name}", getter=_getter(name))


def _getter(name: str):
    def get(span: Span):
        record = span._.clause
        return getattr(record, name) if record is not None else None

    return get


_register_extensions()


def clause_spans(doc: Doc) -> list[Span]:
    """The clause spans of ``doc``, in document order."""
    return list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []


def document_of(doc: Doc) -> Document:
    """The Document behind ``doc``; for a Doc made from a plain string, one built from it."""
    from .pages import document_from_text

    if doc._.clause_document is None:
        doc._.clause_document = document_from_text(doc.text)
    return doc._.clause_document


class ClauseSegmenter:
    """Split the document into clauses: `doc.spans["clauses"]`."""

    def __call__(self, doc: Doc) -> Doc:
        document = document_of(doc)
        if document.text != doc.text:
            raise ValueError("doc._.clause_document does not match the Doc's text")
        result = _clauses.segment(document)
        spans = []
        for clause in result.clauses:
            span = doc.char_span(clause.start, clause.end, alignment_mode="expand")
            if span is None:
                continue
            span._.clause = clause
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        doc._.clause_title = result.title
        doc._.clause_skipped = result.skipped
        return doc


class TermFinder:
    """Find defined terms and, per clause, the terms it uses and the projects it names."""

    def __call__(self, doc: Doc) -> Doc:
        found = tuple(_terms.find_terms(doc.text))
        doc._.clause_terms = found
        spans = clause_spans(doc)
        for span, clause in zip(spans, _terms.attach([s._.clause for s in spans], found)):
            span._.clause = clause
        return doc


class ClauseClassifier:
    """Set each clause's kinds and scores with the trained scikit-learn model."""

    def __init__(self, model: str | None = None, batch_size: int = 512) -> None:
        from .labels import load_model

        self.model = load_model(Path(model) if model else None)
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        from .labels import label_clauses

        spans = clause_spans(doc)
        labelled = label_clauses([s._.clause for s in spans], self.model, self.batch_size)
        for span, clause in zip(spans, labelled):
            span._.clause = clause
        return doc


class ClauseChecker:
    """Run the rule checks on every flagged clause: `span._.clause_findings`."""

    def __call__(self, doc: Doc) -> Doc:
        from .checks import check_clauses

        spans = clause_spans(doc)
        checked = check_clauses(
            [s._.clause for s in spans],
            document_of(doc),
            doc._.clause_terms,
            doc._.clause_title,
        )
        for span, clause in zip(spans, checked):
            span._.clause = clause
        return doc


@Language.factory(
    "clause_scan_segmenter",
    assigns=["doc.spans", "span._.clause", "doc._.clause_title"],
)
def make_segmenter(nlp: Language, name: str) -> ClauseSegmenter:
    return ClauseSegmenter()


@Language.factory(
    "clause_scan_terms",
    assigns=["doc._.clause_terms", "span._.clause"],
    requires=["doc.spans"],
)
def make_terms(nlp: Language, name: str) -> TermFinder:
    return TermFinder()


@Language.factory(
    "clause_scan_classifier",
    assigns=["span._.clause"],
    requires=["doc.spans"],
    default_config={"model": None, "batch_size": 512},
)
def make_classifier_component(
    nlp: Language, name: str, model: str | None, batch_size: int
) -> ClauseClassifier:
    return ClauseClassifier(model, batch_size)


@Language.factory("clause_scan_checker", assigns=["span._.clause"], requires=["span._.clause"])
def make_checker(nlp: Language, name: str) -> ClauseChecker:
    return ClauseChecker()
