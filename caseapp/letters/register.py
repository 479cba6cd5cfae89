"""The letter register: generate and record, approve, reprint, mark delivery, search.

Every generated letter is a ``LetterRecord`` written through the one write path, with the PDF
itself (encrypted with the vault) and its SHA-256, so a reprint returns the very same bytes.

News of death, four eyes: the person who prepares it generates it as usual; the record is then
*awaiting approval* (``approved_by`` empty, status "generated"). Until a **different** account
approves it (``approve_letter``, which re-checks the gates against the data as it is then), it
cannot be reprinted, saved or marked as handed over or posted; it can only be reviewed on screen
(``review_pdf``) or cancelled. The approver approves the exact PDF that was generated.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace

from caseapp.access import access_of, column_sql
from caseapp.domain.models import DELIVERY_STATUSES, LetterRecord, TracingRequest
from caseapp.errors import BadInput, PermissionDenied, VaultCorrupt
from caseapp.letters.compose import LetterPlan, LetterSpec
from caseapp.letters.gates import check_letter
from caseapp.letters.kinds import KINDS, get_kind
from caseapp.letters.profile import OrgProfile, load_profile
from caseapp.letters.render import MergedPdf, layout, render_letter
from caseapp.letters.templates import load_common
from caseapp.permissions import check_write
from caseapp.records import load_entity
from caseapp.store import Session, Txn
from caseapp.vault.connection import Connection

AWAITING_APPROVAL = "awaiting_approval"
#: What a user may set by hand ("generated" is set by generating).
MARKABLE = ("handed_over", "posted", "returned", "cancelled")
#: The states a register search can filter on.
STATES = (*DELIVERY_STATUSES, AWAITING_APPROVAL)


class AwaitingApproval(PermissionDenied):
    """News of death not yet approved by a second person: not to be printed or handed over."""

    def __init__(self) -> None:
        super().__init__(
            "This news of death is awaiting a second person's approval: it cannot be printed, "
            "saved or handed over yet."
        )


def letter_state(record: LetterRecord) -> str:
    """The delivery status, or "awaiting_approval" for news of death not yet approved."""
    status = record.delivery_status or "generated"
    kind = KINDS.get(record.kind or "")
    if status == "generated" and kind and kind.needs_approval and not record.approved_by:
        return AWAITING_APPROVAL
    return status


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def preview_letter(session: Session, spec: LetterSpec, *, today: dt.date | None = None) -> bytes:
    """The letter as it would be generated (same gates), with a placeholder reference number.

    Nothing is recorded and nothing is written to disk.
    """
    conn = session.conn
    today = today or dt.date.today()
    plan = check_letter(conn, spec, load_profile(conn), today=today)
    pending = load_common(plan.language).get("ref_pending")
    content = replace(plan.content("", today), reference=pending)
    return render_letter(content)


def letter_warnings(
    session: Session, spec: LetterSpec, lang: str = "en", *, today: dt.date | None = None
) -> list[str]:
    """What the user should know before generating (a second letter of this kind, say), in
    ``lang``; raises ``LetterBlocked`` like generating would."""
    conn = session.conn
    plan = check_letter(conn, spec, load_profile(conn), today=today or dt.date.today(), warn=True)
    return [warning.text(lang) for warning in plan.warnings]


def generate_letter(
    session: Session, spec: LetterSpec, *, today: dt.date | None = None
) -> LetterRecord:
    """Check the gates, render, and record the letter in one transaction; returns the record.

    News of death is recorded as awaiting approval (see the module docstring). A refusal raises
    ``LetterBlocked`` and records nothing.
    """
    check_write(session.role, "letter")
    with session.transaction("generate letter") as txn:
        txn.audit_action = "letter"
        record = record_letter(txn, spec, today or dt.date.today())
    return record


def record_letter(
    txn: Txn,
    spec: LetterSpec,
    today: dt.date,
    *,
    profile: OrgProfile | None = None,
    merged: MergedPdf | None = None,
) -> LetterRecord:
    """Generate one letter inside the caller's transaction. A batch passes the ``profile`` it
    read once, and ``merged`` to have the same layout drawn into its merged PDF too."""
    profile = profile if profile is not None else load_profile(txn.conn)
    plan = check_letter(txn.conn, spec, profile, today=today)
    if spec.corrects_id is not None:
        earlier = load_entity(txn.conn, LetterRecord, spec.corrects_id)
        if earlier is None or earlier.request_id != spec.request_id:
            raise BadInput("The letter to be corrected does not exist for this request.")
    ref = txn.next_ref("LT")
    content = plan.content(ref, today)
    pages = layout(content)
    pdf = render_letter(content, pages)
    if merged is not None:
        merged.add(content, pages)
    return txn.create(letter_record(plan, spec, ref, pdf, txn.session.account.id))


def letter_record(
    plan: LetterPlan, spec: LetterSpec, ref: str, pdf: bytes, generated_by: str
) -> LetterRecord:
    """The register entry for a letter rendered from ``plan`` as ``pdf`` under number ``ref``
    (a batch renders first and records later, a single letter does both at once)."""
    return LetterRecord(
        ref=ref,
        kind=plan.kind.name,
        template_version=plan.template.version,
        language=plan.language,
        request_id=plan.request.id,
        prisoner_id=plan.prisoner.id if plan.prisoner else None,
        round_id=plan.round.id if plan.round else None,
        recipient_name=plan.recipient[0],
        recipient_address="\n".join(plan.recipient[1:]) or None,
        generated_by=generated_by,
        generated_at=_now_iso(),
        sha256=hashlib.sha256(pdf).hexdigest(),
        pdf=pdf,
        delivery_method=plan.channel,
        delivery_status="generated",
        corrects_id=spec.corrects_id,
        delivery_reason=(spec.delivery_reason or "").strip() or None
        if plan.kind.needs_approval and plan.channel != "in_person"
        else None,
    )


def _require(conn: Connection, letter_id: str) -> LetterRecord:
    record = load_entity(conn, LetterRecord, letter_id)
    if record is None:
        raise BadInput("This letter is not in the register.")
    return record


def approve_letter(session: Session, letter_id: str) -> LetterRecord:
    """A second account approves news of death; the gates are checked again first."""
    check_write(session.role, "letter")
    with session.transaction("approve letter") as txn:
        record = _require(txn.conn, letter_id)
        if not get_kind(record.kind or "").needs_approval:
            raise BadInput("This kind of letter needs no approval.")
        if letter_state(record) != AWAITING_APPROVAL:
            raise BadInput("This letter is not awaiting approval.")
        if record.generated_by == session.account.id:
            raise PermissionDenied(
                "News of death needs a second person's approval: you prepared this letter, "
                "so another account must approve it."
            )
        _verify(record)
        spec = LetterSpec(
            kind=record.kind or "",
            request_id=record.request_id or "",
            language=record.language,
            prisoner_id=record.prisoner_id,
            round_id=record.round_id,
            channel=record.delivery_method,
            delivery_reason=record.delivery_reason,
        )
        check_letter(txn.conn, spec, load_profile(txn.conn))  # raises LetterBlocked
        return txn.update(LetterRecord, letter_id, approved_by=session.account.id)


def _verify(record: LetterRecord) -> bytes:
    pdf = record.pdf or b""
    if not pdf or hashlib.sha256(pdf).hexdigest() != record.sha256:
        raise VaultCorrupt(
            "The stored letter does not match its SHA-256 fingerprint: the register entry is "
            "damaged. Generate a new letter that corrects it."
        )
    return pdf


def reprint_letter(session: Session, letter_id: str) -> bytes:
    """The stored PDF, byte for byte as generated (checked against its SHA-256), to print or save.

    Refused while news of death awaits its second approval.
    """
    record = _require(session.conn, letter_id)
    if letter_state(record) == AWAITING_APPROVAL:
        raise AwaitingApproval()
    return _verify(record)


def review_pdf(session: Session, letter_id: str) -> bytes:
    """The stored PDF for on-screen review (the approver reads it before approving)."""
    return _verify(_require(session.conn, letter_id))


def mark_delivery(
    session: Session, letter_id: str, status: str, *, on: dt.date | None = None
) -> LetterRecord:
    """Record that a letter was handed over, posted, returned undelivered, or cancelled."""
    if status not in MARKABLE:
        raise BadInput(f"Unknown delivery status '{status}': use {', '.join(MARKABLE)}.")
    check_write(session.role, "letter")
    with session.transaction(f"mark letter {status.replace('_', ' ')}") as txn:
        record = _require(txn.conn, letter_id)
        state = letter_state(record)
        if state == "cancelled":
            raise BadInput("This letter was cancelled; generate a new letter instead.")
        if state == AWAITING_APPROVAL and status != "cancelled":
            raise AwaitingApproval()
        return txn.update(
            LetterRecord,
            letter_id,
            delivery_status=status,
            delivery_date=(on or dt.date.today()).isoformat(),
        )


# --- search --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterQuery:
    """Register filters; all optional. ``text`` matches letter number, request number or
    recipient name (any part, any case)."""

    text: str = ""
    kind: str | None = None
    language: str | None = None
    state: str | None = None
    request_id: str | None = None
    prisoner_id: str | None = None
    round_id: str | None = None
    #: ISO dates (inclusive) on the generation date.
    generated_from: str | None = None
    generated_to: str | None = None
    limit: int | None = 1000


_LIST_FIELDS = tuple(name for name in LetterRecord.field_names() if name != "pdf")


def search_letters(conn: Connection, query: LetterQuery) -> list[LetterRecord]:
    """Register entries, newest first, **without** their PDF (``pdf`` is None: use reprint)."""
    if query.state is not None and query.state not in STATES:
        raise BadInput(f"Unknown letter state '{query.state}': use {', '.join(STATES)}.")
    where, params = ["l.deleted = 0"], []
    for column in ("kind", "language", "request_id", "prisoner_id", "round_id"):
        value = getattr(query, column)
        if value is not None:
            where.append(f"l.{column} = ?")
            params.append(value)
    if query.generated_from:
        where.append("l.generated_at >= ?")
        params.append(query.generated_from)
    if query.generated_to:
        where.append("substr(l.generated_at, 1, 10) <= ?")
        params.append(query.generated_to)
    if query.state == AWAITING_APPROVAL or query.state == "generated":
        where.append("l.delivery_status = 'generated'")
    elif query.state is not None:
        where.append("l.delivery_status = ?")
        params.append(query.state)
    access = access_of(conn)
    scope, scope_params = access.request_clause("r.assigned_to")
    if scope:  # need-to-know: letters of the requests this caseworker may see
        where.append(scope)
        params.extend(scope_params)
    columns = ", ".join(column_sql(access, "letter", name, "l") for name in _LIST_FIELDS)
    sql = (
        f"SELECT l.id, {columns}, r.ref FROM letter l "
        f"LEFT JOIN {TracingRequest.ENTITY} r ON r.id = l.request_id "
        f"WHERE {' AND '.join(where)} ORDER BY l.generated_at DESC, l.ref DESC"
    )
    needle = query.text.strip().casefold()
    out: list[LetterRecord] = []
    for row in conn.execute(sql, params):
        record = LetterRecord.from_fields(row[0], dict(zip(_LIST_FIELDS, row[1:-1], strict=True)))
        if query.state is not None and letter_state(record) != query.state:
            continue
        if needle and not any(
            needle in (value or "").casefold()
            for value in (record.ref, row[-1], record.recipient_name)
        ):
            continue
        out.append(record)
        if query.limit is not None and len(out) >= query.limit:
            break
    return out


def find_letter(conn: Connection, ref: str) -> LetterRecord:
    """A letter by its register number (for the command line)."""
    row = conn.execute(
        "SELECT id FROM letter WHERE ref = ? AND deleted = 0", (ref.strip(),)
    ).fetchone()
    if row is None:
        raise BadInput("No letter with this number in the register.")
    return _require(conn, row[0])
