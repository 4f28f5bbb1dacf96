"""The classifier: beats keywords when trained on a slice, loads only trusted types, not stale."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
import skops.io as sio
from skops.io.exceptions import UntrustedTypesFoundException

import clause_scan
from clause_scan import corpus, labels
from clause_scan.train import _macro_f1, _xy, choose_thresholds

FIXED_SET = [  # (text, kinds): consent language a keyword search misses, and look-alikes it hits
    ("I agree that the studio may create an AI clone of me for the film.", {"digital_replica"}),
    (
        "You allow us to build a synthetic version of your voice from the sessions.",
        {"digital_replica"},
    ),
    (
        "Producer may generate new scenes featuring a lifelike rendering of Artist.",
        {"digital_replica"},
    ),
    ("Please bring a scan of your passport and work permit to the first day.", set()),
    ("A replica of the prop badge will be provided by the art department.", set()),
    ("Producer may alter the schedule on twelve hours' notice.", set()),
    ("Players may customise their in-game avatars with purchased skins.", set()),
    ("Costumes shall be made of synthetic fabric where practical.", set()),
]


@pytest.fixture(scope="module")
def slice_model():
    """A model trained on a slice of the train split (words only, so it is quick)."""
    train = [r for r in corpus.load(split="train") if r["source"] == "authored"][:1200]
    train += corpus.load(split="train")[-1500:]  # real negatives
    texts, y = _xy(train)
    return labels.make_classifier(char_ngrams=False).fit(texts, y)


def test_a_model_trained_on_a_slice_beats_the_keyword_baseline(slice_model):
    test = [r for r in corpus.load(split="test") if r["source"] == "authored"][:400]
    texts, y = _xy(test)
    model_pred = (slice_model.predict_proba(texts) >= 0.5).astype(int)
    keyword_pred = np.array(
        [[k in labels.keyword_kinds(t) for k in corpus.KINDS] for t in texts], dtype=int
    )
    assert _macro_f1(y, model_pred) > _macro_f1(y, keyword_pred) + 0.1


def test_the_fixed_set_separates_consent_language_from_look_alikes(slice_model):
    texts = [t for t, _ in FIXED_SET]
    proba = slice_model.predict_proba(texts)
    replica = list(corpus.KINDS).index("digital_replica")
    positives = [proba[i, replica] for i, (_, k) in enumerate(FIXED_SET) if k]
    negatives = [proba[i].max() for i, (_, k) in enumerate(FIXED_SET) if not k]
    assert min(positives) > max(negatives)
    # the keyword search gets the look-alikes wrong
    assert sum(bool(labels.keyword_kinds(t)) for t, k in FIXED_SET if not k) >= 3


def test_thresholds_are_chosen_per_kind_for_the_best_f1():
    y = np.array([[1, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]])
    proba = np.array([[0.7, 0.1, 0, 0], [0.3, 0.2, 0, 0], [0.6, 0, 0, 0], [0.65, 0, 0, 0]])
    # positives at 0.7 and 0.6, a negative at 0.65: the best F1 (0.8) keeps both positives,
    # and of the thresholds that do, the highest (0.60) is chosen
    assert choose_thresholds(y, proba)["digital_replica"] == pytest.approx(0.60, abs=0.006)


def test_the_shipped_model_loads_with_trusted_types_and_labels_clauses():
    model = labels.load_model()
    assert sio.get_untrusted_types(file=labels.DEFAULT_MODEL_DIR / labels.MODEL_FILE) == [] or set(
        sio.get_untrusted_types(file=labels.DEFAULT_MODEL_DIR / labels.MODEL_FILE)
    ) <= set(labels.TRUSTED_TYPES)
    scores = model.scores(["Performer consents to the creation of a digital replica."])
    assert set(scores[0]) == set(corpus.KINDS)
    nlp = clause_scan.load()
    doc = nlp(
        "1. Performer consents to the creation of a digital replica of Performer's voice "
        "for use in any production.\n\n2. Producer shall pay Performer weekly in arrears."
    )
    kinds = [s._.clause_kinds for s in doc.spans["clauses"]]
    assert "digital_replica" in kinds[0] and kinds[1] == ()


def test_a_model_file_with_an_untrusted_type_is_refused(tmp_path):
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    evil = Pipeline([("step", FunctionTransformer(func=print))])  # a function: not trusted
    folder = tmp_path / "model"
    shutil.copytree(labels.DEFAULT_MODEL_DIR, folder)
    sio.dump(evil, folder / labels.MODEL_FILE)
    with pytest.raises(UntrustedTypesFoundException):
        labels.load_model(folder)


def test_the_shipped_model_was_trained_on_the_corpus_in_the_repo():
    meta = json.loads((labels.DEFAULT_MODEL_DIR / "meta.json").read_text())
    assert meta["corpus_sha256"] == corpus.sha256(), (
        "models/clause-classifier is stale: corpus/clauses.jsonl changed since it was trained; "
        "run `clause-scan train`"
    )
    import sklearn

    assert meta["libraries"]["scikit-learn"] == sklearn.__version__
    assert set(meta["thresholds"]) == set(corpus.KINDS)
    metrics = json.loads((labels.DEFAULT_MODEL_DIR / "metrics.json").read_text())
    assert metrics["split"] == "test" and "keyword_baseline" in metrics


def test_sparsify_keeps_the_scores_and_the_shipped_model_is_sparse(slice_model):
    import copy

    import scipy.sparse

    texts = [t for t, _ in FIXED_SET]
    dense = slice_model.predict_proba(texts)
    sparse = labels.sparsify(copy.deepcopy(slice_model)).predict_proba(texts)
    np.testing.assert_allclose(sparse, dense, rtol=0, atol=1e-12)
    shipped = labels.load_model().pipeline.named_steps["classify"].estimators_
    assert all(
        scipy.sparse.issparse(c.estimator.coef_)
        for per_kind in shipped
        for c in per_kind.calibrated_classifiers_
    )


def test_the_screen_skips_only_clauses_the_full_model_would_not_flag():
    model = labels.load_model()
    assert model.screen is not None and 0 < model.meta["screen_threshold"] < 0.1
    records = corpus.load(split="test")[::5]
    texts = [corpus.model_text(r) for r in records]
    full = model.pipeline.predict_proba(texts)
    screened = model.probabilities(texts)
    passed = model.screen.predict_proba(texts).max(axis=1) >= model.meta["screen_threshold"]
    assert 0 < passed.mean() < 1
    cuad = [r for r in records if r["source"] == "cuad_paragraphs"]
    cuad_scores = model.screen.predict_proba([corpus.model_text(r) for r in cuad]).max(axis=1)
    assert (cuad_scores < model.meta["screen_threshold"]).mean() > 0.5  # most of a contract
    np.testing.assert_allclose(screened[passed], full[passed])  # the rest get the full model
    thresholds = np.array([model.thresholds[k] for k in corpus.KINDS])
    assert ((screened >= thresholds) == (full >= thresholds)).all()


def test_evaluate_reports_each_test_hand_on_its_own():
    from clause_scan.train import evaluate

    test = corpus.load(split="test")
    sample = [r for r in test if r.get("hand") == "c"][:40] + [
        r for r in test if r.get("hand") == "f"
    ][:60]
    sample += [r for r in test if r["source"] == "cuad_paragraphs"][:30]
    per_hand = evaluate(labels.load_model(), sample)["per_hand"]
    assert {h: v["records"] for h, v in per_hand.items()} == {"c": 40, "f": 60}
    assert all(0 <= v["macro_f1"] <= 1 for v in per_hand.values())


def test_the_fast_scorer_gives_scikit_learns_probabilities(slice_model):
    model = labels.load_model()
    assert model.fast is not None and model.fast_screen is not None
    texts = [corpus.model_text(r) for r in corpus.load(split="test")[::7]]
    for pipeline, fast in ((model.pipeline, model.fast), (model.screen, model.fast_screen)):
        np.testing.assert_allclose(
            fast.predict_proba(texts), pipeline.predict_proba(texts), atol=1e-12
        )
    # dense weights (a model not sparsified) too
    dense = labels.LinearScorer.build(slice_model)
    fixed = [t for t, _ in FIXED_SET]
    np.testing.assert_allclose(
        dense.predict_proba(fixed), slice_model.predict_proba(fixed), atol=1e-12
    )


def test_the_fast_scorer_declines_a_pipeline_it_was_not_built_for():
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    texts = [t for t, _ in FIXED_SET] * 3
    y = np.array([[int(bool(kinds)), int(not kinds)] for _, kinds in FIXED_SET] * 3)
    isotonic = Pipeline(
        [
            ("features", FeatureUnion([("words", HashingVectorizer(n_features=2**10))])),
            (
                "classify",
                OneVsRestClassifier(CalibratedClassifierCV(LinearSVC(), cv=2, method="isotonic")),
            ),
        ]
    ).fit(texts, y)
    assert labels.LinearScorer.build(isotonic) is None
    assert labels.LinearScorer.build(object()) is None
