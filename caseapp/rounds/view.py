"""What the Exchange rounds screen reads, in one call each (run off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.models import ExchangeFramework, ExchangeRound, RoundEntry, RoundList
from caseapp.rounds.balance import Balance, compute_balance
from caseapp.rounds.core import entry_state, list_entries, quotas, require_round, round_lists
from caseapp.rounds.matching import candidate_list
from caseapp.store import list_entities
from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class RoundRow:
    id: str
    ref: str
    name: str
    framework: str
    status: str
    closed: bool


def all_rounds(conn: Connection) -> list[RoundRow]:
    frameworks = {f.id: f.name or "" for f in list_entities(conn, ExchangeFramework)}
    return [
        RoundRow(
            r.id,
            r.ref or "",
            r.name or "",
            frameworks.get(r.framework_id or "", r.framework or ""),
            r.status or "",
            r.closed,
        )
        for r in list_entities(conn, ExchangeRound, order_by="rowid DESC")
    ]


@dataclass
class RoundView:
    exchange: ExchangeRound
    balance: Balance
    lists: list[RoundList]
    quotas: dict[tuple[str, str], int]


def round_view(conn: Connection, round_id: str) -> RoundView:
    exchange = require_round(conn, round_id)
    return RoundView(
        exchange,
        compute_balance(conn, exchange.id),
        round_lists(conn, exchange.id),
        quotas(conn, exchange.id),
    )


@dataclass(frozen=True)
class EntryRow:
    entry: RoundEntry
    state: str
    score: float
    band: str
    candidates: int


def entry_rows(conn: Connection, list_id: str) -> list[EntryRow]:
    rows = []
    for entry in list_entries(conn, list_id):
        found = candidate_list(entry)
        top = found[0] if found else None
        rows.append(
            EntryRow(
                entry,
                entry_state(entry),
                top.score if top else 0.0,
                top.band if top else "",
                len(found),
            )
        )
    return rows
