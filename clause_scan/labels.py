"""The clause classifier: which kinds a clause is (digital replica, alteration, synthetic
performer, AI training), as stock scikit-learn steps saved with skops.

`make_classifier()` builds the untrained pipeline; `load_model()` loads a trained one with an
explicit, reviewed list of trusted types (skops refuses anything else: no pickle, no code runs
on load); `label_clauses()` scores clause texts against the per-kind thresholds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import KINDS

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "clause-classifier"
MODEL_FILE = "model.skops"
SCREEN_FILE = "screen.skops"

#: The only types a model file may contain. Reviewed by hand: stock scikit-learn, NumPy and
#: SciPy types. `skops.io.get_untrusted_types(file=...)` lists what a new model needs.
TRUSTED_TYPES = [
    "builtins.slice",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.pipeline.Pipeline",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.svm._classes.LinearSVC",
]


def make_classifier(c: float = 2.0, char_ngrams: bool = True, seed: int = 13):
    """Hashed word and character n-grams with TF-IDF, then a calibrated linear SVM per kind.

    Hashing instead of a vocabulary keeps the saved model to plain arrays: it loads in a
    fraction of a second (a 180,000-term vocabulary took skops 4 s and 250 MiB to rebuild).
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    def part(**kw):
        hashing = HashingVectorizer(
            n_features=2**18,
            alternate_sign=False,
            norm=None,
            strip_accents="unicode",
            lowercase=True,
            **kw,
        )
        return Pipeline([("hash", hashing), ("tfidf", TfidfTransformer(sublinear_tf=True))])

    features = [("words", part(ngram_range=(1, 2)))]
    if char_ngrams:
        features.append(("chars", part(analyzer="char_wb", ngram_range=(3, 5))))
    svm = LinearSVC(C=c, class_weight="balanced", random_state=seed, max_iter=5000)
    return Pipeline(
        [
            ("features", FeatureUnion(features)),
            # per kind, three SVMs, each calibrated (sigmoid) on its held-out fold, averaged
            ("classify", OneVsRestClassifier(CalibratedClassifierCV(svm, cv=3, method="sigmoid"))),
        ]
    )


@dataclass(frozen=True)
class Model:
    """A trained classifier with its per-kind thresholds and metadata.

    ``screen``, when present, is a words-only pipeline that runs first: a text it scores below
    ``meta["screen_threshold"]`` for every kind keeps the screen's scores and skips the full
    pipeline, whose character n-grams cost most of the time. The threshold is set on dev so that
    no clause the full model flags, and no labelled clause, is screened out (`train`).
    """

    pipeline: object
    thresholds: dict[str, float]
    meta: dict
    path: Path | None = None
    screen: object | None = None
    # the same pipelines' arithmetic without scikit-learn's per-call overhead (`LinearScorer`),
    # built with the model (so forked workers share it); None where a pipeline has another shape
    fast: LinearScorer | None = field(init=False, default=None)
    fast_screen: LinearScorer | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fast", LinearScorer.build(self.pipeline))
        if self.screen is not None:
            object.__setattr__(self, "fast_screen", LinearScorer.build(self.screen))

    @property
    def version(self) -> str:
        return self.meta.get("version", "unknown")

    def probabilities(self, texts: list[str]):
        """An array of calibrated probabilities, a row per text and a column per kind."""
        full = self.fast or self.pipeline
        if self.screen is None:
            return full.predict_proba(texts)
        probabilities = (self.fast_screen or self.screen).predict_proba(texts)
        passed = (probabilities.max(axis=1) >= self.meta["screen_threshold"]).nonzero()[0]
        if len(passed):
            probabilities[passed] = full.predict_proba([texts[i] for i in passed])
        return probabilities

    def scores(self, texts: list[str]) -> list[dict[str, float]]:
        """Calibrated probability per kind for each text."""
        if not texts:
            return []
        return [
            {kind: round(float(p[i]), 4) for i, kind in enumerate(KINDS)}
            for p in self.probabilities(texts)
        ]

    def kinds(self, scores: dict[str, float]) -> tuple[str, ...]:
        """The kinds whose score reaches its threshold."""
        return tuple(k for k in KINDS if scores[k] >= self.thresholds[k])


