"""``caseapp check`` and ``caseapp rematch``: upkeep of a vault from the command line.

Unlock checks only what it can in milliseconds (see ``Vault._check_file``); ``check`` reads and
authenticates every page. ``rematch`` refreshes every request's suggestions, on the same worker
processes and through the same write path as the GUI's "Re-match now".
"""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import add_vault_args, open_session
from caseapp.matching.upkeep import IndexCache, rematch_all


def cmd_check(args: argparse.Namespace) -> int:
    session = open_session(args, record_sign_in=False)  # the check writes nothing
    try:
        pages = session.vault.check_integrity()
    finally:
        session.vault.close()
    print(f"Checked {pages} pages: the vault file is intact.")
    return 0


def cmd_rematch(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        result = rematch_all(session, IndexCache())
    finally:
        session.vault.close()
    print(
        f"Re-matched {result.requests} requests: {result.created} new, {result.updated} "
        f"updated, {result.dropped} no longer suggested."
    )
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "check",
        help="read and authenticate every page of a vault (unlock checks only a few)",
        description="The full integrity check: every page is decrypted and its HMAC verified, "
        "then the database structure is checked. Read-only. Exit code 1 if damaged.",
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_check)
    p = subparsers.add_parser(
        "rematch",
        help="refresh the suggested matches of every tracing request",
        description="Score every open tracing request against every prisoner record and store "
        "the best as potential links (suggestions only: a person confirms each one).",
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_rematch)
