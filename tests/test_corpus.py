"""The labelled corpus: fields, quotas, document-level splits, licences."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from clause_scan import corpus


@pytest.fixture(scope="module")
def records():
    return corpus.load()


def test_records_have_the_documented_fields_and_labels(records):
    for r in records:
        assert set(corpus.FIELDS) <= set(r), r["id"]
        assert set(r["kinds"]) <= set(corpus.KINDS) and set(r["defects"]) <= set(corpus.DEFECTS)
        assert r["split"] in corpus.SPLITS and r["license"] and r["text"].strip()
        if r["defects"]:
            assert r["kinds"] and not r.get("restrictive")


def test_splits_are_by_document_never_by_clause(records):
    splits = defaultdict(set)
    for r in records:
        splits[r["document"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())


def test_the_test_split_is_written_in_a_drafting_hand_train_never_saw(records):
    hands = defaultdict(set)
    for r in records:
        if r["source"] == "authored":
            hands[r["split"]].add(r["hand"])
    assert hands["test"] == set(corpus.TEST_HANDS)
    assert not hands["test"] & (hands["train"] | hands["dev"])


def test_the_authored_corpus_meets_its_quotas(records):
    authored = [r for r in records if r["source"] == "authored"]
    kinds = Counter(k for r in authored for k in r["kinds"])
    assert len(authored) >= 1500
    assert sum(bool(r["kinds"]) for r in authored) >= 600
    assert all(
        kinds[k] >= 100 for k in ("digital_alteration", "synthetic_performer", "ai_training")
    )
    assert sum(r["hard_negative"] for r in authored) >= 400
    assert len({r["style"] for r in authored}) >= 10
    assert sum(r["restrictive"] and bool(r["kinds"]) for r in authored) >= 100


def test_real_negatives_are_split_by_contract_and_licensed(records):
    real = [r for r in records if r["source"] != "authored"]
    assert len(real) >= 3000 and not any(r["kinds"] for r in real)
    assert all("CC-BY-4.0" in r["license"] for r in real)
    assert {r["split"] for r in real if r["source"] == "cuad_paragraphs"} == set(corpus.SPLITS)


def test_the_built_corpus_is_what_the_sources_make(tmp_path):
    out = corpus.build(out=tmp_path / "clauses.jsonl")
    assert out.read_bytes() == corpus.CORPUS_FILE.read_bytes()


def test_the_adjudication_record_matches_the_labels(records):
    """Every change in corpus/adjudication.jsonl is what the corpus now says, with its reason."""
    import json

    kinds = {r["id"]: sorted(r["kinds"]) for r in records}
    lines = (corpus.CORPUS_DIR / "adjudication.jsonl").read_text(encoding="utf-8").splitlines()
    changes = [json.loads(line) for line in lines]
    # pass 1: guidelines 1-6, 175 changes; pass 2: guideline 7 (training on a replica), 96
    assert Counter(c.get("pass", 1) for c in changes) == {1: 175, 2: 96}
    last: dict[str, list[str]] = {}
    for change in changes:
        assert change["new"] != change["old"] and change["reason"].strip(), change["id"]
        if change["id"] in last:  # changed again in a later pass: from what it was then
            assert change["old"] == last[change["id"]], change["id"]
        last[change["id"]] = change["new"]
    assert all(kinds[i] == new for i, new in last.items())
