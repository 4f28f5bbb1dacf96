"""Parity of the two PDF readers: PDFium (fast, default) and pdfplumber (reference).

Tolerated differences, each seen on real PDFs:
- spacing at punctuation: pdfplumber puts spaces inside brackets and quotes that PDFium does
  not ("( “ Agreement ” )" against "(“Agreement”)"), and PDFium keeps the space after a clause
  number that pdfplumber loses on some EDGAR renders ("10. An" against "10.An");
- superscript ordinals: PDFium reads "5th" as one word, pdfplumber as "5" and a raised "th"
  that may land elsewhere in the line order;
- a word or two drawn outside the text flow (a form field's label) seen by one reader only;
- font sizes may differ by a rounding step (both read the size the text is printed at).
Everything a user sees is otherwise the same: pages, body size, clauses (number, page) and
their layout marks (bold, capitals, small print, initialed, in standard terms).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import EXAMPLES, GENERATED, REAL

from clause_scan.clauses import segment
from clause_scan.pages import read_pages
from clause_scan.settings import Settings

TEXT_PDFS = sorted(
    p
    for p in [*GENERATED.glob("*.pdf"), *REAL.glob("*.pdf"), *EXAMPLES.glob("*.pdf")]
    if p.name
    not in {
        "empty.pdf",
        "encrypted.pdf",
        "truncated.pdf",
        "not_a_pdf.pdf",
        "zero_pages.pdf",
        "scanned.pdf",
    }
    and not p.name.startswith("simscan_")
)
# PDFium keeps the space after "10." that pdfplumber loses in this EDGAR render, so it finds
# more numbered clauses there (a tolerated difference in pdfplumber's disfavour)
NUMBERING_DIFFERS = {"cuad_jv_mjbiotech_allbold.pdf"}


def _marks(path, engine):
    document = read_pages(path, Settings(engine=engine, ocr=False))
    clauses = segment(document).clauses
    return document, [
        (
            c.number,
            c.page,
            round(c.layout.bold),
            c.layout.all_caps > 0.9,
            c.layout.small_print,
            c.layout.initialed,
            c.layout.in_standard_terms,
        )
        for c in clauses
    ]


def _words(text: str) -> Counter:
    text = re.sub(r"(\d)\s*(st|nd|rd|th)\b", r"\1\2", text)  # superscript ordinals
    return Counter(re.findall(r"[A-Za-z0-9]+", text))


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.name)
def test_both_readers_give_the_same_clauses_and_layout_marks(path):
    fast, fast_marks = _marks(path, "pdfium")
    ref, ref_marks = _marks(path, "pdfplumber")
    assert len(fast) == len(ref)
    assert fast.body_font_size == pytest.approx(ref.body_font_size, abs=0.5)
    assert fast.pages_without_text == ref.pages_without_text
    fast_words, ref_words = _words(fast.text), _words(ref.text)
    shared = sum((fast_words & ref_words).values())
    assert shared >= 0.995 * max(sum(fast_words.values()), sum(ref_words.values()))
    if path.name in NUMBERING_DIFFERS:
        assert len(fast_marks) == len(ref_marks)
    else:
        assert fast_marks == ref_marks


@pytest.mark.parametrize(
    "name", ["encrypted.pdf", "truncated.pdf", "not_a_pdf.pdf", "empty.pdf", "zero_pages.pdf"]
)
def test_both_readers_give_the_same_error_codes(name):
    codes = []
    for engine in ("pdfium", "pdfplumber"):
        with pytest.raises(Exception) as info:
            read_pages(GENERATED / name, Settings(engine=engine))
        codes.append(info.value.code)
    assert codes[0] == codes[1]


def test_the_fast_reader_sees_fake_bold_and_hyphens():
    document = read_pages(GENERATED / "fake_bold.pdf", Settings(engine="pdfium"))
    heading = next(l for l in document.lines if l.text == "DIGITAL REPLICA CONSENT")
    assert heading.bold and "TTVV" not in document.text
    text = read_pages(GENERATED / "hyphenation.pdf", Settings(engine="pdfium")).text
    assert "performance" in text and "pre-existing" in text and "perfor-" not in text


def test_the_fast_reader_drops_words_drawn_twice_and_counts_them_bold():
    # a real EDGAR render that draws bold words twice, each copy a text object of its own
    path = REAL / "derived_pages_cuad_promotion_dova_fakebold.pdf"
    fast = read_pages(path, Settings(engine="pdfium"))
    heading = next(l for l in fast.lines if "PROPERTY RIGHTS" in l.text)
    assert heading.text == "PROPERTY RIGHTS OF THIRD PARTIES." and heading.bold
    assert "PROPERTY PROPERTY" not in fast.text
    assert fast.text == read_pages(path, Settings(engine="pdfplumber")).text


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.name)
def test_reading_runs_of_words_gives_the_lines_reading_word_by_word_gives(path, monkeypatch):
    from functools import partial

    from clause_scan import pages

    runs = read_pages(path, Settings(engine="pdfium", ocr=False))
    monkeypatch.setattr(pages, "_pdfium_word_runs", partial(pages._pdfium_word_runs, join=False))
    words = read_pages(path, Settings(engine="pdfium", ocr=False))
    assert list(runs.lines) == list(words.lines) and runs.text == words.text
