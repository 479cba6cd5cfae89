"""The Qt binding must not drop references to None (PySide6 6.12.0 does, and the app crashes).

With 6.12.0 every None-valued QVariant handed to Python (a combo box's "no choice" item, an
empty model cell read through an index) decrements None's reference count; after a few thousand
keystrokes in a form the interpreter aborts. pyproject.toml keeps the binding below 6.12.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_reading_a_none_item_keeps_none_alive(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("—", None)
    before = sys.getrefcount(None)
    for _ in range(1000):
        combo.currentData()
    assert sys.getrefcount(None) >= before - 50
