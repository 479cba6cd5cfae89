"""Matching benchmark: recall and false strong candidates on labelled synthetic data, against a
plain baseline, and speed (one request against 100k records; 50k requests against 100k).

Scale from the environment (defaults are the issue's targets):
CASEAPP_BENCH_RECORDS (100000), CASEAPP_BENCH_REQUESTS (50000), CASEAPP_BENCH_WORKERS (2),
CASEAPP_BENCH_BASELINE_SAMPLE (2000 requests scored by the baseline, which is brute force),
CASEAPP_BENCH_LATENCY_SAMPLE (2000 single-request timings), CASEAPP_BENCH_DUPLICATE_RECORDS
(20000 records searched for duplicates), CASEAPP_BENCH_SEED.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from unidecode import unidecode

from bench.matching_data import Dataset, generate
from bench.report import write_section
from caseapp.matching.batch import match_many
from caseapp.matching.csvio import match_rows
from caseapp.matching.duplicates import find_duplicates
from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput


def _env(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


@dataclass
class Recall:
    with_true: int = 0
    first: int = 0
    top10: int = 0
    without_true: int = 0
    strong_false: int = 0
    true_strong: int = 0
    #: Requests whose top candidate is rated strong (with or without a true record).
    strong_top: int = 0
    #: (band of the top candidate, score of it or None, whether it is the true record).
    tops: list[tuple[str, float | None, bool]] = field(default_factory=list)

    def add(
        self, truth: set[str], ranked: list[tuple[str, str]], score: float | None = None
    ) -> None:
        """``ranked``: (record id, band) best first; ``score``: the top candidate's."""
        if ranked:
            band = ranked[0][1]
            self.strong_top += band == "strong"
            self.tops.append((band, score, ranked[0][0] in truth))
        if truth:
            self.with_true += 1
            ids = [rid for rid, _ in ranked]
            self.first += bool(ids) and ids[0] in truth
            self.top10 += any(rid in truth for rid in ids[:10])
            self.true_strong += any(rid in truth and band == "strong" for rid, band in ranked[:1])
        else:
            self.without_true += 1
            self.strong_false += any(band == "strong" for _, band in ranked)

    def pct(self, part: int, whole: int) -> str:
        return f"{100.0 * part / whole:.1f}%" if whole else "n/a"

    @property
    def strong_precision(self) -> str:
        """Of the top candidates rated strong, the share that are the true record."""
        return self.pct(self.true_strong, self.strong_top)

    @property
    def strong_cover(self) -> str:
        """Of the requests that have a true record, the share whose true record is the top
        candidate and rated strong."""
        return self.pct(self.true_strong, self.with_true)

    def calibration(self) -> list[tuple[str, int, str, str]]:
        """(band or score range, top candidates in it, share true, share of all true tops)."""
        true_total = sum(ok for _, _, ok in self.tops)
        rows = []
        for band in ("strong", "possible", "weak"):
            group = [ok for b, _, ok in self.tops if b == band]
            rows.append((band, len(group), self.pct(sum(group), len(group)),
                         self.pct(sum(group), true_total)))  # fmt: skip
        for low in (95, 90, 80, 70, 60, 50, 30, 0):
            high = {95: 101, 90: 95, 80: 90, 70: 80, 60: 70, 50: 60, 30: 50, 0: 30}[low]
            group = [ok for _, sc, ok in self.tops if sc is not None and low <= sc < high]
            label = f"{low}-{min(high, 100)}"
            rows.append((label, len(group), self.pct(sum(group), len(group)),
                         self.pct(sum(group), true_total)))  # fmt: skip
        return rows


def evaluate(
    data: Dataset, results: Iterable[tuple[str, list[MatchResult] | list[tuple[str, str]]]]
) -> Recall:
    """Recall over ``(query id, results)``; results as ``MatchResult`` or (record id, band)."""
    recall = Recall()
    for qid, found in results:
        ranked = [(r.record_id, r.band) if isinstance(r, MatchResult) else r[:2] for r in found]
        score = None
        if found:
            top = found[0]
            score = (
                top.score
                if isinstance(top, MatchResult)
                else (
                    float(top[2]) if len(top) > 2 else None  # type: ignore[arg-type]
                )
            )
        recall.add(data.truth[qid], ranked, score)
    return recall


