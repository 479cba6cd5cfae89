"""GUI fixtures: a main window on a real vault copy, offscreen (set in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from caseapp.settings import MachineSettings
from caseapp.store import Session
from tests.conftest import ADMIN, PASSPHRASE, QT_SETTINGS_HOME
from ui.main_window import MainWindow
from ui.pages.editor import RecordEditor
from ui.worker import pending_closes

for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, QT_SETTINGS_HOME)
    QSettings.setPath(_format, QSettings.Scope.SystemScope, QT_SETTINGS_HOME)


def _forget_unsaved_edits(win: QWidget) -> None:
    """A failed test must not leave an unsaved-changes prompt that blocks the teardown."""
    workspace = getattr(win, "workspace", None)
    for page in workspace.pages() if workspace else []:
        editor = getattr(page, "editor", None)
        if editor is not None:
            editor.dirty = False


@pytest.fixture
def window(qtbot: QtBot, vault_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(vault_path, MachineSettings())
    qtbot.addWidget(win, before_close_func=_forget_unsaved_edits)
    win.resize(1366, 768)
    win.show()
    yield win
    if win.session is not None:  # lock as the app does, so no screen outlives its vault
        win.lock()
        qtbot.waitUntil(lambda: pending_closes() == 0, timeout=30_000)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Cyrillic included (QTest's key clicks are ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def unlock(
    qtbot: QtBot, win: MainWindow, user: str = ADMIN, passphrase: str = PASSPHRASE
) -> Session:
    page = win.unlock_page
    page.user_edit.setText(user)
    page.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        page.unlock_button.click()
    assert win.session is not None
    qtbot.waitUntil(lambda: win.centralWidget().isVisible())  # layouts show children queued
    return win.session


def wait_saved(qtbot: QtBot, editor: RecordEditor) -> None:
    """Saves run on the writer thread: wait until the last one has ended."""
    qtbot.waitUntil(lambda: editor.save_task is not None and not editor.save_task.running)
