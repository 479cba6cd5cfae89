"""Account life-cycle and key files under attack: the probe's D3, D5, D6, D15, D17, D20 cases."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp import accounts
from caseapp.accounts import (
    add_account,
    change_passphrase,
    create_vault,
    disable_account,
    enable_account,
    find_account,
    recover_account,
    remove_account,
    rotate_database_key,
    unlock_session,
)
from caseapp.cli import main
from caseapp.domain.models import Account, PrisonerRecord
from caseapp.errors import BadInput, NotAVault, PermissionDenied, WrongPassphrase
from caseapp.store import Session, list_entities
from caseapp.vault import keyslots
from caseapp.vault import vault as vault_module
from caseapp.vault.keyslots import (
    TEST_KDF,
    KeyFile,
    check_passphrase_strength,
    keyfile_paths,
)
from caseapp.vault.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

BOB_PASS = "brand new passphrase 2026"


class Crash(BaseException):
    """Stands for the process dying at a fault point (nothing after it runs)."""


@pytest.fixture
def crash_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Put a step name in the list to make the process "die" when it reaches that step."""
    armed: list[str] = []

    def fault(step: str) -> None:
        if step in armed:
            raise Crash(step)

    monkeypatch.setattr(vault_module, "fault_point", fault)
    monkeypatch.setattr(accounts, "fault_point", fault)
    yield armed


def _reopen(path: Path, user: str = ADMIN, passphrase: str = PASSPHRASE) -> Session:
    return unlock_session(path, user, passphrase)


def _slots_everywhere(session: Session, account_id: str) -> list[str]:
    """Where a slot of ``account_id`` still exists: the files and the mirror inside."""
    found = []
    for path in keyfile_paths(session.vault.path):
        if any(s.account_id == account_id for s in KeyFile.from_bytes(path.read_bytes()).slots):
            found.append(path.name)
    mirror = session.vault.read_mirror()
    if mirror and any(s.account_id == account_id for s in mirror.slots):
        found.append("mirror")
    return found


def _add_bob(session: Session, role: str = "caseworker") -> Account:
    return add_account(session, "bob", BOB_PASS, role, kdf=TEST_KDF).account


# --- D3: revocation ---------------------------------------------------------------------------


def test_disabling_destroys_the_slot_everywhere(session: Session, tmp_path: Path) -> None:
    bob = _add_bob(session)
    old_keys = tmp_path / "old.keys"
    shutil.copy2(keyfile_paths(session.vault.path)[0], old_keys)
    disable_account(session, bob.id)
    assert _slots_everywhere(session, bob.id) == []
    path = session.vault.path
    session.vault.close()
    with pytest.raises(WrongPassphrase):
        _reopen(path, "bob", BOB_PASS)
    # The probe: an old copy of the key file next to the current vault: refused, and repaired.
    shutil.copy2(old_keys, keyfile_paths(path)[0])
    shutil.copy2(old_keys, keyfile_paths(path)[1])
    with pytest.raises(BadInput, match="no longer opens"):
        _reopen(path, "bob", BOB_PASS)
    assert all(
        bob.id not in {s.account_id for s in KeyFile.from_bytes(p.read_bytes()).slots}
        for p in keyfile_paths(path)
    )


def test_enable_needs_a_new_passphrase_and_remove_destroys_the_slot(session: Session) -> None:
    bob = _add_bob(session)
    disable_account(session, bob.id)
    enable_account(session, bob.id, "bob's second passphrase here", kdf=TEST_KDF)
    path = session.vault.path
    again = _reopen(path, "bob", "bob's second passphrase here")
    again.vault.close()
    remove_account(session, bob.id)
    assert _slots_everywhere(session, bob.id) == []
    assert find_account(session.conn, "bob") is None
    with pytest.raises(BadInput, match="own account"):
        disable_account(session, session.account.id)


