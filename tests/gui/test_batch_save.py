"""A record saved in the GUI while a letter batch runs on the writer completes before the batch
does: the batch draws its PDFs without holding the vault's write transaction."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from caseapp.domain.models import LetterRecord, PrisonerRecord
from caseapp.letters import BatchResult, generate_batch, save_profile
from caseapp.records import list_entities, load_entity
from caseapp.tasks import Progress
from tests.gui.conftest import unlock, wait_saved
from tests.gui.test_records import _page, _type
from tests.letters.helpers import PROFILE, TODAY, add_case
from ui.main_window import MainWindow
from ui.worker import run_in_background


class _HoldAfterFirstLetter(Progress):
    """The batch's progress, paused after its first letter until the save has completed; while
    paused it offers the writer to waiting saves, as every letter's step does. Had the batch
    a transaction open there, the save could not run and the test would time out."""

    def __init__(self, saved: threading.Event) -> None:
        super().__init__()
        self.saved = saved
        self.held = threading.Event()

    def advance(self, steps: int = 1) -> None:
        super().advance(steps)
        if self.done == 1:
            self.held.set()
            for _ in range(2000):
                if self.saved.wait(0.01):
                    break
                self.let_writer_run()


def test_a_record_saved_during_a_letter_batch_completes_before_the_batch(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    ids = [add_case(session, enquirer=f"Бондаренко Олена {i}").request.id for i in range(3)]
    with session.transaction("seed") as txn:
        record = txn.create(PrisonerRecord(family_name="Шевченко", given_name="Тарас"))
    saved = threading.Event()
    progress = _HoldAfterFirstLetter(saved)

    def batch(task_progress: Progress) -> BatchResult:
        progress.writer = task_progress.writer  # the GUI's writer queue
        return generate_batch(session, "confirmation_held", ids, progress=progress, today=TODAY)

    job = run_in_background(window, batch, title="Generating letters…")
    assert progress.held.wait(30), "the batch did not start"
    page = _page(window, "prisoners")
    editor = page.open_record(record.id)
    assert editor is not None
    _type(qtbot, editor, "rank", "солдат")
    assert editor.save()
    wait_saved(qtbot, editor)
    assert job.running  # the save did not wait for the batch
    saved.set()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.error is None
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.rank == "солдат"
    assert len(job.result.letters) == 3
    assert len(list_entities(session.conn, LetterRecord)) == 3
