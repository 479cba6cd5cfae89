"""Exports for the mediator: a round's list as XLSX or a printable PDF, names in the script the
recipient needs (Cyrillic as recorded, or Latin in a chosen transliteration system), and the
round summary report (PDF) with the balance (table and bar chart) and the discrepancies.

Everything is built in memory; ``write_*`` writes only where the user chose. Document metadata
carries the round's reference, never a person's name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.models import ROUND_SIDES, RoundEntry
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.io.xlsx_write import write_workbook
from caseapp.matching.translit import SYSTEMS, has_cyrillic, transliterate
from caseapp.rounds.balance import compute_balance, people, reconcile
from caseapp.rounds.core import current_entries, latest_list, list_entries, require_round
from caseapp.rounds.matching import records_by_id
from caseapp.safefile import write_private
from caseapp.vault.connection import Connection

#: "as recorded" keeps Cyrillic as recorded; otherwise a transliteration system's name.
AS_RECORDED = "cyrillic"
SCRIPTS = (AS_RECORDED, *SYSTEMS)
COLUMNS = (
    "No.",
    "Family name",
    "Given name",
    "Patronymic",
    "Name as written on the list",
    "Date of birth",
    "Service number",
    "Unit",
    "Category",
    "Priority",
    "ICRC interview",
    "Wishes to return",
    "Fit to travel",
    "Outcome",
)
SIDE_TITLES = {"ours": "Our side", "theirs": "Their side"}
CATEGORY_LABELS = {
    "pow": "POW",
    "civilian": "Civilian",
    "wounded_sick": "Wounded or sick",
    "minor": "Minor",
    "remains": "Remains",
    "all": "All",
}
KIND_LABELS = {
    "not_returned": "Listed, did not come",
    "unlisted_returnee": "Came, not listed",
    "name_mismatch": "Name written differently",
    "duplicate_entry": "On two entries or rounds",
}
MAX_ENTRIES = 100_000
#: Column widths (points) of the list PDF: they fill a landscape A4 page between the margins.
LIST_WIDTHS = [20, 66, 56, 64, 100, 52, 54, 56, 68, 52, 44, 44, 44, 62]
#: Longer cells are set as paragraphs so they wrap inside their column.
WRAP_AT = 9


@dataclass
class ExportList:
    side: str
    title: str
    rows: list[list[str]]


def _name(value: str | None, script: str) -> str:
    value = value or ""
    if script == AS_RECORDED or not has_cyrillic(value):
        return value
    return transliterate(value, SYSTEMS[script])


def export_lists(
    conn: Connection,
    round_id: str,
    direction: str | None = None,
    script: str = AS_RECORDED,
    lang: str = "en",
) -> list[ExportList]:
    """Rows per side: the latest version of ``direction``, or the agreed people (requested and
    offered, each person once) when None. Names of confirmed entries come from the record."""
    if script not in SCRIPTS:
        raise BadInput(
            "Unknown script '{script}'. Use one of: {known}.",
            script=script,
            known=", ".join(SCRIPTS),
        )
    exchange = require_round(conn, round_id)
    out = []
    for side in ROUND_SIDES:
        if direction is None:
            entries = people(current_entries(conn, exchange.id, side))
        else:
            found = latest_list(conn, exchange.id, side, direction)
            entries = list_entries(conn, found.id) if found else []
        if not entries:
            continue
        records = records_by_id(
            conn,
            [e.prisoner_id for e in entries if e.match_status == "confirmed" and e.prisoner_id],
        )
        rows = [
            _row(number, e, records.get(e.prisoner_id or ""), script, lang)
            for number, e in enumerate(entries, 1)
        ]
        out.append(ExportList(side, translate(SIDE_TITLES[side], lang), rows))
    if not out:
        raise BadInput("The round has no list to export.")
    return out


def _yes_no(value: str | bool | None, lang: str) -> str:
    if value in (True, "yes"):
        return translate("yes", lang)
    if value in (False, "no"):
        return translate("no", lang) if value == "no" else ""
    return ""


def _row(number: int, entry: RoundEntry, record: object, script: str, lang: str) -> list[str]:
    source = record if record is not None else entry
    return [
        str(number),
        _name(getattr(source, "family_name", None), script),
        _name(getattr(source, "given_name", None), script),
        _name(getattr(source, "patronymic", None), script),
        entry.name_as_written or "",
        entry.birth_date or getattr(source, "birth_date", None) or "",
        entry.service_number or "",
        entry.unit or "",
        translate(CATEGORY_LABELS.get(entry.category or "", entry.category or ""), lang),
        ", ".join(translate(r, lang) for r in (entry.priority_reasons or "").split(",") if r),
        _yes_no(entry.interview_done or None, lang),
        _yes_no(entry.wishes_return, lang),
        _yes_no(entry.medically_fit, lang),
        translate(entry.outcome, lang) if entry.outcome else "",
    ]


def list_xlsx(lists: list[ExportList], lang: str = "en") -> bytes:
    """One sheet per side, every cell an inline string: a name starting with '=' stays text
    (no spreadsheet evaluates it) and reads back unchanged. Built in memory, never through
    openpyxl, which would stage the sheets in plaintext in the system temp folder."""
    buffer = io.BytesIO()
    header = [translate(column, lang) for column in COLUMNS]
    write_workbook(buffer, [(part.title, header, part.rows) for part in lists])
    return buffer.getvalue()


# --- PDF ---------------------------------------------------------------------------------------


def _styles() -> tuple[object, object, object]:
    from reportlab.lib.styles import ParagraphStyle

    from caseapp.letters.render import BOLD, REGULAR, ensure_fonts

    ensure_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=7.5, leading=9)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=14, leading=18, spaceAfter=6)
    heading = ParagraphStyle(
        "heading", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
    )
    return body, title, heading


def _table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None) -> object:
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    from caseapp.letters.render import BOLD, REGULAR

    table = LongTable(rows, colWidths=list(widths) if widths else None, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 7.5),
                ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _document(buffer: io.BytesIO, title: str, landscape_page: bool) -> object:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    size = landscape(A4) if landscape_page else A4
    margin = 28.0
    return SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author="CaseApp",
        creator="CaseApp",
        invariant=1,
    )


def list_pdf(lists: list[ExportList], heading: str, lang: str = "en") -> bytes:
    """The list as a printable table (landscape), one section per side."""
    from reportlab.platypus import PageBreak, Paragraph

    body, title, section = _styles()
    buffer = io.BytesIO()
    doc = _document(buffer, heading, True)
    story: list[object] = [Paragraph(_escape(heading), title)]
    header = [Paragraph(_escape(translate(c, lang)), body) for c in COLUMNS]
    for number, part in enumerate(lists):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(_escape(f"{part.title} ({len(part.rows)})"), section))
        rows = [
            [Paragraph(_escape(cell), body) if len(cell) > WRAP_AT else cell for cell in row]
            for row in part.rows
        ]
        story.append(_table([header, *rows], LIST_WIDTHS))
    doc.build(story)  # type: ignore[attr-defined]
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def balance_chart(rows: list[tuple[str, list[int]]], lang: str) -> object:
    """Bars per side: agreed, listed, confirmed, exchanged (people read a balance faster as a
    picture)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    from caseapp.letters.render import REGULAR

    drawing = Drawing(440, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 25, 260, 130
    chart.data = [tuple(values[i] for _side, values in rows) for i in range(4)]
    chart.categoryAxis.categoryNames = [side for side, _values in rows]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.valueMin = 0
    palette = [colors.HexColor(c) for c in ("#9e9e9e", "#64b5f6", "#1976d2", "#2e7d32")]
    for i, colour in enumerate(palette):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 320, 140
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.colorNamePairs = list(zip(palette, [translate(w, lang) for w in METRICS], strict=True))
    drawing.add(legend)
    return drawing


METRICS = ("Agreed", "Listed", "Confirmed", "Exchanged")


def summary_pdf(conn: Connection, round_id: str, lang: str = "en") -> bytes:
    """The round summary: facts, the balance as a table and a bar chart, warnings, the
    discrepancies to settle, and the list versions received or sent."""
    from reportlab.platypus import Paragraph, Spacer

    exchange = require_round(conn, round_id)
    balance = compute_balance(conn, exchange.id)
    result = reconcile(conn, exchange.id)
    body, title, section = _styles()
    buffer = io.BytesIO()
    heading = translate("Exchange round {ref}: summary", lang, ref=exchange.ref or "")
    doc = _document(buffer, heading, False)
    facts = [
        (translate("Name", lang), exchange.name or ""),
        (translate("Framework", lang), exchange.framework or ""),
        (translate("Status", lang), translate(exchange.status or "", lang)),
        (translate("Parties", lang), exchange.parties or ""),
        (translate("Mediators", lang), exchange.mediators or ""),
        (translate("Handover place", lang), exchange.handover_place or ""),
        (translate("Executed", lang), exchange.executed_date or ""),
    ]
    story: list[object] = [Paragraph(_escape(heading), title)]
    story.append(
        _table([[translate("Round", lang), ""], *[[k, v] for k, v in facts if v]], [130, 380])
    )
    story.append(Paragraph(_escape(translate("Balance", lang)), section))
    header = [translate(w, lang) for w in ("Side", "Category", *METRICS)]
    rows = [
        [
            translate(SIDE_TITLES[r.side], lang),
            translate(CATEGORY_LABELS[r.category], lang),
            str(r.agreed),
            str(r.listed),
            str(r.confirmed),
            str(r.exchanged),
        ]
        for r in balance.rows
    ]
    story.append(_table([header, *rows]))
    story.append(Spacer(1, 6))
    totals = [
        (
            translate(SIDE_TITLES[side], lang),
            [
                balance.total(side).agreed,
                balance.total(side).listed,
                balance.total(side).confirmed,
                balance.total(side).exchanged,
            ],
        )
        for side in ROUND_SIDES
    ]
    story.append(balance_chart(totals, lang))
    for warning in balance.warning_texts(lang):
        story.append(Paragraph(_escape(warning), body))
    story.append(Paragraph(_escape(translate("Discrepancies", lang)), section))
    if result.discrepancies:
        disc = [[translate(w, lang) for w in ("Kind", "Side", "Person", "Other entry", "Note")]]
        disc += [
            [
                translate(KIND_LABELS[d.kind], lang),
                translate(SIDE_TITLES.get(d.side, d.side), lang) if d.side else "",
                d.name,
                d.other_name or "",
                d.detail,
            ]
            for d in result.discrepancies
        ]
        story.append(_table(disc, [95, 60, 140, 140, 95]))
    else:
        story.append(Paragraph(_escape(translate("None.", lang)), body))
    doc.build(story)  # type: ignore[attr-defined]
    return buffer.getvalue()


def export_file(
    conn: Connection,
    round_id: str,
    path: Path,
    *,
    direction: str | None = None,
    script: str = AS_RECORDED,
    lang: str = "en",
) -> int:
    """Write the list (.xlsx or .pdf by the file name) where the user chose; returns rows."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise BadInput("Export to a .xlsx or a .pdf file.")
    exchange = require_round(conn, round_id)
    lists = export_lists(conn, exchange.id, direction, script, lang)
    if suffix == ".xlsx":
        data = list_xlsx(lists, lang)
    else:
        what = translate(direction or "agreed", lang)
        data = list_pdf(
            lists,
            translate("Exchange round {ref}: {what} list", lang, ref=exchange.ref or "", what=what),
            lang,
        )
    write_private(Path(path), data)  # 0600, through NAME.part; a clear message if it fails
    return sum(len(part.rows) for part in lists)
