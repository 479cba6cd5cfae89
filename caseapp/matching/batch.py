"""Matching many queries at once, on several processes when asked.

One query takes a few milliseconds, so 50,000 requests are minutes on one core; ``workers``
splits them over processes that each hold the index (inherited on Linux, pickled once per
process elsewhere). Results come back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence

from caseapp.matching.index import MatchIndex, MatchResult
from caseapp.matching.person import PersonInput

_worker_index: MatchIndex | None = None
_worker_top = 10


def _init(index: MatchIndex, top: int) -> None:
    global _worker_index, _worker_top
    _worker_index, _worker_top = index, top


def _run(chunk: Sequence[PersonInput]) -> list[tuple[str, list[MatchResult]]]:
    assert _worker_index is not None
    return [(person.id, _worker_index.match(person, _worker_top)) for person in chunk]


def match_many(
    index: MatchIndex,
    people: Sequence[PersonInput],
    top: int = 10,
    workers: int = 1,
    chunk_size: int = 200,
) -> Iterator[tuple[str, list[MatchResult]]]:
    """``(query id, results)`` for each of ``people``, in order."""
    if workers <= 1 or len(people) < 2 * chunk_size:
        for person in people:
            yield person.id, index.match(person, top)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = [people[i : i + chunk_size] for i in range(0, len(people), chunk_size)]
    with context.Pool(workers, initializer=_init, initargs=(index, top)) as pool:
        for batch in pool.imap(_run, chunks):
            yield from batch
