"""Round entries matched to prisoner records with the matching engine (suggest, never decide).

``match_list`` stores each entry's best candidates (worker thread). A person confirms one,
rejects them all (with a reason) or creates a record from the entry; ``confirm_strong`` is the
explicit command that confirms every entry whose top candidate is strong and unique.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from caseapp.domain.models import NameForm, PrisonerRecord, RoundEntry
from caseapp.errors import BadInput
from caseapp.matching.explain import FieldReason
from caseapp.matching.index import MatchIndex
from caseapp.matching.person import PersonInput
from caseapp.matching.scoring import POSSIBLE
from caseapp.matching.service import ComparisonRow, build_index, compare_fields
from caseapp.rounds.core import (
    current_entries,
    list_entries,
    now_iso,
    require_entry,
    require_open,
    require_round,
    round_of_entry,
)
from caseapp.store import ChangeSet, Session, list_entities, load_entity
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

TOP = 5
#: Entry category -> prisoner record category, for records created from an entry.
RECORD_CATEGORY = {"civilian": "detained_civilian", "minor": "detained_civilian"}


@dataclass(frozen=True)
class Candidate:
    prisoner_id: str
    score: float
    band: str
    reasons: list[FieldReason] = field(default_factory=list)


def candidate_list(entry: RoundEntry) -> list[Candidate]:
    try:
        data = json.loads(entry.candidates or "[]")
        return [
            Candidate(
                item["id"],
                float(item["score"]),
                item["band"],
                [FieldReason.from_dict(r) for r in item.get("reasons", [])],
            )
            for item in data
        ]
    except (ValueError, KeyError, TypeError):
        return []


def entry_person(entry: RoundEntry) -> PersonInput:
    return PersonInput(
        id=entry.id,
        family_name=entry.family_name,
        given_name=entry.given_name,
        patronymic=entry.patronymic,
        birth_date=entry.birth_date,
        service_number=entry.service_number,
        unit=entry.unit,
    )


def _candidates_json(index: MatchIndex, entry: RoundEntry) -> str | None:
    results = index.match(entry_person(entry), TOP, min_score=POSSIBLE)
    if not results:
        return None
    return json.dumps(
        [
            {
                "id": r.record_id,
                "score": round(r.score, 1),
                "band": r.band,
                "reasons": [x.to_dict() for x in r.reasons],
            }
            for r in results
        ],
        ensure_ascii=False,
        sort_keys=True,
    )


@dataclass
class MatchListResult:
    matched: int
    unmatched: int
    changes: ChangeSet


def match_entries(
    session: Session,
    entries: Iterable[RoundEntry],
    progress: Progress | None = None,
    *,
    index: MatchIndex | None = None,
) -> MatchListResult:
    """Refresh the candidates of undecided entries: score first (cancellable), then one short
    transaction. Confirmed and rejected entries are left as decided."""
    todo = [e for e in entries if e.match_status not in ("confirmed", "rejected")]
    if index is None:
        index = build_index(session.conn, progress)
    if progress is not None:
        progress.start(len(todo) + 1, "Matching the list")
    found: list[tuple[RoundEntry, str | None]] = []
    for entry in todo:
        found.append((entry, _candidates_json(index, entry)))
        if progress is not None:
            progress.step()
    matched = 0
    with session.transaction("match round list") as txn:
        for entry, candidates in found:
            status = "potential" if candidates else None
            matched += candidates is not None
            if (entry.candidates, entry.match_status) != (candidates, status):
                txn.update(
                    RoundEntry,
                    entry.id,
                    candidates=candidates,
                    match_status=status,
                    prisoner_id=None,
                )
    return MatchListResult(matched, len(found) - matched, txn.changes)


def match_list(
    session: Session,
    list_id: str,
    progress: Progress | None = None,
    *,
    index: MatchIndex | None = None,
) -> MatchListResult:
    return match_entries(session, list_entries(session.conn, list_id), progress, index=index)


def entry_comparison(
    conn: Connection, entry_id: str, prisoner_id: str, lang: str = "en"
) -> list[ComparisonRow]:
    """The entry (as written) and one candidate record side by side, with the engine's reasons."""
    entry = require_entry(conn, entry_id)
    prisoner = load_entity(conn, PrisonerRecord, prisoner_id, include_deleted=True)
    reasons: list[FieldReason] = next(
        (c.reasons for c in candidate_list(entry) if c.prisoner_id == prisoner_id), []
    )
    return compare_fields(entry, prisoner, reasons, lang)


