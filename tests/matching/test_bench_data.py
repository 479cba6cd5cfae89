"""The bench's labelled generator at small scale, and the engine's recall on it."""

from __future__ import annotations

from bench.bench_matching import baseline, evaluate
from bench.matching_data import generate
from caseapp.matching import MatchIndex, find_duplicates, match_many
from caseapp.matching.translit import script_of


def test_generator_is_deterministic_and_labelled() -> None:
    a, b = generate(300, 60, seed=11), generate(300, 60, seed=11)
    assert a.records == b.records and a.requests == b.requests and a.truth == b.truth
    assert len(a.records) == 300 and len(a.requests) == 60
    record_ids = {r.id for r in a.records}
    assert all(ids <= record_ids for ids in a.truth.values())
    assert 0.08 <= sum(not ids for ids in a.truth.values()) / 60 <= 0.35


def test_generator_has_the_variation_it_promises() -> None:
    data = generate(2000, 10, seed=5)
    scripts = {script_of(r.family_name or "") for r in data.records}
    assert {"latin", "cyrillic_uk", "cyrillic"} <= scripts
    dates = [r.birth_date for r in data.records]
    assert any(d is None for d in dates) and any(d and len(d) == 4 for d in dates)
    assert any(r.given_name and r.given_name.endswith(".") for r in data.records)
    assert any(r.service_number for r in data.records)
    # Brothers: same family name and patronymic, different given names.
    groups: dict[tuple[str | None, str | None], set[str | None]] = {}
    for r in data.records:
        if r.patronymic:
            groups.setdefault((r.family_name, r.patronymic), set()).add(r.given_name)
    assert any(len(names) > 1 for names in groups.values())


def test_engine_recall_on_small_generated_data() -> None:
    data = generate(3000, 400, seed=2)
    index = MatchIndex(data.records)
    results = list(match_many(index, data.requests, 10))
    recall = evaluate(data, results)
    # Ranked on the fast path, scored on the explained one: both must agree.
    assert all(
        [r.score for r in rs] == sorted((r.score for r in rs), reverse=True) for _, rs in results
    )
    assert recall.first / recall.with_true >= 0.9
    assert recall.top10 / recall.with_true >= 0.97
    assert recall.strong_false / recall.without_true <= 0.03
    base = baseline(data, data.requests[:100])
    assert base.with_true + base.without_true == 100


def test_parallel_matching_gives_the_same_results() -> None:
    data = generate(500, 450, seed=4)
    index = MatchIndex(data.records)
    serial = list(match_many(index, data.requests, 5))
    parallel = list(match_many(index, data.requests, 5, workers=2, chunk_size=100))
    assert [(q, [(r.record_id, r.score) for r in rs]) for q, rs in serial] == [
        (q, [(r.record_id, r.score) for r in rs]) for q, rs in parallel
    ]


def test_duplicates_on_generated_lists() -> None:
    data = generate(1500, 1, seed=9)
    by_person: dict[int, list[str]] = {}
    for record_id, person in data.person_of.items():
        by_person.setdefault(person, []).append(record_id)
    truth = {tuple(sorted(ids)) for ids in by_person.values() if len(ids) == 2}
    strong = {(p.a_id, p.b_id) for p in find_duplicates(data.records)}
    assert len(strong & truth) >= 0.95 * len(strong)  # precision
    index = MatchIndex(data.records)
    possible = {(p.a_id, p.b_id) for p in find_duplicates(index, threshold=50, workers=2)}
    assert possible == {(p.a_id, p.b_id) for p in find_duplicates(index, threshold=50)}
    assert len(possible & truth) >= 0.85 * len(truth)  # recall
    assert strong <= possible
