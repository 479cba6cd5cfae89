"""Letters: kinds, specimens, generate, approve, reprint, mark delivery, list, batch, profile.

Files are written only where ``--out`` / ``--split-dir`` say; file names carry register numbers,
never a person's name.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from caseapp import audit
from caseapp.cli.common import add_vault_args, open_session, progress_line, say
from caseapp.domain.models import LANGUAGES, LETTER_KINDS, ExchangeRound, PrisonerRecord
from caseapp.domain.models import TracingRequest as Request
from caseapp.errors import BadInput
from caseapp.letters import (
    KINDS,
    MARKABLE,
    STATES,
    LetterQuery,
    LetterSpec,
    OrgProfile,
    approve_letter,
    find_letter,
    generate_batch,
    generate_letter,
    letter_state,
    letter_warnings,
    load_profile,
    mark_delivery,
    owed_letters,
    render_sample,
    reprint_letter,
    review_pdf,
    save_profile,
    search_letters,
    write_batch,
)
from caseapp.letters.register import AWAITING_APPROVAL
from caseapp.safefile import write_private
from caseapp.store import Session
from caseapp.vault.connection import Connection


@contextlib.contextmanager
def _session(args: argparse.Namespace) -> Iterator[Session]:
    session = open_session(args)
    try:
        yield session
    finally:
        session.vault.close()


#: "No <kind> with the reference …", one whole sentence per kind so it translates.
_NOT_FOUND = {
    "tracing request": "No tracing request with the reference {ref}.",
    "prisoner record": "No prisoner record with the reference {ref}.",
    "exchange round": "No exchange round with the reference {ref}.",
}


def _write(path: Path, data: bytes) -> None:
    write_private(path, data)  # 0600, through NAME.part; a clear message if it fails


def _id_by_ref(conn: Connection, table: str, ref: str, what: str) -> str:
    row = conn.execute(
        f"SELECT id FROM {table} WHERE ref = ? AND deleted = 0", (ref.strip(),)
    ).fetchone()
    if row is None:
        raise BadInput(_NOT_FOUND.get(what, "Nothing with the reference {ref}."), ref=ref.strip())
    return str(row[0])


def cmd_kinds(args: argparse.Namespace) -> int:
    for kind in KINDS.values():
        notes = []
        if kind.about_person:
            notes.append("needs a confirmed link")
        if kind.needs_approval:
            notes.append("needs a second person's approval")
        suffix = f"  ({'; '.join(notes)})" if notes else ""
        print(f"{kind.name:22} {kind.label}{suffix}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    profile = None
    if args.vault is not None:  # the organisation's own letterhead, if a vault is named
        with _session(args) as session:
            profile = load_profile(session.conn)
    _write(args.out, render_sample(args.kind, args.lang, profile))
    say(
        "Wrote a specimen letter ({kind}, {lang}) to {path}.",
        kind=args.kind,
        lang=args.lang,
        path=args.out,
    )
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    with _session(args) as session:
        conn = session.conn
        spec = LetterSpec(
            kind=args.kind,
            request_id=_id_by_ref(conn, Request.ENTITY, args.request, "tracing request"),
            language=args.lang,
            prisoner_id=(
                _id_by_ref(conn, PrisonerRecord.ENTITY, args.prisoner, "prisoner record")
                if args.prisoner
                else None
            ),
            round_id=(
                _id_by_ref(conn, ExchangeRound.ENTITY, args.round, "exchange round")
                if args.round
                else None
            ),
            channel=args.channel,
            details=args.details,
            corrects_id=find_letter(conn, args.corrects).id if args.corrects else None,
            delivery_reason=args.post_reason,
        )
        for warning in letter_warnings(session, spec):
            sys.stderr.write(f"warning: {warning}\n")
        record = generate_letter(session, spec)
        if letter_state(record) == AWAITING_APPROVAL:
            say(
                "Recorded letter {ref}; it awaits a second person's approval "
                "(caseapp letter approve {ref}) before it can be printed or saved.",
                ref=record.ref,
            )
            return 0
        if args.out:
            _write(args.out, record.pdf or b"")
            say("Recorded letter {ref}; saved to {path}.", ref=record.ref, path=args.out)
        else:
            say("Recorded letter {ref} (use 'letter reprint' to save it).", ref=record.ref)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    with _session(args) as session:
        record = approve_letter(session, find_letter(session.conn, args.ref).id)
    say("Approved letter {ref}.", ref=record.ref)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """The approver reads the exact PDF awaiting approval (news of death) before approving."""
    with _session(args) as session:
        letter_id = find_letter(session.conn, args.ref).id
        pdf = review_pdf(session, letter_id)
        _write(args.out, pdf)
        audit.record_read(session, "letter", letter_id)
    print(f"Saved letter {args.ref} for review to {args.out}; approve with 'letter approve'.")
    return 0


def cmd_reprint(args: argparse.Namespace) -> int:
    with _session(args) as session:
        letter_id = find_letter(session.conn, args.ref).id
        pdf = reprint_letter(session, letter_id)
        _write(args.out, pdf)
        audit.record(
            session, "export", entity_type="letter", entity_id=letter_id, detail={"kind": "letter"}
        )
    say("Saved letter {ref} to {path}.", ref=args.ref, path=args.out)
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    try:
        on = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise BadInput("'{value}' is not a date: use YYYY-MM-DD.", value=args.date) from None
    with _session(args) as session:
        record = mark_delivery(session, find_letter(session.conn, args.ref).id, args.status, on=on)
    print(f"Letter {record.ref}: {record.delivery_status}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _session(args) as session:
        conn = session.conn
        query = LetterQuery(
            text=args.text or "",
            kind=args.kind,
            state=args.state,
            request_id=_id_by_ref(conn, Request.ENTITY, args.request, "tracing request")
            if args.request
            else None,
            limit=args.limit,
        )
        names = dict(conn.execute("SELECT id, coalesce(display_name, username) FROM account"))
        requests = dict(conn.execute("SELECT id, ref FROM tracing_request"))
        print("letter\trequest\tkind\tlang\tstate\tdate\trecipient\tchannel\tauthor\tapprover")
        for record in search_letters(conn, query):
            fields = (
                record.ref or "",
                requests.get(record.request_id, "") or "",
                record.kind or "",
                record.language or "",
                letter_state(record),
                (record.generated_at or "")[:10],
                record.recipient_name or "",
                record.delivery_method or "",
                names.get(record.generated_by, "") or "",
                names.get(record.approved_by, "") or "",
            )
            # One line per letter whatever a name holds (no tabs, newlines or escapes).
            print("\t".join("".join(c if c.isprintable() else " " for c in f) for f in fields))
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    if args.out is None and args.split_dir is None:
        raise BadInput("Say where the letters go: --out FILE.pdf and/or --split-dir FOLDER.")
    with _session(args) as session:
        conn = session.conn
        round_id = (
            _id_by_ref(conn, ExchangeRound.ENTITY, args.round, "exchange round")
            if args.round
            else None
        )
        if args.requests:
            ids = [
                _id_by_ref(conn, Request.ENTITY, ref, "tracing request")
                for ref in args.requests.split(",")
                if ref.strip()
            ]
        else:
            ids = owed_letters(conn, args.kind, round_id=round_id)
        if not ids:
            say("No request is owed this letter.")
            return 0
        with progress_line("Writing letters") as progress:
            result = generate_batch(
                session, args.kind, ids, progress=progress, round_id=round_id, duplex=args.duplex
            )
    for skipped in result.skipped:
        sys.stderr.write(f"skipped {skipped.request_ref}: {' '.join(skipped.reasons)}\n")
    write_batch(result, args.out, args.split_dir)
    print(
        f"Recorded {len(result.letters)} letters ({result.pages} pages); "
        f"skipped {len(result.skipped)}."
    )
    return 0


def cmd_profile(args: argparse.Namespace) -> int:
    with _session(args) as session:
        profile = load_profile(session.conn)
        if args.set is not None:
            try:
                data = json.loads(args.set.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                raise BadInput("Cannot read the profile file (JSON expected).") from None
            if not isinstance(data, dict):
                raise BadInput("The profile file must hold a JSON object.")
            fresh = OrgProfile.from_json(json.dumps({**data, "logo": None}))
            profile = replace(fresh, logo=profile.logo)
        if args.logo is not None:
            try:
                profile = replace(profile, logo=args.logo.read_bytes())
            except OSError:
                raise BadInput("Cannot read the logo file.") from None
        if args.set is not None or args.logo is not None:
            profile = save_profile(session, profile)
    shown: dict[str, Any] = json.loads(profile.to_json())
    shown["logo"] = f"{len(profile.logo)} bytes" if profile.logo else None
    print(json.dumps(shown, ensure_ascii=False, indent=2))
    return 0


def register(subparsers: Any) -> None:
    letter = subparsers.add_parser("letter", help="letters to families and the letter register")
    sub = letter.add_subparsers(dest="letter_command", required=True)

    p = sub.add_parser("kinds", help="list the letter kinds")
    p.set_defaults(func=cmd_kinds)

    p = sub.add_parser("sample", help="render a specimen letter with invented data")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS)
    p.add_argument("--lang", required=True, choices=LANGUAGES)
    p.add_argument("--out", required=True, type=Path, help="PDF file to write")
    add_vault_args(p)
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("generate", help="generate a letter and record it in the register")
    p.add_argument("--request", required=True, help="tracing request reference (TR-...)")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS)
    p.add_argument("--lang", choices=LANGUAGES, help="default: the enquirer's language")
    p.add_argument("--prisoner", help="prisoner record reference, if several are linked")
    p.add_argument("--round", help="exchange round reference (exchange letters)")
    p.add_argument("--channel", choices=("post", "in_person", "email"))
    p.add_argument("--details", help="what the family is asked for (more_information)")
    p.add_argument("--corrects", help="register number of the letter this one corrects")
    p.add_argument(
        "--post-reason", help="why news of death goes by post or e-mail (default: in person)"
    )
    p.add_argument("--out", type=Path, help="also save the PDF to this file")
    add_vault_args(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("approve", help="approve news of death prepared by someone else")
    p.add_argument("ref", help="letter register number (LT-...)")
    add_vault_args(p)
    p.set_defaults(func=cmd_approve)

    p = sub.add_parser("review", help="save news of death awaiting approval, to read it first")
    p.add_argument("ref", help="letter register number (LT-...)")
    p.add_argument("--out", required=True, type=Path)
    add_vault_args(p)
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("reprint", help="save a registered letter again, byte for byte")
    p.add_argument("ref", help="letter register number (LT-...)")
    p.add_argument("--out", required=True, type=Path)
    add_vault_args(p)
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser("mark", help="record delivery: handed over, posted, returned, cancelled")
    p.add_argument("ref", help="letter register number (LT-...)")
    p.add_argument("--status", required=True, choices=MARKABLE)
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    add_vault_args(p)
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser("list", help="search the letter register")
    p.add_argument("--text", help="part of a letter or request number, or recipient name")
    p.add_argument("--kind", choices=LETTER_KINDS)
    p.add_argument("--state", choices=STATES)
    p.add_argument("--request", help="tracing request reference")
    p.add_argument("--limit", type=int, default=1000)
    add_vault_args(p)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("batch", help="letters for many requests: one merged PDF")
    p.add_argument("--kind", required=True, choices=LETTER_KINDS)
    p.add_argument("--requests", help="comma-separated request references (default: all owed)")
    p.add_argument("--round", help="exchange round reference")
    p.add_argument("--out", type=Path, help="merged PDF to write")
    p.add_argument("--split-dir", type=Path, help="also write one PDF per letter here")
    p.add_argument("--duplex", action="store_true", help="start every letter on a new sheet")
    add_vault_args(p)
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser("profile", help="show or set the organisation profile (letterhead)")
    p.add_argument("--set", type=Path, help="JSON file: name, address, signature, prefix")
    p.add_argument("--logo", type=Path, help="PNG or JPEG logo")
    add_vault_args(p)
    p.set_defaults(func=cmd_profile)
