"""Read a PDF, DOCX or TXT file into pages of lines, with text and layout as a person sees them.

This is the only module that opens documents. PDF pages go through one pipeline: glyphs drawn
twice ("fake bold") are merged and counted as bold, words are grouped into rows, a column gutter
is found so two-column pages read left column first, running headers, footers and page numbers
are taken out of the text (kept on the page), lines are grouped into paragraphs ("blocks"),
initial and signature lines are recognised and attached to the block they follow, and words
broken at the end of a line are joined again.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import (
    ClauseScanError,
    Corrupt,
    Empty,
    Encrypted,
    NotAPdf,
    NoTextLayer,
    NotFound,
    TooLarge,
    UnsupportedType,
)
from .records import Document, Line, Page
from .settings import Settings

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b\b|-b\b", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlcIVXLC]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?\s*$",
    re.IGNORECASE,
)
_TRAILING_PAGE_NUMBER = re.compile(
    r"\s{2,}(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE
)
_INITIALS = re.compile(
    r"^[\s(\[]*(?:[A-Za-z'’]+(?:'s|’s|s')?\s+){0,2}initials?(?:\s+here)?\s*[:.\-]?\s*(?:_{2,}|\.{4,}|\[\s*\]|$)"
    r"|^\s*_{2,}\s*\(?\s*(?:[A-Za-z'’]+\s+)?initials?\s*\)?\s*$"
    r"|^\s*initial(?:ed)? here\b",
    re.IGNORECASE,
)
_SIGNATURE_WORDS = re.compile(
    r"\b(?:signature|signed|sign here|by|name|title|date|dated|witness|print(?:ed)? name|"
    r"performer|producer|artist|talent|company|employer|agent|guardian|x)\b\s*:?",
    re.IGNORECASE,
)
_ENUMERATION = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})+\.?\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z]{1,2}[.)]\s|\([ivxlc]{1,6}\)\s|"
    r"(?:article|section|clause|schedule|exhibit)\s+[\dIVXLC]+|§\s*\d|[A-Z]{3,}[A-Z ]*:)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.:;!?][\"”’')\]]*\s*$")
_HYPHENATED_END = re.compile(r"([A-Za-z]{2,})-$")
_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
# Prefixes whose hyphen is part of the word even at the end of a line ("non-|union").
_KEEP_HYPHEN_PREFIXES = frozenset(
    "pre non co self post anti multi cross third first second well full part ex semi quasi "
    "sub inter intra mid over under long short all off on in out one two three "
    "four five high low half".split()
)


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float | None
    bold_letters: int = 0
    letters: int = 0
    n: int = 1  # words: the PDFium reader joins the words of one text object into a run


@dataclass
class _Proto:
    """A line under construction (mutable until the Document is assembled)."""

    text: str
    page: int
    bbox: tuple[float, float, float, float]
    size: float | None
    bold_share: float
    ocr: bool = False
    region: int = 0  # column region index within its page; a new region starts a new block
    column: int = 0  # 0 left/full, 1 right
    block: int = -1
    role: str = "text"
    new_block: bool = False  # set by readers that know paragraph breaks (DOCX, TXT, OCR)


@dataclass
class _RawPage:
    number: int
    width: float
    height: float
    lines: list[_Proto] = field(default_factory=list)
    has_text_layer: bool = True
    image_only: bool = False
    ocr: bool = False
    columns: int = 1
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Entry point


def read_pages(path: str | Path, settings: Settings | None = None) -> Document:
    """Read ``path`` (PDF, DOCX or TXT) into a :class:`Document`, a sequence of pages.

    Raises a :class:`ClauseScanError` subclass with a stable ``code`` for every bad input.
    """
    settings = settings or Settings()
    path = Path(path)
    if not path.exists():
        raise NotFound(path, "no such file; check the path")
    if path.is_dir():
        raise UnsupportedType(
            path, "is a folder; give a file, or use `clause-scan scan` on folders"
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedType(
            path, f"'{suffix or 'no extension'}' files are not supported; use PDF, DOCX or TXT"
        )
    size = path.stat().st_size
    if size == 0:
        raise Empty(path, "the file is empty (0 bytes)")
    if size > settings.max_bytes:
        raise TooLarge(
            path,
            f"the file is {size / 2**20:.1f} MiB, over the limit of "
            f"{settings.max_bytes / 2**20:.0f} MiB; raise --max-mb to read it",
        )
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        raw_pages, warnings = _read_pdf(path, data, settings)
        kind, layout_known = "pdf", True
    elif suffix == ".docx":
        raw_pages, warnings = _read_docx(path, data)
        kind, layout_known = "docx", True
    else:
        raw_pages, warnings = _read_txt(path, data)
        kind, layout_known = "txt", False
    if not any(p.lines for p in raw_pages):
        raise Empty(path, "no text was found in the document")
    return _assemble(path, kind, raw_pages, sha256, layout_known, warnings)


def tesseract_available() -> bool:
    """True when the tesseract binary is on PATH (OCR can run)."""
    return shutil.which("tesseract") is not None


# --------------------------------------------------------------------------------------------
# PDF


def _read_pdf(path: Path, data: bytes, settings: Settings) -> tuple[list[_RawPage], list[str]]:
    head = data[:1024].lstrip()
    if b"%PDF-" not in data[:1024]:
        lowered = head[:200].lower()
        if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
            what = "an HTML page"
        elif head.startswith(b"PK"):
            what = "a ZIP archive (a DOCX renamed .pdf?)"
        else:
            what = "not a PDF"
        raise NotAPdf(path, f"the file is named .pdf but is {what}; export it as a real PDF")
    if settings.engine == "pdfium":
        read = _read_pdf_pdfium(path, data, settings)
        if read is not None:
            pages, warnings = read
            return _finish_pdf(path, pages, warnings, settings)
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(path, password=settings.password or "")
        n_pages = len(pdf.pages)
    except Exception as exc:  # pdfplumber wraps pdfminer's errors; look at the cause chain
        causes = _exception_chain(exc)
        if any(isinstance(c, (PDFPasswordIncorrect, PDFEncryptionError)) for c in causes):
            if settings.password:
                raise Encrypted(path, "the password given does not open this PDF") from None
            raise Encrypted(
                path, "the PDF is encrypted; give its password with --password"
            ) from None
        raise Corrupt(
            path, f"the PDF is damaged or truncated ({_describe(exc)}); re-export or re-download it"
        ) from None
    warnings: list[str] = []
    try:
        _check_page_count(path, n_pages, settings)
        pages: list[_RawPage] = []
        for number, page in enumerate(pdf.pages, start=1):
            try:
                pages.append(_read_pdf_page(page, number))
            except ClauseScanError:
                raise
            except Exception as exc:
                warnings.append(f"page {number} could not be read ({_describe(exc)}); skipped")
                pages.append(_RawPage(number, 612.0, 792.0, has_text_layer=False))
    except ClauseScanError:
        raise
    except Exception as exc:
        raise Corrupt(
            path, f"the PDF is damaged or truncated ({_describe(exc)}); re-export or re-download it"
        ) from None
    finally:
        pdf.close()
    return _finish_pdf(path, pages, warnings, settings)


def _finish_pdf(
    path: Path, pages: list[_RawPage], warnings: list[str], settings: Settings
) -> tuple[list[_RawPage], list[str]]:
    """OCR what needs it, and warn about pages without text."""
    textless = [p for p in pages if not p.lines]
    if len(textless) == len(pages) or (settings.ocr and textless):
        if settings.ocr is False or not tesseract_available():
            if len(textless) == len(pages):
                hint = (
                    "run with --ocr to read it by OCR"
                    if tesseract_available()
                    else "install tesseract (apt-get install tesseract-ocr) and run with --ocr"
                )
                raise NoTextLayer(
                    path,
                    f"none of its {len(pages)} pages has a text layer (scanned?); {hint}",
                )
        else:
            _ocr_pages(path, textless, settings)
    for page in pages:
        if not page.lines and page.number:
            if page.image_only:
                warnings.append(
                    f"page {page.number} is an image with no text layer; its text was not read"
                    + ("" if settings.ocr else " (run with --ocr to read it)")
                )
            else:
                warnings.append(f"page {page.number} is blank")
    return pages, warnings


def _check_page_count(path: Path, n_pages: int, settings: Settings) -> None:
    """Refuse a PDF with no pages, or with more than the page limit."""
    if n_pages == 0:
        raise Empty(path, "the PDF has no pages")
    if n_pages > settings.max_pages:
        raise TooLarge(
            path,
            f"the PDF has {n_pages} pages, over the limit of {settings.max_pages}; "
            "raise --max-pages to read it",
        )


def _exception_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    # pdfplumber's PdfminerException keeps the original in args
    for item in list(seen):
        seen.extend(a for a in getattr(item, "args", ()) if isinstance(a, BaseException))
    return seen


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "..."


def _read_pdf_page(page, number: int) -> _RawPage:
    raw = _RawPage(number, float(page.width), float(page.height))
    all_chars = page.chars
    if not any(not c["text"].isspace() for c in all_chars):
        raw.has_text_layer = False
        raw.image_only = bool(page.images)
        return raw
    kept_ids, doubled = _dedupe_chars(all_chars)
    deduped = page.filter(lambda o: o.get("object_type") != "char" or id(o) in kept_ids)
    words = deduped.extract_words(
        x_tolerance=1.5,
        y_tolerance=2,
        keep_blank_chars=False,
        extra_attrs=["size"],
        return_chars=True,
        use_text_flow=False,
    )
    out: list[_Word] = []
    for w in words:
        letters = [c for c in w["chars"] if c["text"].isalpha()]
        bold = sum(
            1 for c in letters if _BOLD_FONT.search(c.get("fontname", "")) or id(c) in doubled
        )
        out.append(
            _Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], w["size"], bold, len(letters))
        )
    if len(out) < 15:  # a page number over a scanned image: is there an image?
        raw.image_only = bool(page.images)
    raw.lines, raw.columns = _lines_from_words(out, number, raw.width, raw.height)
    return raw


def _dedupe_chars(chars: list[dict], tolerance: float = 1.0) -> tuple[set[int], set[int]]:
    """Drop glyphs drawn twice at (nearly) the same place; return kept ids and doubled ids.

    Some producers fake bold by drawing each glyph twice, a fraction of a point apart; a
    reader sees "TTVV//". The kept copy of such a glyph counts as bold. A grid keyed by the
    rounded position finds twins in linear time (pdfplumber's dedupe_chars sorts per char).
    """
    grid: dict[tuple[str, int, int], list[dict]] = {}
    kept: set[int] = set()
    doubled: set[int] = set()
    for c in chars:
        gx, gy = int(c["x0"] // tolerance), int(c["top"] // tolerance)
        twin = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for k in grid.get((c["text"], gx + dx, gy + dy), ()):
                    if (
                        abs(k["x0"] - c["x0"]) <= tolerance
                        and abs(k["top"] - c["top"]) <= tolerance
                        and abs(k["size"] - c["size"]) <= 0.5
                    ):
                        twin = k
                        break
        if twin is not None and not c["text"].isspace():
            doubled.add(id(twin))
            continue
        grid.setdefault((c["text"], gx, gy), []).append(c)
        kept.add(id(c))
    return kept, doubled


def _lines_from_words(
    words: list[_Word], page: int, width: float, height: float, ocr: bool = False
) -> tuple[list[_Proto], int]:
    """Group words into rows, split rows at a column gutter, return lines in reading order."""
    rows = _rows(words)
    if not rows:
        return [], 1
    segments = [_segments(r) for r in rows]
    found = _find_gutter(segments, width)
    gutter, runs = found if found else (None, [])
    in_columns = {i for a, b in runs for i in range(a, b + 1)}
    lines: list[_Proto] = []
    region = 0
    pending_left: list[list[_Word]] = []
    pending_right: list[list[_Word]] = []

    def flush() -> None:
        nonlocal region
        if not pending_left and not pending_right:
            return
        for col, group in ((0, pending_left), (1, pending_right)):
            for ws in group:
                lines.append(_proto(ws, page, ocr, region, col))
        pending_left.clear()
        pending_right.clear()
        region += 1

    columns = 1
    last = len(segments) - 1
    tops = [min(w.top for w in r) for r in rows]
    pitch = statistics.median([b - a for a, b in zip(tops, tops[1:]) if b > a] or [12.0])
    for index, row_segments in enumerate(segments):
        row_words = [w for seg in row_segments for w in seg]
        top, bottom = tops[index], max(w.bottom for w in row_words)
        # a running header or footer: the first or last row, near the edge, set apart
        edge = (index == 0 and top < 0.1 * height and last > 0 and tops[1] - top > 1.8 * pitch) or (
            index == last
            and bottom > 0.9 * height
            and last > 0
            and top - tops[index - 1] > 1.8 * pitch
        )
        if gutter is not None and edge:
            # a running header or footer spans the columns: keep its row whole
            flush()
            lines.append(_proto(row_words, page, ocr, region, 0))
            region += 1
            continue
        if gutter is None or index not in in_columns:
            flush()
            lines.append(_proto(row_words, page, ocr, region, 0))
            continue
        left = [w for w in row_words if w.x1 <= gutter + 1]
        right = [w for w in row_words if w.x0 >= gutter - 1]
        crossing = len(left) + len(right) < len(row_words)
        if crossing:
            flush()
            lines.append(_proto(row_words, page, ocr, region, 0))
            region += 1
            continue
        if left:
            pending_left.append(left)
        if right:
            pending_right.append(right)
        if left and right:
            columns = 2
    flush()
    return lines, columns


def _rows(words: list[_Word]) -> list[list[_Word]]:
    rows: list[list[_Word]] = []
    ref_top = ref_h = 0.0
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        if rows and abs(w.top - ref_top) <= 0.45 * ref_h:
            rows[-1].append(w)
            continue
        rows.append([w])
        ref_top, ref_h = w.top, max(1.0, w.bottom - w.top)
    for r in rows:
        r.sort(key=lambda w: w.x0)
    return rows


def _segments(row: list[_Word]) -> list[list[_Word]]:
    """Split a row where the horizontal gap is wide enough to be a gutter."""
    segs: list[list[_Word]] = [[row[0]]]
    for prev, w in zip(row, row[1:]):
        size = prev.size or (prev.bottom - prev.top)
        if w.x0 - prev.x1 > 1.2 * size:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _find_gutter(
    segments: list[list[list[_Word]]], width: float
) -> tuple[float, list[tuple[int, int]]] | None:
    """A vertical gutter that many rows have a gap at and few words cross.

    Returns its x and the runs of rows (first, last) that are set in columns: a page may have
    a one-column part (a voucher's form fields) above two columns of fine print.
    """
    if len(segments) < 6:
        return None
    bins = int(width) + 1
    lo, hi = int(width * 0.3), int(width * 0.7)
    # how many rows have a gap at each x, by a difference array: most pages have no x in the
    # middle band that five rows share a gap at, and stop here
    diff = [0] * (bins + 1)
    gaps: list[tuple[int, int, int]] = []  # (row, from x, to x)
    for i, row in enumerate(segments):
        for a, b in zip(row, row[1:]):
            x0, x1 = max(0, int(a[-1].x1) + 1), min(bins, int(b[0].x0))
            if x1 > lo and x0 < hi and x1 > x0:
                gaps.append((i, x0, x1))
                diff[x0] += 1
                diff[x1] -= 1
    count, running = [0] * bins, 0
    for x in range(bins):
        running += diff[x]
        count[x] = running
    candidates = [x for x in range(lo, hi) if count[x] >= 5]
    if not candidates:
        return None
    gap_at: dict[int, list[int]] = {x: [] for x in candidates}
    cross_at: dict[int, list[int]] = {x: [] for x in candidates}
    wanted = set(candidates)
    for i, x0, x1 in gaps:
        for x in range(max(x0, lo), min(x1, hi)):
            if x in wanted:
                gap_at[x].append(i)
    for i, row in enumerate(segments):
        for seg in row:
            for x in range(max(int(seg[0].x0) + 1, lo), min(int(seg[-1].x1), hi)):
                if x in wanted:
                    cross_at[x].append(i)
    best = None
    for x in candidates:
        runs = _runs(len(segments), set(gap_at[x]), set(cross_at[x]))
        gaps = sum(g for g, _, _ in runs)
        if gaps >= 5 and (best is None or gaps > best[0]):
            best = (gaps, x, runs)
    if best is None:
        return None
    _, best_x, runs = best
    rows = [i for _, a, b in runs for i in range(a, b + 1)]
    # columns hold running text: most segments on both sides have a few words (a column of
    # page numbers in a table of contents, or a form's labels and values, do not)
    left_segs = [seg for i in rows for seg in segments[i] if seg[-1].x1 <= best_x]
    right_segs = [seg for i in rows for seg in segments[i] if seg[0].x0 >= best_x]
    for side in (left_segs, right_segs):
        if not side or sum(sum(w.n for w in seg) >= 3 for seg in side) < 0.6 * len(side):
            return None
    # centre the gutter in the run of x positions every gap row shares
    shared = set(gap_at[best_x])
    left = right = best_x
    while left - 1 in gap_at and shared <= set(gap_at[left - 1]):
        left -= 1
    while right + 1 in gap_at and shared <= set(gap_at[right + 1]):
        right += 1
    return (left + right) / 2, [(a, b) for _, a, b in runs]


def _runs(n: int, gaps: set[int], crossing: set[int]) -> list[tuple[int, int, int]]:
    """Runs of rows with a gap at some x, unbroken by rows crossing it: (gap rows, first, last).

    Rows with text on one side only (a short last line of a paragraph) stay inside a run; a
    row that crosses the gutter (a heading across the page) ends it. Runs need 3 gap rows.
    """
    runs = []
    count, first, last = 0, None, None
    for i in range(n + 1):
        if i == n or i in crossing:
            if count >= 3:
                runs.append((count, first, last))
            count, first, last = 0, None, None
            continue
        if i in gaps:
            count += 1
            first = i if first is None else first
            last = i
        elif first is not None:
            last = i
    # a run does not end on rows without a gap: trim them back to the last gap row
    return [(c, a, max(j for j in range(a, b + 1) if j in gaps)) for c, a, b in runs]


def _proto(words: list[_Word], page: int, ocr: bool, region: int, column: int) -> _Proto:
    text = _join_words(words)
    sizes = [w.size for w in words if w.size for _ in range(w.n)]
    letters = sum(w.letters for w in words)
    bold = sum(w.bold_letters for w in words)
    return _Proto(
        text=text,
        page=page,
        bbox=(
            round(min(w.x0 for w in words), 2),
            round(min(w.top for w in words), 2),
            round(max(w.x1 for w in words), 2),
            round(max(w.bottom for w in words), 2),
        ),
        size=round(statistics.median(sizes), 2) if sizes else None,
        bold_share=round(bold / letters, 3) if letters else 0.0,
        ocr=ocr,
        region=region,
        column=column,
    )


def _join_words(words: list[_Word]) -> str:
    parts = [words[0].text]
    for prev, w in zip(words, words[1:]):
        size = prev.size or (prev.bottom - prev.top)
        # a wide gap inside a line (form fields, tab stops) reads as a few spaces
        parts.append("   " if w.x0 - prev.x1 > 1.2 * size else " ")
        parts.append(w.text)
    return "".join(parts)


# --------------------------------------------------------------------------------------------
# OCR


def _ocr_pages(path: Path, pages: list[_RawPage], settings: Settings) -> None:
    """Render ``pages`` with pypdfium2 and read them with tesseract, in place."""
    import os

    import pypdfium2 as pdfium
    import pytesseract

    # tesseract's OpenMP threads make it 5x slower on a busy 2-core machine; batch scans
    # already use one process per core
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scale = settings.ocr_dpi / 72
    try:
        pdf = pdfium.PdfDocument(str(path), password=settings.password)
    except Exception as exc:
        raise Corrupt(path, f"the PDF could not be rendered for OCR ({_describe(exc)})") from None
    try:
        for raw in pages:
            image = pdf[raw.number - 1].render(scale=scale, grayscale=True).to_pil()
            data = pytesseract.image_to_data(
                image, lang=settings.ocr_lang, output_type=pytesseract.Output.DICT
            )
            raw.lines = _ocr_lines(data, raw.number, 72 / settings.ocr_dpi)
            raw.ocr = True
    except pytesseract.TesseractError as exc:
        raise NoTextLayer(
            path, f"OCR failed ({_describe(exc)}); check the tesseract install"
        ) from None
    finally:
        pdf.close()


def _ocr_lines(data: dict, page: int, to_pt: float) -> list[_Proto]:
    groups: dict[tuple[int, int, int], list[_Word]] = {}
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        if not text or float(data["conf"][i]) < 0:
            continue
        x0, top = data["left"][i] * to_pt, data["top"][i] * to_pt
        x1, bottom = x0 + data["width"][i] * to_pt, top + data["height"][i] * to_pt
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        letters = sum(ch.isalpha() for ch in text)
        groups.setdefault(key, []).append(_Word(text, x0, top, x1, bottom, None, 0, letters))
    lines: list[_Proto] = []
    last_par: tuple[int, int] | None = None
    for key, words in groups.items():
        height = max(w.bottom - w.top for w in words)
        for w in words:
            w.size = round(height * 0.85, 1)  # approximate: OCR sees glyph boxes, not fonts
        proto = _proto(words, page, True, 0, 0)
        proto.new_block = key[:2] != last_par
        last_par = key[:2]
        lines.append(proto)
    return lines


# --------------------------------------------------------------------------------------------
# DOCX and TXT


def _read_docx(path: Path, data: bytes) -> tuple[list[_RawPage], list[str]]:
    import io
    import zipfile

    try:
        import docx
        from docx.oxml.ns import qn

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise Corrupt(
            path, f"not a readable DOCX file ({_describe(exc)}); re-save it from Word"
        ) from None
    except Exception as exc:
        raise Corrupt(path, f"not a readable DOCX file ({_describe(exc)})") from None

    default_size = 11.0
    normal = document.styles["Normal"] if "Normal" in [s.name for s in document.styles] else None
    if normal is not None and normal.font.size:
        default_size = normal.font.size.pt
    pages = [_RawPage(1, 612.0, 792.0)]
    counters: dict[tuple[str, int], int] = {}
    for paragraph in _docx_paragraphs(document):
        text = paragraph.text.replace("\t", " ").strip()
        page_breaks = len(
            paragraph._p.findall(".//" + qn("w:br") + "[@" + qn("w:type") + "='page']")
        )
        if not text:
            if page_breaks:
                pages.append(_RawPage(len(pages) + 1, 612.0, 792.0))
            continue
        style_font = paragraph.style.font if paragraph.style is not None else None
        style_bold = bool(style_font and style_font.bold)
        style_caps = bool(style_font and style_font.all_caps)
        letters = bold = 0
        caps_letters = 0
        sizes: list[float] = []
        for run in paragraph.runs:
            n = sum(ch.isalpha() for ch in run.text)
            letters += n
            run_bold = run.bold if run.bold is not None else style_bold
            bold += n if run_bold else 0
            run_caps = run.font.all_caps if run.font.all_caps is not None else style_caps
            if run_caps:
                caps_letters += n
            if run.font.size:
                sizes.append(run.font.size.pt)
        if letters and caps_letters >= 0.9 * letters:
            text = text.upper()  # displayed in capitals: read it as the reader sees it
        number = _docx_number(paragraph, counters)
        if number:
            text = f"{number} {text}"
        size = (
            statistics.median(sizes)
            if sizes
            else (style_font.size.pt if style_font and style_font.size else default_size)
        )
        page = pages[-1]
        y = 72.0 + 14.0 * len(page.lines)
        proto = _Proto(
            text=text,
            page=page.number,
            bbox=(72.0, y, 540.0, y + size),
            size=round(size, 2),
            bold_share=round(bold / letters, 3) if letters else 0.0,
            new_block=True,
        )
        page.lines.append(proto)
        if page_breaks:
            pages.append(_RawPage(len(pages) + 1, 612.0, 792.0))
    return [p for p in pages if p.lines or p.number == 1], []


def _docx_paragraphs(document) -> Iterable:
    """Body paragraphs in order, table cells included."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _docx_number(paragraph, counters: dict[tuple[str, int], int]) -> str:
    """An approximate label for Word's automatic list numbering (not in the text itself)."""
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return ""
    num_id = str(ppr.numPr.numId.val)
    level = int(ppr.numPr.ilvl.val) if ppr.numPr.ilvl is not None else 0
    counters[(num_id, level)] = counters.get((num_id, level), 0) + 1
    for key in [k for k in counters if k[0] == num_id and k[1] > level]:
        del counters[key]
    n = counters[(num_id, level)]
    if level == 0:
        return f"{n}."
    if level == 1:
        return f"({chr(ord('a') + (n - 1) % 26)})"
    return f"({_roman(n)})"


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _read_txt(path: Path, data: bytes) -> tuple[list[_RawPage], list[str]]:
    warnings: list[str] = []
    if b"\x00" in data[:4096]:
        raise UnsupportedType(path, "looks like a binary file, not text; use PDF, DOCX or TXT")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            warnings.append("not valid UTF-8; read as Windows-1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            warnings.append("not valid UTF-8; read as Latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[_RawPage] = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        page = _RawPage(number, 612.0, 792.0)
        blank_before = True
        for i, raw_line in enumerate(chunk.split("\n")):
            line = " ".join(raw_line.split())
            if not line:
                blank_before = True
                continue
            page.lines.append(
                _Proto(
                    text=line,
                    page=number,
                    bbox=(0.0, float(i), float(len(raw_line)), float(i + 1)),
                    size=None,
                    bold_share=0.0,
                    new_block=blank_before,
                )
            )
            blank_before = False
        pages.append(page)
    return pages, warnings


# --------------------------------------------------------------------------------------------
# Assembly: headers and footers, blocks, roles, hyphenation, text and offsets


def _assemble(
    path: Path,
    kind: str,
    raw_pages: list[_RawPage],
    sha256: str,
    layout_known: bool,
    warnings: list[str],
) -> Document:
    for page in raw_pages:
        for line in page.lines:
            line.role = _role(line.text)
    if kind == "pdf":
        _strip_running_lines(raw_pages)
        for page in raw_pages:
            if page.has_text_layer and page.image_only and not page.lines:
                warnings = [
                    *warnings,
                    f"page {page.number} is an image with only a page number "
                    "or running line as text; its text was not read (run with --ocr)",
                ]
    protos = [line for page in raw_pages for line in page.lines]
    body_size = _body_font_size(protos) if layout_known else None
    _assign_blocks(protos, kind, body_size)
    _repair_hyphenation(protos)

    parts: list[str] = []
    offset = 0
    built: dict[int, list[Line]] = {p.number: [] for p in raw_pages}
    previous_block = None
    for line in protos:
        if parts:
            sep = " " if line.block == previous_block and line.role == "text" else "\n"
            parts.append(sep)
            offset += len(sep)
        start = offset
        parts.append(line.text)
        offset += len(line.text)
        previous_block = line.block if line.role == "text" else None
        built[line.page].append(
            Line(
                text=line.text,
                page=line.page,
                bbox=line.bbox,
                font_size=line.size if layout_known else None,
                bold_share=line.bold_share,
                caps=_is_caps(line.text),
                start=start,
                end=offset,
                block=line.block,
                role=line.role,
                ocr=line.ocr,
            )
        )
    pages = tuple(
        Page(
            number=p.number,
            width=p.width,
            height=p.height,
            lines=tuple(built[p.number]),
            header=tuple(p.header),
            footer=tuple(p.footer),
            columns=p.columns,
            has_text_layer=p.has_text_layer,
            ocr=p.ocr,
        )
        for p in raw_pages
    )
    if any(p.ocr for p in raw_pages):
        warnings = [
            *warnings,
            "text read by OCR: positions and sizes are approximate, bold unknown",
        ]
    return Document(
        path=str(path),
        kind=kind,
        pages=pages,
        text="".join(parts),
        sha256=sha256,
        body_font_size=body_size,
        layout_known=layout_known,
        warnings=tuple(warnings),
    )


def _is_caps(text: str) -> bool:
    """All its letters (at least two) are capitals."""
    return text.isupper() and sum(map(str.isalpha, text)) >= 2


def _normalise_running(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _strip_running_lines(pages: list[_RawPage], band: int = 3) -> None:
    """Move running headers, footers and page numbers out of the text onto the page."""
    text_pages = [p for p in pages if p.lines]
    if not text_pages:
        return
    counts: Counter[str] = Counter()
    for p in text_pages:
        seen = {_normalise_running(l.text) for l in _edge_lines(p, band)}
        counts.update(seen)
    threshold = max(2, int(0.4 * len(text_pages) + 0.999))
    repeated = {t for t, n in counts.items() if n >= threshold and len(t) > 0}
    for p in text_pages:
        edge = {id(l) for l in _edge_lines(p, band)}
        keep: list[_Proto] = []
        for line in p.lines:
            running = p.header if (line.bbox[1] + line.bbox[3]) / 2 < p.height / 2 else p.footer
            if id(line) in edge and line.role in ("initials", "signature"):
                # an initials line in the footer is the performer's, not running text;
                # only a page number sharing its row is taken off
                m = _TRAILING_PAGE_NUMBER.search(line.text)
                if m:
                    running.append(m.group(0).strip())
                    line.text = line.text[: m.start()].rstrip()
                keep.append(line)
            elif id(line) in edge and (
                _normalise_running(line.text) in repeated or _PAGE_NUMBER.match(line.text)
            ):
                running.append(line.text)
            else:
                keep.append(line)
        p.lines = keep


def _edge_lines(page: _RawPage, band: int) -> list[_Proto]:
    """Lines in the top and bottom ``band`` rows of the page, by position."""
    rows = sorted({round(l.bbox[1]) for l in page.lines})
    top_rows, bottom_rows = set(rows[:band]), set(rows[-band:])
    out = []
    for l in page.lines:
        r = round(l.bbox[1])
        in_top = r in top_rows and l.bbox[1] < page.height * 0.2
        in_bottom = r in bottom_rows and l.bbox[3] > page.height * 0.8
        if in_top or in_bottom:
            out.append(l)
    return out


def _body_font_size(lines: list[_Proto]) -> float | None:
    """The body text size: the commonest size on the face of the document.

    The first page with real text (300+ characters) sets it, as a reader's eye does: a
    one-page deal memo followed by two pages of 7-pt standard terms has an 11-pt body, and
    those terms are small print. Without such a page, the commonest size overall.
    """
    by_page: dict[int, Counter[float]] = {}
    for line in lines:
        if line.size and line.role == "text":
            by_page.setdefault(line.page, Counter())[round(line.size * 2) / 2] += len(line.text)
    for page in sorted(by_page):
        if sum(by_page[page].values()) >= 300:
            return by_page[page].most_common(1)[0][0]
    overall: Counter[float] = sum(by_page.values(), Counter())
    return overall.most_common(1)[0][0] if overall else None


def _role(text: str) -> str:
    stripped = text.strip()
    lowered = stripped.lower()
    if (
        "_" not in stripped
        and "initial" not in lowered
        and "...." not in stripped
        and (stripped.strip("_-=. "))
    ):
        return "text"  # the common case, without the regexes below
    if _INITIALS.search(stripped):
        return "initials"
    if not stripped.strip("_-=. "):
        return "rule"
    if "__" in stripped or "...." in stripped.replace(" ", ""):
        rest = re.sub(r"_{2,}|\.{4,}", " ", stripped)
        words = _WORD.findall(rest)
        if not words:
            return "signature"
        if len(words) <= 8 and _SIGNATURE_WORDS.search(rest) and not re.search(r"[.!?]\s*$", rest):
            return "signature"
    return "text"


def _assign_blocks(lines: list[_Proto], kind: str, body_size: float | None) -> None:
    block = -1
    prev: _Proto | None = None
    prev_text: _Proto | None = None
    block_first: _Proto | None = None
    pitches = _line_pitches(lines)
    for line in lines:
        if line.role != "text":
            # an initials or signature line belongs to the block it follows
            line.block = max(block, 0)
            prev = line
            continue
        if prev_text is None or prev is None or prev.role != "text" or line.new_block:
            new = True
        elif kind in ("docx", "txt"):
            new = False
        else:
            new = _starts_block(prev_text, line, pitches, prev_text is block_first)
        if new:
            block += 1
            block_first = line
        line.block = block
        prev = prev_text = line


def _line_pitches(lines: list[_Proto]) -> dict[tuple[int, int, int], float]:
    """Median vertical distance between consecutive lines, per page, region and column."""
    gaps: dict[tuple[int, int, int], list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        key = (a.page, a.region, a.column)
        if key == (b.page, b.region, b.column):
            d = b.bbox[1] - a.bbox[1]
            if d > 0:
                gaps.setdefault(key, []).append(d)
    return {k: statistics.median(v) for k, v in gaps.items()}


def _starts_block(prev: _Proto, line: _Proto, pitches: dict, prev_is_first: bool) -> bool:
    ends_sentence = bool(_SENTENCE_END.search(prev.text))
    same_flow = (prev.page, prev.region, prev.column) == (line.page, line.region, line.column)
    if not same_flow:
        # a column or page break: the paragraph goes on if the sentence visibly does
        continues = (
            not ends_sentence and (line.text[:1].islower() or line.text[:1] in ",;")
        ) or prev.text.endswith("-")
        return not continues
    pitch = pitches.get((line.page, line.region, line.column)) or (line.size or 10) * 1.2
    gap = line.bbox[1] - prev.bbox[1]
    if gap > 1.45 * pitch:
        return True
    if prev.size and line.size and abs(prev.size - line.size) > 0.15 * max(prev.size, line.size):
        return True
    if (prev.bold_share >= 0.8) != (line.bold_share >= 0.8) and (
        ends_sentence or _is_caps(prev.text) or len(prev.text) < 60
    ):
        return True
    ends_item = bool(re.search(r"[;,]?\s+(?:and|or)\s*$", prev.text))
    if _ENUMERATION.match(line.text) and (ends_sentence or ends_item or _is_caps(prev.text)):
        return True
    if _is_caps(line.text) and len(line.text) < 60 and (ends_sentence or not _is_caps(prev.text)):
        return True  # a short heading in capitals
    if _is_caps(prev.text) and len(prev.text) < 60 and not _is_caps(line.text):
        return True  # the text after such a heading
    indent = line.bbox[0] - prev.bbox[0]
    if ends_sentence and not prev_is_first and indent > 1.5 * (line.size or 10):
        return True
    return False


def _repair_hyphenation(lines: list[_Proto]) -> None:
    """Join words broken with a hyphen at the end of a line, but keep real hyphens."""
    vocabulary: Counter[str] = Counter()
    for line in lines:
        for word in _WORD.findall(line.text):
            vocabulary[word.lower()] += 1
    text_lines = [l for l in lines if l.role == "text"]
    for a, b in zip(text_lines, text_lines[1:]):
        if a.block != b.block:
            continue
        m = _HYPHENATED_END.search(a.text)
        if not m or not b.text or not b.text[0].isalpha():
            continue
        head = m.group(1)
        tail_match = _WORD.match(b.text)
        if not tail_match:
            continue
        tail = tail_match.group(0)
        tail_core = re.match(r"[A-Za-z]+", tail).group(0)
        joined = (head + tail_core).lower()
        hyphenated = f"{head}-{tail_core}".lower()
        if vocabulary[hyphenated] and not vocabulary[joined]:
            keep_hyphen = True
        elif vocabulary[joined]:
            keep_hyphen = False
        else:
            keep_hyphen = (
                head.lower() in _KEEP_HYPHEN_PREFIXES
                or tail_core[0].isupper()
                and not head.isupper()
            )
        # move the rest of the word up to the first line, so each line keeps whole words
        rest = b.text[len(tail) :].lstrip()
        a.text = a.text[:-1] + ("-" if keep_hyphen else "") + tail
        b.text = rest
    # a line emptied by the move disappears
    lines[:] = [l for l in lines if l.text.strip()]


def document_from_text(text: str, path: str = "<text>") -> Document:
    """A Document over ``text`` exactly as given, so its offsets index ``text`` itself.

    For text that never was a file (a string passed to the spaCy pipeline): lines keep their
    own offsets, blank lines separate blocks, and nothing is rewritten (no hyphen repair).
    """
    lines: list[Line] = []
    block = -1
    blank_before = True
    prev_role = "text"
    offset = 0
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            offset += len(raw) + 1
            continue
        start = offset + (len(raw) - len(raw.lstrip()))
        role = _role(stripped)
        if role == "text" and (blank_before or prev_role != "text"):
            block += 1
        lines.append(
            Line(
                text=stripped,
                page=1,
                bbox=(0.0, float(i), float(len(raw)), float(i + 1)),
                font_size=None,
                bold_share=0.0,
                caps=_is_caps(stripped),
                start=start,
                end=start + len(stripped),
                block=max(block, 0),
                role=role,
            )
        )
        blank_before = False
        prev_role = role
        offset += len(raw) + 1
    page = Page(1, 612.0, 792.0, tuple(lines))
    return Document(
        path=path,
        kind="txt",
        pages=(page,),
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        body_font_size=None,
        layout_known=False,
    )


# --------------------------------------------------------------------------------------------
# The fast PDF reader: pypdfium2 (PDFium), font-aware


def _read_pdf_pdfium(
    path: Path, data: bytes, settings: Settings
) -> tuple[list[_RawPage], list[str]] | None:
    """Read a PDF's pages with PDFium, producing the same words as the pdfplumber reader.

    Returns None when PDFium cannot open the file (other than for a password), so the caller
    falls back to the pdfplumber reader, which tells a damaged file from an empty one.
    """
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path), password=settings.password)
    except pdfium.PdfiumError as exc:
        # PDFium's last error is process-wide and may be stale: trust "password" only for a
        # file that is encrypted; anything else goes to pdfplumber to be classified
        if "password" in str(exc).lower() and b"/Encrypt" in data:
            if settings.password:
                raise Encrypted(path, "the password given does not open this PDF") from None
            raise Encrypted(
                path, "the PDF is encrypted; give its password with --password"
            ) from None
        return None
    try:
        n_pages = len(pdf)
        _check_page_count(path, n_pages, settings)
        pages = []
        for index in range(n_pages):
            if index and index % _PAGES_PER_OPEN == 0:
                # PDFium keeps what it parsed for every page it has loaded until the document
                # is closed: 66 MiB for a 400-page PDF. Reopening bounds that to a few MiB.
                pdf.close()
                pdf = pdfium.PdfDocument(str(path), password=settings.password)
            page = pdf[index]
            try:
                pages.append(_read_pdfium_page(page, index + 1))
            finally:
                page.close()
        return pages, []
    finally:
        pdf.close()


_PAGES_PER_OPEN = 50


_PDFIUM_WORD = re.compile("[^\\s\ufffe]+\ufffe?|\ufffe")


def _read_pdfium_page(page, number: int) -> _RawPage:
    import pypdfium2.raw as c

    width, height = page.get_size()
    raw = _RawPage(number, float(width), float(height))
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if not text.strip():
            raw.has_text_layer = False
            raw.image_only = any(True for _ in page.get_objects(filter=(c.FPDF_PAGEOBJ_IMAGE,)))
            return raw
        if len(text) != n:  # characters outside the BMP: index chars one by one
            text = "".join(chr(c.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
        words = _pdfium_word_runs(page, textpage, text, height)
    finally:
        textpage.close()
    if sum(w.n for w in words) < 15:  # a page number over a scanned image: is there an image?
        raw.image_only = any(True for _ in page.get_objects(filter=(c.FPDF_PAGEOBJ_IMAGE,)))
    raw.lines, raw.columns = _lines_from_words(words, number, raw.width, raw.height)
    return raw


def _pdfium_word_runs(page, textpage, text: str, height: float, join: bool = True) -> list[_Word]:
    """The page's words, read one by one from PDFium's text page (the boxes of their first and
    last characters, their text object and its font), joined into runs: the words of one text
    object on one line with word spaces between them. The layout steps then handle runs, not
    words, and give the same lines, since they split lines only at wider gaps (tested: with
    ``join`` False it reads word by word)."""
    import ctypes

    import pypdfium2.raw as c

    doubled, in_forms = _pdfium_doubled_objects(page)
    tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    # PDFium marks a hyphen at a line end as U+FFFE and runs the word on into the next line:
    # a word ends after the mark, which reads as "-" (the hyphenation repair decides)
    address, index = ctypes.c_void_p, ctypes.c_int
    char_box = _pdfium_fast("FPDFText_GetLooseCharBox", index, address, index, address)
    text_object = _pdfium_fast("FPDFText_GetTextObject", address, address, index)
    rect = c.FS_RECTF()
    rect_at = ctypes.addressof(rect)
    fonts: dict[int, tuple[bool, float]] = {}
    matrix = c.FS_MATRIX()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    words: list[_Word] = []
    run, run_obj = None, None
    # words drawn twice at the same place (fake bold): the second copy is dropped and the first
    # counts as bold, as the pdfplumber reader does with doubled characters. Looked for in the
    # doubled objects, and in every word of a page with form XObjects, where the copies hide
    seen: dict[tuple[str, int], list[list]] = {}
    for m in _PDFIUM_WORD.finditer(text):
        first, last = m.start(), m.end() - 1
        if not char_box(tp, first, rect_at):
            continue
        x0, top, bottom = rect.left, height - rect.top, height - rect.bottom
        if last != first:
            char_box(tp, last, rect_at)
        x1 = rect.right
        obj = text_object(tp, first) or 0
        font = fonts.get(obj)
        if font is None:
            c.FPDFText_GetFontInfo(textpage.raw, first, name, 128, ctypes.byref(flags))
            weight = c.FPDFText_GetFontWeight(textpage.raw, first)
            bold = bool(
                _BOLD_FONT.search(name.value.decode("latin-1", "replace"))
                or weight >= 600
                or flags.value & 0x40000  # FXFONT_FORCE_BOLD
                or obj in doubled
            )
            # the size as printed: the font size scaled by the character's matrix
            c.FPDFText_GetMatrix(textpage.raw, first, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            size = round(c.FPDFText_GetFontSize(textpage.raw, first) * scale, 2)
            font = fonts[obj] = (bold, size)
        bold, size = font
        word = m.group(0).replace("\ufffe", "-")
        letters = sum(map(str.isalpha, word))
        may_repeat = in_forms or obj in doubled
        if may_repeat:
            row = int(top)
            copy = next(
                (
                    entry
                    for key in ((word, row), (word, row - 1), (word, row + 1))
                    for entry in seen.get(key, ())
                    if abs(entry[0] - x0) <= 1 and abs(entry[1] - top) <= 1
                ),
                None,
            )
            if copy is not None:
                if not copy[3]:  # the first copy now counts as bold
                    copy[2].bold_letters += copy[4]
                    copy[3] = True
                continue
        # a word that goes on the run before it (same text object, same line, a word
        # space after it) joins that run
        if (
            join
            and obj == run_obj
            and obj
            and top == run.top
            and bottom == run.bottom
            and run.x1 <= x0 <= run.x1 + 1.2 * (size or bottom - top)
        ):
            run.text = f"{run.text} {word}"
            run.x1 = max(x1, x0)
            run.letters += letters
            if bold:
                run.bold_letters += letters
            run.n += 1
        else:
            run = _Word(word, x0, top, max(x1, x0), bottom, size, letters if bold else 0, letters)
            run_obj = obj
            words.append(run)
        if may_repeat:
            seen.setdefault((word, int(top)), []).append([x0, top, run, bold, letters])
    return words


@cache
def _pdfium_fast(name: str, restype, *argtypes):
    """PDFium's function ``name`` called with plain addresses and ints: the binding's argument
    conversion (and, for a pointer result, the cast back to an int) costs as much as the call,
    and the reader makes three calls a word."""
    import ctypes

    import pypdfium2.raw as c

    address = ctypes.cast(getattr(c, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def _pdfium_doubled_objects(page) -> tuple[set[int], bool]:
    """Text objects drawn twice at (nearly) the same place: fake bold (PDFium keeps one); and
    whether the page has form XObjects, whose text objects this does not see."""
    import ctypes

    import pypdfium2.raw as c

    boxes: list[tuple[float, float, float, float, int]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    raw_page = page.raw
    forms = False
    for i in range(c.FPDFPage_CountObjects(raw_page)):
        obj = c.FPDFPage_GetObject(raw_page, i)
        kind = c.FPDFPageObj_GetType(obj)
        forms = forms or kind == c.FPDF_PAGEOBJ_FORM
        if kind != c.FPDF_PAGEOBJ_TEXT:
            continue
        c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        handle = ctypes.cast(obj, ctypes.c_void_p).value or 0
        boxes.append((left.value, bottom.value, right.value, top.value, handle))
    boxes.sort()
    doubled: set[int] = set()
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            if other[0] - box[0] > 1.0:
                break
            if all(abs(a - b) <= 1.0 for a, b in zip(box[1:4], other[1:4])):
                doubled.update((box[4], other[4]))
    return doubled, forms