def confirm_entry(session: Session, entry_id: str, prisoner_id: str) -> ChangeSet:
    """A person confirms that the entry names this prisoner record."""
    with session.transaction("confirm round entry") as txn:
        entry = require_entry(txn.conn, entry_id)
        require_open(round_of_entry(txn.conn, entry)[1])
        if load_entity(txn.conn, PrisonerRecord, prisoner_id) is None:
            raise BadInput("This record no longer exists (it may have been deleted).")
        txn.update(
            RoundEntry,
            entry.id,
            prisoner_id=prisoner_id,
            match_status="confirmed",
            decided_by=session.account.id,
            decided_at=now_iso(),
        )
    return txn.changes


def reject_entry(session: Session, entry_id: str, reason: str) -> ChangeSet:
    """None of the candidates is this person (the reason goes in the entry's note)."""
    if not reason.strip():
        raise BadInput("Say why the match is rejected.")
    with session.transaction("reject round entry match") as txn:
        entry = require_entry(txn.conn, entry_id)
        require_open(round_of_entry(txn.conn, entry)[1])
        note = "\n".join(p for p in (entry.note, reason.strip()) if p)
        txn.update(
            RoundEntry,
            entry.id,
            prisoner_id=None,
            match_status="rejected",
            decided_by=session.account.id,
            decided_at=now_iso(),
            note=note,
        )
    return txn.changes


def reopen_entry(session: Session, entry_id: str) -> ChangeSet:
    with session.transaction("reopen round entry match") as txn:
        entry = require_entry(txn.conn, entry_id)
        require_open(round_of_entry(txn.conn, entry)[1])
        if entry.outcome == "exchanged":
            raise BadInput("This person was exchanged: undo the execution first.")
        status = "potential" if entry.candidates else None
        txn.update(
            RoundEntry,
            entry.id,
            prisoner_id=None,
            match_status=status,
            decided_by=None,
            decided_at=None,
        )
    return txn.changes


def create_record_from_entry(session: Session, entry_id: str) -> ChangeSet:
    """No record fits: create one from the entry as written (held; the name form and its
    source are the round list) and confirm it, in one transaction."""
    with session.transaction("create record from round entry") as txn:
        entry = require_entry(txn.conn, entry_id)
        round_list, exchange = round_of_entry(txn.conn, entry)
        require_open(exchange)
        if entry.match_status == "confirmed":
            raise BadInput("This entry is already matched to a record.")
        record = txn.create(
            PrisonerRecord(
                category=RECORD_CATEGORY.get(entry.category or "", "pow"),
                family_name=entry.family_name,
                given_name=entry.given_name,
                patronymic=entry.patronymic,
                birth_date=entry.birth_date,
                unit=entry.unit,
                service_number=entry.service_number,
                rank=entry.rank,
                status="held",
                status_source=f"round {exchange.ref}",
            )
        )
        txn.create(
            NameForm(
                owner_type="prisoner",
                owner_id=record.id,
                family_name=entry.family_name,
                given_name=entry.given_name,
                patronymic=entry.patronymic,
                source_kind="exchanged_list",
                source_ref=f"{exchange.ref} {round_list.side} {round_list.direction} "
                f"v{round_list.version}",
            )
        )
        txn.update(
            RoundEntry,
            entry.id,
            prisoner_id=record.id,
            match_status="confirmed",
            decided_by=session.account.id,
            decided_at=now_iso(),
        )
    return txn.changes


@dataclass
class ConfirmResult:
    confirmed: int
    changes: ChangeSet


def confirm_strong(session: Session, round_id: str) -> ConfirmResult:
    """Confirm every current entry whose top candidate is "strong" and the only strong one,
    unless that record is already confirmed on another entry of the same list. An explicit
    human command: nothing else confirms automatically."""
    conn = session.conn
    exchange = require_round(conn, round_id)
    require_open(exchange)
    entries = current_entries(conn, exchange.id)
    taken = {(e.list_id, e.prisoner_id) for e in entries if e.match_status == "confirmed"}
    picks: list[tuple[str, str]] = []
    for entry in entries:
        if entry.match_status != "potential":
            continue
        strong = [c for c in candidate_list(entry) if c.band == "strong"]
        if len(strong) != 1 or (entry.list_id, strong[0].prisoner_id) in taken:
            continue
        taken.add((entry.list_id, strong[0].prisoner_id))
        picks.append((entry.id, strong[0].prisoner_id))
    with session.transaction("confirm strong round matches") as txn:
        at = now_iso()
        for entry_id, prisoner_id in picks:
            txn.update(
                RoundEntry,
                entry_id,
                prisoner_id=prisoner_id,
                match_status="confirmed",
                decided_by=session.account.id,
                decided_at=at,
            )
    return ConfirmResult(len(picks), txn.changes)


def records_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, PrisonerRecord]:
    wanted = sorted(set(ids))
    out: dict[str, PrisonerRecord] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for record in list_entities(conn, PrisonerRecord, f"id IN ({marks})", chunk):
            out[record.id] = record
    return out
