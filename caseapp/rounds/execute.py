"""Executing a round: who came is marked exchanged, each person's status and each linked
tracing request's status change, and the letters owed follow — one transaction per user action,
undoable (whole, or entry by entry) until the round is closed.

The undo replays the execution's journal rows backwards for the chosen people only, and refuses
(changing nothing) if a value was changed again since, like ``Txn.revert``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caseapp.domain.models import (
    ExchangeRound,
    Link,
    PrisonerRecord,
    RoundEntry,
    TimelineEvent,
    TracingRequest,
)
from caseapp.errors import BadInput
from caseapp.rounds.balance import reconcile
from caseapp.rounds.core import require_entry, require_open, require_round, round_of_entry
from caseapp.store import ChangeSet, Session, Txn, decode_journal_value, entity_class, list_entities
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

JournalRow = tuple[str, str, str, str | None, str | None, str | None]
#: Entry category -> the person's new status and the timeline event recorded.
NEW_STATUS = {
    "pow": ("repatriated", "repatriation"),
    "wounded_sick": ("repatriated", "repatriation"),
    "civilian": ("released", "release"),
    "minor": ("released", "release"),
    "remains": ("remains_returned", "repatriation"),
}
#: Request statuses a return does not overwrite.
FINAL_REQUEST = ("returned", "closed")
#: Letters a round's families are owed (see ``caseapp.letters.batch.owed_letters``).
ROUND_LETTERS = ("exchange_inclusion", "return_release")


@dataclass
class ExecuteResult:
    exchanged: int
    not_returned: int
    unlisted: int
    refused: int
    requests_updated: int
    #: kind -> request ids owed that letter for this round (queued in the Letters screen).
    letters_owed: dict[str, list[str]] = field(default_factory=dict)
    changes: ChangeSet | None = None


def letters_owed(conn: Connection, round_id: str) -> dict[str, list[str]]:
    from caseapp.letters.batch import owed_letters  # letters reads rounds, not the reverse

    return {kind: owed_letters(conn, kind, round_id=round_id) for kind in ROUND_LETTERS}


#: Letters the Letters screen counts per round ("owed after exchange rounds").
OWED_KINDS = (*ROUND_LETTERS, "exchange_not_included")


@dataclass(frozen=True)
class RoundOwed:
    """How many requests are owed a letter of ``kind`` about one round."""

    round_id: str
    round_name: str
    kind: str
    count: int


def owed_by_round(conn: Connection) -> list[RoundOwed]:
    """Per round (newest first) and kind, the requests owed a letter now — the same rule as
    the batch (``owed_letters`` with ``round_id``); only kinds with some request owed."""
    from caseapp.letters.batch import owed_letters

    found = []
    for round_id, name, ref in conn.execute(
        "SELECT id, name, ref FROM exchange_round WHERE deleted = 0 ORDER BY rowid DESC"
    ).fetchall():
        for kind in OWED_KINDS:
            count = len(owed_letters(conn, kind, round_id=round_id))
            if count:
                found.append(RoundOwed(round_id, name or ref or "", kind, count))
    return found


def execute_round(
    session: Session,
    round_id: str,
    *,
    executed_date: str | None = None,
    progress: Progress | None = None,
) -> ExecuteResult:
    """Reconcile the latest returned lists with the confirmed entries and apply the result."""
    conn = session.conn
    exchange = require_round(conn, round_id)
    require_open(exchange)
    result = reconcile(conn, exchange.id)
    if result.returned_lists == 0:
        raise BadInput(
            "The round has no returned list: import the returnees' list first. Nothing was changed."
        )
    if result.expected == 0:
        raise BadInput(
            "The round has no confirmed entries to reconcile the returned list with: confirm "
            "the matches first. Nothing was changed."
        )
    when = executed_date or exchange.executed_date or dt.date.today().isoformat()
    source = f"round {exchange.ref}"
    exchanged = refused = requests = 0
    if progress is not None:
        progress.start(len(result.pairs), "Executing the round")
    with session.transaction(f"execute exchange round {exchange.ref}") as txn:
        txn_id = txn.changes.txn_id
        for agreed, came, _score in result.pairs:
            if progress is not None:
                progress.step()
            if agreed.outcome == "exchanged":
                continue
            if agreed.wishes_return == "no":
                refused += 1  # never counted as exchanged (GC III art. 109)
                continue
            txn.update(
                RoundEntry,
                agreed.id,
                outcome="exchanged",
                released=True,
                handover_time=agreed.handover_time or came.handover_time,
                executed_txn=txn_id,
            )
            exchanged += 1
            requests += _person_returned(txn, agreed, exchange, when, source)
        missing = len(result.of_kind("not_returned"))
        txn.update(
            ExchangeRound,
            exchange.id,
            status="partially_executed" if missing else "executed",
            executed_date=when,
            executed_txn=txn_id,
        )
    return ExecuteResult(
        exchanged,
        missing,
        len(result.of_kind("unlisted_returnee")),
        refused,
        requests,
        letters_owed(session.conn, exchange.id),
        txn.changes,
    )


def _person_returned(
    txn: Txn, entry: RoundEntry, exchange: ExchangeRound, when: str, source: str
) -> int:
    prisoner = (
        list_entities(txn.conn, PrisonerRecord, "id = ?", (entry.prisoner_id,))
        if entry.prisoner_id
        else []
    )
    if not prisoner:
        return 0
    status, event = NEW_STATUS.get(entry.category or "pow", NEW_STATUS["pow"])
    txn.update(
        PrisonerRecord, prisoner[0].id, status=status, status_date=when, status_source=source
    )
    txn.create(
        TimelineEvent(
            prisoner_id=prisoner[0].id,
            kind=event,
            event_date=when,
            place=exchange.handover_place,
            details=source,
            source_kind="exchanged_list",
        )
    )
    count = 0
    for link in list_entities(
        txn.conn, Link, "prisoner_id = ? AND status = 'confirmed'", (prisoner[0].id,)
    ):
        request = list_entities(txn.conn, TracingRequest, "id = ?", (link.request_id,))
        if request and request[0].status not in FINAL_REQUEST:
            txn.update(TracingRequest, request[0].id, status="returned")
            count += 1
    return count


# --- undo --------------------------------------------------------------------------------------


def _journal_rows(conn: Connection, txn_id: str) -> list[JournalRow]:
    row = conn.execute("SELECT id FROM txn WHERE txn_id = ?", (txn_id,)).fetchone()
    if row is None:
        raise BadInput("Nothing to undo: that action is not in this vault.")
    rows: list[JournalRow] = conn.execute(
        "SELECT entity_type, entity_id, op, field, old_value, new_value FROM journal "
        "WHERE txn = ? ORDER BY seq DESC",
        (row[0],),
    ).fetchall()
    return rows


def _revert(txn: Txn, rows: list[JournalRow]) -> int:
    """Undo these journal rows (newest first). A value already back to its old state is left;
    one changed to anything else since refuses the whole undo."""
    undone = 0
    for entity_type, entity_id, op, name, old_text, new_text in rows:
        cls = entity_class(entity_type)
        if op == "create":
            if list_entities(txn.conn, cls, "id = ?", (entity_id,)):
                txn.delete(cls, entity_id)
                undone += 1
            continue
        if op != "update" or name not in cls.field_names():
            continue
        current = list_entities(txn.conn, cls, "id = ?", (entity_id,))
        if not current:
            raise BadInput("Cannot undo: a record of this round was deleted since.")
        value = current[0].to_fields()[name]
        old, new = decode_journal_value(old_text), decode_journal_value(new_text)
        if value == old:
            continue
        if value != new:
            raise BadInput("Cannot undo: the record was changed again since. Nothing was changed.")
        txn.update(cls, entity_id, **{name: old})
        undone += 1
    return undone


def undo_entry(session: Session, entry_id: str) -> ChangeSet:
    """Undo the execution for one person: the entry's outcome, the person's status and event,
    the linked requests' statuses. The round becomes partially executed."""
    with session.transaction("undo round entry execution") as txn:
        entry = require_entry(txn.conn, entry_id)
        _list, exchange = round_of_entry(txn.conn, entry)
        require_open(exchange)
        if not entry.executed_txn:
            raise BadInput("This entry was not changed by executing the round.")
        rows = _journal_rows(txn.conn, entry.executed_txn)
        ids = {entry.id}
        if entry.prisoner_id:
            ids.add(entry.prisoner_id)
            ids |= {
                link.request_id or ""
                for link in list_entities(
                    txn.conn,
                    Link,
                    "prisoner_id = ? AND status = 'confirmed'",
                    (entry.prisoner_id,),
                )
            }
            ids |= {
                row[0]
                for row in txn.conn.execute(
                    "SELECT id FROM event WHERE prisoner_id = ?", (entry.prisoner_id,)
                )
            }
        _revert(txn, [r for r in rows if r[1] in ids])
        if exchange.status == "executed":
            txn.update(ExchangeRound, exchange.id, status="partially_executed")
    return txn.changes


def undo_execution(session: Session, round_id: str) -> ChangeSet:
    """Undo the whole last execution of the round (what is already undone stays undone)."""
    with session.transaction("undo round execution") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        if not exchange.executed_txn:
            raise BadInput("This round has not been executed.")
        rows = _journal_rows(txn.conn, exchange.executed_txn)
        _revert(txn, [r for r in rows if r[1] != exchange.id])
        # The round's own fields go back as they were, even if an entry undo moved its status.
        restored = {r[3]: decode_journal_value(r[4]) for r in rows if r[1] == exchange.id}
        txn.update(ExchangeRound, exchange.id, **{k: v for k, v in restored.items() if k})
    return txn.changes


def close_round(session: Session, round_id: str) -> ChangeSet:
    """Close an executed (or cancelled) round: from now on it can no longer be undone."""
    with session.transaction("close exchange round") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        if exchange.status not in ("executed", "partially_executed", "cancelled"):
            raise BadInput("Only an executed or cancelled round can be closed.")
        txn.update(ExchangeRound, exchange.id, closed=True)
    return txn.changes
