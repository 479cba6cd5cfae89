"""Weights learned from a vault's own records (Fellegi-Sunter), refined by reviewers' decisions.

The shipped weights (``scoring.WEIGHTS``) were set by hand. A vault knows more: how often two
unrelated records happen to share a birth year or a surname on *its* lists (the u-probabilities),
and how often records of one person disagree on each field (the m-probabilities). As Splink does:

- **u** from random pairs of a record and a tracing request (of two records when the vault has
  no requests): almost all are two different people;
- **m** by expectation-maximisation over the candidate pairs the blocking finds (those that
  agree on the names, for the other fields), with u fixed: each pair's chance of being a match
  is estimated from the current m, then m is re-counted with those chances as weights, until
  it settles;
- **decisions** refine it: a confirmed link enters EM as a certain match (it shapes m), a
  rejected one as a certain non-match and, with extra weight, in the u sample (agreements
  that namesakes share count for less), so reviewers' judgements correct what the data
  alone cannot tell.

Each comparison code's weight is then log2(m/u) bits, per field, so a score is still explained
field by field; put on the shipped points scale, it leans on the shipped weight as far as the
evidence behind it is thin, and it never weakens the shipped guards against brothers and
namesakes (``model_from_bits``). Deterministic for a given vault (seeded by its record ids),
computed on a worker thread or the CLI (``caseapp match learn``), stored in the vault as a
``Setting`` and reversible (``reset``: back to the shipped weights).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from caseapp.matching.names import INITIAL, NameTable
from caseapp.matching.person import Prepared
from caseapp.matching.scoring import (
    MATCH,
    MISMATCH,
    MISSING,
    PARTIAL,
    SHIPPED,
    WEIGHTS,
    Model,
    assess,
)

#: The fields a comparison vector holds, in order (names.swapped / names.split keep their
#: shipped weight: they say how the names were read, not whether they agree).
FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "sex",
    "birth_date",
    "birth_place",
    "service_number",
    "unit",
)
#: A missing value is no evidence either way (weight 0), as in Splink's null level.
_MISSING = {
    code
    for table in WEIGHTS.values()
    for code, (verdict, _) in table.items()
    if verdict == "missing"
}
#: Bounds of a learned weight, in bits: a code seen rarely must not decide alone.
MIN_BITS = -10.0
MAX_BITS = 12.0
#: Shipped points per bit, to start EM from the shipped weights and to compare them.
SHIPPED_PER_BIT = 0.5

Vector = tuple[str, ...]
ProgressFn = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Learned:
    """A learned model with what it was learned from (shown to the user, stored as JSON)."""

    model: Model
    m: dict[str, dict[str, float]]
    u: dict[str, dict[str, float]]
    #: log2(m/u) per field and code (what the data says, before scaling to points).
    bits: dict[str, dict[str, float]]
    match_share: float
    random_pairs: int
    candidate_pairs: int
    confirmed: int
    rejected: int
    iterations: int
    records: int
    #: Per field and code, how many pairs' worth of evidence its log-ratio rests on (what
    #: sets its trust against the shipped weight).
    evidence: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "weights": {f: dict(t) for f, t in self.model.weights.items()},
                "center": self.model.center,
                "scale": self.model.scale,
                "per_bit": self.model.per_bit,
                "m": self.m,
                "u": self.u,
                "bits": self.bits,
                "match_share": self.match_share,
                "random_pairs": self.random_pairs,
                "candidate_pairs": self.candidate_pairs,
                "confirmed": self.confirmed,
                "rejected": self.rejected,
                "iterations": self.iterations,
                "records": self.records,
                "evidence": self.evidence,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Learned:
        """Raises ValueError for anything that is not a stored model of this version."""
        try:
            data = json.loads(text)
            if data.get("version") != 1:
                raise ValueError("unknown version")
            weights = {f: {c: float(w) for c, w in t.items()} for f, t in data["weights"].items()}
            for name, table in WEIGHTS.items():  # every code must have a weight
                if set(table) - set(weights.get(name, {})):
                    raise ValueError(f"weights for {name} are incomplete")
            model = Model(
                weights,
                center=float(data["center"]),
                scale=float(data["scale"]),
                per_bit=float(data["per_bit"]),
                source="learned",
            )
            return cls(
                model,
                data["m"],
                data["u"],
                data["bits"],
                float(data["match_share"]),
                int(data["random_pairs"]),
                int(data["candidate_pairs"]),
                int(data["confirmed"]),
                int(data["rejected"]),
                int(data["iterations"]),
                int(data["records"]),
                {
                    f: {c: float(n) for c, n in t.items()}
                    for f, t in data.get("evidence", {}).items()
                },
            )
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(
                f"stored matching weights are damaged ({type(exc).__name__})"
            ) from None


def _vector(candidate: Prepared, query: Prepared, table: NameTable) -> Vector:
    """The comparison codes of a pair, field by field (shipped reading of the names)."""
    codes = dict(assess(candidate, query, table, SHIPPED).codes)
    return tuple(codes[f] for f in FIELDS)


#: The name codes that count as "the names agree" for EM's first session: every form of the
#: same name, a typo, half of a double surname; not an initial.
_NAMES_AGREE = frozenset(
    code
    for code, (verdict, _) in WEIGHTS["family_name"].items()
    if verdict in (MATCH, PARTIAL) and code != INITIAL
)


def _seed(records: Sequence[Prepared]) -> int:
    digest = hashlib.sha256("\x1f".join(sorted(r.id for r in records)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def _levels(field_name: str) -> list[str]:
    return [code for code in WEIGHTS[field_name] if code not in _MISSING]


@dataclass
class _Counts:
    by_field: dict[str, Counter[str]] = field(default_factory=dict)
    total: int = 0


#: A rejected link counts as this many random pairs in u, up to a tenth of the sample in all.
REJECTED_WEIGHT = 25.0


def estimate_u(
    records: Sequence[Prepared],
    table: NameTable,
    pairs: int,
    rng: random.Random,
    rejected: Sequence[Vector] = (),
    queries: Sequence[Prepared] = (),
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]], int]:
    """u: how often two different people give each code, from random pairs: a record and a
    tracing request when there are ``queries`` (the pairs the weights will score: requests
    write names, dates and ages differently from lists — a family's "Саша", an age — so record
    pairs would make those codes look rarer among strangers than they are), else two records.
    Rejected links are non-matches a reviewer found similar enough to look at: they join the
    sample with extra weight, so agreements common among namesakes and brothers (same birth
    year, same village) count for less. Add-half smoothing per field, over the codes a field
    can give when both values are known. Returns (u, the pairs behind each code, pairs drawn)."""
    counts: dict[str, defaultdict[str, float]] = {f: defaultdict(float) for f in FIELDS}
    if rejected:
        weight = min(REJECTED_WEIGHT, 0.1 * max(pairs, 1) / len(rejected))
        for vec in rejected:
            for f, code in zip(FIELDS, vec, strict=True):
                counts[f][code] += weight
    n = len(records)
    done = 0
    for _ in range(pairs if n >= 2 or (queries and n) else 0):
        if queries:
            record, query = records[rng.randrange(n)], queries[rng.randrange(len(queries))]
            if record.id == query.id:
                continue
        else:
            i, j = rng.randrange(n), rng.randrange(n - 1)
            record, query = records[i], records[j + (j >= i)]
        for f, code in zip(FIELDS, _vector(record, query, table), strict=True):
            counts[f][code] += 1
        done += 1
    u: dict[str, dict[str, float]] = {}
    seen: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        levels = _levels(f)
        known = sum(counts[f][c] for c in levels)
        u[f] = {c: (counts[f][c] + 0.5) / (known + 0.5 * len(levels)) for c in levels}
        seen[f] = {c: counts[f][c] for c in levels}
    return u, seen, done


def _shipped_m(u: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Where EM starts: the m the shipped weights imply (m = u * 2^(points / per-bit))."""
    m: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        raw = {c: u[f][c] * 2.0 ** (SHIPPED.weights[f][c] / SHIPPED_PER_BIT) for c in u[f]}
        total = sum(raw.values())
        m[f] = {c: v / total for c, v in raw.items()}
    return m


