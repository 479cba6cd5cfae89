"""Progress and cancellation for long core tasks, as plain data the GUI polls (no Qt here).

A task runs on a worker thread, calls ``advance()`` (or ``step()``, which also checks for
Cancel) and ``check()`` at safe points; ``check()`` raises ``Cancelled`` once the user has
pressed Cancel, and the task's transaction rolls back. The GUI reads ``done``/``total`` on a
timer and calls ``cancel()`` from its own thread. The CLI and the tests run the very same task.
"""

from __future__ import annotations

import threading
from typing import Protocol

from caseapp.errors import Cancelled


class WriterQueue(Protocol):
    """The GUI's writer, as a long write job sees it (see ``Progress.writer_wanted``)."""

    def waiting(self) -> bool:
        """True when a short write (a record save) is queued behind this job."""
        ...

    def run_waiting(self) -> None:
        """Run the queued short writes now, on this (the writer's) thread, unless this thread
        is inside a transaction (then they wait for its end)."""
        ...


class Progress:
    """How far a task has got, and whether the user asked it to stop. Safe across threads."""

    def __init__(self, total: int = 0, message: str = "") -> None:
        self._lock = threading.Lock()
        self._total = total
        self._done = 0
        self.message = message
        self._cancelled = threading.Event()
        #: Set by the GUI when the task runs on its writer thread; None in the CLI and tests.
        self.writer: WriterQueue | None = None

    @property
    def total(self) -> int:
        return self._total

    @property
    def done(self) -> int:
        return self._done

    @property
    def fraction(self) -> float:
        """0.0 to 1.0; 0.0 while the total is unknown (``total == 0``)."""
        with self._lock:
            return min(1.0, self._done / self._total) if self._total else 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self, total: int, message: str = "") -> None:
        with self._lock:
            self._total = total
            self._done = 0
            if message:
                self.message = message

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            self._done += steps

    def step(self, steps: int = 1) -> None:
        """Advance, then stop here if the user pressed Cancel; on the GUI's writer, let a
        waiting save through if no transaction is open (a long read never holds one up)."""
        self.advance(steps)
        self.check()
        if self.writer is not None and self.writer.waiting():
            self.writer.run_waiting()

    def cancel(self) -> None:
        """Ask the task to stop; it stops at its next ``check()``."""
        self._cancelled.set()

    def writer_wanted(self) -> bool:
        """A long write asks this at safe points: is a short write (a save) waiting for the
        vault? If so it commits what it has, calls ``let_writer_run`` and carries on in a new
        transaction, so a save never waits for a whole import."""
        return self.writer is not None and self.writer.waiting()

    def let_writer_run(self) -> None:
        if self.writer is not None:
            self.writer.run_waiting()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop (the task's transaction then rolls back)."""
        if self._cancelled.is_set():
            raise Cancelled()


def step(progress: Progress | None, steps: int = 1) -> None:
    """``progress.step`` for tasks whose progress is optional (the CLI may pass None)."""
    if progress is not None:
        progress.step(steps)
