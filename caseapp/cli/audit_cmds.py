"""``caseapp audit verify`` and ``caseapp audit list``: the tamper-evident audit trail.

``verify`` checks every laptop's hash chain and names the first bad entry (exit 1), else says
how many entries it checked. ``list`` prints or exports (``--csv``) the entries, filtered.
Administrators and coordinators only (``caseapp.audit.AUDIT_ROLES``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from caseapp import audit
from caseapp.accounts import find_account
from caseapp.cli.common import add_vault_args, open_session, say, terminal_safe, text
from caseapp.errors import BadInput
from caseapp.store import Session
from caseapp.vault.connection import Connection


def device_label(conn: Connection, device_id: str) -> str:
    """A laptop's team name when known, else the start of its id (never a person's name)."""
    row = conn.execute("SELECT name FROM device WHERE id = ?", (device_id,)).fetchone()
    return f"{row[0]} ({device_id[:8]})" if row and row[0] else device_id[:8]


def problem_text(conn: Connection, problem: audit.Problem) -> str:
    return text(
        audit.PROBLEM_TEXT[problem.reason],
        n=problem.n,
        device=device_label(conn, problem.device_id),
    )


def account_names(conn: Connection) -> dict[str, str]:
    """Account id -> user name (staff names, shown to supervisors; never stored in entries)."""
    return {
        str(i): str(name or "")
        for i, name in conn.execute("SELECT id, username FROM account").fetchall()
    }


def resolve_filter(session: Session, args: argparse.Namespace) -> audit.AuditFilter:
    conn = session.conn
    flt = audit.AuditFilter(since=args.since, until=args.until)
    if args.action:
        if args.action not in audit.ACTIONS:
            raise BadInput(
                "Unknown action: {action}. Use one of: {actions}.",
                action=args.action,
                actions=", ".join(audit.ACTIONS),
            )
        flt.action = args.action
    if args.account:
        found = find_account(conn, args.account)
        if found is None and args.account in account_names(conn):
            flt.account_id = args.account
        elif found is None:
            raise BadInput("No account with this user name in the vault.")
        else:
            flt.account_id = found.id
    if args.record:
        flt.record = audit.find_record(conn, args.record)
    for value in (flt.since, flt.until):
        if value:
            audit.AuditFilter(since=value).where()  # a bad date: exit 2 before anything runs
    return flt


def cmd_verify(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        audit.check_read_audit(session.role)
        result = audit.verify(session.conn)
        if result.problem is not None:
            problem = result.problem
            say(
                "The audit trail does not verify: {problem} (checked {count} entries before it).",
                problem=problem_text(session.conn, problem),
                count=result.checked,
            )
            return 1
        say(
            "Checked {count} audit entries of {devices} laptop(s): every chain is intact.",
            count=result.checked,
            devices=result.devices,
        )
        return 0
    finally:
        session.vault.close()


def cmd_list(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        audit.check_read_audit(session.role)
        flt = resolve_filter(session, args)
        names = account_names(session.conn)
        if args.csv:
            count = audit.write_csv(session, args.csv, flt, account_names=names)
            say("Wrote {count} audit entries to {path}.", count=count, path=args.csv)
            return 0
        devices: dict[str, str] = {}
        for entry in audit.iter_entries(session.conn, flt):
            if entry.device_id not in devices:
                devices[entry.device_id] = device_label(session.conn, entry.device_id)
            detail = " ".join(f"{k}={v}" for k, v in sorted(entry.detail.items()))
            print(
                "\t".join(
                    terminal_safe(v)
                    for v in (
                        entry.at,
                        devices[entry.device_id],
                        names.get(entry.account_id or "", entry.account_id or "-"),
                        entry.action,
                        entry.entity_type or "",
                        entry.entity_id or "",
                        detail,
                    )
                )
            )
        return 0
    finally:
        session.vault.close()


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "audit",
        help="verify or list the tamper-evident audit trail",
        description="Who changed, exported or opened what, on which laptop and when. Entries "
        "hold ids and action codes, never names or values; each laptop's entries form a hash "
        "chain. Administrators and coordinators only.",
    )
    sub = p.add_subparsers(dest="audit_command", required=True)
    v = sub.add_parser(
        "verify",
        help="check every laptop's hash chain (exit 1 and the first bad entry if tampered)",
    )
    add_vault_args(v)
    v.set_defaults(func=cmd_verify)
    lst = sub.add_parser("list", help="list audit entries, oldest first (tab-separated)")
    add_vault_args(lst)
    lst.add_argument("--account", help="only this account (user name)")
    lst.add_argument("--action", help=f"only this action ({', '.join(audit.ACTIONS)})")
    lst.add_argument("--record", help="only this record (reference number or id)")
    lst.add_argument("--since", help="from this date (YYYY-MM-DD, UTC)")
    lst.add_argument("--until", help="up to this date, inclusive (YYYY-MM-DD, UTC)")
    lst.add_argument("--csv", type=Path, help="write the entries to this CSV file instead")
    lst.set_defaults(func=cmd_list)
