"""Frameworks and rounds, their agreed counts, and the queries the rest of the package shares.

"Current" entries of a side are those of the latest version of its requested and offered lists:
an entry dropped from the newest version is no longer in the round, even though the older
version (and its entry) is kept for the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from caseapp.domain.models import (
    ENTRY_CATEGORIES,
    ROUND_SIDES,
    ROUND_STATUSES,
    ExchangeFramework,
    ExchangeRound,
    RoundEntry,
    RoundList,
    RoundQuota,
)
from caseapp.errors import BadInput
from caseapp.store import ChangeSet, Session, Txn, list_entities, load_entity
from caseapp.vault.connection import Connection

#: Lists a side agrees on; ``returned`` is who actually came, reconciled against them.
AGREEING = ("requested", "offered")

#: SQL: ids of the lists that are the latest version of their (round, side, direction).
LATEST_LISTS_SQL = (
    "SELECT l.id FROM round_list l WHERE l.deleted = 0 AND NOT EXISTS ("
    "SELECT 1 FROM round_list n WHERE n.deleted = 0 AND n.round_id = l.round_id "
    "AND n.side IS l.side AND n.direction = l.direction AND n.version > l.version)"
)


def round_person_sql(letter_kind: str) -> str:
    """SQL condition on the prisoner ``p`` for letters owed about round ``?``: confirmed on
    a current requested/offered list (not refusing to return); for a return/release letter,
    also exchanged in that round."""
    sql = (
        "EXISTS (SELECT 1 FROM round_entry e JOIN round_list rl ON rl.id = e.list_id "
        "WHERE rl.round_id = ? AND e.prisoner_id = p.id AND e.deleted = 0 "
        "AND IFNULL(e.match_status, 'confirmed') = 'confirmed' AND IFNULL(e.wishes_return, '') != 'no' "
        "AND rl.direction IN ('requested', 'offered') "
        f"AND rl.id IN ({LATEST_LISTS_SQL})"
    )
    if letter_kind == "return_release":
        sql += " AND e.outcome = 'exchanged'"
    return sql + ")"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def require_round(conn: Connection, key: str) -> ExchangeRound:
    """A round by reference number (XR-…) or id; a clear error otherwise."""
    found = load_entity(conn, ExchangeRound, key)
    if found is None:
        rows = list_entities(conn, ExchangeRound, "ref = ?", (key.strip(),), limit=1)
        found = rows[0] if rows else None
    if found is None:
        raise BadInput("No exchange round with this reference.")
    return found


def require_open(exchange: ExchangeRound) -> None:
    if exchange.closed:
        raise BadInput("This round is closed: it can no longer be changed.")


def require_entry(conn: Connection, entry_id: str) -> RoundEntry:
    entry = load_entity(conn, RoundEntry, entry_id)
    if entry is None:
        raise BadInput("This list entry no longer exists.")
    return entry


def round_of_entry(conn: Connection, entry: RoundEntry) -> tuple[RoundList, ExchangeRound]:
    round_list = load_entity(conn, RoundList, entry.list_id or "")
    if round_list is None:
        raise BadInput("This list entry no longer exists.")
    return round_list, require_round(conn, round_list.round_id or "")


def check_side(side: str) -> str:
    if side not in ROUND_SIDES:
        raise BadInput("Unknown side '{side}': use ours or theirs.", side=side)
    return side


# --- frameworks and rounds ---------------------------------------------------------------------


def create_framework(session: Session, name: str, **fields: object) -> ExchangeFramework:
    with session.transaction("create exchange framework") as txn:
        framework = txn.create(ExchangeFramework(name=name, **fields))  # type: ignore[arg-type]
    return framework


def find_framework(conn: Connection, name: str) -> ExchangeFramework | None:
    wanted = name.strip().casefold()
    for framework in list_entities(conn, ExchangeFramework):
        if (framework.name or "").casefold() == wanted or framework.id == name:
            return framework
    return None


@dataclass
class Created:
    """A new entity's id and reference, with the transaction's changes."""

    id: str
    ref: str
    changes: ChangeSet


def create_round(
    session: Session,
    name: str,
    *,
    framework: str | None = None,
    agreed: int | None = None,
    **fields: object,
) -> Created:
    """A new round (status "proposed"); ``framework`` names a framework, created if new;
    ``agreed`` is the N of "N for N" (the same for both sides)."""
    if not name.strip():
        raise BadInput("A round needs a name.")
    if agreed is not None and agreed < 0:
        raise BadInput("The agreed count cannot be negative.")
    with session.transaction("create exchange round") as txn:
        framework_id = None
        if framework and framework.strip():
            found = find_framework(txn.conn, framework)
            if found is None:
                found = txn.create(ExchangeFramework(name=framework.strip()))
            framework_id = found.id
        exchange = txn.create(
            ExchangeRound(
                name=name,
                framework_id=framework_id,
                framework=framework.strip() if framework else None,
                agreed_count_ours=agreed,
                agreed_count_theirs=agreed,
                **fields,  # type: ignore[arg-type]
            )
        )
    return Created(exchange.id, exchange.ref or "", txn.changes)


def update_round(
    session: Session,
    round_id: str,
    *,
    quotas: Mapping[tuple[str, str], int | None] | None = None,
    **fields: object,
) -> ChangeSet:
    """Edit a round's facts (dates, place, status, counts…) and, if given, its agreed counts
    per side and category: one transaction."""
    status = fields.get("status")
    if status is not None and status not in ROUND_STATUSES:
        raise BadInput("Unknown round status.")
    with session.transaction("edit exchange round") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        if "framework" in fields:  # the name typed on the screen names (or makes) the entity
            name = str(fields["framework"] or "").strip()
            found = find_framework(txn.conn, name) if name else None
            if name and found is None:
                found = txn.create(ExchangeFramework(name=name))
            fields["framework_id"] = found.id if found else None
        if fields:
            txn.update(ExchangeRound, exchange.id, **fields)  # type: ignore[arg-type]
        if quotas is not None:
            _apply_quotas(txn, exchange.id, quotas)
    return txn.changes


def set_quotas(
    session: Session, round_id: str, quotas: Mapping[tuple[str, str], int | None]
) -> ChangeSet:
    """Agreed counts per (side, category); None or 0 removes one. One transaction."""
    with session.transaction("set agreed counts") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        _apply_quotas(txn, exchange.id, quotas)
    return txn.changes


def _apply_quotas(txn: Txn, round_id: str, quotas: Mapping[tuple[str, str], int | None]) -> None:
    existing = {
        (q.side or "", q.category or ""): q
        for q in list_entities(txn.conn, RoundQuota, "round_id = ?", (round_id,))
    }
    for (side, category), agreed in quotas.items():
        check_side(side)
        if category not in ENTRY_CATEGORIES:
            raise BadInput("Unknown category '{category}'.", category=category)
        if agreed is not None and agreed < 0:
            raise BadInput("The agreed count cannot be negative.")
        current = existing.get((side, category))
        if not agreed:
            if current is not None:
                txn.delete(RoundQuota, current.id)
        elif current is None:
            txn.create(RoundQuota(round_id=round_id, side=side, category=category, agreed=agreed))
        elif current.agreed != agreed:
            txn.update(RoundQuota, current.id, agreed=agreed)


def quotas(conn: Connection, round_id: str) -> dict[tuple[str, str], int]:
    return {
        (q.side or "", q.category or ""): int(q.agreed or 0)
        for q in list_entities(conn, RoundQuota, "round_id = ?", (round_id,))
    }


# --- lists and entries -------------------------------------------------------------------------


def round_lists(conn: Connection, round_id: str) -> list[RoundList]:
    """Every list version of a round, by side, direction and version."""
    return list_entities(
        conn, RoundList, "round_id = ?", (round_id,), order_by="side, direction, version"
    )


def latest_list(conn: Connection, round_id: str, side: str, direction: str) -> RoundList | None:
    rows = list_entities(
        conn,
        RoundList,
        "round_id = ? AND side = ? AND direction = ?",
        (round_id, side, direction),
        order_by="version DESC",
        limit=1,
    )
    return rows[0] if rows else None


def list_entries(conn: Connection, list_id: str) -> list[RoundEntry]:
    return list_entities(conn, RoundEntry, "list_id = ?", (list_id,), order_by="row_number, rowid")


def current_entries(conn: Connection, round_id: str, side: str | None = None) -> list[RoundEntry]:
    """Entries of the latest requested/offered versions (of one side, or both)."""
    where = (
        f"list_id IN (SELECT id FROM round_list WHERE round_id = ? AND deleted = 0 "
        f"AND direction IN ('requested', 'offered') AND id IN ({LATEST_LISTS_SQL})"
    )
    params: list[object] = [round_id]
    if side is not None:
        where += " AND side = ?"
        params.append(side)
    return list_entities(conn, RoundEntry, where + ")", params, order_by="row_number, rowid")


def side_of_list(conn: Connection) -> dict[str, str]:
    return {
        row[0]: row[1] or ""
        for row in conn.execute("SELECT id, side FROM round_list WHERE deleted = 0")
    }


def person_key(entry: RoundEntry) -> str:
    """One person counted once per side: the confirmed record, else the name as written."""
    if entry.match_status == "confirmed" and entry.prisoner_id:
        return "p:" + entry.prisoner_id
    from caseapp.matching.phonetic import skeleton

    return "n:" + skeleton(entry.name_as_written or "") + "|" + (entry.birth_date or "")[:4]


def entry_state(entry: RoundEntry) -> str:
    """unmatched / ambiguous / to_review / confirmed / rejected: what a reviewer must do."""
    from caseapp.rounds.matching import candidate_list

    if entry.match_status == "confirmed":
        return "confirmed"
    if entry.match_status == "rejected":
        return "rejected"
    found = candidate_list(entry)
    if not found:
        return "unmatched"
    strong = [c for c in found if c.band == "strong"]
    if len(strong) > 1 or (not strong and len(found) > 1):
        return "ambiguous"
    return "to_review"


ENTRY_EDITABLE = (
    "category",
    "priority_reasons",
    "interview_done",
    "interview_date",
    "wishes_return",
    "medically_fit",
    "outcome",
    "substituted_by",
    "handover_time",
    "note",
)


def update_entry(session: Session, entry_id: str, **fields: object) -> ChangeSet:
    """Per-entry states a person records (interview, wish, fitness, outcome, note…)."""
    unknown = set(fields) - set(ENTRY_EDITABLE)
    if unknown:
        raise BadInput("These entry fields cannot be edited here: {names}", names=sorted(unknown))
    if fields.get("outcome") == "substituted" and not fields.get("substituted_by"):
        raise BadInput("Say who substituted the person (substituted by).")
    with session.transaction("edit round entry") as txn:
        entry = require_entry(txn.conn, entry_id)
        _list, exchange = round_of_entry(txn.conn, entry)
        require_open(exchange)
        if "outcome" in fields:
            fields["released"] = fields["outcome"] == "exchanged"
        txn.update(RoundEntry, entry.id, **fields)  # type: ignore[arg-type]
    return txn.changes
