"""Run vault work off the GUI thread: one writer, one reader, and a registry of running jobs.

- **The writer** (``database_pool``, a pool of one thread) runs every write the GUI makes and
  every long job, in submission order, so only one thread ever writes to the vault and the GUI
  thread never waits for SQLite's write lock.
- **The reader** (``read_pool``) serves search-as-you-type and list reloads
  (``ui.query_runner``) on its own connection; in WAL mode a reader never waits for a writer,
  so typing never queues behind an import or a re-match.
- **Side work** (``side_pool``) that must never queue behind a job of a locked vault: unlocking,
  creating a vault, recovery.

Every job is a ``Task`` with the core's plain ``Progress``. Running tasks are listed in
``TASKS`` (the status-bar task panel shows them, with Cancel); locking cancels them all and
closes the vault once they have stopped, without the GUI waiting (``close_vault``).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import logging
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from caseapp.errors import Cancelled
from caseapp.memory import forget_personal_caches
from caseapp.tasks import Progress
from caseapp.vault.vault import Vault
from ui.errors import show_error

log = logging.getLogger(__name__)

#: A job shows in the task panel only if it lasts, so quick saves do not flash.
PANEL_MS = 400

_pools: dict[str, QThreadPool] = {}


def _pool(name: str, threads: int) -> QThreadPool:
    pool = _pools.get(name)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(threads)
        pool.setExpiryTimeout(-1)  # keep the thread (and its connection) alive
        _pools[name] = pool
    return pool


def database_pool() -> QThreadPool:
    """The writer: one thread, every write and every long job, in order."""
    return _pool("writer", 1)


def read_pool() -> QThreadPool:
    """The reader: interactive queries, never queued behind the writer's jobs."""
    return _pool("reader", 1)


def side_pool() -> QThreadPool:
    """Unlock and vault creation: must not wait for a cancelled job of a locked vault."""
    return _pool("side", 2)


#: How long a busy worker thread may keep the interpreter before a waiting thread gets it.
#: Python's default, 5 ms, is paid by the GUI thread on every Qt call it makes while a job
#: (an import, a letter batch) runs Python on the writer: each call releases the interpreter
#: and must wait that long to get it back, and showing one saved record makes dozens of such
#: calls (a save during an import then took ~200 ms to appear). 1 ms costs the job little.
GUI_SWITCH_INTERVAL_S = 0.001


def favour_gui_thread() -> None:
    """Let the GUI thread get the interpreter back quickly while worker threads run Python,
    and keep the objects of the app itself out of the garbage collector's way.

    A full collection walks every object the collector tracks, holding the interpreter, so
    the GUI freezes meanwhile. The app's own objects (Qt bindings, modules, fonts: ~70,000,
    made before any vault is opened, never personal data) are frozen here, once: the
    collection after a lock, and the automatic ones while working, then walk only what was
    made since.
    """
    sys.setswitchinterval(min(sys.getswitchinterval(), GUI_SWITCH_INTERVAL_S))
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


