"""What the main window may ask of a screen, as Protocols (checked by mypy, not by ``getattr``).

A page implements the hooks it needs; the main window asks only pages that implement them.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class CanLeave(Protocol):
    def can_leave(self) -> bool:
        """Before switching to another section: False keeps the user here (unsaved edits)."""
        ...


@runtime_checkable
class CanClose(Protocol):
    def can_close(self) -> bool:
        """Before the window closes: False cancels the close."""
        ...


@runtime_checkable
class LockAware(Protocol):
    def about_to_lock(self) -> None:
        """The vault is locking now: keep drafts, stop timers. Must not ask the user anything."""
        ...


@runtime_checkable
class ShowsRequest(Protocol):
    def show_request(self, request_id: str | None, label: str = "") -> None:
        """Show this screen for one tracing request (navigation from another screen)."""
        ...


@runtime_checkable
class KeepsPlace(Protocol):
    def place(self) -> dict[str, object] | None:
        """Where the user is in this screen (ids, tab: no personal data), kept across a lock."""
        ...

    def return_to(self, place: dict[str, object]) -> None:
        """After the unlock: show that place again (an open record comes back with its draft)."""
        ...
