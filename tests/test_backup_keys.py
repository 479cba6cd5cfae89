"""Backups carry no key slot: only the recovery key, or a passphrase that opens the vault as it is
*now*, opens one. So an emergency wipe, a disabled account or a changed passphrase reaches old
backups too (real vaults, real backup files)."""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from caseapp.accounts import (
    change_passphrase,
    disable_account,
    recover_account,
    rotate_database_key,
    unlock_session,
)
from caseapp.backup import (
    BACKUP_VERSION,
    MEMBER_DB,
    MEMBER_KEYS,
    MEMBER_MANIFEST,
    create_backup,
    read_backup_info,
    restore_backup,
)
from caseapp.domain.models import PrisonerRecord
from caseapp.errors import BadInput, WrongPassphrase
from caseapp.store import Session
from caseapp.vault.keyslots import TEST_KDF, KeyFile, key_id, keyfile_paths, parse_recovery_key
from caseapp.vault.vault import Vault
from caseapp.wipe import emergency_wipe
from tests.conftest import ADMIN, PASSPHRASE, make_account

NEW_PASSPHRASE = "a brand new passphrase here"


def _add(session: Session, name: str) -> None:
    with session.transaction("add") as txn:
        txn.create(PrisonerRecord(family_name=name, given_name="Тарас"))


def _names(path: Path, user: str = ADMIN, passphrase: str = PASSPHRASE) -> list[str]:
    session = unlock_session(path, user, passphrase)
    try:
        rows = session.conn.execute("SELECT family_name FROM prisoner ORDER BY family_name")
        return [r[0] for r in rows]
    finally:
        session.vault.close()


def _fingerprint(path: Path) -> dict[str, str]:
    files = [path, *keyfile_paths(path)]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


def _backup(session: Session, tmp_path: Path, name: str = "b") -> Path:
    out = tmp_path / f"{name}.caseapp-backup"
    create_backup(session, out)
    return out


def _no_leftovers(vault_path: Path) -> None:
    assert not any(".restoring" in p.name for p in vault_path.parent.iterdir())


def test_a_backup_holds_no_slot_and_says_its_format_and_key(
    session: Session, tmp_path: Path
) -> None:
    out = _backup(session, tmp_path)
    with zipfile.ZipFile(out) as archive:
        keys = KeyFile.from_bytes(archive.read(MEMBER_KEYS))
        manifest = json.loads(archive.read(MEMBER_MANIFEST))
        raw = archive.read(MEMBER_DB) + archive.read(MEMBER_KEYS)
    assert keys.slots == [] and keys.vault_id == session.vault.vault_id
    assert manifest["version"] == BACKUP_VERSION
    assert manifest["key_id"] == key_id(session.vault._db_key or b"")
    for slot in session.vault.keyfile.slots:  # no wrapped key, in any member
        assert slot.wrapped.encode() not in out.read_bytes()
        assert slot.salt.encode() not in raw
    assert read_backup_info(out).key_id == manifest["key_id"]


