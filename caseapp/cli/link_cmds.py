"""``caseapp link confirm|reject|reopen REQUEST_REF PRISONER_REF``: the review screen's decisions
from the command line, through the same matching functions (same rules, same status changes)."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import add_vault_args, open_session
from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.errors import BadInput
from caseapp.matching.service import confirm_link, reject_link, reopen_link
from caseapp.store import Session, list_entities
from caseapp.vault.connection import Connection

_NOT_FOUND = {
    "tracing_request": "No tracing request with the reference {ref}.",
    "prisoner": "No prisoner record with the reference {ref}.",
}


def _id(conn: Connection, table: str, ref: str) -> str:
    row = conn.execute(
        f"SELECT id FROM {table} WHERE ref = ? AND deleted = 0", (ref.strip(),)
    ).fetchone()
    if row is None:
        raise BadInput(_NOT_FOUND[table], ref=ref.strip())
    return str(row[0])


def _link(session: Session, args: argparse.Namespace, create: bool) -> str:
    conn = session.conn
    request_id = _id(conn, TracingRequest.ENTITY, args.request)
    prisoner_id = _id(conn, PrisonerRecord.ENTITY, args.prisoner)
    links = list_entities(
        conn, Link, "request_id = ? AND prisoner_id = ?", (request_id, prisoner_id)
    )
    if links:
        return links[0].id
    if not create:
        raise BadInput("There is no match between this request and this prisoner record.")
    # A caseworker may know the match without a suggestion: record it, then decide it.
    with session.transaction("suggest match") as txn:
        link = txn.create(Link(request_id=request_id, prisoner_id=prisoner_id, band="manual"))
    return link.id


def cmd_link(args: argparse.Namespace) -> int:
    if args.action == "reject" and not (args.reason or "").strip():
        raise BadInput("Say why the match is rejected: --reason TEXT.")
    session = open_session(args)
    try:
        if args.action == "confirm":
            confirm_link(session, _link(session, args, create=True))
        elif args.action == "reject":
            reject_link(session, _link(session, args, create=True), args.reason)
        else:
            reopen_link(session, _link(session, args, create=False))
        status = session.conn.execute(
            "SELECT status FROM tracing_request WHERE ref = ?", (args.request.strip(),)
        ).fetchone()[0]
    finally:
        session.vault.close()
    print(f"Match {args.action}ed; request {args.request.strip()} is now: {status}.")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("link", help="confirm, reject or reopen a match request <-> prisoner")
    p.add_argument("action", choices=("confirm", "reject", "reopen"))
    p.add_argument("request", help="tracing request reference (TR-...)")
    p.add_argument("prisoner", help="prisoner record reference")
    p.add_argument("--reason", help="why (required to reject)")
    add_vault_args(p)
    p.set_defaults(func=cmd_link)
