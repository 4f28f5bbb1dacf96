"""Scanning and reports: the command users run, its formats, batches, exit codes, the Python API."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from conftest import EXAMPLES, GENERATED, REAL, ROOT
from typer.testing import CliRunner

import clause_scan
import clause_scan.corpus
from clause_scan import report
from clause_scan.cli import app
from clause_scan.settings import Settings

SCHEMA = json.loads((ROOT / "clause_scan" / "schema" / "report.schema.json").read_text())
RIDER = """DIGITAL REPLICA RIDER

1. Producer is producing the motion picture entitled "HARBOR LIGHTS" (the "Picture").

2. Performer grants Producer the irrevocable right to create a digital replica of Performer's
voice and likeness and to use it in any and all productions, in perpetuity, without further
compensation.

3. Producer shall pay Performer US$1,000 for the day.
"""


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clause_scan", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "160"},
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """20 files: 17 readable (PDF, DOCX, TXT), 3 broken (truncated, encrypted, not a PDF)."""
    folder = tmp_path_factory.mktemp("batch")
    good = [
        GENERATED / "consent_initials.pdf",
        GENERATED / "fake_bold.pdf",
        GENERATED / "hyphenation.pdf",
        GENERATED / "nested_numbering.pdf",
        GENERATED / "sample.docx",
        GENERATED / "sample_utf8.txt",
        GENERATED / "sample_cp1252.txt",
        REAL / "derived_twocol_cuad_marshall_endorsement.pdf",
        REAL / "cuad_amendment_netgear_1page.pdf",
        *sorted(EXAMPLES.glob("*.pdf")),
    ]
    for i, path in enumerate(good):
        shutil.copy(path, folder / f"{i:02d}_{path.name}")
    for i in range(len(good), 17):
        (folder / f"{i:02d}_rider.txt").write_text(RIDER.replace("US$1,000", f"US${i},000"))
    for name in ("truncated.pdf", "encrypted.pdf", "not_a_pdf.pdf"):
        shutil.copy(GENERATED / name, folder / f"zz_{name}")
    assert len(list(folder.iterdir())) == 20
    return folder


def test_scan_of_one_document_finds_the_grants_and_their_defects(tmp_path):
    path = tmp_path / "rider.txt"
    path.write_text(RIDER)
    result = clause_scan.scan(path)
    assert result.status == "ok" and result.pages == 1
    flagged = {c.number: c for c in result.clauses}
    assert "2." in flagged and "digital_replica" in flagged["2."].kinds
    checks = {f.check for f in flagged["2."].findings}
    assert {"blanket_consent", "perpetual_or_irrevocable", "no_compensation"} <= checks
    evidence = {f.check: f.evidence for f in flagged["2."].findings}
    assert evidence["blanket_consent"] == "any and all productions"
    text = clause_scan.read_pages(path).text
    for f in flagged["2."].findings:
        assert text[f.start : f.end] == f.evidence  # offsets index the document text as read
    assert all(c.kinds for c in result.clauses)  # only flagged clauses by default
    everything = clause_scan.scan(path, all_clauses=True)
    assert len(everything.clauses) > len(result.clauses)


def test_bad_documents_become_coded_results_not_exceptions(tmp_path):
    missing = clause_scan.scan(tmp_path / "missing.pdf")
    assert missing.status == "error" and missing.error_code == "not_found"
    broken = clause_scan.scan(GENERATED / "truncated.pdf")
    assert broken.error_code == "corrupt" and "truncated.pdf" in broken.error_message


def test_a_document_over_the_time_limit_is_a_timeout_result():
    result = clause_scan.scan(
        REAL / "cuad_marketing_principallife_imagepages.pdf", Settings(timeout=0.05)
    )
    assert result.status == "error" and result.error_code == "timeout"


def test_batch_reports_every_document_in_order_and_goes_on_past_broken_ones(batch):
    files = sorted(batch.iterdir())
    results = list(clause_scan.scan_many([batch], jobs=2))
    assert [Path(r.path).name for r in results] == [f.name for f in files]
    errors = {Path(r.path).name: r.error_code for r in results if r.status == "error"}
    assert errors == {
        "zz_truncated.pdf": "corrupt",
        "zz_encrypted.pdf": "encrypted",
        "zz_not_a_pdf.pdf": "not_a_pdf",
    }
    assert sum(r.status == "ok" for r in results) == 17


def test_cli_batch_exits_3_and_reports_17_results_and_3_coded_errors(batch, tmp_path):
    out = tmp_path / "report.json"
    result = cli("scan", str(batch), "--jobs", "2", "-o", str(out))
    assert result.returncode == 3, result.stderr
    data = json.loads(out.read_text())
    jsonschema.validate(data, SCHEMA)
    statuses = [d["status"] for d in data["documents"]]
    assert statuses.count("ok") == 17 and statuses.count("error") == 3
    assert {d["error"]["code"] for d in data["documents"] if d["error"]} == {
        "corrupt",
        "encrypted",
        "not_a_pdf",
    }
    assert "scanning" in result.stderr  # the progress bar, on stderr
    assert "20 documents" in result.stderr and "3 could not be read" in result.stderr


def test_json_is_deterministic_and_jobs_2_equals_jobs_1(batch, tmp_path):
    outputs = []
    for jobs in ("1", "2", "2"):
        out = tmp_path / f"r{jobs}-{len(outputs)}.json"
        cli("scan", str(batch), "--jobs", jobs, "-o", str(out))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_every_report_validates_against_the_schema():
    results = list(
        clause_scan.scan_many([EXAMPLES, GENERATED / "empty.pdf"], jobs=1, all_clauses=True)
    )
    data = json.loads(report.render_string(results, "json"))
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "clause-scan/report@1"
    assert data["model"]["corpus_sha256"] and len(data["documents"]) == 5
    flagged = [c for d in data["documents"] for c in d["clauses"] if c["kinds"]]
    assert flagged and all(set(c["scores"]) == set(clause_scan.corpus.KINDS) for c in flagged)
    assert report.to_dict(results)["documents"] == data["documents"]


def test_csv_reads_back_with_pandas_one_row_per_finding(tmp_path):
    results = [
        clause_scan.scan(EXAMPLES / "day_performer_deal_memo.pdf"),
        clause_scan.scan(GENERATED / "encrypted.pdf"),
    ]
    frame = pd.read_csv(io.StringIO(report.render_string(results, "csv")))
    assert list(frame.columns) == list(report.CSV_COLUMNS)
    n_findings = sum(len(c.findings) for c in results[0].clauses)
    n_quiet = sum(1 for c in results[0].clauses if not c.findings)
    assert len(frame) == n_findings + n_quiet + 1
    assert (frame["status"] == "error").sum() == 1
    assert "blanket_consent" in set(frame["check"]) and "buried_in_standard_terms" in set(
        frame["check"]
    )
    api = report.to_frame(results)
    assert len(api) == len(frame) and list(api.columns) == list(frame.columns)


def test_html_is_self_contained_and_escapes_contract_text(tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(
        '1. The motion picture entitled "HARBOR LIGHTS" (the "Picture").\n\n'
        "2. Performer grants Producer the right to create a digital replica of Performer "
        "<script>alert('x')</script> for any purpose whatsoever.\n"
    )
    html = report.render_string([clause_scan.scan(evil)], "html")
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "<mark" in html and "blanket_consent" in html
    assert "summary" in html and "evil.txt" in html


def test_exit_codes_for_findings_and_usage_errors(tmp_path):
    memo = str(EXAMPLES / "day_performer_deal_memo.pdf")
    runner = CliRunner()
    assert runner.invoke(app, ["scan", memo]).exit_code == 0
    assert runner.invoke(app, ["scan", memo, "--fail-on", "high"]).exit_code == 1
    assert runner.invoke(app, ["scan", memo, "--format", "pdf"]).exit_code == 2
    assert runner.invoke(app, ["scan", memo, "--fail-on", "severe"]).exit_code == 2
    assert runner.invoke(app, ["scan", str(tmp_path)]).exit_code == 2  # nothing to scan
    bad = runner.invoke(app, ["scan", str(GENERATED / "not_a_pdf.pdf")])
    assert bad.exit_code == 3 and "not_a_pdf" in bad.output


def test_format_follows_the_output_extension(tmp_path):
    for suffix, marker in (
        (".html", "<!DOCTYPE html>"),
        (".csv", "document,status"),
        (".md", "## "),
        (".json", '"schema"'),
    ):
        out = tmp_path / f"r{suffix}"
        assert (
            CliRunner()
            .invoke(app, ["scan", str(GENERATED / "sample_utf8.txt"), "-o", str(out)])
            .exit_code
            == 0
        )
        assert out.read_text().lstrip().startswith(marker) or marker in out.read_text()[:200]


def test_terminal_summary_shows_flagged_clauses_worst_first():
    result = cli("scan", str(EXAMPLES / "day_performer_deal_memo.pdf"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "day_performer_deal_memo.pdf" in out and "flagged clauses" in out
    assert "HIGH" in out and "blanket_consent" in out and "p.2" in out
    assert out.index("HIGH") < out.index("MEDIUM")
    assert "Traceback" not in result.stderr


def test_every_command_has_help_and_a_readme_entry():
    readme = (ROOT / "README.md").read_text()
    for command in ("scan", "pages", "clauses", "train", "evaluate"):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0 and len(result.output) > 100
        assert f"clause-scan {command}" in readme, command
    assert "Exit codes" in CliRunner().invoke(app, ["scan", "--help"]).output


def test_examples_show_a_compliant_rider_and_a_day_performer_memo_that_buries_grants():
    memo = clause_scan.scan(EXAMPLES / "day_performer_deal_memo.pdf")
    memo_checks = {f.check for c in memo.clauses for f in c.findings}
    assert {
        "blanket_consent",
        "buried_in_standard_terms",
        "perpetual_or_irrevocable",
        "future_media",
        "no_compensation",
        "ai_training_use",
    } <= memo_checks
    rider = clause_scan.scan(EXAMPLES / "feature_rider_compliant.pdf")
    consents = [c for c in rider.clauses if c.layout.initialed and c.layout.all_caps > 0.9]
    assert len(consents) >= 3
    for c in consents:
        assert not {f.check for f in c.findings} & {
            "blanket_consent",
            "buried_in_standard_terms",
            "missing_project_id",
        }, c.text[:80]
    voucher = clause_scan.scan(EXAMPLES / "background_voucher.pdf")
    assert "replaces_background_actors" in {f.check for c in voucher.clauses for f in c.findings}


def _logging_worker_scan(args):
    """The real worker, noting each file it is given (workers fork from the test process)."""
    from clause_scan import scanner

    with open(args[0] + ".scanned", "a") as f:
        f.write("x")
    return scanner._scan_one(args)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_a_batch_stopped_early_drops_the_files_still_queued(tmp_path, monkeypatch):
    from clause_scan import scanner

    files = []
    for i in range(24):
        files.append(tmp_path / f"{i:02d}.pdf")
        shutil.copy(REAL / "cuad_endorsement_marshall_celebrity.pdf", files[-1])
    monkeypatch.setattr(scanner, "_scan_one", scanner._worker_scan, raising=False)
    monkeypatch.setattr(scanner, "_worker_scan", _logging_worker_scan)
    results = scanner.scan_many(files, jobs=2)
    assert next(results).status == "ok"
    results.close()  # the caller stops reading, as Ctrl-C or a closed pipe would
    started = len(list(tmp_path.glob("*.scanned")))
    assert started < len(files)
