"""Letters for many requests at once: one merged print-ready PDF, plus each letter's own PDF.

Runs on a worker thread; progress and cancellation are a plain ``caseapp.tasks.Progress``.

**All or nothing.** The whole batch is one transaction: each letter is checked, numbered, drawn
(into its own PDF for the register and into the merged PDF) and recorded; Cancel rolls the
transaction back, so a cancelled batch leaves no register entry and uses no letter number. A
request whose letter a gate refuses does not stop the batch: it is listed in ``skipped`` with
the reasons, and the others are generated. Holding the write transaction for the length of a
batch (~10 s for 1,000 letters) is fine because writes are serialised on one worker thread anyway,
and readers are never blocked (WAL).

Nothing is written to disk here; ``write_batch`` writes where the user chose.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.access import access_of
from caseapp.domain.case_state import case_state
from caseapp.domain.models import LetterRecord, TracingRequest
from caseapp.errors import BadInput
from caseapp.letters import rules
from caseapp.letters.compose import LetterSpec
from caseapp.letters.gates import LetterBlocked, Refusal
from caseapp.letters.kinds import get_kind
from caseapp.letters.profile import load_profile
from caseapp.letters.register import record_letter
from caseapp.letters.render import MergedPdf
from caseapp.permissions import check_write
from caseapp.records import load_entity
from caseapp.rounds.core import round_person_sql
from caseapp.safefile import storage_error, write_private
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class Skipped:
    """A request the batch made no letter for, and why (the gates' messages)."""

    request_id: str
    request_ref: str
    reasons: tuple[str, ...]
    #: The gates' refusals, so the GUI can say them in the user's language (empty otherwise).
    refusals: tuple[Refusal, ...] = ()


@dataclass
class BatchResult:
    #: Recorded letters in batch order, each with its own PDF (``pdf``).
    letters: list[LetterRecord] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: All letters in one PDF, or None when no letter was made.
    merged_pdf: bytes | None = None
    pages: int = 0


def generate_batch(
    session: Session,
    kind: str,
    request_ids: Sequence[str],
    *,
    progress: Progress | None = None,
    language: str | None = None,
    channel: str | None = None,
    round_id: str | None = None,
    duplex: bool = False,
    today: dt.date | None = None,
) -> BatchResult:
    """One letter of ``kind`` per request (each in its enquirer's language unless ``language``).

    Raises ``Cancelled`` (nothing recorded) if ``progress`` is cancelled.
    """
    spec_kind = get_kind(kind)
    if spec_kind.needs_approval:
        raise BadInput(
            "News of death is never sent in a batch: each one is prepared and approved singly."
        )
    if not request_ids:
        raise BadInput("No requests were selected for the batch.")
    check_write(session.role, "letter")
    progress = progress or Progress()
    progress.start(len(request_ids))
    today = today or dt.date.today()
    result = BatchResult()
    with session.transaction(f"generate {len(request_ids)} letters") as txn:
        profile = load_profile(txn.conn)
        merged = MergedPdf(
            f"{len(request_ids)} letters",
            profile.text("name", "en") or "CaseApp",
            duplex=duplex,
            date_iso=today.isoformat(),
        )
        for request_id in request_ids:
            progress.check()
            spec = LetterSpec(
                kind=kind,
                request_id=request_id,
                language=language,
                channel=channel,
                round_id=round_id,
            )
            try:
                result.letters.append(
                    record_letter(txn, spec, today, profile=profile, merged=merged)
                )
            except LetterBlocked as blocked:
                request = load_entity(txn.conn, TracingRequest, request_id)
                ref = request.ref if request and request.ref else ""
                result.skipped.append(
                    Skipped(request_id, ref, tuple(blocked.reasons), tuple(blocked.refusals))
                )
            except BadInput as error:  # e.g. the request was deleted meanwhile
                result.skipped.append(Skipped(request_id, "", (str(error),)))
            progress.advance()
        progress.check()
        if result.letters:
            result.merged_pdf = merged.finish()
            result.pages = merged.pages
    return result


def write_batch(
    result: BatchResult, merged_path: Path | None = None, folder: Path | None = None
) -> list[Path]:
    """Write the merged PDF and/or one file per letter (named by register number, never by a
    person's name) where the user chose. Returns the files written."""
    written: list[Path] = []
    try:
        if merged_path is not None and result.merged_pdf is not None:
            write_private(merged_path, result.merged_pdf)
            written.append(merged_path)
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise storage_error(exc) from None
            for letter in result.letters:
                path = folder / f"{letter.ref}.pdf"
                write_private(path, letter.pdf or b"")
                written.append(path)
    except BaseException:
        for path in written:  # a half-written batch is not left behind
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return written


def owed_letters(conn: Connection, kind: str, *, round_id: str | None = None) -> list[str]:
    """Requests (ids, by reference) that are owed a letter of ``kind`` now.

    The same rule as single letters (``letters.rules``: the kind x state table of
    docs/letters.md), so a batch never sends "no news" to a family whose relative is held,
    released or dead. On top of it:

    - about the person: a confirmed link to a prisoner whose status fits the kind (and, with
      ``round_id``, who is on that round's lists), and no such letter (not cancelled) yet —
      for the round, when one is given;
    - acknowledgement, case closed: none yet; "periodic" kinds (no news, cannot share): no letter
      of any kind in the last ``periodic_weeks`` (organisation profile).
    Requests marked "do not disclose" are never owed a letter. Signature kept stable: the rounds
    module queues the letters owed after executing a round through it.
    """
    spec = get_kind(kind)
    if spec.needs_approval or kind == "more_information":
        raise BadInput("This kind of letter is prepared one by one, not from a list.")
    where = ["r.deleted = 0", "r.do_not_disclose = 0"]
    params: list[object] = []
    scope, scope_params = access_of(conn).request_clause("r.assigned_to")
    if scope:  # need-to-know: only requests this account may see
        where.append(scope)
        params.extend(scope_params)
    if spec.about_person:
        marks = ", ".join("?" for _ in spec.statuses)
        person = (
            "EXISTS (SELECT 1 FROM link k JOIN prisoner p ON p.id = k.prisoner_id "
            "WHERE k.request_id = r.id AND k.status = 'confirmed' AND k.deleted = 0 "
            f"AND p.deleted = 0 AND p.do_not_disclose = 0 AND p.status IN ({marks})"
        )
        params.extend(spec.statuses)
        if round_id is not None:
            # Confirmed on the round's current lists; for return/release, exchanged in it.
            person += " AND " + round_person_sql(kind)
            params.append(round_id)
            if "round_name" in spec.fields:  # the round's state must fit the letter
                fitting = rules.ROUND_OPEN if kind == "exchange_inclusion" else rules.ROUND_OVER
                marks = ", ".join("?" for _ in fitting)
                person += (
                    " AND EXISTS (SELECT 1 FROM exchange_round x WHERE x.id = ? AND x.deleted = 0"
                    f" AND coalesce(x.status, 'proposed') IN ({marks}))"
                )
                params.extend([round_id, *fitting])
            if kind == "exchange_not_included":  # not for those it released
                person += (
                    " AND NOT EXISTS (SELECT 1 FROM round_entry e JOIN round_list rl ON "
                    "rl.id = e.list_id WHERE rl.round_id = ? AND e.prisoner_id = p.id "
                    "AND e.released = 1 AND e.deleted = 0 AND rl.deleted = 0)"
                )
                params.append(round_id)
        where.append(person + ")")
    if kind == "remains_identified":  # never before the approved news of death
        where.append(
            "EXISTS (SELECT 1 FROM letter d WHERE d.request_id = r.id AND d.deleted = 0 "
            "AND d.kind = 'death_notification' AND d.approved_by IS NOT NULL "
            "AND d.delivery_status != 'cancelled')"
        )
    letter = (
        "NOT EXISTS (SELECT 1 FROM letter l WHERE l.request_id = r.id "
        "AND l.deleted = 0 AND l.delivery_status != 'cancelled'"
    )
    if kind in rules.PERIODIC:
        weeks = load_profile(conn).periodic_weeks
        since = (dt.date.today() - dt.timedelta(weeks=weeks)).isoformat()
        letter += " AND l.generated_at >= ?"
        params.append(since)
    else:
        letter += " AND l.kind = ?"
        params.append(kind)
    if round_id is not None and "round_name" in spec.fields:
        letter += " AND l.round_id = ?"
        params.append(round_id)
    where.append(letter + ")")
    sql = (
        "SELECT r.id, r.status, (SELECT group_concat(coalesce(p.status, 'unknown') || ':' || "
        "p.do_not_disclose, ',') FROM link k JOIN prisoner p ON p.id = k.prisoner_id "
        "WHERE k.request_id = r.id AND k.status = 'confirmed' AND k.deleted = 0 "
        f"AND p.deleted = 0) FROM tracing_request r WHERE {' AND '.join(where)} ORDER BY r.ref"
    )
    owed = []
    for request_id, status, linked in conn.execute(sql, params):
        prisoners = [
            (part.rsplit(":", 1)[0], part.rsplit(":", 1)[1] == "1")
            for part in (linked or "").split(",")
            if part
        ]
        if rules.allowed(kind, case_state(status, prisoners)):
            owed.append(request_id)
    return owed
