"""GUI fixtures: a main window on a real vault copy, offscreen (set in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp.settings import MachineSettings
from caseapp.store import Session
from tests.conftest import ADMIN, PASSPHRASE
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(vault_path, MachineSettings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.session is not None:
        win.session.vault.close()
        win.session = None


def unlock(
    qtbot: QtBot, win: MainWindow, user: str = ADMIN, passphrase: str = PASSPHRASE
) -> Session:
    page = win.unlock_page
    page.user_edit.setText(user)
    page.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        page.unlock_button.click()
    assert win.session is not None
    return win.session
