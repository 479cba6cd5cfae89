"""The restore dialog after an emergency wipe: the passphrase is refused inline, naming the
recovery key, with nothing replaced; the recovery key restores (real vault, real widgets)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from caseapp.accounts import unlock_session
from caseapp.backup import create_backup
from caseapp.domain.models import PrisonerRecord
from caseapp.vault.keyslots import KeyFile, keyfile_paths
from caseapp.vault.vault import Vault
from caseapp.wipe import emergency_wipe
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import unlock
from ui.backup import RestoreDialog
from ui.main_window import MainWindow
from ui.worker import pending_closes


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_after_a_wipe_the_dialog_asks_for_the_recovery_key(
    qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("add") as txn:
        txn.create(PrisonerRecord(family_name="Шевчук", given_name="Тарас"))
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    window.lock()
    qtbot.waitUntil(lambda: pending_closes() == 0, timeout=10_000)
    admin = unlock_session(vault_path, ADMIN, PASSPHRASE)
    emergency_wipe(admin)
    admin.vault.close()
    before = _digest(vault_path)

    dialog = RestoreDialog(vault_path, ADMIN, window)
    qtbot.addWidget(dialog)
    dialog.backup_edit.setText(str(out))
    dialog.secret_edit.setText(PASSPHRASE)
    assert dialog.restore() is not None
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=10_000)
    assert "emergency wipe" in dialog.error_label.text()
    assert "recovery key" in dialog.error_label.text()
    assert _digest(vault_path) == before

    dialog.use_recovery.setChecked(True)
    dialog.secret_edit.setText(recovery_key)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore()
    assert all(KeyFile.from_bytes(p.read_bytes()).slots == [] for p in keyfile_paths(vault_path))
    vault = Vault.unlock_with_recovery_key(vault_path, recovery_key)
    try:
        assert vault.connection().execute("SELECT family_name FROM prisoner").fetchall() == [
            ("Шевчук",)
        ]
    finally:
        vault.close()
