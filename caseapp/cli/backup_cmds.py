"""``caseapp backup`` and ``caseapp restore``: an encrypted copy of a vault in one file, and
putting one back after checking it whole (see ``caseapp.backup``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseapp.backup import create_backup, restore_backup, set_reminder_days
from caseapp.cli.common import (
    add_vault_args,
    finish_progress,
    open_session,
    read_passphrase,
    say,
    take_env,
    terminal_progress,
    text,
    username,
    vault_path,
)
from caseapp.errors import BadInput

RECOVERY_KEY_ENV = "CASEAPP_RECOVERY_KEY"


def cmd_backup(args: argparse.Namespace) -> int:
    if args.out is None and args.remind_days is None:
        raise BadInput("Say where to write the backup: --out FILE.")
    session = open_session(args)
    try:
        if args.remind_days is not None:
            set_reminder_days(session, args.remind_days)
            say("Backup reminder: after {days} days (0: off).", days=args.remind_days)
        if args.out is not None:
            progress = terminal_progress()
            try:
                result = create_backup(session, Path(args.out), progress)
            finally:
                finish_progress(progress)
            say("Backup written: {path} ({size:,} bytes).", path=result.path, size=result.size)
    finally:
        session.vault.close()
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    passphrase = recovery = None
    if args.recovery_key:
        recovery = take_env(RECOVERY_KEY_ENV)
        if recovery is None:
            if not sys.stdin.isatty():
                raise BadInput(
                    "No recovery key: type it at the prompt or set {env}.", env=RECOVERY_KEY_ENV
                )
            recovery = input(text("Recovery key: "))
    else:
        passphrase = read_passphrase(args)
    progress = terminal_progress()
    try:
        result = restore_backup(
            Path(args.file),
            vault_path(args),
            username=username(args),
            passphrase=passphrase,
            recovery_key=recovery,
            progress=progress,
        )
    finally:
        finish_progress(progress)
    say(
        "Restored the backup made {when} to {path}.", when=result.created_at, path=result.vault_path
    )
    if result.replaced is not None:
        say("The vault it replaced is kept as {path}.", path=result.replaced)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "backup",
        help="write an encrypted copy of the vault to one file",
        description="An encrypted copy (never decrypted on disk) holding no key slot: the "
        "recovery key opens it, and so does a passphrase that opens this vault on this laptop "
        "at the time of the restore (not after an emergency wipe). Copy it to another disk or "
        "stick.",
    )
    add_vault_args(p)
    p.add_argument("--out", type=Path, help="the backup file to write (.caseapp-backup)")
    p.add_argument(
        "--remind-days",
        type=int,
        help="remind of a backup after this many days (0: never); administrators only",
    )
    p.set_defaults(func=cmd_backup)
    p = subparsers.add_parser(
        "restore",
        help="replace the vault by a backup, after checking the backup",
        description="Opens the backup with your current passphrase of this vault (or the "
        "recovery key: needed after an emergency wipe, a key rotation or on another laptop), "
        "checks every "
        "page and that it is a backup of this vault, then replaces the vault; the replaced "
        "vault is kept next to it, renamed with the date. Close the app first.",
    )
    p.add_argument("file", type=Path, help="the backup file")
    add_vault_args(p)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=f"open the backup with the recovery key (prompt or {RECOVERY_KEY_ENV})",
    )
    p.set_defaults(func=cmd_restore)
