"""Matching many queries at once, on several processes when asked.

One query takes a few milliseconds, so 50,000 requests are minutes on one core; ``workers``
splits them over processes that each hold the index (inherited on Linux, pickled once per
process elsewhere). Results come back in input order. Sending every explanation object back
to the parent costs as much as computing it, so ``transform`` (a module-level function) can
turn each query's results into what the caller keeps (CSV rows, ids) inside the worker.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput, Prepared
from caseapp.tasks import Progress, step

T = TypeVar("T")
Transform = Callable[[str, list[MatchResult]], Any]

_worker: tuple[MatchIndex, int, Transform] | None = None


def _keep(query_id: str, results: list[MatchResult]) -> tuple[str, list[MatchResult]]:
    return query_id, results


def _init(index: MatchIndex, top: int, transform: Transform) -> None:
    global _worker
    _worker = (index, top, transform)


def _one(index: MatchIndex, person: PersonInput | Prepared, top: int) -> list[MatchResult]:
    if isinstance(person, Prepared):
        return index.match_prepared(person, top)
    return index.match(person, top)


def _run(chunk: Sequence[PersonInput | Prepared]) -> list[Any]:
    assert _worker is not None
    index, top, transform = _worker
    return [transform(person.id, _one(index, person, top)) for person in chunk]


def match_many(
    index: MatchIndex,
    people: Sequence[PersonInput | Prepared],
    top: int = 10,
    workers: int = 1,
    chunk_size: int = 200,
    transform: Callable[[str, list[MatchResult]], T] = _keep,  # type: ignore[assignment]
    progress: Progress | None = None,
) -> Iterator[T]:
    """``transform(query id, results)`` for each of ``people`` (or already prepared persons),
    in order; by default the pair ``(query id, results)`` itself.

    ``progress`` advances per person and is checked as often, so Cancel (or a lock) stops
    the scoring within milliseconds, not only between SQL statements.
    """
    if workers <= 1 or len(people) < 2 * chunk_size:
        for person in people:
            yield transform(person.id, _one(index, person, top))
            step(progress)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = [people[i : i + chunk_size] for i in range(0, len(people), chunk_size)]
    with context.Pool(workers, initializer=_init, initargs=(index, top, transform)) as pool:
        for batch in pool.imap(_run, chunks):
            step(progress, len(batch))  # leaving the ``with`` terminates the pool
            yield from batch
