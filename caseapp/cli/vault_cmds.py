"""Vault administration: init, recover, passphrase change, accounts, key rotation."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
from pathlib import Path
from typing import Any

from caseapp.accounts import (
    add_account,
    change_passphrase,
    create_vault,
    disable_account,
    enable_account,
    find_account,
    list_accounts,
    recover_account,
    remove_account,
    reset_passphrase,
    rotate_database_key,
    set_request_scope,
    set_team,
)
from caseapp.cli.common import (
    PASSPHRASE_ENV,
    add_vault_args,
    open_session,
    read_passphrase,
    say,
    take_env,
    text,
    username,
    vault_path,
)
from caseapp.domain.models import ROLES, Account
from caseapp.errors import BadInput
from caseapp.store import Session
from caseapp.vault.keyslots import default_kdf

NEW_PASSPHRASE_ENV = "CASEAPP_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "CASEAPP_RECOVERY_KEY"


def _new_passphrase(args: argparse.Namespace, prompt: str = "") -> str:
    if getattr(args, "passphrase_file", None) or take_env(PASSPHRASE_ENV) is not None:
        return read_passphrase(args)
    if not sys.stdin.isatty():
        raise BadInput(
            "No passphrase: use a prompt, {env} or --passphrase-file.", env=PASSPHRASE_ENV
        )
    first = getpass.getpass(prompt or text("New passphrase: "))
    if getpass.getpass(text("Repeat it: ")) != first:
        raise BadInput("The two passphrases differ. Nothing was created.")
    return first


def _other_passphrase(what: str) -> str:
    """A new passphrase for an account: CASEAPP_NEW_PASSPHRASE, else typed twice."""
    new = take_env(NEW_PASSPHRASE_ENV)
    if new is not None:
        return new
    if not sys.stdin.isatty():
        raise BadInput(
            "No new passphrase for {what}: use the prompt or {env}.",
            what=what,
            env=NEW_PASSPHRASE_ENV,
        )
    return _new_passphrase(argparse.Namespace())


def cmd_init(args: argparse.Namespace) -> int:
    path = vault_path(args)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise BadInput("The folder for the vault cannot be created there.") from None
    if args.provision is not None:  # a new laptop joining a team (caseapp/sync/provision.py)
        from caseapp.cli.sync_cmds import one_time_passphrase, summary
        from caseapp.sync.provision import join

        if not args.provision.is_file():
            raise BadInput("The provisioning file cannot be read.")
        once = one_time_passphrase(confirm=False)
        passphrase = _new_passphrase(args)
        session, recovery, result = join(
            path, args.provision, once, username(args), passphrase, kdf=default_kdf()
        )
        session.vault.close()
        say("Joined the team as a new laptop; copied: {summary}.", summary=summary(result)[0])
        say("Delete the provisioning file now: it opens the team's data.")
    else:
        passphrase = _new_passphrase(args)
        session, recovery = create_vault(path, username(args), passphrase, kdf=default_kdf())
        session.vault.close()
    say(
        "Created vault {path} with administrator '{user}'.",
        path=path,
        user=session.account.username,
    )
    say("RECOVERY KEY (print it, keep it locked away; it is shown only this once):")
    print(f"    {recovery}")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    key = take_env(RECOVERY_KEY_ENV)
    if key is None:
        if not sys.stdin.isatty():
            raise BadInput(
                "No recovery key: type it at the prompt or set {env}.", env=RECOVERY_KEY_ENV
            )
        key = input(text("Recovery key: "))
    recover_account(vault_path(args), key, username(args), _new_passphrase(args), kdf=default_kdf())
    say("New passphrase set for '{user}'.", user=username(args))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = read_passphrase(args)
    session = open_session(args)
    try:
        new = _other_passphrase("your account")
        change_passphrase(session, old, new, kdf=default_kdf())
    finally:
        session.vault.close()
    say("Passphrase changed.")
    return 0


def _account(session: Session, name: str) -> Account:
    account = find_account(session.conn, name)
    if account is None:
        raise BadInput("No account with this user name in the vault.")
    return account


def cmd_account_add(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        new = _other_passphrase("the new account")
        result = add_account(
            session, args.name, new, args.role, display_name=args.display_name, kdf=default_kdf()
        )
    finally:
        session.vault.close()
    say("Added account '{user}' ({role}).", user=result.account.username, role=result.account.role)
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        for row in list_accounts(session):
            state = row.state if row.laptop is None else f"{row.state}: {row.laptop}"
            print(
                f"{row.account.username}\t{row.account.role}\t{state}\t"
                f"{row.account.team or '-'}\t{row.last_sign_in or 'never'}"
            )
    finally:
        session.vault.close()
    return 0


def cmd_account_disable(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        disable_account(session, _account(session, args.name).id)
    finally:
        session.vault.close()
    print(f"Disabled account '{args.name}'; its key slot was destroyed.")
    print("Copies of the key file made before still unwrap the old key: run 'caseapp rekey'.")
    return 0


def cmd_account_enable(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        account = _account(session, args.name)
        enable_account(session, account.id, _other_passphrase("this account"), kdf=default_kdf())
    finally:
        session.vault.close()
    print(f"Enabled account '{args.name}' with a new passphrase.")
    return 0


def cmd_account_reset(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        account = _account(session, args.name)
        reset_passphrase(session, account.id, _other_passphrase("this account"), kdf=default_kdf())
    finally:
        session.vault.close()
    print(f"New passphrase set for '{args.name}'.")
    return 0


def cmd_account_team(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        set_team(session, _account(session, args.name).id, args.team)
    finally:
        session.vault.close()
    say("Account '{user}' is now in team '{team}'.", user=args.name, team=args.team or "-")
    return 0


def cmd_account_scope(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        set_request_scope(session, args.scope == "assigned")
    finally:
        session.vault.close()
    if args.scope == "assigned":
        say("Caseworkers now see only the requests assigned to them or their team.")
    else:
        say("Caseworkers now see every tracing request.")
    return 0


def cmd_account_remove(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        remove_account(session, _account(session, args.name).id)
    finally:
        session.vault.close()
    print(f"Removed account '{args.name}'; its key slot was destroyed.")
    print("Copies of the key file made before still unwrap the old key: run 'caseapp rekey'.")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args)
    session = open_session(args)
    # Ctrl+C between the re-encryption and the printout would lose the new recovery key.
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        result = rotate_database_key(session, passphrase, kdf=default_kdf())
    finally:
        session.vault.close()
        signal.signal(signal.SIGINT, previous)
    print("The vault is now encrypted under a new key. Old key files and the old recovery key")
    print("no longer open it.")
    print("NEW RECOVERY KEY (print it, keep it locked away; it is shown only this once):")
    print(f"    {result.recovery_key}")
    if result.needs_passphrase:
        print("These accounts need a new passphrase ('caseapp account reset NAME'):")
        for name in result.needs_passphrase:
            print(f"    {name}")
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

    p = subparsers.add_parser(
        "rekey",
        help="re-encrypt the vault under a new key (administrators)",
        description="Rotate the database key: old key files, old passphrases and the old "
        "recovery key stop working; prints the new recovery key once. Other accounts then need "
        "a new passphrase (caseapp account reset NAME).",
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_rekey)

    account = subparsers.add_parser("account", help="manage accounts (administrators)")
    account_sub = account.add_subparsers(dest="account_command", required=True)
    p = account_sub.add_parser("add", help="add an account")
    add_vault_args(p)
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES, default="caseworker")
    p.add_argument("--display-name")
    p.set_defaults(func=cmd_account_add)
    p = account_sub.add_parser(
        "list", help="list accounts: name, role, state, team, last sign-in on this laptop"
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_account_list)
    p = account_sub.add_parser(
        "team", help="put an account in a team (caseworkers see their team's requests)"
    )
    p.add_argument("name")
    p.add_argument("team", nargs="?", default="", help="the team's name; omit to remove")
    add_vault_args(p)
    p.set_defaults(func=cmd_account_team)
    p = account_sub.add_parser(
        "scope",
        help="whether caseworkers see only requests assigned to them or their team "
        "(assigned) or every request (all); takes effect at their next sign-in",
    )
    p.add_argument("scope", choices=("assigned", "all"))
    add_vault_args(p)
    p.set_defaults(func=cmd_account_scope)
    for name, func, help_text in (
        ("disable", cmd_account_disable, "disable an account and destroy its key slot"),
        ("enable", cmd_account_enable, "enable an account again, with a new passphrase"),
        ("reset", cmd_account_reset, "give an account a new passphrase"),
        ("remove", cmd_account_remove, "remove an account and destroy its key slot"),
    ):
        p = account_sub.add_parser(name, help=help_text)
        p.add_argument("name")
        add_vault_args(p)
        p.set_defaults(func=func)
