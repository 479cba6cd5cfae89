"""Locking (idle, system signals, clipboard, returning to the open record) and backups through
the real window: a short idle timeout, a real vault, real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from caseapp.accounts import unlock_session
from caseapp.backup import create_backup
from caseapp.domain.models import PrisonerRecord
from caseapp.records import load_entity
from tests.conftest import ADMIN, PASSPHRASE, make_account
from tests.gui.conftest import type_text, unlock
from ui import clipboard
from ui.backup import RestoreDialog
from ui.main_window import MainWindow
from ui.pages.records import RecordsPage
from ui.session_events import WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, windows_lock_reason
from ui.worker import pending_closes


def _records_page(window: MainWindow) -> RecordsPage:
    assert window.workspace is not None
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def _seed(window: MainWindow) -> PrisonerRecord:
    assert window.session is not None
    with window.session.transaction("seed") as txn:
        return txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олександр"))


def _type_given_name(qtbot: QtBot, page: RecordsPage, text: str) -> None:
    assert page.editor is not None
    form = next(f for f in page.editor.forms if "given_name" in f.fields)
    widget = form.widget("given_name")
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    type_text(widget, text)


def _given_name(page: RecordsPage) -> object:
    assert page.editor is not None
    form = next(f for f in page.editor.forms if "given_name" in f.fields)
    return form.values()["given_name"]


def test_auto_lock_keeps_an_unsaved_edit_and_returns_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    record = _seed(window)
    assert window.workspace is not None
    window.workspace.show_page("prisoners")
    page = _records_page(window)
    page.open_record(record.id)
    assert page.editor is not None
    page.editor.tabs.setCurrentIndex(page.editor.tabs.count() - 1)
    last_tab = page.editor.tabs.currentIndex()
    _type_given_name(qtbot, page, "Олексій")
    window.idle.timer.setInterval(300)  # a short idle timeout: nobody touches anything now
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    assert window.workspace is None  # no decrypted screen is left
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)

    window.idle.timer.setInterval(600_000)
    session = unlock(qtbot, window)
    page = _records_page(window)  # the same section…
    assert page.kind == "prisoners"
    assert page.editor is not None and page.editor.record.id == record.id  # …the same record
    assert page.editor.tabs.currentIndex() == last_tab
    assert _given_name(page) == "Олексій"  # …with the unsaved edit
    assert page.editor.dirty
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.given_name == "Олександр"  # still not saved


def test_another_account_does_not_land_in_the_first_ones_record(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    make_account(session, "olena", "caseworker")
    record = _seed(window)
    assert window.workspace is not None
    window.workspace.show_page("prisoners")
    _records_page(window).open_record(record.id)
    window.lock()
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)
    unlock(qtbot, window, user="olena")
    assert window.workspace is not None
    assert window.workspace.current_key() == "requests"


def test_lock_clears_the_clipboard_only_when_it_holds_what_the_app_copied(
    qtbot: QtBot, window: MainWindow
) -> None:
    board = QGuiApplication.clipboard()
    unlock(qtbot, window)
    clipboard.copy_text("TR-2026-ABCDEF-00042 Коваленко")
    window.lock()
    assert board.text() == ""
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)

    unlock(qtbot, window)
    clipboard.copy_text("Коваленко")
    board.setText("a shopping list from another program")  # the user copied something else
    window.lock()
    assert board.text() == "a shopping list from another program"


def test_a_system_lock_or_sleep_locks_the_vault(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    window.system_lock.on_flag(False)  # the screen saver went off: nothing to do
    assert window.session is not None
    window.system_lock.on_flag(True)  # logind PrepareForSleep(true) / screen saver on
    assert window.session is None
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)
    unlock(qtbot, window)
    window.system_lock.on_lock()  # logind Session.Lock
    assert window.session is None


def test_backup_from_the_menu_clears_the_reminder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session = unlock(qtbot, window)
    assert window.backup_button.isVisibleTo(window)  # never backed up: reminded
    out = tmp_path / "menu.caseapp-backup"
    task = window.backups.start(window, session, out)
    assert task is not None
    with qtbot.waitSignal(window.backups.finished, timeout=30_000):
        pass
    assert out.is_file() and out.stat().st_size > 0
    assert not window.backup_button.isVisibleTo(window)


def test_restore_from_the_locked_screen(
    qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path
) -> None:
    session = unlock(qtbot, window)
    _seed(window)
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    window.lock()
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)
    truncated = tmp_path / "cut.caseapp-backup"
    truncated.write_bytes(out.read_bytes()[:4000])
    before = vault_path.read_bytes()

    dialog = RestoreDialog(vault_path, ADMIN, window)
    qtbot.addWidget(dialog)
    dialog.backup_edit.setText(str(truncated))
    dialog.secret_edit.setText(PASSPHRASE)
    task = dialog.restore()
    assert task is not None
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert "truncated or damaged" in dialog.error_label.text()
    assert vault_path.read_bytes() == before

    dialog.backup_edit.setText(str(out))
    assert dialog.info_label.text().startswith("Backup made")
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore()
    window._restored(dialog.result_)
    assert "restored" in window.unlock_page.notice_label.text()
    assert list(tmp_path.glob("test.replaced-*.caseapp"))
    restored = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        count = restored.conn.execute("SELECT count(*) FROM prisoner").fetchone()[0]
    finally:
        restored.vault.close()
    assert count == 1


def test_windows_messages_that_mean_the_user_has_gone() -> None:
    """The native filter's decision (the Windows path itself cannot run here)."""
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x7) == "session locked"
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # unlocked again
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x5) is None  # logon
    assert windows_lock_reason(WM_POWERBROADCAST, 0x4) == "suspend"
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # resumed
    assert windows_lock_reason(0x0010, 0x7) is None  # some other message
