"""The labelled corpus: read the sources, assign document-level splits, build corpus/clauses.jsonl.

Sources (all in the repo):

* ``corpus/authored/*.jsonl``: clauses written for this project, grouped into documents, with
  kinds, consent defects, layout, drafting style and drafting hand;
* ``corpus/real/*.jsonl``: real negatives copied from CUAD v1 and CLAUDETTE (see its NOTICE).

Splits are by **document**, never by clause. Authored documents in drafting hand "c" form the
test split, so the test set is written in drafting the model never trained on; 20% of the
other authored documents, chosen by a hash of the document id, form dev. Real text is split by
contract (or company) with the same hash: 70% train, 10% dev, 20% test.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

KINDS = ("digital_replica", "digital_alteration", "synthetic_performer", "ai_training")
DEFECTS = ("blanket_consent", "buried_in_standard_terms", "missing_project_id")
SPLITS = ("train", "dev", "test")
ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
CORPUS_FILE = CORPUS_DIR / "clauses.jsonl"
FIELDS = ("id", "text", "kinds", "defects", "document", "style", "source", "license", "split")


def _bucket(document: str) -> float:
    """A stable number in [0, 1) from a document id."""
    digest = hashlib.sha256(document.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_of(record: dict) -> str:
    """The split of ``record``'s whole document."""
    b = _bucket(record["document"])
    if record["source"] == "authored":
        if record.get("hand") == "c":
            return "test"
        return "dev" if b < 0.2 else "train"
    return "train" if b < 0.7 else ("dev" if b < 0.8 else "test")


def read_sources(root: Path = CORPUS_DIR) -> Iterator[dict]:
    """Every source record, authored first, in a stable order, with its split."""
    for path in sorted((root / "authored").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                yield {**r, "split": split_of(r)}
    for path in sorted((root / "real").glob("*.jsonl")):
        style = path.stem
        for line in path.open(encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                r = {
                    "kinds": [], "defects": [], "style": style, "hand": None, "number": "",
                    "heading": "", "section": "", "layout": None, "restrictive": False,
                    "hard_negative": False, **r,
                }
                yield {**r, "split": split_of(r)}


def build(root: Path = CORPUS_DIR, out: Path | None = None) -> Path:
    """Write the combined corpus (``corpus/clauses.jsonl``) from the sources; return its path."""
    out = out or root / "clauses.jsonl"
    seen: set[str] = set()
    with out.open("w", encoding="utf-8") as f:
        for r in read_sources(root):
            if r["id"] in seen:
                raise ValueError(f"duplicate corpus id {r['id']!r}")
            seen.add(r["id"])
            _validate(r)
            ordered = {k: r[k] for k in FIELDS}
            ordered.update({k: v for k, v in r.items() if k not in FIELDS})
            f.write(json.dumps(ordered, ensure_ascii=False, sort_keys=False) + "\n")
    return out


def _validate(r: dict) -> None:
    bad_kinds = set(r["kinds"]) - set(KINDS)
    bad_defects = set(r["defects"]) - set(DEFECTS)
    if bad_kinds or bad_defects:
        raise ValueError(f"{r['id']}: unknown labels {sorted(bad_kinds | bad_defects)}")
    if r["defects"] and (not r["kinds"] or r.get("restrictive")):
        raise ValueError(f"{r['id']}: defects on a clause that grants nothing")


def load(path: Path = CORPUS_FILE, split: str | Iterable[str] | None = None) -> list[dict]:
    """The built corpus records, optionally only those of ``split`` (a name or several)."""
    wanted = {split} if isinstance(split, str) else (set(split) if split else None)
    records = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if wanted is None or r["split"] in wanted:
            records.append(r)
    return records


def sha256(path: Path = CORPUS_FILE) -> str:
    """The SHA-256 of the built corpus file: what a trained model records it was trained on."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_text(record: dict) -> str:
    """A record as the classifier sees a clause at scan time: number, heading, then text."""
    parts = [record.get("number") or "", record.get("heading") or ""]
    head = " ".join(p for p in parts if p).strip()
    if head and not head.endswith((".", ":")):
        head += "."
    return f"{head} {record['text']}".strip()


def stats(records: list[dict]) -> dict:
    """Counts for the data card: per kind, style, source, split, defects."""
    positives = [r for r in records if r["kinds"]]
    return {
        "records": len(records),
        "documents": len({r["document"] for r in records}),
        "positives": len(positives),
        "per_kind": dict(Counter(k for r in records for k in r["kinds"])),
        "per_defect": dict(Counter(d for r in records for d in r["defects"])),
        "per_split": dict(Counter(r["split"] for r in records)),
        "per_source": dict(Counter(r["source"] for r in records)),
        "per_style": dict(Counter(r["style"] for r in records)),
        "hard_negatives": sum(bool(r.get("hard_negative")) for r in records),
        "restrictive": sum(bool(r.get("restrictive")) for r in records),
    }
