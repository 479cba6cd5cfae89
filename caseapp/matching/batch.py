"""Matching many queries at once, on several processes when asked.

One query takes a few milliseconds, so 50,000 requests are minutes on one core; ``workers``
splits them over processes that each hold the index (inherited on Linux, pickled once per
process elsewhere). Results come back in input order. Sending every explanation object back
to the parent costs as much as computing it, so ``transform`` (a module-level function) can
turn each query's results into what the caller keeps (CSV rows, ids) inside the worker.

A ``Progress`` is stepped as results come back and checked for Cancel between them; on Cancel
the pool is terminated at once (the caller's transaction, if any, then rolls back).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput, Prepared
from caseapp.tasks import Progress

T = TypeVar("T")
Transform = Callable[[Any, list[MatchResult]], Any]

#: How often a caller waiting for worker processes looks for Cancel, in seconds.
CANCEL_POLL_S = 0.2

_worker: tuple[MatchIndex, int, Transform, bool, float, int | None] | None = None


def default_workers() -> int:
    """Processes for long matching jobs: two (a field laptop's cores are shared with the GUI)."""
    return min(2, os.cpu_count() or 1)


def _keep(query_id: str, results: list[MatchResult]) -> tuple[str, list[MatchResult]]:
    return query_id, results


def _init(
    index: MatchIndex,
    top: int,
    transform: Transform,
    with_query: bool,
    min_score: float,
    max_candidates: int | None,
) -> None:
    global _worker
    _worker = (index, top, transform, with_query, min_score, max_candidates)


def _one(
    index: MatchIndex,
    person: PersonInput | Prepared,
    top: int,
    transform: Transform,
    with_query: bool,
    min_score: float,
    max_candidates: int | None = None,
) -> Any:
    query = person if isinstance(person, Prepared) else index.prepare(person)
    results = index.match_prepared(query, top, min_score=min_score, max_candidates=max_candidates)
    return transform(query if with_query else query.id, results)


def _run(chunk: Sequence[PersonInput | Prepared]) -> list[Any]:
    assert _worker is not None
    index, top, transform, with_query, min_score, cap = _worker
    return [_one(index, person, top, transform, with_query, min_score, cap) for person in chunk]


def match_many(
    index: MatchIndex,
    people: Sequence[PersonInput | Prepared],
    top: int = 10,
    workers: int = 1,
    chunk_size: int = 200,
    transform: Callable[[Any, list[MatchResult]], T] = _keep,  # type: ignore[assignment]
    progress: Progress | None = None,
    step_weight: int = 1,
    with_query: bool = False,
    min_score: float = 0.0,
    max_candidates: int | None = None,
) -> Iterator[T]:
    """``transform(query id, results)`` for each of ``people`` (or already prepared persons),
    in order; by default the pair ``(query id, results)`` itself. With ``with_query`` the
    transform gets the prepared query instead of its id (to derive more from it in the worker).
    Candidates scoring below ``min_score`` are left out before they are explained;
    ``max_candidates`` overrides the index's cap on the candidates scored per query.

    ``progress`` advances by ``step_weight`` per query and raises ``Cancelled`` (from this
    generator) soon after ``progress.cancel()``: within one query in-process, within
    ``CANCEL_POLL_S`` with workers, whose pool is then terminated.
    """
    if workers <= 1 or len(people) < 2 * chunk_size:
        for person in people:
            if progress is not None:
                progress.check()
            yield _one(index, person, top, transform, with_query, min_score, max_candidates)
            if progress is not None:
                progress.advance(step_weight)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = [people[i : i + chunk_size] for i in range(0, len(people), chunk_size)]
    with context.Pool(
        workers,
        initializer=_init,
        initargs=(index, top, transform, with_query, min_score, max_candidates),
    ) as pool:
        results = pool.imap(_run, chunks)
        for _ in chunks:
            while True:  # wake up often, so that Cancel is answered without waiting for a chunk
                if progress is not None:
                    progress.check()  # raising here leaves the block: the pool is terminated
                try:
                    batch = results.next(timeout=CANCEL_POLL_S)
                except multiprocessing.TimeoutError:
                    continue
                break
            if progress is not None:
                progress.advance(len(batch) * step_weight)
            yield from batch
