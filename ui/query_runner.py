"""Background reads where only the latest answer matters (search as you type, list reloads).

Queries run on the reader thread (``ui.worker.read_pool``, its own connection), never on the
GUI thread and never behind the writer's long jobs, so typing never waits for the vault. Each
``submit`` supersedes the previous one: a query still waiting when a newer one arrives is
skipped, and a stale answer is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ui.worker import INFLIGHT, read_pool, submit


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class QueryRunner(QObject):
    """``submit(fn)``: ``fn()`` runs off the GUI thread; ``finished(result)`` if still current."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.epoch = INFLIGHT.epoch
        self.pending = False
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def submit(self, fn: Callable[[], Any]) -> None:
        self.epoch = INFLIGHT.epoch  # an answer from before a lock is dropped
        self.generation += 1
        self.pending = True
        generation, signals = self.generation, self._signals

        def run() -> None:
            if generation != self.generation:
                return  # superseded before it started
            try:
                result = fn()
            except BaseException as exc:
                signals.failed.emit(generation, exc)
            else:
                signals.done.emit(generation, result)

        submit(read_pool(), run)

    def _current(self, generation: int) -> bool:
        return generation == self.generation and self.epoch == INFLIGHT.epoch

    def _done(self, generation: int, result: object) -> None:
        if self._current(generation):
            self.pending = False
            self.finished.emit(result)

    def _failed(self, generation: int, error: object) -> None:
        if self._current(generation):
            self.pending = False
            self.failed.emit(error)
