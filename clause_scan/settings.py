"""Settings for reading and scanning, as one frozen dataclass."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """How documents are read and scanned. Every field has a safe default."""

    password: str | None = None  # opens encrypted PDFs
    ocr: bool | None = None  # None: OCR only a PDF with no text layer, if tesseract is installed;
    # True: also OCR image-only pages of a PDF that has text; False: never OCR
    ocr_dpi: int = 200
    ocr_lang: str = "eng"
    max_bytes: int = 100 * MIB  # larger files are refused with code "too_large"
    max_pages: int = 2000  # longer PDFs are refused with code "too_large"
    engine: str = "pdfium"  # PDF reader: "pdfium" (fast, default) or "pdfplumber" (reference);
    # a PDF that PDFium cannot open is read again with pdfplumber
    timeout: float | None = None  # seconds per document in batch scans; None: no limit
