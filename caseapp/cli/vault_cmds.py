"""Vault administration: init, recover, passphrase change, accounts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.common import add_vault_args, open_session, read_passphrase, username, vault_path
from caseapp.domain.models import ROLES, Account
from caseapp.errors import BadInput
from caseapp.store import list_entities, recover_account
from caseapp.vault.keyslots import default_kdf
from caseapp.vault.vault import Vault


def _new_passphrase(args: argparse.Namespace, prompt: str = "New passphrase: ") -> str:
    if getattr(args, "passphrase_file", None) or os.environ.get("CASEAPP_PASSPHRASE") is not None:
        return read_passphrase(args)
    if not sys.stdin.isatty():
        raise BadInput("No passphrase: use a prompt, CASEAPP_PASSPHRASE or --passphrase-file.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat it: ") != first:
        raise BadInput("The two passphrases differ. Nothing was created.")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    path.parent.mkdir(parents=True, exist_ok=True)
    if args.provision is not None:  # a new laptop joining a team (caseapp/sync/provision.py)
        from caseapp.cli.sync_cmds import one_time_passphrase, summary
        from caseapp.sync.provision import join

        if not args.provision.is_file():
            raise BadInput("The provisioning file cannot be read.")
        once = one_time_passphrase(confirm=False)
        passphrase = _new_passphrase(args)
        vault, account, recovery, result = join(
            path, args.provision, once, username(args), passphrase, kdf=default_kdf()
        )
        vault.close()
        print(f"Joined the team as a new laptop; copied: {summary(result)[0]}.")
        print("Delete the provisioning file now: it opens the team's data.")
    else:
        passphrase = _new_passphrase(args)
        vault, account, recovery = Vault.create(path, username(args), passphrase, kdf=default_kdf())
        vault.close()
    print(f"Created vault {path} with administrator '{account.username}'.")
    print("RECOVERY KEY (print it, keep it locked away; it is shown only this once):")
    print(f"    {recovery}")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    key = os.environ.get("CASEAPP_RECOVERY_KEY")
    if key is None:
        if not sys.stdin.isatty():
            raise BadInput("No recovery key: type it at the prompt or set CASEAPP_RECOVERY_KEY.")
        key = input("Recovery key: ")
    recover_account(vault_path(args), key, username(args), _new_passphrase(args), kdf=default_kdf())
    print(f"New passphrase set for '{username(args)}'.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        old = os.environ.get("CASEAPP_PASSPHRASE") or read_passphrase(args)
        new = os.environ.get("CASEAPP_NEW_PASSPHRASE")
        if new is None:
            if not sys.stdin.isatty():
                raise BadInput("No new passphrase: use the prompt or CASEAPP_NEW_PASSPHRASE.")
            new = _new_passphrase(argparse.Namespace())
        session.change_passphrase(old, new, kdf=default_kdf())
    finally:
        session.vault.close()
    print("Passphrase changed.")
    return 0


def cmd_account_add(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        new = os.environ.get("CASEAPP_NEW_PASSPHRASE")
        if new is None:
            if not sys.stdin.isatty():
                raise BadInput("No passphrase for the new account: use CASEAPP_NEW_PASSPHRASE.")
            new = _new_passphrase(argparse.Namespace())
        account = session.add_account(
            args.name, new, args.role, display_name=args.display_name, kdf=default_kdf()
        )
    finally:
        session.vault.close()
    print(f"Added account '{account.username}' ({account.role}).")
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        for account in list_entities(session.conn, Account, order_by="username"):
            state = "active" if account.active else "disabled"
            print(f"{account.username}\t{account.role}\t{state}")
    finally:
        session.vault.close()
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="create a vault and its administrator account")
    add_vault_args(p)
    p.add_argument(
        "--provision", type=Path, help="join a team from a coordinator's provisioning file"
    )
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("recover", help="set a new passphrase using the recovery key")
    add_vault_args(p)
    p.set_defaults(func=cmd_recover)

    p = subparsers.add_parser("passwd", help="change your passphrase")
    add_vault_args(p)
    p.set_defaults(func=cmd_passwd)

    account = subparsers.add_parser("account", help="manage accounts (administrators)")
    account_sub = account.add_subparsers(dest="account_command", required=True)
    p = account_sub.add_parser("add", help="add an account")
    add_vault_args(p)
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES, default="caseworker")
    p.add_argument("--display-name")
    p.set_defaults(func=cmd_account_add)
    p = account_sub.add_parser("list", help="list accounts")
    add_vault_args(p)
    p.set_defaults(func=cmd_account_list)
