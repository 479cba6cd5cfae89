"""The mouse wheel never changes a closed combo box.

Scrolling a long form (or the import mapping) with the pointer resting on a combo box used to
change its choice silently: a column mapped to the wrong field corrupts a whole import. One
application-wide event filter passes such a wheel to the combo's parent instead, so the page
scrolls; an open drop-down list still scrolls as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox

_guard: WheelGuard | None = None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QComboBox):
            parent = watched.parentWidget()
            if parent is not None:
                QCoreApplication.sendEvent(parent, event)  # scroll the page instead
            return True
        return False


def install_wheel_guard() -> None:
    """Install the filter on the running application (once; safe to call from every form)."""
    global _guard
    app = QApplication.instance()
    if app is None or (_guard is not None and _guard.parent() is app):
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
