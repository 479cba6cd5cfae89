"""The purge dialog (preview, confirm, purge off the GUI thread) and the emergency wipe."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caseapp.domain.models import TracingRequest
from caseapp.records import load_entity
from caseapp.vault.keyslots import read_keyfiles
from tests.conftest import make_account
from tests.gui.conftest import type_text, unlock
from tests.purge_helpers import SECRETS, all_text, make_case
from ui.main_window import MainWindow
from ui.pages.retention import PurgeDialog, WipeDialog


def test_purge_dialog_previews_then_purges_the_old_closed_case(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    case = make_case(session)
    make_case(session, family_name="Мельник", at=None)  # closed today: stays
    window.purge_action.trigger()
    dialog = window.purge_dialog
    assert isinstance(dialog, PurgeDialog)
    qtbot.waitUntil(lambda: dialog.purge_button.isEnabled(), timeout=10_000)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == case.ref
    assert "1" in dialog.summary.text()
    dialog.start_purge()
    qtbot.waitUntil(lambda: "purged" in dialog.summary.text(), timeout=20_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert load_entity(session.conn, TracingRequest, case.id) is None
    assert not any(s in all_text(session.conn) for s in SECRETS)


def test_wipe_needs_the_typed_word_then_locks_and_no_passphrase_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    path = session.vault.path
    window.wipe_action.trigger()
    dialog = window.wipe_dialog
    assert isinstance(dialog, WipeDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.wipe_button.isEnabled()
    type_text(dialog.confirm_edit, "DESTRO")
    assert not dialog.wipe_button.isEnabled()
    type_text(dialog.confirm_edit, "Y")
    assert dialog.wipe_button.isEnabled()
    dialog.wipe_button.click()
    qtbot.waitUntil(lambda: window.session is None, timeout=20_000)  # locked
    qtbot.waitUntil(lambda: window.wipe_message.isVisible())
    assert all(k.slots == [] for k in read_keyfiles(path))
    page = window.unlock_page
    page.user_edit.setText("admin")
    page.passphrase_edit.setText("correct horse battery")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: "emergency wipe" in page.error_label.text(), timeout=10_000)
    assert window.session is None


def test_only_administrators_see_purge_and_wipe(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    assert window.purge_action.isEnabled() and window.wipe_action.isEnabled()
    make_account(session, "cora", "coordinator")
    window.lock()
    unlock(qtbot, window, "cora")
    assert not window.purge_action.isEnabled()
    assert not window.wipe_action.isEnabled()
