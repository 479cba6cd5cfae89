"""``caseapp events export|import``: prisoners' events (dates and spans) in a file of their own."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp.cli.common import add_vault_args, open_session, progress_line, say
from caseapp.io.events import export_events, import_events
from caseapp.io.tables import read_table
from caseapp.permissions import check_export


def cmd_export(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        check_export(session.role)
        with progress_line() as progress:
            count = export_events(session.conn, args.out, progress)
    finally:
        session.vault.close()
    say("Exported {count} events to {path}.", count=count, path=args.out)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    session = open_session(args)
    try:
        with progress_line() as progress:
            changes = import_events(session, table, progress)
    finally:
        session.vault.close()
    say("Imported {count} events.", count=len(changes.created.get("event", ())))
    return 0


def register(subparsers: Any) -> None:
    events = subparsers.add_parser(
        "events", help="prisoners' events (capture, transfer…) to or from CSV/XLSX"
    )
    sub = events.add_subparsers(dest="events_command", required=True)
    p = sub.add_parser("export", help="write every event, one a row, to a .csv or .xlsx file")
    p.add_argument("--out", type=Path, required=True, help="file to write (.csv or .xlsx)")
    add_vault_args(p)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser(
        "import",
        help="add the events of a file (columns: prisoner_ref, kind, event_date, "
        "event_date_to, place, details, source_kind); all rows or none",
    )
    p.add_argument("file", type=Path)
    add_vault_args(p)
    p.set_defaults(func=cmd_import)
