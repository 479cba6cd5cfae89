"""Exchange rounds from the command line (the same core as the Exchange rounds screen).

Exact forms used by automation: ``round create``, ``round import``, ``round confirm --strong``,
``round execute``, ``round show --json``, ``round export``. Bad input: one line on stderr,
exit 2, nothing changed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from caseapp import audit
from caseapp.cli.common import add_vault_args, open_session, progress_line
from caseapp.domain.models import LIST_DIRECTIONS, ROUND_SIDES
from caseapp.errors import BadInput
from caseapp.io.tables import read_table
from caseapp.rounds.balance import compute_balance, reconcile
from caseapp.rounds.core import create_round, require_round, round_lists
from caseapp.rounds.execute import execute_round
from caseapp.rounds.export import SCRIPTS, export_file, summary_pdf
from caseapp.rounds.lists import chosen_mapping, import_list, list_diff, plan_list
from caseapp.rounds.matching import confirm_strong, match_list
from caseapp.safefile import write_private


def cmd_create(args: argparse.Namespace) -> int:
    if args.agreed is not None and args.agreed < 0:
        raise BadInput("The agreed count cannot be negative.")
    session = open_session(args)
    try:
        created = create_round(session, args.name, framework=args.framework, agreed=args.agreed)
    finally:
        session.vault.close()
    print(created.ref)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    session = open_session(args)
    try:
        exchange = require_round(session.conn, args.ref)
        plan = plan_list(table, chosen_mapping(session.conn, table.headers, args.column))
        result = import_list(
            session,
            exchange.id,
            plan,
            side=args.side,
            direction=args.list,
            list_date=args.date,
            counterpart=args.counterpart,
            skip_invalid=args.skip_invalid,
        )
        diff = list_diff(session.conn, result.list_id)
        with progress_line("Matching the list") as progress:
            matched = match_list(session, result.list_id, progress)
    finally:
        session.vault.close()
    print(
        f"{args.side} {args.list} v{result.version}: {result.created} entries "
        f"({len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed); "
        f"{matched.matched} with candidates, {matched.unmatched} unmatched"
    )
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    if not args.strong:
        raise BadInput("Say which matches to confirm: --strong (top candidate strong and unique).")
    session = open_session(args)
    try:
        result = confirm_strong(session, args.ref)
    finally:
        session.vault.close()
    print(f"Confirmed {result.confirmed} entries.")
    return 0


def cmd_execute(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        with progress_line("Executing the round") as progress:
            result = execute_round(session, args.ref, executed_date=args.date, progress=progress)
    finally:
        session.vault.close()
    owed = ", ".join(f"{kind} {len(ids)}" for kind, ids in result.letters_owed.items())
    print(
        f"Exchanged {result.exchanged}; listed but did not come {result.not_returned}; "
        f"came unlisted {result.unlisted}; refused to return {result.refused}; "
        f"requests updated {result.requests_updated}; letters owed: {owed}"
    )
    return 0


def show_data(conn: Any, ref: str) -> dict[str, object]:
    exchange = require_round(conn, ref)
    balance = compute_balance(conn, exchange.id)
    result = reconcile(conn, exchange.id)
    return {
        "ref": exchange.ref,
        "name": exchange.name,
        "framework": exchange.framework,
        "status": exchange.status,
        "closed": exchange.closed,
        "executed_date": exchange.executed_date,
        "lists": [
            {"side": rl.side, "list": rl.direction, "version": rl.version, "date": rl.list_date}
            for rl in round_lists(conn, exchange.id)
        ],
        "balance": [row.as_dict() for row in balance.rows],
        "warnings": balance.warning_texts(),
        "discrepancies": [d.as_dict() for d in result.discrepancies],
    }


def cmd_show(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        data = show_data(session.conn, args.ref)
    finally:
        session.vault.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"{data['ref']}\t{data['name']}\t{data['status']}")
    for row in data["balance"]:  # type: ignore[attr-defined]
        print(
            "\t".join(
                str(row[k])
                for k in ("side", "category", "agreed", "listed", "confirmed", "exchanged")
            )
        )
    for warning in data["warnings"]:  # type: ignore[attr-defined]
        print(f"warning: {warning}")
    for item in data["discrepancies"]:  # type: ignore[attr-defined]
        print(f"{item['kind']}\t{item['name']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise BadInput("Export to a .xlsx or a .pdf file.")
    session = open_session(args)
    try:
        if args.summary:
            exchange = require_round(session.conn, args.ref)
            data = summary_pdf(session.conn, exchange.id, args.lang)
            write_private(out, data)  # 0600, through NAME.part; a clear message if it fails
            print(f"Wrote the summary of {exchange.ref} to {out}.")
            return 0
        count = export_file(
            session.conn, args.ref, out, direction=args.list, script=args.script, lang=args.lang
        )
        audit.record(session, "export", detail={"kind": "round_list", "rows": count})
    finally:
        session.vault.close()
    print(f"Exported {count} entries to {out}.")
    return 0


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("round", help="exchange rounds: lists, balance, execution")
    commands = group.add_subparsers(dest="round_command", required=True)

    p = commands.add_parser("create", help="create a round; prints its reference")
    p.add_argument("--name", required=True)
    p.add_argument("--framework", help="framework agreement (created if new)")
    p.add_argument("--agreed", type=int, help="N of 'N for N' (each side)")
    add_vault_args(p)
    p.set_defaults(func=cmd_create)

    p = commands.add_parser("import", help="import a list version (CSV or XLSX) and match it")
    p.add_argument("ref")
    p.add_argument("file", type=Path)
    p.add_argument("--list", required=True, choices=LIST_DIRECTIONS)
    p.add_argument("--side", required=True, choices=ROUND_SIDES)
    p.add_argument("--date", help="date the list was received or sent")
    p.add_argument("--counterpart", help="received from / sent to")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    p.add_argument(
        "--column",
        action="append",
        metavar="COLUMN=FIELD",
        help="the field a column goes to (its name or number from 1; FIELD 'ignore' leaves it "
        "out); repeatable; other columns keep the remembered or guessed mapping",
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("confirm", help="confirm matches by an explicit rule")
    p.add_argument("ref")
    p.add_argument("--strong", action="store_true", help="top candidate strong and unique")
    add_vault_args(p)
    p.set_defaults(func=cmd_confirm)

    p = commands.add_parser("execute", help="reconcile the returned list and apply the round")
    p.add_argument("ref")
    p.add_argument("--date", help="date of the exchange (default: the round's, else today)")
    add_vault_args(p)
    p.set_defaults(func=cmd_execute)

    p = commands.add_parser("show", help="a round's balance and discrepancies")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    add_vault_args(p)
    p.set_defaults(func=cmd_show)

    p = commands.add_parser("export", help="a round's list (XLSX/PDF) or its summary (PDF)")
    p.add_argument("ref")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--list", choices=LIST_DIRECTIONS, help="default: the agreed people")
    p.add_argument(
        "--script",
        choices=SCRIPTS,
        default=SCRIPTS[0],
        help="names: cyrillic as recorded, or a Latin transliteration system",
    )
    p.add_argument("--lang", choices=("en", "uk", "ru"), default="en")
    p.add_argument("--summary", action="store_true", help="the round summary report (PDF)")
    add_vault_args(p)
    p.set_defaults(func=cmd_export)
