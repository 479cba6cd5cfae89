"""Background reads where only the latest answer matters (search as you type, list reloads).

Queries run on the database worker thread (``ui.worker.database_pool``), never on the GUI
thread, so typing never waits for the vault. Each ``submit`` supersedes the previous one: a
query still waiting when a newer one arrives is skipped, and a stale answer is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from ui.worker import database_pool


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Query(QRunnable):
    def __init__(self, runner: QueryRunner, generation: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._generation, self._fn = runner, generation, fn
        self._signals = runner._signals

    def run(self) -> None:
        if self._generation != self._runner.generation:
            return  # superseded before it started
        try:
            result = self._fn()
        except BaseException as exc:
            self._signals.failed.emit(self._generation, exc)
        else:
            self._signals.done.emit(self._generation, result)


class QueryRunner(QObject):
    """``submit(fn)``: ``fn()`` runs off the GUI thread; ``finished(result)`` if still current."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.pending = False
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def submit(self, fn: Callable[[], Any]) -> None:
        self.generation += 1
        self.pending = True
        database_pool().start(_Query(self, self.generation, fn))

    def _done(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self.pending = False
            self.finished.emit(result)

    def _failed(self, generation: int, error: object) -> None:
        if generation == self.generation:
            self.pending = False
            self.failed.emit(error)