class LinearScorer:
    """A fitted pipeline's `predict_proba`, computed from its own arrays in a few operations.

    Every kind's score in the pipeline is the mean of three sigmoid-calibrated linear SVMs over
    the same features. Scikit-learn scores them one at a time: twelve decision functions, each
    validating its input and converting the weights, about 20 ms a call whatever the batch
    size. Here each weight vector multiplies the batch's features directly (the same arrays,
    no copy), and the calibration is a few array operations. The features are the pipeline's own
    transformers, and the numbers are scikit-learn's to rounding error (tested). Built only for
    the structure `make_classifier` gives; `build` returns None for anything else.
    """

    def __init__(self, parts, weights, intercepts, slopes, offsets, folds: int):
        self.parts = parts  # the feature transformers, in FeatureUnion order
        self.weights = weights  # each SVM's coef_ (1, n_features), sparse or not: shared
        self.intercepts = intercepts
        self.slopes = slopes
        self.offsets = offsets
        self.folds = folds

    @classmethod
    def build(cls, pipeline) -> LinearScorer | None:
        import numpy as np
        from sklearn.calibration import CalibratedClassifierCV, _SigmoidCalibration
        from sklearn.svm import LinearSVC

        try:
            union = pipeline.named_steps["features"]
            ovr = pipeline.named_steps["classify"]
        except (AttributeError, KeyError):
            return None
        if union.transformer_weights or not getattr(ovr, "multilabel_", False):
            return None
        columns, intercepts, slopes, offsets, folds = [], [], [], [], None
        for per_kind in ovr.estimators_:
            if not isinstance(per_kind, CalibratedClassifierCV):
                return None
            members = per_kind.calibrated_classifiers_
            folds = folds or len(members)
            if len(members) != folds:
                return None
            for member in members:
                svm, (calibrator,) = member.estimator, member.calibrators
                if not (
                    isinstance(svm, LinearSVC)
                    and isinstance(calibrator, _SigmoidCalibration)
                    and member.method == "sigmoid"
                    and list(member.classes) == [0, 1]
                    and list(svm.classes_) == [0, 1]
                ):
                    return None
                columns.append(svm.coef_)
                intercepts.append(svm.intercept_[0])
                slopes.append(calibrator.a_)
                offsets.append(calibrator.b_)
        as_array = lambda v: np.asarray(v, dtype=np.float64)  # noqa: E731
        parts = [transformer for _, transformer in union.transformer_list]
        return cls(parts, columns, as_array(intercepts), as_array(slopes), as_array(offsets), folds)

    def predict_proba(self, texts: list[str]):
        import numpy as np
        import scipy.sparse as sp
        from scipy.special import expit

        features = [part.transform(texts) for part in self.parts]
        x = features[0] if len(features) == 1 else sp.hstack(features, format="csr")
        # each SVM's weights (a sparse row) times the features' transpose: scipy then converts
        # only the small side, once, where scikit-learn converts the weights on every call
        xt = x.T.tocsr()
        decision = np.column_stack(
            [(w @ xt).toarray().ravel() if sp.issparse(w) else x @ w.ravel() for w in self.weights]
        )
        decision += self.intercepts
        calibrated = expit(-(self.slopes * decision + self.offsets))
        n, folds = len(texts), self.folds
        # a kind's probability: its folds' mean, summed in scikit-learn's order
        by_fold = calibrated.reshape(n, -1, folds)
        total = np.zeros(by_fold.shape[:2])
        for fold in range(folds):
            total += by_fold[:, :, fold]
        return total / folds


def sparsify(pipeline):
    """Store each fitted SVM's weights as a sparse matrix (`LinearSVC.sparsify`), in place.

    Hashed features never seen in training have zero weight: 83% of them. Scores are the same;
    the saved model loads faster and takes 80 MiB less memory at run time. (Row-major CSR, as
    `sparsify` gives: scipy converts it on each call, about 1 ms, where a column-major copy
    would need an index array as long as the feature space, 2 MiB a weight vector.)
    """
    for per_kind in pipeline.named_steps["classify"].estimators_:
        for calibrated in per_kind.calibrated_classifiers_:
            calibrated.estimator.sparsify()
    return pipeline


