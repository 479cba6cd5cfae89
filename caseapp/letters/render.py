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
import re
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
#: Scripts Noto Sans lacks but families write in (Georgian, Armenian, Arabic, Hebrew): a
#: character the main font cannot draw is drawn with the first fallback that can. Arabic is
#: shaped (joining forms, ``arabic_reshaper``) and right-to-left runs are put in visual order
#: (``python-bidi``) line by line, since ReportLab's canvas does neither. What no font can draw
#: (CJK, emoji…) is refused by the gates, naming the field, never printed as a blank.
FALLBACKS = {
    REGULAR: ("CaseAppGeorgian", "CaseAppArmenian", "CaseAppArabic", "CaseAppHebrew"),
    BOLD: (
        "CaseAppGeorgian-Bold",
        "CaseAppArmenian-Bold",
        "CaseAppArabic-Bold",
        "CaseAppHebrew-Bold",
    ),
}
FALLBACK_FILES = {
    "CaseAppGeorgian": "NotoSansGeorgian-Regular.ttf",
    "CaseAppGeorgian-Bold": "NotoSansGeorgian-Bold.ttf",
    "CaseAppArmenian": "NotoSansArmenian-Regular.ttf",
    "CaseAppArmenian-Bold": "NotoSansArmenian-Bold.ttf",
    "CaseAppArabic": "NotoSansArabic-Regular.ttf",
    "CaseAppArabic-Bold": "NotoSansArabic-Bold.ttf",
    "CaseAppHebrew": "NotoSansHebrew-Regular.ttf",
    "CaseAppHebrew-Bold": "NotoSansHebrew-Bold.ttf",
}
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@functools.lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """``text`` as drawn: Arabic letters in their joining forms and right-to-left runs in
    visual order, inside a left-to-right line. Text without such letters is returned as is."""
    if not _RTL.search(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    return str(get_display(reshape(text), base_dir="L"))


MM = 72 / 25.4
PAGE_W, PAGE_H = float(A4[0]), float(A4[1])
LEFT = 25 * MM
RIGHT = PAGE_W - 20 * MM
TOP = PAGE_H - 15 * MM
BODY_BOTTOM = 24 * MM
FOOTER_Y = 12 * MM
#: DIN 5008 (form B): the envelope window runs from 45 to 90 mm from the top of the page. The
#: return-address line sits at its top, the recipient below it; both are fixed, whatever the
#: height of the letterhead (which must end above the window).
WINDOW_TOP = PAGE_H - 45 * MM
WINDOW_BOTTOM = PAGE_H - 90 * MM
RETURN_Y = PAGE_H - 49 * MM
ADDRESS_TOP = PAGE_H - 56 * MM
ADDRESS_WIDTH = 85 * MM
ADDRESS_SIZE, ADDRESS_LEADING = 10.5, 12.8
#: Lines the recipient block may take (after wrapping) and still sit inside the window.
ADDRESS_MAX_LINES = 7
LETTERHEAD_BOTTOM = PAGE_H - 42 * MM
REF_X = 118 * MM
LOGO_HEIGHT = 18 * MM
LOGO_MAX_WIDTH = 45 * MM

BODY_SIZE, BODY_LEADING, PARAGRAPH_GAP = 11.0, 15.0, 6.0
NOTE_SIZE, NOTE_LEADING = 8.5, 10.5
SMALL_GRAY = 0.38
#: A body line starting with this is set apart: indented, bold.
HIGHLIGHT = "> "
#: List items ("— ", "- ", "• "): wrapped lines hang under the text, not under the dash.
BULLETS = ("— ", "- ", "• ", "– ")
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
        for name, filename in {**FONT_FILES, **FALLBACK_FILES}.items():
            if name not in registered:
                path = str(resource_path("fonts", filename))
                pdfmetrics.registerFont(TTFont(name, path, asciiReadable=ASCII_READABLE))
        for name in (*FONT_FILES, *FALLBACK_FILES):
            _CMAPS[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
        _fonts_ready = True


_CMAPS: dict[str, frozenset[int]] = {}


def _font_for(char: str, font: str) -> str | None:
    """The font that draws ``char`` (the main one, else a fallback), or None if none can."""
    code = ord(char)
    if code in _CMAPS[font]:
        return font
    for fallback in FALLBACKS[font]:
        if code in _CMAPS[fallback]:
            return fallback
    return None


def undrawable(text: str) -> str:
    """The characters of ``text`` that no embedded font can draw (in order, each once); the
    gates refuse a letter with any, naming the field, rather than print a blank."""
    ensure_fonts()
    missing: dict[str, None] = {}
    for char in text:
        if char in " \n\t\u00a0" or ord(char) in _CMAPS[REGULAR]:
            continue
        if _font_for(char, REGULAR) is None or _font_for(char, BOLD) is None:
            missing[char] = None
    return "".join(missing)


@functools.lru_cache(maxsize=20_000)
def _runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` split into (font, piece) runs, each piece drawable by its font."""
    cmap = _CMAPS[font]
    if all(ord(c) in cmap for c in text):
        return ((font, text),)
    runs: list[tuple[str, str]] = []
    for char in text:
        chosen = _font_for(char, font) or font
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return tuple(runs)


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
    #: The letter's date (YYYY-MM-DD): the PDF's creation date, so that reprints stay identical.
    date_iso: str = ""
    #: Small print after the signature (privacy notice, "free of charge").
    notes: tuple[str, ...] = ()
    #: A reply slip at the foot of the letter, below a cut line (kept on one page).
    slip: str = ""


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
        value = visual(value.replace(NBSP, " "))
        for run_font, piece in _runs(value, font):
            self.texts.append((run_font, size, gray, x, y, piece))
            x += _width(piece, run_font, size)


@functools.lru_cache(maxsize=20_000)
def _width(text: str, font: str, size: float) -> float:
    """Cached: the same words recur in every letter, and wrapping measures each one."""
    runs = _runs(text, font) if _CMAPS else ((font, text),)
    return sum(float(pdfmetrics.stringWidth(piece, f, size)) for f, piece in runs)


@functools.lru_cache(maxsize=4096)
def _char_width(char: str, font: str, size: float) -> float:
    chosen = _font_for(char, font) or font
    return float(pdfmetrics.stringWidth(char, chosen, size))


#: Where an over-long word (an e-mail address, a web address) may break: after these...
_BREAK_AFTER = "./-_"
#: ...and before these.
_BREAK_BEFORE = "@"


def _cut_long(word: str, font: str, size: float, width: float) -> list[str]:
    """Pieces of a word longer than the line, in one pass (linear in its length): each piece
    fills the line, ending after "." or before "@" when one of them falls in its second half."""
    pieces: list[str] = []
    start, used, last_break = 0, 0.0, -1
    i = 0
    while i < len(word):
        char = word[i]
        w = _char_width(char, font, size)
        if used + w > width and i > start:
            cut = last_break if last_break > start + (i - start) // 2 else i
            pieces.append(word[start:cut])
            start, used, last_break = cut, 0.0, -1
            i = cut
            continue
        used += w
        if char in _BREAK_BEFORE:
            last_break = i
        elif char in _BREAK_AFTER:
            last_break = i + 1
        i += 1
    pieces.append(word[start:])
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at plain spaces (never at a no-break space: "24 листопада 2026 р." stays
    on one line); a word longer than the line (an e-mail address) is cut after a "." or before
    an "@" where it can, else where it must. Linear in the length of the text."""
    ensure_fonts()
    space = _width(" ", font, size)
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in text.replace("\t", " ").split(" "):
        if not word:
            continue
        word_w = _width(word, font, size) if len(word) < 200 else width + 1
        if current and current_w + space + word_w <= width:
            current, current_w = f"{current} {word}", current_w + space + word_w
            continue
        if current:
            lines.append(current)
        if word_w > width:
            *full, word = _cut_long(word, font, size, width)
            lines.extend(full)
            word_w = _width(word, font, size)
        current, current_w = word, word_w
    if current or not lines:
        lines.append(current)
    return lines


def address_lines(recipient: tuple[str, ...]) -> int:
    """How many lines the recipient block takes once wrapped (the gates cap it)."""
    return sum(
        len(wrap(line, BOLD if i == 0 else REGULAR, ADDRESS_SIZE, ADDRESS_WIDTH))
        for i, line in enumerate(recipient)
    )


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
            if y < LETTERHEAD_BOTTOM + 3 * MM:
                break  # the letterhead never reaches into the envelope window
            first.text(REGULAR, 8.5, text_x, y, line, SMALL_GRAY)
            y -= 11
    header_bottom = max(min(header_bottom, y + 6), LETTERHEAD_BOTTOM + 3 * MM)
    rule_y = header_bottom - 3 * MM
    first.rules.append((LEFT, rule_y, RIGHT, rule_y))

    # The envelope window (fixed): return address, then the recipient; the reference block on
    # the right at the same height.
    sender = " · ".join([content.org_name, *content.org_address[:1]])
    first.text(REGULAR, 7, LEFT, RETURN_Y, wrap(sender, REGULAR, 7, ADDRESS_WIDTH)[0], SMALL_GRAY)
    top = ADDRESS_TOP
    y = top
    for i, recipient_line in enumerate(content.recipient):
        font = BOLD if i == 0 else REGULAR
        for line in wrap(recipient_line, font, ADDRESS_SIZE, ADDRESS_WIDTH):
            first.text(font, ADDRESS_SIZE, LEFT, y, line)
            y -= ADDRESS_LEADING
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
    y = min(WINDOW_BOTTOM, y) - 8 * MM

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
        font, x, hang = REGULAR, LEFT, 0.0
        if source_line.startswith(HIGHLIGHT):
            source_line, font, x = source_line[len(HIGHLIGHT) :], BOLD, LEFT + INDENT
        elif source_line.startswith(BULLETS):
            hang = _width(source_line[:2], font, BODY_SIZE)
        lines = wrap(source_line, font, BODY_SIZE, RIGHT - x - hang)
        if hang and y - BODY_LEADING * min(len(lines), 3) < BODY_BOTTOM:
            y = new_page()  # a list item is not split across pages
        for n, line in enumerate(lines):
            if y < BODY_BOTTOM:
                y = new_page()
            page.text(font, BODY_SIZE, x + (hang if n else 0), y, line)
            y -= BODY_LEADING

    # Closing and signature stay together.
    y -= 8
    needed = BODY_LEADING * (2 + len(content.signature)) + 12 * MM
    if y - needed < BODY_BOTTOM:
        y = new_page()
    page.text(REGULAR, BODY_SIZE, LEFT, y, content.closing)
    y -= BODY_LEADING + 10 * MM
    for i, signature_line in enumerate(content.signature):
        font = BOLD if i == 0 else REGULAR
        for line in wrap(signature_line, font, BODY_SIZE, RIGHT - LEFT):
            page.text(font, BODY_SIZE, LEFT, y, line)
            y -= BODY_LEADING
    y -= 3 * MM
    for note in content.notes:
        lines = wrap(note, REGULAR, NOTE_SIZE, RIGHT - LEFT)
        if y - NOTE_LEADING * len(lines) < BODY_BOTTOM:
            y = new_page()
        for line in lines:
            page.text(REGULAR, NOTE_SIZE, LEFT, y, line, SMALL_GRAY)
            y -= NOTE_LEADING
        y -= 2

    if content.slip:
        slip_lines = [
            (BOLD if n == 0 else REGULAR, line)
            for n, source in enumerate(content.slip.strip("\n").split("\n"))
            for line in wrap(source, BOLD if n == 0 else REGULAR, 10, RIGHT - LEFT)
        ]
        if y - 8 * MM - 13 * len(slip_lines) < BODY_BOTTOM:
            y = new_page()
        y -= 4 * MM
        page.rules.append((LEFT, y, RIGHT, y))  # where to cut
        y -= 6 * MM
        for font, line in slip_lines:
            page.text(font, 10, LEFT, y, line)
            y -= 14

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


def _canvas(
    buffer: io.BytesIO, title: str, author: str, lang: str | None, date_iso: str = ""
) -> Canvas:
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
    if date_iso:  # dated by the letter, still the same bytes on every reprint
        stamp = "D:" + date_iso.replace("-", "") + "120000+00'00'"
        canvas.setDateFormatter(lambda *_args: stamp)
    return canvas


def render_letter(content: LetterContent, pages: list[PageLayout] | None = None) -> bytes:
    """The letter as PDF bytes (in memory). ``pages``: a layout already made for this content."""
    pages = pages if pages is not None else layout(content)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, content.reference, content.org_name, content.lang, content.date_iso)
    _draw(canvas, pages, content.logo)
    canvas.save()
    return buffer.getvalue()


class MergedPdf:
    """One print-ready PDF that letters are added to one by one; each keeps its own numbering.

    ``duplex`` adds a blank page after a letter with an odd page count, so that on a two-sided
    printer every letter starts on a fresh sheet.
    """

    def __init__(
        self, title: str, author: str, *, duplex: bool = False, date_iso: str = ""
    ) -> None:
        ensure_fonts()
        self._buffer = io.BytesIO()
        self._canvas = _canvas(self._buffer, title, author, None, date_iso)
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