def test_rekey_makes_old_key_files_passphrases_and_recovery_key_useless(
    session: Session, recovery_key: str, tmp_path: Path
) -> None:
    with session.transaction("add") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук"))
    _add_bob(session)
    path = session.vault.path
    old_keys = tmp_path / "old.keys"
    shutil.copy2(keyfile_paths(path)[0], old_keys)
    result = rotate_database_key(session, PASSPHRASE, kdf=TEST_KDF)
    assert result.needs_passphrase == ["bob"]
    assert result.recovery_key != recovery_key
    session.vault.close()
    with pytest.raises(BadInput, match="does not open"):
        Vault.unlock_with_recovery_key(path, recovery_key)
    new = Vault.unlock_with_recovery_key(path, result.recovery_key)
    new.close()
    with pytest.raises(WrongPassphrase):
        _reopen(path, "bob", BOB_PASS)
    reopened = _reopen(path)
    assert [p.id for p in list_entities(reopened.conn, PrisonerRecord)] == [person.id]
    reopened.vault.close()
    # An old key file and the old passphrase: the probe's attack after a passphrase change.
    attack = tmp_path / "attack"
    attack.mkdir()
    shutil.copy2(path, attack / path.name)
    for target in keyfile_paths(attack / path.name):
        shutil.copy2(old_keys, target)
    with pytest.raises(BadInput, match="replaced"):
        _reopen(attack / path.name)


@pytest.mark.parametrize(
    "step", ["after commit", "before key files", "after key files", "before rekey", "after rekey",
             "before cleanup"],
)  # fmt: skip
def test_a_crash_at_each_rekey_step_leaves_a_vault_the_admin_opens(
    session: Session, crash_at: list[str], step: str
) -> None:
    with session.transaction("add") as txn:
        txn.create(PrisonerRecord(family_name="Коваль"))
    path = session.vault.path
    crash_at.append(step)
    with pytest.raises(Crash):
        rotate_database_key(session, PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    crash_at.clear()
    again = _reopen(path)
    assert len(list_entities(again.conn, PrisonerRecord)) == 1
    keys = [KeyFile.from_bytes(p.read_bytes()) for p in keyfile_paths(path)]
    mirror = again.vault.read_mirror()
    assert mirror is not None
    # After the reopen, the files and the mirror agree and hold one key's slots only.
    assert keys[0].to_bytes() == keys[1].to_bytes() == mirror.to_bytes()
    assert len({s.key_id for s in mirror.slots}) == 1
    again.vault.close()


def test_rekey_from_the_cli_prints_the_new_recovery_key_once(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["rekey", "--vault", str(vault_path)]) == 0
    out = capsys.readouterr().out
    key = out.split("shown only this once):")[1].split()[0]
    Vault.unlock_with_recovery_key(vault_path, key).close()
    assert "CASEAPP_PASSPHRASE" not in os.environ  # scrubbed after reading


def test_account_commands(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", BOB_PASS)
    vault = ["--vault", str(vault_path)]
    assert main(["account", "add", "bob", *vault]) == 0
    assert main(["account", "disable", "bob", *vault]) == 0
    assert main(["account", "list", *vault]) == 0
    assert "bob\tcaseworker\tdisabled" in capsys.readouterr().out
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "bob again with new words")
    assert main(["account", "enable", "bob", *vault]) == 0
    _reopen(vault_path, "bob", "bob again with new words").vault.close()
    assert main(["account", "remove", "bob", *vault]) == 0
    assert main(["account", "remove", "nobody", *vault]) == 2
    assert "No account" in capsys.readouterr().err
    monkeypatch.setenv("CASEAPP_USER", "bob")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "bob again with new words")
    assert main(["list", "prisoners", *vault]) == 2


def test_viewers_cannot_list_accounts(session: Session) -> None:
    viewer = add_account(session, "vera", BOB_PASS, "viewer", kdf=TEST_KDF).account
    with pytest.raises(PermissionDenied, match="administrator"):
        accounts.list_accounts(Session(session.vault, viewer))


# --- D5: a crash while adding an account ------------------------------------------------------


