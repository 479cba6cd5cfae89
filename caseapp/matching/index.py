"""``MatchIndex``: many records prepared once, searched by blocking keys, scored and explained.

Build it once from all prisoner records (100k is a few seconds), then ask ``match(person)`` for
each tracing request. Records can be added, updated and removed one at a time, so the GUI can
keep one index alive while the vault changes and re-match what is affected.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from caseapp.matching.blocking import query_keys, record_keys
from caseapp.matching.explain import FieldReason
from caseapp.matching.names import NameTable, default_table
from caseapp.matching.person import PersonInput, Prepared, prepare
from caseapp.matching.places import PlaceTable, default_places
from caseapp.matching.scoring import assess, band_of, points, reasons, score_of

#: How many candidates, best-keyed first, are scored in full for one query.
MAX_CANDIDATES = 200


@dataclass(frozen=True)
class MatchResult:
    """One candidate record for a query: score 0-100, band, and why, field by field."""

    record_id: str
    score: float
    band: str
    reasons: list[FieldReason] = field(default_factory=list)


class MatchIndex:
    """Records filed under blocking keys; not thread-safe (use one per thread or process)."""

    def __init__(
        self,
        records: Iterable[PersonInput] = (),
        *,
        names: NameTable | None = None,
        places: PlaceTable | None = None,
        max_candidates: int = MAX_CANDIDATES,
    ) -> None:
        self.names = names or default_table()
        self.places = places or default_places()
        self.max_candidates = max_candidates
        self._slots: list[Prepared | None] = []
        self._slot_of: dict[str, int] = {}
        self._free: list[int] = []
        self._postings: dict[str, list[int]] = {}
        for record in records:
            self.add(record)

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._slot_of

    def prepared(self, record_id: str) -> Prepared | None:
        """The record as filed (None if it is not in the index)."""
        slot = self._slot_of.get(record_id)
        return None if slot is None else self._slots[slot]

    def prepare(self, person: PersonInput) -> Prepared:
        return prepare(person, self.names, self.places)

    def add(self, record: PersonInput) -> None:
        """File a record; a record with the same id is replaced (an update)."""
        self.remove(record.id)
        prepared = self.prepare(record)
        slot = self._free.pop() if self._free else len(self._slots)
        if slot == len(self._slots):
            self._slots.append(prepared)
        else:
            self._slots[slot] = prepared
        self._slot_of[record.id] = slot
        for key in record_keys(prepared):
            self._postings.setdefault(key, []).append(slot)

    update = add

    def remove(self, record_id: str) -> bool:
        """Forget a record; False if it was not in the index."""
        slot = self._slot_of.pop(record_id, None)
        if slot is None:
            return False
        prepared = self._slots[slot]
        assert prepared is not None
        for key in record_keys(prepared):
            posting = self._postings[key]
            posting.remove(slot)
            if not posting:
                del self._postings[key]
        self._slots[slot] = None
        self._free.append(slot)
        return True

    def _candidate_slots(self, query: Prepared, exclude: str | None = None) -> list[int]:
        family_keys, other_keys = query_keys(query)
        tally: dict[int, float] = {}
        for key, weight in family_keys.items():  # best first: a candidate keeps its best
            for slot in self._postings.get(key, ()):
                tally.setdefault(slot, weight)
        get = tally.get
        for key, weight in other_keys.items():
            posting = self._postings.get(key, ())
            # A rarer key says more: break ties between equally keyed candidates.
            weight *= 1.0 + 1.0 / (1.0 + math.log2(len(posting) or 1))
            for slot in posting:
                tally[slot] = get(slot, 0.0) + weight
        if exclude is not None:
            tally.pop(self._slot_of.get(exclude, -1), None)
        if len(tally) <= self.max_candidates:
            return list(tally)
        return heapq.nlargest(self.max_candidates, tally, key=tally.__getitem__)

    def candidates(self, person: PersonInput) -> list[str]:
        """Ids of the records worth scoring for ``person``, most promising first."""
        query = self.prepare(person)
        slots = self._candidate_slots(query)
        out = []
        for slot in slots:
            record = self._slots[slot]
            assert record is not None
            out.append(record.id)
        return out

    def match(
        self, person: PersonInput, top: int = 10, *, min_score: float = 0.0
    ) -> list[MatchResult]:
        """The ``top`` best candidates for ``person``, best first, with their explanations."""
        return self.match_prepared(self.prepare(person), top, min_score=min_score)

    def match_prepared(
        self,
        query: Prepared,
        top: int = 10,
        *,
        min_score: float = 0.0,
        exclude: str | None = None,
    ) -> list[MatchResult]:
        scored = []
        slots = self._slots
        table = self.names
        for slot in self._candidate_slots(query, exclude):
            record = slots[slot]
            assert record is not None
            scored.append((points(record, query, table), slot))
        best = heapq.nlargest(top, scored, key=lambda pair: pair[0])
        results = []
        for _, slot in best:
            record = slots[slot]
            assert record is not None
            assessment = assess(record, query, table)
            score = score_of(assessment.points)
            if score < min_score:
                break
            results.append(
                MatchResult(record.id, score, band_of(score), reasons(assessment, record, query))
            )
        return results

    def records(self) -> list[Prepared]:
        """The prepared records, in no particular order."""
        return [record for record in self._slots if record is not None]
