"""Reading PDF, DOCX and TXT into pages of lines: fidelity on generated and real PDFs, bad input."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pdfplumber
import pytest
from conftest import GENERATED, REAL, flat, read

from clause_scan.errors import ERROR_CODES, ClauseScanError
from clause_scan.pages import read_pages, tesseract_available
from clause_scan.settings import Settings


def test_every_line_indexes_the_document_text():
    for name in ("two_column.pdf", "consent_initials.pdf", "sample.docx", "sample_utf8.txt"):
        document = read(GENERATED / name)
        for line in document.lines:
            assert document.text[line.start : line.end] == line.text
            assert line.page >= 1


def test_lines_carry_font_size_bold_and_caps():
    document = read(GENERATED / "consent_initials.pdf")
    assert document.body_font_size == 10.0
    title = next(document.lines)
    assert title.text == "DIGITAL REPLICA RIDER" and title.bold and title.caps
    assert title.font_size > document.body_font_size
    consent = [l for l in document.lines if "PERFORMER CONSENTS" in l.text][0]
    assert consent.bold and consent.caps and consent.font_size == 10.0
    plain = [l for l in document.lines if l.text.startswith("1. This Rider")][0]
    assert not plain.bold and not plain.caps
    x0, top, x1, bottom = plain.bbox
    assert 0 < x0 < x1 <= 612 and 0 < top < bottom <= 792


def test_small_print_is_measurable_against_the_body_size():
    document = read(GENERATED / "two_column.pdf")
    # most text is small print, but the face page sets the body size, as a reader's eye does
    assert document.body_font_size == 11.0
    terms = [l for l in document[1].lines if l.text.startswith("1. Interpretation")][0]
    assert terms.font_size == 7.0


def test_fake_bold_doubled_characters_are_removed_and_count_as_bold():
    document = read(GENERATED / "fake_bold.pdf")
    assert "TV/ THEATRICAL PERFORMER AGREEMENT" in document.text
    assert "DIGITAL REPLICA CONSENT" in document.text
    assert "TTVV" not in document.text and "DDIIGG" not in document.text
    heading = next(l for l in document.lines if l.text == "DIGITAL REPLICA CONSENT")
    assert heading.bold  # drawn twice: printed bold although the font is regular


def test_two_column_pages_read_left_column_then_right(expected):
    document = read(GENERATED / "two_column.pdf")
    assert document[1].columns == 2
    text = flat(document.text)
    assert "Producer may create a digital replica of Performer for any purpose." in text
    firsts = expected["two_column.pdf"]["terms_clauses"]
    positions = [text.index(f"{n}. {w}") for n, w in firsts.items()]
    assert positions == sorted(positions)


def test_single_column_pages_keep_their_order():
    path = REAL / "cuad_endorsement_marshall_celebrity.pdf"
    document = read(path)
    assert all(p.columns == 1 for p in document)
    with pdfplumber.open(path) as pdf:
        reference = flat(" ".join(p.extract_text() for p in pdf.pages))
    ours = flat(document.text)
    # the same words in the same order (ours lacks only running lines and joins hyphens)
    words = ours.split()
    assert len(words) > 500
    for i in range(0, len(words) - 8, 97):
        assert " ".join(words[i : i + 8]) in reference


def test_real_two_column_pdf_reads_in_column_order():
    document = read(REAL / "derived_twocol_cuad_marshall_endorsement.pdf")
    text = flat(document.text)
    assert document[0].columns == 2
    order = [
        "1. ENGAGEMENT",
        "4. TERMS FOR THE COMPANY",
        "TERMS FOR THE CELEBRITY",
        "The COMPANY and CELEBRITY may terminate",
        "7. INDEMNIFICATION",
        "8. MISCELLANEOUS",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)
    assert (
        "The COMPANY agrees to a one year engagement to contract the CELEBRITY to speak "
        "at the company meetings"
    ) in text


def test_running_headers_footers_and_page_numbers_are_metadata_not_text():
    document = read(GENERATED / "header_footer.pdf")
    assert "ACME PICTURES - CONFIDENTIAL" not in document.text
    assert "Page 2 of 3" not in document.text
    for page in document:
        assert page.header == ("ACME PICTURES - CONFIDENTIAL",)
        assert page.footer == (f"Page {page.number} of 3",)
    # clause 5 runs across the page break, through the header and footer, in one paragraph
    clause5 = [l for l in document.lines if l.text.startswith("5.")][0]
    assert len({l.page for l in document.lines if l.block == clause5.block}) == 2


def test_running_lines_removed_on_real_pdfs():
    twocol = read(REAL / "derived_twocol_cuad_marshall_endorsement.pdf")
    assert "Re-typeset from CUAD" not in twocol.text
    assert [p.footer for p in twocol] == [("Page 1",), ("Page 2",)]
    berkshire = read(REAL / "cuad_endorsement_berkshire_coach.pdf")
    assert "Source:" not in berkshire.text
    assert all(any(f.startswith("Source:") for f in p.footer) for p in berkshire if p.lines)


def test_end_of_line_hyphenation_repaired_but_real_hyphens_kept():
    text = read(GENERATED / "hyphenation.pdf").text
    for joined in ("performance", "reproduction", "animation"):
        assert joined in text
    for broken in ("perfor-", "reproduc-", "anima-"):
        assert broken not in text
    for hyphenated in ("pre-existing", "non-union", "third-party"):
        assert hyphenated in text
    assert "preexisting" not in text and "nonunion" not in text


def test_initials_and_signature_lines_attach_to_the_block_they_follow():
    document = read(GENERATED / "consent_initials.pdf")
    lines = list(document.lines)
    initials = [l for l in lines if l.role == "initials"]
    assert [l.text.split(":")[0] for l in initials] == ["Performer's initials", "Initials"]
    consent_block = next(l.block for l in lines if "PERFORMER CONSENTS" in l.text)
    assert initials[0].block == consent_block
    assert any(l.role == "signature" and l.text.startswith("PERFORMER:") for l in lines)
    real = list(read(REAL / "derived_twocol_cuad_marshall_endorsement.pdf").lines)
    assert sum(l.role == "initials" for l in real) == 2
    assert any(l.role == "signature" and l.text.startswith("Signature:") for l in real)


def test_image_only_pages_are_warned_about_when_the_rest_has_text():
    document = read(GENERATED / "image_page.pdf")
    assert document.pages_without_text == (2,)
    assert any("page 2 is an image" in w for w in document.warnings)
    principal = read(REAL / "cuad_marketing_principallife_imagepages.pdf")
    assert principal.pages_without_text == (10, 11, 12, 13)
    assert sum("is an image" in w for w in principal.warnings) == 4


def test_docx_keeps_bold_and_caps_from_runs():
    document = read(GENERATED / "sample.docx")
    assert document.kind == "docx" and document.layout_known
    consent = next(l for l in document.lines if "CONSENTS" in l.text)
    assert consent.bold and consent.caps
    plain = next(l for l in document.lines if l.text.startswith("5."))
    assert not plain.bold
    assert any(l.role == "initials" for l in document.lines)


def test_txt_reads_utf8_and_falls_back_to_windows_1252():
    utf8 = read(GENERATED / "sample_utf8.txt")
    assert utf8.kind == "txt" and not utf8.layout_known and utf8.body_font_size is None
    assert "“Series”" in utf8.text and not utf8.warnings
    legacy = read(GENERATED / "sample_cp1252.txt")
    assert "café" in legacy.text and "—" in legacy.text and "“" in legacy.text
    assert legacy.warnings == ("not valid UTF-8; read as Windows-1252",)


@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("not_a_pdf.pdf", "not_a_pdf", "HTML"),
        ("truncated.pdf", "corrupt", "truncated"),
        ("encrypted.pdf", "encrypted", "--password"),
        ("empty.pdf", "empty", "empty"),
        ("zero_pages.pdf", "empty", "no pages"),
    ],
)
def test_bad_input_raises_a_coded_error_naming_the_file(name, code, words):
    with pytest.raises(ClauseScanError) as info:
        read_pages(GENERATED / name)
    assert info.value.code == code and code in ERROR_CODES
    assert name in str(info.value) and words in str(info.value)


def test_no_text_layer_without_ocr_says_how_to_get_text():
    with pytest.raises(ClauseScanError) as info:
        read_pages(GENERATED / "scanned.pdf", Settings(ocr=False))
    assert info.value.code == "no_text_layer" and "--ocr" in str(info.value)


def test_the_password_opens_an_encrypted_pdf_and_a_wrong_one_is_refused():
    document = read_pages(GENERATED / "encrypted.pdf", Settings(password="secret"))
    assert "DEAL MEMO" in document.text
    with pytest.raises(ClauseScanError, match="password given does not open") as info:
        read_pages(GENERATED / "encrypted.pdf", Settings(password="wrong"))
    assert info.value.code == "encrypted"


def test_size_and_page_limits_are_configurable():
    with pytest.raises(ClauseScanError, match="over the limit") as info:
        read_pages(GENERATED / "header_footer.pdf", Settings(max_bytes=1000))
    assert info.value.code == "too_large"
    with pytest.raises(ClauseScanError, match="3 pages, over the limit of 2") as info:
        read_pages(GENERATED / "header_footer.pdf", Settings(max_pages=2))
    assert info.value.code == "too_large"


def test_missing_path_unsupported_type_and_folder(tmp_path):
    with pytest.raises(ClauseScanError) as info:
        read_pages(tmp_path / "nowhere.pdf")
    assert info.value.code == "not_found"
    rtf = tmp_path / "contract.rtf"
    rtf.write_text("{\\rtf1 hello}")
    with pytest.raises(ClauseScanError) as info:
        read_pages(rtf)
    assert info.value.code == "unsupported_type" and "'.rtf'" in str(info.value)
    with pytest.raises(ClauseScanError) as info:
        read_pages(tmp_path)
    assert info.value.code == "unsupported_type"
    fake_docx = tmp_path / "memo.docx"
    fake_docx.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ClauseScanError) as info:
        read_pages(fake_docx)
    assert info.value.code == "corrupt"


def _need_tesseract():
    if not tesseract_available():
        if os.environ.get("CI"):
            pytest.fail("tesseract must be installed in CI (see .ci/run)")
        pytest.skip("tesseract is not installed")


def test_ocr_reads_a_scanned_pdf_and_marks_its_lines():
    _need_tesseract()
    document = read_pages(REAL / "simscan_cuad_trap_movado_splitdollar.pdf")  # automatic OCR
    assert len(document) == 4 and all(p.ocr for p in document)
    assert all(l.ocr for l in document.lines)
    text = flat(document.text).lower()
    assert "endorsement" in text and "split dollar" in text
    assert any("OCR" in w for w in document.warnings)
    generated = read_pages(GENERATED / "scanned.pdf", Settings(ocr=True))
    assert "DIGITAL REPLICA" in flat(generated.text)


def test_ocr_flag_also_reads_image_pages_of_a_text_pdf():
    _need_tesseract()
    document = read_pages(GENERATED / "image_page.pdf", Settings(ocr=True))
    assert document[1].ocr and not document[0].ocr
    assert "SCAN SESSION SCHEDULE" in flat(document.text).upper()
    assert document.pages_without_text == ()


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clause_scan", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def test_cli_pages_prints_lines_with_style_marks():
    result = _cli("pages", str(GENERATED / "consent_initials.pdf"))
    assert result.returncode == 0, result.stderr
    assert re.search(r"\bBC---\s+DIGITAL REPLICA RIDER", result.stdout)
    assert re.search(r"---I-\s+Performer's initials", result.stdout)
    assert "body text 10 pt" in result.stdout


def test_cli_pages_reports_bad_input_with_its_code_and_exit_3():
    result = _cli("pages", str(GENERATED / "encrypted.pdf"))
    assert result.returncode == 3
    assert "error [encrypted]" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_an_image_page_with_only_a_page_number_is_warned_about(tmp_path, engine):
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan_in_middle.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    picture = Image.new("L", (600, 400), 255)
    ImageDraw.Draw(picture).rectangle((50, 50, 550, 350), outline=0, width=8)
    for number in (1, 2, 3):
        if number == 2:  # a scanned exhibit: an image, and the page number as text
            pdf.drawImage(ImageReader(picture), 72, 300, width=468, height=312)
        else:
            for i in range(12):
                pdf.drawString(
                    72,
                    700 - 16 * i,
                    f"{i + 1}. Performer shall attend rehearsal "
                    f"number {i + 1} at the studio named in the call sheet.",
                )
        pdf.drawCentredString(306, 36, str(number))
        pdf.showPage()
    pdf.save()
    document = read_pages(path, Settings(engine=engine, ocr=False))
    assert [p.footer for p in document] == [("1",), ("2",), ("3",)]
    assert any(
        w.startswith("page 2 is an image with only a page number") for w in document.warnings
    )
    assert not any("page 1" in w or "page 3" in w for w in document.warnings)


def test_a_binary_file_named_txt_is_refused(tmp_path):
    path = tmp_path / "contract.txt"
    path.write_bytes(b"\x00\x01\x02 binary data \x00")
    with pytest.raises(ClauseScanError) as info:
        read_pages(path)
    assert info.value.code == "unsupported_type" and "binary" in str(info.value)


def test_a_long_pdf_reads_the_same_across_reopenings(tmp_path, monkeypatch):
    """The PDFium reader reopens a long PDF every few pages to bound its memory."""
    import pypdfium2 as pdfium

    from clause_scan import pages

    long_pdf = pdfium.PdfDocument.new()
    source = pdfium.PdfDocument(str(REAL / "cuad_endorsement_marshall_celebrity.pdf"))
    every = pages._PAGES_PER_OPEN
    while len(long_pdf) < 2 * every + 7:
        long_pdf.import_pages(source)
    path = tmp_path / "long.pdf"
    long_pdf.save(str(path))
    reopened = read_pages(path)
    monkeypatch.setattr(pages, "_PAGES_PER_OPEN", 10_000)
    once = read_pages(path)
    assert len(reopened) == len(once) > 2 * every
    assert reopened.text == once.text
    assert [line.bbox for p in reopened for line in p.lines] == [
        line.bbox for p in once for line in p.lines
    ]
