"""Unlock throttling in the GUI, the strength meter, changing one's passphrase, last sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp import throttle
from caseapp.accounts import unlock_session
from caseapp.errors import WrongPassphrase
from tests.conftest import ADMIN, PASSPHRASE, make_account
from tests.gui.conftest import unlock
from ui.create_vault import CreateVaultWizard
from ui.main_window import MainWindow
from ui.pages.accounts import PassphraseDialog
from ui.strength_meter import StrengthMeter


def test_unlock_shows_the_wait_and_stays_responsive(
    qtbot: QtBot, window: MainWindow, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.unlock_page
    page.user_edit.setText(ADMIN)
    for _ in range(throttle.FREE_FAILURES + 1):
        page.passphrase_edit.setText("a wrong passphrase here")
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.task is not None and not page.task.running)
        qtbot.waitUntil(page.error_label.isVisible)
    assert "Wrong user name or passphrase" in page.error_label.text()
    assert page.wait_label.isVisible() and not page.unlock_button.isEnabled()
    assert "Too many wrong passphrases" in page.wait_label.text()
    assert page.wait_timer.isActive()  # counts down on a timer: the GUI thread never sleeps
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock()  # Enter while waiting: refused without trying
    assert window.session is None
    page.user_edit.setText("someone else")  # another account may sign in meanwhile
    assert not page.wait_label.isVisible() and page.unlock_button.isEnabled()
    page.user_edit.setText(ADMIN)
    assert page.wait_label.isVisible()
    real = throttle.time.time
    monkeypatch.setattr(throttle.time, "time", lambda: real() + throttle.BASE_DELAY + 1)
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=3000)
    assert not page.wait_label.isVisible()
    session = unlock(qtbot, window)
    assert len(session.failed_attempts) == throttle.FREE_FAILURES + 1


def test_meter_speaks_words_and_reasons(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("New passphrase", user_name="olena")
    qtbot.addWidget(dialog)
    meter: StrengthMeter = dialog.meter
    dialog.pass_edit.setText("short")
    meter.update_now()
    assert meter.verdict_label.text() == "very weak"
    assert "at least" in meter.reason_label.text()
    dialog.pass_edit.setText("xcvbnm,.;lkjhg")
    meter.update_now()
    assert meter.verdict_label.text() in ("very weak", "too weak", "weak")
    assert "keyboard" in meter.reason_label.text()
    dialog.pass_edit.setText("olena olena olena")
    meter.update_now()
    assert meter.strength is not None and not meter.strength.acceptable
    dialog.pass_edit.setText("violet tractor ferry lantern")
    meter.update_now()
    assert meter.verdict_label.text() in ("good", "strong")
    # A weak one is refused in the dialog with a reason, never accepted.
    dialog.pass_edit.setText("password123")
    dialog.repeat_edit.setText("password123")
    dialog._check()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    assert "too easy" in dialog.error_label.text()


def test_meter_updates_live_while_typing(qtbot: QtBot) -> None:
    dialog = PassphraseDialog("New passphrase")
    qtbot.addWidget(dialog)
    dialog.pass_edit.setText("violet tractor ferry lantern")
    qtbot.waitUntil(lambda: dialog.meter.verdict_label.text() in ("good", "strong"))


def test_wizard_has_the_meter(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = CreateVaultWizard(tmp_path / "new.caseapp")
    qtbot.addWidget(wizard)
    page = wizard.page(wizard.startId())
    page.passphrase_edit.setText("admin admin admin")
    page.meter.update_now()
    assert page.meter.strength is not None and not page.meter.strength.acceptable
    assert page.meter.reason_label.text()


def test_change_my_passphrase(qtbot: QtBot, window: MainWindow, vault_path: Path) -> None:
    unlock(qtbot, window)
    assert window.passphrase_action.isEnabled()
    window.passphrase_action.trigger()
    dialog = window.passphrase_dialog
    qtbot.waitUntil(dialog.isVisible)
    new = "violet tractor ferry lantern"
    dialog.old_edit.setText(PASSPHRASE)
    dialog.pass_edit.setText(new)
    dialog.repeat_edit.setText(new)
    dialog._check()
    qtbot.waitUntil(lambda: not window.passphrase_task.running, timeout=15_000)
    assert window.passphrase_task.error is None
    assert "changed" in window.statusBar().currentMessage()
    unlock_session(vault_path, ADMIN, new).vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, ADMIN, PASSPHRASE)


def test_accounts_dialog_shows_last_sign_in(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    session = unlock(qtbot, window)
    make_account(session, "bob", "caseworker")
    window.accounts_action.trigger()
    dialog = window.accounts_dialog
    qtbot.waitUntil(dialog.isVisible)
    header = dialog.table.horizontalHeaderItem(4).text()
    assert header == "Last sign-in here"
    assert dialog.table.item(0, 4).text() not in ("", "never")  # admin: just now
    assert dialog.table.item(1, 4).text() == "never"


def test_accounts_dialog_sets_team_and_request_scope(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    session = unlock(qtbot, window)
    bob = make_account(session, "bob", "caseworker")
    window.accounts_action.trigger()
    dialog = window.accounts_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.scope_check.isChecked()
    dialog.start_team(bob.id, "north")
    qtbot.waitUntil(lambda: dialog.table.item(1, 5).text() == "north", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.scope_check.isEnabled())
    dialog.scope_check.click()  # a user's click: saved through the core
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=10_000)
    assert dialog.scope_check.isChecked()
    bob_session = unlock_session(vault_path, "bob", PASSPHRASE)
    try:
        assert bob_session.vault.access.scoped  # from bob's next sign-in
    finally:
        bob_session.vault.close()


def test_a_viewer_sees_hidden_contact_fields_marked_in_the_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    from caseapp.domain.models import TracingRequest
    from tests.gui.test_records import _page

    admin = unlock(qtbot, window)
    make_account(admin, "vera", "viewer")
    with admin.transaction("seed") as txn:
        request = txn.create(
            TracingRequest(
                family_name="Коваленко", enquirer_name="Марія", enquirer_phone="+380500000000"
            )
        )
    window.lock()
    qtbot.waitUntil(lambda: window.session is None)
    unlock(qtbot, window, "vera")
    editor = _page(window, "requests").open_record(request.id)
    phone = next(f.fields["enquirer_phone"] for f in editor.forms if "enquirer_phone" in f.fields)
    assert not phone.widget.isEnabled()
    assert phone.widget.text() == ""  # the core never gave the value to the screen
    assert phone.widget.placeholderText() == "hidden for your role"