def _log_bf(
    vec: Vector,
    m: dict[str, dict[str, float]],
    u: dict[str, dict[str, float]],
    skip: frozenset[str] = frozenset(),
) -> float:
    total = 0.0
    for f, code in zip(FIELDS, vec, strict=True):
        if code not in _MISSING and f not in skip:
            total += math.log2(m[f][code] / u[f][code])
    return total


@dataclass(frozen=True)
class _EM:
    """What one EM session found: m, the share of matches, the rounds run, and per field and
    code the expected number of matches showing it (how much evidence stands behind each m)."""

    m: dict[str, dict[str, float]]
    share: float
    rounds: int
    expected: dict[str, dict[str, float]]


def expectation_maximisation(
    vectors: Counter[Vector],
    labelled: Sequence[tuple[Vector, float]],
    u: dict[str, dict[str, float]],
    m: dict[str, dict[str, float]],
    fixed: Iterable[str] = (),
    iterations: int = 40,
    tolerance: float = 1e-5,
    max_share: float = 0.99,
) -> _EM:
    """m and the share of matches among ``vectors`` (counted), u fixed and the ``fixed`` fields'
    m too (the fields the pairs were blocked on: they agree in every pair, so the pairs say
    nothing about them); ``labelled`` pairs keep their probability (1.0 confirmed, 0.0
    rejected). ``max_share`` bounds the share of matches: among a query's k best candidates at
    most one is, as a rule, the person; left free, EM would take brothers and namesakes (who
    share place and age more than random pairs do) for matches. Starts from ``m``."""
    fixed = frozenset(fixed)
    start = m
    share = min(0.3, max_share / 2)
    prior = 10.0  # pseudo-pairs per field, spread as the starting m: keeps rare codes sane
    rounds = 0
    expected: dict[str, dict[str, float]] = {f: {} for f in FIELDS}
    while rounds < iterations:
        rounds += 1
        weighted: dict[str, defaultdict[str, float]] = {f: defaultdict(float) for f in FIELDS}
        matched = 0.0
        unlabelled: float = 0.0
        logit = math.log2(share / (1.0 - share))
        items: list[tuple[Vector, float, float]] = []
        for vec, count in vectors.items():
            # The blocked-on fields agree (more or less) in every pair: left out of the
            # likelihood too, as Splink does, or they would call every pair a match.
            z = max(-60.0, min(60.0, logit + _log_bf(vec, m, u, fixed)))
            p = 1.0 / (1.0 + 2.0 ** (-z))
            items.append((vec, float(count), p))
            matched += p * count
            unlabelled += count
        items.extend((vec, 1.0, p) for vec, p in labelled)
        for vec, times, p in items:
            for f, code in zip(FIELDS, vec, strict=True):
                if code not in _MISSING:
                    weighted[f][code] += p * times
        new_m: dict[str, dict[str, float]] = {}
        for f in FIELDS:
            if f in fixed:
                new_m[f] = m[f]
                continue
            total = sum(weighted[f].values()) + prior
            new_m[f] = {c: (weighted[f][c] + prior * start[f][c]) / total for c in u[f]}
        new_share = min(max_share, max(1e-4, matched / unlabelled)) if unlabelled else share
        change = max(abs(new_m[f][c] - m[f][c]) for f in FIELDS for c in u[f])
        change += abs(new_share - share)
        m, share = new_m, new_share
        expected = {f: dict(weighted[f]) for f in FIELDS}
        if change < tolerance:
            break
    return _EM(m, share, rounds, expected)


