"""Candidates for the next round: people held and not yet exchanged, priority first (GC III
art. 109-110: the seriously wounded and sick; then the longest in captivity, the oldest),
and picking them into a draft list (the next version of a side's requested list)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.models import PrisonerRecord, RoundEntry, RoundList, new_id
from caseapp.errors import BadInput
from caseapp.matching.phonetic import skeleton
from caseapp.rounds.core import (
    LATEST_LISTS_SQL,
    check_side,
    latest_list,
    list_entries,
    now_iso,
    require_open,
    require_round,
)
from caseapp.rounds.lists import ListImportResult, _fields
from caseapp.store import Session
from caseapp.vault.connection import Connection

#: Captivity (years) and age from which a person gets that priority reason.
LONG_CAPTIVITY_YEARS = 1
OLD_AGE = 60
HEALTH_RANK = {"seriously_wounded": 0, "seriously_ill": 0, "wounded": 1}


@dataclass(frozen=True)
class NextCandidate:
    prisoner_id: str
    ref: str
    name: str
    birth_date: str
    category: str
    health: str
    capture_date: str
    reasons: tuple[str, ...]
    #: Reference of an open round whose current list already names the person, if any.
    on_round: str


def priority_reasons(
    health: str | None, birth: str | None, captured: str | None, today: dt.date
) -> tuple[str, ...]:
    reasons = []
    if health in ("seriously_wounded", "seriously_ill"):
        reasons.append(health)
    if (
        captured
        and captured[:4].isdigit()
        and today.year - int(captured[:4]) > LONG_CAPTIVITY_YEARS
    ):
        reasons.append("long_captivity")
    if birth and birth[:4].isdigit() and today.year - int(birth[:4]) >= OLD_AGE:
        reasons.append("age")
    return tuple(reasons)


def next_candidates(
    conn: Connection,
    *,
    category: str | None = None,
    priority_only: bool = False,
    text: str | None = None,
    include_listed: bool = False,
    limit: int = 2000,
    today: dt.date | None = None,
) -> list[NextCandidate]:
    """Held people, priority first; ``text`` filters on name or reference (any script)."""
    today = today or dt.date.today()
    where = ["p.deleted = 0", "p.status = 'held'"]
    params: list[object] = []
    if category:
        where.append("p.category = ?")
        params.append(category)
    if priority_only:
        old = f"{today.year - OLD_AGE:04d}"
        where.append(
            "(p.health IN ('seriously_wounded', 'seriously_ill', 'wounded') "
            "OR (p.birth_date IS NOT NULL AND p.birth_date <= ?))"
        )
        params.append(old)
    on_round = (
        "(SELECT x.ref FROM round_entry e JOIN round_list l ON l.id = e.list_id "
        "JOIN exchange_round x ON x.id = l.round_id WHERE e.prisoner_id = p.id "
        "AND e.deleted = 0 AND e.match_status = 'confirmed' AND x.closed = 0 "
        "AND x.status != 'cancelled' AND l.direction IN ('requested', 'offered') "
        f"AND l.id IN ({LATEST_LISTS_SQL}) LIMIT 1)"
    )
    sql = (
        f"SELECT p.id, p.ref, p.family_name, p.given_name, p.patronymic, p.birth_date, "
        f"p.category, p.health, p.capture_date, {on_round} FROM prisoner p "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY CASE p.health WHEN 'seriously_wounded' THEN 0 WHEN 'seriously_ill' THEN 0 "
        "WHEN 'wounded' THEN 1 ELSE 2 END, IFNULL(p.capture_date, '9999'), "
        "IFNULL(p.birth_date, '9999'), p.family_name LIMIT ?"
    )
    wanted = skeleton(text) if text and text.strip() else ""
    folded = (text or "").strip().casefold()
    out: list[NextCandidate] = []
    for row in conn.execute(sql, (*params, -1 if wanted else limit)):
        if row[9] and not include_listed:
            continue
        if (
            wanted
            and wanted not in skeleton(" ".join(p for p in row[2:5] if p))
            and (folded not in (row[1] or "").casefold())
        ):
            continue
        if len(out) >= limit:
            break
        out.append(
            NextCandidate(
                row[0],
                row[1] or "",
                " ".join(p for p in row[2:5] if p),
                row[5] or "",
                row[6] or "",
                row[7] or "",
                row[8] or "",
                priority_reasons(row[7], row[5], row[8], today),
                row[9] or "",
            )
        )
    return out


def add_to_draft(
    session: Session, round_id: str, side: str, prisoner_ids: list[str]
) -> ListImportResult:
    """A new version of the side's requested list: the previous entries plus these people,
    confirmed to their records (the coordinator picked them). One transaction."""
    check_side(side)
    if not prisoner_ids:
        raise BadInput("Pick at least one person for the list.")
    with session.transaction("add people to a round list") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        previous = latest_list(txn.conn, exchange.id, side, "requested")
        old = list_entries(txn.conn, previous.id) if previous else []
        version = (previous.version or 0) + 1 if previous else 1
        new_list = txn.create(
            RoundList(
                round_id=exchange.id,
                side=side,
                direction="requested",
                version=version,
                supersedes_id=previous.id if previous else None,
                received=False,
                list_date=dt.date.today().isoformat(),
                note="draft",
            )
        )
        row = 1
        present = set()
        for entry in old:
            values = _fields(entry)
            values.update(list_id=new_list.id, entry_key=entry.entry_key or entry.id)
            values.pop("executed_txn", None)
            txn.create(RoundEntry(**values))
            present.add(entry.prisoner_id)
            row = max(row, (entry.row_number or 0) + 1)
        today = dt.date.today()
        added = 0
        for prisoner_id in prisoner_ids:
            record = txn.conn.execute(
                "SELECT family_name, given_name, patronymic, birth_date, unit, service_number, "
                "rank, health, capture_date, category FROM prisoner WHERE id = ? AND deleted = 0",
                (prisoner_id,),
            ).fetchone()
            if record is None or prisoner_id in present:
                continue
            present.add(prisoner_id)
            reasons = priority_reasons(record[7], record[3], record[8], today)
            wounded = record[7] in HEALTH_RANK
            txn.create(
                RoundEntry(
                    list_id=new_list.id,
                    entry_key=new_id(),
                    row_number=row,
                    name_as_written=" ".join(p for p in record[:3] if p),
                    family_name=record[0],
                    given_name=record[1],
                    patronymic=record[2],
                    birth_date=record[3],
                    unit=record[4],
                    service_number=record[5],
                    rank=record[6],
                    category="wounded_sick"
                    if wounded
                    else (
                        "civilian"
                        if record[9] in ("civilian_internee", "detained_civilian")
                        else "pow"
                    ),
                    priority_reasons=",".join(reasons) or None,
                    prisoner_id=prisoner_id,
                    match_status="confirmed",
                    decided_by=session.account.id,
                    decided_at=now_iso(),
                )
            )
            row += 1
            added += 1
        if not added:
            raise BadInput("These people are already on the list. Nothing was changed.")
    return ListImportResult(new_list.id, version, added, 0, txn.changes)


def records_for(conn: Connection, ids: list[str]) -> list[PrisonerRecord]:
    from caseapp.rounds.matching import records_by_id

    found = records_by_id(conn, ids)
    return [found[i] for i in ids if i in found]
