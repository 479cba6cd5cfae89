"""Records from the command line: import, export, show, list, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseapp import audit
from caseapp.access import HIDDEN, access_of, refuse_request
from caseapp.cli.common import (
    add_vault_args,
    finish_progress,
    open_session,
    say,
    terminal_progress,
    terminal_safe,
    text,
)
from caseapp.demo import check_demo, fill_vault
from caseapp.domain.models import Entity, PrisonerRecord, TimelineEvent, TracingRequest
from caseapp.errors import BadInput
from caseapp.io.exporter import export_records
from caseapp.io.importer import KINDS, apply_import, plan_import
from caseapp.io.tables import read_table
from caseapp.permissions import check_export
from caseapp.records import list_entities, load_entity
from caseapp.store import Session

LIST_COLUMNS = ("ref", "family_name", "given_name", "patronymic", "birth_date", "status")
# "Label: count" reads right in every language without plural forms.
_IMPORTED = {
    "prisoners": "Prisoner records imported: {count}.",
    "requests": "Tracing requests imported: {count}.",
}
_EXPORTED = {
    "prisoners": "Prisoner records exported to {path}: {count}.",
    "requests": "Tracing requests exported to {path}: {count}.",
}


def cmd_import(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    session = open_session(args)
    try:
        plan = plan_import(session.conn, args.kind, table)
        for issue in plan.invalid[:50]:
            sys.stderr.write(f"caseapp: {issue}\n")
        if plan.already_imported and not args.again:
            note = text(
                "Note: this exact file was imported before (use --again to import it once more)."
            )
            sys.stderr.write(f"caseapp: {note}\n")
        for row_number, existing in plan.duplicates[:50]:
            print(f"row {row_number}: looks like {existing}")
        print(f"{table.source_name}: {plan.summary()}")
        if args.dry_run:
            # Exit 2 tells a script the real import would be refused.
            return 2 if plan.invalid and not args.skip_invalid else 0
        if plan.invalid and not args.skip_invalid:
            raise BadInput(
                "{count} invalid row(s): nothing was imported. Fix them, or use --skip-invalid.",
                count=len(plan.invalid),
            )
        if plan.unchanged and not (plan.to_create or plan.to_update or plan.invalid):
            say("Nothing to change: every row matches the record its reference number names.")
            return 0
        progress = terminal_progress()
        try:
            result = apply_import(
                session, plan, progress, skip_invalid=args.skip_invalid, again=args.again
            )
        finally:
            finish_progress(progress)
        say(_IMPORTED[args.kind], count=result.created)
        if plan.to_update:
            say(
                "Updated {count} records named by their reference number.",
                count=len(plan.to_update),
            )
    finally:
        session.vault.close()
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        check_export(session.role)
        columns = args.columns.split(",") if args.columns else None
        count = export_records(session.conn, args.kind, args.out, columns)
        audit.record(session, "export", detail={"kind": args.kind, "rows": count})
    finally:
        session.vault.close()
    say(_EXPORTED[args.kind], count=count, path=args.out)
    return 0


def _find(conn: Any, cls: type[Entity], key: str) -> Entity | None:
    found = load_entity(conn, cls, key)
    if found is None:
        matches = list_entities(conn, cls, "ref = ?", (key,), limit=1)
        found = matches[0] if matches else None
        if found is None and access_of(conn).scoped and cls is TracingRequest:
            exists = conn.execute(
                "SELECT 1 FROM tracing_request WHERE ref = ? AND deleted = 0", (key,)
            ).fetchone()
            if exists:  # say why, rather than "no such record"
                raise refuse_request()
    return found


def cmd_show(args: argparse.Namespace) -> int:
    session = open_session(args)
    try:
        for cls in (TracingRequest, PrisonerRecord):
            entity = _find(session.conn, cls, args.ref)
            if entity is not None:
                audit.record_read(session, audit.PART_OF_TYPE[cls.ENTITY], entity.id)
                print(f"id\t{entity.id}")
                hidden = access_of(session.conn).hides(cls.ENTITY)
                for name, value in entity.to_fields().items():
                    if name in hidden:
                        print(f"{name}\t{HIDDEN}")
                        continue
                    if isinstance(value, bytes):
                        continue
                    if value not in (None, "", 0) or name in ("ref", "status"):
                        print(f"{name}\t{terminal_safe(value)}")
                if cls is PrisonerRecord:
                    _print_events(session, entity.id)
                return 0
        raise BadInput("No record with this reference or id.")
    finally:
        session.vault.close()


def _print_events(session: Session, prisoner_id: str) -> None:
    """One line per event, oldest first: ``event  KIND  DATE[..END]  PLACE``."""
    events = list_entities(
        session.conn, TimelineEvent, "prisoner_id = ?", (prisoner_id,), order_by="event_date"
    )
    for event in events:
        when = event.event_date or ""
        if event.event_date_to:
            when += f"..{event.event_date_to}"
        values = (event.kind, when, event.place or "")
        print("event\t" + "\t".join(terminal_safe(v) for v in values))


def cmd_list(args: argparse.Namespace) -> int:
    cls = KINDS[args.kind]
    session = open_session(args)
    try:
        where, params = ("status = ?", (args.status,)) if args.status else ("", ())
        scope, scope_params = access_of(session.conn).request_clause("assigned_to")
        if scope and cls is TracingRequest:  # need-to-know: a scoped caseworker's requests
            where = f"{where} AND {scope}" if where else scope
            params = (*params, *scope_params)
        rows = session.conn.execute(
            f"SELECT {', '.join(LIST_COLUMNS)} FROM {cls.ENTITY} WHERE deleted = 0"
            + (f" AND {where}" if where else "")
            + " ORDER BY family_name, given_name LIMIT ?",
            (*params, args.limit),
        )
        for row in rows:
            print("\t".join(terminal_safe(v) for v in row))
    finally:
        session.vault.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.prisoners < 0 or args.requests < 0:
        raise BadInput("Counts cannot be negative.")
    session = open_session(args)
    try:
        check_demo(session)
        progress = terminal_progress()
        try:
            fill_vault(session, args.prisoners, args.requests, progress)
        finally:
            finish_progress(progress)
    finally:
        session.vault.close()
    say(
        "Synthetic records added: {prisoners} prisoner records, {requests} tracing requests.",
        prisoners=args.prisoners,
        requests=args.requests,
    )
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import",
        help="import a list (CSV or XLSX)",
        description="Import a UTF-8 CSV or an XLSX list; the first row names the columns "
        "(see README). A list with invalid rows is refused whole unless --skip-invalid.",
    )
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--dry-run", action="store_true", help="report what would happen; change nothing"
    )
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows only")
    p.add_argument(
        "--again",
        action="store_true",
        help="import a file that was imported before (its rows are created once more)",
    )
    add_vault_args(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("export", help="export records to CSV or XLSX")
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument("--out", type=Path, required=True, help="file to write (.csv or .xlsx)")
    p.add_argument("--columns", help="comma-separated column names (default: all)")
    add_vault_args(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("show", help="show one record by reference number or id")
    p.add_argument("ref")
    add_vault_args(p)
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("list", help="list records, one a line")
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument("--status")
    p.add_argument("--limit", type=int, default=1000)
    add_vault_args(p)
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("demo", help="fill a vault with synthetic bilingual data")
    p.add_argument("--prisoners", type=int, default=1000)
    p.add_argument("--requests", type=int, default=500)
    add_vault_args(p)
    p.set_defaults(func=cmd_demo)