#: Per field, the codes of full agreement and disagreement: the anchors where the learned bits
#: are put on the shipped points scale.
_ANCHORS = {
    "family_name": ("name.same", "name.mismatch"),
    "given_name": ("name.same", "name.mismatch"),
    "patronymic": ("name.same", "name.mismatch"),
    "sex": ("sex.same", "sex.mismatch"),
    "birth_date": ("date.same", "date.mismatch"),
    "birth_place": ("place.same", "place.mismatch"),
    "service_number": ("service.same", "service.mismatch"),
    "unit": ("unit.same", "unit.mismatch"),
}


#: Fields that brothers (and often namesakes) share by birth: their agreements are bounded by
#: the shipped weights (``model_from_bits``).
SHARED_BY_RELATIVES = ("family_name", "patronymic", "birth_place")
#: Shrinkage towards the shipped weights: how many pairs' worth of evidence the shipped weight
#: of a code counts for. A code's learned weight is trusted in proportion n / (n + PRIOR_PAIRS),
#: n being the evidence behind its log-ratio (``_evidence``).
PRIOR_PAIRS = 10.0


def _evidence(m_seen: float, u_seen: float) -> float:
    """The evidence behind log2(m/u): the variance of a log-frequency estimated from k
    observations is about 1/k, so the log-ratio's is 1/k_m + 1/k_u; its inverse is how many
    pairs' worth of evidence the weight rests on (0 when either side was never seen)."""
    if m_seen <= 0.0 or u_seen <= 0.0:
        return 0.0
    return 1.0 / (1.0 / m_seen + 1.0 / u_seen)


