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
from caseapp.matching.explain import FieldReason, contrast
from caseapp.matching.names import NameTable, default_table
from caseapp.matching.person import PersonInput, Prepared, prepare
from caseapp.matching.places import PlaceTable, default_places
from caseapp.matching.scoring import (
    SHIPPED,
    Frequencies,
    Model,
    assess,
    band_of,
    final_score,
    other_points,
    points,
    points_above,
    reasons,
)

#: How many candidates, best-keyed first, are scored in full for one query.
MAX_CANDIDATES = 250
#: Of the best-keyed candidates, this many times ``MAX_CANDIDATES`` are re-ranked with the cheap
#: fields (dates, sex, place, numbers) before the best are scored: among the hundreds that
#: share a common surname, the one born on the query's day is worth scoring.
POOL_FACTOR = 4


@dataclass(frozen=True)
class MatchResult:
    """One candidate record for a query: score 0-100, band, and why, field by field.

    ``margin`` is the score minus that of the best other candidate (``rival_id``): positive for
    the top candidate (its lead over the runner-up), negative for the others; None when there
    is no other candidate. ``rival_differs`` holds the rival's reasons for the fields where it
    compares differently with the query (empty: the two are near-identical candidates)."""

    record_id: str
    score: float
    band: str
    reasons: list[FieldReason] = field(default_factory=list)
    margin: float | None = None
    rival_id: str | None = None
    rival_differs: list[FieldReason] = field(default_factory=list)


