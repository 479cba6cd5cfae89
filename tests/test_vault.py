"""The encryption and unlocking promises of the vault, checked on real files."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from caseapp.accounts import change_passphrase, create_vault, reset_passphrase, unlock_session
from caseapp.domain.models import Account, PrisonerRecord
from caseapp.errors import BadInput, NotAVault, VaultCorrupt, WrongPassphrase
from caseapp.records import list_entities
from caseapp.store import Session
from caseapp.vault.connection import CONNECTION_PRAGMAS, open_connection
from caseapp.vault.keyslots import (
    PRODUCTION_KDF,
    TEST_KDF,
    WEAK_KDF_ENV,
    KeyFile,
    format_recovery_key,
    keyfile_paths,
    parse_recovery_key,
)
from caseapp.vault.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

NAME_UK = "Коломієць"
NAME_LATIN = "Kolomiiets"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_person(session: Session) -> PrisonerRecord:
    with session.transaction("add") as txn:
        return txn.create(
            PrisonerRecord(family_name=NAME_UK, given_name=NAME_LATIN, birth_date="1987-04")
        )


def test_nothing_readable_on_disk_in_file_wal_or_key_file(session: Session) -> None:
    _add_person(session)
    files = [session.vault.path, *keyfile_paths(session.vault.path)]
    wal = session.vault.path.with_name(session.vault.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the change should still be in the WAL"
    files.append(wal)
    for path in files:
        raw = path.read_bytes()
        assert b"SQLite format 3" not in raw, path.name
        for needle in (NAME_UK.encode(), NAME_LATIN.encode(), NAME_UK.encode("utf-16-le")):
            assert needle not in raw, path.name
        assert ADMIN.encode() not in raw or path == wal, "user name visible in " + path.name
    session.vault.close()
    for path in session.vault.path.parent.iterdir():
        if path.is_dir():  # CASEAPP_HOME of the test (the installation id)
            continue
        assert NAME_UK.encode() not in path.read_bytes(), path.name


def test_every_connection_has_the_required_settings(session: Session) -> None:
    conn = session.conn
    expected = {
        "temp_store": 2,  # MEMORY
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "secure_delete": 1,
        "foreign_keys": 1,
    }
    for name, value in expected.items():
        assert conn.execute(f"PRAGMA {name}").fetchone()[0] == value, name
    assert ("cipher_log_level", "NONE") in CONNECTION_PRAGMAS
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_wrong_passphrase_is_refused_and_changes_nothing(vault_path: Path) -> None:
    before = _digest(vault_path)
    with pytest.raises(WrongPassphrase, match="Wrong user name or passphrase"):
        unlock_session(vault_path, ADMIN, "not the passphrase at all")
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, "nobody", PASSPHRASE)
    assert _digest(vault_path) == before


def test_unlock_opens_with_user_name_in_any_case(vault_path: Path) -> None:
    _unlocked = unlock_session(vault_path, "  ADMIN ", PASSPHRASE)
    vault, account = _unlocked.vault, _unlocked.account
    assert account.role == "admin"
    vault.close()


def test_a_file_that_is_not_a_vault_is_refused_untouched(vault_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "photo.caseapp"
    fake.write_bytes(os.urandom(64 * 1024))
    for src, dst in zip(keyfile_paths(vault_path), keyfile_paths(fake), strict=True):
        shutil.copy2(src, dst)
    before = _digest(fake)
    with pytest.raises(NotAVault, match="belongs to another vault, or the vault file is damaged"):
        unlock_session(fake, ADMIN, PASSPHRASE)
    assert _digest(fake) == before


def test_a_truncated_vault_is_refused_untouched(session: Session) -> None:
    with session.transaction("bulk") as txn:
        for i in range(300):
            txn.create(PrisonerRecord(family_name=f"Name{i}", notes="x" * 500))
    path = session.vault.path
    session.vault.close()
    conn = open_connection(path, _db_key(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    before = _digest(path)
    with pytest.raises(VaultCorrupt):
        unlock_session(path, ADMIN, PASSPHRASE)
    assert _digest(path) == before


def _db_key(path: Path) -> bytes:
    keyfile = KeyFile.from_bytes(keyfile_paths(path)[0].read_bytes())
    return keyfile.unwrap(ADMIN, PASSPHRASE)[1]


def test_a_missing_key_file_says_what_to_do(vault_path: Path) -> None:
    for path in keyfile_paths(vault_path):
        path.unlink()
    with pytest.raises(NotAVault, match="recovery key"):
        unlock_session(vault_path, ADMIN, PASSPHRASE)


def test_a_damaged_key_file_falls_back_to_its_copy(vault_path: Path) -> None:
    primary, _backup = keyfile_paths(vault_path)
    primary.write_bytes(b"\x00garbage")
    _unlocked = unlock_session(vault_path, ADMIN, PASSPHRASE)
    vault, _ = _unlocked.vault, _unlocked.account
    vault.close()


def test_no_vault_at_path(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match="no vault"):
        unlock_session(tmp_path / "missing.caseapp", ADMIN, PASSPHRASE)


def test_recovery_key_opens_the_vault_and_rebuilds_a_lost_key_file(
    session: Session, recovery_key: str
) -> None:
    person = _add_person(session)
    path = session.vault.path
    session.vault.close()
    for key_path in keyfile_paths(path):
        key_path.unlink()
    vault = Vault.unlock_with_recovery_key(path, recovery_key.lower().replace("-", " "))
    assert [p.id for p in list_entities(vault.connection(), PrisonerRecord)] == [person.id]
    vault.close()
    assert all(p.exists() for p in keyfile_paths(path))
    unlock_session(path, ADMIN, PASSPHRASE).vault.close()  # passphrases work again


def test_recovery_key_typos_and_foreign_keys_are_refused(
    vault_path: Path, recovery_key: str
) -> None:
    typo = ("B" if recovery_key[0] != "B" else "C") + recovery_key[1:]
    with pytest.raises(BadInput, match="typing mistake"):
        Vault.unlock_with_recovery_key(vault_path, typo)
    other = format_recovery_key(os.urandom(32))
    before = _digest(vault_path)
    with pytest.raises(BadInput, match="does not open this vault"):
        Vault.unlock_with_recovery_key(vault_path, other)
    assert _digest(vault_path) == before
    with pytest.raises(BadInput, match=r"not a recovery key|too short"):
        parse_recovery_key("hello")


def test_recovery_resets_a_forgotten_passphrase(vault_path: Path, recovery_key: str) -> None:
    vault = Vault.unlock_with_recovery_key(vault_path, recovery_key)
    account = list_entities(vault.connection(), Account)[0]
    reset_passphrase(Session(vault, account), account.id, "a brand new passphrase", kdf=TEST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, ADMIN, PASSPHRASE)
    _unlocked = unlock_session(vault_path, ADMIN, "a brand new passphrase")
    vault, _ = _unlocked.vault, _unlocked.account
    vault.close()


def test_passphrase_change_keeps_the_data_and_retires_the_old_one(session: Session) -> None:
    person = _add_person(session)
    db_before = session.vault.path.read_bytes()[:4096]
    change_passphrase(session, PASSPHRASE, "another long passphrase", kdf=TEST_KDF)
    with pytest.raises(WrongPassphrase):
        change_passphrase(session, "wrong old passphrase", "x" * 12, kdf=TEST_KDF)
    path = session.vault.path
    session.vault.close()
    assert path.read_bytes()[:4096] == db_before, "the data is not re-encrypted"
    with pytest.raises(WrongPassphrase):
        unlock_session(path, ADMIN, PASSPHRASE)
    _unlocked = unlock_session(path, ADMIN, "another long passphrase")
    vault, _ = _unlocked.vault, _unlocked.account
    assert [p.id for p in list_entities(vault.connection(), PrisonerRecord)] == [person.id]
    vault.close()


def test_short_passphrases_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="at least 10 characters"):
        create_vault(tmp_path / "v.caseapp", ADMIN, "short", kdf=TEST_KDF)
    assert not (tmp_path / "v.caseapp").exists()


def test_creating_over_an_existing_file_is_refused(vault_path: Path) -> None:
    before = _digest(vault_path)
    with pytest.raises(BadInput, match="already exists"):
        create_vault(vault_path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    assert _digest(vault_path) == before


def test_weak_kdf_is_refused_outside_tests(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(WEAK_KDF_ENV)
    with pytest.raises(BadInput, match="test-only"):
        unlock_session(vault_path, ADMIN, PASSPHRASE)
    with pytest.raises(BadInput, match="test-only"):
        create_vault(tmp_path / "weak.caseapp", ADMIN, PASSPHRASE, kdf=TEST_KDF)
    assert not PRODUCTION_KDF.is_weak()


def test_a_second_account_has_its_own_passphrase(session: Session) -> None:
    from tests.conftest import make_account

    make_account(session, "olena", "caseworker")
    path = session.vault.path
    session.vault.close()
    _unlocked = unlock_session(path, "olena", PASSPHRASE)
    vault, account = _unlocked.vault, _unlocked.account
    assert account.role == "caseworker"
    vault.close()


def test_locking_refuses_new_work_before_connections_close(session: Session) -> None:
    vault = session.vault
    vault.begin_close()
    with pytest.raises(BadInput, match="locked"):
        vault.connection()
    vault.close()
    assert not vault.is_open
