"""Defined terms: `the "Picture"` and what it names, so a clause that says "the Picture" is
known to identify a project.

Four drafting patterns are recognised:

* a parenthetical after a description: `the motion picture currently entitled "HARBOR LIGHTS"
  (the "Picture")`, `(hereinafter "Producer")`, `(collectively, the "Recordings")`;
* a definition sentence: `"Series" means the episodic series "NIGHT SHIFT"`;
* a form field: `Production: "Night Shift", Episode 104`, `Project: narration of ...`;
* a title defined inline without quotes around the term: `the Picture, "HARBOR LIGHTS"`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .records import Term

_Q_OPEN = "\"“'‘«"
_Q_CLOSE = "\"”'’»"
_QUOTED = re.compile(r"[\"“‘«]([^\"“”‘’«»\n]{2,90}?)[\"”’»]")
_PAREN_DEF = re.compile(
    r"\(\s*(?:(?:hereinafter|hereafter)(?:\s+(?:referred\s+to\s+as|called))?,?\s*)?"
    r"(?:(?:each|individually|collectively|together)\s*,?\s*)?(?:(?:the|a|an)\s+)?"
    r"[\"“]\s*(?P<term>[A-Z][\w'’&.\- ]{0,40}?)\s*[\"”]"
    r"(?:\s*(?:or|and)\s+(?:the\s+)?[\"“][^\"”]{1,40}[\"”])?\s*\)"
)
_MEANS_DEF = re.compile(
    r"[\"“](?P<term>[A-Z][\w'’&.\- ]{0,40}?)[\"”]\s*(?:means|shall\s+mean|refers\s+to|"
    r"is\s+defined\s+as|shall\s+refer\s+to|includes|has\s+the\s+meaning)\s+"
    r"(?P<def>[^;\n]{3,400}?)(?:[;]|\.(?:\s|$)|$)"
)
_FIELD_DEF = re.compile(
    r"(?:^|\n|\s{2,})(?P<term>Production|Picture|Project|Series|Programme|Program|Film|"
    r"Commercial|Campaign|Game|Title|Episode|Spot|Course|Audiobook|Book|Show|Season|"
    r"Production\s+Title|Project\s+Title|Show\s+Title|Title\s+of\s+(?:Picture|Production|Series|Program|Programme|Film))"
    r"\s*(?:name)?\s*[:\-–]\s*(?P<def>[^\n]{2,200}?)(?=\s{3,}|\n|$)"
)
#: Terms that name a production when their definition names a title.
PROJECT_NOUNS = frozenset(
    "picture film motion picture photoplay series programme program production project "
    "commercial commercials spot spots campaign game episode episodes season pilot show course "
    "audiobook book title work album podcast ad advertisement video".split()
)
_GENERIC_TITLES = frozenset(
    "picture film series production project agreement producer performer company artist "
    "talent game commercial campaign".split()
)


def find_terms(text: str) -> list[Term]:
    """Every defined term in ``text`` with its definition and the title it names, if any."""
    found: dict[str, Term] = {}

    def add(term: str, definition: str, start: int, end: int) -> None:
        term = " ".join(term.split()).strip(" .")
        if not term or len(term) > 40:
            return
        title = _title_in(definition, term)
        previous = found.get(term)
        if previous is None or (previous.title is None and title is not None):
            found[term] = Term(term, " ".join(definition.split()), title, start, end)

    for m in _PAREN_DEF.finditer(text):
        definition = _preceding_phrase(text, m.start())
        add(m.group("term"), definition, m.start() - len(definition), m.end())
    for m in _MEANS_DEF.finditer(text):
        add(m.group("term"), m.group("def"), m.start(), m.end())
    for m in _FIELD_DEF.finditer(text):
        add(m.group("term"), m.group("def"), m.start("term"), m.end())
    return sorted(found.values(), key=lambda t: t.start)


def _preceding_phrase(text: str, end: int, limit: int = 240) -> str:
    """The description a parenthetical definition closes: back to the clause or sentence start."""
    start = max(0, end - limit)
    chunk = text[start:end]
    cut = max(chunk.rfind(". "), chunk.rfind("; "), chunk.rfind("\n"), chunk.rfind(": "))
    if cut >= 0:
        chunk = chunk[cut + 2 :]
    # inside a list of parties ("between X ("Producer") and Y"), start after the last "and"/","
    for sep in (" and ", " between ", ", "):
        i = chunk.rfind(sep)
        if i >= 0 and not _QUOTED.search(chunk[i:]) and len(chunk) - i < 120:
            chunk = chunk[i + len(sep) :]
            break
    return re.sub(r"^[\d.()\s]+(?=[A-Za-z])", "", chunk.strip())


def _title_in(definition: str, term: str) -> str | None:
    """The production title a definition names: a quoted title or an ALL-CAPS name."""
    for m in _QUOTED.finditer(definition):
        candidate = m.group(1).strip(" ,.")
        if candidate.lower() in _GENERIC_TITLES or candidate == term:
            continue
        if len(candidate) >= 2 and not re.fullmatch(r"[a-z ]+", candidate):
            return candidate
    m = re.search(
        r"\b(?:entitled|titled|called|known\s+as)\s+([A-Z][\w'’:&!?.,\- ]{1,60}?)(?=[,;(]|\s+\(|$)",
        definition,
    )
    if m:
        return m.group(1).strip(" ,.")
    caps = re.search(r"\b([A-Z][A-Z0-9'’&:!?\-]+(?:\s+[A-Z0-9'’&:!?\-]+){0,6})\b", definition)
    if caps and len(caps.group(1)) >= 4 and caps.group(1) not in ("LLC", "INC", "USA", "SAG-AFTRA"):
        return caps.group(1)
    return None


def is_project_term(term: Term) -> bool:
    """True when the term stands for a named production (it names a title)."""
    return term.title is not None and (
        term.term.lower() in PROJECT_NOUNS
        or any(w in PROJECT_NOUNS for w in term.term.lower().split())
        or bool(
            re.search(
                r"\b(?:picture|film|series|programme|program|production|project|"
                r"commercial|game|episode|audiobook|course|campaign|show)\b",
                term.definition,
                re.IGNORECASE,
            )
        )
    )


def terms_used(text: str, terms: Iterable[Term]) -> list[Term]:
    """The defined terms ``text`` refers to (by their capitalised name)."""
    terms = tuple(terms)
    if not terms:
        return []
    found = set(_term_pattern(tuple(t.term for t in terms)).findall(text))
    return [t for t in terms if t.term in found or t.term.upper() in found]


@lru_cache(maxsize=64)
def _term_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all of a document's terms, as written or in capitals ("PICTURE")."""
    forms = sorted({f for n in names for f in (n, n.upper())}, key=len, reverse=True)
    return re.compile(r"(?<![\w\"“])(" + "|".join(map(re.escape, forms)) + r")(?!\w)")


def project_titles(text: str, terms: Iterable[Term]) -> list[str]:
    """Titles of productions the clause names, directly or through a defined term."""
    return _titles(terms_used(text, terms))


def _titles(used: Iterable[Term]) -> list[str]:
    return list(dict.fromkeys(t.title for t in used if is_project_term(t) and t.title))


def attach(clauses, terms: Iterable[Term]) -> list:
    """The clauses with the defined terms each uses and the titles those name."""
    from dataclasses import replace

    terms = tuple(terms)
    out = []
    for clause in clauses:
        used = terms_used(clause.text, terms)
        out.append(
            replace(clause, terms_used=tuple(t.term for t in used), projects=tuple(_titles(used)))
        )
    return out
