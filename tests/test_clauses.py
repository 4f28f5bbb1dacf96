"""Clause segmentation: numbering and nesting, headings and sections, layout, TOC and signatures."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import spacy
from conftest import GENERATED, REAL, flat, segmented

import clause_scan
from clause_scan.components import clause_spans


@pytest.fixture(scope="module")
def nlp():
    return clause_scan.load(classifier=False)


def records(doc):
    return [s._.clause for s in clause_spans(doc)]


def test_load_is_a_blank_english_pipeline_with_our_components(nlp):
    assert nlp.lang == "en" and nlp.meta["name"] == "pipeline"
    assert nlp.pipe_names == ["clause_scan_segmenter", "clause_scan_terms"]
    full = clause_scan.load()
    assert full.pipe_names[-2:] == ["clause_scan_classifier", "clause_scan_checker"]


def test_components_can_be_added_to_a_pipeline_of_ones_own():
    from clause_scan import components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("clause_scan_segmenter")
    doc = nlp("1. Services. Performer shall act.\n\n2. Payment. Producer shall pay Performer.")
    assert [s._.clause_number for s in doc.spans["clauses"]] == ["1.", "2."]
    assert [s._.clause_heading for s in doc.spans["clauses"]] == ["Services", "Payment"]


@pytest.mark.parametrize(
    ("text", "numbers", "levels"),
    [
        (
            "1. A first clause here.\n1.1 A nested clause here.\n1.2 Another nested one.\n2. Back to top.",
            ["1.", "1.1", "1.2", "2."],
            [1, 2, 2, 1],
        ),
        (
            "1. Producer may do these things:\n(a) first thing here;\n(b) second thing here;\n"
            "(i) a sub item here;\n(ii) another sub item;\n(c) third thing here.\n2. Next clause here.",
            ["1.", "(a)", "(b)", "(i)", "(ii)", "(c)", "2."],
            [1, 2, 2, 3, 3, 2, 1],
        ),
        (
            "(g) seventh item text here.\n(h) eighth item text here.\n(i) ninth item, a letter.",
            ["(g)", "(h)", "(i)"],
            [1, 1, 1],
        ),
        (
            "Article IV Term. This agreement ends on completion of all services.\n"
            "Section 3.2 Producer shall pay Performer weekly.\n§ 5 The law of California governs it.",
            ["Article IV", "Section 3.2", "§ 5"],
            [1, 2, 3],
        ),
        (
            "FIRST: Performer shall act well.\nSECOND: Producer shall pay well.",
            ["FIRST:", "SECOND:"],
            [1, 1],
        ),
        (
            "A. First lettered clause here.\nB. Second lettered clause.\nC.1 A numbered letter clause.",
            ["A.", "B.", "C.1"],
            [1, 1, 2],
        ),
    ],
)
def test_numbering_and_nesting_from_plain_text(nlp, text, numbers, levels):
    clauses = records(nlp(text))
    assert [c.number for c in clauses] == numbers
    assert [c.level for c in clauses] == levels


def test_parents_point_at_the_enclosing_clause(nlp):
    clauses = records(
        nlp("1. Lead-in text:\n(a) first thing here;\n(i) sub item here;\n(b) second thing.")
    )
    by_number = {c.number: c for c in clauses}
    assert by_number["(a)"].parent == by_number["1."].id
    assert by_number["(i)"].parent == by_number["(a)"].id
    assert by_number["(b)"].parent == by_number["1."].id


def test_nested_numbering_pdf(expected):
    clauses = records(segmented(GENERATED / "nested_numbering.pdf"))
    assert [c.number for c in clauses] == expected["nested_numbering.pdf"]["numbers"]
    by_number = {c.number: c for c in clauses}
    assert by_number["(i)"].parent == by_number["(b)"].id
    assert by_number["1.1"].level == by_number["1."].level + 1
    assert by_number["1.1"].section == ("DEFINITIONS",)
    assert by_number["2."].section == ("SERVICES",)


def test_offsets_and_text_match_the_document():
    doc = segmented(GENERATED / "two_column.pdf")
    document = doc._.clause_document
    for span in clause_spans(doc):
        c = span._.clause
        assert document.text[c.start : c.end] == c.text
        assert span.start_char <= c.start and span.end_char >= c.end


def test_a_clause_broken_across_a_column_and_a_page_comes_out_whole():
    clauses = records(segmented(GENERATED / "two_column.pdf"))
    terms = [c for c in clauses if c.section]
    assert [c.number for c in terms] == [f"{i}." for i in range(1, 13)]
    five, eleven = terms[4], terms[10]
    assert "Producer may create a digital replica of Performer for any purpose." in flat(five.text)
    assert five.pages == (2,) and five.text.startswith("5. Technological")
    assert eleven.pages == (2, 3) and flat(eleven.text).endswith("personal representatives.")


def test_headings_become_section_paths_and_standard_terms_are_recognised():
    clauses = records(segmented(GENERATED / "two_column.pdf"))
    face = [c for c in clauses if c.page == 1]
    terms = [c for c in clauses if c.page >= 2]
    assert all(c.section == () and not c.layout.in_standard_terms for c in face)
    assert all(c.section == ("STANDARD TERMS AND CONDITIONS",) for c in terms)
    assert all(c.layout.in_standard_terms and c.layout.small_print for c in terms)
    # the face page sets the body size, so the terms are small print
    assert terms[0].layout.font_size_ratio == pytest.approx(7 / 11, abs=0.01)
    assert face[0].layout.font_size_ratio == pytest.approx(1.0)


def test_standard_terms_on_a_real_two_column_pdf():
    clauses = records(segmented(REAL / "derived_twocol_cuad_marshall_endorsement.pdf"))
    # the running header "STANDARD TERMS AND CONDITIONS" stands atop every page
    assert all(c.layout.in_standard_terms for c in clauses)


def test_initials_lines_attach_to_the_right_clause():
    clauses = {c.number: c for c in records(segmented(GENERATED / "consent_initials.pdf"))}
    assert clauses["3."].layout.initialed and clauses["3."].layout.bold > 0.9
    assert clauses["3."].layout.all_caps > 0.9
    assert clauses["4."].layout.initialed
    assert not clauses["1."].layout.initialed and not clauses["2."].layout.initialed
    assert not any("____" in c.text for c in clauses.values())
    assert set(clauses) == {"1.", "2.", "3.", "4."}  # the signature block is not a clause


def test_tables_of_contents_and_signature_blocks_are_not_clauses():
    doc = segmented(GENERATED / "toc_signature.pdf")
    clauses = records(doc)
    assert [c.number for c in clauses] == [f"{i}." for i in range(1, 8)]
    assert all(c.page >= 2 for c in clauses)
    assert not any("...." in c.text or "IN WITNESS" in c.text for c in clauses)
    reasons = {why for why, _, _ in doc._.clause_skipped}
    assert reasons == {"table of contents", "signature block"}


def test_unnumbered_paragraphs_are_clauses_and_short_labels_are_not(nlp):
    text = (
        "DEAL MEMO\n\nThis memo confirms the engagement of the performer named below.\n\n"
        "Date:\n\nProducer may photograph Performer on set for publicity purposes."
    )
    clauses = records(nlp(text))
    assert [c.number for c in clauses] == ["", ""]
    assert clauses[0].text.startswith("This memo confirms")


def test_plain_text_says_layout_is_unknown_rather_than_guessing():
    clauses = records(segmented(GENERATED / "sample_utf8.txt"))
    assert all(not c.layout.layout_known and c.layout.font_size_ratio is None for c in clauses)
    consent = next(c for c in clauses if c.number == "6.")
    assert consent.layout.all_caps > 0.9 and consent.layout.initialed
    assert consent.layout.in_standard_terms and consent.layout.bold == 0.0


def test_docx_clauses_keep_layout():
    clauses = {c.number: c for c in records(segmented(GENERATED / "sample.docx"))}
    assert clauses["4."].layout.bold > 0.9 and clauses["4."].layout.in_standard_terms
    assert clauses["5."].layout.initialed


def test_clauses_from_five_real_cuad_pdfs_of_different_layouts():
    counts = {}
    for name in (
        "cuad_endorsement_marshall_celebrity.pdf",
        "cuad_amendment_netgear_1page.pdf",
        "cuad_jv_mjbiotech_allbold.pdf",
        "derived_twocol_cuad_kubient_msa.pdf",
        "cuad_msa_kubient_caps_liability.pdf",
    ):
        clauses = records(segmented(REAL / name))
        counts[name] = len(clauses)
        assert all(len(c.text.split()) >= 3 for c in clauses)
    assert all(n >= 5 for n in counts.values()), counts


def test_cli_clauses_prints_the_table_and_defined_terms():
    result = subprocess.run(
        [sys.executable, "-m", "clause_scan", "clauses", str(GENERATED / "nested_numbering.pdf")],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    assert "17 clauses on 1 page " in result.stdout
    assert '"Picture" → "HARBOR LIGHTS"' in result.stdout
    assert "2.3(a)(ii)" in result.stdout
