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

from bench import peer_splink
from bench.matching_data import Dataset, generate
from bench.report import write_section
from caseapp.matching.batch import match_many
from caseapp.matching.csvio import match_rows
from caseapp.matching.duplicates import find_duplicates
from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.learn import learn
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

    def pct(self, part: int, whole: int, digits: int = 1) -> str:
        return f"{100.0 * part / whole:.{digits}f}%" if whole else "n/a"

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


def _cpu() -> float:
    """CPU seconds of this process and its finished worker processes."""
    import resource

    own, children = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


#: CPU seconds of the last ``_measure`` (this process and its workers).
_LAST_CPU = [0.0]


def _measure(
    data: Dataset, index: MatchIndex, workers: int
) -> tuple[Recall, list[tuple[str, list[tuple[str, str, float]]]], float]:
    """What `caseapp match` does: every request's top 10 as output rows with their reasons."""
    t0, c0 = time.perf_counter(), _cpu()
    rows = list(match_many(index, data.requests, 10, workers=workers, transform=match_rows))
    seconds = time.perf_counter() - t0
    _LAST_CPU[0] = _cpu() - c0
    results = [
        (q.id, [(row[2], row[4], float(row[3])) for row in request_rows])
        for q, request_rows in zip(data.requests, rows, strict=True)
    ]
    return evaluate(data, results), results, seconds


def _recall_row(name: str, r: Recall) -> str:
    return (
        f"| {name} | {r.with_true + r.without_true} | {r.pct(r.first, r.with_true)} "
        f"| {r.pct(r.top10, r.with_true, 2)} | {r.pct(r.strong_false, r.without_true)} "
        f"| {r.strong_precision} | {r.strong_cover} |"
    )


