"""Duplicate prisoner records: one person on several lists, found with the same index.

Each record is matched against all the others; pairs at or above ``threshold`` are reported once,
best first, with the reasons (first value: record ``a_id``, second: record ``b_id``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from caseapp.matching.batch import match_many
from caseapp.matching.explain import FieldReason
from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput
from caseapp.matching.scoring import STRONG
from caseapp.tasks import Progress

#: Candidates scored per record: two records of one person share the strongest blocking
#: keys (name skeletons, birth date, service number), so they rank at the top of each other's
#: candidates; on the benchmark (100k records) a cap of 50 instead of the matcher's 200 loses
#: no pair of one person and takes half the time (docs/matching.md).
DUPLICATE_CANDIDATES = 50


@dataclass(frozen=True)
class DuplicatePair:
    a_id: str
    b_id: str
    score: float
    band: str
    reasons: list[FieldReason] = field(default_factory=list)


def _partners(query_id: str, results: list[MatchResult]) -> tuple[str, list[tuple[str, float]]]:
    return query_id, [(r.record_id, r.score) for r in results if r.record_id != query_id]


def find_duplicates(
    records: Iterable[PersonInput] | MatchIndex,
    threshold: float = STRONG,
    per_record: int = 5,
    workers: int = 1,
    progress: Progress | None = None,
    step_weight: int = 1,
) -> list[DuplicatePair]:
    """Pairs of records that are likely the same person (score >= ``threshold``).

    Pass a ``MatchIndex`` to reuse one already built; ``per_record`` bounds how many partners
    one record can have (a person on more lists than that is still linked through the others);
    ``workers`` > 1 spreads the work over processes, as ``match_many`` does. ``progress``
    advances ``step_weight`` per record and stops the search on Cancel (``Cancelled``).
    """
    index = records if isinstance(records, MatchIndex) else MatchIndex(records)
    prepared = {record.id: record for record in index.records()}
    seen: set[tuple[str, str]] = set()
    pairs: list[DuplicatePair] = []
    found = match_many(
        index,
        list(prepared.values()),
        per_record + 1,
        workers=workers,
        transform=_partners,
        progress=progress,
        step_weight=step_weight,
        min_score=threshold,  # partners below it are not explained, only dropped
        max_candidates=min(DUPLICATE_CANDIDATES, index.max_candidates),
    )
    for query_id, partners in found:
        for partner_id, score in partners[:per_record]:
            if score < threshold:
                break
            a_id, b_id = sorted((query_id, partner_id))
            if (a_id, b_id) in seen:
                continue
            seen.add((a_id, b_id))
            result = index.explain_pair(prepared[a_id], prepared[b_id])
            if result.score >= threshold:
                pairs.append(DuplicatePair(a_id, b_id, result.score, result.band, result.reasons))
    pairs.sort(key=lambda pair: (-pair.score, pair.a_id, pair.b_id))
    return pairs
