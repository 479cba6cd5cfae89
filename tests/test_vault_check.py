"""Unlock checks only what it reads (milliseconds at any size); the full check is on demand.

The fast check must still refuse a foreign or truncated file before anything writes to it, and
the full check (``Vault.check_integrity``, ``caseapp check``) must find a damaged page that
unlock never reads.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from caseapp.accounts import create_vault
from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord
from caseapp.errors import Cancelled, NotAVault, VaultCorrupt
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.vault.connection import open_connection
from caseapp.vault.keyslots import KeyFile, keyfile_paths
from caseapp.vault.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(session: Session) -> Path:
    """A vault with a few hundred pages of records, checkpointed into the file, and closed."""
    with session.transaction("bulk") as txn:
        for i in range(400):
            txn.create(PrisonerRecord(family_name=f"Name{i}", notes="x" * 1500))
    path = session.vault.path
    session.vault.close()
    keyfile = KeyFile.from_bytes(keyfile_paths(path)[0].read_bytes())
    conn = open_connection(path, keyfile.unwrap(ADMIN, PASSPHRASE)[1])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def _damage_a_page_unlock_does_not_read(path: Path) -> None:
    """Flip bytes in the middle of a page holding record notes (the last pages are indexes)."""
    raw = bytearray(path.read_bytes())
    page = len(raw) // PAGE // 2
    raw[page * PAGE + 1000 : page * PAGE + 1016] = bytes(16)
    path.write_bytes(bytes(raw))


def test_the_full_check_finds_a_damaged_page_that_unlock_does_not_read(
    session: Session, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    path = _filled(session)
    assert main(["check", "--vault", str(path)]) == 0
    assert "intact" in capsys.readouterr().out
    _damage_a_page_unlock_does_not_read(path)
    before = _digest(path)
    vault = Vault.unlock(path, ADMIN, PASSPHRASE)  # fast: the page is not read
    try:
        with pytest.raises(VaultCorrupt, match="damaged pages"):
            vault.check_integrity()
    finally:
        vault.close()
    assert main(["check", "--vault", str(path)]) == 1
    assert "damaged pages" in capsys.readouterr().err
    assert _digest(path) == before


def test_a_vault_cut_at_a_page_boundary_is_refused_untouched(session: Session) -> None:
    path = _filled(session)
    size = path.stat().st_size
    path.write_bytes(path.read_bytes()[: size - 20 * PAGE])
    before = _digest(path)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(path, ADMIN, PASSPHRASE)
    assert _digest(path) == before


def test_another_vaults_key_file_is_refused_untouched(vault_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.caseapp"
    create_vault(other, ADMIN, PASSPHRASE)[0].vault.close()
    for src, dst in zip(keyfile_paths(other), keyfile_paths(vault_path), strict=True):
        shutil.copy2(src, dst)
    before = _digest(vault_path)
    with pytest.raises(NotAVault, match="belongs to another vault"):
        Vault.unlock(vault_path, ADMIN, PASSPHRASE)
    assert _digest(vault_path) == before


def test_the_full_check_can_be_cancelled(session: Session) -> None:
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        session.vault.check_integrity(progress)
    assert session.vault.check_integrity(Progress()) > 0
