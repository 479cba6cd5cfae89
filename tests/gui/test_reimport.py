"""Importing the very same file again asks first (D9): No changes nothing, Yes imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import PrisonerRecord
from caseapp.store import list_entities
from tests.gui.conftest import unlock
from tests.gui.test_lists_io import _records_page, _run_wizard_to_report, _write
from ui.main_window import MainWindow


def test_the_same_file_again_needs_a_confirmation(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock(qtbot, window)
    page = _records_page(window, "prisoners")
    source = _write(tmp_path / "list.csv")
    answers: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    for expected, answer in ((2, None), (2, QMessageBox.StandardButton.No),
                             (4, QMessageBox.StandardButton.Yes)):  # fmt: skip
        if answer is not None:
            answers.append(answer)
        wizard = _run_wizard_to_report(qtbot, page, source)
        wizard.skip_invalid.setChecked(True)
        wizard.next_button.click()
        if answer == QMessageBox.StandardButton.No:
            assert wizard.steps.currentIndex() == 2  # still on the report: nothing imported
        else:
            qtbot.waitUntil(lambda w=wizard: w.steps.currentIndex() == 3, timeout=10_000)
        assert len(list_entities(session.conn, PrisonerRecord)) == expected
        wizard.close()
    assert asked == ["Import the same file again?"] * 2
