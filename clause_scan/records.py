"""Frozen records passed between the stages: pages → clauses → findings → results."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

#: A bounding box in PDF points, origin at the top left: (x0, top, x1, bottom).
BBox = tuple[float, float, float, float]

#: What a line is, besides ordinary text. Only "text" lines become clause text.
LINE_ROLES = ("text", "initials", "signature", "rule")


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line: its text, where it stands, and how it looks."""

    text: str
    page: int  # 1-based
    bbox: BBox
    font_size: float | None  # None where the format has no fonts (TXT)
    bold_share: float  # share of its letters set in a bold (or fake-bold) font
    caps: bool  # all its letters (at least two) are capitals
    start: int  # offsets into Document.text
    end: int
    block: int  # paragraph index in the document; an initials line takes its block's index
    role: str = "text"
    ocr: bool = False  # read by OCR: position and size are approximate, bold unknown

    @property
    def bold(self) -> bool:
        return self.bold_share >= 0.5


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its lines in reading order and what was taken off it."""

    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]
    header: tuple[str, ...] = ()  # running header lines removed from the text
    footer: tuple[str, ...] = ()  # running footer lines and page numbers removed from the text
    columns: int = 1
    has_text_layer: bool = True
    ocr: bool = False


@dataclass(frozen=True)
class Document(Sequence[Page]):
    """A read document: a sequence of pages plus what holds for the whole of it."""

    path: str
    kind: str  # "pdf", "docx" or "txt"
    pages: tuple[Page, ...]
    text: str  # every line's text, lines joined by "\n"; Line.start/end index into it
    sha256: str
    body_font_size: float | None  # the commonest font size of body text; None for TXT
    layout_known: bool  # False where fonts and bold could not be seen (TXT)
    warnings: tuple[str, ...] = ()

    def __getitem__(self, index):  # type: ignore[override]
        return self.pages[index]

    def __len__(self) -> int:
        return len(self.pages)

    @property
    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def pages_without_text(self) -> tuple[int, ...]:
        """1-based numbers of the pages that had no text layer (and were not OCR'd)."""
        return tuple(p.number for p in self.pages if not p.has_text_layer and not p.ocr)


@dataclass(frozen=True, slots=True)
class Layout:
    """How a clause is printed: what the burial check judges conspicuousness by."""

    bold: float  # share of letters in bold
    all_caps: float  # share of letters in capitals
    font_size_ratio: float | None  # median size / document body size; None when unknown
    small_print: bool
    initialed: bool  # an initials or signature line follows it or stands inside it
    in_standard_terms: bool
    layout_known: bool = True


@dataclass(frozen=True, slots=True)
class Term:
    """A defined term: `the "Picture"` and what it stands for."""

    term: str
    definition: str
    title: str | None  # the production title it names, if any
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One defect in one clause, with the words that show it."""

    check: str
    severity: str  # "high", "medium" or "low"
    evidence: str
    start: int  # offsets into the document text
    end: int
    reason: str
    source: str


@dataclass(frozen=True)
class Clause:
    """One clause of a document, with its place, layout, kinds and findings."""

    id: str
    number: str
    heading: str
    section: tuple[str, ...]
    page: int
    start: int
    end: int
    text: str
    layout: Layout
    level: int = 0  # nesting depth of its number: "1." is 1, "1.1" or "(a)" under it is 2
    parent: str | None = None  # id of the clause it is nested in
    pages: tuple[int, ...] = ()  # every page it stands on (a clause may cross a page break)
    kinds: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    restrictive: bool = False
    terms_used: tuple[str, ...] = ()  # defined terms the clause refers to
    projects: tuple[str, ...] = ()  # production titles it names through defined terms


@dataclass(frozen=True)
class DocumentResult:
    """What scanning one document produced: clauses and findings, or an error."""

    path: str
    status: str  # "ok" or "error"
    sha256: str | None = None
    pages: int = 0
    warnings: tuple[str, ...] = ()
    clauses: tuple[Clause, ...] = ()
    terms: tuple[Term, ...] = ()
    error_code: str | None = None
    error_message: str | None = None
    seconds: float = 0.0
