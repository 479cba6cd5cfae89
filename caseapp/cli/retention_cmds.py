"""Emergency wipe and retention purge (administrators): ``caseapp wipe`` and ``caseapp purge``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from caseapp.cli.common import (
    add_vault_args,
    finish_progress,
    open_session,
    say,
    terminal_progress,
    text,
)
from caseapp.errors import BadInput
from caseapp.purge import PurgePreview, preview_purge, purge_closed_cases, set_retention_days
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


def _show_preview(preview: PurgePreview) -> None:
    say(
        "Closed cases unchanged for {days} days (since before {date}): {count}",
        days=preview.days,
        date=preview.cutoff[:10],
        count=len(preview.candidates),
    )
    for c in preview.candidates:
        parts = sum(c.parts.values())
        print(f"    {c.ref}  {c.closed_reason}  {c.last_change}  +{parts}")
    totals = preview.totals()
    if totals:
        print("    " + ", ".join(f"{kind}: {n}" for kind, n in totals.items()))


def cmd_purge(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        if args.set_period is not None:
            set_retention_days(session, args.set_period)
            say("Retention period set to {days} days.", days=args.set_period)
            return 0
        preview = preview_purge(session, args.older_than)
        if args.preview or not preview.candidates:
            _show_preview(preview)
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise BadInput(
                    "A purge cannot be undone. Run with --preview to see what would go, "
                    "then with --yes to purge."
                )
            _show_preview(preview)
            answer = input(text("Purge these cases for good? Type yes to confirm: "))
            if answer.strip().casefold() not in ("yes", text("yes").casefold()):
                say("Nothing was purged.")
                return 1
        progress = terminal_progress()
        try:
            result = purge_closed_cases(
                session,
                preview.days,
                only=[c.request_id for c in preview.candidates],
                progress=progress,
            )
        finally:
            finish_progress(progress)
    finally:
        session.vault.close()
    say(
        "Purged {count} closed cases ({records} records); their references remain:",
        count=result.requests,
        records=result.records,
    )
    for ref in result.refs:
        print(f"    {ref}")
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

    p = subparsers.add_parser(
        "purge",
        help="retention: purge closed cases older than a period (administrators)",
        description="Remove the personal data of closed cases unchanged for DAYS days "
        "(default: the vault's retention period): the requests, their parts, letters' PDFs, "
        "attachments and the content of their journal entries. References, statuses and "
        "dates stay for statistics. The purge travels to other laptops in bundles.",
    )
    add_vault_args(p)
    p.add_argument("--older-than", type=int, metavar="DAYS", help="retention period in days")
    p.add_argument("--preview", action="store_true", help="only list what would be purged")
    p.add_argument("--yes", action="store_true", help="purge without asking")
    p.add_argument(
        "--set-period", type=int, metavar="DAYS", help="set the vault's retention period"
    )
    p.set_defaults(func=cmd_purge)
