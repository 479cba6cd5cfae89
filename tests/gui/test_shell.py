"""The app shell through real widgets: create, unlock, navigate, lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from caseapp.settings import MachineSettings
from caseapp.vault.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, QT_SETTINGS_HOME
from tests.gui.conftest import unlock
from ui.main_window import MainWindow, Workspace
from ui.worker import close_vault_now


def test_wrong_passphrase_shows_an_inline_message(qtbot: QtBot, window: MainWindow) -> None:
    page = window.unlock_page
    page.passphrase_edit.setText("certainly not it")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=10_000)
    assert "Wrong user name or passphrase" in page.error_label.text()
    assert window.session is None


def test_empty_passphrase_is_caught_before_any_work(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_page.unlock_button.click()
    assert window.unlock_page.error_label.text() == "Type your passphrase."


def test_unlock_shows_every_section_and_the_user(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    workspace = window.centralWidget()
    assert isinstance(workspace, Workspace)
    titles = [workspace.nav.item(i).text() for i in range(workspace.nav.count())]
    assert titles == [
        "Tracing requests",
        "Prisoner records",
        "Matches",
        "Duplicates",
        "Exchange rounds",
        "Letters",
        "Sync",
        "Audit",  # administrators and coordinators only
    ]
    workspace.nav.setCurrentRow(4)
    assert workspace.stack.currentIndex() == 4
    assert ADMIN in window.user_label.text() and "administrator" in window.user_label.text()
    assert window.vault_label.text().endswith(".caseapp")


def test_ctrl_l_locks_and_forgets_the_session(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None  # at once
    assert window.centralWidget() is window.unlock_page
    assert window.vault_label.text() == "Locked"
    qtbot.waitUntil(lambda: not session.vault.is_open)  # the key is forgotten right after


def test_idle_timeout_locks(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.session is None, timeout=3000)


def test_first_run_wizard_creates_a_vault_and_shows_the_recovery_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new.caseapp"
    win = MainWindow(path, MachineSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "wizard") and win.wizard.isVisible(), timeout=3000)
    wizard = win.wizard
    page = wizard.account_page
    page.user_edit.setText("coordinator1")
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE + "x")
    wizard.next()
    assert "differ" in page.error_label.text()
    page.repeat_edit.setText(PASSPHRASE)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    key = wizard.recovery_page.key_label.text()
    assert len(key.split("-")) == 11
    assert not wizard.recovery_page.isComplete()
    wizard.recovery_page.confirm.setChecked(True)
    with qtbot.waitSignal(wizard.created):
        wizard.accept()
    assert win.session is not None and win.session.account.username == "coordinator1"
    assert isinstance(win.centralWidget(), Workspace)
    close_vault_now(win.session.vault)
    win.session = None
    vault = Vault.unlock_with_recovery_key(path, key)  # the key shown really opens the vault
    vault.close()


def test_weak_passphrase_in_wizard_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    win = MainWindow(tmp_path / "w.caseapp", MachineSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "wizard"), timeout=3000)
    page = win.wizard.account_page
    page.passphrase_edit.setText("short")
    page.repeat_edit.setText("short")
    win.wizard.next()
    qtbot.waitUntil(lambda: "at least 10" in page.error_label.text(), timeout=5000)
    assert not (tmp_path / "w.caseapp").exists()


def test_window_settings_stay_out_of_the_real_home(qtbot: QtBot, window: MainWindow) -> None:
    """Closing the window stores its geometry: in the test run's folder, never the user's."""
    window.close()
    settings = QSettings("CaseApp", "CaseApp")
    assert Path(settings.fileName()).resolve().is_relative_to(Path(QT_SETTINGS_HOME).resolve())
    assert settings.value("main/geometry") is not None


def test_quit_locks_at_once_and_closes_when_the_vault_has(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    window.close()  # Ctrl+Q
    assert window.session is None and window.workspace is None  # nothing decrypted on screen
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not session.vault.is_open