class MatchIndex:
    """Records filed under blocking keys; not thread-safe (use one per thread or process)."""

    def __init__(
        self,
        records: Iterable[PersonInput] = (),
        *,
        names: NameTable | None = None,
        places: PlaceTable | None = None,
        max_candidates: int = MAX_CANDIDATES,
        model: Model | None = None,
    ) -> None:
        self.names = names or default_table()
        self.places = places or default_places()
        self.max_candidates = max_candidates
        #: The weights in force (``set_model``); name frequencies for their adjustment.
        self.model = model or SHIPPED
        self.freq = Frequencies()
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
        self.freq.add(prepared)
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
        self.freq.remove(prepared)
        for key in record_keys(prepared):
            posting = self._postings[key]
            posting.remove(slot)
            if not posting:
                del self._postings[key]
        self._slots[slot] = None
        self._free.append(slot)
        return True

    def _candidate_slots(
        self,
        query: Prepared,
        exclude: str | None = None,
        cap: int | None = None,
        pooled: bool = True,
    ) -> list[int]:
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
        factor = POOL_FACTOR if cap is None and pooled else 1
        cap = self.max_candidates if cap is None else cap
        if len(tally) <= cap:
            return list(tally)
        cheap_fields = (query.sex, query.birth, query.place, query.service, query.unit)
        if all(value is None for value in cheap_fields):
            factor = 1  # nothing to re-rank by
        pool = heapq.nlargest(factor * cap, tally, key=tally.__getitem__)
        if len(pool) <= cap:
            return pool
        # Keys say the names may agree; the cheap fields say whether the rest does.
        slots, weights = self._slots, SHIPPED.weights
        ranked = {}
        for slot in pool:
            record = slots[slot]
            assert record is not None
            ranked[slot] = tally[slot] + other_points(record, query, weights)
        return heapq.nlargest(cap, pool, key=ranked.__getitem__)

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
        max_candidates: int | None = None,
    ) -> list[MatchResult]:
        """``match`` for a prepared query. ``max_candidates`` scores that many best-keyed
        candidates as they come, with no re-ranking pool and ranked without name frequencies:
        the duplicate search, whose pairs share the strongest keys, scores fewer and faster."""
        slots = self._slots
        table, model, freq = self.names, self.model, self.freq
        best = self._best_slots(query, max(top, 1) + 1, min_score, exclude, max_candidates)
        assessed = []
        for slot in best:
            record = slots[slot]
            assert record is not None
            assessment = assess(record, query, table, model, freq)
            assessed.append((final_score(assessment, model), record, assessment))
        assessed.sort(key=lambda item: -item[0])
        # Reasons for the ones shown and the first one's runner-up only.
        explained = [
            (record.id, score, reasons(assessment, record, query))
            for score, record, assessment in assessed[: max(top, 2)]
        ]
        results = []
        for rank, (record_id, score, why) in enumerate(explained[:top]):
            if score < min_score:
                break
            has_rival = len(explained) > 1
            rival = explained[1 if rank == 0 and has_rival else 0]
            results.append(
                MatchResult(
                    record_id,
                    score,
                    band_of(score),
                    why,
                    margin=round(score - rival[1], 1) if has_rival else None,
                    rival_id=rival[0] if has_rival else None,
                    rival_differs=[other for _, other in contrast(why, rival[2])]
                    if has_rival
                    else [],
                )
            )
        return results

    def _best_slots(
        self,
        query: Prepared,
        want: int,
        min_score: float,
        exclude: str | None,
        cap: int | None = None,
    ) -> list[int]:
        """The ``want`` candidates with the most points, best first (ties: the better keyed).

        Ranked by the points a candidate shows, name-frequency adjustment included (a swapped
        record's given name in the family field is a rare surname, and a rare name lifts a
        candidate past namesakes that tie without it); the best are then scored in full and
        re-sorted. One more than asked is kept: the runner-up of a single result, and the
        names-only cap may reorder the best few. The duplicate search (``cap`` given) ranks
        without the frequencies: its pairs share the strongest keys, and it runs 100k queries.

        Branch and bound, exact: once ``want`` candidates are held, a candidate is scored only
        as far as it could still beat the weakest of them (``points_above``, allowing for the
        most favourable name frequencies); one that cannot reach ``min_score`` is dropped as
        well, unless it could still be the runner-up of the first (whose margin is shown).
        """
        slots = self._slots
        table, model, freq = self.names, self.model, self.freq
        tf_low, tf_high = model.tf_span
        with_frequencies = cap is None
        # What the frequencies may still add to a candidate's points, and how far they may
        # move two candidates apart, beyond what the values compared here include.
        lift, spread = (tf_high, 0.0) if with_frequencies else (0.0, tf_high - tf_low)
        # Below this, a candidate cannot show ``min_score``.
        hopeless = -math.inf
        if min_score > 0:
            hopeless = model.points_for(min_score) - (0.0 if with_frequencies else tf_high)
        # The kept candidates as (points, -order, slot): the weakest, latest first, at [0].
        kept: list[tuple[float, int, int]] = []
        first = second = -math.inf  # the two best points so far
        # A caller with a minimum score (the vault's re-match: suggestions of 50 and more)
        # wants candidates whose keys already agree well: no re-ranking pool, half the cost.
        pooled = min_score <= 0
        for order, slot in enumerate(self._candidate_slots(query, exclude, cap, pooled)):
            floor = kept[0][0] if len(kept) >= want else -math.inf
            if hopeless > floor and second - spread > hopeless:
                floor = hopeless  # cannot be shown, nor be the first one's runner-up
            record = slots[slot]
            assert record is not None
            value = points_above(record, query, table, model, floor - lift)
            if value is None:
                continue
            if with_frequencies:
                value = points(record, query, table, model, freq)
            if value < floor:
                continue
            item = (value, -order, slot)
            if len(kept) < want:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
            else:
                continue
            if value > first:
                first, second = value, first
            elif value > second:
                second = value
        kept.sort(reverse=True)
        return [slot for _, _, slot in kept]

    def candidate_records(
        self, query: Prepared, top: int = 5, exclude: str | None = None
    ) -> list[Prepared]:
        """The ``top`` best-scoring candidates under the shipped weights (for learning: the
        pairs it learns from must not depend on the weights in force)."""
        scored = []
        for slot in self._candidate_slots(query, exclude):
            record = self._slots[slot]
            assert record is not None
            scored.append((points(record, query, self.names, SHIPPED), record.id, record))
        best = heapq.nlargest(top, scored, key=lambda item: (item[0], item[1]))
        return [record for _, _, record in best]

    def set_model(self, model: Model | None) -> None:
        """Score with ``model`` from now on (None: the shipped weights)."""
        self.model = model or SHIPPED

    def explain_pair(self, a: Prepared, b: Prepared) -> MatchResult:
        """Score and explain record ``a`` against ``b`` with the index's weights."""
        assessment = assess(a, b, self.names, self.model, self.freq)
        score = final_score(assessment, self.model)
        return MatchResult(a.id, score, band_of(score), reasons(assessment, a, b))

    def records(self) -> list[Prepared]:
        """The prepared records, in no particular order."""
        return [record for record in self._slots if record is not None]