def _baseline_text(p: PersonInput) -> str:
    return unidecode(" ".join(x for x in (p.family_name, p.given_name, p.patronymic) if x)).lower()


def _year(p: PersonInput) -> str:
    return (p.birth_date or "")[:4]


def baseline(data: Dataset, sample: list[PersonInput]) -> Recall:
    """unidecode + rapidfuzz token-sort ratio over all records + 10 points for the same birth
    year; the 500 best by name are re-ranked with the bonus (exact for a 10-point bonus unless
    more than 500 records tie within 10 points). A "strong" baseline candidate: score >= 90."""
    choices = [_baseline_text(r) for r in data.records]
    years = [_year(r) for r in data.records]
    recall = Recall()
    for q in sample:
        text, year = _baseline_text(q), _year(q)
        hits = process.extract(text, choices, scorer=fuzz.token_sort_ratio, limit=500)
        scored = sorted(
            ((score + (10.0 if year and years[i] == year else 0.0), i) for _, score, i in hits),
            reverse=True,
        )[:10]
        ranked = [(data.records[i].id, "strong" if s >= 90 else "weak") for s, i in scored]
        recall.add(data.truth[q.id], ranked)
    return recall


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100.0 * (len(ordered) - 1)))]


def run() -> None:
    n_records = _env("CASEAPP_BENCH_RECORDS", 100_000)
    n_requests = _env("CASEAPP_BENCH_REQUESTS", 50_000)
    workers = _env("CASEAPP_BENCH_WORKERS", 2)
    baseline_n = _env("CASEAPP_BENCH_BASELINE_SAMPLE", 2000)
    latency_n = _env("CASEAPP_BENCH_LATENCY_SAMPLE", 2000)
    seed = _env("CASEAPP_BENCH_SEED", 20240601)

    t0 = time.perf_counter()
    data = generate(n_records, n_requests, seed=seed)
    generated = time.perf_counter() - t0
    print(
        f"generated {len(data.records)} records, {len(data.requests)} requests in {generated:.1f} s"
    )

    t0 = time.perf_counter()
    index = MatchIndex(data.records)
    built = time.perf_counter() - t0
    print(f"index built in {built:.1f} s")

    rng = random.Random(seed)
    timed = rng.sample(data.requests, min(latency_n, len(data.requests)))
    for q in timed[:50]:  # warm the caches a caseworker's session would have warm too
        index.match(q, 10)
    latencies = []
    for q in timed:
        t = time.perf_counter()
        index.match(q, 10)
        latencies.append((time.perf_counter() - t) * 1000.0)
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    print(f"latency p50 {p50:.1f} ms, p95 {p95:.1f} ms")

    # What `caseapp match` does: every request's top 10 as output rows with their reasons.
    t0 = time.perf_counter()
    rows = list(match_many(index, data.requests, 10, workers=workers, transform=match_rows))
    batch = time.perf_counter() - t0
    print(f"{len(data.requests)} requests in {batch:.1f} s on {workers} workers")
    all_results = [
        (q.id, [(row[2], row[4]) for row in request_rows])
        for q, request_rows in zip(data.requests, rows, strict=True)
    ]
    ours = evaluate(data, all_results)

    sample = rng.sample(data.requests, min(baseline_n, len(data.requests)))
    t0 = time.perf_counter()
    base = baseline(data, sample)
    base_time = time.perf_counter() - t0
    sample_ids = {q.id for q in sample}
    ours_on_sample = evaluate(data, [r for r in all_results if r[0] in sample_ids])
    print(f"baseline on {len(sample)} requests in {base_time:.1f} s")

    # Duplicate records among the first records (a person's copies are written next to each other).
    dup_n = min(_env("CASEAPP_BENCH_DUPLICATE_RECORDS", 20_000), len(data.records))
    subset = data.records[:dup_n]
    by_person: dict[int, set[str]] = {}
    for record in subset:
        by_person.setdefault(data.person_of[record.id], set()).add(record.id)
    true_pairs = {tuple(sorted(ids)) for ids in by_person.values() if len(ids) == 2}
    t0 = time.perf_counter()
    dup_index = MatchIndex(subset)
    possible = find_duplicates(dup_index, threshold=50, workers=workers)
    dup_time = time.perf_counter() - t0
    dup_rows = []
    for label, cut in (("strong (>= 80)", 80.0), ("possible or strong (>= 50)", 50.0)):
        found = {(p.a_id, p.b_id) for p in possible if p.score >= cut}
        hits = len(found & true_pairs)
        dup_rows.append(
            f"| {label} | {len(found)} | {100.0 * hits / max(1, len(found)):.1f}% "
            f"| {100.0 * hits / max(1, len(true_pairs)):.1f}% |"
        )
    print(f"duplicates among {dup_n} records in {dup_time:.1f} s")

    def row(name: str, r: Recall) -> str:
        return (
            f"| {name} | {r.with_true + r.without_true} | {r.pct(r.first, r.with_true)} "
            f"| {r.pct(r.top10, r.with_true)} | {r.pct(r.strong_false, r.without_true)} |"
        )

    body = f"""## Matching (issue 4)

Synthetic labelled data from `bench/matching_data.py` (seed {seed}): {len(data.records):,} prisoner
records and {len(data.requests):,} tracing requests, 20% of them for a person on no list (many of
those a brother or namesake of a listed person). Records are written by Ukrainian, Russian and
Latin-script lists (Ukrainian 2010, ICAO, BGN/PCGN, MVD 310/782 and ad hoc spellings), with
typos, initials, swapped name fields, missing patronymics, feminine forms, partial and slipped
dates; 10% of persons are on two lists (duplicate records), brothers and namesakes are listed too.

| Matcher | requests | true record first | true record in top 10 | no-true requests with a "strong" candidate |
| --- | --- | --- | --- | --- |
{row("CaseApp `MatchIndex` (all requests)", ours)}
{row("CaseApp `MatchIndex` (baseline's sample)", ours_on_sample)}
{row("Baseline: unidecode + token-sort ratio + birth-year bonus (sample)", base)}

Targets: first >= 90%, top 10 >= 99%, strong on no-true requests <= 2%. The baseline has no
bands; its "strong" is a score >= 90. It does worse here than the issue's estimate (about 64% /
93%) mainly because a patronymic is missing on one side of many pairs (30% of requests, 12-50%
of records), which a token-sort ratio over the full name punishes, and because of the many
namesakes. Top candidate rated "strong" when it is the true record:
{ours.pct(ours.true_strong, ours.with_true)} of requests that have one (the others are mostly
requests with only a birth year or none: "possible" is the honest band for them).

| Speed | measured | target |
| --- | --- | --- |
| Build the index of {len(data.records):,} records | {built:.1f} s | |
| One request against {len(data.records):,} records, top 10 with reasons, p50 / p95 ({len(latencies)} requests, one process) | {p50:.1f} ms / {p95:.1f} ms | p95 < 20 ms |
| {len(data.requests):,} requests against {len(data.records):,} records, top 10 with reasons as `caseapp match` writes them, {workers} worker processes (index build included) | {batch + built:.0f} s ({batch:.0f} s matching) | < 300 s on 2 cores |
| Baseline, {len(sample):,} requests (brute force) | {base_time:.0f} s | |

Duplicate records (`find_duplicates`) among the first {dup_n:,} records, which hold
{len(true_pairs):,} pairs of records of one person; {dup_time:.0f} s on {workers} workers, index included.

| Pairs reported | pairs | precision | recall |
| --- | --- | --- | --- |
{dup_rows[0]}
{dup_rows[1]}
"""
    write_section(
        "matching",
        body,
        f"CASEAPP_BENCH_RECORDS={n_records} CASEAPP_BENCH_REQUESTS={n_requests} "
        ".venv/bin/python -m bench.run_all matching",
    )


if __name__ == "__main__":
    run()
