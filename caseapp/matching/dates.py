"""Birth dates as families and lists give them: full, year-month or year only, with the slips
people make writing them down (day and month swapped, one digit of the year wrong)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from caseapp.domain.dates import PartialDate

SAME = "date.same"
SAME_MONTH = "date.same_month"
SAME_YEAR = "date.same_year"
SWAPPED = "date.swapped"
YEAR_SLIP = "date.year_slip"
NEAR_YEAR = "date.near_year"
AGE_FITS = "date.age_fits"
DIGIT_SLIP = "date.digit_slip"
MISMATCH = "date.mismatch"
MISSING = "date.missing"


@lru_cache(maxsize=1 << 16)
def parse_birth_date(value: str | None, list_date: str | None = None) -> PartialDate | None:
    """A birth date as lists write it (see ``read_date``); None for empty; ValueError (with a
    reason that quotes no value) for anything else. ``list_date`` turns an age into a year."""
    if value is None or not value.strip():
        return None
    return read_date(value, list_date).date


@lru_cache(maxsize=1 << 16)
def age_window(value: str | None, list_date: str | None) -> tuple[str, str] | None:
    """For an age given with the list's date (``28 років`` on 2024-03-01), the first and the
    last birth date it allows (ISO: 1995-03-02, 1996-03-01); None for anything else. The
    year ``read_date`` keeps is only the likelier of the two this window spans."""
    if not value:
        return None
    age = _AGE.match(_ABOUT.sub("", _SPACES.sub(" ", value.strip().casefold())))
    ref = _reference_year(list_date)
    if not age or ref is None or ref.month is None or ref.day is None:
        return None
    years = int(age.group(1))
    on = _dt.date(ref.year, ref.month, ref.day)
    latest = _years_before(on, years)
    earliest = _years_before(on, years + 1) + _dt.timedelta(days=1)
    return earliest.isoformat(), latest.isoformat()


def _years_before(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class ReadDate:
    """A date read from a list: the partial date kept, and ``note`` saying what was not kept
    (an age read as a year, a day/month order that could go either way kept as a year)."""

    date: PartialDate
    note: str | None = None


#: Notes ``read_date`` gives, as catalog source text.
NOTE_AGE = "an age: the birth year worked out from the list's date"
NOTE_AMBIGUOUS = "day and month could be read either way: only the year is kept"
NOTE_SERIAL = "a spreadsheet date number"

_SPACES = re.compile(r"\s+")
#: "р." / "г." after a year or a date, "р.н." / "г.р." (year of birth), "року" / "года".
_YEAR_WORD = re.compile(r"\s*(?:р\.?\s*н\.?|г\.?\s*р\.?|року|рік|р\.?|года|год|г\.?|yr\.?|y\.?)$")
_ABOUT = re.compile(r"^(?:приблизно|близько|около|примерно|ca\.?|circa|approx\.?|~)\s*")
_AGE = re.compile(
    r"^(\d{1,3})\s*(?:років|роки|рік|р\.|лет|года|год|г\.|years?(?: old)?|y\.?\s?o\.?)$"
)
_TIME = re.compile(r"[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_YMD = re.compile(r"^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})([.\-/])(\d{1,2})\2(\d{4}|\d{2})$")
_MY = re.compile(r"^(\d{1,2})[.\-/](\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_SERIAL = re.compile(r"^(\d{5})(?:[.,]0+)?$")
_NAMED = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
_MONTHS = {
    **{m: i for i, m in enumerate(("січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер",
                                   "вер", "жов", "лис", "гру"), 1)},
    **{m: i for i, m in enumerate(("янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг",
                                   "сен", "окт", "ноя", "дек"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                   "sep", "oct", "nov", "dec"), 1)},
    "май": 5,
}  # fmt: skip
_EXCEL_EPOCH = _dt.date(1899, 12, 30)


def _reference_year(list_date: str | None) -> PartialDate | None:
    if not list_date or not list_date.strip():
        return None
    try:
        return PartialDate.parse(list_date.strip()[:10])
    except ValueError:
        return None


def _full_year(two: str, ref: PartialDate | None) -> int:
    """A two-digit year: the latest century that leaves the person at least 14 on the list."""
    year = 2000 + int(two)
    latest = (ref.year if ref else _dt.date.today().year) - 14
    return year if year <= latest else year - 100


def _make(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    text = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    return PartialDate.parse(text)


def day_month_order(values: Iterable[str]) -> str | None:
    """'dmy' or 'mdy' when a column's slashed dates show their order (a first number above
    12 is a day: 14/03/1998; a second one above 12: 03/14/1998); None when none shows it."""
    for value in values:
        match = _DMY.match(_SPACES.sub(" ", value.strip()))
        if match and match.group(2) == "/":
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                return "dmy"
            if second > 12 >= first:
                return "mdy"
    return None


def read_date(text: str, list_date: str | None = None, order: str | None = None) -> ReadDate:
    """Read a date as the region's lists write it, keeping only what is certain.

    ``14.03.1998``, ``14/03/1998``, ``14-03-1998``, ``1998.03.14``, ``1998-03-14`` (also with a
    time, as spreadsheets export it), ``03.1998``, ``1998``, ``1998 р.``/``1998 г.р.``,
    ``14 березня 1998``, a spreadsheet's date number (``35868``), two-digit years, and an age
    (``28 років``, ``28 лет``) given the list's date (``list_date``). Dots and dashes are
    day-first, as the region writes them; slashes are day-first unless ``order`` (see
    ``day_month_order``) says month-first, and when neither the value nor ``order`` tells and
    both numbers could be a month, only the year is kept (``NOTE_AMBIGUOUS``). Raises
    ValueError with a reason that does not quote the value (it is personal data).
    """
    value = _SPACES.sub(" ", text.strip().casefold())
    value = _ABOUT.sub("", value)
    ref = _reference_year(list_date)
    age = _AGE.match(value)
    if age:
        if ref is None:
            raise ValueError("an age instead of a birth date needs the list's date")
        years = int(age.group(1))
        # Aged N on the list's date: born in its year minus N, or one year earlier if the
        # birthday had not come yet; before July that is the likelier.
        before_july = ref.month is not None and ref.month < 7
        return ReadDate(_make(ref.year - years - (1 if before_july else 0)), NOTE_AGE)
    value = _TIME.sub("", value)
    value = _YEAR_WORD.sub("", value).strip().rstrip(",")
    if match := _YEAR.match(value):
        return ReadDate(_make(int(value)))
    if match := _SERIAL.match(value):
        day = _EXCEL_EPOCH + _dt.timedelta(days=int(match.group(1)))
        return ReadDate(_make(day.year, day.month, day.day), NOTE_SERIAL)
    if match := _YMD.match(value):
        return ReadDate(_make(int(match.group(1)), int(match.group(2)), int(match.group(3))))
    if match := _MY.match(value):
        return ReadDate(_make(int(match.group(2)), int(match.group(1))))
    if match := _NAMED.match(value):
        month = _MONTHS.get(match.group(2)[:3])
        if month is None:
            raise ValueError("the month's name is not one this program knows")
        return ReadDate(_make(int(match.group(3)), month, int(match.group(1))))
    if match := _DMY.match(value):
        first, sep, second, year_text = match.groups()
        a, b = int(first), int(second)
        year = int(year_text) if len(year_text) == 4 else _full_year(year_text, ref)
        if sep != "/" or a > 12 or a == b or order == "dmy":
            return ReadDate(_make(year, b, a))
        if b > 12 or order == "mdy":
            return ReadDate(_make(year, a, b))
        return ReadDate(_make(year), NOTE_AMBIGUOUS)
    try:
        return ReadDate(PartialDate.parse(value))
    except ValueError:
        raise ValueError(
            "not a date: write it as 14.03.1998, 1998-03-14, 03.1998 or 1998"
        ) from None


def iso_date(text: str, list_date: str | None = None, order: str | None = None) -> str:
    """``text`` as ``YYYY[-MM[-DD]]`` if ``read_date`` can read it, else unchanged (so the
    caller's validation reports it): what an importer stores for a date cell."""
    if not text or not text.strip():
        return text
    try:
        return str(read_date(text, list_date, order).date)
    except ValueError:
        return text


def _one_digit_apart(a: int, b: int, width: int) -> bool:
    """The two numbers differ in one digit, or by swapping two neighbouring digits (1985/1958)."""
    sa, sb = f"{a:0{width}d}", f"{b:0{width}d}"
    diffs = [i for i in range(width) if sa[i] != sb[i]]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and sa[diffs[0]] == sb[diffs[1]]
        and sa[diffs[1]] == sb[diffs[0]]
    )