def model_from_bits(
    bits: dict[str, dict[str, float]], evidence: dict[str, dict[str, float]] | None = None
) -> Model:
    """Learned bits (log2 m/u) on the shipped points scale.

    A Fellegi-Sunter probability takes the fields as independent; names, sex and birthplace
    are not (namesakes and brothers share them), so its raw probabilities are overconfident.
    What the data is trusted with is the *relative* weight of each comparison: the bits are
    multiplied by the one factor that best fits them to the shipped weights at each field's
    full agreement and disagreement (least squares, each anchor counted by the trust its
    evidence earns: a log-ratio resting on a handful of random pairs, such as a shared unit,
    must not set the scale of all the others), and the shipped score curve and bands
    (calibrated on the benchmark) apply. Then, with ``evidence``:

    - **shrinkage**: each code's points are t * learned + (1 - t) * shipped, t = n / (n +
      ``PRIOR_PAIRS``): a code the vault shows rarely (a feminine form of a given name, a
      service-number typo) keeps about the shipped weight instead of a guess from two pairs;
    - **disagreements count at least as much against as the shipped weights say**: the u of a
      disagreement is near 1, so its weight is learned from m alone, and m is counted over the
      pairs EM takes for matches — among which are the brothers and namesakes it cannot tell
      from the person (they agree on everything but the given name or the birth date). That
      bias has a known direction, towards a milder penalty, and it is exactly the one that
      rates a brother strong; the learned weight may be harsher, never milder;
    - **what relatives share counts at most as much as the shipped weights say**
      (``SHARED_BY_RELATIVES``): u is counted over random pairs, but the pairs these
      agreements can lift towards "strong" already agree on the names, and there brothers
      share the father's name and the birthplace by birth (on the benchmark, 15% of the
      index's non-matching candidates agree on the birthplace, 2% of random pairs; a twin
      brother agrees on all but the given name). Which name-sharing pairs are relatives no
      unlabelled sample tells, so the learned log-ratio overstates these agreements, in a
      known direction: it may be lower than the shipped weight, never higher.
    """
    trust = {
        f: {c: n / (n + PRIOR_PAIRS) for c, n in table.items()}
        for f, table in (evidence or {}).items()
    }
    pairs = [
        (SHIPPED.weights[f][c], bits[f][c], trust[f][c] if evidence else 1.0)
        for f, codes in _ANCHORS.items()
        for c in codes
    ]
    shipped = sum(t * s * b for s, b, t in pairs)
    learned = sum(t * b * b for _, b, t in pairs)
    factor = shipped / learned if learned > 0 else SHIPPED_PER_BIT
    weights = {name: dict(table) for name, table in SHIPPED.weights.items()}
    for f, table in bits.items():
        for code, value in table.items():
            points = value * factor
            if evidence:
                t = trust[f][code]
                points = t * points + (1.0 - t) * SHIPPED.weights[f][code]
                verdict = WEIGHTS[f][code][0]
                if verdict == MISMATCH or (verdict != MISSING and f in SHARED_BY_RELATIVES):
                    points = min(points, SHIPPED.weights[f][code])
            weights[f][code] = round(points, 3)
        for code in WEIGHTS[f]:
            if code in _MISSING:
                weights[f][code] = 0.0
    return Model(weights, per_bit=round(factor, 4), source="learned")


