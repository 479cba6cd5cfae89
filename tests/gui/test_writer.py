"""One writer, a reader that never queues behind it, and a lock that always locks.

Each test holds a real write transaction (or a scoring-like loop) open on the writer thread,
then does what a caseworker would do meanwhile: save a record, search, lock, unlock.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from caseapp.domain.models import PrisonerRecord
from caseapp.errors import BadInput, Cancelled
from caseapp.matching.phonetic import skeleton
from caseapp.records import list_entities, load_entity
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from tests.gui.conftest import unlock, wait_saved
from tests.gui.test_records import _page, _type, _wait_loaded
from ui.main_window import MainWindow
from ui.task_panel import TaskPanel
from ui.unlock import UnlockPage
from ui.worker import TASKS, Task, pending_closes, run_in_background


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the GUI would show in a message box (which would block the test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.worker.show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr("ui.pages.editor.show_error", lambda _parent, error: shown.append(error))
    return shown


def _seed(session: Session) -> list[PrisonerRecord]:
    with session.transaction("seed") as txn:
        return [
            txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олександр")),
            txn.create(PrisonerRecord(family_name="Шевченко", given_name="Тарас")),
        ]


def _long_write(window: MainWindow, session: Session, release: threading.Event) -> Task:
    """An import-like job: one write transaction held open until ``release`` (or Cancel)."""
    started = threading.Event()

    def work(progress: Progress) -> None:
        with session.transaction("long import") as txn:
            txn.create(PrisonerRecord(family_name="Бойко"))
            started.set()
            while not release.wait(0.01):
                progress.check()

    task = run_in_background(window, work, title="Importing…")
    assert started.wait(10), "the long job did not start"
    return task


def test_a_gui_save_during_a_long_worker_write_completes(
    qtbot: QtBot, window: MainWindow, shown_errors: list[BaseException]
) -> None:
    session = unlock(qtbot, window)
    record = _seed(session)[0]
    page = _page(window, "prisoners")
    release = threading.Event()
    job = _long_write(window, session, release)
    try:
        editor = page.open_record(record.id)
        assert editor is not None
        _type(qtbot, editor, "rank", "солдат")
        assert editor.save()  # returns at once: the GUI thread does not wait for the lock
        assert job.running and editor.save_task is not None and editor.save_task.running
        # Reads do not queue behind the writer either: the list reloads meanwhile.
        page.list_page.reload()
        _wait_loaded(qtbot, page, 2)  # the open import is not visible yet
    finally:
        release.set()
    wait_saved(qtbot, editor)
    qtbot.waitUntil(lambda: not job.running)
    assert shown_errors == []  # no "database is locked"
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.rank == "солдат"
    assert {p.family_name for p in list_entities(session.conn, PrisonerRecord)} >= {"Бойко"}


def test_a_save_passes_a_long_read_job_on_the_writer(
    qtbot: QtBot, window: MainWindow, shown_errors: list[BaseException]
) -> None:
    """A job that reads and scores for minutes (re-match, duplicates) holds no transaction:
    a save made meanwhile goes through at its next progress step, not after it."""
    session = unlock(qtbot, window)
    record = _seed(session)[0]
    release = threading.Event()

    def scoring(progress: Progress) -> None:
        progress.start(1_000_000)
        while not release.wait(0.005):
            progress.step()

    job = run_in_background(window, scoring, title="Looking for matches…")
    try:
        editor = _page(window, "prisoners").open_record(record.id)
        assert editor is not None
        _type(qtbot, editor, "rank", "сержант")
        assert editor.save()
        wait_saved(qtbot, editor)
        assert job.running  # saved while the long job still runs
    finally:
        release.set()
    qtbot.waitUntil(lambda: not job.running)
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.rank == "сержант" and shown_errors == []


def test_lock_during_a_running_job_hides_everything_and_cancels_it(
    qtbot: QtBot, window: MainWindow, shown_errors: list[BaseException]
) -> None:
    session = unlock(qtbot, window)
    _seed(session)
    skeleton("Коваленко")  # names the search index and matching have seen
    vault = session.vault
    scoring = threading.Event()

    def score_forever(progress: Progress) -> None:  # pure Python, like a scoring loop
        progress.start(1_000_000)
        scoring.set()
        while True:
            progress.step()

    job = run_in_background(window, score_forever, title="Looking for matches…")
    assert scoring.wait(10)
    window.lock_button.click()
    # Locked at once: no decrypted screen, no session, the job asked to stop.
    assert window.session is None and window.workspace is None
    assert isinstance(window.centralWidget(), UnlockPage)
    assert job.progress.cancelled
    qtbot.waitUntil(lambda: not job.running and pending_closes() == 0)
    assert isinstance(job.error, Cancelled) and not vault.is_open
    assert skeleton.cache_info().currsize == 0  # no decrypted names left in the caches
    assert shown_errors == []  # the stopped job tells nobody: its screens are gone
    assert TASKS.running == []


def test_unlock_works_while_a_cancelled_job_winds_down(
    qtbot: QtBot, window: MainWindow, shown_errors: list[BaseException]
) -> None:
    session = unlock(qtbot, window)
    old_vault = session.vault
    slow_stop = threading.Event()
    running = threading.Event()

    def stubborn(progress: Progress) -> None:
        running.set()
        slow_stop.wait(30)  # a step that takes long before it next checks for Cancel
        progress.check()

    job = run_in_background(window, stubborn, title="Finding duplicates…")
    assert running.wait(10)
    window.lock()
    assert window.session is None and pending_closes() == 1 and old_vault.is_open
    try:
        again = unlock(qtbot, window)  # does not queue behind the old vault's job
        assert again.vault is not old_vault and job.running
        assert isinstance(window.centralWidget(), type(window.workspace))
    finally:
        slow_stop.set()
    qtbot.waitUntil(lambda: not job.running and pending_closes() == 0)
    assert not old_vault.is_open and again.vault.is_open
    assert shown_errors == []


def test_the_task_panel_lists_jobs_and_cancels_them(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    release = [threading.Event(), threading.Event()]

    def waiting(event: threading.Event) -> Any:
        def work(progress: Progress) -> None:
            progress.start(10)
            progress.advance(4)
            while not event.wait(0.01):
                progress.check()

        return work

    first = run_in_background(window, waiting(release[0]), title="Importing a list…")
    second = run_in_background(
        window, lambda _p: session.conn.execute("SELECT 1").fetchone(), title="Exporting…"
    )
    panel = window.findChild(TaskPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and len(panel.shown_tasks()) == 2)
    assert panel.label.text() == "Importing a list…" and panel.more_button.isVisible()
    assert panel.bar.value() == 400  # the running job (4 of 10); the other one waits for it
    assert not window.centralWidget().isHidden()  # nothing modal: the workspace stays usable
    panel.menu.aboutToShow.emit()
    assert len(panel.menu.actions()) == 2
    texts = [action.text() for action in panel.menu.actions()]
    assert texts == ["Cancel “Importing a list… — 40 %”", "Cancel “Exporting… — waiting”"]
    panel.cancel_button.click()  # the job shown: Cancel
    qtbot.waitUntil(lambda: not first.running and not second.running)
    assert isinstance(first.error, Cancelled)
    qtbot.waitUntil(lambda: panel.isHidden())


def test_a_write_broadcasts_exactly_its_own_changes(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    received: list[ChangeSet] = []
    window.operations.changed.connect(received.append)

    def create(progress: Progress) -> ChangeSet:
        with session.transaction("register") as txn:
            txn.create(PrisonerRecord(family_name="Шевчук"))
        return txn.changes

    task = window.operations.write(window, create, title="Saving…")
    qtbot.waitUntil(lambda: not task.running)
    assert received == [task.result[1]] and received[0].action == "register"

    def returns_the_record(progress: Progress) -> PrisonerRecord:  # an older-style core call
        with session.transaction("register another") as txn:
            return txn.create(PrisonerRecord(family_name="Мельник"))

    task = window.operations.write(window, returns_the_record, title="Saving…")
    qtbot.waitUntil(lambda: not task.running)
    record = task.result[0]
    assert received[-1].action == "register another"
    assert received[-1].ids("prisoner") == {record.id}


def test_lock_closes_every_other_window_and_refuses_the_gui_thread(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    page = _page(window, "prisoners")
    page.list_page.import_list()
    wizard = page.list_page.import_wizard
    qtbot.waitUntil(wizard.isVisible)
    window.lock()
    assert not wizard.isVisible()
    with pytest.raises(BadInput, match="locked"):
        session.conn.execute("SELECT 1")  # code of a closed screen still running: refused
    qtbot.waitUntil(lambda: pending_closes() == 0)


def test_work_started_after_the_lock_gets_no_connection_to_the_locked_vault(
    qtbot: QtBot, window: MainWindow, shown_errors: list[BaseException]
) -> None:
    """A screen's timer firing between the lock and its deletion must not reach the vault
    that is being closed (closing a connection in use would crash the process)."""
    session = unlock(qtbot, window)
    release = threading.Event()

    def before(progress: Progress) -> int:
        release.wait(10)
        return int(session.conn.execute("SELECT count(*) FROM prisoner").fetchone()[0])

    earlier = run_in_background(window, before, title="Counting…")
    window.lock()
    later = run_in_background(None, lambda _p: session.conn.execute("SELECT 1"), title="Late")
    release.set()
    qtbot.waitUntil(lambda: not earlier.running and not later.running and pending_closes() == 0)
    assert earlier.abandoned and earlier.error is None  # admitted: submitted before the lock
    assert isinstance(later.error, BadInput) and "locked" in str(later.error)
