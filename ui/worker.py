"""Run long core work off the GUI thread, with a progress dialog and a Cancel button.

Everything that touches the vault in the background runs on one worker thread (a pool of one),
so database work is serialised as SQLite expects. Progress is the core's plain ``Progress``
object, polled here; the dialog appears only if the work lasts (busy cursor after 300 ms,
dialog after 600 ms), so quick actions do not flash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from caseapp.errors import Cancelled
from caseapp.tasks import Progress
from caseapp.vault.vault import Vault
from ui.errors import show_error

log = logging.getLogger(__name__)

BUSY_CURSOR_MS = 300
DIALOG_MS = 600

_pool: QThreadPool | None = None


def database_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread (and its connection) alive
    return _pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class Task(QObject):
    """One background job; emits ``finished`` when it has ended, whatever the outcome."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[Progress], Any],
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.progress = Progress()
        self.title = title
        self.result: Any = None
        self.error: BaseException | None = None
        self.running = True
        self._on_success, self._on_failure = on_success, on_failure
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None
        self._cursor_set = False
        self._elapsed = 0
        self._signals = _Signals()
        self._signals.done.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._finish_error, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        database_pool().start(_Runnable(fn, self.progress, self._signals))

    def cancel(self) -> None:
        self.progress.cancel()

    def _tick(self) -> None:
        self._elapsed += self._timer.interval()
        if self._elapsed >= BUSY_CURSOR_MS and not self._cursor_set:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True
        if self._elapsed >= DIALOG_MS and self._dialog is None:
            self._dialog = QProgressDialog(self.parent_widget)
            self._dialog.setWindowTitle(self.title)
            self._dialog.setLabelText(self.title)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(0)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            if self._cancellable:
                self._dialog.setCancelButtonText(self.tr("Cancel"))
                self._dialog.canceled.connect(self.cancel)
            else:
                self._dialog.setCancelButton(None)
            self._dialog.show()
        if self._dialog is not None:
            if self.progress.total <= 0:
                self._dialog.setRange(0, 0)  # busy indicator while the size is unknown
            else:
                self._dialog.setRange(0, 1000)
                self._dialog.setValue(int(self.progress.fraction * 1000))

    def _cleanup(self) -> None:
        self.running = False
        self._timer.stop()
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _finish_ok(self, result: Any) -> None:
        self._cleanup()
        self.result = result
        try:
            if self._on_success:
                self._on_success(result)
        finally:
            self.finished.emit()

    def _finish_error(self, error: BaseException) -> None:
        self._cleanup()
        self.error = error
        try:
            if self._on_failure:
                self._on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(self.parent_widget, error)
        finally:
            self.finished.emit()


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Progress], Any],
    *,
    title: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
) -> Task:
    return Task(
        parent,
        fn,
        title=title,
        on_success=on_success,
        on_failure=on_failure,
        cancellable=cancellable,
    )


def close_vault(vault: Vault) -> None:
    """Lock safely: stop new work, interrupt running statements, let the database thread
    finish, then close every connection (closing one mid-statement would crash)."""
    vault.begin_close()
    database_pool().waitForDone(-1)
    vault.close()