def test_backup_then_wipe_the_passphrase_no_longer_restores_the_recovery_key_does(
    session: Session, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    _add(session, "Шевчук")
    out = _backup(session, tmp_path)
    emergency_wipe(session)
    session.vault.close()
    before = _fingerprint(vault_path)

    with pytest.raises(BadInput, match=r"emergency wipe.*recovery key"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before
    _no_leftovers(vault_path)

    restore_backup(out, vault_path, recovery_key=recovery_key)
    # The restored vault keeps the wipe's effect: no slot came back with the backup, in the
    # files or in the copy inside the database.
    assert all(KeyFile.from_bytes(p.read_bytes()).slots == [] for p in keyfile_paths(vault_path))
    with pytest.raises(BadInput, match="emergency wipe"):
        unlock_session(vault_path, ADMIN, PASSPHRASE)
    recover_account(vault_path, recovery_key, ADMIN, NEW_PASSPHRASE, kdf=TEST_KDF)
    assert _names(vault_path, ADMIN, NEW_PASSPHRASE) == ["Шевчук"]


def test_a_passphrase_restore_on_a_laptop_without_the_vault_is_refused(
    session: Session, tmp_path: Path, recovery_key: str
) -> None:
    _add(session, "Бондар")
    out = _backup(session, tmp_path)
    elsewhere = tmp_path / "other-laptop"
    elsewhere.mkdir()
    target = elsewhere / "restored.caseapp"
    with pytest.raises(BadInput, match="recovery key"):
        restore_backup(out, target, username=ADMIN, passphrase=PASSPHRASE)
    assert list(elsewhere.iterdir()) == []
    restore_backup(out, target, recovery_key=recovery_key)
    assert _names(target) == ["Бондар"]  # the backup's own accounts, through its inner copy


def test_an_account_disabled_after_the_backup_cannot_restore_it(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    _add(session, "Коваленко")
    bob = make_account(session, "bob", "caseworker")
    out = _backup(session, tmp_path)
    disable_account(session, bob.id)
    session.vault.close()
    before = _fingerprint(vault_path)

    with pytest.raises(WrongPassphrase):
        restore_backup(out, vault_path, username="bob", passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before
    _no_leftovers(vault_path)

    # An administrator restores; bob is active in the backup but has no slot in the restored
    # vault (files and the copy inside), so he stays shut out.
    restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _names(vault_path) == ["Коваленко"]
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, "bob", PASSPHRASE)


def test_a_changed_passphrase_restores_and_the_old_one_no_longer_does(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    _add(session, "Мельник")
    out = _backup(session, tmp_path)
    change_passphrase(session, PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    with pytest.raises(WrongPassphrase):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    restore_backup(out, vault_path, username=ADMIN, passphrase=NEW_PASSPHRASE)
    assert _names(vault_path, ADMIN, NEW_PASSPHRASE) == ["Мельник"]
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, ADMIN, PASSPHRASE)


def test_after_a_rekey_only_the_old_recovery_key_restores(
    session: Session, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    _add(session, "Ткаченко")
    out = _backup(session, tmp_path)
    rotate_database_key(session, PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    before = _fingerprint(vault_path)
    with pytest.raises(BadInput, match=r"rekey.*recovery key"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before
    _no_leftovers(vault_path)
    restore_backup(out, vault_path, recovery_key=recovery_key)
    vault = Vault.unlock_with_recovery_key(vault_path, recovery_key)
    try:  # today's slots wrap the new key: none is carried over to the old one
        assert vault.keyfile.slots == []
        assert vault._db_key == parse_recovery_key(recovery_key)
    finally:
        vault.close()


def _rewrite(out: Path, edit_manifest: dict[str, object], keys: bytes | None = None) -> None:
    with zipfile.ZipFile(out) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(members[MEMBER_MANIFEST])
    manifest.update(edit_manifest)
    members[MEMBER_MANIFEST] = json.dumps(manifest).encode()
    if keys is not None:
        members[MEMBER_KEYS] = keys
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_an_unknown_backup_version_is_refused_clearly(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    out = _backup(session, tmp_path)
    session.vault.close()
    before = _fingerprint(vault_path)
    _rewrite(out, {"version": BACKUP_VERSION + 1})
    with pytest.raises(BadInput, match="newer CaseApp"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    _rewrite(out, {"version": 0})
    with pytest.raises(BadInput, match="not a CaseApp backup"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before


def test_the_slots_inside_an_old_format_backup_are_not_used_after_a_wipe(
    session: Session, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    out = _backup(session, tmp_path)
    # A format-1 backup carried the slots of the day it was made.
    _rewrite(out, {"version": 1, "key_id": None}, keys=session.vault.keyfile.to_bytes())
    emergency_wipe(session)
    session.vault.close()
    with pytest.raises(BadInput, match="emergency wipe"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    restore_backup(out, vault_path, recovery_key=recovery_key)
    assert all(KeyFile.from_bytes(p.read_bytes()).slots == [] for p in keyfile_paths(vault_path))


def test_a_key_file_put_back_after_a_wipe_does_not_restore_a_backup(
    session: Session, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    out = _backup(session, tmp_path)
    saved = tmp_path / "saved"
    saved.write_bytes(keyfile_paths(vault_path)[0].read_bytes())
    emergency_wipe(session)
    session.vault.close()
    for target in keyfile_paths(vault_path):
        shutil.copy2(saved, target)
    before = _fingerprint(vault_path)
    # The slot unwraps the key, but the copy inside the vault (the truth) no longer lists it.
    with pytest.raises(BadInput, match="no longer opens"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before
    _no_leftovers(vault_path)
    # The recovery key restores, and the slots put back do not come with it.
    restore_backup(out, vault_path, recovery_key=recovery_key)
    assert all(KeyFile.from_bytes(p.read_bytes()).slots == [] for p in keyfile_paths(vault_path))
