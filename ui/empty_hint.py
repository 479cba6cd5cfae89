"""What to do next, written over an empty list instead of a blank grid.

``set_empty_hint(view, text)`` lays a word-wrapped, centred label over the view's viewport; it
shows while the model has no rows and hides as soon as one arrives (model signals, so every
list keeps its own model and loading code). The label ignores the mouse: clicks reach the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid

HINT_STYLE = "color: palette(placeholder-text); padding: 12px;"


class _EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet(HINT_STYLE)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        if not isValid(self.view) or not isValid(self.label):  # a list clears as it closes
            return
        self.label.setGeometry(self.view.viewport().rect())
        self.label.setVisible(self.view.model().rowCount() == 0 and bool(self.label.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False


def set_empty_hint(view: QAbstractItemView, text: str) -> QLabel:
    """Show ``text`` over ``view`` while its model is empty; returns the label (its text may
    change later, e.g. with a filter: call ``refresh_empty_hint`` after)."""
    return _EmptyHint(view, text).label


def refresh_empty_hint(view: QAbstractItemView) -> None:
    for child in view.children():
        if isinstance(child, _EmptyHint):
            child.update()
