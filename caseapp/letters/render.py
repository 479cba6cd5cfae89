"""A4 letters drawn with ReportLab's canvas: letterhead, address, reference, body, signature.

Why a small layout of our own rather than platypus: a letter is one fixed shape, and laying it out
directly costs a fraction of platypus's time, which is what lets a batch of a thousand letters
stay close to bare ReportLab speed. Layout first (so the page count is known for "page 1 of 2"),
then drawing; the same layout can be drawn into the letter's own PDF and into a merged batch PDF.

Rendering is deterministic: ``invariant=1`` fixes the creation date and document id, and fonts
are subset-embedded by name, so the same content gives byte-identical PDFs.
Everything stays in memory; nothing here writes a file.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from caseapp.resources import resource_path
from caseapp.tasks import Progress

REGULAR = "CaseAppSans"
BOLD = "CaseAppSans-Bold"
FONT_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}

MM = 72 / 25.4
PAGE_W, PAGE_H = float(A4[0]), float(A4[1])
LEFT = 25 * MM
RIGHT = PAGE_W - 20 * MM
TOP = PAGE_H - 15 * MM
BODY_BOTTOM = 24 * MM
FOOTER_Y = 12 * MM
#: DIN 5008 puts the address window about 45 mm from the top; letters fit window envelopes.
ADDRESS_TOP = PAGE_H - 52 * MM
ADDRESS_WIDTH = 85 * MM
REF_X = 118 * MM
LOGO_HEIGHT = 18 * MM
LOGO_MAX_WIDTH = 45 * MM

BODY_SIZE, BODY_LEADING, PARAGRAPH_GAP = 10.5, 14.5, 6.0
SMALL_GRAY = 0.38
#: A body line starting with this is set apart: indented, bold.
HIGHLIGHT = "> "
NBSP = "\u00a0"
INDENT = 10 * MM

#: One subset per font and letter instead of an ASCII subset plus the rest: smaller, faster
#: PDFs. Text extraction (pdftotext, search, screen readers) uses the ToUnicode map either way.
ASCII_READABLE = False

_font_lock = threading.Lock()
_fonts_ready = False


def ensure_fonts() -> None:
    """Register the embedded fonts once per process (ReportLab's registry is process-wide)."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, filename in FONT_FILES.items():
            if name not in registered:
                path = str(resource_path("fonts", filename))
                pdfmetrics.registerFont(TTFont(name, path, asciiReadable=ASCII_READABLE))
        _fonts_ready = True


@dataclass(frozen=True)
class LetterContent:
    """Everything printed on one letter, already in its language; no database, no templates."""

    lang: str
    org_name: str
    org_address: tuple[str, ...]
    recipient: tuple[str, ...]
    reference: str
    request_ref: str
    date: str
    subject: str
    body: str
    closing: str
    signature: tuple[str, ...]
    labels: dict[str, str]  # our_ref, your_ref, date, page ("... {page} ... {pages}")
    logo: bytes | None = None


@dataclass
class PageLayout:
    texts: list[tuple[str, float, float, float, float, str]] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    logo: tuple[float, float, float, float] | None = None

    def text(
        self, font: str, size: float, x: float, y: float, value: str, gray: float = 0.0
    ) -> None:
        # A no-break space only glues words for wrapping; the PDF gets a plain space, so that
        # copying and searching the text (and pdftotext) see what a reader sees.
        self.texts.append((font, size, gray, x, y, value.replace(NBSP, " ")))


@functools.lru_cache(maxsize=20_000)
def _width(text: str, font: str, size: float) -> float:
    """Cached: the same words recur in every letter, and wrapping measures each one."""
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at plain spaces (never at a no-break space: "24 листопада 2026 р." stays
    on one line); a word longer than the line (an e-mail address) is cut where it must."""
    ensure_fonts()
    space = _width(" ", font, size)
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in text.replace("\t", " ").split(" "):
        if not word:
            continue
        word_w = _width(word, font, size)
        if current and current_w + space + word_w <= width:
            current, current_w = f"{current} {word}", current_w + space + word_w
            continue
        if current:
            lines.append(current)
        while word_w > width:
            cut = len(word) - 1
            while cut > 1 and _width(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
            word_w = _width(word, font, size)
        current, current_w = word, word_w
    if current or not lines:
        lines.append(current)
    return lines


@functools.lru_cache(maxsize=4)
def _logo_reader(logo: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(logo))


def _logo_size(logo: bytes) -> tuple[float, float]:
    px_w, px_h = _logo_reader(logo).getSize()
    height = LOGO_HEIGHT
    width = height * px_w / px_h
    if width > LOGO_MAX_WIDTH:
        width, height = LOGO_MAX_WIDTH, LOGO_MAX_WIDTH * px_h / px_w
    return width, height


def layout(content: LetterContent) -> list[PageLayout]:
    """Place every line of the letter on pages; page numbers are added when there are several."""
    ensure_fonts()
    first = PageLayout()
    pages = [first]

    # Letterhead: logo, organisation name and address, a thin rule.
    text_x, header_bottom = LEFT, TOP
    if content.logo:
        logo_w, logo_h = _logo_size(content.logo)
        first.logo = (LEFT, TOP - logo_h, logo_w, logo_h)
        text_x = LEFT + logo_w + 5 * MM
        header_bottom = TOP - logo_h
    y = TOP - 5 * MM
    for line in wrap(content.org_name, BOLD, 13, RIGHT - text_x):
        first.text(BOLD, 13, text_x, y, line)
        y -= 15.5
    y -= 1
    for address_line in content.org_address:
        for line in wrap(address_line, REGULAR, 8.5, RIGHT - text_x):
            first.text(REGULAR, 8.5, text_x, y, line, SMALL_GRAY)
            y -= 11
    header_bottom = min(header_bottom, y + 6)
    rule_y = header_bottom - 3 * MM
    first.rules.append((LEFT, rule_y, RIGHT, rule_y))

    # Recipient (left, in the envelope window) and reference block (right), side by side.
    top = min(ADDRESS_TOP, rule_y - 12 * MM)
    y = top
    for i, recipient_line in enumerate(content.recipient):
        font = BOLD if i == 0 else REGULAR
        for line in wrap(recipient_line, font, 10.5, ADDRESS_WIDTH):
            first.text(font, 10.5, LEFT, y, line)
            y -= 13.5
    address_end = y
    y = top
    for key, value in (
        ("our_ref", content.reference),
        ("your_ref", content.request_ref),
        ("date", content.date),
    ):
        first.text(REGULAR, 7.5, REF_X, y, content.labels[key], SMALL_GRAY)
        y -= 10.5
        for line in wrap(value, REGULAR, 9.5, RIGHT - REF_X):
            first.text(REGULAR, 9.5, REF_X, y, line)
            y -= 12
        y -= 3
    y = min(address_end, y) - 9 * MM

    for line in wrap(content.subject, BOLD, 11.5, RIGHT - LEFT):
        first.text(BOLD, 11.5, LEFT, y, line)
        y -= 15
    y -= 7

    # Body: each template line wraps; an empty line is a paragraph gap.
    page = first

    def new_page() -> float:
        nonlocal page
        page = PageLayout()
        pages.append(page)
        heading = f"{content.reference} · {content.date}"
        page.text(REGULAR, 7.5, LEFT, TOP, heading, SMALL_GRAY)
        return TOP - 12 * MM

    for source_line in content.body.split("\n"):
        if not source_line.strip():
            y -= PARAGRAPH_GAP
            continue
        # "> text": set apart, indented and bold (the person a letter is about).
        font, x = REGULAR, LEFT
        if source_line.startswith(HIGHLIGHT):
            source_line, font, x = source_line[len(HIGHLIGHT) :], BOLD, LEFT + INDENT
        for line in wrap(source_line, font, BODY_SIZE, RIGHT - x):
            if y < BODY_BOTTOM:
                y = new_page()
            page.text(font, BODY_SIZE, x, y, line)
            y -= BODY_LEADING

    # Closing and signature stay together.
    y -= 8
    needed = BODY_LEADING * (2 + len(content.signature)) + 12 * MM
    if y - needed < BODY_BOTTOM:
        y = new_page()
    page.text(REGULAR, BODY_SIZE, LEFT, y, content.closing)
    y -= BODY_LEADING + 12 * MM
    for i, signature_line in enumerate(content.signature):
        font = BOLD if i == 0 else REGULAR
        for line in wrap(signature_line, font, BODY_SIZE, RIGHT - LEFT):
            page.text(font, BODY_SIZE, LEFT, y, line)
            y -= BODY_LEADING

    if len(pages) > 1:
        for number, numbered in enumerate(pages, start=1):
            label = content.labels["page"].format(page=number, pages=len(pages))
            x = (PAGE_W - _width(label, REGULAR, 8)) / 2
            numbered.text(REGULAR, 8, x, FOOTER_Y, label, SMALL_GRAY)
    return pages


def _draw(canvas: Canvas, pages: list[PageLayout], logo: bytes | None) -> None:
    for page in pages:
        if page.logo and logo:
            x, y, w, h = page.logo
            canvas.drawImage(_logo_reader(logo), x, y, w, h, mask="auto")
        if page.rules:
            canvas.setLineWidth(0.6)
            canvas.setStrokeGray(0.6)
            for x1, y1, x2, y2 in page.rules:
                canvas.line(x1, y1, x2, y2)
        text = canvas.beginText()
        font_now: tuple[str, float] | None = None
        gray_now = 0.0
        for font, size, gray, x, y, value in page.texts:
            if (font, size) != font_now:
                text.setFont(font, size)
                font_now = (font, size)
            if gray != gray_now:
                text.setFillGray(gray)
                gray_now = gray
            text.setTextOrigin(x, y)
            text.textOut(value)
        canvas.drawText(text)
        canvas.showPage()


def _canvas(buffer: io.BytesIO, title: str, author: str, lang: str | None) -> Canvas:
    canvas = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,
        pageCompression=1,
        lang=lang,
        initialFontName=REGULAR,
        initialFontSize=BODY_SIZE,
    )
    # Metadata carries no personal data: the register number and the organisation only.
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("CaseApp")
    return canvas


def render_letter(content: LetterContent, pages: list[PageLayout] | None = None) -> bytes:
    """The letter as PDF bytes (in memory). ``pages``: a layout already made for this content."""
    pages = pages if pages is not None else layout(content)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, content.reference, content.org_name, content.lang)
    _draw(canvas, pages, content.logo)
    canvas.save()
    return buffer.getvalue()


class MergedPdf:
    """One print-ready PDF that letters are added to one by one; each keeps its own numbering.

    ``duplex`` adds a blank page after a letter with an odd page count, so that on a two-sided
    printer every letter starts on a fresh sheet.
    """

    def __init__(self, title: str, author: str, *, duplex: bool = False) -> None:
        ensure_fonts()
        self._buffer = io.BytesIO()
        self._canvas = _canvas(self._buffer, title, author, None)
        self._duplex = duplex
        self.letters = 0
        self.pages = 0

    def add(self, content: LetterContent, pages: list[PageLayout] | None = None) -> None:
        pages = pages if pages is not None else layout(content)
        _draw(self._canvas, pages, content.logo)
        self.letters += 1
        self.pages += len(pages)
        if self._duplex and len(pages) % 2:
            self._canvas.showPage()
            self.pages += 1

    def finish(self) -> bytes:
        if self.pages == 0:
            self._canvas.showPage()  # a PDF needs a page; the caller refuses empty batches anyway
        self._canvas.save()
        return self._buffer.getvalue()


def render_merged(
    contents: Iterable[LetterContent],
    title: str,
    author: str,
    *,
    duplex: bool = False,
    progress: Progress | None = None,
) -> bytes:
    merged = MergedPdf(title, author, duplex=duplex)
    for content in contents:
        if progress:
            progress.check()
        merged.add(content)
        if progress:
            progress.advance()
    return merged.finish()
