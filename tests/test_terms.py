"""Defined terms and what they name."""

from __future__ import annotations

import pytest
from conftest import GENERATED, segmented

from clause_scan.components import clause_spans
from clause_scan.terms import find_terms, is_project_term, project_titles


@pytest.mark.parametrize(
    ("text", "term", "title"),
    [
        (
            'Producer is developing the theatrical motion picture currently entitled "HARBOR LIGHTS" '
            '(the "Picture").',
            "Picture",
            "HARBOR LIGHTS",
        ),
        ('"Series" means the episodic series "NIGHT SHIFT", season one.', "Series", "NIGHT SHIFT"),
        (
            'between Gannet Road Productions LLC (hereinafter "Producer") and Jo Ames.',
            "Producer",
            None,
        ),
        ('Production: "Night Shift", Episode 104\nRole: Orderly', "Production", "Night Shift"),
        (
            'Project: narration of the course "Safe Lifting at Work" (the "Course")\nRate: $500',
            "Course",
            "Safe Lifting at Work",
        ),
        (
            'all sound recordings made hereunder (collectively, the "Recordings").',
            "Recordings",
            None,
        ),
        (
            "the video game currently titled “Skyward Reliquary” (the “Game”)",
            "Game",
            "Skyward Reliquary",
        ),
    ],
)
def test_definitions_are_found_with_the_title_they_name(text, term, title):
    terms = {t.term: t for t in find_terms(text)}
    assert term in terms
    assert terms[term].title == title


def test_project_terms_need_a_title():
    terms = {
        t.term: t
        for t in find_terms(
            'the film entitled "HARBOR LIGHTS" (the "Picture"); the recordings (the "Recordings")'
        )
    }
    assert is_project_term(terms["Picture"])
    assert not is_project_term(terms["Recordings"])


def test_a_clause_saying_the_picture_resolves_to_the_named_project():
    terms = find_terms('the motion picture entitled "HARBOR LIGHTS" (the "Picture")')
    assert project_titles("Producer may use the replica in the Picture only.", terms) == [
        "HARBOR LIGHTS"
    ]
    assert project_titles("Producer may use the replica in any production.", terms) == []


def test_definitions_resolve_inside_the_pipeline():
    doc = segmented(GENERATED / "nested_numbering.pdf")
    terms = {t.term: t.title for t in doc._.clause_terms}
    assert terms["Picture"] == "HARBOR LIGHTS" and terms["Series"] == "NIGHT SHIFT"
    assert "Producer" in terms
    uses_picture = [s for s in clause_spans(doc) if "Picture" in s._.clause_terms_used]
    assert uses_picture and all("HARBOR LIGHTS" in s._.clause_projects for s in uses_picture)