def save_model(
    pipeline, thresholds: dict[str, float], meta: dict, folder: Path, screen=None
) -> None:
    """Write ``model.skops``, ``screen.skops`` (if there is a screen) and ``meta.json``."""
    import skops.io as sio

    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(pipeline, folder / MODEL_FILE, compression=8)
    if screen is not None:
        sio.dump(screen, folder / SCREEN_FILE, compression=8)
    else:
        (folder / SCREEN_FILE).unlink(missing_ok=True)
    (folder / "meta.json").write_text(
        json.dumps({**meta, "thresholds": thresholds}, indent=2, sort_keys=True) + "\n"
    )


def load_model(folder: Path | str | None = None) -> Model:
    """Load a trained model with skops, trusting only ``TRUSTED_TYPES``.

    Raises `skops.io.exceptions.UntrustedTypesFoundException` for a file with any other type.
    """
    import skops.io as sio

    folder = Path(folder) if folder else DEFAULT_MODEL_DIR
    if not (folder / MODEL_FILE).exists():
        raise FileNotFoundError(
            f"no trained model in {folder}; run `clause-scan train` to make one"
        )
    pipeline = sio.load(folder / MODEL_FILE, trusted=TRUSTED_TYPES)
    meta = json.loads((folder / "meta.json").read_text())
    screen = None
    if (folder / SCREEN_FILE).exists() and "screen_threshold" in meta:
        screen = sio.load(folder / SCREEN_FILE, trusted=TRUSTED_TYPES)
    thresholds = {k: float(v) for k, v in meta["thresholds"].items()}
    return Model(pipeline, thresholds, meta, folder, screen)


# --------------------------------------------------------------------------------------------
# The keyword baseline the model must beat: what a careful person would grep for.

KEYWORDS: dict[str, re.Pattern[str]] = {
    "digital_replica": re.compile(
        r"\b(?:digital (?:replica|double|likeness|recreation|twin)|replica|clone|cloning|"
        r"scan(?:s|ned|ning)?|avatar|voice model|likeness simulation|synthetic version|"
        r"computer[- ]generated (?:likeness|version|image of)|deepfake)\b",
        re.IGNORECASE,
    ),
    "digital_alteration": re.compile(
        r"\b(?:alter(?:s|ed|ing|ation|ations)?|modif(?:y|ied|ies|ication|ications)|manipulat\w*|"
        r"morph\w*|de-?ag\w*|lip-?sync\w*|composit\w*|digital(?:ly)? chang\w*)\b",
        re.IGNORECASE,
    ),
    "synthetic_performer": re.compile(
        r"\b(?:synthetic (?:performer|actor|human|presenter|voice)s?|virtual (?:performer|actor|"
        r"human|influencer|presenter)s?|digital human|ai[- ]generated (?:performer|actor|"
        r"character|presenter|person)s?|computer[- ]generated (?:performer|actor|character)s?)\b",
        re.IGNORECASE,
    ),
    "ai_training": re.compile(
        r"\b(?:train(?:s|ed|ing)?|machine learning|artificial intelligence|generative ai|"
        r"\bai\b|neural|dataset|data set|models?)\b",
        re.IGNORECASE,
    ),
}


def keyword_kinds(text: str) -> tuple[str, ...]:
    """The kinds a keyword search would flag ``text`` as."""
    return tuple(k for k in KINDS if KEYWORDS[k].search(text))


def label_clauses(clauses, model: Model, batch_size: int = 512) -> list:
    """The clauses with their kinds and scores from ``model``, which reads each clause's text
    as printed (number and heading included, as `corpus.model_text` gives it in training)."""
    from dataclasses import replace

    clauses = list(clauses)
    out = []
    for i in range(0, len(clauses), batch_size):
        batch = clauses[i : i + batch_size]
        scores = model.scores([c.text for c in batch])
        out.extend(replace(c, kinds=model.kinds(s), scores=s) for c, s in zip(batch, scores))
    return out
