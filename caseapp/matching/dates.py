"""Birth dates as families and lists give them: full, year-month or year only, with the slips
people make writing them down (day and month swapped, one digit of the year wrong)."""

from __future__ import annotations

from caseapp.domain.dates import PartialDate

SAME = "date.same"
SAME_MONTH = "date.same_month"
SAME_YEAR = "date.same_year"
SWAPPED = "date.swapped"
YEAR_SLIP = "date.year_slip"
NEAR_YEAR = "date.near_year"
DIGIT_SLIP = "date.digit_slip"
MISMATCH = "date.mismatch"
MISSING = "date.missing"


def parse_birth_date(value: str | None) -> PartialDate | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None for empty; ValueError for anything else."""
    if value is None or not value.strip():
        return None
    return PartialDate.parse(value)


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


def compare_dates(a: PartialDate | None, b: PartialDate | None) -> str:
    """The code for birth date ``a`` (the candidate) against ``b`` (the query)."""
    if a is None or b is None:
        return MISSING
    if a.year != b.year:
        if _rest_agrees(a, b) and _one_digit_apart(a.year, b.year, 4):
            return YEAR_SLIP
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
