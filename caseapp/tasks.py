"""Progress and cancellation for long core tasks, as plain data the GUI polls.

A task runs on a worker thread and calls ``progress.advance()`` and ``progress.check()`` as it
goes; the GUI reads ``done``/``total`` on a timer and calls ``cancel()`` from its own thread. No
Qt here, so the CLI and the tests run the very same task.
"""

from __future__ import annotations

import threading

from caseapp.errors import Cancelled


class Progress:
    """How far a task has got, and whether the user asked it to stop. Safe across threads."""

    def __init__(self, total: int = 0) -> None:
        self._lock = threading.Lock()
        self._total = total
        self._done = 0
        self._cancelled = threading.Event()

    @property
    def total(self) -> int:
        return self._total

    @property
    def done(self) -> int:
        return self._done

    @property
    def fraction(self) -> float:
        """0.0 to 1.0; 0.0 while the total is unknown."""
        with self._lock:
            return min(1.0, self._done / self._total) if self._total else 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def start(self, total: int) -> None:
        with self._lock:
            self._total = total
            self._done = 0

    def advance(self, steps: int = 1) -> None:
        with self._lock:
            self._done += steps

    def cancel(self) -> None:
        """Ask the task to stop; it stops at its next ``check()``."""
        self._cancelled.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop (the task's transaction then rolls back)."""
        if self._cancelled.is_set():
            raise Cancelled()