def calibration_table(shipped: Recall, learned: Recall) -> str:
    """Precision and share of true matches per band and score range, both weight sets."""
    lines = [
        "| Top candidate's band or score | shipped: candidates | shipped: true | shipped: share "
        "of true matches | learned: candidates | learned: true | learned: share of true matches |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for a, b in zip(shipped.calibration(), learned.calibration(), strict=True):
        lines.append(f"| {a[0]} | {a[1]} | {a[2]} | {a[3]} | {b[1]} | {b[2]} | {b[3]} |")
    return "\n".join(lines)


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
    latencies, cpu = [], []
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for q in timed:
        t, c = time.perf_counter(), time.process_time()
        index.match(q, 10)
        latencies.append((time.perf_counter() - t) * 1000.0)
        cpu.append((time.process_time() - c) * 1000.0)
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    c50, c95 = percentile(cpu, 50), percentile(cpu, 95)
    print(f"latency p50 {p50:.1f} ms, p95 {p95:.1f} ms (CPU time {c50:.1f} / {c95:.1f} ms)")

    ours, all_results, batch = _measure(data, index, workers)
    batch_cpu = _LAST_CPU[0]
    print(f"{len(data.requests)} requests in {batch:.1f} s on {workers} workers")

    # Weights learned from the records and the requests (no decisions: the bench has none).
    t0 = time.perf_counter()
    queries = [index.prepare(q) for q in data.requests]
    learned = learn(
        index.records(),
        index.names,
        lambda q: index.candidate_records(q, 5, exclude=q.id),
        queries,
    )
    learn_time = time.perf_counter() - t0
    print(f"weights learned in {learn_time:.1f} s")
    index.set_model(learned.model)
    after, _, batch_learned = _measure(data, index, workers)
    learned_cpu = _LAST_CPU[0]
    index.set_model(None)
    print(f"with learned weights: {batch_learned:.1f} s")

    sample = rng.sample(data.requests, min(baseline_n, len(data.requests)))
    t0 = time.perf_counter()
    base = baseline(data, sample)
    base_time = time.perf_counter() - t0
    sample_ids = {q.id for q in sample}
    ours_on_sample = evaluate(data, [r for r in all_results if r[0] in sample_ids])
    print(f"baseline on {len(sample)} requests in {base_time:.1f} s")

    # Before the peer: DuckDB's threads in this process would deadlock the forked workers.
    # Duplicate records among the first records (a person's copies are written next to each other).
    dup_n = min(_env("CASEAPP_BENCH_DUPLICATE_RECORDS", 20_000), len(data.records))
    subset = data.records[:dup_n]
    by_person: dict[int, set[str]] = {}
    for record in subset:
        by_person.setdefault(data.person_of[record.id], set()).add(record.id)
    true_pairs = {tuple(sorted(ids)) for ids in by_person.values() if len(ids) == 2}
    t0, c0 = time.perf_counter(), _cpu()
    dup_index = MatchIndex(subset)
    possible = find_duplicates(dup_index, threshold=50, workers=workers)
    dup_time, dup_cpu = time.perf_counter() - t0, _cpu() - c0
    dup_rows = []
    for label, cut in (("strong (>= 80)", 80.0), ("possible or strong (>= 50)", 50.0)):
        found = {(p.a_id, p.b_id) for p in possible if p.score >= cut}
        hits = len(found & true_pairs)
        dup_rows.append(
            f"| {label} | {len(found)} | {100.0 * hits / max(1, len(found)):.1f}% "
            f"| {100.0 * hits / max(1, len(true_pairs)):.1f}% |"
        )
    print(f"duplicates among {dup_n} records in {dup_time:.1f} s")

    if peer_splink.available():
        peer = peer_splink.run(data, data.requests, seed=seed)
        peer_recall = evaluate(data, [(q.id, peer.ranked.get(q.id, [])) for q in data.requests])
        peer_row = _recall_row(f"Splink {peer.version} + DuckDB (all requests)", peer_recall)
        peer_speed = (
            f"| Splink: train and predict, {len(data.requests):,} requests against "
            f"{len(data.records):,} records ({peer.pairs:,} pairs scored) | {peer.seconds:.0f} s | |"
        )
        print(f"splink in {peer.seconds:.1f} s")
    else:
        peer_row = "| Splink: not installed (`pip install -e '.[bench]'`), skipped | | | | | | |"
        peer_speed = "| Splink | skipped | |"
        print("splink not installed: peer skipped")

    machine_state = (
        f"The machine was quiet (load average {load_before:.1f} on 2 cores when the latency was "
        "measured)."
        if load_before < 1.5
        else f"The machine was shared with other work (load average {load_before:.1f} on 2 cores "
        "when the latency was measured): wall-clock times are pessimistic."
    )
    header = (
        "| Matcher | requests | true record first | true record in top 10 | no-true requests "
        "with a strong candidate | strong precision | true matches rated strong |\n"
        "| --- | --- | --- | --- | --- | --- | --- |"
    )
    body = f"""## Matching (issues 4 and 15)

Synthetic labelled data from `bench/matching_data.py` (seed {seed}): {len(data.records):,} prisoner
records and {len(data.requests):,} tracing requests, 20% of them for a person on no list (many of
those a brother or namesake of a listed person). Records are written by Ukrainian, Russian and
Latin-script lists (Ukrainian 2010, ICAO, BGN/PCGN, MVD 310/782, ad hoc, and German, French and
Polish mediators' spellings), with typos, initials, swapped name fields, missing patronymics,
feminine forms, familiar given names (Саша, Вова), double-barrelled surnames written whole or half,
whole names in one cell, Latin look-alike letters in Cyrillic words and the reverse, and dates
as the region writes them (14.03.1998, 14/03/1998 with day/month often undecidable, 1998.03.14,
spreadsheet date numbers, "1998 р.", ages with the list's date), partial and slipped; 10% of
persons are on two lists (duplicate records), brothers and namesakes are listed too.

"Strong precision": of the top candidates rated strong, the share that are the true record;
"true matches rated strong": of the requests that have a true record, the share whose true
record is the top candidate and rated strong.

{header}
{_recall_row("CaseApp, shipped weights (before learning)", ours)}
{_recall_row("CaseApp, weights learned from the records (after learning)", after)}
{peer_row}
{_recall_row("CaseApp, shipped weights (baseline's sample)", ours_on_sample)}
{_recall_row("Baseline: unidecode + token-sort ratio + birth-year bonus (sample)", base)}

Targets (issue 15): first >= 95%, top 10 >= 99.5%, strong on no-true requests <= 1%, strong
precision >= 99%, true matches rated strong >= 70%. The baseline has no bands; its "strong" is a
score >= 90; Splink's is a match probability >= 0.99 (its own scale), ranked by match weight.
Splink is given names lower-cased and transliterated to Latin (unidecode) and dates read by
CaseApp's date reader; it blocks on exact values as its documentation suggests, so a name written
in two transliterations or scripts is found only through the birth date or another rule — that,
not its model, is most of the gap in recall.

Calibration of the top candidate (all requests; "share of true matches": of all requests whose
top candidate is the true record, the share in this band or range):

{calibration_table(ours, after)}

Learned weights: {learned.records:,} records, {learned.candidate_pairs:,} candidate pairs,
{learned.random_pairs:,} random pairs, {learned.iterations} EM rounds, in {learn_time:.0f} s.

| Speed | measured | target |
| --- | --- | --- |
| Build the index of {len(data.records):,} records | {built:.1f} s | |
| One request against {len(data.records):,} records, top 10 with reasons, p50 / p95 ({len(latencies)} requests, one process): wall clock | {p50:.1f} ms / {p95:.1f} ms | p95 < 10 ms |
| The same in CPU time of the process (what it costs on a free core) | {c50:.1f} ms / {c95:.1f} ms | |
| {len(data.requests):,} requests against {len(data.records):,} records, top 10 with reasons as `caseapp match` writes them, {workers} worker processes (index build included) | {batch + built:.0f} s ({batch:.0f} s matching; CPU {batch_cpu:.0f} s) | < 180 s on 2 cores |
| The same with the learned weights | {batch_learned:.0f} s matching (CPU {learned_cpu:.0f} s) | |
| Learn the weights ({learned.records:,} records, {len(queries):,} requests) | {learn_time:.0f} s | |
{peer_speed}
| Baseline, {len(sample):,} requests (brute force) | {base_time:.0f} s | |

Duplicate records (`find_duplicates`) among the first {dup_n:,} records, which hold
{len(true_pairs):,} pairs of records of one person; {dup_time:.0f} s (CPU {dup_cpu:.0f} s) on {workers} workers,
index included.

| Pairs reported | pairs | precision | recall |
| --- | --- | --- | --- |
{dup_rows[0]}
{dup_rows[1]}

{machine_state}
"""
    write_section(
        "matching",
        body,
        f"CASEAPP_BENCH_RECORDS={n_records} CASEAPP_BENCH_REQUESTS={n_requests} "
        ".venv/bin/python -m bench.run_all matching",
    )


if __name__ == "__main__":
    run()
