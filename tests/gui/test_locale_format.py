"""Dates and numbers follow the interface language, whatever the system locale."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale

from ui.locale_format import display_date, display_number


@pytest.fixture
def locale_of() -> Iterator[Callable[[str], None]]:
    saved = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(saved)


def test_partial_dates_in_each_language(locale_of: Callable[[str], None]) -> None:
    locale_of("uk")
    assert [display_date(v) for v in ("1976", "1976-05", "1976-05-25")] == [
        "1976",
        "05.1976",
        "25.05.1976",
    ]
    locale_of("ru")
    assert display_date("2001-12-03") == "03.12.2001"
    locale_of("en")
    assert display_date("1976-05-25") == "25 May 1976"  # never the US month-first order
    assert display_date("1976-05") == "May 1976"
    assert display_date("") == "" and display_date("1976-13-40") == "1976-13-40"


def test_numbers_group_digits_as_the_language_does(locale_of: Callable[[str], None]) -> None:
    locale_of("en")
    assert display_number(100000) == "100,000"
    locale_of("uk")
    assert display_number(100000).replace("\u00a0", " ") == "100 000"
