"""The N-for-N balance and the reconciliation of who came home against the agreed list.

Both are reads (no transaction). The balance counts people, not rows: one person on the
requested and the offered list of a side counts once. A person who does not wish to return is
never counted as confirmed for exchange or as exchanged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from caseapp.domain.models import ENTRY_CATEGORIES, ROUND_SIDES, ExchangeRound, RoundEntry
from caseapp.i18n import translate
from caseapp.matching.index import MatchIndex
from caseapp.matching.phonetic import skeleton
from caseapp.matching.scoring import POSSIBLE
from caseapp.rounds.core import (
    current_entries,
    latest_list,
    list_entries,
    person_key,
    quotas,
    require_round,
)
from caseapp.rounds.matching import candidate_list, entry_person
from caseapp.vault.connection import Connection

ALL = "all"


@dataclass(frozen=True)
class BalanceRow:
    side: str
    category: str
    agreed: int
    listed: int
    confirmed: int
    exchanged: int

    def as_dict(self) -> dict[str, object]:
        return {
            "side": self.side,
            "category": self.category,
            "agreed": self.agreed,
            "listed": self.listed,
            "confirmed": self.confirmed,
            "exchanged": self.exchanged,
        }


@dataclass
class Balance:
    rows: list[BalanceRow] = field(default_factory=list)
    #: English messages (translate with ``warning_texts``); empty when the sides agree.
    warnings: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    def total(self, side: str) -> BalanceRow:
        return next(r for r in self.rows if r.side == side and r.category == ALL)

    def warning_texts(self, lang: str = "en") -> list[str]:
        return [translate(text, lang, **values) for text, values in self.warnings]


def is_confirmed(entry: RoundEntry) -> bool:
    return entry.match_status == "confirmed" and entry.wishes_return != "no"


def is_exchanged(entry: RoundEntry) -> bool:
    return entry.outcome == "exchanged" and entry.wishes_return != "no"


def people(entries: list[RoundEntry]) -> list[RoundEntry]:
    """One entry per person (the most advanced one: exchanged, then confirmed)."""
    best: dict[str, RoundEntry] = {}
    for entry in entries:
        key = person_key(entry)
        current = best.get(key)
        if current is None or (is_exchanged(entry), is_confirmed(entry)) > (
            is_exchanged(current),
            is_confirmed(current),
        ):
            best[key] = entry
    return list(best.values())


def compute_balance(conn: Connection, round_id: str) -> Balance:
    exchange = require_round(conn, round_id)
    agreed = quotas(conn, exchange.id)
    balance = Balance()
    totals: dict[str, BalanceRow] = {}
    for side in ROUND_SIDES:
        persons = people(current_entries(conn, exchange.id, side))
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for entry in persons:
            row = counts[entry.category or "pow"]
            row[0] += 1
            row[1] += is_confirmed(entry)
            row[2] += is_exchanged(entry)
        for category in ENTRY_CATEGORIES:
            quota = agreed.get((side, category), 0)
            listed, confirmed, exchanged = counts.get(category, [0, 0, 0])
            if quota or listed:
                balance.rows.append(BalanceRow(side, category, quota, listed, confirmed, exchanged))
        total_agreed = getattr(exchange, f"agreed_count_{side}") or sum(
            v for (s, _c), v in agreed.items() if s == side
        )
        total = BalanceRow(
            side,
            ALL,
            int(total_agreed or 0),
            len(persons),
            sum(is_confirmed(e) for e in persons),
            sum(is_exchanged(e) for e in persons),
        )
        balance.rows.append(total)
        totals[side] = total
        if total.agreed and total.listed > total.agreed:
            balance.warnings.append(
                (
                    "Side {side}: {listed} people listed for {agreed} agreed.",
                    {"side": side, "listed": total.listed, "agreed": total.agreed},
                )
            )
    ours, theirs = totals["ours"], totals["theirs"]
    if ours.agreed != theirs.agreed:
        balance.warnings.append(
            (
                "The agreed counts differ: ours {ours}, theirs {theirs}.",
                {"ours": ours.agreed, "theirs": theirs.agreed},
            )
        )
    if ours.confirmed != theirs.confirmed:
        balance.warnings.append(
            (
                "The sides diverge: {ours} confirmed on our side, {theirs} on theirs.",
                {"ours": ours.confirmed, "theirs": theirs.confirmed},
            )
        )
    if ours.exchanged != theirs.exchanged:
        balance.warnings.append(
            (
                "The sides diverge: {ours} exchanged on our side, {theirs} on theirs.",
                {"ours": ours.exchanged, "theirs": theirs.exchanged},
            )
        )
    return balance


# --- reconciliation ----------------------------------------------------------------------------

KINDS = ("not_returned", "unlisted_returnee", "name_mismatch", "duplicate_entry")


@dataclass(frozen=True)
class Discrepancy:
    kind: str
    name: str
    side: str
    entry_id: str
    #: The other entry: the returnee paired with a listed person, or the duplicate.
    other_id: str | None = None
    other_name: str | None = None
    detail: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "name": self.name, "side": self.side}
        if self.other_name:
            out["other_name"] = self.other_name
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass
class Reconciliation:
    #: (agreed entry, returned entry, score) for each person who came as listed.
    pairs: list[tuple[RoundEntry, RoundEntry, float]] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    returned_lists: int = 0
    expected: int = 0

    def of_kind(self, kind: str) -> list[Discrepancy]:
        return [d for d in self.discrepancies if d.kind == kind]


def _returned_prisoner(entry: RoundEntry) -> str | None:
    if entry.match_status == "confirmed":
        return entry.prisoner_id
    strong = [c for c in candidate_list(entry) if c.band == "strong"]
    return strong[0].prisoner_id if len(strong) == 1 and entry.match_status != "rejected" else None


def pair_returned(
    expected: list[RoundEntry], returned: list[RoundEntry]
) -> tuple[list[tuple[RoundEntry, RoundEntry, float]], list[RoundEntry], list[RoundEntry]]:
    """Pair returnees with the agreed entries: same record first, then by the engine's score
    of the names as written (best pairs first). Returns pairs, unpaired agreed, unpaired
    returned."""
    by_prisoner = {e.prisoner_id: e for e in expected if e.prisoner_id}
    pairs: list[tuple[RoundEntry, RoundEntry, float]] = []
    used: set[str] = set()
    rest: list[RoundEntry] = []
    for entry in returned:
        prisoner = _returned_prisoner(entry)
        agreed = by_prisoner.get(prisoner) if prisoner else None
        if agreed is not None and agreed.id not in used:
            used.add(agreed.id)
            pairs.append((agreed, entry, 100.0))
        else:
            rest.append(entry)
    left = [e for e in expected if e.id not in used]
    if rest and left:
        index = MatchIndex(entry_person(e) for e in left)
        scored: list[tuple[float, str, RoundEntry]] = []
        for entry in rest:
            for result in index.match(entry_person(entry), 3, min_score=POSSIBLE):
                scored.append((result.score, result.record_id, entry))
        by_id = {e.id: e for e in left}
        taken: set[str] = set()
        scored.sort(key=lambda item: -item[0])
        for score, agreed_id, entry in scored:
            if agreed_id in used or entry.id in taken:
                continue
            used.add(agreed_id)
            taken.add(entry.id)
            pairs.append((by_id[agreed_id], entry, score))
        rest = [e for e in rest if e.id not in taken]
    return pairs, [e for e in expected if e.id not in used], rest


def reconcile(conn: Connection, round_id: str) -> Reconciliation:
    """Pair each side's latest returned list with its confirmed entries, and list what a person
    must settle: who was listed and did not come, who came unlisted, names written
    differently, and one person on two entries (or in two rounds)."""
    exchange = require_round(conn, round_id)
    result = Reconciliation()
    for side in ROUND_SIDES:
        returned_list = latest_list(conn, exchange.id, side, "returned")
        if returned_list is None:
            continue
        result.returned_lists += 1
        expected = [
            e
            for e in people(current_entries(conn, exchange.id, side))
            if e.match_status == "confirmed"
        ]
        result.expected += len(expected)
        pairs, missing, unlisted = pair_returned(expected, list_entries(conn, returned_list.id))
        result.pairs.extend(pairs)
        for agreed, came, _score in pairs:
            if skeleton(agreed.name_as_written or "") != skeleton(came.name_as_written or ""):
                result.discrepancies.append(
                    Discrepancy(
                        "name_mismatch",
                        agreed.name_as_written or "",
                        side,
                        agreed.id,
                        came.id,
                        came.name_as_written,
                    )
                )
        for agreed in missing:
            result.discrepancies.append(
                Discrepancy(
                    "not_returned",
                    agreed.name_as_written or "",
                    side,
                    agreed.id,
                    detail=agreed.outcome or "",
                )
            )
        for came in unlisted:
            result.discrepancies.append(
                Discrepancy("unlisted_returnee", came.name_as_written or "", side, came.id)
            )
    result.discrepancies.extend(duplicates(conn, exchange))
    return result


def duplicates(conn: Connection, exchange: ExchangeRound) -> list[Discrepancy]:
    """One person on two current entries (two lists of different sides, or twice in a list),
    or confirmed on a current list of another round that is not cancelled."""
    out: list[Discrepancy] = []
    side_of = {
        row[0]: row[1] or ""
        for row in conn.execute(
            "SELECT id, side FROM round_list WHERE round_id = ? AND deleted = 0", (exchange.id,)
        )
    }
    seen: dict[tuple[str, str], RoundEntry] = {}
    for entry in current_entries(conn, exchange.id):
        key = person_key(entry)
        side = side_of.get(entry.list_id or "", "")
        for scope in (entry.list_id or "", "other-side:" + side):
            earlier = seen.get((scope, key))
            if earlier is not None:
                out.append(
                    Discrepancy(
                        "duplicate_entry",
                        entry.name_as_written or "",
                        side,
                        entry.id,
                        earlier.id,
                        earlier.name_as_written,
                    )
                )
                break
        seen[(entry.list_id or "", key)] = entry
        other = "ours" if side == "theirs" else "theirs"
        seen.setdefault(("other-side:" + other, key), entry)
    confirmed = {
        e.prisoner_id: e
        for e in current_entries(conn, exchange.id)
        if e.match_status == "confirmed" and e.prisoner_id
    }
    if confirmed:
        marks = ", ".join("?" for _ in confirmed)
        rows = conn.execute(
            "SELECT DISTINCT e.prisoner_id, x.ref FROM round_entry e "
            "JOIN round_list l ON l.id = e.list_id JOIN exchange_round x ON x.id = l.round_id "
            "WHERE e.deleted = 0 AND l.deleted = 0 AND x.deleted = 0 AND x.id != ? "
            "AND x.status != 'cancelled' AND e.match_status = 'confirmed' "
            f"AND l.direction IN ('requested', 'offered') AND e.prisoner_id IN ({marks})",
            (exchange.id, *confirmed),
        ).fetchall()
        for prisoner_id, ref in rows:
            entry = confirmed[prisoner_id]
            out.append(
                Discrepancy(
                    "duplicate_entry",
                    entry.name_as_written or "",
                    side_of.get(entry.list_id or "", ""),
                    entry.id,
                    detail=f"also in round {ref}",
                )
            )
    return out
