"""Emergency wipe: every key slot destroyed on disk and inside the vault; the recovery key opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseapp.accounts import recover_account, unlock_session
from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord
from caseapp.errors import BadInput, PermissionDenied, WrongPassphrase
from caseapp.store import Session, list_entities
from caseapp.vault.connection import open_connection
from caseapp.vault.keyslots import TEST_KDF, KeyFile, keyfile_paths, parse_recovery_key
from caseapp.vault.vault import Vault
from caseapp.wipe import emergency_wipe, register_slot_copy
from tests.conftest import ADMIN, PASSPHRASE, make_account


def _add_record(session: Session) -> None:
    with session.transaction("add") as txn:
        txn.create(PrisonerRecord(family_name="Коваленко", given_name="Петро"))


def test_wipe_then_unlock_fails_clearly_and_the_recovery_key_still_opens(
    session: Session, recovery_key: str, tmp_path: Path
) -> None:
    _add_record(session)
    make_account(session, "bob", "caseworker")
    path = session.vault.path
    primary, backup = keyfile_paths(path)
    # Copies of the slots: one by hand next to the vault, one a backup registered elsewhere,
    # a temp file a crash left; and a key file of another vault that must be left alone.
    by_hand = path.with_name("copy-of.keys")
    shutil.copy2(primary, by_hand)
    stale = path.with_name(path.name + ".keys.tmp-dead")
    shutil.copy2(primary, stale)
    elsewhere = tmp_path / "backups"
    elsewhere.mkdir()
    backup_keys = elsewhere / "monday.caseapp.keys"
    shutil.copy2(primary, backup_keys)
    with session.vault.write_transaction() as conn:
        register_slot_copy(conn, backup_keys)
    foreign = KeyFile.new()
    foreign_path = path.with_name("other.caseapp.keys")
    foreign_path.write_bytes(foreign.to_bytes())

    result = emergency_wipe(session)
    session.vault.close()

    assert result.files == 5
    for gone in (by_hand, stale, backup_keys):
        assert not gone.exists()
    assert foreign_path.read_bytes() == foreign.to_bytes()
    for left in (primary, backup):  # an empty key file, so that unlock can say what happened
        assert KeyFile.from_bytes(left.read_bytes()).slots == []
    for user in (ADMIN, "bob"):
        with pytest.raises(BadInput, match="emergency wipe"):
            unlock_session(path, user, PASSPHRASE)
    # Old key files put back (a copy taken before the wipe) still open nothing: the copy
    # inside the vault holds no slot.
    raw = open_connection(path, parse_recovery_key(recovery_key), read_only=True)
    try:
        mirror = raw.execute("SELECT value FROM meta WHERE key = 'keyfile'").fetchone()[0]
    finally:
        raw.close()
    assert KeyFile.from_bytes(mirror.encode()).slots == []

    recover_account(path, recovery_key, ADMIN, "a brand new passphrase here", kdf=TEST_KDF)
    again = unlock_session(path, ADMIN, "a brand new passphrase here")
    try:
        names = [p.family_name for p in list_entities(again.conn, PrisonerRecord)]
        assert names == ["Коваленко"]
    finally:
        again.vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_session(path, "bob", PASSPHRASE)


def test_an_old_key_file_copied_back_after_a_wipe_opens_nothing(session: Session) -> None:
    path = session.vault.path
    saved = path.with_name("saved-elsewhere")
    saved.mkdir()
    keep = saved / "k"  # not named .keys: the wipe does not find it
    shutil.copy2(keyfile_paths(path)[0], keep)
    emergency_wipe(session)
    session.vault.close()
    for target in keyfile_paths(path):
        shutil.copy2(keep, target)
    # The slot unwraps the key, but the copy inside the vault no longer lists it.
    with pytest.raises(BadInput, match="no longer opens"):
        unlock_session(path, ADMIN, PASSPHRASE)
    assert all(KeyFile.from_bytes(p.read_bytes()).slots == [] for p in keyfile_paths(path))


def test_only_an_administrator_may_wipe_and_a_refusal_changes_nothing(session: Session) -> None:
    make_account(session, "carol", "coordinator")
    path = session.vault.path
    before = [p.read_bytes() for p in keyfile_paths(path)]
    carol = unlock_session(path, "carol", PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            emergency_wipe(carol)
    finally:
        carol.vault.close()
    assert [p.read_bytes() for p in keyfile_paths(path)] == before


def test_cli_wipe_needs_yes_destroy(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = vault_path.with_name("pass.txt")
    secret.write_text(PASSPHRASE)
    before = [p.read_bytes() for p in keyfile_paths(vault_path)]
    args = ["wipe", "--vault", str(vault_path), "--passphrase-file", str(secret)]
    assert main(args) == 2
    assert "--yes-destroy" in capsys.readouterr().err
    assert [p.read_bytes() for p in keyfile_paths(vault_path)] == before
    assert main([*args, "--yes-destroy"]) == 0
    assert "recovery key" in capsys.readouterr().out
    assert main(["list", "prisoners", "--vault", str(vault_path), "--passphrase-file", str(secret)])
    err = capsys.readouterr().err
    assert "emergency wipe" in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_recovery_unlock_after_a_wipe_leaves_no_slot(vault_path: Path, recovery_key: str) -> None:
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    emergency_wipe(session)
    session.vault.close()
    vault = Vault.unlock_with_recovery_key(vault_path, recovery_key)
    try:
        assert vault.keyfile.slots == []
    finally:
        vault.close()
