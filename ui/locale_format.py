"""Dates and numbers as the user's language writes them (the core keeps ISO partial dates).

A partial date ``1976``, ``1976-05`` or ``1976-05-25`` reads ``1976``, ``05.1976``,
``25.05.1976`` in Ukrainian and Russian, and ``1976``, ``May 1976``, ``25 May 1976`` in English:
always a four-digit year and never the US month-first order, which a caseworker reading
lists from the other party could misread.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

_FORMATS = {  # (day, month) patterns per interface language; the year alone stays "yyyy"
    "uk": ("dd.MM.yyyy", "MM.yyyy"),
    "ru": ("dd.MM.yyyy", "MM.yyyy"),
    "en": ("d MMM yyyy", "MMM yyyy"),
}


def display_date(value: str | None) -> str:
    """A stored partial date for display; anything unparsable is shown as stored."""
    if not value:
        return ""
    parts = value.split("-")
    locale = QLocale()
    day_format, month_format = _FORMATS.get(locale.name().split("_")[0], _FORMATS["en"])
    try:
        numbers = [int(p) for p in parts]
    except ValueError:
        return value
    if len(numbers) == 1:
        return value
    date = QDate(numbers[0], numbers[1], numbers[2] if len(numbers) == 3 else 1)
    if not date.isValid():
        return value
    return locale.toString(date, day_format if len(numbers) == 3 else month_format)


#: A whole stored value that is an ISO partial date (``1976``, ``1976-05``, ``1976-05-25``).
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def display_timestamp(iso: str | None) -> str:
    """A stored UTC ISO timestamp as local time: ``25.05.2026 14:03`` or ``25 May 2026 14:03``."""
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return f"{display_date(moment.date().isoformat())} {moment:%H:%M}"


#: ISO dates inside a sentence (an explanation the core wrote), month or day precision.
_ISO_IN_TEXT = re.compile(r"(?<![\d-])\d{4}-\d{2}(?:-\d{2})?(?![\d-])")


def dates_in_text(text: str) -> str:
    """A core-written sentence with its ISO dates in the reader's order (display only)."""
    return _ISO_IN_TEXT.sub(lambda m: display_date(m.group(0)), text)


def display_local_date(iso: str | None) -> str:
    """The local calendar day of a stored UTC timestamp (a letter's date in the register)."""
    if not iso:
        return ""
    try:
        day = dt.datetime.fromisoformat(iso).astimezone().date().isoformat()
    except ValueError:
        return iso[:10]
    return display_date(day)


def display_value(field: str | None, value: str) -> str:
    """A stored text as read: date fields (``*_date``) and timestamps (``*_at``) localised."""
    name = field or ""
    if name.endswith("_date") and _ISO_DATE.fullmatch(value):
        return display_date(value)
    if name.endswith("_at") and "T" in value:
        return display_timestamp(value)
    return value


def display_number(value: int) -> str:
    """``12 345`` in Ukrainian, ``12,345`` in English."""
    return QLocale().toString(value)
