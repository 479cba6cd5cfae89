"""Dates written out in the letter's language, without system locales.

Locales differ between laptops (and are often missing on a fresh Windows or a minimal Linux),
and a letter must read the same wherever it is printed, so the month names live here.
Ukrainian and Russian use the genitive month after a day ("24 листопада") and the nominative
without one ("листопад 2026 р.").
"""

from __future__ import annotations

import datetime as dt

from caseapp.domain.dates import PartialDate

_GENITIVE = {
    "uk": (
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
}
_NOMINATIVE = {
    "uk": (
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ),
    "ru": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
}
_ENGLISH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: "year" abbreviation that follows a year in Ukrainian and Russian official writing.
_YEAR = {"uk": "\u00a0р.", "ru": "\u00a0г.", "en": ""}
#: No-break space: a date is never split across lines (the PDF still gets a plain space).
_S = "\u00a0"


def long_date(value: dt.date | str, lang: str) -> str:
    """``24 листопада 2026 р.`` / ``24 ноября 2026 г.`` / ``24 November 2026``, with no-break
    spaces.

    ``value`` may be a partial date string (``2026``, ``2026-11``) as stored on records; the
    letter then says only what is known ("листопад 2026 р.", "2026 г.").
    """
    month: int | None
    day: int | None
    if isinstance(value, dt.date):
        year, month, day = value.year, value.month, value.day
    else:
        parsed = PartialDate.parse(value)
        year, month, day = parsed.year, parsed.month, parsed.day
    suffix = _YEAR[lang]
    if month is None:
        return f"{year}{suffix}"
    if lang == "en":
        month_name = _ENGLISH[month - 1]
        return f"{day}{_S}{month_name}{_S}{year}" if day else f"{month_name}{_S}{year}"
    if day is None:
        return f"{_NOMINATIVE[lang][month - 1]}{_S}{year}{suffix}"
    return f"{day}{_S}{_GENITIVE[lang][month - 1]}{_S}{year}{suffix}"


def numeric_date(value: str) -> str:
    """``12.03.1994`` (partial: ``03.1994``, ``1994``): the usual form for a date of birth."""
    parsed = PartialDate.parse(value)
    if parsed.month is None:
        return f"{parsed.year}"
    if parsed.day is None:
        return f"{parsed.month:02d}.{parsed.year}"
    return f"{parsed.day:02d}.{parsed.month:02d}.{parsed.year}"


_LOCATIVE = {
    "uk": (
        "січні",
        "лютому",
        "березні",
        "квітні",
        "травні",
        "червні",
        "липні",
        "серпні",
        "вересні",
        "жовтні",
        "листопаді",
        "грудні",
    ),
    "ru": (
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ),
}
_IN = {"uk": "у", "ru": "в", "en": "in"}


def date_phrase(value: dt.date | str, lang: str) -> str:
    """A date of any precision as it stands in a sentence, with its preposition:
    "3 жовтня 2026 р." / "у вересні 2026 р." / "у 2026 р."; "on 3 October 2026" /
    "in September 2026" / "in 2026" (Russian: "в сентябре 2026 г.")."""
    month: int | None
    day: int | None
    if isinstance(value, dt.date):
        year, month, day = value.year, value.month, value.day
    else:
        parsed = PartialDate.parse(value)
        year, month, day = parsed.year, parsed.month, parsed.day
    if day is not None and month is not None:
        date = long_date(dt.date(year, month, day), lang)
        return f"on{_S}{date}" if lang == "en" else date
    prefix = _IN[lang] + _S
    if month is None:
        return f"{prefix}{year}{_YEAR[lang]}"
    if lang == "en":
        return f"{prefix}{_ENGLISH[month - 1]}{_S}{year}"
    return f"{prefix}{_LOCATIVE[lang][month - 1]}{_S}{year}{_YEAR[lang]}"
