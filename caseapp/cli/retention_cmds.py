"""Emergency wipe and retention purge (administrators): ``caseapp wipe`` and ``caseapp purge``."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import add_vault_args, open_session, say
from caseapp.errors import BadInput
from caseapp.wipe import emergency_wipe


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes_destroy:
        raise BadInput(
            "A wipe destroys every key slot: only the recovery key opens the vault afterwards. "
            "Add --yes-destroy to do it."
        )
    session = open_session(args)
    try:
        result = emergency_wipe(session)
    finally:
        session.vault.close()
    say(
        "Every key slot was destroyed ({files} files, {ms} ms). No passphrase opens this vault "
        "now; the recovery key does ('caseapp recover').",
        files=result.files,
        ms=round(result.seconds * 1000),
    )
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "wipe",
        help="emergency wipe: destroy every key slot (administrators)",
        description="Destroy every key slot of the vault (key files, their copies and the copy "
        "inside the vault): no passphrase opens it, its WAL or backups made under those slots "
        "afterwards. The recovery key still opens it ('caseapp recover').",
    )
    add_vault_args(p)
    p.add_argument("--yes-destroy", action="store_true", help="confirm: destroy every key slot now")
    p.set_defaults(func=cmd_wipe)