def _rest_agrees(a: PartialDate, b: PartialDate) -> bool:
    """Month and day are known on both sides and agree (also when swapped): only then is a
    one-digit year difference a slip rather than another person (1985 and 1988 are brothers)."""
    if a.month is None or b.month is None:
        return False
    if a.day is None or b.day is None:
        return a.month == b.month
    return (a.month, a.day) in ((b.month, b.day), (b.day, b.month))


def compare_dates(
    a: PartialDate | None,
    b: PartialDate | None,
    a_window: tuple[str, str] | None = None,
    b_window: tuple[str, str] | None = None,
) -> str:
    """The code for birth date ``a`` (the candidate) against ``b`` (the query); a window
    (``age_window``) says the date was an age: a full date on the other side within it
    agrees, whichever of the window's two years it falls in."""
    if a is None or b is None:
        return MISSING
    if a_window is not None or b_window is not None:
        for window, other in ((b_window, a), (a_window, b)):
            if window is None or other.day is None or other.month is None:
                continue
            if window[0] <= f"{other.year:04d}-{other.month:02d}-{other.day:02d}" <= window[1]:
                return AGE_FITS
    if a.year != b.year:
        if _rest_agrees(a, b) and (
            abs(a.year - b.year) == 1 or _one_digit_apart(a.year, b.year, 4)
        ):
            return YEAR_SLIP  # one digit, or a year miscounted: 23.01.1969 for 23.01.1970
        if (a.month is None or b.month is None) and abs(a.year - b.year) == 1:
            return NEAR_YEAR  # a year worked out from an age is often one off
        return MISMATCH
    if a.month is None or b.month is None:
        return SAME_YEAR
    if a.day is None or b.day is None:
        if a.month == b.month:
            return SAME_MONTH
        # Year-month on one side may be a day read as the month (03.05 -> 1985-05).
        full = a if a.day is not None else b
        partial = b if full is a else a
        return SWAPPED if full.day == partial.month else MISMATCH
    if a.month == b.month and a.day == b.day:
        return SAME
    if a.month == b.day and a.day == b.month:
        return SWAPPED
    if a.month == b.month and _one_digit_apart(a.day, b.day, 2):
        return DIGIT_SLIP
    if a.day == b.day and _one_digit_apart(a.month, b.month, 2):
        return DIGIT_SLIP
    return MISMATCH
