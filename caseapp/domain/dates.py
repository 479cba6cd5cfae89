"""Partial dates: families and lists often know only a year, or a year and a month."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from caseapp.errors import InvalidValue

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
MIN_YEAR = 1900
MAX_YEAR = 2100


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``InvalidValue`` (a ValueError)
        whose code says why, without quoting the text."""
        cleaned = text.strip()
        match = _PATTERN.match(cleaned)
        if not match:
            raise InvalidValue("not_a_date")
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidValue("year_out_of_range", year=year, low=MIN_YEAR, high=MAX_YEAR)
        if month is not None and not 1 <= month <= 12:
            raise InvalidValue("month_missing", month=month)
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise InvalidValue("day_missing", day=day)
        return cls(year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"


def normalise_partial_date(value: str | None) -> str | None:
    """Canonical text form (zero-padded) or None for empty; raises ValueError for nonsense."""
    if value is None or not value.strip():
        return None
    return str(PartialDate.parse(value))