def learn(
    records: Sequence[Prepared],
    table: NameTable,
    candidates: Callable[[Prepared], list[Prepared]],
    queries: Iterable[Prepared] = (),
    confirmed: Sequence[tuple[Prepared, Prepared]] = (),
    rejected: Sequence[tuple[Prepared, Prepared]] = (),
    *,
    random_pairs: int = 30_000,
    max_queries: int = 4_000,
    per_query: int = 5,
    iterations: int = 40,
    progress: ProgressFn | None = None,
) -> Learned:
    """Estimate a model from ``records`` (every prisoner record of the vault).

    ``candidates(query)`` gives the blocked candidates of one query (the index's best
    ``per_query``);
    ``queries`` are the people to look for (the vault's tracing requests; without any, a sample
    of the records themselves, which finds the duplicates); ``confirmed`` / ``rejected`` are
    (record, query) pairs a reviewer decided. Deterministic: the samples are seeded by the ids.
    """
    ordered = sorted(records, key=lambda r: r.id)
    rng = random.Random(_seed(ordered))
    requests = sorted(queries, key=lambda q: q.id)
    if progress:
        progress("random pairs", 0, 3)
    rejected_vectors = [_vector(a, b, table) for a, b in rejected]
    u, u_seen, done = estimate_u(
        ordered, table, random_pairs if len(ordered) > 1 else 0, rng, rejected_vectors, requests
    )
    pool = requests or ordered
    sample = pool if len(pool) <= max_queries else rng.sample(pool, max_queries)
    if progress:
        progress("candidate pairs", 1, 3)
    # Session 1: pairs that agree on the family and the given name teach the other fields.
    # The index's candidates are also keyed on the birth year, the full date and the service
    # number: taken whole they are partly chosen for agreeing on the very fields this session
    # learns, and EM (u from random pairs) takes those non-matches for matches.
    by_names: Counter[Vector] = Counter()
    for query in sample:
        for candidate in candidates(query):
            if candidate.id != query.id:
                vector = _vector(candidate, query, table)
                if vector[0] in _NAMES_AGREE and vector[1] in _NAMES_AGREE:
                    by_names[vector] += 1
    # Session 2: pairs blocked on the full birth date teach the names.
    by_date: Counter[Vector] = Counter()
    born: dict[object, list[Prepared]] = {}
    for record in ordered:
        if record.birth is not None and record.birth.day is not None:
            born.setdefault(record.birth, []).append(record)
    for query in sample:
        if query.birth is None or query.birth.day is None:
            continue
        same_day = [r for r in born.get(query.birth, ()) if r.id != query.id]
        chosen = same_day if len(same_day) <= per_query else rng.sample(same_day, per_query)
        for candidate in chosen:
            by_date[_vector(candidate, query, table)] += 1
    labelled = [(_vector(a, b, table), 1.0) for a, b in confirmed]
    labelled += [(vec, 0.0) for vec in rejected_vectors]
    if progress:
        progress("expectation-maximisation", 2, 3)
    names = ("family_name", "given_name", "patronymic")
    others = [f for f in FIELDS if f not in names]
    first = expectation_maximisation(
        by_names, labelled, u, _shipped_m(u), names, iterations, max_share=1.0 / per_query
    )
    second = expectation_maximisation(
        by_date, labelled, u, first.m, others, iterations, max_share=1.0 / per_query
    )
    learned_in = {f: (second if f in names else first) for f in FIELDS}
    m = {f: learned_in[f].m[f] for f in FIELDS}
    evidence: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        matched = learned_in[f].expected.get(f, {})
        evidence[f] = {c: round(_evidence(matched.get(c, 0.0), u_seen[f][c]), 2) for c in u[f]}
    bits: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        bits[f] = {
            code: round(max(MIN_BITS, min(MAX_BITS, math.log2(m[f][code] / u[f][code]))), 3)
            for code in u[f]
        }
    model = model_from_bits(bits, evidence)
    share, rounds = first.share, first.rounds + second.rounds
    vectors = by_names + by_date
    if progress:
        progress("done", 3, 3)
    return Learned(
        model,
        {f: {c: round(v, 6) for c, v in t.items()} for f, t in m.items()},
        {f: {c: round(v, 6) for c, v in t.items()} for f, t in u.items()},
        bits,
        round(share, 6),
        done,
        sum(vectors.values()),
        len(confirmed),
        len(rejected),
        rounds,
        len(ordered),
        evidence,
    )
