"""The interface really switches language: compiled catalogs load and cover the shell."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseapp.errors import FieldError
from caseapp.resources import resource_path
from caseapp.settings import MachineSettings
from ui.forms import error_text
from ui.i18n import install_language
from ui.main_window import MainWindow


def test_ukrainian_shell(qtbot: QtBot, vault_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "uk")
    try:
        win = MainWindow(vault_path, MachineSettings())
        qtbot.addWidget(win)
        assert win.unlock_page.unlock_button.text() == "Розблокувати"
        assert win.vault_label.text() == "Заблоковано"
    finally:
        install_language(app, "en")


def test_no_unfinished_translations() -> None:
    for lang in ("uk", "ru"):
        root = ET.parse(resource_path("translations", f"caseapp_{lang}.ts")).getroot()
        unfinished = [
            m.findtext("source")
            for m in root.iter("message")
            if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
        ]
        assert unfinished == [], lang


def test_field_errors_are_translated_by_their_code() -> None:
    """The GUI picks a field error's text by its code and parameters, not by its English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "uk")
    try:
        month = FieldError("birth_date", "month_missing", {"month": 13})
        assert error_text(month) == "Місяця 13 не існує."
        assert error_text(FieldError("sex", "not_a_choice", {"allowed": "M, F"})) == (
            "Виберіть одне зі значень списку."
        )
    finally:
        install_language(app, "en")
    assert error_text(FieldError("notes", "free text from an older caller")) == (
        "free text from an older caller"
    )
