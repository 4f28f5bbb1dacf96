"""Canvas-level layout helpers for the PDFs clause-scan is tested on.

The test fixtures (``tests/pdfs/generate.py``) and the example contracts
(``examples/generate.py``) both need text at exact, known positions: a
clause that starts in the left column and ends in the right one, a word
hyphenated at the end of a line, a heading drawn twice as "fake bold".
reportlab's Platypus would decide those things for us, so this module works
one level lower, on a :class:`reportlab.pdfgen.canvas.Canvas`, with a small
line-by-line layout engine of its own.

Overview
--------
* :class:`Style` describes a paragraph: font family, size, leading, bold,
  ALL CAPS, alignment, indents and spacing.
* :class:`Run` is a piece of a paragraph with its own bold / caps setting,
  e.g. the inline bold heading of a numbered clause.
* :func:`wrap` breaks runs into :class:`Line` objects for a given width.
  ``"\\n"`` or :data:`LINE_BREAK` forces a line break, U+00AD
  (:data:`SOFT_HYPHEN`) marks an optional hyphenation point, and
  :func:`break_word` builds an explicit end-of-line hyphenation
  ("perfor-" at the end of one line, "mance" at the start of the next).
* :class:`Document` flows blocks down one or more columns, starts new pages
  when a column is full, and draws running headers and footers (with
  ``{page}`` and ``{pages}`` placeholders) when the document is saved.
  Every drawn line is recorded as a :class:`LineRecord`, and every block
  method returns a :class:`Span`, so a generator can assert where things
  ended up (which page, which column).

Only the standard PDF fonts are used (Helvetica, Times, Courier), so no
font files are embedded; their WinAnsi encoding covers curly quotes, dashes,
the section sign and accented Latin letters.

There is no module-level mutable state: everything lives on the
:class:`Document` instance. Drawing is deferred: block methods record
closures per page and :meth:`Document.save` replays them on a canvas once
the page count is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Union

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "SOFT_HYPHEN",
    "LINE_BREAK",
    "Style",
    "Run",
    "Fragment",
    "Line",
    "wrap",
    "break_word",
    "RunningText",
    "PageSetup",
    "Pos",
    "LineRecord",
    "Span",
    "SignatureBlock",
    "Document",
    "render_text_image",
    "flow",
]

#: Optional hyphenation point inside a word. Never drawn; when the wrapper
#: breaks a word there it draws a real hyphen at the end of the line.
SOFT_HYPHEN = "\u00ad"

#: Forced line break that survives :func:`flow` (U+2028 LINE SEPARATOR).
#: ``"\\n"`` works too in text that is not passed through :func:`flow`.
LINE_BREAK = "\u2028"

#: Regular and bold face of each standard font family.
FAMILIES: dict[str, tuple[str, str]] = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}

Align = str  # "left" | "right" | "center" | "justify"
Content = Union[str, "Run", Sequence[Union[str, "Run"]]]
DrawOp = Callable[[Canvas], None]


# --------------------------------------------------------------------------
# Styles and runs
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a paragraph is set.

    Attributes:
        family: ``"Helvetica"``, ``"Times"`` or ``"Courier"``.
        size: Font size in points.
        leading: Baseline-to-baseline distance; defaults to ``1.2 * size``.
        bold: Use the family's bold face (Helvetica-Bold / Times-Bold).
        caps: Print the text in ALL CAPS (the text itself is upper-cased,
            so extraction sees capitals too).
        align: ``"left"``, ``"right"``, ``"center"`` or ``"justify"``.
        left_indent: Indent of every line from the column's left edge.
        right_indent: Indent of every line from the column's right edge.
        first_indent: Extra indent of the first line (may be negative).
        space_before: Vertical space above the block (dropped at the top of
            a column).
        space_after: Vertical space below the block.
        keep_with_next: Move the block to the next column if there is not
            room for it plus two lines of whatever follows.
        keep_lines: Orphan/widow control: when a block breaks across
            columns, leave at least this many lines on each side (1 = off).
        gray: Text colour as a gray level (0 = black, 1 = white).
    """

    family: str = "Helvetica"
    size: float = 10.0
    leading: float | None = None
    bold: bool = False
    caps: bool = False
    align: Align = "left"
    left_indent: float = 0.0
    right_indent: float = 0.0
    first_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    keep_lines: int = 1
    gray: float = 0.0

    def __post_init__(self) -> None:
        if self.family not in FAMILIES:
            raise ValueError(f"unknown font family {self.family!r}")
        if self.align not in ("left", "right", "center", "justify"):
            raise ValueError(f"unknown alignment {self.align!r}")

    @property
    def line_height(self) -> float:
        """The leading actually used (explicit or ``1.2 * size``)."""
        return self.leading if self.leading is not None else round(self.size * 1.2, 2)

    def font(self, bold: bool | None = None) -> str:
        """PostScript font name, bold if ``bold`` (or the style) says so."""
        regular, heavy = FAMILIES[self.family]
        return heavy if (self.bold if bold is None else bold) else regular

    def derive(self, **changes: object) -> Style:
        """A copy of this style with some attributes changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Run:
    """A piece of paragraph text with its own weight or case.

    ``None`` means "as the paragraph style says".
    """

    text: str
    bold: bool | None = None
    caps: bool | None = None


def _as_runs(content: Content) -> list[Run]:
    if isinstance(content, (str, Run)):
        content = [content]
    return [c if isinstance(c, Run) else Run(c) for c in content]


# --------------------------------------------------------------------------
# Line breaking
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Fragment:
    """Consecutive text of one font on one line."""

    text: str
    font: str
    size: float

    @property
    def width(self) -> float:
        return stringWidth(self.text, self.font, self.size)


@dataclass
class Line:
    """One wrapped line.

    Attributes:
        fragments: The text, split where the font changes. Spaces between
            words are part of the fragments; there is no trailing space.
        width: Natural width of the line in points.
        last: True for the last line of a paragraph or a line ended by a
            forced break (``"\\n"``) that does not end in a hyphen; such
            lines are not stretched when justifying.
        hyphenated: True when the line ends with a hyphen that splits a word
            (a soft hyphen used by the wrapper, or an explicit break right
            after ``-``).
    """

    fragments: list[Fragment]
    width: float
    last: bool = False
    hyphenated: bool = False

    @property
    def text(self) -> str:
        return "".join(f.text for f in self.fragments)

    @property
    def spaces(self) -> int:
        return self.text.count(" ")


@dataclass
class _Word:
    pieces: list[tuple[str, str]]  # (text possibly containing SOFT_HYPHEN, font)

    def width(self, size: float) -> float:
        return sum(stringWidth(t.replace(SOFT_HYPHEN, ""), f, size) for t, f in self.pieces)

    def split_points(self) -> list[int]:
        """Offsets (in the concatenated text) of soft hyphens."""
        text = "".join(t for t, _ in self.pieces)
        return [m.start() for m in re.finditer(SOFT_HYPHEN, text)]

    def split(self, at: int) -> tuple[_Word, _Word]:
        """Split at a text offset, dropping the soft hyphen found there."""
        head: list[tuple[str, str]] = []
        tail: list[tuple[str, str]] = []
        pos = 0
        for text, font in self.pieces:
            if pos + len(text) <= at:
                head.append((text, font))
            elif pos > at:
                tail.append((text, font))
            else:
                cut = at - pos
                if text[:cut]:
                    head.append((text[:cut], font))
                rest = text[cut:]
                if rest.startswith(SOFT_HYPHEN):
                    rest = rest[1:]
                if rest:
                    tail.append((rest, font))
            pos += len(text)
        return _Word(head), _Word(tail)


_TOKEN = re.compile(r"[\n\u2028]|[ \t\r\f\v]+|[^\s]+")


def _tokens(runs: Sequence[Run], style: Style) -> Iterator[tuple[str, object]]:
    """Yield ("word", _Word), ("space", font) and ("break", None) tokens."""
    word: list[tuple[str, str]] = []
    for run in runs:
        font = style.font(run.bold)
        caps = style.caps if run.caps is None else run.caps
        text = run.text.upper() if caps else run.text
        for tok in _TOKEN.findall(text):
            if tok.isspace():
                if word:
                    yield "word", _Word(word)
                    word = []
                yield ("break", None) if tok in "\n" + LINE_BREAK else ("space", font)
            else:
                word.append((tok, font))
    if word:
        yield "word", _Word(word)


def wrap(
    content: Content, style: Style, width: float, first_width: float | None = None
) -> list[Line]:
    """Break ``content`` into lines no wider than ``width`` points.

    Greedy, word by word. A word that does not fit moves to the next line
    unless it contains soft hyphens, in which case it is split at the last
    soft hyphen that fits and a hyphen is drawn. A word longer than a whole
    line is set on a line of its own and overflows. ``"\\n"`` forces a break.

    Args:
        content: A string, a :class:`Run`, or a sequence of them.
        style: Paragraph style (font, size, bold, caps).
        width: Available width of every line but the first.
        first_width: Available width of the first line (defaults to width).
    """
    size = style.size
    lines: list[Line] = []
    cur: list[tuple[str, str]] = []  # (text, font) pieces of the current line
    cur_w = 0.0
    pending_space: str | None = None  # font of a space waiting to be placed

    def avail() -> float:
        return first_width if (first_width is not None and not lines) else width

    def emit(last: bool, hyphenated: bool = False) -> None:
        nonlocal cur, cur_w
        frags: list[Fragment] = []
        for text, font in cur:
            text = text.replace(SOFT_HYPHEN, "")
            if frags and frags[-1].font == font:
                frags[-1] = Fragment(frags[-1].text + text, font, size)
            elif text:
                frags.append(Fragment(text, font, size))
        lines.append(Line(frags, sum(f.width for f in frags), last, hyphenated))
        cur, cur_w = [], 0.0

    for kind, value in _tokens(_as_runs(content), style):
        if kind == "break":
            ends_hyphen = bool(cur) and cur[-1][0].endswith("-")
            emit(last=not ends_hyphen, hyphenated=ends_hyphen)
            pending_space = None
            continue
        if kind == "space":
            if cur:
                pending_space = value  # type: ignore[assignment]
            continue
        word: _Word = value  # type: ignore[assignment]
        while True:
            sp = stringWidth(" ", pending_space, size) if (cur and pending_space) else 0.0
            w = word.width(size)
            if cur_w + sp + w <= avail() + 1e-6 or (not cur and not word.split_points()):
                if cur and pending_space:
                    cur.append((" ", pending_space))
                cur.extend(word.pieces)
                cur_w += sp + w
                break
            # Try to hyphenate at the last soft hyphen that still fits.
            placed = False
            for at in reversed(word.split_points()):
                head, tail = word.split(at)
                hyphen_font = head.pieces[-1][1] if head.pieces else style.font()
                hw = head.width(size) + stringWidth("-", hyphen_font, size)
                if cur_w + sp + hw <= avail() + 1e-6:
                    if cur and pending_space:
                        cur.append((" ", pending_space))
                    cur.extend(head.pieces)
                    cur.append(("-", hyphen_font))
                    cur_w += sp + hw
                    emit(last=False, hyphenated=True)
                    pending_space = None
                    word = tail
                    placed = True
                    break
            if placed:
                if not word.pieces:
                    break
                continue
            if not cur:
                # Nothing fits even at a soft hyphen: set the word whole.
                cur.extend(word.pieces)
                cur_w += w
                break
            emit(last=False)
            pending_space = None
        pending_space = None
    if cur or not lines:
        emit(last=True)
    else:
        lines[-1].last = True
    return lines


def break_word(word: str, at: int) -> str:
    """Return ``word`` with an explicit end-of-line break after ``at`` characters.

    A hyphen is inserted unless the first part already ends with one (a
    compound such as ``pre-existing``), so::

        break_word("performance", 6)  == "perfor-" + LINE_BREAK + "mance"
        break_word("pre-existing", 4) == "pre-" + LINE_BREAK + "existing"

    Put the result in paragraph text: the wrapper ends the line after the
    hyphen, and a justified paragraph still stretches that line.
    """
    if not 0 < at < len(word):
        raise ValueError(f"cannot break {word!r} at {at}")
    head, tail = word[:at], word[at:]
    return f"{head}{LINE_BREAK}{tail}" if head.endswith("-") else f"{head}-{LINE_BREAK}{tail}"


# --------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class RunningText:
    """A running header or footer line.

    ``left``, ``center`` and ``right`` are templates; ``{page}`` and
    ``{pages}`` are replaced by the page number and the page count.
    ``rule`` draws a hairline between the running text and the body.
    """

    left: str = ""
    center: str = ""
    right: str = ""
    style: Style = Style(size=8)
    rule: bool = False

    def render(self, page: int, pages: int) -> tuple[str, str, str]:
        def fill(t: str) -> str:
            return t.replace("{pages}", str(pages)).replace("{page}", str(page))

        return fill(self.left), fill(self.center), fill(self.right)


@dataclass(frozen=True)
class PageSetup:
    """Page size, margins and running header/footer.

    ``header_y`` / ``footer_y`` are the distances of the header and footer
    baselines from the top and bottom edges of the page.
    """

    size: tuple[float, float] = LETTER
    margin_left: float = 72.0
    margin_right: float = 72.0
    margin_top: float = 72.0
    margin_bottom: float = 72.0
    header: RunningText | None = None
    footer: RunningText | None = None
    header_y: float = 42.0
    footer_y: float = 40.0

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def body_left(self) -> float:
        return self.margin_left

    @property
    def body_width(self) -> float:
        return self.size[0] - self.margin_left - self.margin_right

    @property
    def body_top(self) -> float:
        return self.size[1] - self.margin_top

    @property
    def body_bottom(self) -> float:
        return self.margin_bottom


@dataclass(frozen=True)
class Pos:
    """A place in the flow: 1-based page, 0-based column, y of the baseline."""

    page: int
    column: int
    y: float


@dataclass(frozen=True)
class LineRecord:
    """One line as drawn (for assertions in generators and tests)."""

    page: int
    column: int
    x: float
    y: float
    width: float
    measure: float
    text: str
    font: str
    size: float
    natural_width: float = 0.0  # width before justification


@dataclass
class Span:
    """Where a block ended up: its first and last line."""

    lines: list[LineRecord]

    @property
    def start(self) -> Pos:
        ln = self.lines[0]
        return Pos(ln.page, ln.column, ln.y)

    @property
    def end(self) -> Pos:
        ln = self.lines[-1]
        return Pos(ln.page, ln.column, ln.y)

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


@dataclass(frozen=True)
class SignatureBlock:
    """A signature block: an optional bold title and fill-in fields.

    ``fields`` are ``(label, blank_length)`` pairs drawn one per line as
    ``"Label: ______"``; just the blank when the label is empty, and just the
    label (no colon), e.g. a printed name, when the blank length is 0.
    """

    title: str | None
    fields: Sequence[tuple[str, int]]


@dataclass
class _Page:
    setup: PageSetup
    decorate: bool
    ops: list[DrawOp] = field(default_factory=list)


# --------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------


class Document:
    """A flowing document drawn on a reportlab canvas.

    Blocks (paragraphs, clauses, headings, ...) are laid out top to bottom in
    the current column region; when a column is full the flow continues in
    the next column, then on a new page with the same columns. Nothing is
    drawn until :meth:`save`.

    Args:
        path: Output file.
        setup: Page setup for the first page (and following pages unless
            :meth:`new_page` is given another).
        invariant: Ask reportlab for byte-identical output on every run
            (fixed dates and document ID).
        encrypt: Passed to ``Canvas(encrypt=...)``, e.g. a
            ``reportlab.lib.pdfencrypt.StandardEncryption``.
        title, author, subject, creator: Document information entries.
    """

    def __init__(
        self,
        path: str | Path,
        setup: PageSetup = PageSetup(),
        *,
        invariant: bool = True,
        encrypt: object | None = None,
        title: str = "",
        author: str = "",
        subject: str = "",
        creator: str = "",
    ) -> None:
        self.path = Path(path)
        self.setup = setup
        self.invariant = invariant
        self.encrypt = encrypt
        self.info = {"title": title, "author": author, "subject": subject, "creator": creator}
        self.pages: list[_Page] = []
        self.lines: list[LineRecord] = []
        self._columns: list[tuple[float, float]] = []
        self._gap = 0.0
        self._column = 0
        self._region_top = 0.0
        self._y = 0.0
        self._low = 0.0  # lowest y reached in the current region on this page
        self.new_page()

    # ---- pages and regions ------------------------------------------------

    @property
    def page(self) -> int:
        """Current page number (1-based)."""
        return len(self.pages)

    @property
    def column(self) -> int:
        """Current column index (0-based)."""
        return self._column

    @property
    def y(self) -> float:
        """Top of the next line box in the current column."""
        return self._y

    def new_page(self, setup: PageSetup | None = None, decorate: bool = True) -> None:
        """Start a new page; the column layout carries over.

        Args:
            setup: Page setup from this page on (default: keep the current).
            decorate: Draw the running header and footer on this page.
        """
        if setup is not None:
            self.setup = setup
        self.pages.append(_Page(self.setup, decorate))
        count = len(self._columns) or 1
        self._set_columns(count, self._gap, self.setup.body_top)

    def _set_columns(self, count: int, gap: float, top: float) -> None:
        s = self.setup
        width = (s.body_width - gap * (count - 1)) / count
        self._columns = [(s.body_left + i * (width + gap), width) for i in range(count)]
        self._gap = gap
        self._column = 0
        self._region_top = top
        self._y = top
        self._low = top

    def columns(self, count: int, gap: float = 18.0) -> None:
        """Start a region of ``count`` columns below everything drawn so far."""
        top = min(self._y, self._low)
        self._set_columns(count, gap, top)

    def column_break(self) -> None:
        """Continue in the next column, or on a new page after the last."""
        self._low = min(self._low, self._y)
        if self._column + 1 < len(self._columns):
            self._column += 1
            self._y = self._region_top
        else:
            self.new_page()

    def space(self, points: float) -> None:
        """Vertical space; ignored at the top of a column."""
        if self._y < self._region_top - 1e-6:
            self._y -= points
            self._low = min(self._low, self._y)

    def remaining(self) -> float:
        """Height left in the current column."""
        return self._y - self.setup.body_bottom

    def needs(self, height: float) -> None:
        """Keep what follows together: break column unless ``height`` points fit."""
        self._ensure(height)

    def clause_height(
        self,
        number: str,
        text: Content,
        style: Style,
        heading: str | None = None,
        number_width: float | None = None,
    ) -> float:
        """Height :meth:`clause` would use in the current column (with spacing)."""
        _, col_w = self._frame()
        runs: list[Run] = [Run(heading + " ", bold=True)] if heading else []
        runs.extend(_as_runs(text))
        if number_width is None:
            measure = col_w - style.left_indent - style.right_indent
            n = len(wrap([Run(number + " "), *runs], style, measure, measure - style.first_indent))
        else:
            measure = col_w - style.left_indent - number_width - style.right_indent
            n = len(wrap(runs, style, measure))
        return style.space_before + n * style.line_height + style.space_after

    def _ensure(self, height: float) -> None:
        if self._y - height < self.setup.body_bottom - 1e-6 and self._y < self._region_top - 1e-6:
            self.column_break()

    def _frame(self) -> tuple[float, float]:
        return self._columns[self._column]

    def draw(self, op: DrawOp) -> None:
        """Add a raw drawing operation to the current page."""
        self.pages[-1].ops.append(op)

    # ---- text -------------------------------------------------------------

    def _advance(self, style: Style) -> tuple[float, float]:
        """Reserve one line box; return (column x, baseline y)."""
        lead = style.line_height
        self._ensure(lead)
        col_x, _ = self._frame()
        baseline = self._y - lead + (lead - style.size) / 2 + 0.22 * style.size
        self._y -= lead
        self._low = min(self._low, self._y)
        return col_x, baseline

    def _record(
        self, x: float, y: float, width: float, measure: float, text: str, font: str, size: float
    ) -> LineRecord:
        rec = LineRecord(self.page, self._column, x, y, width, measure, text, font, size)
        self.lines.append(rec)
        return rec

    def _place_line(self, line: Line, style: Style, x0: float, measure: float) -> LineRecord:
        """Put one line at the cursor, breaking column first if needed."""
        col_x, baseline = self._advance(style)
        slack = measure - line.width
        x = col_x + x0
        word_space = 0.0
        if style.align == "right":
            x += slack
        elif style.align == "center":
            x += slack / 2
        elif style.align == "justify" and not line.last and line.spaces and slack > 0:
            word_space = slack / line.spaces
        fragments = list(line.fragments)
        gray = style.gray

        def op(c: Canvas) -> None:
            t = c.beginText(x, baseline)
            t.setFillGray(gray)
            t.setWordSpace(word_space)
            for f in fragments:
                t.setFont(f.font, f.size)
                t.textOut(f.text)
            c.drawText(t)

        self.draw(op)
        font = fragments[0].font if fragments else style.font()
        rec = self._record(
            x, baseline, line.width + word_space * line.spaces, measure, line.text, font, style.size
        )
        rec = replace(rec, natural_width=line.width)
        self.lines[-1] = rec
        return rec

    def _break_before(self, n: int, style: Style) -> int | None:
        """Index of the line before which to break column, for ``keep_lines``."""
        k = style.keep_lines
        if k <= 1:
            return None
        fit = int((self._y - self.setup.body_bottom + 1e-6) // style.line_height)
        if n <= fit:
            return None
        if fit < k:
            return 0
        if n - fit < k:
            return n - k if n - k >= k else 0
        return None

    def _keep(self, lines: int, style: Style) -> None:
        """Column break unless ``lines`` lines (+2 following) fit."""
        if style.keep_with_next:
            self._ensure(style.space_before + (lines + 2) * style.line_height)

    def paragraph(self, content: Content, style: Style) -> Span:
        """Set a paragraph of wrapped text in the current column."""
        _, col_w = self._frame()
        measure = col_w - style.left_indent - style.right_indent
        lines = wrap(content, style, measure, measure - style.first_indent)
        self._keep(len(lines), style)
        self.space(style.space_before)
        records = []
        split = self._break_before(len(lines), style)
        for i, line in enumerate(lines):
            if i == split and self._y < self._region_top - 1e-6:
                self.column_break()
            first = style.first_indent if i == 0 else 0.0
            records.append(
                self._place_line(line, style, style.left_indent + first, measure - first)
            )
        self.space(style.space_after)
        return Span(records)

    def heading(self, text: str, style: Style) -> Span:
        """A section heading; kept with the two lines that follow it."""
        return self.paragraph(text, style.derive(keep_with_next=True))

    def clause(
        self,
        number: str,
        text: Content,
        style: Style,
        heading: str | None = None,
        number_width: float | None = None,
        heading_caps: bool | None = None,
        number_bold: bool | None = None,
    ) -> Span:
        """A numbered clause, optionally with an inline bold heading.

        Args:
            number: The number as printed, e.g. ``"5."``, ``"2.3(a)(ii)"``,
                ``"Article IV"``.
            text: The clause text (string, :class:`Run` or runs).
            style: Paragraph style of the clause.
            heading: Inline heading drawn in bold after the number, e.g.
                ``"Digital Replica."``.
            number_width: If given, a hanging indent: the number sits at the
                style's left indent and every text line starts
                ``number_width`` points further in. Otherwise the number
                runs in, followed by a space.
            heading_caps: Case of the heading (default: the style's).
            number_bold: Weight of the number (default: the style's). With
                a hanging indent this also makes a label/value list, e.g.
                ``clause("Picture:", "...", style, number_width=90, number_bold=True)``.
        """
        runs: list[Run] = []
        if heading:
            runs.append(Run(heading + " ", bold=True, caps=heading_caps))
        runs.extend(_as_runs(text))
        if number_width is None:
            return self.paragraph([Run(number + " ", bold=number_bold), *runs], style)

        body = style.derive(left_indent=style.left_indent + number_width, first_indent=0.0)
        _, col_w = self._frame()
        measure = col_w - body.left_indent - body.right_indent
        lines = wrap(runs, body, measure)
        self._keep(len(lines), style)
        self.space(style.space_before)
        records: list[LineRecord] = []
        number_font = style.font(number_bold)
        split = self._break_before(len(lines), style)
        for i, line in enumerate(lines):
            if i == split and self._y < self._region_top - 1e-6:
                self.column_break()
            rec = self._place_line(line, body, body.left_indent, measure)
            if i == 0:
                col_x, _ = self._frame()
                nx = col_x + style.left_indent

                def op(c: Canvas, x: float = nx, y: float = rec.y) -> None:
                    c.setFillGray(style.gray)
                    c.setFont(number_font, style.size)
                    c.drawString(x, y, number)

                self.draw(op)
                rec = replace(
                    rec,
                    x=nx,
                    width=rec.x + rec.width - nx,
                    measure=measure + number_width,
                    text=f"{number} {rec.text}",
                    natural_width=rec.natural_width + number_width,
                )
                self.lines[-1] = rec
            records.append(rec)
        self.space(style.space_after)
        return Span(records)

    def fake_bold(self, text: str, style: Style, offset: float = 0.4) -> Span:
        """Text where each character is drawn twice, ``offset`` points apart.

        Mimics PDF producers that embolden by overprinting: a naive text
        extraction reads every character twice ("TTVV// ..."). Spaces are
        drawn once. The style's own weight is used (normally regular).
        """
        _, col_w = self._frame()
        measure = col_w - style.left_indent - style.right_indent
        lines = wrap(text, style, measure)
        self._keep(len(lines), style)
        self.space(style.space_before)
        records = []
        for line in lines:
            col_x, baseline = self._advance(style)
            slack = measure - line.width
            x = col_x + style.left_indent
            if style.align == "right":
                x += slack
            elif style.align == "center":
                x += slack / 2
            frags = list(line.fragments)

            def op(
                c: Canvas, x: float = x, y: float = baseline, frags: list[Fragment] = frags
            ) -> None:
                c.setFillGray(style.gray)
                cx = x
                for f in frags:
                    c.setFont(f.font, f.size)
                    for ch in f.text:
                        c.drawString(cx, y, ch)
                        if not ch.isspace():
                            c.drawString(cx + offset, y, ch)
                        cx += stringWidth(ch, f.font, f.size)

            self.draw(op)
            font = frags[0].font if frags else style.font()
            records.append(
                self._record(x, baseline, line.width + offset, measure, line.text, font, style.size)
            )
        self.space(style.space_after)
        return Span(records)

    def leader_line(self, left: str, right: str, style: Style, leader: str = ".") -> Span:
        """``left ........ right`` across the column (a table-of-contents row).

        The leader dots are real characters, so extraction reads
        ``"1. Services .......... 2"``.
        """
        _, col_w = self._frame()
        measure = col_w - style.left_indent - style.right_indent
        font = style.font()
        size = style.size
        rw = stringWidth(right, font, size)
        dot = stringWidth(leader, font, size)
        n = max(3, int((measure - stringWidth(left + "  ", font, size) - rw) / dot))
        head = f"{left} {leader * n}"
        self.space(style.space_before)
        col_x, baseline = self._advance(style)
        x = col_x + style.left_indent
        rx = x + measure - rw
        gray = style.gray

        def op(c: Canvas) -> None:
            c.setFillGray(gray)
            c.setFont(font, size)
            c.drawString(x, baseline, head)
            c.drawString(rx, baseline, right)

        self.draw(op)
        rec = self._record(x, baseline, measure, measure, f"{head} {right}", font, size)
        self.space(style.space_after)
        return Span([rec])

    def form_line(
        self,
        fields: Sequence[tuple[str, int]],
        style: Style,
        gap: float = 24.0,
        label_bold: bool = False,
    ) -> Span:
        """Fill-in fields on one line: ``"PERFORMER: ________   Date: ____"``.

        Each field is ``(label, blank_length)``; the blank is a run of
        underscores (so text extraction sees it). Fields are ``gap`` points
        apart; the whole line follows the style's alignment.
        """
        font = style.font()
        label_font = style.font(True) if label_bold else font
        size = style.size
        parts = [
            ((label.upper() if style.caps else label) + (": " if label else ""), "_" * n)
            for label, n in fields
        ]
        widths = [
            stringWidth(lab, label_font, size) + stringWidth(blank, font, size)
            for lab, blank in parts
        ]
        total = sum(widths) + gap * (len(parts) - 1)
        _, col_w = self._frame()
        measure = col_w - style.left_indent - style.right_indent
        self.space(style.space_before)
        col_x, baseline = self._advance(style)
        x = col_x + style.left_indent
        if style.align == "right":
            x += measure - total
        elif style.align == "center":
            x += (measure - total) / 2
        gray = style.gray

        def op(c: Canvas) -> None:
            cx = x
            for (lab, blank), w in zip(parts, widths, strict=True):
                t = c.beginText(cx, baseline)
                t.setFillGray(gray)
                t.setFont(label_font, size)
                t.textOut(lab)
                t.setFont(font, size)
                t.textOut(blank)
                c.drawText(t)
                cx += w + gap

        self.draw(op)
        rec = self._record(
            x, baseline, total, measure, " ".join(a + b for a, b in parts), font, size
        )
        self.space(style.space_after)
        return Span([rec])

    def initials_line(
        self,
        style: Style,
        label: str = "Performer's initials",
        blank: int = 8,
        align: Align = "left",
    ) -> Span:
        """An initials line such as ``"Performer's initials: ________"``."""
        return self.form_line([(label, blank)], style.derive(align=align))

    def fields_row(
        self,
        items: Sequence[tuple[str, str]],
        style: Style,
        widths: Sequence[float] | None = None,
        value_style: Style | None = None,
        underline: bool = True,
    ) -> Span:
        """A row of filled-in form fields: ``LABEL: value`` cells side by side.

        Labels are bold, values use ``value_style`` (e.g. Courier, as if typed
        into the form). ``widths`` are the cells' shares of the column
        (default: equal). With ``underline`` a hairline runs under each
        value to the end of its cell, as on a printed form.
        """
        vstyle = value_style or style
        _, col_w = self._frame()
        measure = col_w - style.left_indent - style.right_indent
        shares = list(widths) if widths else [1.0] * len(items)
        total_share = sum(shares)
        self.space(style.space_before)
        lead = max(style.line_height, vstyle.line_height)
        col_x, baseline = self._advance(style.derive(leading=lead))
        x = col_x + style.left_indent
        label_font, value_font = style.font(True), vstyle.font()
        cells = []
        for (label, value), share in zip(items, shares, strict=True):
            cell_w = measure * share / total_share
            lab = (label.upper() if style.caps else label) + (": " if label else "")
            lw = stringWidth(lab, label_font, style.size)
            if lw + stringWidth(value, vstyle.font(), vstyle.size) > cell_w - 8:
                raise ValueError(
                    f"field {label!r}: {value!r} does not fit its cell ({cell_w:.0f} pt)"
                )
            cells.append((x, cell_w, lab, lw, value))
            x += cell_w
        gray = style.gray

        def op(c: Canvas) -> None:
            for cx, cw, lab, lw, value in cells:
                c.setFillGray(gray)
                c.setFont(label_font, style.size)
                c.drawString(cx, baseline, lab)
                c.setFont(value_font, vstyle.size)
                c.drawString(cx + lw, baseline, value)
                if underline:
                    c.setLineWidth(0.35)
                    c.setStrokeGray(0.35)
                    c.line(cx + lw, baseline - 2.2, cx + cw - 8, baseline - 2.2)

        self.draw(op)
        text = " ".join(f"{lab}{value}" for _, _, lab, _, value in cells)
        rec = self._record(
            col_x + style.left_indent, baseline, measure, measure, text, label_font, style.size
        )
        self.space(style.space_after)
        return Span([rec])

    def signature_blocks(
        self,
        blocks: Sequence[SignatureBlock],
        style: Style,
        row_gap: float = 1.9,
        gutter: float = 24.0,
    ) -> Span:
        """Signature blocks side by side, each in an equal share of the column.

        Rows are aligned across blocks (title row first, then one row per
        field) and ``row_gap`` leadings apart, leaving room to sign. The
        whole set is kept together in one column.
        """
        rows = max((1 if b.title else 0) + len(b.fields) for b in blocks)
        lead = style.line_height
        self._ensure(style.space_before + lead * (1 + (rows - 1) * row_gap))
        self.space(style.space_before)
        col_x, col_w = self._frame()
        share = (col_w - style.left_indent - gutter * (len(blocks) - 1)) / len(blocks)
        font, bold_font, size, gray = style.font(False), style.font(True), style.size, style.gray
        records: list[LineRecord] = []
        for r in range(rows):
            if r:
                self.space(lead * (row_gap - 1))
            _, baseline = self._advance(style)
            for b_i, block in enumerate(blocks):
                items: list[tuple[str, str, str]] = []  # (label, blank, label font)
                if block.title:
                    items.append((block.title, "", bold_font))
                items.extend(
                    ((lab + ": " if lab and n else lab), "_" * n, font) for lab, n in block.fields
                )
                if r >= len(items):
                    continue
                lab, blank, lab_font = items[r]
                x = col_x + style.left_indent + b_i * (share + gutter)

                def op(
                    c: Canvas,
                    x: float = x,
                    y: float = baseline,
                    lab: str = lab,
                    blank: str = blank,
                    lab_font: str = lab_font,
                ) -> None:
                    t = c.beginText(x, y)
                    t.setFillGray(gray)
                    t.setFont(lab_font, size)
                    t.textOut(lab)
                    t.setFont(font, size)
                    t.textOut(blank)
                    c.drawText(t)

                self.draw(op)
                w = stringWidth(lab, lab_font, size) + stringWidth(blank, font, size)
                records.append(self._record(x, baseline, w, share, lab + blank, lab_font, size))
        self.space(style.space_after)
        return Span(records)

    def rule(
        self,
        thickness: float = 0.5,
        space: float = 4.0,
        width: float | None = None,
        gray: float = 0.0,
    ) -> None:
        """A horizontal line across the column (or ``width`` points of it)."""
        self._ensure(thickness + 2 * space)
        self.space(space)
        col_x, col_w = self._frame()
        y = self._y

        def op(c: Canvas) -> None:
            c.setLineWidth(thickness)
            c.setStrokeGray(gray)
            c.line(col_x, y, col_x + (width or col_w), y)

        self.draw(op)
        self._y -= thickness + space
        self._low = min(self._low, self._y)

    def box(self, pad: float = 6.0, thickness: float = 0.6) -> Callable[[], None]:
        """Start a framed box around the following blocks; call the result to close it.

        The box is drawn on the page where it was opened, from there down to
        where the flow stands when it is closed, so its content must not
        break to another column or page.
        """
        col_x, col_w = self._frame()
        top = self._y
        page = self.pages[-1]
        self._y -= pad

        def close() -> None:
            bottom = self._y - pad

            def op(c: Canvas) -> None:
                c.setLineWidth(thickness)
                c.setStrokeGray(0)
                c.rect(col_x - pad, bottom, col_w + 2 * pad, top - bottom, stroke=1, fill=0)

            page.ops.append(op)
            self._y = bottom - pad
            self._low = min(self._low, self._y)

        return close

    # ---- images -------------------------------------------------------------

    def image(self, img: Image.Image, width: float, height: float, align: Align = "left") -> None:
        """Place a raster image of the given size in the flow."""
        self._ensure(height)
        col_x, col_w = self._frame()
        x = col_x + {"left": 0.0, "center": (col_w - width) / 2, "right": col_w - width}.get(
            align, 0.0
        )
        y = self._y - height
        reader = ImageReader(img)

        def op(c: Canvas) -> None:
            c.drawImage(reader, x, y, width=width, height=height)

        self.draw(op)
        self._y = y
        self._low = min(self._low, self._y)

    def full_page_image(self, img: Image.Image) -> None:
        """A page holding only ``img`` scaled to the whole page, with no header or footer.

        Uses the current page if nothing has been drawn on it yet, otherwise
        starts a new one. Text that follows continues on a further page.
        """
        if self.pages[-1].ops:
            self.new_page(decorate=False)
        else:
            self.pages[-1].decorate = False
        w, h = self.setup.size
        reader = ImageReader(img)
        self.draw(lambda c: c.drawImage(reader, 0, 0, width=w, height=h))
        self._y = self._low = self.setup.body_bottom  # the page is full

    # ---- output -------------------------------------------------------------

    def _decorate(self, c: Canvas, page: _Page, number: int, total: int) -> None:
        s = page.setup
        for running, y, rule_dy in (
            (s.header, s.height - s.header_y, -4.0),
            (s.footer, s.footer_y, 4.0 + (s.footer.style.size if s.footer else 0)),
        ):
            if running is None:
                continue
            left, center, right = running.render(number, total)
            st = running.style
            font = st.font()
            c.setFillGray(st.gray)
            c.setFont(font, st.size)
            if left:
                c.drawString(s.body_left, y, left.upper() if st.caps else left)
            if center:
                c.drawCentredString(
                    s.body_left + s.body_width / 2, y, center.upper() if st.caps else center
                )
            if right:
                c.drawRightString(
                    s.body_left + s.body_width, y, right.upper() if st.caps else right
                )
            if running.rule:
                c.setLineWidth(0.4)
                c.setStrokeGray(0.3)
                c.line(s.body_left, y + rule_dy, s.body_left + s.body_width, y + rule_dy)

    def save(self) -> Path:
        """Draw every page and write the file. Returns the path."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        c = Canvas(
            str(self.path),
            pagesize=self.pages[0].setup.size,
            invariant=1 if self.invariant else 0,
            pageCompression=1,
            encrypt=self.encrypt,
        )
        if self.info["title"]:
            c.setTitle(self.info["title"])
        if self.info["author"]:
            c.setAuthor(self.info["author"])
        if self.info["subject"]:
            c.setSubject(self.info["subject"])
        if self.info["creator"]:
            c.setCreator(self.info["creator"])
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            c.setPageSize(page.setup.size)
            if page.decorate:
                self._decorate(c, page, number, total)
            for op in page.ops:
                c.saveState()
                op(c)
                c.restoreState()
            c.showPage()
        c.save()
        return self.path


# --------------------------------------------------------------------------
# Raster text (for image-only pages)
# --------------------------------------------------------------------------


def render_text_image(
    paragraphs: Iterable[str],
    *,
    width_in: float = 8.5,
    height_in: float = 11.0,
    dpi: int = 200,
    font_px: int = 44,
    margin_in: float = 1.0,
    paragraph_gap: float = 0.8,
    bold_first: bool = False,
) -> Image.Image:
    """Render paragraphs as black text on a white grayscale page image.

    Uses Pillow's bundled scalable font (``ImageFont.load_default(size)``),
    so the picture is the same on every machine with the same Pillow.
    Paragraphs are wrapped to the text width; ``paragraph_gap`` is the extra
    space between paragraphs in lines. ``bold_first`` draws the first
    paragraph with a stroke, as a heading.
    """
    w, h = int(width_in * dpi), int(height_in * dpi)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=font_px)
    margin = int(margin_in * dpi)
    max_w = w - 2 * margin
    line_h = int(font_px * 1.35)
    y = margin
    for p_i, para in enumerate(paragraphs):
        words = para.split()
        line = ""
        lines: list[str] = []
        for word in words:
            cand = f"{line} {word}".strip()
            if font.getlength(cand) <= max_w:
                line = cand
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
        for text in lines:
            stroke = 1 if (bold_first and p_i == 0) else 0
            draw.text((margin, y), text, fill=0, font=font, stroke_width=stroke, stroke_fill=0)
            y += line_h
        y += int(line_h * paragraph_gap)
    return img


def flow(text: str) -> str:
    """Collapse runs of ASCII whitespace (source line breaks, indentation) to one space.

    Lets generators write long clause text as indented triple-quoted
    strings. Forced breaks made with :func:`break_word` or
    :data:`LINE_BREAK` survive, as do soft hyphens.
    """
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()
