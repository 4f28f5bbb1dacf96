"""Split a read document into clauses: numbering, headings, section paths and layout.

`segment(document)` is the plain function; `split_clauses(document)` runs the spaCy pipeline
(`clause_scan.load()`) and returns a `Doc` whose `doc.spans["clauses"]` are the clauses.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from .records import Clause, Document, Layout, Line

# The leading number of a clause, in the forms real contracts use.
_NUMBER = re.compile(
    r"""^(?P<num>
        (?:ARTICLE|Article|SECTION|Section|CLAUSE|Clause|PARAGRAPH|Paragraph|PART|Part|
           SCHEDULE|Schedule|RIDER|Rider)\s+(?:[0-9]{1,3}(?:\.[0-9]{1,3})*[A-Za-z]?|[IVXLC]{1,6})\b\.?
      | §§?\s*[0-9]{1,4}(?:\.[0-9]{1,3})*(?:\([a-z0-9]{1,4}\))*\.?
      | [0-9]{1,3}(?:\.[0-9]{1,3})+\.?(?:\([a-zA-Z0-9]{1,4}\))*
      | [0-9]{1,3}(?:\([a-zA-Z0-9]{1,4}\))+
      | [0-9]{1,3}[.)](?!\d)
      | [A-Z]\.[0-9]{1,3}(?:\.[0-9]{1,3})*\.?
      | \((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[0-9]{1,3})\)
      | (?:[a-z]|[A-Z])[.)](?=\s)
      | (?:[ivxlc]{1,6}|[IVXLC]{1,6})[.)](?=\s)
      | (?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH|
           First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s*:
    )(?=\s|$)\s*""",
    re.VERBOSE,
)
_TOC_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$|\s{3,}\d{1,4}\s*$")
_TOC_TITLE = re.compile(r"^\s*(?:table of )?contents\s*$", re.IGNORECASE)
_SIGNATURE_START = re.compile(
    r"^\s*(?:in witness whereof|agreed and accepted|accepted and agreed|agreed to and accepted|"
    r"signed\b|executed\b.*\bas of\b)",
    re.IGNORECASE,
)
_SIGNATURE_LABEL = re.compile(
    r"^\s*(?:by|name|title|its|date|dated|signature|print name|witness|address|ss#?|"
    r"social security|phone|e-?mail)\s*:",
    re.IGNORECASE,
)
_STANDARD_TERMS = re.compile(
    r"standard\s+terms|general\s+terms|terms\s+and\s+conditions|terms\s*&\s*conditions|"
    r"general\s+(?:provisions|conditions)|boilerplate|(?:terms|conditions)\s+on\s+(?:the\s+)?reverse|"
    r"reverse\s+side|fine\s+print|terms\s+of\s+(?:use|service)|standard\s+conditions|"
    r"general\s+rider|miscellaneous",
    re.IGNORECASE,
)
# a form field on a deal memo or voucher: "Production: Night Shift", "Rate:  $1,250"
_FIELD = re.compile(r"^[A-Z][A-Za-z/&'’ ]{1,28}:\s")
_VOUCHER = re.compile(r"\bvoucher\b", re.IGNORECASE)
_INLINE_HEADING = re.compile(
    r"^(?P<h>[A-Z][A-Za-z0-9'’&/,\- ]{1,60}?)(?:\.|:|\s[—–-]\s|—)\s+(?=\S)"
)
_ABBREVIATIONS = frozenset("inc ltd llc llp co corp no mr mrs ms dr st plc pty bv gmbh sa".split())
_SMALL_WORDS = frozenset("a an and as at by for in of on or the to with from".split())
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)


@dataclass
class _Unit:
    """A paragraph-like run of lines, before it is judged a clause, heading or neither."""

    lines: list[Line]
    trailing: list[Line] = field(default_factory=list)  # initials/signature lines after it

    @property
    def text(self) -> str:
        return " ".join(l.text for l in self.lines)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass(frozen=True)
class Segmented:
    """The result of segmentation: clauses plus what was learnt about the document."""

    clauses: tuple[Clause, ...]
    title: str
    headings: tuple[tuple[str, int], ...]  # (heading text, offset)
    skipped: tuple[tuple[str, int, int], ...]  # (why, start, end): TOC entries, signature blocks


def segment(document: Document) -> Segmented:
    """Split ``document`` into clauses with number, heading, section path, page and layout."""
    units = _units(document)
    body = document.body_font_size
    title = ""
    sections: list[tuple[float, str]] = []  # (rank, heading); larger rank = higher level
    numbering: list[tuple[str, str, str]] = []  # (style, clause id, number) still open
    clauses: list[Clause] = []
    headings: list[tuple[str, int]] = []
    skipped: list[tuple[str, int, int]] = []
    in_toc = False
    in_signatures = False
    seen_clause = False
    for unit in units:
        text = unit.text.strip()
        if not text:
            continue
        if _TOC_TITLE.match(text):
            in_toc = True
            skipped.append(("table of contents", unit.start, unit.end))
            continue
        if _is_toc(unit):
            skipped.append(("table of contents", unit.start, unit.end))
            continue
        if in_toc and len(text) < 80 and not text.endswith("."):
            skipped.append(("table of contents", unit.start, unit.end))
            continue
        in_toc = False
        if _SIGNATURE_START.match(text) and len(text) < 400:
            in_signatures = True
            skipped.append(("signature block", unit.start, unit.end))
            continue
        if in_signatures or _is_signature_fragment(unit):
            if _NUMBER.match(text) or _is_heading(unit, body):
                in_signatures = False
            else:
                skipped.append(("signature block", unit.start, unit.end))
                continue
        match = _NUMBER.match(text)
        number = match.group("num").strip() if match else ""
        rest = text[match.end() :] if match else text
        if _is_heading(unit, body):
            heading = rest.strip() if number and rest.strip() else text
            if not title and not seen_clause and not number:
                title = heading
            else:
                rank = _heading_rank(unit, number)
                while sections and sections[-1][0] <= rank:
                    sections.pop()
                sections.append((rank, heading.rstrip(":").strip()))
                if number:
                    numbering = _nest(numbering, _style(number, numbering), "", number)
            headings.append((heading, unit.start))
            continue
        words = len(rest.split())
        if not number and words < 3:
            continue  # stray label, a lone date or name: not a clause
        seen_clause = True
        heading = _inline_heading(rest, unit)
        cid = f"c{len(clauses) + 1}"
        parent = None
        if number:
            style = _style(number, numbering)
            numbering = _nest(numbering, style, cid, number)
            parent = next((c for _, c, _ in reversed(numbering[:-1]) if c), None)
        clauses.append(
            Clause(
                id=cid,
                number=number,
                heading=heading,
                section=tuple(h for _, h in sections),
                page=unit.lines[0].page,
                start=unit.start,
                end=unit.end,
                text=document.text[unit.start : unit.end],
                layout=_layout(unit, document, sections, title),
                level=len(numbering) if number else 0,
                parent=parent,
                pages=tuple(sorted({l.page for l in unit.lines})),
            )
        )
    return Segmented(tuple(clauses), title, tuple(headings), tuple(skipped))


def _units(document: Document) -> list[_Unit]:
    """Group text lines into units: a block, split again where a numbered line starts."""
    units: list[_Unit] = []
    current: _Unit | None = None
    prev: Line | None = None
    for line in document.lines:
        if line.role != "text":
            if current is not None:
                current.trailing.append(line)
            else:
                units.append(_Unit([], [line]))
            prev = None
            continue
        starts = (
            current is None
            or prev is None
            or line.block != prev.block
            or (
                _NUMBER.match(line.text)
                and re.search(r"[.:;]\s*$|[;,]?\s(?:and|or)\s*$|^[A-Z0-9 ,'’&-]+$", prev.text)
            )
            or (_FIELD.match(line.text) and _FIELD.match(prev.text))
        )
        if starts:
            current = _Unit([line])
            units.append(current)
        else:
            current.lines.append(line)
        prev = line
    # an initials line that came before any text attaches to nothing
    return [u for u in units if u.lines]


def _is_toc(unit: _Unit) -> bool:
    toc = sum(
        1
        for l in unit.lines
        if _TOC_LINE.search(l.text) and len(re.split(r"(?:\.\s?){4,}|\s{3,}", l.text)[0]) < 100
    )
    return toc >= max(1, len(unit.lines) // 2) and bool(
        re.search(r"\.{4,}|\s{3,}\d+\s*$", unit.text)
    )


def _is_signature_fragment(unit: _Unit) -> bool:
    text = unit.text
    if _SIGNATURE_LABEL.match(text) and len(text) < 80:
        return True
    return False


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def _caps_share(text: str) -> float:
    letters = sum(map(str.isalpha, text))
    return sum(map(str.isupper, text)) / letters if letters else 0.0


def _bold_share(lines: list[Line]) -> float:
    total = bold = 0.0
    for l in lines:
        n = sum(map(str.isalpha, l.text))
        total += n
        bold += n * l.bold_share
    return bold / total if total else 0.0


def _is_heading(unit: _Unit, body: float | None) -> bool:
    """A short line set apart by bold, capitals or size, that does not read as a sentence."""
    text = unit.text.strip()
    match = _NUMBER.match(text)
    rest = text[match.end() :].strip() if match else text
    if not rest or len(unit.lines) > 2 or len(rest) > 90 or len(rest.split()) > 12:
        return False
    if "   " in rest or (_FIELD.match(rest) and not rest.rstrip().endswith(":")):
        return False  # a form row ("CALL: 6:00 AM   MEAL: 12:00"), not a heading
    if re.search(r"[.;,]\s*$", rest) and not re.match(r"^(?:article|section|part)\b", text, re.I):
        return False
    if match and match.group("num")[0] == "(":
        return False  # "(a) Services" is a sub-clause, not a heading
    size = (
        statistics.median(l.font_size for l in unit.lines if l.font_size)
        if any(l.font_size for l in unit.lines)
        else None
    )
    larger = bool(size and body and size > body * 1.15)
    caps = _caps_share(rest) > 0.9 and len(_letters(rest)) >= 3
    bold = _bold_share(unit.lines) > 0.8
    article = bool(
        re.match(r"^(?:article|part|schedule|exhibit|annex|appendix|rider)\b", text, re.I)
    )
    if unit.trailing and any(l.role == "initials" for l in unit.trailing):
        return False
    if bold and len(rest.split()) <= 8 and not rest[0].islower():
        return True
    return caps or larger or article and len(rest.split()) <= 8


def _heading_rank(unit: _Unit, number: str) -> float:
    """Higher for headings higher in the outline: by size, then articles, then capitals."""
    sizes = [l.font_size for l in unit.lines if l.font_size]
    rank = statistics.median(sizes) if sizes else 10.0
    text = unit.text
    if re.match(r"^(?:article|part)\b", text, re.IGNORECASE):
        rank += 2
    if _caps_share(text) > 0.9:
        rank += 0.5
    return rank


def _inline_heading(rest: str, unit: _Unit) -> str:
    """`4. Likeness Technology. Performer hereby grants…` → "Likeness Technology"."""
    m = _INLINE_HEADING.match(rest)
    if not m:
        return ""
    h = m.group("h").strip()
    words = h.split()
    after = rest[m.end() :][:1]
    if words[-1].rstrip(".,").lower() in _ABBREVIATIONS or not (
        after.isupper() or after in "\"“'‘"
    ):
        return ""
    if not 1 <= len(words) <= 8:
        return ""
    separator = rest[m.end("h") : m.end()].strip()
    title_case = all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words if w[0].isalpha())
    if _caps_share(h) > 0.9 or title_case:
        return h
    if separator == ":" and len(words) <= 5:
        return h
    return ""


def _style(number: str, open_styles: list[tuple[str, str, str]]) -> str:
    """The numbering style of ``number``: what decides whether it is a sibling or a child."""
    n = number.rstrip(".:)").strip()
    low = n.lower()
    if low.startswith(("article", "part", "schedule", "rider")):
        return "article"
    if low.startswith(("section", "clause", "paragraph", "§")):
        digits = re.findall(r"\d+", n)
        return f"section{len(digits)}" if not low.startswith("§") else "para"
    if low.split()[0] in _ORDINALS or low.rstrip(":") in _ORDINALS:
        return "ordinal"
    if re.fullmatch(r"\d+(?:\.\d+)*\.?", number.rstrip(")")) or re.fullmatch(r"\d+\)", number):
        return f"decimal{len(re.findall(r'[0-9]+', n))}"
    if re.fullmatch(r"\d+(?:\.\d+)*\.?(?:\([^)]+\))+", number):
        return f"decimal{len(re.findall(r'[0-9]+', n.split('(')[0])) + number.count('(')}"
    if re.fullmatch(r"[A-Z]\.\d+(?:\.\d+)*\.?", number):
        return f"letter-decimal{number.count('.')}"
    if n.startswith("("):
        inner = n.strip("()")
        if inner.isdigit():
            return "paren-digit"
        if re.fullmatch(r"[ivxlc]+", inner) and inner not in ("l", "c"):
            # "(i)" after "(h)" is a letter
            # "(i)" right after "(h)" is a letter; after anything else a roman numeral
            before = {"i": "h", "v": "u", "x": "w"}.get(inner)
            last = open_styles[-1] if open_styles else None
            if before and last and last[0] == "paren-lower" and last[2].strip("()") == before:
                return "paren-lower"
            return "paren-roman"
        if inner.isupper():
            return "paren-upper"
        return "paren-lower"
    if re.fullmatch(r"[IVXLC]+[.)]", number) and len(number) > 2:
        return "roman-upper"
    if re.fullmatch(r"[ivxlc]+[.)]", number) and len(number) > 2:
        return "roman-lower"
    if re.fullmatch(r"[A-Z][.)]", number):
        return "upper"
    if re.fullmatch(r"[a-z][.)]", number):
        return "lower"
    return "other"


def _nest(
    stack: list[tuple[str, str, str]], style: str, cid: str, number: str
) -> list[tuple[str, str, str]]:
    """Pop to the open clause of the same style (a sibling) or push a child."""
    styles = [s for s, _, _ in stack]
    if style in styles:
        stack = stack[: styles.index(style)]
    elif style.startswith("decimal") and any(s.startswith("decimal") for s in styles):
        depth = int(re.sub(r"\D", "", style) or 1)
        stack = [
            e
            for e in stack
            if not (e[0].startswith("decimal") and int(re.sub(r"\D", "", e[0]) or 1) >= depth)
        ]
        # a decimal number ends any lettered or paren sub-list opened under a deeper number
        while stack and not stack[-1][0].startswith(("decimal", "article", "section")):
            stack.pop()
    return [*stack, (style, cid, number)]


def _layout(unit: _Unit, document: Document, sections: list, title: str) -> Layout:
    text_lines = unit.lines
    clause_text = unit.text
    body = document.body_font_size
    sizes = [l.font_size for l in text_lines if l.font_size]
    ratio = round(statistics.median(sizes) / body, 3) if sizes and body else None
    small = bool(ratio is not None and ratio < 0.85)
    section_text = " / ".join(h for _, h in sections)
    running = " / ".join(document.pages[unit.lines[0].page - 1].header)
    in_standard = bool(
        _STANDARD_TERMS.search(section_text)
        or _STANDARD_TERMS.search(title)
        or _STANDARD_TERMS.search(running)  # "STANDARD TERMS AND CONDITIONS" atop every page
    )
    if _VOUCHER.search(title) and small:
        in_standard = True
    initialed = any(l.role in ("initials", "signature") for l in unit.trailing)
    if re.search(r"\binitials?\s*:?\s*_{2,}|_{3,}\s*\(?initials?\)?", clause_text, re.IGNORECASE):
        initialed = True
    return Layout(
        bold=round(_bold_share(text_lines), 3) if document.layout_known else 0.0,
        all_caps=round(_caps_share(clause_text), 3),
        font_size_ratio=ratio,
        small_print=small,
        initialed=initialed,
        in_standard_terms=in_standard,
        layout_known=document.layout_known,
    )


def split_clauses(document: Document, nlp=None):
    """Run the clause-scan spaCy pipeline over ``document``; return the `Doc`.

    `doc.spans["clauses"]` holds the clauses; `span._.clause` is each one's `Clause` record.
    """
    from . import load

    nlp = nlp if nlp is not None else load()
    doc = nlp.make_doc(document.text)
    doc._.clause_document = document
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
