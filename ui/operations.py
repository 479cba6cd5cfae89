"""Broadcast of what a core write changed, so each screen decides itself what to redraw."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseapp.store import ChangeSet


class Operations(QObject):
    """Screens call ``did_change`` after a write; every screen listening to ``changed`` reacts."""

    changed = Signal(object)  # ChangeSet

    def did_change(self, changes: ChangeSet) -> None:
        if changes.count:
            self.changed.emit(changes)