class _Inflight:
    """Counts runnables per lock epoch, so a lock knows when the old vault is idle."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.epoch = 0
        self._counts: dict[int, int] = {}

    def enter(self) -> int:
        with self._lock:
            self._counts[self.epoch] = self._counts.get(self.epoch, 0) + 1
            return self.epoch

    def leave(self, epoch: int) -> None:
        with self._lock:
            self._counts[epoch] -= 1

    def next_epoch(self) -> int:
        with self._lock:
            self.epoch += 1
            return self.epoch - 1

    def busy(self, epoch: int) -> bool:
        with self._lock:
            return self._counts.get(epoch, 0) > 0


INFLIGHT = _Inflight()


class _Work:
    """One piece of work, counted in the lock epoch it was submitted in; runs at most once
    (a short write may be run early by a long job that lets it through)."""

    def __init__(self, fn: Callable[[], None]) -> None:
        self.fn = fn
        self.epoch = INFLIGHT.enter()
        self._claimed = threading.Lock()

    def execute(self) -> None:
        if not self._claimed.acquire(blocking=False):
            return  # already run
        outer = getattr(_running, "epoch", None)
        _running.epoch = self.epoch
        try:
            self.fn()
        finally:
            _running.epoch = outer
            INFLIGHT.leave(self.epoch)


#: The lock epoch of the work this thread is running (none on the GUI thread).
_running = threading.local()


class Job(QRunnable):
    def __init__(self, work: _Work) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work = work

    def run(self) -> None:
        SHORT_WRITES.discard(self.work)
        self.work.execute()


class _ShortWrites:
    """Short writes (saves, drafts) queued on the writer. A long write job asks ``waiting``
    at safe points and, between its transactions, runs them with ``run_waiting`` (on the
    writer thread), so a save never waits for a whole import (``Progress.writer_wanted``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[_Work] = deque()

    def add(self, work: _Work) -> None:
        with self._lock:
            self._queue.append(work)

    def waiting(self) -> bool:
        with self._lock:
            return bool(self._queue)

    def run_waiting(self) -> None:
        if any(vault.in_transaction_here() for vault in list(OPEN_VAULTS)):
            return  # inside a long job's transaction: the job commits first
        while True:
            with self._lock:
                if not self._queue:
                    return
                work = self._queue.popleft()
            work.execute()

    def discard(self, work: _Work) -> None:
        with self._lock:
            if work in self._queue:
                self._queue.remove(work)


SHORT_WRITES = _ShortWrites()

#: Vaults open in this process (the GUI registers each session's), so that a short write is
#: never started on the writer thread while one of them has a transaction open there.
OPEN_VAULTS: weakref.WeakSet[Vault] = weakref.WeakSet()


def submit(pool: QThreadPool, fn: Callable[[], None], *, short_write: bool = False) -> None:
    """Run ``fn`` on ``pool``; a ``short_write`` on the writer may also be run early, by a long
    job between two of its transactions."""
    work = _Work(fn)
    if short_write and pool is database_pool():
        SHORT_WRITES.add(work)
    pool.start(Job(work))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class TaskRegistry(QObject):
    """The running tasks, for the task panel and for the lock (which cancels them all)."""

    added = Signal(object)  # Task
    removed = Signal(object)  # Task

    def __init__(self) -> None:
        super().__init__()
        self.running: list[Task] = []

    def add(self, task: Task) -> None:
        self.running.append(task)
        self.added.emit(task)

    def remove(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)
            self.removed.emit(task)

    def cancel_all(self) -> None:
        """Ask every vault job to stop; they end at their next ``Progress`` check."""
        for task in list(self.running):
            if not task.side:
                task.abandon()


TASKS = TaskRegistry()


class Task(QObject):
    """One background job; emits ``finished`` when it has ended, whatever the outcome.

    ``title`` names it in the task panel (shown once it lasts ``PANEL_MS``); ``cancellable``
    offers Cancel there. A task abandoned by a lock ends silently: its callbacks are skipped,
    since the screens that started it are gone.
    """

    finished = Signal()
    changed = Signal()

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[Progress], Any],
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        pool: QThreadPool | None = None,
        short_write: bool = False,
    ) -> None:
        # No Qt parent: the job outlives the screen that started it (a save finishes after its
        # editor closed); its callbacks run only while that screen still exists.
        super().__init__(None)
        self.owner = parent
        self.parent_widget = parent if isinstance(parent, QWidget) else None
        self.progress = Progress()
        self.title = title
        self.result: Any = None
        self.error: BaseException | None = None
        self.running = True
        self.abandoned = False
        self.cancellable = cancellable
        self.side = pool is not None and pool is side_pool()
        self.visible = False
        self._on_success, self._on_failure = on_success, on_failure
        self._signals = _Signals()
        # Queued: the result crosses from the worker thread to this (GUI) thread.
        self._signals.done.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._finish_error, Qt.ConnectionType.QueuedConnection)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._show)
        self._show_timer.start(PANEL_MS)
        TASKS.add(self)
        signals, progress = self._signals, self.progress
        started = self.started = threading.Event()  # set once it runs (before: queued)
        if pool is None and not short_write:
            progress.writer = SHORT_WRITES  # a long job on the writer lets short writes through

        def run() -> None:
            started.set()
            try:
                result = fn(progress)
            except BaseException as exc:  # every failure goes back to the GUI thread
                signals.failed.emit(exc)
            else:
                signals.done.emit(result)

        submit(pool or database_pool(), run, short_write=short_write)

    def cancel(self) -> None:
        self.progress.cancel()
        self.changed.emit()

    def abandon(self) -> None:
        """The vault is being locked: stop, and do not report back to screens that are gone."""
        self.abandoned = True
        self.progress.cancel()

    def _show(self) -> None:
        if self.running:
            self.visible = True
            self.changed.emit()

    def _end(self) -> None:
        self.running = False
        self._show_timer.stop()
        TASKS.remove(self)

    def _owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def _finish_ok(self, result: Any) -> None:
        self._end()
        self.result = result
        if not self._owner_alive():
            return
        try:
            if self._on_success and not self.abandoned:
                self._on_success(result)
        finally:
            self.finished.emit()

    def _finish_error(self, error: BaseException) -> None:
        self._end()
        self.error = error
        if self.abandoned or not self._owner_alive():
            # Locked, or the screen is gone: nobody to tell (and no personal data in logs).
            # The traceback keeps the job's frames, and the records in them, alive: it is
            # dropped with the collection after the lock, not while the locked screen paints.
            log.info("background job ended unseen (%s)", type(error).__name__)
            if self.abandoned:
                _UNSEEN_ERRORS.append(error)
            else:
                error.__traceback__ = None
            return
        try:
            if self._on_failure:
                self._on_failure(error)
            elif not isinstance(error, Cancelled):
                show_error(self.parent_widget, error)
        finally:
            self.finished.emit()