@pytest.mark.parametrize("step", ["after commit", "before key files", "after key files", "between"])
def test_a_crash_while_adding_leaves_no_orphan_slot(
    session: Session, crash_at: list[str], monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = session.vault.path
    if step == "between":  # dies after the primary file, before the backup copy
        real = keyslots._atomic_write
        calls = []

        def once(target: Path, data: bytes) -> None:
            calls.append(target)
            if len(calls) == 2:
                raise Crash(step)
            real(target, data)

        monkeypatch.setattr(keyslots, "_atomic_write", once)
    else:
        crash_at.append(step)
    with pytest.raises(Crash):
        _add_bob(session)
    session.vault.close()
    monkeypatch.undo()
    crash_at.clear()
    admin = _reopen(path)  # the next unlock makes files and mirror agree
    bob = find_account(admin.conn, "bob")
    assert bob is not None and bob.active  # the commit happened first: a whole account
    admin.vault.close()
    _reopen(path, "bob", BOB_PASS).vault.close()
    assert not list(path.parent.glob("*.tmp-*"))


def test_a_slot_without_account_is_removed_at_the_next_unlock(session: Session) -> None:
    """An orphan slot in the files (the old order's crash) opens nothing and disappears."""
    keyfile = session.vault.keyfile.copy()
    keyfile.add_slot("no-such-account", "bob", BOB_PASS, session.vault._db_key, TEST_KDF)
    keyslots.write_keyfile(session.vault.path, keyfile)
    path = session.vault.path
    session.vault.close()
    with pytest.raises(BadInput, match="no longer opens"):
        _reopen(path, "bob", BOB_PASS)
    admin = _reopen(path)
    assert "no-such-account" not in {s.account_id for s in admin.vault.keyfile.slots}
    _add_bob(admin)  # the name is usable
    admin.vault.close()


# --- D6: one damaged byte in a slot -----------------------------------------------------------


@pytest.mark.parametrize("name", ["wrapped", "salt", "nonce", "lookup", "vault_id"])
def test_a_damaged_slot_falls_back_to_the_backup_copy(vault_path: Path, name: str) -> None:
    primary, backup = keyfile_paths(vault_path)
    data = json.loads(primary.read_text())
    target = data if name == "vault_id" else data["slots"][0]
    value = target[name]
    target[name] = ("B" if value[0] != "B" else "C") + value[1:]
    primary.write_text(json.dumps(data))
    good_backup = backup.read_bytes()
    session = _reopen(vault_path)
    assert backup.read_bytes() == good_backup  # never overwritten with damaged data
    assert primary.read_bytes() == good_backup  # the primary is repaired from the copy inside
    session.vault.close()


def test_recover_never_copies_a_damaged_primary_over_a_good_backup(
    vault_path: Path, recovery_key: str
) -> None:
    primary, backup = keyfile_paths(vault_path)
    data = json.loads(primary.read_text())
    data["slots"][0]["wrapped"] = "A" + data["slots"][0]["wrapped"][1:]
    primary.write_text(json.dumps(data))
    recover_account(vault_path, recovery_key, ADMIN, "recovered words for admin", kdf=TEST_KDF)
    for path in (primary, backup):
        keyfile = KeyFile.from_bytes(path.read_bytes())
        assert all(s.wrapped != data["slots"][0]["wrapped"] for s in keyfile.slots)
    _reopen(vault_path, ADMIN, "recovered words for admin").vault.close()


# --- D15: passphrases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weak", ["1234567890", "aaaaaaaaaa", "password12", "qwertyuiop", " " * 10, "\t" * 10]
)
def test_guessable_passphrases_are_refused(weak: str, tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        check_passphrase_strength(weak)
    with pytest.raises(BadInput):
        create_vault(tmp_path / "w.caseapp", ADMIN, weak, kdf=TEST_KDF)
    assert list(tmp_path.iterdir()) == []


def test_the_same_passphrase_in_nfd_opens_the_vault(tmp_path: Path) -> None:
    passphrase = "Пароль-йїё-café-2026"
    session, _ = create_vault(tmp_path / "n.caseapp", ADMIN, passphrase, kdf=TEST_KDF)
    session.vault.close()
    decomposed = unicodedata.normalize("NFD", passphrase)
    assert decomposed != passphrase
    _reopen(tmp_path / "n.caseapp", ADMIN, decomposed).vault.close()


@pytest.mark.parametrize(
    ("content", "code"),
    [("\ufeff" + PASSPHRASE + "\r\n", 0), ("\ufffe", 2)],
    ids=["bom", "not-utf8"],
)
def test_passphrase_files_with_a_bom_work_and_others_give_one_line(
    vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, code: int
) -> None:
    secret = tmp_path / "pp"
    secret.write_bytes(content.encode("utf-8") if code == 0 else b"\xff\xfe\x00\xd8")
    args = ["list", "prisoners", "--vault", str(vault_path), "--passphrase-file", str(secret)]
    assert main(args) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == code // 2


def test_change_passphrase_retires_the_old_key_file_copy(session: Session, tmp_path: Path) -> None:
    path = session.vault.path
    old = tmp_path / "old.keys"
    shutil.copy2(keyfile_paths(path)[0], old)
    change_passphrase(session, PASSPHRASE, "another long passphrase", kdf=TEST_KDF)
    session.vault.close()
    for target in keyfile_paths(path):
        shutil.copy2(old, target)
    with pytest.raises(BadInput, match="no longer opens"):
        _reopen(path)
    _reopen(path, ADMIN, "another long passphrase").vault.close()


# --- D17 and D20: what the key file tells, and whose it is ------------------------------------


def test_user_names_cannot_be_confirmed_from_the_key_file(session: Session) -> None:
    _add_bob(session)
    raw = keyfile_paths(session.vault.path)[0].read_text()
    data = json.loads(raw)
    salt = keyslots._unb64(data["lookup_salt"])
    for name in ("admin", "bob"):
        full = hmac.new(salt, name.encode(), hashlib.sha256).hexdigest()
        assert full not in raw and full[:8] not in raw
    assert all(len(s["lookup"]) == keyslots.TAG_DIGITS for s in data["slots"])


def test_key_files_of_another_vault_are_named_as_such(vault_path: Path, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other.caseapp", ADMIN, PASSPHRASE, kdf=TEST_KDF)
    other.vault.close()
    for source, target in zip(
        keyfile_paths(tmp_path / "other.caseapp"), keyfile_paths(vault_path), strict=True
    ):
        shutil.copy2(source, target)
    with pytest.raises(NotAVault, match="belongs to another vault"):
        _reopen(vault_path)


def test_killing_rekey_at_random_moments_never_locks_the_administrator_out(
    session: Session,
) -> None:
    """SIGKILL during `caseapp rekey` (a real process, several moments): the vault stays whole."""
    import subprocess
    import sys
    import time

    with session.transaction("bulk") as txn:
        for i in range(3000):
            txn.create(PrisonerRecord(family_name=f"Name{i}", notes="x" * 200))
    path = session.vault.path
    session.vault.close()
    env = {**os.environ, "CASEAPP_TEST_WEAK_KDF": "1", "CASEAPP_PASSPHRASE": PASSPHRASE}
    root = Path(__file__).resolve().parents[1]
    for delay in (0.5, 0.7, 0.9, 1.1):
        proc = subprocess.Popen(
            [sys.executable, "-m", "caseapp", "rekey", "--vault", str(path)],
            env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(delay)
        proc.kill()
        proc.wait()
        again = _reopen(path)
        assert len(list_entities(again.conn, PrisonerRecord)) == 3000
        assert again.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        again.vault.close()


def test_locking_during_rotation_still_returns_the_new_recovery_key(session: Session) -> None:
    """Lock works at every moment: if it comes right after the re-encryption, the new key (the
    only way in besides the passphrase) is still handed back, and the next unlock tidies up."""
    path = session.vault.path
    real = session.vault.rekey

    def rekey_then_lock(new_key: bytes) -> None:
        real(new_key)
        session.vault.begin_close()  # the GUI's Lock, arriving at the worst moment

    session.vault.rekey = rekey_then_lock  # type: ignore[method-assign]
    result = rotate_database_key(session, PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    Vault.unlock_with_recovery_key(path, result.recovery_key).close()
    again = _reopen(path)
    assert len({s.key_id for s in again.vault.keyfile.slots}) == 1
    again.vault.close()


@pytest.mark.parametrize("step", ["vault staged", "key files in place"])
def test_a_crash_while_creating_never_leaves_a_vault_without_key_files_or_administrator(
    tmp_path: Path, crash_at: list[str], step: str
) -> None:
    """A killed `init`: no half vault at the path, and the next `init` there just works."""
    folder = tmp_path / "vaults"  # its own folder: the test's data home is in tmp_path too
    folder.mkdir()
    path = folder / "v.caseapp"
    crash_at.append(step)
    with pytest.raises(Crash):
        create_vault(path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    crash_at.clear()
    assert not path.exists()
    session, recovery = create_vault(path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    assert sorted(p.name for p in folder.iterdir()) == [
        "v.caseapp", "v.caseapp.keys", "v.caseapp.keys.bak"
    ]  # fmt: skip
    _reopen(path).vault.close()
    Vault.unlock_with_recovery_key(path, recovery).close()


def test_creating_next_to_key_files_of_another_vault_is_refused(
    vault_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new.caseapp"
    shutil.copy2(keyfile_paths(vault_path)[0], keyfile_paths(target)[0])
    with pytest.raises(BadInput, match="already exists"):
        create_vault(target, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    assert keyfile_paths(target)[0].exists()  # somebody's key file is never deleted
