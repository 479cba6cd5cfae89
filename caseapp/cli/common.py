"""Helpers shared by the commands: vault path, passphrase, opening a session."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.i18n import core_catalog
from caseapp.paths import default_vault_path
from caseapp.store import Session
from caseapp.vault.vault import Vault

PASSPHRASE_ENV = "CASEAPP_PASSPHRASE"
USER_ENV = "CASEAPP_USER"
LANG_ENV = "CASEAPP_LANG"

_language = "en"


def set_language(lang: str) -> None:
    """The language of this run's messages (``main`` sets it once, from ``--lang`` etc.)."""
    global _language
    _language = lang


def language() -> str:
    return _language


def text(message: str, **values: object) -> str:
    """``message`` (an English template with ``{name}`` fields) in this run's language."""
    template = core_catalog(_language).get(message, message)
    return template.format(**values) if values else template


def say(message: str, **values: object) -> None:
    """Print one translated line on stdout."""
    print(text(message, **values))


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


def read_passphrase(args: argparse.Namespace, prompt: str = "") -> str:
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
        raise BadInput(
            "No passphrase: use a prompt, {env} or --passphrase-file.", env=PASSPHRASE_ENV
        )
    return getpass.getpass(prompt or text("Passphrase: "))


def open_session(args: argparse.Namespace) -> Session:
    vault, account = Vault.unlock(vault_path(args), username(args), read_passphrase(args))
    return Session(vault, account)
