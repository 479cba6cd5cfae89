"""Letters for many requests at once: one merged print-ready PDF, plus each letter's own PDF.

Runs on a worker thread; progress and cancellation are a plain ``caseapp.tasks.Progress``.

**Rendered outside the write transaction.** Drawing the PDFs is the slow part (~10 s for 1,000
letters); it runs without holding the vault, so on the GUI's writer a record saved meanwhile is
let through between two letters (``Progress.step``). The letters are checked and drawn with the
register numbers the counter will give them, then recorded in one short transaction. That
transaction first makes sure nothing was written since the checks began (the journal's last
entry and the numbers are unchanged); if something was (a save let through, a letter made
elsewhere), nothing is recorded: every letter is checked again against the data as it is now
and only those whose text changed are drawn again, then it tries again. After a few such
rounds (saves arriving all the time) the last round checks and records inside the
transaction, as before.

**All or nothing.** Every letter of the batch is recorded in that one transaction, or none is:
Cancel at any point records nothing and uses no letter number. A request whose letter a gate
refuses does not stop the batch: it is listed in ``skipped`` with the reasons, and the others are
generated.

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
from caseapp.letters.compose import LetterPlan, LetterSpec
from caseapp.letters.gates import LetterBlocked, Refusal, check_letter
from caseapp.letters.kinds import get_kind
from caseapp.letters.profile import OrgProfile, load_profile
from caseapp.letters.register import letter_record
from caseapp.letters.render import LetterContent, MergedPdf, PageLayout, layout, render_letter
from caseapp.permissions import check_write
from caseapp.records import load_entity
from caseapp.rounds.core import round_person_sql
from caseapp.safefile import storage_error, write_private
from caseapp.store import Session, Txn, upcoming_refs
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


#: Rounds of checking and drawing outside the transaction before the last round does it
#: inside (only when saves keep changing the data while the batch records).
ROUNDS_OUTSIDE = 4


@dataclass
class _Drawn:
    """One letter checked and drawn, not yet recorded."""

    spec: LetterSpec
    plan: LetterPlan
    ref: str
    content: LetterContent
    pages: list[PageLayout]
    pdf: bytes


class _Stale(BadInput):
    """Something was written since the letters were checked: record nothing, check again.
    (Raised to the user only if the year turns while the last round records.)"""

    def __init__(self) -> None:
        super().__init__("The letter numbers changed while the batch ran. Generate it again.")


def _journal_mark(conn: Connection) -> int:
    """The last journal entry: every write to the vault adds one, so an unchanged mark means
    nothing was written (the same data the gates saw)."""
    row = conn.execute("SELECT max(seq) FROM journal").fetchone()
    return int(row[0] or 0)


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
    specs = [
        LetterSpec(kind=kind, request_id=r, language=language, channel=channel, round_id=round_id)
        for r in request_ids
    ]
    action, title = f"generate {len(request_ids)} letters", f"{len(request_ids)} letters"
    drawn: dict[str, _Drawn] = {}
    merged: tuple[bytes, int] | None = None
    for round_number in range(ROUNDS_OUTSIDE + 1):
        if round_number == ROUNDS_OUTSIDE:
            # Saves kept arriving: check, draw and record in one transaction this time.
            with session.transaction(action) as txn:
                txn.audit_action = "letter.batch"
                letters, skipped, changed = _draw(
                    session, txn.conn, specs, today, drawn, progress, first=False
                )
                if changed or merged is None:
                    merged = _merge(letters, title, txn.conn, today, duplex, progress)
                records = _record(txn, letters, progress)
            break
        conn = session.conn
        mark = _journal_mark(conn)
        letters, skipped, changed = _draw(
            session, conn, specs, today, drawn, progress, first=round_number == 0
        )
        if changed or merged is None:
            merged = _merge(letters, title, conn, today, duplex, progress)
        drawn = {letter.spec.request_id: letter for letter in letters}
        try:
            with session.transaction(action) as txn:
                txn.audit_action = "letter.batch"
                if _journal_mark(txn.conn) != mark:
                    raise _Stale()
                records = _record(txn, letters, progress)
        except _Stale:
            continue  # rolled back, nothing recorded: check again against the data as it is
        break
    result = BatchResult(letters=records, skipped=skipped)
    if letters and merged is not None:
        result.merged_pdf, result.pages = merged
    return result


def _draw(
    session: Session,
    conn: Connection,
    specs: list[LetterSpec],
    today: dt.date,
    before: dict[str, _Drawn],
    progress: Progress,
    *,
    first: bool,
) -> tuple[list[_Drawn], list[Skipped], bool]:
    """Check every letter against the data as it is and draw it with the number it will get;
    a letter drawn before whose text is still the same is kept as it was. Returns the letters,
    the refused requests, and whether any letter differs from ``before``."""
    profile = load_profile(conn)
    numbers = upcoming_refs(session, conn, "LT", len(specs))
    letters: list[_Drawn] = []
    skipped: list[Skipped] = []
    changed = len(before) == 0
    for spec in specs:
        progress.check()
        try:
            letter = _draw_one(conn, spec, profile, today, numbers[len(letters)], before)
        except LetterBlocked as blocked:
            request = load_entity(conn, TracingRequest, spec.request_id)
            ref = request.ref if request and request.ref else ""
            skipped.append(
                Skipped(spec.request_id, ref, tuple(blocked.reasons), tuple(blocked.refusals))
            )
            changed = changed or spec.request_id in before
        except BadInput as error:  # e.g. the request was deleted meanwhile
            skipped.append(Skipped(spec.request_id, "", (str(error),)))
            changed = changed or spec.request_id in before
        else:
            changed = changed or before.get(spec.request_id) is not letter
            letters.append(letter)
        if first:
            progress.step()  # advance; on the GUI's writer a waiting save goes through here
        else:
            progress.let_writer_run()
    return letters, skipped, changed or len(letters) != len(before)


def _draw_one(
    conn: Connection,
    spec: LetterSpec,
    profile: OrgProfile,
    today: dt.date,
    ref: str,
    before: dict[str, _Drawn],
) -> _Drawn:
    plan = check_letter(conn, spec, profile, today=today)
    content = plan.content(ref, today)
    earlier = before.get(spec.request_id)
    if earlier is not None and earlier.ref == ref and earlier.content == content:
        return earlier
    pages = layout(content)
    return _Drawn(spec, plan, ref, content, pages, render_letter(content, pages))


def _merge(
    letters: list[_Drawn],
    title: str,
    conn: Connection,
    today: dt.date,
    duplex: bool,
    progress: Progress,
) -> tuple[bytes, int]:
    """The merged print-ready PDF: the very layouts of the letters' own PDFs, in order."""
    if not letters:
        return b"", 0
    merged = MergedPdf(
        title,
        load_profile(conn).text("name", "en") or "CaseApp",
        duplex=duplex,
        date_iso=today.isoformat(),
    )
    for letter in letters:
        progress.check()
        merged.add(letter.content, letter.pages)
    return merged.finish(), merged.pages


def _record(txn: Txn, letters: list[_Drawn], progress: Progress) -> list[LetterRecord]:
    """Record the drawn letters under the numbers they show (else ``_Stale``)."""
    records = []
    for letter in letters:
        progress.check()
        if txn.next_ref("LT") != letter.ref:
            raise _Stale()  # a number was taken meanwhile (or the year turned)
        account = txn.session.account.id
        record = letter_record(letter.plan, letter.spec, letter.ref, letter.pdf, account)
        records.append(txn.create(record))
    return records


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
