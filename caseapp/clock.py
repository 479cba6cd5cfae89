"""Hybrid logical clock: orders changes across laptops whose wall clocks disagree.

A timestamp is ``(wall_ms, counter, device_id)`` encoded as a fixed-width string so that plain
string comparison gives the causal order used by sync (last-writer detection, conflicts).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class HLC:
    wall_ms: int
    counter: int
    device_id: str

    def encode(self) -> str:
        # The whole device id: two devices whose ids share a prefix must never share a stamp.
        return f"{self.wall_ms:013d}-{self.counter:06d}-{self.device_id.replace('-', '')}"

    @classmethod
    def decode(cls, text: str) -> HLC:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def wall_ms() -> int:
    """The laptop's wall clock in milliseconds (replaced in tests by one that goes backwards)."""
    return int(time.time() * 1000)


#: How far ahead of this laptop's clock a remote stamp may be and still move this clock: one
#: laptop with a wrong CMOS date (2030) must not drag every peer's clock into the future.
MAX_DRIFT_MS = 24 * 3600 * 1000


class HybridClock:
    """Issues monotonically increasing timestamps for one device."""

    def __init__(
        self, device_id: str, last: HLC | None = None, now_ms: Callable[[], int] | None = None
    ) -> None:
        self.device_id = device_id
        self._last = last or HLC(0, 0, device_id)
        self._now_ms = now_ms or (lambda: wall_ms())

    @property
    def last(self) -> HLC:
        return self._last

    def tick(self) -> HLC:
        now = self._now_ms()
        if now > self._last.wall_ms:
            self._last = HLC(now, 0, self.device_id)
        else:
            self._last = HLC(self._last.wall_ms, self._last.counter + 1, self.device_id)
        return self._last

    def observe(self, remote: HLC) -> bool:
        """Advance past a timestamp received from another device (sync import).

        Returns False (and leaves the clock alone) for a stamp more than ``MAX_DRIFT_MS`` ahead
        of this laptop's clock: sync orders edits of one field by what each writer had seen
        (``journal.base``), not by clocks, so ignoring such a stamp loses nothing.
        """
        now = self._now_ms()
        if remote.wall_ms > now + MAX_DRIFT_MS:
            return False
        wall = max(now, self._last.wall_ms, remote.wall_ms)
        if wall == self._last.wall_ms == remote.wall_ms:
            counter = max(self._last.counter, remote.counter) + 1
        elif wall == self._last.wall_ms:
            counter = self._last.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self._last = HLC(wall, counter, self.device_id)
        return True
