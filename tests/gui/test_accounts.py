"""The Accounts dialog: list, disable (slot destroyed), rotate the key off the GUI thread."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caseapp.vault.keyslots import keyfile_paths, read_keyfiles
from caseapp.vault.vault import Vault
from tests.conftest import make_account
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.pages.accounts import AccountsDialog, RecoveryKeyDialog


def _open(qtbot: QtBot, window: MainWindow) -> AccountsDialog:
    assert window.accounts_action.isEnabled()
    window.accounts_action.trigger()
    dialog = window.accounts_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_disable_from_the_dialog_destroys_the_slot(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    bob = make_account(session, "bob", "caseworker")
    dialog = _open(qtbot, window)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["admin", "bob"]
    dialog.table.selectRow(1)
    assert dialog.disable_button.isEnabled()
    dialog.disable_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(1, 3).text() == "disabled", timeout=10_000)
    path = session.vault.path
    assert all(bob.id not in {s.account_id for s in k.slots} for k in read_keyfiles(path))
    dialog.table.selectRow(0)
    assert not dialog.disable_button.isEnabled()  # not one's own account


def test_rotating_the_key_locks_and_shows_the_new_recovery_key_once(
    qtbot: QtBot, window: MainWindow, recovery_key: str
) -> None:
    session = unlock(qtbot, window)
    path = session.vault.path
    before = keyfile_paths(path)[0].read_bytes()
    dialog = _open(qtbot, window)
    dialog.start_rekey("correct horse battery")
    qtbot.waitUntil(lambda: window.session is None, timeout=20_000)  # locked
    shown = window.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key = shown.key_label.text()
    assert key != recovery_key
    assert keyfile_paths(path)[0].read_bytes() != before
    Vault.unlock_with_recovery_key(path, key).close()
    shown.reject()
    assert shown.isVisible()  # Escape does not lose the key before it is noted
    shown.confirm.setChecked(True)
    shown.accept()
    unlock(qtbot, window)  # the passphrase still opens the re-encrypted vault


def test_only_administrators_see_the_accounts_action(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    make_account(session, "vera", "viewer")
    window.lock()
    unlock(qtbot, window, "vera")
    assert not window.accounts_action.isEnabled()


def test_the_user_name_is_not_written_to_the_settings_file(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The probe: settings.json kept the last user name in plaintext, undoing the hashed names."""
    from caseapp.settings import MachineSettings

    window.settings.last_user = "olena"  # as an older version left it
    window.settings.save()
    unlock(qtbot, window)
    saved = MachineSettings.path().read_text(encoding="utf-8")
    assert '"last_user": ""' in saved and "admin" not in saved and "olena" not in saved
    window.lock()
    assert window.unlock_page.user_edit.text() == "admin"  # remembered in memory only
