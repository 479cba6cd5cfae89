"""Progress and cancellation for long work, as plain data the GUI polls (no Qt here).

A long core function takes a ``Progress``, calls ``step()`` as it goes and ``check()`` at safe
points; ``check()`` raises ``Cancelled`` once the user has pressed Cancel, and the function's
transaction rolls back. The CLI passes a Progress too (or None), so both run the same code.
"""

from __future__ import annotations

import threading

from caseapp.errors import Cancelled


class Progress:
    def __init__(self, total: int = 0, message: str = "") -> None:
        self._lock = threading.Lock()
        self.total = total
        self.done = 0
        self.message = message
        self._cancelled = threading.Event()

    def start(self, total: int, message: str = "") -> None:
        with self._lock:
            self.total, self.done = total, 0
            if message:
                self.message = message

    def step(self, count: int = 1) -> None:
        with self._lock:
            self.done += count
        self.check()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def fraction(self) -> float | None:
        """0..1, or None while the total is unknown."""
        with self._lock:
            return None if self.total <= 0 else min(1.0, self.done / self.total)


def check(progress: Progress | None) -> None:
    if progress is not None:
        progress.check()


def step(progress: Progress | None, count: int = 1) -> None:
    if progress is not None:
        progress.step(count)
