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


#: Drafting hands whose documents form the test split: "c", written with the rest of the corpus,
#: and "f", written after the labelling guidelines, blind to the model.
TEST_HANDS = ("c", "f")


def split_of(record: dict) -> str:
    """The split of ``record``'s whole document."""
    b = _bucket(record["document"])
    if record["source"] == "authored":
        if record.get("hand") in TEST_HANDS:
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
                    "kinds": [],
                    "defects": [],
                    "style": style,
                    "hand": None,
                    "number": "",
                    "heading": "",
                    "section": "",
                    "layout": None,
                    "restrictive": False,
                    "hard_negative": False,
                    **r,
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
    if out == root / "clauses.jsonl":
        (root / "README.md").write_text(data_card(load(out)))
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


def data_card(records: list[dict]) -> str:
    """corpus/README.md: what the corpus holds, how it was made, licences, gaps."""
    s = stats(records)
    authored = [r for r in records if r["source"] == "authored"]

    def table(title: str, counter: dict) -> str:
        rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counter.items(), key=lambda x: -x[1]))
        return f"| {title} | records |\n| --- | --- |\n{rows}\n"

    by_style: dict[str, Counter] = {}
    for r in authored:
        c = by_style.setdefault(r["style"], Counter())
        c["clauses"] += 1
        c["positives"] += bool(r["kinds"])
        c["hard negatives"] += bool(r.get("hard_negative"))
        for k in r["kinds"]:
            c[k] += 1
    docs = Counter(r["style"] for r in {r["document"]: r for r in authored}.values())
    style_rows = "\n".join(
        f"| {st} | {docs[st]} | {c['clauses']} | {c['positives']} | {c['digital_replica']} | "
        f"{c['digital_alteration']} | {c['synthetic_performer']} | {c['ai_training']} | "
        f"{c['hard negatives']} |"
        for st, c in sorted(by_style.items())
    )
    split_kind = Counter((r["split"], k) for r in records for k in r["kinds"])
    split_rows = "\n".join(
        f"| {sp} | {sum(1 for r in records if r['split'] == sp)} | "
        f"{len({r['document'] for r in records if r['split'] == sp})} | "
        + " | ".join(str(split_kind[(sp, k)]) for k in KINDS)
        + " |"
        for sp in SPLITS
    )
    hands = Counter((r["split"], r.get("hand")) for r in authored)
    hand_counts = ", ".join(
        f"{sp}/{h}: {n}"
        for (sp, h), n in sorted(hands.items(), key=lambda x: (x[0][0], str(x[0][1])))
    )
    style_header = (
        "| style | documents | clauses | positives | replica | alteration | synthetic "
        "| AI training | hard negatives |"
    )
    return f"""# The clause-scan corpus

Labelled contract clauses for finding digital replica, digital alteration, synthetic performer
and AI training terms in performer contracts, and for judging the consent they ask for. No
public labelled corpus of such clauses existed (CUAD, LEDGAR and UNFAIR-ToS have none), so the
positive and hard-negative clauses were written for this project. This file is generated by
`clause_scan.corpus.build()` (run by `clause-scan train`); do not edit its tables by hand.

## Files
- `clauses.jsonl`: the corpus, one clause a line: `id`, `text`, `kinds` (any of
  {", ".join(f"`{k}`" for k in KINDS)}; empty for none), `defects` on consent clauses (any of
  {", ".join(f"`{d}`" for d in DEFECTS)}), `document`, `style`, `source`, `license`, `split`,
  and for authored clauses also `hand` (drafting voice), `number`, `heading`, `section`,
  `layout` (`bold`, `caps`, `initialed`, `small_print`), `restrictive`, `hard_negative`.
- `authored/*.jsonl`: the sources of the authored clauses, one file per drafting style, grouped
  into realistic documents in reading order.
- `real/*.jsonl`: real negative text copied from CUAD v1 and CLAUDETTE by
  `tools/import_real.py`, with `unfair_tos_en.LICENSE.txt`.
- `GUIDELINES.md`: the labelling rules for the kinds; `adjudication.jsonl`: every label the
  review against those rules changed (`id`, `old`, `new`, `reason`).

## Counts
{s["records"]} clauses in {s["documents"]} documents; {s["positives"]} positives;
{s["hard_negatives"]} authored hard negatives; {s["restrictive"]} restrictive clauses.

{table("kind", s["per_kind"])}
{table("defect (consent clauses)", s["per_defect"])}
{table("source", s["per_source"])}
| split | records | documents | {" | ".join(KINDS)} |
| --- | --- | --- | {" | ".join("---" for _ in KINDS)} |
{split_rows}

### Authored clauses by drafting style

{style_header}
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{style_rows}

Drafting hands per split (authored): {hand_counts}.

## How it was made
- **Authored clauses** ({len(authored)}) were written for this project, in five rounds, by
  separate authoring sessions each given two drafting styles (studio long-form, TV/streaming
  series regular, day-performer deal memo with standard terms, background voucher, commercials,
  creator/influencer brand deals, video-game voice and capture, audiobook and voice-over, AI
  avatar and voice platforms, statutes, UK Equity-style, Australian MEAA-style, Canadian
  ACTRA-style, union collective agreements) and a written brief: the definitions of the kinds and
  defects from the SAG-AFTRA 2023 "Digital Replicas 101" and the criteria in the project's
  domain notes, the look-alikes to write as hard negatives, and quotas. Each document is in one
  of eight drafting hands: a (formal), b (plain English), c (a voice distinct per style:
  shorthand, British or translated drafting, a regulator's voice), d and e (second round: messy
  working drafts and house styles; tick-box forms, FAQs, checklists and other jurisdictions),
  and f (third round, written after the labelling guidelines by authors who never saw the model
  or its output: contracts translated from civil-law originals, Indian, Nigerian and Scots
  drafting, arbitration awards, union bulletins, meeting minutes, wiki pages, EU-style and
  Latin American legislation), and g (fourth round, for training, after the guidelines too:
  booking confirmations, onboarding packets, label and athlete deals, app consent screens,
  completion guarantors' riders, lawyers' redlines; its authors were told not to open the test
  hands or use their voices), and h (fifth round, for training, after guideline 7: estates'
  licences, talent-portal terms, VFX work orders, voice-bank and localisation agreements,
  agency renewal letters, MCN and model-agency forms, order forms and security questionnaires,
  agent-studio email threads, theatre capture and drama-school forms, child-performer
  contracts, bill analyses, model acts with comments, city ordinances, sign-in sheets).
  Vocabulary was varied on purpose (replica, double, clone, avatar, voice model, likeness
  simulation, synthetic version, digital twin; alter, modify, de-age, lip-sync, composite), and
  restrictive clauses ("shall not create ...") keep their kind. All names and titles are
  invented. Authors checked their files with a validation script and read documents back; the
  lead engineer reviewed samples before committing.
- **Labels**: `kinds` per clause, by the rules in `GUIDELINES.md`: a clause's kinds say what
  the clause itself is about, read with its heading and the defined terms it uses, never only
  from the section it sits in. After the first model, all authored clauses in every split were
  reviewed against those rules in one adjudication pass: 175 of 5,019 labels changed, each
  listed with its reason in `adjudication.jsonl`, most of them training-versus-replica pairs and
  payment, penalty and cross-reference clauses that had been labelled by their section.
  A second pass (`"pass": 2` in `adjudication.jsonl`) applied guideline 7, added when authors
  were found to label training *on a replica or its scan data* both ways: two reviewers, who
  never saw the model, read the 333 clauses of hands a to g that use training words and name
  something that might be a replica, with their documents; 96 labels changed (95 gained
  `digital_replica`, one lost `ai_training`): 55 in train, 19 in dev, 22 in test.
  `defects` only on clauses that grant or seek consent to a replica, alteration or AI
  training. `buried_in_standard_terms` agrees with the `layout` and `section` fields.
  Customary "fix in post" alterations carry the kind and no defects.
- **Real negatives**: {sum(1 for r in records if r["source"] != "authored")} paragraphs and clauses
  from CUAD v1 commercial contracts (endorsement, licence, promotion and others) and sentences
  from 50 online terms of service (CLAUDETTE), none about digital replicas (checked by search).
- **Splits are by document**, never by clause. All documents in hands c and f form the test
  split, so the test set is written in drafting the model never trained on; 20% of the other
  authored documents (by a hash of the document id) form dev. Hand f is the independent measure:
  hand c's labels were revised after the first model's test errors had been read. Real text is
  split by contract or company: 70% train, 10% dev, 20% test.

## Licences
- Authored clauses: CC BY 4.0, the clause-scan contributors.
- CUAD v1 (The Atticus Project), CC BY 4.0: `real/cuad_paragraphs.jsonl`,
  `real/cuad_clauses.jsonl`. The underlying contracts are public SEC EDGAR filings.
- CLAUDETTE unfair-clause corpus (nlp-unibo), CC BY 4.0 for the annotations
  (`real/unfair_tos_en.LICENSE.txt`): `real/tos_sentences.jsonl` holds short excerpts of the
  companies' terms of service, with attribution.

Cite as: clause-scan corpus of digital replica, alteration, synthetic performer and AI training
clauses (2026), CC BY 4.0.

## Known gaps
- Authored, not collected: real performer contracts with replica terms were not available; the
  drafting is varied but written by a small number of authoring sessions.
- Defect labels are judgements on single clauses with their section and layout, made by the
  authors; consents that are compliant in one document and contradicted elsewhere are labelled
  clause by clause.
- Few clauses per drafting hand and style in the test split (one hand per style).
- The labelling guidelines were written after reading the first model's errors on the test
  split, and three of guideline 4's examples paraphrase test clauses. Reviewers applied them to
  every split without seeing model output, but the test figures after that pass are not as
  independent of the test labels as those before it.
- English only; US, UK, Australian, Canadian, Indian, Irish, New Zealand, Singapore and South
  African drafting conventions, no other languages.
"""
