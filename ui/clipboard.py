"""The clipboard as the app uses it: what the app put there is cleared when the vault locks.

Only what the app itself copied is cleared (something the user copied from another program is
theirs). The app remembers a digest of what it copied, never the text: ``copy_text`` for the
app's own Copy buttons, and, where the platform says who owns the clipboard (Windows, X11),
every copy made inside the app's windows (Ctrl+C in a field) as it happens.
"""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QClipboard, QGuiApplication

_copied: set[str] = set()
_watching = False


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _clipboard() -> QClipboard | None:
    return QGuiApplication.clipboard() if QGuiApplication.instance() is not None else None


def watch() -> None:
    """Remember copies made in the app's own widgets (where the platform can tell)."""
    global _watching
    board = _clipboard()
    if board is None or _watching:
        return
    _watching = True

    def changed() -> None:
        if board.ownsClipboard() and board.text():
            _copied.add(_digest(board.text()))

    board.dataChanged.connect(changed)


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard and remember that the app put it there."""
    board = _clipboard()
    if board is None:
        return
    _copied.add(_digest(text))
    board.setText(text)


def clear_if_ours() -> bool:
    """At a lock: empty the clipboard if it still holds something the app copied."""
    board = _clipboard()
    if board is None:
        return False
    current = board.text()
    ours = bool(current) and _digest(current) in _copied
    if ours:
        board.clear()
    if board.supportsSelection() and board.ownsSelection():  # X11: text selected in the app
        board.clear(QClipboard.Mode.Selection)
    _copied.clear()
    return ours
