"""Writes from the GUI, and the broadcast of what each one changed.

``Operations.write`` is the one way a screen changes the vault: the core function runs on the
writer thread (``ui.worker``), returns the ChangeSet of its transaction (or a result carrying
``changes``), and exactly that ChangeSet is broadcast on ``changed`` so every screen decides
itself what to redraw (Anki's ``OpChanges``). Nothing reads a shared "last changes" afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from caseapp.store import ChangeSet, collecting_changes
from caseapp.tasks import Progress
from ui.worker import Task, run_in_background


def changes_of(result: object, committed: list[ChangeSet]) -> ChangeSet:
    """The ChangeSet a write returned; for a core function that returns the record it stored,
    what its own transactions committed on the writer thread."""
    if isinstance(result, ChangeSet):
        return result
    changes = getattr(result, "changes", None)
    if isinstance(changes, ChangeSet):
        return changes
    return ChangeSet.union(committed, action="")


class Operations(QObject):
    """Screens write through ``write``; every screen listening to ``changed`` reacts."""

    changed = Signal(object)  # ChangeSet
    #: Ask the workspace to show a record on another screen: (screen key, record id, label).
    #: Screens never reach into each other (no ``self.window()``): they ask through this.
    navigate = Signal(str, str, str)

    def did_change(self, changes: ChangeSet) -> None:
        if changes.count:
            self.changed.emit(changes)

    def write(
        self,
        parent: QObject | None,
        fn: Callable[[Progress], Any],
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = False,
    ) -> Task:
        """Run the write ``fn(progress)`` on the writer; broadcast its ChangeSet, then call
        ``on_success(result)`` on the GUI thread. The GUI thread never waits for the vault.

        A write the user may cancel is a long job; any other is a short write, which a long
        job already running lets through between two of its transactions.
        """

        def work(progress: Progress) -> tuple[Any, ChangeSet]:
            with collecting_changes() as committed:
                result = fn(progress)
            return result, changes_of(result, committed)

        def done(outcome: tuple[Any, ChangeSet]) -> None:
            result, changes = outcome
            self.did_change(changes)
            if on_success is not None:
                on_success(result)

        return run_in_background(
            parent,
            work,
            title=title,
            on_success=done,
            on_failure=on_failure,
            cancellable=cancellable,
            short_write=not cancellable,
        )
