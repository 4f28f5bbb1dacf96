"""Copy a sample of real contract text into corpus/real/ as negative examples (maintainers only).

    python corpus/tools/import_real.py /path/to/shared/data/text

Reads CUAD v1 paragraphs and clauses and CLAUDETTE terms-of-service sentences, keeps a fixed,
seeded sample (whole contracts or companies are never cut across splits later: the split is
assigned by contract/company in clause_scan.corpus), and writes JSONL with source and licence.
The project's code and tests read only the copies in corpus/real/.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "real"
CUAD_LICENSE = "CC-BY-4.0 (CUAD v1, The Atticus Project)"
TOS_LICENSE = "CC-BY-4.0 annotations (CLAUDETTE, nlp-unibo); text excerpts of the companies' terms"
CUAD_CLAUSE_CATEGORIES = {
    "License Grant", "IP Ownership Assignment", "Joint IP Ownership", "Non-Transferable License",
    "Irrevocable Or Perpetual License", "Affiliate License-Licensee", "Unlimited/All-You-Can-Eat-License",
    "Non-Compete", "Exclusivity", "Termination For Convenience", "Cap On Liability",
    "Post-Termination Services", "Audit Rights", "Insurance", "Anti-Assignment",
    "Change Of Control", "Covenant Not To Sue", "Third Party Beneficiary",
}


def _write(name: str, rows: list[dict]) -> None:
    with (OUT / name).open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)} rows")


def main(src: Path) -> None:
    rng = random.Random(20261121)
    OUT.mkdir(parents=True, exist_ok=True)

    by_contract: dict[str, list[dict]] = defaultdict(list)
    for line in (src / "cuad_paragraphs.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        text = " ".join(r["text"].split())
        if 60 <= len(text) <= 4000:
            by_contract[r["contract"]].append({**r, "text": text})
    paragraphs = []
    for contract in sorted(by_contract):
        rows = by_contract[contract]
        for r in sorted(rng.sample(rows, min(16, len(rows))), key=lambda r: r["para_index"]):
            paragraphs.append({
                "id": f"cuadp-{len(paragraphs):05d}", "text": r["text"], "document": contract,
                "source": "cuad_paragraphs", "license": CUAD_LICENSE,
            })
    _write("cuad_paragraphs.jsonl", paragraphs)

    clauses = []
    for line in (src / "cuad_clauses.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        text = " ".join(r["text"].split())
        if r["cuad_category"] in CUAD_CLAUSE_CATEGORIES and 60 <= len(text) <= 2500:
            clauses.append({"text": text, "document": r["contract"], "category": r["cuad_category"]})
    clauses = sorted(rng.sample(clauses, min(1200, len(clauses))), key=lambda r: (r["document"], r["text"]))
    _write("cuad_clauses.jsonl", [
        {"id": f"cuadc-{i:05d}", "text": r["text"], "document": r["document"],
         "source": "cuad_clauses", "category": r["category"], "license": CUAD_LICENSE}
        for i, r in enumerate(clauses)
    ])

    by_company: dict[str, list[dict]] = defaultdict(list)
    for line in (src / "unfair_tos_en_sentences.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        text = " ".join(r["text"].split())
        if 50 <= len(text) <= 600:
            by_company[r["company"]].append({**r, "text": text})
    sentences = []
    for company in sorted(by_company):
        rows = by_company[company]
        for r in sorted(rng.sample(rows, min(40, len(rows))), key=lambda r: r["sent_index"]):
            sentences.append({
                "id": f"tos-{len(sentences):05d}", "text": r["text"], "document": f"tos:{company}",
                "source": "claudette_tos", "license": TOS_LICENSE,
            })
    _write("tos_sentences.jsonl", sentences)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
