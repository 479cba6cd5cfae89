"""Shared fixtures: real encrypted vaults in temp folders, built once and copied per test.

Key derivation is deliberately slow (~0.5 s); tests use ``TEST_KDF``, which production code
refuses unless ``CASEAPP_TEST_WEAK_KDF=1`` (set here, for the test process only).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["CASEAPP_TEST_WEAK_KDF"] = "1"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseapp.accounts import add_account, create_vault, unlock_session
from caseapp.cli.common import forget_secrets
from caseapp.domain.models import Account
from caseapp.store import Session
from caseapp.vault.keyslots import TEST_KDF, keyfile_paths

#: Qt keeps per-user settings (window geometry) under $XDG_CONFIG_HOME: point it at a folder of
#: this test run, so tests never write into the real user's settings (as CASEAPP_HOME does for
#: ours). Set before Qt first reads it; tests/gui/conftest.py also pins QSettings' paths.
QT_SETTINGS_HOME = tempfile.mkdtemp(prefix="caseapp-test-qsettings-")
os.environ["XDG_CONFIG_HOME"] = QT_SETTINGS_HOME
atexit.register(shutil.rmtree, QT_SETTINGS_HOME, ignore_errors=True)

ADMIN = "admin"
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings and default vault locations point into the test's temp folder."""
    monkeypatch.setenv("CASEAPP_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("CASEAPP_VAULT", raising=False)
    monkeypatch.delenv("CASEAPP_PASSPHRASE", raising=False)
    forget_secrets()


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.caseapp"
    with pytest.MonkeyPatch.context() as patch:  # its installation id: not the user's folder
        patch.setenv("CASEAPP_HOME", str(folder / "home"))
        session, recovery = create_vault(path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    session.vault.close()
    return path, recovery


@pytest.fixture
def vault_path(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh copy of an empty vault (database + key files) for one test."""
    source, _ = template_vault
    target = tmp_path / "test.caseapp"
    shutil.copy2(source, target)
    for src, dst in zip(keyfile_paths(source), keyfile_paths(target), strict=True):
        shutil.copy2(src, dst)
    # Opened by the installation that made it: not a vault copied by hand to another laptop.
    home = Path(os.environ["CASEAPP_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source.parent / "home" / "installation-id", home / "installation-id")
    return target


@pytest.fixture
def recovery_key(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


@pytest.fixture
def session(vault_path: Path) -> Iterator[Session]:
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    yield session
    session.vault.close()


def make_account(session: Session, username: str, role: str) -> Account:
    return add_account(session, username, PASSPHRASE, role, kdf=TEST_KDF).account
