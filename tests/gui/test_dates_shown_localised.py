"""No screen shows a stored ISO date to a Ukrainian reader: match review, letters register,
history, rounds, sync and conflicts all read dates through ui.locale_format."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from caseapp.domain.models import LetterRecord
from caseapp.matching.service import ComparisonRow
from caseapp.rounds.candidates import NextCandidate
from caseapp.store import Session
from ui.operations import Operations
from ui.pages.history import local_time, show_value
from ui.pages.letters import LetterTableModel
from ui.pages.match_review import ComparisonTable
from ui.pages.round_execution import CandidatesTab

ISO = re.compile(r"\d{4}-\d{2}")


@pytest.fixture(autouse=True)
def ukrainian() -> Iterator[None]:
    saved = QLocale()
    QLocale.setDefault(QLocale("uk"))
    yield
    QLocale.setDefault(saved)


def cells(table: QTableWidget) -> list[str]:
    items = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    return [item.text() for item in items if item is not None]


def test_match_review_compares_dates_in_the_readers_order(qtbot: QtBot) -> None:
    table = ComparisonTable("Request", "Prisoner")
    qtbot.addWidget(table)
    reason = "birth date: 1976-05-25 vs 1976-05 (near)"  # the core's sentence keeps ISO
    table.set_rows([ComparisonRow("birth_date", "1976-05-25", "1976-05", "near", reason)])
    shown = cells(table)
    assert "25.05.1976" in shown and "05.1976" in shown
    assert "birth date: 25.05.1976 vs 05.1976 (near)" in shown
    assert not any(ISO.search(text) for text in shown)


def test_letters_register_shows_the_local_day(qtbot: QtBot) -> None:
    model = LetterTableModel()
    model.set_rows([LetterRecord(ref="L-1", generated_at="2026-05-25T09:00:00+00:00")])
    shown = model.data(model.index(0, LetterTableModel.COLUMNS.index("generated_at")))
    assert re.fullmatch(r"\d\d\.05\.2026", shown), shown


def test_history_sync_and_conflicts_values_and_times() -> None:
    # history rows, the sync laptops' last exchange and conflict versions share these two
    assert show_value("prisoner", "birth_date", "1976-05-25") == "25.05.1976"
    assert show_value("prisoner", "capture_date", "2022-03") == "03.2022"
    assert show_value("prisoner", "family_name", "2022-03") == "2022-03"  # not a date field
    when = local_time("2026-05-25T09:30:00+00:00")
    assert re.fullmatch(r"\d\d\.05\.2026 \d\d:\d\d", when), when


def test_rounds_candidates_show_dates_in_the_readers_order(qtbot: QtBot, session: Session) -> None:
    tab = CandidatesTab(session, Operations())
    qtbot.addWidget(tab)
    row = NextCandidate("p1", "P-1", "Name", "1961-02-03", "pow", "", "2022-04", (), "")
    tab._arrived([row])
    table = next(t for t in tab.findChildren(QTableWidget) if t.rowCount())
    shown = cells(table)
    assert "03.02.1961" in shown and "04.2022" in shown
    assert not any(ISO.search(text) for text in shown)
    assert shown[0] == "P-1"
