"""Helpers shared by the commands: vault path, passphrase, opening a session."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.paths import default_vault_path
from caseapp.store import Session
from caseapp.vault.vault import Vault

PASSPHRASE_ENV = "CASEAPP_PASSPHRASE"
USER_ENV = "CASEAPP_USER"


def add_vault_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", type=Path, help="vault file (default: CASEAPP_VAULT or data folder)"
    )
    parser.add_argument("--user", help="account name (default: CASEAPP_USER or 'admin')")
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else default_vault_path()


def username(args: argparse.Namespace) -> str:
    return getattr(args, "user", None) or os.environ.get(USER_ENV) or "admin"


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """From --passphrase-file, else CASEAPP_PASSPHRASE, else an interactive prompt."""
    file = getattr(args, "passphrase_file", None)
    if file:
        try:
            return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError:
            raise BadInput("Cannot read the passphrase file.") from None
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise BadInput(f"No passphrase: use a prompt, {PASSPHRASE_ENV} or --passphrase-file.")
    return getpass.getpass(prompt)


def open_session(args: argparse.Namespace) -> Session:
    vault, account = Vault.unlock(vault_path(args), username(args), read_passphrase(args))
    if vault.copied_from:
        sys.stderr.write(f"caseapp: {COPIED_VAULT}\n")
    return Session(vault, account)


#: Shown when a vault turns out to be a copy from another laptop (see Vault._claim_device).
COPIED_VAULT = (
    "This vault was copied from another laptop. It now has a device id of its own, so its "
    "reference numbers cannot clash with the original's, and it can still import bundles; to "
    "send bundles, create this laptop's vault from a coordinator's provisioning file "
    "(caseapp init --provision FILE)."
)