def run_in_background(
    parent: QObject | None,
    fn: Callable[[Progress], Any],
    *,
    title: str,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
    short_write: bool = False,
) -> Task:
    """Run ``fn(progress)`` on the writer (or ``pool``); callbacks run on the GUI thread.

    A ``short_write`` (a save, a draft: one small transaction) may run between two
    transactions of a long job already running on the writer, instead of after it.

    For writes whose changes screens must see, use ``Operations.write`` (it broadcasts the
    returned ChangeSet); this is the plain form for reads and other jobs.
    """
    return Task(
        parent,
        fn,
        title=title,
        on_success=on_success,
        on_failure=on_failure,
        cancellable=cancellable,
        pool=pool,
        short_write=short_write,
    )


#: After a lock, the garbage collection waits this long, so the locked screen is up first.
#: It walks only the objects made since the app started (``favour_gui_thread``): the decrypted
#: records are freed by reference counting as the screens and caches let them go, and what the
#: collection still finds is small, so it no longer holds the interpreter for a second.
COLLECT_AFTER_LOCK_MS = 1500


def _release_memory() -> None:
    """Give the memory of decrypted records back to the system after a lock."""
    forget_personal_caches()
    QTimer.singleShot(COLLECT_AFTER_LOCK_MS, _collect)


#: Errors of jobs a lock ended; their tracebacks are dropped in ``_collect``.
_UNSEEN_ERRORS: list[BaseException] = []


def _collect() -> None:
    while _UNSEEN_ERRORS:
        _UNSEEN_ERRORS.pop().__traceback__ = None
    gc.collect()
    # glibc: hand freed pages back to the system. It walks the whole heap, but a ctypes call
    # releases the interpreter, so on a side thread the GUI goes on meanwhile.
    threading.Thread(target=_trim_heap, name="return memory", daemon=True).start()


def _trim_heap() -> None:
    libc = _libc()
    if libc is not None:
        with contextlib.suppress(OSError, AttributeError):
            libc.malloc_trim(0)


@functools.cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    with contextlib.suppress(OSError):
        return ctypes.CDLL(name) if name else None
    return None


class _Closer(QObject):
    """Closes a locked vault once every job submitted before the lock has ended.

    The closing itself (connections, a last WAL checkpoint) runs on a side thread too: the
    GUI thread only polls.
    """

    def __init__(self, vault: Vault, epoch: int, on_closed: Callable[[], None] | None) -> None:
        super().__init__()
        self.vault, self.epoch, self.on_closed = vault, epoch, on_closed
        self.closing: threading.Event | None = None
        self.closed = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        if self.closing is None:
            if INFLIGHT.busy(self.epoch):
                return
            self.closing = threading.Event()
            vault, closed = self.vault, self.closed

            def close() -> None:
                try:
                    vault.close()
                finally:
                    closed.set()

            threading.Thread(target=close, name="close vault", daemon=True).start()
        if not self.closed.is_set():
            return
        self.timer.stop()
        _closers.discard(self)
        _release_memory()
        if self.on_closed is not None:
            self.on_closed()


_closers: set[_Closer] = set()


def close_vault(vault: Vault, *, on_closed: Callable[[], None] | None = None) -> None:
    """Lock without waiting: cancel every job, interrupt running statements, and close the vault
    (forgetting its key) as soon as the jobs submitted so far have ended.

    Jobs already queued (such as the drafts the screens save as they are hidden) still run;
    a connection is never closed while a thread is inside one of its statements.
    """
    stop_work(vault)
    close_when_idle(vault, on_closed=on_closed)


def stop_work(vault: Vault) -> None:
    """The first step of a lock: cancel every job and interrupt the statements running now.

    Work queued afterwards (the drafts the screens keep) is not interrupted: SQLite clears a
    connection's interrupt once its running statements have ended.
    """
    TASKS.cancel_all()
    vault.interrupt()


def close_when_idle(vault: Vault, *, on_closed: Callable[[], None] | None = None) -> None:
    """Close ``vault`` once every job submitted so far has ended; the GUI does not wait."""
    # Polled from the event loop, never here: the screens being dropped are deleted first
    # (so their memory can be given back), and ``on_closed`` never runs inside the caller.
    epoch = INFLIGHT.next_epoch()

    def submitted_before_the_lock() -> bool:
        running = getattr(_running, "epoch", None)
        return running is not None and running <= epoch

    vault.admit = submitted_before_the_lock  # nothing started later gets a connection
    closer = _Closer(vault, epoch, on_closed)
    _closers.add(closer)
    closer.timer.start()


def close_vault_now(vault: Vault) -> None:
    """As ``close_vault``, but wait for the jobs to wind down (tests and scripts, never the GUI)."""
    TASKS.cancel_all()
    vault.interrupt()
    epoch = INFLIGHT.next_epoch()
    for pool in list(_pools.values()):
        pool.waitForDone(-1)
    assert not INFLIGHT.busy(epoch)
    vault.close()


def pending_closes() -> int:
    """Locked vaults still waiting for their jobs to end (tests and the lock benchmark)."""
    return len(_closers)
